//! "A partner leaves": pick a partner, the last year it takes part and an exit fee, and see
//! everyone's figures against staying together. What is picked stays on this page; it is not
//! part of the scenario or its link.

use std::str::FromStr;

use leptos::prelude::*;

use super::table::Table;
use crate::ui::editor::{Field, Kind};
use crate::ui::model::use_lang;
use sharecalc_core::analysis::{leave, Leaving};
use sharecalc_core::engine::{
    currency_symbol, financial_year_label, format_money, parse_money, Results, Scenario,
};
use sharecalc_core::i18n::{t, Msg};

/// A number picked in a select, as the select's text value; `fallback` for anything else.
fn as_text<T>(n: RwSignal<T>, fallback: T) -> (Signal<String>, SignalSetter<String>)
where
    T: FromStr + ToString + Copy + Send + Sync + 'static,
{
    (
        Signal::derive(move || n.get().to_string()),
        SignalSetter::map(move |v: String| n.set(v.parse().unwrap_or(fallback))),
    )
}

/// The form and the comparison table.
#[component]
pub fn Leave(scenario: Signal<Scenario>, results: Signal<Results>) -> impl IntoView {
    let lang = use_lang();
    let partner = RwSignal::new(0usize);
    let year = RwSignal::new(1u32);
    let fee = RwSignal::new("0".to_owned());
    let sign = Signal::derive(move || scenario.with(|s| currency_symbol(&s.currency)));
    let fee_problem = move || fee.with(|t| parse_money(t).err());

    let comparison = move || {
        let exit_fee = fee.with(|t| parse_money(t)).ok()?;
        let l = Leaving {
            partner: partner.get(),
            year: year.get(),
            exit_fee,
        };
        Some(scenario.with(|s| results.with(|r| leave(s, r, &l))))
    };
    let table = move || {
        let c = scenario.with(|s| s.currency.clone());
        let names: Vec<String> =
            scenario.with(|s| s.partners.iter().map(|p| p.name.clone()).collect());
        match comparison() {
            None => view! { <p class="app-hint">{t(lang, Msg::AnalysisLeavingEnterFee)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="app-error-message" data-testid="leaving-problem">{e.message.render(lang)}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <Table id="leaving" caption=Msg::AnalysisLeavingCaption columns=&[
                    (Msg::KindPartner, false), (Msg::AnalysisLeavingTogether, true), (Msg::AnalysisLeavingIfItLeaves, true),
                    (Msg::AnalysisLeavingNetIfItLeaves, true),
                ]>
                    {names.into_iter().zip(rows).map(|(name, row)| view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="app-table__numeric">{format_money(row.npv_together, &c)}</td>
                            <td class="app-table__numeric" data-testid="leaving-after">{format_money(row.npv_after, &c)}</td>
                            <td class="app-table__numeric">{format_money(row.net_after, &c)}</td>
                        </tr>
                    }).collect_view()}
                </Table>
            }
            .into_any(),
        }
    };
    view! {
        <h3>{t(lang, Msg::AnalysisLeavingHeading)}</h3>
        <p class="app-hint">{t(lang, Msg::AnalysisLeavingHint)}</p>
        <div class="app-form-group">
            <label class="app-label" for="leaving-partner">{t(lang, Msg::AnalysisLeavingPartner)}</label>
            <select class="app-select" id="leaving-partner" data-testid="leaving-partner" bind:value=as_text(partner, 0)>
                {move || scenario.with(|s| s.partners.iter().enumerate().map(|(i, p)| view! {
                    <option value=i.to_string() selected=move || partner.get() == i>{p.name.clone()}</option>
                }).collect_view())}
            </select>
        </div>
        <div class="app-form-group">
            <label class="app-label" for="leaving-year">{t(lang, Msg::AnalysisLeavingLastYear)}</label>
            <select class="app-select" id="leaving-year" data-testid="leaving-year" bind:value=as_text(year, 1)>
                {move || scenario.with(|s| (1..=s.horizon_years).map(|k| view! {
                    <option value=k.to_string() selected=move || year.get() == k>{financial_year_label(s.first_year, k)}</option>
                }).collect_view())}
            </select>
        </div>
        <Field id="leaving-fee".to_owned() label=t(lang, Msg::AnalysisLeavingFee) hint=t(lang, Msg::AnalysisLeavingFeeHint) value=fee kind=Kind::Money(sign) />
        {move || fee_problem().map(|m| view! { <p class="app-error-message">{m.render(lang)}</p> })}
        {table}
    }
}
