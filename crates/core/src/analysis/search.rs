//! Finding where a net present value crosses zero: the closed form for a straight line and a
//! bracketed bisection for everything else. Never panics and always gives a finite answer or
//! none.

/// How many halvings a bisection makes at most: far beyond `f64` precision on any bracket.
const MAX_HALVINGS: u32 = 200;

/// The root of the straight line through `(0, at_zero)` and `(1, at_one)`; `None` when the
/// line is flat or the root is not finite.
pub fn line_root(at_zero: f64, at_one: f64) -> Option<f64> {
    let slope = at_one - at_zero;
    (slope != 0.0)
        .then(|| -at_zero / slope)
        .filter(|x| x.is_finite())
}

/// A root of `f` between `lo` and `hi`, whose values must differ in sign (or one be zero);
/// `None` otherwise.
pub fn bisect(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> Option<f64> {
    let (mut f_lo, f_hi) = (f(lo), f(hi));
    if f_lo == 0.0 {
        return Some(lo);
    }
    if f_hi == 0.0 {
        return Some(hi);
    }
    if !(f_lo.is_finite() && f_hi.is_finite()) || (f_lo > 0.0) == (f_hi > 0.0) {
        return None;
    }
    for _ in 0..MAX_HALVINGS {
        let mid = lo + (hi - lo) / 2.0;
        if mid <= lo || mid >= hi {
            break;
        }
        let f_mid = f(mid);
        if f_mid == 0.0 {
            return Some(mid);
        }
        if (f_mid > 0.0) == (f_lo > 0.0) {
            lo = mid;
            f_lo = f_mid;
        } else {
            hi = mid;
        }
    }
    Some(lo + (hi - lo) / 2.0)
}

/// The root of `f` in `[lo, hi]` nearest `near`: `f` is sampled at `steps` equal steps (and at
/// `near`), and the closest bracket with a change of sign is bisected. `None` when no sample
/// changes sign, so a root between two samples that does not change sign can be missed.
pub fn nearest_root(
    f: impl Fn(f64) -> f64,
    lo: f64,
    hi: f64,
    steps: u32,
    near: f64,
) -> Option<f64> {
    let mut points: Vec<f64> = (0..=steps)
        .map(|i| lo + (hi - lo) * f64::from(i) / f64::from(steps.max(1)))
        .collect();
    if (lo..=hi).contains(&near) {
        points.push(near);
    }
    points.sort_by(f64::total_cmp);
    let values: Vec<(f64, f64)> = points.iter().map(|&x| (x, f(x))).collect();
    values
        .windows(2)
        .filter_map(|w| match w {
            [(a, fa), (b, fb)] if *fa == 0.0 || *fb == 0.0 || (*fa > 0.0) != (*fb > 0.0) => {
                Some((*a, *b))
            }
            _ => None,
        })
        .min_by(|(a1, b1), (a2, b2)| {
            let distance = |a: f64, b: f64| (a + (b - a) / 2.0 - near).abs();
            distance(*a1, *b1).total_cmp(&distance(*a2, *b2))
        })
        .and_then(|(a, b)| bisect(&f, a, b))
}
