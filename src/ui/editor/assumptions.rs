//! The appraisal's assumptions: name, currency, period, discount rate, growth, optimism
//! bias and the reality check.

use leptos::prelude::*;

use super::field::{Field, Kind};
use crate::engine::CURRENCIES;
use crate::ui::state::use_calc;

/// The assumptions fieldset.
#[component]
pub fn Assumptions() -> impl IntoView {
    let d = use_calc().draft;
    view! {
        <section class="app-section" aria-labelledby="assumptions-heading">
            <h2 id="assumptions-heading">"Assumptions"</h2>
            <Field id="title".into() label="Scenario name" value=d.title kind=Kind::Text width="app-input--full" />
            <div class="app-form-group">
                <label class="app-label" for="currency">"Currency"</label>
                <select
                    class="app-select"
                    id="currency"
                    name="currency"
                    on:change=move |ev| d.currency.set(event_target_value(&ev))
                    prop:value=move || d.currency.get()
                >
                    {CURRENCIES
                        .iter()
                        .map(|c| view! { <option value=*c selected=move || d.currency.with(|x| x == c)>{*c}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="app-grid">
                <Field
                    id="first-year".into()
                    label="First financial year"
                    hint="Year 1 starts in April of this year: 2027 means 2027/28."
                    value=d.first_year
                    kind=Kind::Whole
                    width="app-input--width-5"
                />
                <Field
                    id="horizon-years".into()
                    label="Years to appraise"
                    hint="From 1 to 30 years."
                    value=d.horizon_years
                    kind=Kind::Whole
                    width="app-input--width-3"
                />
                <Field
                    id="discount-rate".into()
                    label="Discount rate, % a year"
                    hint="HM Treasury's Green Book uses 3.5%: money saved in later years counts for less than money now."
                    value=d.discount_rate
                    kind=Kind::Percent
                    width="app-input--width-4"
                />
                <Field
                    id="cost-growth".into()
                    label="Yearly cost growth, %"
                    hint="How much each service would cost more each year in real terms. 0 keeps today's prices."
                    value=d.cost_growth
                    kind=Kind::Percent
                    width="app-input--width-4"
                />
                <Field
                    id="optimism-bias".into()
                    label="Optimism bias on one-off costs, %"
                    hint="Added to one-off costs because projects usually cost more than planned (Green Book)."
                    value=d.optimism_bias
                    kind=Kind::Percent
                    width="app-input--width-4"
                />
                <Field
                    id="realisation".into()
                    label="Reality check: share of planned savings that arrives, %"
                    hint="100% means every planned saving arrives. Shared services have often saved far less than planned."
                    value=d.realisation
                    kind=Kind::Percent
                    width="app-input--width-4"
                />
            </div>
        </section>
    }
}
