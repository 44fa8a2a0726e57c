//! Decimal rounding as a spreadsheet does it: a figure is first taken to 15 significant
//! digits (so 1.005, stored as 1.00499999…, counts as 1.005), then rounded half away from
//! zero. Works on digit strings, so any finite `f64` is handled without overflow.

/// A rounded figure split into its parts, ready to be written with any separators.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Fixed {
    /// True only when the rounded figure is below zero, so "-0.00" is never written.
    pub negative: bool,
    /// Whole part, ASCII digits without leading zeros ("0" for zero).
    pub whole: String,
    /// Exactly the requested number of decimals, ASCII digits.
    pub fraction: String,
}

impl Fixed {
    /// The figure as plain text: "-1234.50".
    pub fn plain(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        if self.fraction.is_empty() {
            format!("{sign}{}", self.whole)
        } else {
            format!("{sign}{}.{}", self.whole, self.fraction)
        }
    }

    /// Drops trailing zero decimals, so 20.0 reads "20" and 15.50 reads "15.5".
    pub fn trimmed(mut self) -> Fixed {
        let kept = self.fraction.trim_end_matches('0').len();
        self.fraction.truncate(kept);
        self
    }
}

/// Most decimals [`fixed`] writes; more would only show digits an `f64` does not hold.
pub(crate) const MAX_DECIMALS: usize = 20;

/// `x × 10^shift`, rounded to `decimals` places (at most [`MAX_DECIMALS`]); `None` for NaN or
/// infinity.
pub(crate) fn fixed(x: f64, shift: i32, decimals: usize) -> Option<Fixed> {
    if !x.is_finite() {
        return None;
    }
    let decimals = decimals.min(MAX_DECIMALS);
    let scaled = scaled_digits(x.abs(), shift, decimals);
    let padded = format!("{scaled:0>width$}", width = decimals + 1);
    let (whole, fraction) = padded.split_at(padded.len() - decimals);
    let whole = whole.trim_start_matches('0');
    let is_zero = whole.is_empty() && fraction.bytes().all(|b| b == b'0');
    Some(Fixed {
        negative: x < 0.0 && !is_zero,
        whole: if whole.is_empty() {
            "0".to_owned()
        } else {
            whole.to_owned()
        },
        fraction: fraction.to_owned(),
    })
}

/// The digits of `round(|x| × 10^(shift + decimals))`, taking `|x|` to 15 significant digits
/// first.
fn scaled_digits(x: f64, shift: i32, decimals: usize) -> String {
    let text = format!("{x:.14e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    if digits.iter().all(|&d| d == b'0') {
        return "0".to_owned();
    }
    // How many of the digits are at or above the last kept place.
    let exponent = i64::from(exponent.parse::<i32>().unwrap_or(0));
    let keep = exponent + 1 + i64::from(shift) + i64::try_from(decimals).unwrap_or(i64::MAX);
    let Ok(keep) = usize::try_from(keep) else {
        return "0".to_owned();
    };
    let Some(&next) = digits.get(keep) else {
        let mut out = String::from_utf8_lossy(&digits).into_owned();
        out.extend(std::iter::repeat_n('0', keep - digits.len()));
        return out;
    };
    let mut kept: Vec<u8> = digits.get(..keep).unwrap_or_default().to_vec();
    if next >= b'5' {
        round_up(&mut kept);
    }
    if kept.is_empty() {
        "0".to_owned()
    } else {
        String::from_utf8_lossy(&kept).into_owned()
    }
}

/// Adds one to a string of ASCII digits, carrying as far as needed.
fn round_up(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}
