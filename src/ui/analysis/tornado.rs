//! The tornado chart: the NPV with each input at its low and at its high value, widest bar
//! first, as SVG with the same figures as a table.

use leptos::prelude::*;

use super::table::Table;
use crate::analysis::{tornado, Tornado};
use crate::engine::{format_money, format_money_compact, Scenario};
use crate::report::axis::Axis;

const WIDTH: f64 = 480.0;
const LEFT: f64 = 200.0;
const RIGHT: f64 = 26.0;
const TOP: f64 = 24.0;
const ROW: f64 = 30.0;
const BOTTOM: f64 = 26.0;

/// The SVG's bars, ticks and the line where the NPV as entered lies.
fn drawing(t: &Tornado, currency: &str) -> impl IntoView {
    let axis = Axis::covering(
        t.bars
            .iter()
            .flat_map(|b| [b.npv_low, b.npv_high])
            .chain([t.base]),
        4,
    );
    let plot = WIDTH - LEFT - RIGHT;
    let height = TOP + ROW * t.bars.len() as f64 + BOTTOM;
    let x = |v: f64| LEFT + axis.position(v, plot);
    let base = x(t.base);
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
            <text class="app-chart__tick" x=format!("{:.1}", x(*tick)) y=height - 8.0 text-anchor="middle">{format_money_compact(*tick, currency, crate::i18n::Lang::En)}</text>
        }).collect_view()}
        {t.bars.iter().enumerate().map(|(i, b)| view! {
            {bar(i, b.npv_low, "standalone")}
            {bar(i, b.npv_high, "shared")}
            <text class="app-chart__tick" x=LEFT - 6.0 y=format!("{:.1}", TOP + ROW * i as f64 + ROW / 2.0 + 4.0) text-anchor="end">{b.input.label()}</text>
        }).collect_view()}
        <line class="app-chart__marker" x1=format!("{base:.1}") x2=format!("{base:.1}") y1=TOP - 4.0 y2=height - BOTTOM />
        <text class="app-chart__marker-label" x=format!("{base:.1}") y=TOP - 8.0 text-anchor="middle">"As entered"</text>
    }
}

/// The chart, its legend and its table.
#[component]
pub fn TornadoChart(scenario: Memo<Scenario>) -> impl IntoView {
    let data = Memo::new(move |_| scenario.with(tornado));
    let currency = move || scenario.with(|s| s.currency.clone());
    let description = move || {
        let c = currency();
        data.with(|t| match t.bars.first() {
            Some(b) => format!(
                "The net present value as entered is {}. It moves most with {}: from {} at {} to {} at {}.",
                format_money_compact(t.base, &c, crate::i18n::Lang::En),
                b.input.label().to_lowercase(),
                format_money_compact(b.npv_low, &c, crate::i18n::Lang::En),
                b.low,
                format_money_compact(b.npv_high, &c, crate::i18n::Lang::En),
                b.high
            ),
            None => String::new(),
        })
    };
    view! {
        <figure class="app-chart" id="tornado" data-testid="tornado">
            <h3 id="tornado-title">"Which inputs matter most"</h3>
            <p class="app-hint">
                "The net present value with each input at its low and its high value, the others as entered. "
                "Years to full savings move one year sooner and two later; the discount rate two points either way."
            </p>
            <ul class="app-chart__legend">
                <li><span class="app-chart__swatch app-chart__bar--standalone" aria-hidden="true"></span>"Low value"</li>
                <li><span class="app-chart__swatch app-chart__bar--shared" aria-hidden="true"></span>"High value"</li>
            </ul>
            {move || {
                let c = currency();
                data.with(|t| view! {
                    <svg class="app-chart__svg" viewBox=format!("0 0 {WIDTH} {:.0}", TOP + ROW * t.bars.len() as f64 + BOTTOM)
                        role="img" aria-labelledby="tornado-title tornado-desc" focusable="false">
                        <desc id="tornado-desc">{description()}</desc>
                        {drawing(t, &c)}
                    </svg>
                })
            }}
            <details class="app-details">
                <summary>"Show as a table"</summary>
                <Table id="tornado-table" caption="Which inputs matter most" hidden_caption=true columns=&[
                    ("Input", false), ("Low value", false), ("Net present value at low", true),
                    ("High value", false), ("Net present value at high", true),
                ]>
                    {move || {
                        let c = currency();
                        data.with(|t| t.bars.iter().map(|b| view! {
                            <tr>
                                <th scope="row">{b.input.label()}</th>
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
