//! Chart axes: "nice" round tick values that always include zero, and the mapping from a
//! value to a position along the axis.

/// A value axis from `min` to `max` with round ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The lowest value shown (0 or below).
    pub min: f64,
    /// The highest value shown (0 or above).
    pub max: f64,
    /// Tick values from `min` to `max`, evenly spaced, one of them 0.
    pub ticks: Vec<f64>,
}

impl Axis {
    /// An axis covering every value in `values` and zero, with about `target` ticks.
    pub fn covering(values: impl IntoIterator<Item = f64>, target: usize) -> Axis {
        let (lo, hi) = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let step = nice_step((hi - lo) / target.max(1) as f64);
        let min = (lo / step).floor() * step;
        let max = (hi / step).ceil() * step;
        let max = if max <= min { min + step } else { max };
        let count = ((max - min) / step).round() as usize;
        let ticks = (0..=count).map(|i| min + step * i as f64).collect();
        Axis { min, max, ticks }
    }

    /// Where `value` falls on an axis `length` long: 0 at `min`, `length` at `max`.
    pub fn position(&self, value: f64, length: f64) -> f64 {
        let span = self.max - self.min;
        if span <= 0.0 || !value.is_finite() {
            return 0.0;
        }
        ((value - self.min) / span * length).clamp(0.0, length)
    }
}

/// The smallest step of the form 1, 2 or 5 × 10ⁿ that is at least `raw` (1 when `raw` is
/// not positive).
pub fn nice_step(raw: f64) -> f64 {
    if !(raw > 0.0 && raw.is_finite()) {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.0), 1.0);
        assert_eq!(nice_step(1.3), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(7.0), 10.0);
        assert_eq!(nice_step(180_000.0), 200_000.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
    }

    #[test]
    fn an_axis_covers_its_values_and_zero() {
        let axis = Axis::covering([-4_400_000.0, 9_100_000.0], 5);
        // 13.5m over 5 ticks is 2.7m a tick, rounded up to a 5m step.
        assert_eq!(
            axis.ticks,
            vec![-5_000_000.0, 0.0, 5_000_000.0, 10_000_000.0]
        );
        assert_eq!((axis.min, axis.max), (-5_000_000.0, 10_000_000.0));
        assert_eq!(axis.position(axis.min, 100.0), 0.0);
        assert_eq!(axis.position(axis.max, 100.0), 100.0);
        assert_eq!(axis.position(2_500_000.0, 150.0), 75.0);
    }

    #[test]
    fn an_axis_of_nothing_still_has_a_span() {
        let axis = Axis::covering([], 5);
        assert_eq!(axis.min, 0.0);
        assert!(axis.max > axis.min);
        assert_eq!(axis.ticks, vec![0.0, 1.0]);
    }
}
