//! "How the figures are worked out" and "What has happened elsewhere": the method in plain
//! words, the assumptions in force, and reported outcomes with their sources.

use leptos::prelude::*;

use crate::engine::format_percent;
use crate::report::evidence::{CASES, SPLIT_PRACTICE, SPLIT_PRACTICE_SOURCE};
use crate::report::words;
use crate::ui::state::use_calc;

/// The method and the assumptions in force.
#[component]
pub fn Method() -> impl IntoView {
    let s = use_calc().shown;
    let assumption = move |f: fn(&crate::engine::Scenario) -> String| move || s.with(f);
    view! {
        <section class="app-section" aria-labelledby="method-heading">
            <h2 id="method-heading">"How the figures are worked out"</h2>
            <ol class="app-list app-list--number">
                <li>"Each partner's cost of running a service alone is the amount entered, grown each year by the yearly cost growth."</li>
                <li>"Sharing saves the planned share of the partners' combined spend, multiplied by the reality check. Savings build up in equal steps and are full from the year you set."</li>
                <li>"Sharing also costs something: a yearly running cost (a share of the combined spend), and the one-off cost in Year 1, raised by the optimism bias."</li>
                <li>"Each partner pays a share of the shared cost, split the way chosen for that service: by current spend, population, equally or by a driver."</li>
                <li>"Net saving is the cost alone minus the cost shared. The payback year is the first year by the end of which the savings so far are more than all the costs so far."</li>
                <li>"Net present value adds up every year's net saving, counting later years for less: each year after Year 1 is divided by one plus the discount rate once more. This is the method of HM Treasury's Green Book, whose standard rate is 3.5%."</li>
                <li>"The break-even saving rate is the one planned saving which, given to every service, makes the net present value zero: below it, sharing costs more than it saves."</li>
                <li>"All amounts are in real terms (today's prices). The calculator rounds only when it shows a figure; the CSV download has every figure to the penny."</li>
            </ol>
            <h3>"Assumptions in these figures"</h3>
            <ul class="app-list app-list--bullet">
                <li>{assumption(|s| format!("Years appraised: {}, from {}", s.horizon_years, crate::engine::financial_year_label(s.first_year, 1)))}</li>
                <li>{assumption(|s| format!("Discount rate: {} a year", format_percent(s.discount_rate, 2)))}</li>
                <li>{assumption(|s| format!("Yearly cost growth: {}", format_percent(s.cost_growth, 2)))}</li>
                <li>{assumption(|s| format!("Optimism bias on one-off costs: {}", format_percent(s.optimism_bias, 1)))}</li>
                <li>{assumption(|s| format!("Share of planned savings that arrives: {}", format_percent(s.realisation, 1)))}</li>
                <li>{assumption(|s| format!("{} and {}", words::count(s.partners.len(), "partner", "partners"), words::count(s.services.len(), "service", "services")))}</li>
            </ul>
        </section>
    }
}

/// Reported outcomes elsewhere, so that nobody mistakes the 20% headline for a promise.
#[component]
pub fn Evidence() -> impl IntoView {
    view! {
        <section class="app-section" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">"What has happened elsewhere"</h2>
            <p>
                "The 20% figure is a government estimate from 2006, not a promise. Reported outcomes range from large savings to "
                "expensive failures. These are the figures as their sources reported them; none has been checked again here."
            </p>
            <div class="app-table-scroll" role="region" aria-labelledby="evidence-heading" tabindex="0">
                <table class="app-table app-table--text">
                    <thead>
                        <tr>
                            <th scope="col">"Case"</th>
                            <th scope="col">"What was reported"</th>
                            <th scope="col">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {CASES.iter().map(|c| view! {
                            <tr>
                                <th scope="row">{c.case}</th>
                                <td>{c.reported}</td>
                                <td>{c.source}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>"How partners split costs in practice"</h3>
            <p>{SPLIT_PRACTICE}" (Source: "{SPLIT_PRACTICE_SOURCE}".)"</p>
        </section>
    }
}
