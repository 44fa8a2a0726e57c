//! The Monte Carlo results: the chances in words, the 10th, 50th and 90th percentiles, and a
//! histogram of the 10,000 futures as SVG with a table.

use leptos::prelude::*;

use super::table::Table;
use crate::ui::model::use_lang;
use sharecalc_core::analysis::{simulate, Simulation, DRAWS};
use sharecalc_core::engine::{format_money, format_money_compact, format_percent, Scenario};
use sharecalc_core::i18n::{fill, t, Lang, Msg};
use sharecalc_core::report::axis::Axis;
use sharecalc_core::report::words;

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 10.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;

fn histogram(lang: Lang, sim: &Simulation, currency: &str) -> impl IntoView {
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let counts = Axis::covering(sim.bins.iter().map(|b| b.count as f64), 4);
    let each = plot_w / sim.bins.len().max(1) as f64;
    let ends = [
        (sim.bins.first().map(|b| b.from), LEFT, "start"),
        (sim.bins.last().map(|b| b.to), WIDTH - RIGHT, "end"),
    ];
    view! {
        {sim.bins.iter().enumerate().map(|(i, b)| {
            let h = counts.position(b.count as f64, plot_h);
            let sign = if b.to <= 0.0 { "negative" } else { "positive" };
            view! {
                <rect class=format!("app-chart__bar app-chart__bar--cumulative app-chart__bar--{sign}")
                    x=format!("{:.1}", LEFT + each * i as f64 + 1.0) y=format!("{:.1}", TOP + plot_h - h)
                    width=format!("{:.1}", (each - 2.0).max(0.5)) height=format!("{h:.1}") />
            }
        }).collect_view()}
        <line class="app-chart__grid app-chart__grid--zero" x1=LEFT x2=WIDTH - RIGHT y1=TOP + plot_h y2=TOP + plot_h />
        {ends.into_iter().map(|(value, x, anchor)| value.map(|v| view! {
            <text class="app-chart__tick" x=x y=HEIGHT - 8.0 text-anchor=anchor>{format_money_compact(v, currency, lang)}</text>
        })).collect_view()}
    }
}

/// The simulation's figures, chart and table.
#[component]
pub fn SimulationResults(scenario: Signal<Scenario>) -> impl IntoView {
    let lang = use_lang();
    let sim = Memo::new(move |_| scenario.with(simulate));
    let currency = move || scenario.with(|s| s.currency.clone());
    let years = move || scenario.with(|s| words::years(lang, s));
    let chances = move || {
        sim.with(|m| {
            fill(
                lang,
                Msg::AnalysisMcChances,
                &[
                    ("positive", &format_percent(m.chance_positive, 1)),
                    ("draws", &format_money(DRAWS as f64, "")),
                    ("payback", &format_percent(m.chance_payback, 1)),
                    ("years", &years()),
                ],
            )
        })
    };
    let description = move |m: &Simulation, c: &str| {
        let ends = (
            m.bins.first().map_or(0.0, |b| b.from),
            m.bins.last().map_or(0.0, |b| b.to),
        );
        fill(
            lang,
            Msg::AnalysisMcHistogramDescription,
            &[
                ("draws", &format_money(DRAWS as f64, "")),
                ("from", &format_money_compact(ends.0, c, lang)),
                ("to", &format_money_compact(ends.1, c, lang)),
            ],
        )
    };
    let band = move |from: f64, to: f64, c: &str| {
        fill(
            lang,
            Msg::AnalysisMcBand,
            &[
                ("from", &format_money(from, c)),
                ("to", &format_money(to, c)),
            ],
        )
    };
    let figure =
        move |f: fn(&Simulation) -> f64| move || sim.with(|m| format_money(f(m), &currency()));
    view! {
        <h3>{t(lang, Msg::AnalysisMcHeading)}</h3>
        <p data-testid="mc-chances">{chances}</p>
        <dl class="app-headlines">
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::AnalysisMcLowCase)}</dt>
                <dd class="app-headline__value" data-testid="mc-p10">{figure(|m| m.p10)}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::AnalysisMcMiddleCase)}</dt>
                <dd class="app-headline__value" data-testid="mc-p50">{figure(|m| m.p50)}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::AnalysisMcHighCase)}</dt>
                <dd class="app-headline__value" data-testid="mc-p90">{figure(|m| m.p90)}</dd>
            </div>
        </dl>
        <figure class="app-chart" id="histogram">
            <h4 id="histogram-title">{t(lang, Msg::AnalysisMcHistogramTitle)}</h4>
            {move || {
                let c = currency();
                sim.with(|m| view! {
                    <svg class="app-chart__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img"
                        aria-labelledby="histogram-title histogram-desc" focusable="false">
                        <desc id="histogram-desc">{description(m, &c)}</desc>
                        {histogram(lang, m, &c)}
                    </svg>
                })
            }}
            <details class="app-details">
                <summary>{t(lang, Msg::ResultsShowTable)}</summary>
                <Table id="histogram-table" caption=Msg::AnalysisMcHistogramTitle hidden_caption=true
                    columns=&[(Msg::HeadlineNpvLabel, false), (Msg::AnalysisMcFutures, true)]>
                    {move || {
                        let c = currency();
                        sim.with(|m| m.bins.iter().map(|b| view! {
                            <tr>
                                <th scope="row">{band(b.from, b.to, &c)}</th>
                                <td class="app-table__numeric">{b.count}</td>
                            </tr>
                        }).collect_view())
                    }}
                </Table>
            </details>
        </figure>
    }
}
