//! A plain SVG bar chart, drawn by the app (no charting library), with a title and a
//! description for screen readers and the same figures as a table one click away.

use leptos::prelude::*;

use crate::engine::{format_money, format_money_compact};
use crate::i18n::{t, Lang, Msg};
use crate::report::axis::Axis;
use crate::ui::state::use_lang;

/// One series of bars: a value per year.
#[derive(Clone, PartialEq)]
pub struct Series {
    /// Legend and column name.
    pub name: String,
    /// CSS modifier for the bar colour, e.g. `shared`.
    pub class: &'static str,
    /// One value per year.
    pub values: Vec<f64>,
}

/// Everything a chart draws; computed from results, never from the DOM.
#[derive(Clone, PartialEq)]
pub struct ChartData {
    /// Year labels along the bottom, e.g. "2027/28".
    pub labels: Vec<String>,
    /// The bars, drawn side by side within a year.
    pub series: Vec<Series>,
    /// A year to mark, with its words (the payback year).
    pub marker: Option<(usize, String)>,
    /// The currency of the values.
    pub currency: String,
    /// One or two sentences saying what the chart shows, for `<desc>`.
    pub description: String,
}

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 280.0;
const LEFT: f64 = 62.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 30.0;

/// Shortens "2027/28" to "27/28" so that labels fit a phone.
fn short_label(label: &str) -> String {
    label.get(2..).unwrap_or(label).to_owned()
}

fn bars(data: &ChartData, axis: &Axis) -> impl IntoView {
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let years = data.labels.len().max(1);
    let group = plot_w / years as f64;
    let per = (group * 0.8) / data.series.len().max(1) as f64;
    let y = |v: f64| TOP + plot_h - axis.position(v, plot_h);
    let zero = y(0.0);
    data.series
        .iter()
        .enumerate()
        .flat_map(|(si, series)| {
            series.values.iter().enumerate().map(move |(i, v)| {
                let x = LEFT + group * i as f64 + group * 0.1 + per * si as f64;
                let top = y(*v).min(zero);
                let height = (y(*v) - zero).abs().max(0.5);
                let sign = if *v < 0.0 { "negative" } else { "positive" };
                view! {
                    <rect
                        class=format!("app-chart__bar app-chart__bar--{} app-chart__bar--{sign}", series.class)
                        x=format!("{x:.1}") y=format!("{top:.1}") width=format!("{:.1}", per.max(0.5)) height=format!("{height:.1}")
                    />
                }
            })
        })
        .collect_view()
}

fn y_axis(lang: Lang, data: &ChartData, axis: &Axis) -> impl IntoView {
    let plot_h = HEIGHT - TOP - BOTTOM;
    axis.ticks
        .iter()
        .map(|t| {
            let y = TOP + plot_h - axis.position(*t, plot_h);
            let class = if *t == 0.0 { "app-chart__grid app-chart__grid--zero" } else { "app-chart__grid" };
            view! {
                <line class=class x1=LEFT x2=WIDTH - RIGHT y1=format!("{y:.1}") y2=format!("{y:.1}") />
                <text class="app-chart__tick" x=LEFT - 6.0 y=format!("{:.1}", y + 4.0) text-anchor="end">
                    {format_money_compact(*t, &data.currency, lang)}
                </text>
            }
        })
        .collect_view()
}

fn x_axis(data: &ChartData) -> impl IntoView {
    let plot_w = WIDTH - LEFT - RIGHT;
    let years = data.labels.len().max(1);
    let group = plot_w / years as f64;
    let every = years.div_ceil(6);
    data.labels
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, label)| {
            let x = LEFT + group * (i as f64 + 0.5);
            view! {
                <text class="app-chart__tick" x=format!("{x:.1}") y=HEIGHT - 10.0 text-anchor="middle">{short_label(label)}</text>
            }
        })
        .collect_view()
}

fn marker(data: &ChartData) -> Option<impl IntoView> {
    let (index, words) = data.marker.clone()?;
    let plot_w = WIDTH - LEFT - RIGHT;
    let group = plot_w / data.labels.len().max(1) as f64;
    let x = LEFT + group * (index as f64 + 0.5);
    let anchor = if x > WIDTH * 0.7 { "end" } else { "start" };
    Some(view! {
        <line class="app-chart__marker" x1=format!("{x:.1}") x2=format!("{x:.1}") y1=TOP - 4.0 y2=HEIGHT - BOTTOM />
        <text class="app-chart__marker-label" x=format!("{:.1}", if anchor == "end" { x - 4.0 } else { x + 4.0 }) y=TOP - 8.0 text-anchor=anchor>{words}</text>
    })
}

/// A chart with its heading, legend and table alternative.
#[component]
pub fn BarChart(
    /// Element id prefix, unique on the page.
    id: &'static str,
    /// The chart's title, also its heading.
    title: &'static str,
    /// The data, recomputed when the results change.
    data: Signal<ChartData>,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let table_label = title_id.clone();
    let lang = use_lang();
    view! {
        <figure class="app-chart" id=id>
            <h3 id=title_id.clone()>{title}</h3>
            {move || data.with(|d| {
                let axis = Axis::covering(d.series.iter().flat_map(|s| s.values.iter().copied()), 5);
                let legend = (d.series.len() > 1).then(|| view! {
                    <ul class="app-chart__legend">
                        {d.series.iter().map(|s| view! {
                            <li><span class=format!("app-chart__swatch app-chart__bar--{}", s.class) aria-hidden="true"></span>{s.name.clone()}</li>
                        }).collect_view()}
                    </ul>
                });
                view! {
                    {legend}
                    <svg class="app-chart__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled.clone() focusable="false">
                        <desc id=desc_id.clone()>{d.description.clone()}</desc>
                        {y_axis(lang, d, &axis)}
                        {bars(d, &axis)}
                        {x_axis(d)}
                        {marker(d)}
                    </svg>
                }
            })}
            <details class="app-details">
                <summary>{t(lang, Msg::ResultsShowTable)}</summary>
                {move || data.with(|d| view! {
                    <div class="app-table-scroll" role="region" aria-labelledby=table_label.clone() tabindex="0">
                        <table class="app-table">
                            <caption class="app-visually-hidden">{title}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t(lang, Msg::ResultsYear)}</th>
                                    {d.series.iter().map(|s| view! { <th scope="col" class="app-table__numeric">{s.name.clone()}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {d.labels.iter().enumerate().map(|(i, label)| view! {
                                    <tr>
                                        <th scope="row">{label.clone()}</th>
                                        {d.series.iter().map(|s| view! {
                                            <td class="app-table__numeric">{s.values.get(i).map(|v| format_money(*v, &d.currency))}</td>
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })}
            </details>
        </figure>
    }
}
