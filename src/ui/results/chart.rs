//! A bar chart of [`sharecalc_core::html::chart`] in the Leptos page.

use leptos::prelude::*;

use super::drawn::Drawn;
use crate::ui::model::use_lang;
use sharecalc_core::html::chart::{drawing, skeleton, table, ChartData};

/// A chart with its heading, legend and table alternative, redrawn when `data` changes.
#[component]
pub fn BarChart(
    /// Element id prefix, unique on the page.
    id: &'static str,
    /// The chart's title, also its heading.
    title: &'static str,
    /// The data, recomputed when the results change.
    data: Signal<ChartData>,
) -> impl IntoView {
    let lang = use_lang();
    let data = Memo::new(move |_| data.get());
    let slots = vec![
        (
            format!("{id}-drawing"),
            Signal::derive(move || data.with(|d| drawing(lang, id, d))),
        ),
        (
            format!("{id}-table"),
            Signal::derive(move || data.with(|d| table(lang, title, d))),
        ),
    ];
    view! { <Drawn skeleton=skeleton(lang, id, title) slots /> }
}
