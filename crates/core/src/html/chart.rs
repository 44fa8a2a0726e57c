//! A plain SVG bar chart (no charting library), with a title, a description for screen
//! readers and the same figures as a table one click away; and the data of the two results
//! charts: annual cost alone against shared, and the cumulative net saving with the payback
//! year marked.

use std::fmt::Write as _;

use super::escape;
use crate::engine::{format_money, format_money_compact, Results};
use crate::i18n::{fill, t, Lang, Msg};
use crate::report::axis::Axis;

/// One series of bars: a value per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Legend and column name.
    pub name: String,
    /// CSS modifier for the bar colour, e.g. `shared`.
    pub class: &'static str,
    /// One value per year.
    pub values: Vec<f64>,
}

/// Everything a chart draws; computed from results, never from the page.
#[derive(Clone, Debug, PartialEq)]
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
const PLOT_W: f64 = WIDTH - LEFT - RIGHT;
const PLOT_H: f64 = HEIGHT - TOP - BOTTOM;

/// Annual cost with each council alone against shared, year by year.
pub fn annual(lang: Lang, r: &Results, currency: &str) -> ChartData {
    let money = |amount: f64| format_money_compact(amount, currency, lang);
    let description = match (r.years.first(), r.years.last()) {
        (Some(f), Some(l)) => fill(
            lang,
            Msg::ResultsChartAnnualDescription,
            &[
                ("first", &f.label),
                ("first_alone", &money(f.standalone)),
                ("first_shared", &money(f.shared)),
                ("last", &l.label),
                ("last_alone", &money(l.standalone)),
                ("last_shared", &money(l.shared)),
            ],
        ),
        _ => String::new(),
    };
    ChartData {
        labels: r.years.iter().map(|y| y.label.clone()).collect(),
        series: vec![
            Series {
                name: t(lang, Msg::ResultsChartEachAlone).into(),
                class: "standalone",
                values: r.years.iter().map(|y| y.standalone).collect(),
            },
            Series {
                name: t(lang, Msg::ResultsChartShared).into(),
                class: "shared",
                values: r.years.iter().map(|y| y.shared).collect(),
            },
        ],
        marker: None,
        currency: currency.to_owned(),
        description,
    }
}

/// The cumulative net saving, with the payback year marked.
pub fn cumulative(lang: Lang, r: &Results, currency: &str) -> ChartData {
    let end = r.years.last().map_or(0.0, |y| y.cumulative);
    let marker = r.payback.as_ref().map(|p| {
        (
            p.year.saturating_sub(1) as usize,
            fill(lang, Msg::ResultsChartPaysBack, &[("year", &p.label)]),
        )
    });
    let paid = match &r.payback {
        Some(p) => fill(lang, Msg::ResultsChartRisesAboveZero, &[("year", &p.label)]),
        None => t(lang, Msg::ResultsChartStaysBelowZero).to_owned(),
    };
    ChartData {
        labels: r.years.iter().map(|y| y.label.clone()).collect(),
        series: vec![Series {
            name: t(lang, Msg::ResultsCumulativeNetSaving).into(),
            class: "cumulative",
            values: r.years.iter().map(|y| y.cumulative).collect(),
        }],
        marker,
        currency: currency.to_owned(),
        description: fill(
            lang,
            Msg::ResultsChartCumulativeDescription,
            &[
                ("paid", &paid),
                ("end", &format_money_compact(end, currency, lang)),
            ],
        ),
    }
}

/// The frame of a chart, written once: its heading, a slot for the drawing (`{id}-drawing`)
/// and, behind "Show the figures as a table", a scrolling region with a slot for the table
/// (`{id}-table`).
pub fn skeleton(lang: Lang, id: &str, title: &str) -> String {
    format!(
        "<figure class=\"app-chart\" id=\"{id}\"><h3 id=\"{id}-title\">{title}</h3>\
<div data-slot=\"{id}-drawing\"></div>\
<details class=\"app-details\"><summary>{show}</summary>\
<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"{id}-title\" tabindex=\"0\" data-slot=\"{id}-table\"></div>\
</details></figure>",
        title = escape(title),
        show = escape(t(lang, Msg::ResultsShowTable)),
    )
}

/// Shortens "2027/28" to "27/28" so that labels fit a phone.
fn short_label(label: &str) -> &str {
    label.get(2..).unwrap_or(label)
}

/// The legend (when there is more than one series) and the SVG, for the slot `{id}-drawing`.
pub fn drawing(lang: Lang, id: &str, data: &ChartData) -> String {
    let axis = Axis::covering(data.series.iter().flat_map(|s| s.values.iter().copied()), 5);
    let mut out = String::with_capacity(4096);
    if data.series.len() > 1 {
        out.push_str("<ul class=\"app-chart__legend\">");
        for s in &data.series {
            let _ = write!(
                out,
                "<li><span class=\"app-chart__swatch app-chart__bar--{}\" aria-hidden=\"true\"></span>{}</li>",
                s.class,
                escape(&s.name)
            );
        }
        out.push_str("</ul>");
    }
    let _ = write!(
        out,
        "<svg class=\"app-chart__svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" \
aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\"><desc id=\"{id}-desc\">{}</desc>",
        escape(&data.description)
    );
    y_axis(&mut out, lang, data, &axis);
    bars(&mut out, data, &axis);
    x_axis(&mut out, data);
    marker(&mut out, data);
    out.push_str("</svg>");
    out
}

fn y_of(axis: &Axis, v: f64) -> f64 {
    TOP + PLOT_H - axis.position(v, PLOT_H)
}

fn y_axis(out: &mut String, lang: Lang, data: &ChartData, axis: &Axis) {
    for tick in &axis.ticks {
        let y = y_of(axis, *tick);
        let class = if *tick == 0.0 {
            "app-chart__grid app-chart__grid--zero"
        } else {
            "app-chart__grid"
        };
        let _ = write!(
            out,
            "<line class=\"{class}\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"></line>\
<text class=\"app-chart__tick\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            escape(&format_money_compact(*tick, &data.currency, lang))
        );
    }
}

fn bars(out: &mut String, data: &ChartData, axis: &Axis) {
    let group = PLOT_W / data.labels.len().max(1) as f64;
    let per = (group * 0.8) / data.series.len().max(1) as f64;
    let zero = y_of(axis, 0.0);
    for (si, series) in data.series.iter().enumerate() {
        for (i, v) in series.values.iter().enumerate() {
            let x = LEFT + group * i as f64 + group * 0.1 + per * si as f64;
            let top = y_of(axis, *v).min(zero);
            let height = (y_of(axis, *v) - zero).abs().max(0.5);
            let sign = if *v < 0.0 { "negative" } else { "positive" };
            let _ = write!(
                out,
                "<rect class=\"app-chart__bar app-chart__bar--{} app-chart__bar--{sign}\" \
x=\"{x:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{height:.1}\"></rect>",
                series.class,
                per.max(0.5)
            );
        }
    }
}

fn x_axis(out: &mut String, data: &ChartData) {
    let years = data.labels.len().max(1);
    let group = PLOT_W / years as f64;
    let every = years.div_ceil(6);
    for (i, label) in data.labels.iter().enumerate().step_by(every) {
        let x = LEFT + group * (i as f64 + 0.5);
        let _ = write!(
            out,
            "<text class=\"app-chart__tick\" x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            HEIGHT - 10.0,
            escape(short_label(label))
        );
    }
}

fn marker(out: &mut String, data: &ChartData) {
    let Some((index, words)) = &data.marker else {
        return;
    };
    let group = PLOT_W / data.labels.len().max(1) as f64;
    let x = LEFT + group * (*index as f64 + 0.5);
    let (anchor, label_x) = if x > WIDTH * 0.7 {
        ("end", x - 4.0)
    } else {
        ("start", x + 4.0)
    };
    let _ = write!(
        out,
        "<line class=\"app-chart__marker\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{}\" y2=\"{}\"></line>\
<text class=\"app-chart__marker-label\" x=\"{label_x:.1}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
        TOP - 4.0,
        HEIGHT - BOTTOM,
        TOP - 8.0,
        escape(words)
    );
}

/// The chart's figures as a table, to the pound, for the slot `{id}-table`.
pub fn table(lang: Lang, title: &str, data: &ChartData) -> String {
    let mut out = String::with_capacity(2048);
    let _ = write!(
        out,
        "<table class=\"app-table\"><caption class=\"app-visually-hidden\">{}</caption><thead><tr><th scope=\"col\">{}</th>",
        escape(title),
        escape(t(lang, Msg::ResultsYear))
    );
    for s in &data.series {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"app-table__numeric\">{}</th>",
            escape(&s.name)
        );
    }
    out.push_str("</tr></thead><tbody>");
    for (i, label) in data.labels.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(label));
        for s in &data.series {
            let cell = s
                .values
                .get(i)
                .map(|v| format_money(*v, &data.currency))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<td class=\"app-table__numeric\">{}</td>",
                escape(&cell)
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::examples::default_scenario;

    fn sample() -> ChartData {
        ChartData {
            labels: vec!["2027/28".into(), "2028/29".into()],
            series: vec![Series {
                name: "Net <saving>".into(),
                class: "cumulative",
                values: vec![-100.0, 300.0],
            }],
            marker: Some((1, "Pays back 2028/29".into())),
            currency: "GBP".into(),
            description: "Rises above zero".into(),
        }
    }

    #[test]
    fn the_drawing_has_a_bar_per_value_the_marker_and_a_description() {
        let svg = drawing(Lang::En, "c", &sample());
        assert_eq!(svg.matches("<rect ").count(), 2);
        assert!(
            svg.contains("app-chart__bar--negative") && svg.contains("app-chart__bar--positive")
        );
        assert!(svg.contains("aria-labelledby=\"c-title c-desc\""));
        assert!(svg.contains("<desc id=\"c-desc\">Rises above zero</desc>"));
        assert!(svg.contains(">Pays back 2028/29</text>"));
        assert!(svg.contains(">27/28</text>") && svg.contains(">28/29</text>"));
        // One series: no legend.
        assert!(!svg.contains("app-chart__legend"));
    }

    #[test]
    fn the_table_gives_every_value_to_the_pound_with_names_escaped() {
        let html = table(Lang::En, "Net", &sample());
        assert!(
            html.contains("<th scope=\"col\" class=\"app-table__numeric\">Net &lt;saving&gt;</th>")
        );
        assert!(
            html.contains(
                "<th scope=\"row\">2027/28</th><td class=\"app-table__numeric\">−£100</td>"
            ),
            "{html}"
        );
        assert!(html.contains("<td class=\"app-table__numeric\">£300</td>"));
    }

    #[test]
    fn the_skeleton_has_both_slots_and_the_table_toggle() {
        let html = skeleton(Lang::Cy, "chart-annual", "Cost");
        assert!(html.contains("data-slot=\"chart-annual-drawing\""));
        assert!(html.contains("data-slot=\"chart-annual-table\""));
        assert!(html.contains("<h3 id=\"chart-annual-title\">Cost</h3>"));
        assert!(html.contains(&format!(
            "<summary>{}</summary>",
            t(Lang::Cy, Msg::ResultsShowTable)
        )));
    }

    #[test]
    fn the_results_charts_follow_the_figures() {
        let s = default_scenario(Lang::En);
        let r = evaluate(&s);
        let annual = annual(Lang::En, &r, &s.currency);
        assert_eq!(annual.series.len(), 2);
        assert_eq!(
            annual.series[1].values,
            r.years.iter().map(|y| y.shared).collect::<Vec<_>>()
        );
        let cumulative = cumulative(Lang::En, &r, &s.currency);
        let payback = r.payback.as_ref().map(|p| p.year as usize - 1);
        assert_eq!(cumulative.marker.as_ref().map(|m| m.0), payback);
        assert_eq!(
            drawing(Lang::En, "a", &annual).matches("<rect ").count(),
            2 * r.years.len()
        );
    }
}
