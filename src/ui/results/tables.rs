//! The partners table and the year-by-year table, to the pound.

use leptos::prelude::*;

use crate::engine::format_money;
use crate::i18n::{fill, t, Msg};
use crate::report::words;
use crate::ui::state::{use_calc, use_lang};

/// Each partner's costs alone and shared, net saving and NPV, with a partner that would pay
/// more than going alone flagged in words.
#[component]
pub fn PartnersTable() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let rows = move || {
        let c = calc.currency();
        calc.shown.with(|s| {
            calc.results.with(|r| {
                s.partners
                    .iter()
                    .zip(&r.partners)
                    .map(|(p, f)| {
                        let verdict = t(
                            lang,
                            if f.net < -0.005 {
                                Msg::ResultsPartnersPaysMore
                            } else {
                                Msg::ResultsPartnersSaves
                            },
                        );
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
    let caption = move || {
        calc.shown.with(|s| {
            fill(
                lang,
                Msg::ResultsPartnersCaption,
                &[("years", &words::years(lang, s))],
            )
        })
    };
    view! {
        <h3 id="partners-table-heading">{t(lang, Msg::ResultsPartnersHeading)}</h3>
        <div class="app-table-scroll" role="region" aria-labelledby="partners-table-heading" tabindex="0">
            <table class="app-table">
                <caption class="app-table__caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Msg::KindPartner)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsCostAlone)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsPartnersShareOfShared)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsNetSaving)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::HeadlineNpvLabel)}</th>
                        <th scope="col">{t(lang, Msg::ResultsPartnersOutcome)}</th>
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
    let lang = use_lang();
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
        <h3 id="years-table-heading">{t(lang, Msg::ResultsYearsHeading)}</h3>
        <div class="app-table-scroll" role="region" aria-labelledby="years-table-heading" tabindex="0">
            <table class="app-table">
                <caption class="app-table__caption">{t(lang, Msg::ResultsYearsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Msg::ResultsYear)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsCostAlone)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsYearsCostShared)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsNetSaving)}</th>
                        <th scope="col" class="app-table__numeric">{t(lang, Msg::ResultsCumulativeNetSaving)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
