//! The CSV export of results, exactly as the spec lays it out: one row per year × partner ×
//! service (year outermost), then that partner's own costs in the year; CRLF line ends
//! (RFC 4180), amounts with two decimals rounded as a spreadsheet would, `net_saving` written
//! as the written cost alone minus the written cost shared so every row adds up to the penny,
//! and text fields guarded so a spreadsheet never runs them as formulas.

use std::fmt::Write;

use super::decimal::fixed;
use super::results::Results;
use super::scenario::Scenario;

/// The header row, without its line end.
pub const CSV_HEADER: &str = "year,financial_year,partner,service,standalone_cost,shared_cost,\
net_saving,saving_share,running_cost_share,one_off_share,discount_factor,discounted_net_saving";

/// One row's amounts, before writing.
struct Row {
    standalone: f64,
    shared: f64,
    saving: f64,
    running: f64,
    one_off: f64,
    discounted_net: f64,
}

/// An amount as written: two decimals, or nothing for a figure that is not a number.
fn money(amount: f64) -> String {
    fixed(amount, 0, 2).map_or_else(String::new, |f| f.plain())
}

/// An amount in whole pennies as written, for exact subtraction; `None` when it does not fit.
fn pennies(amount: f64) -> Option<i128> {
    let f = fixed(amount, 0, 2)?;
    let value: i128 = format!("{}{}", f.whole, f.fraction).parse().ok()?;
    Some(if f.negative { -value } else { value })
}

/// The written cost alone minus the written cost shared, in the same format.
fn net_written(standalone: f64, shared: f64) -> String {
    match (pennies(standalone), pennies(shared)) {
        (Some(a), Some(b)) => match a.checked_sub(b) {
            Some(net) => {
                let sign = if net < 0 { "-" } else { "" };
                let abs = net.unsigned_abs();
                format!("{sign}{}.{:02}", abs / 100, abs % 100)
            }
            None => String::new(),
        },
        _ => String::new(),
    }
}

fn write_row(out: &mut String, start: &str, service: &str, discount: &str, row: &Row) {
    let _ = write!(
        out,
        "{start}{service},{},{},{},{},{},{},{discount},{}\r\n",
        money(row.standalone),
        money(row.shared),
        net_written(row.standalone, row.shared),
        money(row.saving),
        money(row.running),
        money(row.one_off),
        money(row.discounted_net),
    );
}

/// The results of `s` as CSV text, every line (the last too) ending in CRLF. An amount that is
/// not a number (possible only for a scenario that failed validation) is left empty.
pub fn results_csv(s: &Scenario, r: &Results) -> String {
    let partners: Vec<String> = s.partners.iter().map(|p| text_field(&p.name)).collect();
    let services: Vec<String> = s.services.iter().map(|v| text_field(&v.name)).collect();
    let mut out = String::with_capacity(96 * (r.cells.len() + s.partner_costs.len() + 1));
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    let uplift = 1.0 + s.optimism_bias;
    for (k, year) in r.years.iter().enumerate() {
        let d = year.discount_factor;
        let discount = fixed(d, 0, 6).map_or_else(String::new, |f| f.plain());
        for (p, partner) in partners.iter().enumerate() {
            let start = format!("{},{},{partner},", year.year, year.label);
            for (sv, service) in services.iter().enumerate() {
                let Some(c) = r.cell(k, p, sv) else {
                    continue;
                };
                let row = Row {
                    standalone: c.standalone,
                    shared: c.shared,
                    saving: c.saving,
                    running: c.running,
                    one_off: c.one_off,
                    discounted_net: d * c.net,
                };
                write_row(&mut out, &start, service, &discount, &row);
            }
            let own = s
                .partner_costs
                .iter()
                .filter(|c| c.partner == p && c.year == year.year);
            for cost in own {
                let shared = cost.amount * uplift;
                let row = Row {
                    standalone: 0.0,
                    shared,
                    saving: 0.0,
                    running: 0.0,
                    one_off: shared,
                    discounted_net: -d * shared,
                };
                write_row(&mut out, &start, &text_field(&cost.label), &discount, &row);
            }
        }
    }
    out
}

/// A text field as a spreadsheet should see it: a field a spreadsheet could run as a formula
/// gets a `'` in front (OWASP's list: a leading tab or carriage return, or a first non-space
/// character of `=`, `+`, `-` or `@`); then RFC 4180 quoting when it holds a comma, quote,
/// CR or LF.
pub fn text_field(text: &str) -> String {
    let runnable = text.starts_with(['\t', '\r'])
        || text
            .trim_start_matches(' ')
            .starts_with(['=', '+', '-', '@']);
    let guarded = if runnable {
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
