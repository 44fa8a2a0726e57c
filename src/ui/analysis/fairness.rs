//! Each partner's own break-even and payback, and the "no partner worse off" option with
//! the balancing payments shown before and after, side by side.

use leptos::prelude::*;

use super::table::Table;
use crate::ui::model::use_lang;
use sharecalc_core::analysis::{balancing, partner_npvs, standings, Balancing};
use sharecalc_core::engine::{format_money, format_percent, Results, Scenario};
use sharecalc_core::i18n::{fill, t, Msg};

/// Each partner's NPV, break-even saving rate and payback year.
#[component]
pub fn Standings(scenario: Signal<Scenario>, results: Signal<Results>) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        scenario.with(|s| {
            results.with(|r| {
                s.partners
                    .iter()
                    .zip(&r.partners)
                    .zip(standings(s, r))
                    .map(|((p, f), st)| {
                        let rate = st
                            .break_even_rate
                            .map_or_else(|| st.sentence.render(lang), |rate| format_percent(rate, 1));
                        view! {
                            <tr>
                                <th scope="row">{p.name.clone()}</th>
                                <td class="app-table__numeric">{format_money(f.npv, &s.currency)}</td>
                                <td>{rate}</td>
                                <td>{st.payback.unwrap_or_else(|| t(lang, Msg::AnalysisStandingsNotWithin).to_owned())}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <h3 id="standings-heading">{t(lang, Msg::AnalysisStandingsHeading)}</h3>
        <Table id="standings" caption=Msg::AnalysisStandingsCaption columns=&[
            (Msg::KindPartner, false), (Msg::HeadlineNpvLabel, true), (Msg::HeadlineBreakEvenLabel, false), (Msg::HeadlinePaybackLabel, false),
        ]>
            {rows}
        </Table>
    }
}

/// The "no partner worse off" option.
#[component]
pub fn Balance(scenario: Signal<Scenario>, results: Signal<Results>) -> impl IntoView {
    let lang = use_lang();
    let on = RwSignal::new(false);
    let outcome = move || {
        let c = scenario.with(|s| s.currency.clone());
        let names: Vec<String> =
            scenario.with(|s| s.partners.iter().map(|p| p.name.clone()).collect());
        let npvs = results.with(partner_npvs);
        match balancing(&npvs) {
            Balancing::NotNeeded => view! {
                <p data-testid="balancing-outcome">{t(lang, Msg::AnalysisBalancingNotNeeded)}</p>
            }
            .into_any(),
            Balancing::PartnershipLoses => view! {
                <p data-testid="balancing-outcome">{fill(
                    lang,
                    Msg::AnalysisBalancingPartnershipLoses,
                    &[("npv", &results.with(|r| format_money(r.npv, &c)))],
                )}</p>
            }
            .into_any(),
            Balancing::Payments { payments, after } => view! {
                <p data-testid="balancing-outcome">{t(lang, Msg::AnalysisBalancingRule)}</p>
                <Table id="balancing" caption=Msg::AnalysisBalancingCaption columns=&[
                    (Msg::KindPartner, false), (Msg::AnalysisBalancingBefore, true), (Msg::AnalysisBalancingPayment, true), (Msg::AnalysisBalancingAfter, true),
                ]>
                    {names.into_iter().zip(npvs).zip(payments).zip(after).map(|(((name, before), pay), after)| view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="app-table__numeric">{format_money(before, &c)}</td>
                            <td class="app-table__numeric">{format_money(pay, &c)}</td>
                            <td class="app-table__numeric" data-testid="balancing-after">{format_money(after, &c)}</td>
                        </tr>
                    }).collect_view()}
                </Table>
            }
            .into_any(),
        }
    };
    view! {
        <div class="app-checkbox">
            <input type="checkbox" id="balancing-option" data-testid="balancing-option" bind:checked=on />
            <label for="balancing-option">{t(lang, Msg::AnalysisBalancingOption)}</label>
        </div>
        <Show when=move || on.get()>{outcome}</Show>
    }
}
