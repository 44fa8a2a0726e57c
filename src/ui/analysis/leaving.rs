//! "A partner leaves": pick a partner, the last year it takes part and an exit fee, and see
//! everyone's figures against staying together. What is picked stays on this page; it is not
//! part of the scenario or its link.

use leptos::prelude::*;

use super::table::Table;
use crate::analysis::{leave, Leaving};
use crate::engine::{financial_year_label, format_money, parse_money, Results, Scenario};
use crate::ui::editor::{Field, Kind};

/// The form and the comparison table.
#[component]
pub fn Leave(scenario: Memo<Scenario>, results: Memo<Results>) -> impl IntoView {
    let partner = RwSignal::new(0usize);
    let year = RwSignal::new(1u32);
    let fee = RwSignal::new("0".to_owned());
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
            None => view! { <p class="app-hint">"Enter the exit fee as an amount, like 250,000."</p> }.into_any(),
            Some(Err(e)) => view! { <p class="app-error-message" data-testid="leaving-problem">{e.message.to_string()}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <Table id="leaving" caption="Each partner\u{2019}s net present value, staying together and if the partner leaves" columns=&[
                    ("Partner", false), ("Staying together", true), ("If it leaves", true),
                    ("Net saving if it leaves (not discounted)", true),
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
        <h3>"If a partner leaves"</h3>
        <p class="app-hint">
            "From the year after it leaves, the partner runs its services alone again and pays the exit fee once; "
            "the others share the services among themselves, split as before between those who stay, and share the fee in proportion to what they paid in its last year."
        </p>
        <div class="app-form-group">
            <label class="app-label" for="leaving-partner">"Partner that leaves"</label>
            <select class="app-select" id="leaving-partner" data-testid="leaving-partner"
                on:change=move |ev| partner.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || scenario.with(|s| s.partners.iter().enumerate().map(|(i, p)| view! {
                    <option value=i.to_string() selected=move || partner.get() == i>{p.name.clone()}</option>
                }).collect_view())}
            </select>
        </div>
        <div class="app-form-group">
            <label class="app-label" for="leaving-year">"Last year it takes part"</label>
            <select class="app-select" id="leaving-year" data-testid="leaving-year"
                on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(1))>
                {move || scenario.with(|s| (1..=s.horizon_years).map(|k| view! {
                    <option value=k.to_string() selected=move || year.get() == k>{financial_year_label(s.first_year, k)}</option>
                }).collect_view())}
            </select>
        </div>
        <Field id="leaving-fee".to_owned() label="Exit fee it pays the others" hint="In that year\u{2019}s prices, paid once in the year after it leaves." value=fee kind=Kind::Money />
        {move || fee_problem().map(|m| view! { <p class="app-error-message">{m.to_string()}</p> })}
        {table}
    }
}
