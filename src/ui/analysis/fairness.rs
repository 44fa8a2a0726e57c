//! Each partner's own break-even and payback, and the "no partner worse off" option with
//! the balancing payments shown before and after, side by side.

use leptos::prelude::*;

use super::table::Table;
use crate::analysis::{balancing, partner_npvs, standings, Balancing};
use crate::engine::{format_money, format_percent, Results, Scenario};

/// Each partner's NPV, break-even saving rate and payback year.
#[component]
pub fn Standings(scenario: Memo<Scenario>, results: Memo<Results>) -> impl IntoView {
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
                            .map_or(st.sentence.clone(), |rate| format_percent(rate, 1));
                        view! {
                            <tr>
                                <th scope="row">{p.name.clone()}</th>
                                <td class="app-table__numeric">{format_money(f.npv, &s.currency)}</td>
                                <td>{rate}</td>
                                <td>{st.payback.unwrap_or_else(|| "Not within the period".to_owned())}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <h3 id="standings-heading">"Each partner\u{2019}s own sums"</h3>
        <Table id="standings" caption="The break-even saving rate is the one planned saving, for every service, at which the partner neither gains nor loses over the period." columns=&[
            ("Partner", false), ("Net present value", true), ("Break-even saving rate", false), ("Pays back in", false),
        ]>
            {rows}
        </Table>
    }
}

/// The "no partner worse off" option.
#[component]
pub fn Balance(scenario: Memo<Scenario>, results: Memo<Results>) -> impl IntoView {
    let on = RwSignal::new(false);
    let outcome = move || {
        let c = scenario.with(|s| s.currency.clone());
        let names: Vec<String> =
            scenario.with(|s| s.partners.iter().map(|p| p.name.clone()).collect());
        let npvs = results.with(partner_npvs);
        match balancing(&npvs) {
            Balancing::NotNeeded => view! {
                <p data-testid="balancing-outcome">"No partner is worse off, so no balancing payments are needed."</p>
            }
            .into_any(),
            Balancing::PartnershipLoses => view! {
                <p data-testid="balancing-outcome">{format!(
                    "The partnership as a whole loses ({} in today\u{2019}s money), so no balancing payments can leave every partner at least as well off as going alone.",
                    results.with(|r| format_money(r.npv, &c))
                )}</p>
            }
            .into_any(),
            Balancing::Payments { payments, after } => view! {
                <p data-testid="balancing-outcome">
                    "Each partner that would lose is paid exactly its loss, by the partners that gain, in proportion to their gain. Amounts are in today\u{2019}s money (present value)."
                </p>
                <Table id="balancing" caption="Net present value before and after the balancing payments" columns=&[
                    ("Partner", false), ("Before", true), ("Receives (+) or pays (\u{2212})", true), ("After", true),
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
            <label for="balancing-option">"No partner worse off: show the balancing payments"</label>
        </div>
        <Show when=move || on.get()>{outcome}</Show>
    }
}
