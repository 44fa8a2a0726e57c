//! The partners table, the year-by-year table and the same years in cash, to the pound.

use leptos::prelude::*;

use super::drawn::Drawn;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::html::results::{cash_table, partners_table, table_region, years_table};
use sharecalc_core::i18n::{t, Msg};

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
    let heading = t(lang, Msg::ResultsPartnersHeading);
    let skeleton = table_region("partners-table-heading", heading, "partners-table");
    view! { <Drawn skeleton slots=vec![("partners-table".to_owned(), table)] /> }
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
    let heading = t(lang, Msg::ResultsYearsHeading);
    let skeleton = table_region("years-table-heading", heading, "years-table");
    view! { <Drawn skeleton slots=vec![("years-table".to_owned(), table)] /> }
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
    let heading = t(lang, Msg::ResultsCashHeading);
    let skeleton = table_region("cash-table-heading", heading, "cash-table");
    view! { <Drawn skeleton slots=vec![("cash-table".to_owned(), table)] /> }
}
