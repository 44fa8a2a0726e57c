//! The four or five figures a councillor asks for first.

use leptos::prelude::*;

use crate::engine::{format_money, format_percent};
use crate::report::words;
use crate::ui::state::use_calc;

/// Recurring saving, NPV, payback year, break-even rate and (with populations) the saving
/// per resident.
#[component]
pub fn Headlines() -> impl IntoView {
    let calc = use_calc();
    let r = calc.results;
    let s = calc.shown;
    let c = move || calc.currency();
    let share = move || {
        r.with(|r| match r.recurring_saving_share {
            Some(share) => format!(
                "{} of today's spend of {} a year, once the savings are fully in place (Year 1 prices).",
                format_percent(share, 1),
                format_money(r.baseline_year1, &c())
            ),
            None => "Once the savings are fully in place (Year 1 prices).".to_owned(),
        })
    };
    let npv_detail = move || {
        s.with(|s| {
            format!(
                "What sharing is worth over {} in today's money, after one-off costs, with later years counted for less (Green Book method, {} discount rate).",
                words::count(s.horizon_years as usize, "year", "years"),
                format_percent(s.discount_rate, 1)
            )
        })
    };
    let per_resident = move || r.with(|r| r.per_resident);
    view! {
        <dl class="app-headlines">
            <div class="app-headline">
                <dt class="app-headline__label">"Recurring saving a year"</dt>
                <dd class="app-headline__value" data-testid="recurring-saving">{move || r.with(|r| format_money(r.recurring_saving, &c()))}</dd>
                <dd class="app-headline__detail">{share}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">"Net present value"</dt>
                <dd class="app-headline__value" data-testid="npv">{move || r.with(|r| format_money(r.npv, &c()))}</dd>
                <dd class="app-headline__detail">{npv_detail}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">"Pays back in"</dt>
                <dd class="app-headline__value" data-testid="payback-year">{move || s.with(|s| r.with(|r| words::payback(s, r)))}</dd>
                <dd class="app-headline__detail">"The first financial year by the end of which the savings so far exceed all costs so far."</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">"Break-even saving rate"</dt>
                <dd class="app-headline__value" data-testid="break-even-rate">{move || r.with(words::break_even_value)}</dd>
                <dd class="app-headline__detail">{move || r.with(words::break_even)}</dd>
            </div>
            <Show when=move || per_resident().is_some()>
                <div class="app-headline">
                    <dt class="app-headline__label">"Saving per resident a year"</dt>
                    <dd class="app-headline__value" data-testid="per-resident">{move || per_resident().map(|v| words::pence(v, &c()))}</dd>
                    <dd class="app-headline__detail">"The recurring saving divided by everyone the partners serve."</dd>
                </div>
            </Show>
        </dl>
    }
}
