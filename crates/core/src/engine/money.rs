//! Writing money and percentages for people: whole pounds with thousands separators, compact
//! millions for charts, percentages without needless decimals. Negative figures use the true
//! minus sign (U+2212). Rounding is spreadsheet-like (see `decimal`).

use super::currency::currency_symbol;
use super::decimal::{fixed, Fixed};
use crate::i18n::{t, Lang, Msg};

/// The minus sign written before negative figures, U+2212 as typographers and GOV.UK use.
pub const MINUS: char = '\u{2212}';

/// What is written for a figure that is not a number, instead of "NaN" or "inf".
pub const NOT_A_FIGURE: &str = "—";

/// An amount in whole units, so councillors see "£1,234,567", "−£45,000" or "£0".
pub fn format_money(amount: f64, currency: &str) -> String {
    fixed(amount, 0, 0).map_or_else(
        || NOT_A_FIGURE.to_owned(),
        |f| written(&f, currency_symbol(currency), ""),
    )
}

/// A short amount for charts and summaries: "£1.2m", "£12m", "£3.4bn" (in Welsh too: the
/// units are the messages `money-millions` and `money-billions`); below a million the full
/// amount ("£450,000"), so small figures are never shown as "£0.5m".
pub fn format_money_compact(amount: f64, currency: &str, lang: Lang) -> String {
    compact(amount, currency_symbol(currency), lang).unwrap_or_else(|| NOT_A_FIGURE.to_owned())
}

/// A fraction as a percentage with at most `max_decimals` decimals and no trailing zeros:
/// 0.155 → "15.5%", 0.2 → "20%", −0.1 → "−10%".
pub fn format_percent(fraction: f64, max_decimals: usize) -> String {
    fixed(fraction, 2, max_decimals).map_or_else(
        || NOT_A_FIGURE.to_owned(),
        |f| written(&f.trimmed(), "", "%"),
    )
}

fn compact(amount: f64, symbol: &str, lang: Lang) -> Option<String> {
    let whole = fixed(amount, 0, 0)?;
    if whole.whole.len() <= 6 {
        return Some(written(&whole, symbol, ""));
    }
    let millions = in_units(amount, -6)?;
    if millions.whole.len() <= 3 {
        return Some(written(&millions, symbol, t(lang, Msg::MoneyMillions)));
    }
    Some(written(
        &in_units(amount, -9)?,
        symbol,
        t(lang, Msg::MoneyBillions),
    ))
}

/// `amount` in units of 10^−shift: one decimal below 10 units ("1.2"), none from 10 on
/// ("12"), and no trailing ".0".
fn in_units(amount: f64, shift: i32) -> Option<Fixed> {
    let one_decimal = fixed(amount, shift, 1)?;
    let rounded = if one_decimal.whole.len() >= 2 {
        fixed(amount, shift, 0)?
    } else {
        one_decimal
    };
    Some(rounded.trimmed())
}

/// Puts a comma between each group of three digits: "1234567" → "1,234,567". Public so that
/// the calculator's boxes group digits exactly as the figures do.
pub fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn written(f: &Fixed, symbol: &str, unit: &str) -> String {
    let sign = if f.negative {
        MINUS.to_string()
    } else {
        String::new()
    };
    let point = if f.fraction.is_empty() { "" } else { "." };
    format!(
        "{sign}{symbol}{}{point}{}{unit}",
        group_thousands(&f.whole),
        f.fraction
    )
}
