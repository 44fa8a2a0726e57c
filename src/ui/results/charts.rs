//! The two charts: annual cost alone against shared, and the cumulative net saving with
//! the payback year marked.

use leptos::prelude::*;

use super::chart::{BarChart, ChartData, Series};
use crate::engine::format_money_compact;
use crate::ui::state::use_calc;

/// Both charts.
#[component]
pub fn Charts() -> impl IntoView {
    let calc = use_calc();
    let annual = Signal::derive(move || {
        let currency = calc.currency();
        calc.results.with(|r| {
            let first = r.years.first();
            let last = r.years.last();
            ChartData {
                labels: r.years.iter().map(|y| y.label.clone()).collect(),
                series: vec![
                    Series { name: "Each partner alone".into(), class: "standalone", values: r.years.iter().map(|y| y.standalone).collect() },
                    Series { name: "Shared".into(), class: "shared", values: r.years.iter().map(|y| y.shared).collect() },
                ],
                marker: None,
                description: match (first, last) {
                    (Some(f), Some(l)) => format!(
                        "In {} the partners would spend {} alone and {} shared; in {} they would spend {} alone and {} shared.",
                        f.label,
                        format_money_compact(f.standalone, &currency, crate::i18n::Lang::En),
                        format_money_compact(f.shared, &currency, crate::i18n::Lang::En),
                        l.label,
                        format_money_compact(l.standalone, &currency, crate::i18n::Lang::En),
                        format_money_compact(l.shared, &currency, crate::i18n::Lang::En)
                    ),
                    _ => String::new(),
                },
                currency,
            }
        })
    });
    let cumulative = Signal::derive(move || {
        let currency = calc.currency();
        calc.results.with(|r| {
            let end = r.years.last().map_or(0.0, |y| y.cumulative);
            let marker = r.payback.as_ref().map(|p| (p.year.saturating_sub(1) as usize, format!("Pays back {}", p.label)));
            let paid = match &r.payback {
                Some(p) => format!("It first rises above zero in {}.", p.label),
                None => "It does not rise above zero within the period.".to_owned(),
            };
            ChartData {
                labels: r.years.iter().map(|y| y.label.clone()).collect(),
                series: vec![Series {
                    name: "Cumulative net saving".into(),
                    class: "cumulative",
                    values: r.years.iter().map(|y| y.cumulative).collect(),
                }],
                marker,
                description: format!(
                    "The savings so far minus all costs so far, year by year. {paid} By the end of the period it is {}.",
                    format_money_compact(end, &currency, crate::i18n::Lang::En)
                ),
                currency,
            }
        })
    });
    view! {
        <div class="app-charts">
            <BarChart id="chart-annual" title="Annual cost: each partner alone against shared" data=annual />
            <BarChart id="chart-cumulative" title="Cumulative net saving" data=cumulative />
        </div>
    }
}
