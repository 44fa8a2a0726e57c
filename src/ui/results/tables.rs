//! The partners table, the year-by-year table and the same years in cash, to the pound.

use leptos::prelude::*;

use super::drawn::Drawn;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::html::results::{cash_table, partners_table, table_region, years_table};
use sharecalc_core::html::Html;
use sharecalc_core::i18n::{t, Msg};

/// A table of the core's HTML in slot `slot`, under its heading (`heading_id`) in a scrolling
/// region, written again when `table` changes.
fn drawn_table(
    slot: &'static str,
    heading_id: &'static str,
    heading: Msg,
    table: Signal<Html>,
) -> impl IntoView {
    let skeleton = table_region(heading_id, t(use_lang(), heading), slot);
    view! { <Drawn skeleton slots=vec![(slot.to_owned(), table)] /> }
}

/// Each partner's costs alone and shared, net saving and NPV, with a partner that would pay
/// more than going alone flagged in words.
#[component]
pub fn PartnersTable() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let table = Signal::derive(move || {
        calc.scenario
            .with(|s| calc.results.with(|r| partners_table(lang, s, r)))
    });
    drawn_table(
        "partners-table",
        "partners-table-heading",
        Msg::ResultsPartnersHeading,
        table,
    )
}

/// Standalone, shared, net saving and cumulative, each year.
#[component]
pub fn YearsTable() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let table = Signal::derive(move || {
        calc.results
            .with(|r| years_table(lang, r, &calc.currency()))
    });
    drawn_table(
        "years-table",
        "years-table-heading",
        Msg::ResultsYearsHeading,
        table,
    )
}

/// The same years in cash, with inflation and not discounted, for budget plans.
#[component]
pub fn CashTable() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let table = Signal::derive(move || {
        calc.scenario
            .with(|s| calc.results.with(|r| cash_table(lang, s, r)))
    });
    drawn_table(
        "cash-table",
        "cash-table-heading",
        Msg::ResultsCashHeading,
        table,
    )
}
