//! The currencies the calculator can display. Currency is display only: it never changes a
//! figure.

/// The supported ISO 4217 codes, in the order a picker shows them, GBP first.
pub const CURRENCIES: &[&str] = &["GBP", "EUR", "USD", "AUD", "NZD", "CAD"];

/// The sign written before an amount in `code`, so Australian dollars read `A$` rather than a
/// bare `$`; an unsupported code has no sign.
pub fn currency_symbol(code: &str) -> &'static str {
    match code {
        "GBP" => "£",
        "EUR" => "€",
        "USD" => "$",
        "AUD" => "A$",
        "NZD" => "NZ$",
        "CAD" => "C$",
        _ => "",
    }
}

/// Every sign [`currency_symbol`] can write, longest first, so a reader can strip the one an
/// amount starts with (`NZ$` before `$`).
pub(crate) const SYMBOLS: &[&str] = &["NZ$", "A$", "C$", "£", "€", "$"];
