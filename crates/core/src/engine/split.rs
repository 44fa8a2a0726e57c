//! Partner weights w(s,p): how a shared service's cost is divided between partners. The weights
//! of a service always sum to 1 (up to rounding), even for a scenario that failed validation:
//! whenever the chosen basis cannot divide the cost, the partners share it equally.

use super::scenario::{Partner, Service, Split};

/// The weights of `service`, one per partner, summing to 1.
pub(crate) fn weights(service: &Service, partners: &[Partner]) -> Vec<f64> {
    let basis = |p: usize| -> f64 {
        match &service.split {
            Split::Baseline => service.baseline.get(p).copied().unwrap_or(0.0),
            Split::Population => partners.get(p).and_then(|x| x.population).unwrap_or(0.0),
            Split::Equal => 1.0,
            Split::Driver { values, .. } => values.get(p).copied().unwrap_or(0.0),
        }
    };
    let mut out: Vec<f64> = (0..partners.len())
        .map(|p| {
            let b = basis(p);
            if b.is_finite() && b > 0.0 {
                b
            } else {
                0.0
            }
        })
        .collect();
    let total: f64 = out.iter().sum();
    if total == 0.0 {
        let equal = 1.0 / out.len().max(1) as f64;
        out.iter_mut().for_each(|w| *w = equal);
    } else if total.is_finite() {
        out.iter_mut().for_each(|w| *w /= total);
    } else {
        // Values so large their sum overflows: scale by the largest first.
        let largest = out.iter().copied().fold(0.0, f64::max);
        let scaled: f64 = out.iter().map(|w| w / largest).sum();
        out.iter_mut().for_each(|w| *w = *w / largest / scaled);
    }
    out
}
