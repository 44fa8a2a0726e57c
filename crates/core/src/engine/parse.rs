//! Reading what people type into a box: amounts with £, commas, spaces and k/m/bn; percentages
//! with or without `%`; whole numbers. Each error is a plain sentence saying what to type, as a
//! [`Text`] for the caller to put into the reader's language.
//!
//! A leading minus (`-` or `−`) is accepted and kept: whether a negative figure is allowed is a
//! range question, answered by `validate` with the field's own message ("must be 0 or more").
//! Decimal points are moved as text, so "1.2m" is exactly 1,200,000 and "15.5%" exactly 0.155.

use super::currency::{currency_symbol, SYMBOLS};
use crate::i18n::{Msg, Text};

/// Said when a number is too large to hold.
fn too_large() -> Text {
    Text::new(Msg::ParseTooLarge)
}

/// Characters people put between groups of three digits.
const GROUP_SEPARATORS: &[char] = &[',', ' ', '\u{a0}', '\u{202f}'];

/// An amount of money in the scenario's `currency` as typed: "£1,200,000", "1.2m", "250k",
/// " 300 000 ", "1.5bn", "1200000.50". Thousands separators must sit between groups of three
/// digits, so "1,2" (a decimal comma elsewhere in Europe) is refused rather than misread as
/// 12. A currency sign must be the scenario's ("$" for any dollars): "$1,000" in a pounds
/// scenario is refused, not read as £1,000.
pub fn parse_money(input: &str, currency: &str) -> Result<f64, Text> {
    let (negative, rest) = strip_minus(input.trim());
    let rest = strip_symbol(rest, currency)?;
    let (negative, rest) = if negative {
        (true, rest)
    } else {
        strip_minus(rest)
    };
    let (rest, zeros) = strip_multiplier(rest);
    let (whole, fraction) =
        split_number(rest.trim_end(), true).ok_or_else(|| Text::new(Msg::ParseMoney))?;
    to_f64(negative, &whole, &fraction, zeros)
}

/// A cost as typed in a money box or pasted from a spreadsheet: as [`parse_money`], except
/// that an amount in brackets, "(1,200)", which spreadsheets show for a negative, is said to
/// be one (no cost can be negative) rather than merely unreadable.
pub fn parse_cost(input: &str, currency: &str) -> Result<f64, Text> {
    let trimmed = input.trim();
    parse_money(trimmed, currency).map_err(|why| {
        if trimmed.len() > 1 && trimmed.starts_with('(') && trimmed.ends_with(')') {
            Text::new(Msg::PasteBracketNegative)
        } else {
            why
        }
    })
}

/// A percentage as typed, "15%", "15" or " 15.5 % ", as a fraction (0.15, 0.155).
pub fn parse_percent(input: &str) -> Result<f64, Text> {
    let trimmed = input.trim();
    let trimmed = trimmed.strip_suffix('%').unwrap_or(trimmed).trim_end();
    let (negative, rest) = strip_minus(trimmed);
    let (whole, fraction) =
        split_number(rest, false).ok_or_else(|| Text::new(Msg::ParsePercent))?;
    to_f64(negative, &whole, &fraction, -2)
}

/// A list of percentages as typed, one for each year: "50, 50", "60; 40 %", "100". Each is read
/// as [`parse_percent`] reads one; commas or semicolons separate them (a percentage never
/// groups its digits, so a comma can only be a separator).
pub fn parse_percent_list(input: &str) -> Result<Vec<f64>, Text> {
    input
        .split([',', ';'])
        .map(|part| parse_percent(part).map_err(|_| Text::new(Msg::ParsePercentList)))
        .collect()
}

/// A whole number as typed, "10" or " -3 "; "10.5" and "2,027" are refused.
pub fn parse_whole_number(input: &str) -> Result<i64, Text> {
    let (negative, digits) = strip_minus(input.trim());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Text::new(Msg::ParseWhole));
    }
    let signed = if negative {
        format!("-{digits}")
    } else {
        digits.to_owned()
    };
    signed.parse::<i64>().map_err(|_| too_large())
}

fn strip_minus(s: &str) -> (bool, &str) {
    match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    }
}

/// Strips the currency sign `s` starts with, if any; an error naming both signs when it is
/// not one `currency` is written with.
fn strip_symbol<'a>(s: &'a str, currency: &str) -> Result<&'a str, Text> {
    let Some((sym, rest)) = SYMBOLS
        .iter()
        .find_map(|sym| s.strip_prefix(sym).map(|rest| (*sym, rest)))
    else {
        return Ok(s);
    };
    let own = currency_symbol(currency);
    if sym == own || (sym == "$" && own.ends_with('$')) {
        Ok(rest.trim_start())
    } else {
        Err(Text::new(Msg::ParseMoneyCurrency)
            .arg("symbol", own)
            .arg("found", sym))
    }
}

/// Strips a trailing k, m or bn (any case) and says how many places it moves the point.
fn strip_multiplier(s: &str) -> (&str, i32) {
    let lower = s.to_ascii_lowercase();
    for (suffix, zeros) in [("bn", 9), ("k", 3), ("m", 6)] {
        if lower.ends_with(suffix) {
            if let Some(rest) = s.get(..s.len() - suffix.len()) {
                return (rest, zeros);
            }
        }
    }
    (s, 0)
}

/// Splits "1,234.5" into its whole digits "1234" and decimals "5"; `None` unless the text is
/// digits with at most one point, digits on both sides of it, and (when `grouped`) separators
/// only between groups of three.
fn split_number(s: &str, grouped: bool) -> Option<(String, String)> {
    let (whole, fraction) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if let Some(f) = fraction {
        if !digits(f) {
            return None;
        }
    }
    let whole_digits: String = if grouped && whole.contains(GROUP_SEPARATORS) {
        let groups: Vec<&str> = whole.split(GROUP_SEPARATORS).collect();
        let first_ok = groups.first().is_some_and(|g| digits(g) && g.len() <= 3);
        let rest_ok = groups.iter().skip(1).all(|g| digits(g) && g.len() == 3);
        if !(first_ok && rest_ok) {
            return None;
        }
        groups.concat()
    } else if whole.is_empty() && fraction.is_some() || digits(whole) {
        whole.to_owned()
    } else {
        return None;
    };
    Some((whole_digits, fraction.unwrap_or_default().to_owned()))
}

/// The number `whole.fraction × 10^shift`, moving the point in the text so no rounding
/// creeps in before the one conversion to `f64`.
fn to_f64(negative: bool, whole: &str, fraction: &str, shift: i32) -> Result<f64, Text> {
    let digits = format!("{whole}{fraction}");
    let point = i64::try_from(whole.len()).unwrap_or(i64::MAX) + i64::from(shift);
    let text = match usize::try_from(point) {
        Ok(p) if p <= digits.len() => {
            let (w, f) = digits.split_at(p);
            format!("0{w}.{f}0")
        }
        Ok(p) => format!("{digits}{}", "0".repeat(p - digits.len())),
        Err(_) => format!(
            "0.{}{digits}",
            "0".repeat(usize::try_from(-point).unwrap_or(0))
        ),
    };
    let value: f64 = text.parse().map_err(|_| too_large())?;
    if !value.is_finite() {
        return Err(too_large());
    }
    Ok(if negative && value != 0.0 {
        -value
    } else {
        value
    })
}
