//! The two charts: annual cost alone against shared, and the cumulative net saving with
//! the payback year marked.

use leptos::prelude::*;

use super::chart::{BarChart, ChartData, Series};
use crate::engine::format_money_compact;
use crate::i18n::{fill, t, Msg};
use crate::ui::state::{use_calc, use_lang};

/// Both charts.
#[component]
pub fn Charts() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let annual = Signal::derive(move || {
        let currency = calc.currency();
        let money = |amount: f64| format_money_compact(amount, &currency, lang);
        calc.results.with(|r| {
            let first = r.years.first();
            let last = r.years.last();
            ChartData {
                labels: r.years.iter().map(|y| y.label.clone()).collect(),
                series: vec![
                    Series {
                        name: t(lang, Msg::ResultsChartEachAlone).into(),
                        class: "standalone",
                        values: r.years.iter().map(|y| y.standalone).collect(),
                    },
                    Series {
                        name: t(lang, Msg::ResultsChartShared).into(),
                        class: "shared",
                        values: r.years.iter().map(|y| y.shared).collect(),
                    },
                ],
                marker: None,
                description: match (first, last) {
                    (Some(f), Some(l)) => fill(
                        lang,
                        Msg::ResultsChartAnnualDescription,
                        &[
                            ("first", &f.label),
                            ("first_alone", &money(f.standalone)),
                            ("first_shared", &money(f.shared)),
                            ("last", &l.label),
                            ("last_alone", &money(l.standalone)),
                            ("last_shared", &money(l.shared)),
                        ],
                    ),
                    _ => String::new(),
                },
                currency: currency.clone(),
            }
        })
    });
    let cumulative = Signal::derive(move || {
        let currency = calc.currency();
        calc.results.with(|r| {
            let end = r.years.last().map_or(0.0, |y| y.cumulative);
            let marker = r.payback.as_ref().map(|p| {
                (
                    p.year.saturating_sub(1) as usize,
                    fill(lang, Msg::ResultsChartPaysBack, &[("year", &p.label)]),
                )
            });
            let paid = match &r.payback {
                Some(p) => fill(lang, Msg::ResultsChartRisesAboveZero, &[("year", &p.label)]),
                None => t(lang, Msg::ResultsChartStaysBelowZero).to_owned(),
            };
            ChartData {
                labels: r.years.iter().map(|y| y.label.clone()).collect(),
                series: vec![Series {
                    name: t(lang, Msg::ResultsCumulativeNetSaving).into(),
                    class: "cumulative",
                    values: r.years.iter().map(|y| y.cumulative).collect(),
                }],
                marker,
                description: fill(
                    lang,
                    Msg::ResultsChartCumulativeDescription,
                    &[
                        ("paid", &paid),
                        ("end", &format_money_compact(end, &currency, lang)),
                    ],
                ),
                currency,
            }
        })
    });
    view! {
        <div class="app-charts">
            <BarChart id="chart-annual" title=t(lang, Msg::ResultsChartAnnualTitle) data=annual />
            <BarChart id="chart-cumulative" title=t(lang, Msg::ResultsCumulativeNetSaving) data=cumulative />
        </div>
    }
}
