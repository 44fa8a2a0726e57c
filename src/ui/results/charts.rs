//! The two results charts: annual cost alone against shared, and the cumulative net saving
//! with the payback year marked.

use leptos::prelude::*;

use super::chart::BarChart;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::html::chart::{annual, cumulative};
use sharecalc_core::i18n::{t, Msg};

/// Both charts.
#[component]
pub fn Charts() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let annual = Signal::derive(move || calc.results.with(|r| annual(lang, r, &calc.currency())));
    let cumulative =
        Signal::derive(move || calc.results.with(|r| cumulative(lang, r, &calc.currency())));
    view! {
        <div class="app-charts">
            <BarChart id="chart-annual" title=t(lang, Msg::ResultsChartAnnualTitle) data=annual />
            <BarChart id="chart-cumulative" title=t(lang, Msg::ResultsCumulativeNetSaving) data=cumulative />
        </div>
    }
}
