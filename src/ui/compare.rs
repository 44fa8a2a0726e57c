//! "Compare options": keep copies of the scenario as options, change it, and see them side by
//! side against doing nothing (each partner running its own services), with the best value
//! in each row said in words, one chart of every option's cumulative net saving, and a
//! paragraph. The options travel in the same link as the scenario.

use leptos::prelude::*;

use super::model::{use_calc, use_lang};
use super::results::chart::BarChart;
use sharecalc_core::compare::{name, rows, summary, MAX_OPTIONS};
use sharecalc_core::html::chart::{ChartData, Series};
use sharecalc_core::i18n::{fill, t, Msg};

/// CSS classes for each option's bars, in letter order.
const CLASSES: [&str; MAX_OPTIONS] = ["option-a", "option-b", "option-c", "option-d"];

/// The comparison section.
#[component]
pub fn CompareOptions() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let (status, set_status) = signal(String::new());
    let count = move || calc.others.with(Vec::len) + 1;
    let full = move || count() >= MAX_OPTIONS;
    let keep = move |_| {
        let copy = calc.scenario.get_untracked();
        calc.others.update(|o| {
            if o.len() + 1 < MAX_OPTIONS {
                o.push(copy);
            }
        });
        set_status.set(t(lang, Msg::CompareKept).to_owned());
    };
    let table = move || {
        calc.with_options(|all| {
            let names: Vec<String> = all
                .iter()
                .enumerate()
                .map(|(i, o)| name(lang, i, o.scenario))
                .collect();
            view! {
                <div class="app-table-scroll" role="region" aria-labelledby="compare-table-caption" tabindex="0">
                    <table class="app-table" data-testid="compare-table">
                        <caption class="app-table__caption" id="compare-table-caption">{t(lang, Msg::CompareCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(lang, Msg::CompareColFigure)}</th>
                                {names.iter().map(|n| view! { <th scope="col" class="app-table__numeric">{n.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows(lang, all).into_iter().map(|row| view! {
                                <tr>
                                    <th scope="row">{row.label}</th>
                                    {row.cells.into_iter().enumerate().map(|(i, cell)| {
                                        let best = row.best.contains(&i);
                                        view! {
                                            <td class="app-table__numeric" class:app-table__best=best>
                                                {cell}{best.then(|| view! { <strong>" "{t(lang, Msg::CompareBest)}</strong> })}
                                            </td>
                                        }
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <p class="app-summary" data-testid="compare-summary">{summary(lang, all)}</p>
            }
        })
    };
    let chart = Signal::derive(move || {
        calc.scenario.with(|s| {
            let currency = s.currency.clone();
            let mut series = Vec::new();
            let mut labels: Vec<String> = Vec::new();
            let mut add = |i: usize,
                           scenario: &sharecalc_core::engine::Scenario,
                           results: &sharecalc_core::engine::Results| {
                if results.years.len() > labels.len() {
                    labels = results.years.iter().map(|y| y.label.clone()).collect();
                }
                series.push(Series {
                    name: name(lang, i, scenario),
                    class: CLASSES.get(i % MAX_OPTIONS).copied().unwrap_or_default(),
                    values: results.years.iter().map(|y| y.cumulative).collect(),
                });
            };
            calc.results.with(|r| add(0, s, r));
            calc.others.with(|others| {
                calc.others_results.with(|results| {
                    for (i, (o, r)) in others.iter().zip(results).enumerate() {
                        add(i + 1, o, r);
                    }
                })
            });
            ChartData {
                description: t(lang, Msg::CompareChartDescription).to_owned(),
                labels,
                series,
                marker: None,
                currency,
            }
        })
    });
    let others = move || {
        calc.others
            .get()
            .into_iter()
            .enumerate()
            .collect::<Vec<_>>()
    };
    view! {
        <section class="app-section" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t(lang, Msg::CompareHeading)}</h2>
            <p>{t(lang, Msg::CompareIntro)}</p>
            <button type="button" class="app-button app-button--secondary" data-testid="keep-option" on:click=keep disabled=full>
                {t(lang, Msg::CompareKeep)}
            </button>
            <p class="app-hint" role="status">{status}</p>
            <Show when=move || { count() > 1 }>
                <h3>{t(lang, Msg::CompareOptionsHeading)}</h3>
                <ul class="app-list app-options">
                    <li>{move || calc.scenario.with(|s| fill(lang, Msg::CompareEditing, &[("name", &name(lang, 0, s))]))}</li>
                    <For each=others key=|(i, s)| (*i, s.title.clone(), s.services.len()) let:option>
                        <li>
                            {name(lang, option.0 + 1, &option.1)}" "
                            <button type="button" class="app-button app-button--small app-button--secondary" on:click=move |_| {
                                let current = calc.scenario.get_untracked();
                                let chosen = calc.others.with_untracked(|o| o.get(option.0).cloned());
                                if let Some(chosen) = chosen {
                                    // Load first: replacing the option disposes this row.
                                    calc.draft.load(&chosen);
                                    calc.others.update(|o| if let Some(slot) = o.get_mut(option.0) { *slot = current; });
                                }
                            }>
                                {t(lang, Msg::CompareEdit)}<span class="app-visually-hidden">" " {name(lang, option.0 + 1, &option.1)}</span>
                            </button>
                            <button type="button" class="app-button app-button--small app-button--warning" on:click=move |_| {
                                calc.others.update(|o| if option.0 < o.len() { o.remove(option.0); });
                            }>
                                {t(lang, Msg::EditorRemove)}<span class="app-visually-hidden">" " {name(lang, option.0 + 1, &option.1)}</span>
                            </button>
                        </li>
                    </For>
                </ul>
                {table}
                <BarChart id="chart-compare" title=t(lang, Msg::CompareChartTitle) data=chart />
            </Show>
        </section>
    }
}
