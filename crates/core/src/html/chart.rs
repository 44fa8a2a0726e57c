//! A plain SVG bar chart (no charting library), with a title, a description for screen
//! readers and the same figures as a table one click away; and the data of the two results
//! charts: annual cost alone against shared, and the cumulative net saving with the payback
//! year marked.

use super::Html;
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
pub fn skeleton(lang: Lang, id: &'static str, title: &str) -> Html {
    let mut out = Html::with_capacity(512);
    out.push("<figure class=\"app-chart\" id=\"")
        .push(id)
        .push("\"><h3 id=\"")
        .push(id)
        .wrap("-title\">", title, "</h3><div data-slot=\"")
        .push(id)
        .push("-drawing\"></div><details class=\"app-details\">")
        .wrap(
            "<summary>",
            &fill(lang, Msg::ResultsShowTable, &[("chart", &title)]),
            "</summary>",
        )
        .push("<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"")
        .push(id)
        .push("-title\" tabindex=\"0\" data-slot=\"")
        .push(id)
        .push("-table\"></div></details></figure>");
    out
}

/// Shortens "2027/28" to "27/28" so that labels fit a phone.
fn short_label(label: &str) -> &str {
    label.get(2..).unwrap_or(label)
}

/// The legend (when there is more than one series) and the SVG, for the slot `{id}-drawing`.
pub fn drawing(lang: Lang, id: &'static str, data: &ChartData) -> Html {
    let axis = Axis::covering(data.series.iter().flat_map(|s| s.values.iter().copied()), 5);
    let mut out = Html::with_capacity(4096);
    if data.series.len() > 1 {
        out.push("<ul class=\"app-chart__legend\">");
        for s in &data.series {
            out.push("<li><span class=\"app-chart__swatch app-chart__bar--")
                .push(s.class)
                .wrap("\" aria-hidden=\"true\"></span>", &s.name, "</li>");
        }
        out.push("</ul>");
    }
    out.push("<svg class=\"app-chart__svg\" viewBox=\"0 0 ")
        .push_fixed(WIDTH, 0)
        .push(" ")
        .push_fixed(HEIGHT, 0)
        .push("\" role=\"img\" aria-labelledby=\"")
        .push(id)
        .push("-title\" aria-describedby=\"")
        .push(id)
        .push("-desc\" focusable=\"false\"><desc id=\"")
        .push(id)
        .wrap("-desc\">", &data.description, "</desc>");
    y_axis(&mut out, lang, data, &axis);
    bars(&mut out, data, &axis);
    x_axis(&mut out, data);
    marker(&mut out, data);
    out.push("</svg>");
    out
}

fn y_of(axis: &Axis, v: f64) -> f64 {
    TOP + PLOT_H - axis.position(v, PLOT_H)
}

/// Adds ` name="number"`, to one decimal place.
fn coordinate(out: &mut Html, name: &'static str, value: f64) {
    out.push(" ")
        .push(name)
        .push("=\"")
        .push_fixed(value, 1)
        .push("\"");
}

/// Adds a `<text>` at (`x`, `y`) anchored at `anchor`, with `class` and `words`.
fn text(out: &mut Html, class: &'static str, x: f64, y: f64, anchor: &'static str, words: &str) {
    out.push("<text class=\"").push(class).push("\"");
    coordinate(out, "x", x);
    coordinate(out, "y", y);
    out.push(" text-anchor=\"")
        .push(anchor)
        .wrap("\">", words, "</text>");
}

/// Adds a `<line>` from (`x1`, `y1`) to (`x2`, `y2`).
fn line(out: &mut Html, class: &'static str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) {
    out.push("<line class=\"").push(class).push("\"");
    coordinate(out, "x1", x1);
    coordinate(out, "x2", x2);
    coordinate(out, "y1", y1);
    coordinate(out, "y2", y2);
    out.push("></line>");
}

fn y_axis(out: &mut Html, lang: Lang, data: &ChartData, axis: &Axis) {
    for tick in &axis.ticks {
        let y = y_of(axis, *tick);
        let class = if *tick == 0.0 {
            "app-chart__grid app-chart__grid--zero"
        } else {
            "app-chart__grid"
        };
        line(out, class, (LEFT, y), (WIDTH - RIGHT, y));
        let words = format_money_compact(*tick, &data.currency, lang);
        text(out, "app-chart__tick", LEFT - 6.0, y + 4.0, "end", &words);
    }
}

fn bars(out: &mut Html, data: &ChartData, axis: &Axis) {
    let group = PLOT_W / data.labels.len().max(1) as f64;
    let per = (group * 0.8) / data.series.len().max(1) as f64;
    let zero = y_of(axis, 0.0);
    for (si, series) in data.series.iter().enumerate() {
        for (i, v) in series.values.iter().enumerate() {
            let x = LEFT + group * i as f64 + group * 0.1 + per * si as f64;
            let top = y_of(axis, *v).min(zero);
            let height = (y_of(axis, *v) - zero).abs().max(0.5);
            let sign = if *v < 0.0 { "negative" } else { "positive" };
            out.push("<rect class=\"app-chart__bar app-chart__bar--")
                .push(series.class)
                .push(" app-chart__bar--")
                .push(sign)
                .push("\"");
            coordinate(out, "x", x);
            coordinate(out, "y", top);
            coordinate(out, "width", per.max(0.5));
            coordinate(out, "height", height);
            out.push("></rect>");
        }
    }
}

fn x_axis(out: &mut Html, data: &ChartData) {
    let years = data.labels.len().max(1);
    let group = PLOT_W / years as f64;
    let every = years.div_ceil(6);
    for (i, label) in data.labels.iter().enumerate().step_by(every) {
        let x = LEFT + group * (i as f64 + 0.5);
        let (class, y) = ("app-chart__tick", HEIGHT - 10.0);
        text(out, class, x, y, "middle", short_label(label));
    }
}

fn marker(out: &mut Html, data: &ChartData) {
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
    line(
        out,
        "app-chart__marker",
        (x, TOP - 4.0),
        (x, HEIGHT - BOTTOM),
    );
    let class = "app-chart__marker-label";
    text(out, class, label_x, TOP - 8.0, anchor, words);
}

/// The chart's figures as a table, to the pound, for the slot `{id}-table`.
pub fn table(lang: Lang, title: &str, data: &ChartData) -> Html {
    let mut out = Html::with_capacity(2048);
    out.wrap(
        "<table class=\"app-table\"><caption class=\"app-visually-hidden\">",
        title,
        "</caption><thead><tr>",
    )
    .wrap("<th scope=\"col\">", t(lang, Msg::ResultsYear), "</th>");
    for s in &data.series {
        out.wrap(
            "<th scope=\"col\" class=\"app-table__numeric\">",
            &s.name,
            "</th>",
        );
    }
    out.push("</tr></thead><tbody>");
    for (i, label) in data.labels.iter().enumerate() {
        out.wrap("<tr><th scope=\"row\">", label, "</th>");
        for s in &data.series {
            let cell = s
                .values
                .get(i)
                .map(|v| format_money(*v, &data.currency))
                .unwrap_or_default();
            out.wrap("<td class=\"app-table__numeric\">", &cell, "</td>");
        }
        out.push("</tr>");
    }
    out.push("</tbody></table>");
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
        let svg = svg.as_str();
        assert_eq!(svg.matches("<rect ").count(), 2);
        assert!(
            svg.contains("app-chart__bar--negative") && svg.contains("app-chart__bar--positive")
        );
        // Named by its title only: the <desc> is its description, read once.
        assert!(svg.contains("aria-labelledby=\"c-title\" aria-describedby=\"c-desc\""));
        assert!(svg.contains("<desc id=\"c-desc\">Rises above zero</desc>"));
        assert!(svg.contains(">Pays back 2028/29</text>"));
        assert!(svg.contains(">27/28</text>") && svg.contains(">28/29</text>"));
        // One series: no legend.
        assert!(!svg.contains("app-chart__legend"));
    }

    #[test]
    fn the_table_gives_every_value_to_the_pound_with_names_escaped() {
        let html = table(Lang::En, "Net", &sample());
        let html = html.as_str();
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
        let html = html.as_str();
        assert!(html.contains("data-slot=\"chart-annual-drawing\""));
        assert!(html.contains("data-slot=\"chart-annual-table\""));
        assert!(html.contains("<h3 id=\"chart-annual-title\">Cost</h3>"));
        // Each toggle names its chart.
        assert!(html.contains("<summary>Dangos “Cost” fel tabl</summary>"));
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
            drawing(Lang::En, "a", &annual)
                .as_str()
                .matches("<rect ")
                .count(),
            2 * r.years.len()
        );
    }
}
