//! The CSV export of results, exactly as the spec lays it out: one row per year × partner ×
//! service (year outermost), CRLF line ends (RFC 4180), amounts with two decimals rounded as a
//! spreadsheet would, and text fields guarded so a spreadsheet never runs them as formulas.

use std::fmt::Write;

use super::decimal::fixed;
use super::results::Results;
use super::scenario::Scenario;

/// The header row, without its line end.
pub const CSV_HEADER: &str =
    "year,financial_year,partner,service,standalone_cost,shared_cost,net_saving";

/// The results of `s` as CSV text, every line (the last too) ending in CRLF. An amount that is
/// not a number (possible only for a scenario that failed validation) is left empty.
pub fn results_csv(s: &Scenario, r: &Results) -> String {
    let partners: Vec<String> = s.partners.iter().map(|p| text_field(&p.name)).collect();
    let services: Vec<String> = s.services.iter().map(|v| text_field(&v.name)).collect();
    let mut out = String::with_capacity(64 * (r.cells.len() + 1));
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for (k, p, sv, cell) in r.cells_iter() {
        let year = r.years.get(k);
        let label = year.map(|y| y.label.as_str()).unwrap_or_default();
        let number = year.map_or(0, |y| y.year);
        let partner = partners.get(p).map(String::as_str).unwrap_or_default();
        let service = services.get(sv).map(String::as_str).unwrap_or_default();
        let _ = write!(out, "{number},{label},{partner},{service},");
        for (i, amount) in [cell.standalone, cell.shared, cell.net]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                out.push(',');
            }
            if let Some(f) = fixed(amount, 0, 2) {
                out.push_str(&f.plain());
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// A text field as a spreadsheet should see it: a leading `=`, `+`, `-` or `@` gets a `'` in
/// front so it is not run as a formula; then RFC 4180 quoting when it holds a comma, quote,
/// CR or LF.
pub fn text_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}
