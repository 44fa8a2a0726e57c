//! The partners table and the year-by-year table, to the pound.

use leptos::prelude::*;

use crate::engine::format_money;
use crate::report::words;
use crate::ui::state::use_calc;

/// Each partner's costs alone and shared, net saving and NPV, with a partner that would pay
/// more than going alone flagged in words.
#[component]
pub fn PartnersTable() -> impl IntoView {
    let calc = use_calc();
    let rows = move || {
        let c = calc.currency();
        calc.shown.with(|s| {
            calc.results.with(|r| {
                s.partners
                    .iter()
                    .zip(&r.partners)
                    .map(|(p, f)| {
                        let verdict = if f.net < -0.005 {
                            "Pays more than going alone"
                        } else {
                            "Saves"
                        };
                        view! {
                            <tr class:app-table__row--worse=f.net < -0.005>
                                <th scope="row">{p.name.clone()}</th>
                                <td class="app-table__numeric">{format_money(f.standalone, &c)}</td>
                                <td class="app-table__numeric">{format_money(f.shared, &c)}</td>
                                <td class="app-table__numeric">{format_money(f.net, &c)}</td>
                                <td class="app-table__numeric">{format_money(f.npv, &c)}</td>
                                <td>{verdict}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let years = move || {
        calc.shown
            .with(|s| words::count(s.horizon_years as usize, "year", "years"))
    };
    view! {
        <h3 id="partners-table-heading">"Each partner"</h3>
        <div class="app-table-scroll" role="region" aria-labelledby="partners-table-heading" tabindex="0">
            <table class="app-table">
                <caption class="app-table__caption">"Totals over " {years} ". Net saving is the cost alone minus the share of the shared cost; net present value counts later years for less."</caption>
                <thead>
                    <tr>
                        <th scope="col">"Partner"</th>
                        <th scope="col" class="app-table__numeric">"Cost alone"</th>
                        <th scope="col" class="app-table__numeric">"Share of shared cost"</th>
                        <th scope="col" class="app-table__numeric">"Net saving"</th>
                        <th scope="col" class="app-table__numeric">"Net present value"</th>
                        <th scope="col">"Outcome"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Standalone, shared, net saving and cumulative, each year.
#[component]
pub fn YearsTable() -> impl IntoView {
    let calc = use_calc();
    let rows = move || {
        let c = calc.currency();
        calc.results.with(|r| {
            r.years
                .iter()
                .map(|y| {
                    view! {
                        <tr>
                            <th scope="row">{y.label.clone()}</th>
                            <td class="app-table__numeric">{format_money(y.standalone, &c)}</td>
                            <td class="app-table__numeric">{format_money(y.shared, &c)}</td>
                            <td class="app-table__numeric">{format_money(y.net, &c)}</td>
                            <td class="app-table__numeric">{format_money(y.cumulative, &c)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h3 id="years-table-heading">"Year by year"</h3>
        <div class="app-table-scroll" role="region" aria-labelledby="years-table-heading" tabindex="0">
            <table class="app-table">
                <caption class="app-table__caption">"All partners together, in each year's prices, not discounted."</caption>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        <th scope="col" class="app-table__numeric">"Cost alone"</th>
                        <th scope="col" class="app-table__numeric">"Cost shared"</th>
                        <th scope="col" class="app-table__numeric">"Net saving"</th>
                        <th scope="col" class="app-table__numeric">"Cumulative net saving"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
