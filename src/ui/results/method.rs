//! "How the figures are worked out" and "What has happened elsewhere": the method in plain
//! words, the assumptions in force, and reported outcomes with their sources (written by
//! [`sharecalc_core::html::results::evidence`]).

use leptos::prelude::*;

use super::drawn::Drawn;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::councils::markup;
use sharecalc_core::engine::{financial_year_label, format_percent, Scenario};
use sharecalc_core::html::results::evidence;
use sharecalc_core::i18n::{fill, t, Lang, Msg};
use sharecalc_core::report::words;

/// An assumption that is a percentage, like "Discount rate: 3.5% a year".
fn percent(lang: Lang, msg: Msg, value: f64, decimals: usize) -> String {
    fill(lang, msg, &[("rate", &format_percent(value, decimals))])
}

/// The method and the assumptions in force.
#[component]
pub fn Method() -> impl IntoView {
    let s = use_calc().scenario;
    let lang = use_lang();
    let assumption = move |f: fn(Lang, &Scenario) -> String| move || s.with(|s| f(lang, s));
    view! {
        <section class="app-section" aria-labelledby="method-heading">
            <h2 id="method-heading">{t(lang, Msg::MethodHeading)}</h2>
            <ol class="app-list app-list--number">
                <li>{t(lang, Msg::MethodCostAlone)}</li>
                <li>{t(lang, Msg::MethodSavings)}</li>
                <li>{t(lang, Msg::MethodCostsOfSharing)}</li>
                <li>{t(lang, Msg::MethodSplit)}</li>
                <li>{t(lang, Msg::MethodNetSaving)}</li>
                <li>{t(lang, Msg::MethodNpv)}</li>
                <li>{t(lang, Msg::MethodBreakEven)}</li>
                <li>{t(lang, Msg::MethodRealTerms)}</li>
            </ol>
            <h3>{t(lang, Msg::MethodAssumptionsHeading)}</h3>
            <ul class="app-list app-list--bullet">
                <li>{assumption(|lang, s| fill(lang, Msg::MethodYearsAppraised, &[("years", &s.horizon_years), ("first", &financial_year_label(s.first_year, 1))]))}</li>
                <li>{assumption(|lang, s| percent(lang, Msg::MethodDiscountRate, s.discount_rate, 2))}</li>
                <li>{assumption(|lang, s| percent(lang, Msg::MethodCostGrowth, s.cost_growth, 2))}</li>
                <li>{assumption(|lang, s| percent(lang, Msg::MethodOptimismBias, s.optimism_bias, 1))}</li>
                <li>{assumption(|lang, s| percent(lang, Msg::MethodRealisation, s.realisation, 1))}</li>
                <li>{assumption(|lang, s| fill(lang, Msg::MethodPartnersAndServices, &[("partners", &words::count(lang, Msg::CountPartners, s.partners.len())), ("services", &words::count(lang, Msg::CountServices, s.services.len()))]))}</li>
            </ul>
            // Figures from a publication: what they are, and the attribution its licence asks for.
            <div data-testid="method-source" inner_html=move || s.with(|s| s.source.map(|source| String::from(markup::source(lang, source))).unwrap_or_default())></div>
        </section>
    }
}

/// Reported outcomes elsewhere, so that nobody mistakes the 20% headline for a promise.
#[component]
pub fn Evidence() -> impl IntoView {
    view! { <Drawn skeleton=evidence(use_lang()) /> }
}
