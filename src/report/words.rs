//! The figures in plain English, for residents as much as officers: short sentences, the
//! reader's words, numbers with units. Every number comes from the engine's results.

use crate::engine::{format_money_compact, format_percent, Results, Scenario};

/// "1 partner" / "4 partners".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The headline payback text: "2031/32", or "Does not pay back within 10 years".
pub fn payback(s: &Scenario, r: &Results) -> String {
    match &r.payback {
        Some(p) => p.label.clone(),
        None => format!(
            "Does not pay back within {}",
            count(s.horizon_years as usize, "year", "years")
        ),
    }
}

/// The break-even sentence under its headline.
pub fn break_even(r: &Results) -> String {
    match r.break_even_rate {
        Some(rate) if rate <= 0.0 => "Sharing pays for itself even with no savings: it has no extra costs.".to_owned(),
        Some(rate) if rate > 1.0 => format!(
            "Sharing cannot pay for itself: it would need savings of {}, more than the whole cost of the services.",
            format_percent(rate, 1)
        ),
        Some(rate) => format!("Sharing pays for itself if savings reach at least {} of current spend.", format_percent(rate, 1)),
        None => "There is no spend to save on, so there is no break-even rate.".to_owned(),
    }
}

/// The headline break-even value: "12.3%" or "None".
pub fn break_even_value(r: &Results) -> String {
    r.break_even_rate
        .map_or_else(|| "None".to_owned(), |rate| format_percent(rate, 1))
}

/// Names of partners whose shared cost over the period exceeds going alone.
pub fn worse_off(s: &Scenario, r: &Results) -> Vec<String> {
    s.partners
        .iter()
        .zip(&r.partners)
        .filter(|(_, f)| f.net < -0.005)
        .map(|(p, _)| p.name.clone())
        .collect()
}

/// Joins names as "A", "A and B", "A, B and C".
pub fn join(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The paragraph a resident reads first.
pub fn summary(s: &Scenario, r: &Results) -> String {
    let c = s.currency.as_str();
    let who = format!(
        "these {} share {}",
        count(s.partners.len(), "partner", "partners"),
        if s.services.len() == 1 {
            "this service".to_owned()
        } else {
            format!("these {} services", s.services.len())
        }
    );
    let mut text = if r.recurring_saving > 0.0 {
        format!(
            "If {who}, they would together spend {} a year less once the savings are fully in place",
            format_money_compact(r.recurring_saving, c, crate::i18n::Lang::En)
        )
    } else {
        format!(
            "If {who}, they would together spend {} a year more, even once the savings are fully in place",
            format_money_compact(-r.recurring_saving, c, crate::i18n::Lang::En)
        )
    };
    if r.one_off_total > 0.0 {
        text.push_str(&format!(
            ", after one-off costs of {}",
            format_money_compact(r.one_off_total, c, crate::i18n::Lang::En)
        ));
    }
    match &r.payback {
        Some(p) => text.push_str(&format!("; the sharing pays back in {}.", p.label)),
        None => text.push_str(&format!(
            "; the sharing does not pay back within {}.",
            count(s.horizon_years as usize, "year", "years")
        )),
    }
    let worth = if r.npv >= 0.0 { "better" } else { "worse" };
    text.push_str(&format!(
        " Over {}, counting later years for less (a {} discount rate), the partners would together be {} {} off than if each ran its services alone.",
        count(s.horizon_years as usize, "year", "years"),
        format_percent(s.discount_rate, 1),
        format_money_compact(r.npv.abs(), c, crate::i18n::Lang::En),
        worth
    ));
    let losers = worse_off(s, r);
    if !losers.is_empty() {
        let verb = if losers.len() == 1 {
            "would pay"
        } else {
            "would each pay"
        };
        text.push_str(&format!(
            " {} {verb} more than going alone under the chosen cost split.",
            join(&losers)
        ));
    }
    if s.realisation < 1.0 {
        text.push_str(&format!(
            " This assumes only {} of the planned savings arrive.",
            format_percent(s.realisation, 1)
        ));
    }
    text
}

/// A small amount with pence, such as a saving per resident: "£4.70", "−£0.35".
pub fn pence(amount: f64, currency: &str) -> String {
    let sign = if amount < -0.004 { "\u{2212}" } else { "" };
    format!(
        "{sign}{}{:.2}",
        crate::engine::currency_symbol(currency),
        amount.abs()
    )
}
