//! "A partner leaves": pick a partner, the last year it takes part and an exit fee, and see
//! everyone's figures against staying together. The question is part of the scenario (the
//! `leaving` extension): once asked, it travels in the link and the file; a locked page shows
//! the question its link asked, or the first one.

use leptos::prelude::*;

use super::table::Table;
use crate::ui::editor::{partner_options, per_load, Field, Kind};
use crate::ui::model::ids;
use crate::ui::model::{use_lang, use_options, Boxes};
use sharecalc_core::analysis::{leave, Leaving};
use sharecalc_core::engine::{financial_year_label, format_money, Results, Scenario};
use sharecalc_core::i18n::{t, Lang, Msg};

/// The question a scenario asks, or the first one (the first partner leaving after Year 1,
/// with no fee) when it asks none.
fn question(s: &Scenario) -> Leaving {
    s.leaving.unwrap_or(Leaving {
        partner: 0,
        year: 1,
        exit_fee: 0.0,
    })
}

/// A number picked in a select, as the select's text value; picking one asks the question.
fn picked<T>(n: RwSignal<T>, set: RwSignal<bool>) -> (Signal<String>, SignalSetter<String>)
where
    T: std::str::FromStr + ToString + Send + Sync + 'static,
{
    (
        Signal::derive(move || n.with(ToString::to_string)),
        SignalSetter::map(move |v: String| {
            if let Ok(v) = v.parse() {
                n.set(v);
                set.set(true);
            }
        }),
    )
}

/// The years a partner can leave after, for the options of the year select: the first
/// financial year and how many years the scenario runs.
type Years = (i32, u32);

/// The three controls, writing to the scenario's question, drawn for one load's `boxes` and
/// the scenario's `years`. They read nothing else: drawn afresh for each load and each change
/// of years, they are freed with them (see `crate::ui::editor::per_load`).
fn controls(lang: Lang, boxes: Boxes, (first_year, horizon): Years) -> impl IntoView {
    let l = boxes.leaving;
    let sign = boxes.currency_sign();
    // Typing a fee asks the question too (a change, not the box's first value).
    Effect::watch(
        move || l.exit_fee.track(),
        move |_, _, _| l.set.set(true),
        false,
    );
    view! {
        <div class="app-form-group">
            <label class="app-label" for=ids::LEAVING_PARTNER>{t(lang, Msg::AnalysisLeavingPartner)}</label>
            <select class="app-select" id=ids::LEAVING_PARTNER data-testid="leaving-partner" bind:value=picked(l.partner, l.set)>
                {partner_options(lang, boxes, l.partner)}
            </select>
        </div>
        <div class="app-form-group">
            <label class="app-label" for=ids::LEAVING_YEAR>{t(lang, Msg::AnalysisLeavingLastYear)}</label>
            <select class="app-select" id=ids::LEAVING_YEAR data-testid="leaving-year" bind:value=picked(l.year, l.set)>
                {(1..=horizon).map(|k| view! {
                    <option value=k.to_string() selected=move || l.year.get() == k>{financial_year_label(first_year, k)}</option>
                }).collect_view()}
            </select>
        </div>
        <Field id=ids::LEAVING_FEE.to_owned() label=t(lang, Msg::AnalysisLeavingFee) hint=t(lang, Msg::AnalysisLeavingFeeHint) value=l.exit_fee kind=Kind::Money(sign) />
    }
}

/// The form and the comparison table.
#[component]
pub fn Leave(scenario: Signal<Scenario>, results: Signal<Results>) -> impl IntoView {
    let lang = use_lang();
    let locked = use_options().lock;
    let years = Memo::new(move |_| scenario.with(|s| (s.first_year, s.horizon_years)));
    let comparison = move || scenario.with(|s| results.with(|r| leave(s, r, &question(s))));
    let table = move || {
        let c = scenario.with(|s| s.currency.clone());
        let names: Vec<String> =
            scenario.with(|s| s.partners.iter().map(|p| p.name.clone()).collect());
        match comparison() {
            Err(e) => view! { <p class="app-error-message" data-testid="leaving-problem">{e.message.render(lang)}</p> }.into_any(),
            Ok(rows) => view! {

                <Table id="leaving" caption=Msg::AnalysisLeavingCaption heading="leaving-heading" columns=&[
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
        <h3 id="leaving-heading">{t(lang, Msg::AnalysisLeavingHeading)}</h3>
        <p class="app-hint">{t(lang, Msg::AnalysisLeavingHint)}</p>
        {(!locked).then(|| per_load(move |b| controls(lang, b, years.get())))}
        {table}
    }
}
