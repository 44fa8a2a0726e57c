//! The tornado chart: the NPV with each input at its low and at its high value, widest bar
//! first, as SVG with the same figures as a table.

use leptos::prelude::*;

use super::table::Table;
use crate::ui::model::use_lang;
use sharecalc_core::analysis::{tornado, Tornado};
use sharecalc_core::engine::{format_money, format_money_compact, Scenario};
use sharecalc_core::i18n::{fill, t, Lang, Msg};
use sharecalc_core::report::axis::Axis;
use sharecalc_core::report::label::label_lines;

const WIDTH: f64 = 480.0;
const LEFT: f64 = 200.0;
const RIGHT: f64 = 26.0;
const TOP: f64 = 24.0;
const ROW: f64 = 30.0;
const BOTTOM: f64 = 26.0;

/// Characters of an input's name that fit left of the bars on one line.
const LABEL_CHARS: usize = 30;

/// An input's name left of its bar: on two lines when it is too long for one (some Welsh
/// names are), centred on the bar.
fn input_label(label: &'static str) -> impl IntoView {
    let lines = label_lines(label, LABEL_CHARS);
    let first_dy = if lines.len() > 1 { "-0.5em" } else { "0" };
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let dy = if i == 0 { first_dy } else { "1.1em" };
            view! { <tspan x=LEFT - 6.0 dy=dy>{line}</tspan> }
        })
        .collect_view()
}

/// The SVG's bars, ticks and the line where the NPV as entered lies.
fn drawing(lang: Lang, chart: &Tornado, currency: &str) -> impl IntoView {
    let axis = Axis::covering(
        chart
            .bars
            .iter()
            .flat_map(|b| [b.npv_low, b.npv_high])
            .chain([chart.base]),
        4,
    );
    let plot = WIDTH - LEFT - RIGHT;
    let height = TOP + ROW * chart.bars.len() as f64 + BOTTOM;
    let x = |v: f64| LEFT + axis.position(v, plot);
    let base = x(chart.base);
    let as_entered = t(lang, Msg::AnalysisTornadoAsEntered);
    let bar = |i: usize, v: f64, class: &'static str| {
        let y = TOP + ROW * i as f64 + 6.0;
        view! {
            <rect class=format!("app-chart__bar app-chart__bar--{class}")
                x=format!("{:.1}", x(v).min(base)) y=format!("{y:.1}")
                width=format!("{:.1}", (x(v) - base).abs().max(0.5)) height=format!("{:.1}", ROW - 12.0) />
        }
    };
    view! {
        {axis.ticks.iter().map(|tick| view! {
            <line class="app-chart__grid" x1=format!("{:.1}", x(*tick)) x2=format!("{:.1}", x(*tick)) y1=TOP y2=height - BOTTOM />
            <text class="app-chart__tick" x=format!("{:.1}", x(*tick)) y=height - 8.0 text-anchor="middle">{format_money_compact(*tick, currency, lang)}</text>
        }).collect_view()}
        {chart.bars.iter().enumerate().map(|(i, b)| view! {
            {bar(i, b.npv_low, "standalone")}
            {bar(i, b.npv_high, "shared")}
            <text class="app-chart__tick" x=LEFT - 6.0 y=format!("{:.1}", TOP + ROW * i as f64 + ROW / 2.0 + 4.0) text-anchor="end">
                {input_label(b.input.label(lang))}
            </text>
        }).collect_view()}
        <line class="app-chart__marker" x1=format!("{base:.1}") x2=format!("{base:.1}") y1=TOP - 4.0 y2=height - BOTTOM />
        <text class="app-chart__marker-label" x=format!("{base:.1}") y=TOP - 8.0 text-anchor="middle">{as_entered}</text>
    }
}

/// The chart, its legend and its table.
#[component]
pub fn TornadoChart(scenario: Signal<Scenario>) -> impl IntoView {
    let lang = use_lang();
    let data = Memo::new(move |_| scenario.with(|s| tornado(lang, s)));
    let currency = move || scenario.with(|s| s.currency.clone());
    let description = move || {
        let c = currency();
        let money = |amount: f64| format_money_compact(amount, &c, lang);
        data.with(|d| match d.bars.first() {
            Some(b) => fill(
                lang,
                Msg::AnalysisTornadoDescription,
                &[
                    ("base", &money(d.base)),
                    ("input", &b.input.label(lang).to_lowercase()),
                    ("low_npv", &money(b.npv_low)),
                    ("low", &b.low),
                    ("high_npv", &money(b.npv_high)),
                    ("high", &b.high),
                ],
            ),
            None => String::new(),
        })
    };
    view! {
        <figure class="app-chart" id="tornado" data-testid="tornado">
            <h3 id="tornado-title">{t(lang, Msg::AnalysisTornadoTitle)}</h3>
            <p class="app-hint">{t(lang, Msg::AnalysisTornadoHint)}</p>
            <ul class="app-chart__legend">
                <li><span class="app-chart__swatch app-chart__bar--standalone" aria-hidden="true"></span>{t(lang, Msg::AnalysisTornadoLowValue)}</li>
                <li><span class="app-chart__swatch app-chart__bar--shared" aria-hidden="true"></span>{t(lang, Msg::AnalysisTornadoHighValue)}</li>
            </ul>
            {move || {
                let c = currency();
                data.with(|d| view! {
                    <svg class="app-chart__svg" viewBox=format!("0 0 {WIDTH} {:.0}", TOP + ROW * d.bars.len() as f64 + BOTTOM)
                        role="img" aria-labelledby="tornado-title tornado-desc" focusable="false">
                        <desc id="tornado-desc">{description()}</desc>
                        {drawing(lang, d, &c)}
                    </svg>
                })
            }}
            <details class="app-details">
                <summary>{t(lang, Msg::ResultsShowTable)}</summary>
                <Table id="tornado-table" caption=Msg::AnalysisTornadoTitle hidden_caption=true columns=&[
                    (Msg::AnalysisTornadoInput, false), (Msg::AnalysisTornadoLowValue, false), (Msg::AnalysisTornadoNpvAtLow, true),
                    (Msg::AnalysisTornadoHighValue, false), (Msg::AnalysisTornadoNpvAtHigh, true),
                ]>
                    {move || {
                        let c = currency();
                        data.with(|d| d.bars.iter().map(|b| view! {
                            <tr>
                                <th scope="row">{b.input.label(lang)}</th>
                                <td>{b.low.clone()}</td>
                                <td class="app-table__numeric">{format_money(b.npv_low, &c)}</td>
                                <td>{b.high.clone()}</td>
                                <td class="app-table__numeric">{format_money(b.npv_high, &c)}</td>
                            </tr>
                        }).collect_view())
                    }}
                </Table>
            </details>
        </figure>
    }
}
