//! The residents' page (`?view=summary`) as HTML: a linked scenario's figures, read-only, with
//! one control, "what if only this share of the planned savings arrives?". It is written once
//! per scenario; the figures' slots are written again as the control moves. The words and the
//! look are the calculator's own (the same messages, classes and results markup).

use std::fmt::Write as _;

use super::chart;
use super::escape;
use super::results::{evidence, table_region};
use super::statement::statement;
use crate::councils::markup;
use crate::display::View;
use crate::engine::{format_percent, Results, Scenario};
use crate::i18n::{fill, t, Lang, Msg};
use crate::report::words;

/// The ids of the charts on the page, with their titles.
const CHARTS: [(&str, Msg); 2] = [
    ("chart-annual", Msg::ResultsChartAnnualTitle),
    ("chart-cumulative", Msg::ResultsCumulativeNetSaving),
];

/// The reality check's range input, which the page listens to.
pub const WHAT_IF_ID: &str = "what-if";

/// What the page needs besides the scenario: its language, whether it is embedded, where its
/// links go, and any problem with the link it was opened from.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Which page: the summary, or the accessibility statement.
    pub view: View,
    /// The page's language.
    pub lang: Lang,
    /// Inside a council's page: no header or footer, and leaving links open a new tab.
    pub embed: bool,
    /// The same page in the other language.
    pub switch_href: String,
    /// The accessibility statement.
    pub statement_href: String,
    /// The full calculator with this scenario (the statement's way back).
    pub full_href: String,
    /// Why the link's scenario could not be read (the default example is shown instead).
    pub broken: Option<String>,
    /// The link's other options that could not be read.
    pub problems: Vec<String>,
}

/// The part of the page below the figures at a glance (charts, tables, evidence), hidden
/// until the page's first paint: on an old phone, laying it out takes longer than working out
/// the figures, so the headline figures reach the screen first.
pub const LATER_ID: &str = "later";

/// The `button` a notice closes with, which the page listens to.
pub const DISMISS_ATTRIBUTE: &str = "data-dismiss";

/// The whole page, with empty slots for [`figures`] to fill.
pub fn page(p: &Page) -> String {
    let lang = p.lang;
    let mut out = String::with_capacity(16 * 1024);
    let embed_class = if p.embed { " app-page--embed" } else { "" };
    let _ = write!(out, "<div class=\"app-page{embed_class}\">");
    if !p.embed {
        let _ = write!(
            out,
            "<a class=\"app-skip-link\" href=\"#main\">{}</a><header class=\"app-header\"><div class=\"app-width\">\
<p class=\"app-header__name\">sharecalc</p><p class=\"app-header__tagline\">{}</p></div></header>",
            escape(t(lang, Msg::PageSkipLink)),
            escape(t(lang, Msg::PageBrandTagline))
        );
    }
    out.push_str("<main class=\"app-main app-width\" id=\"main\" tabindex=\"-1\">");
    language_switch(&mut out, p);
    let heading = match p.view {
        View::Accessibility => Msg::StatementHeading,
        View::Summary | View::Editor => Msg::PageHeadingSummary,
    };
    let _ = write!(
        out,
        "<h1 class=\"app-title\">{}</h1>",
        escape(t(lang, heading))
    );
    if p.view == View::Accessibility {
        out.push_str(&statement(lang, &p.full_href));
    } else {
        summary(&mut out, p);
    }
    let statement = escape(&p.statement_href);
    let accessibility = escape(t(lang, Msg::PageFooterAccessibility));
    if p.embed {
        let _ = write!(
            out,
            "<p class=\"app-embed-footer\"><a href=\"{statement}\" target=\"_blank\" rel=\"noopener\">{accessibility}</a></p></main>"
        );
    } else {
        let _ = write!(
            out,
            "</main><footer class=\"app-footer\"><div class=\"app-width\"><p>{}</p><p>{}</p>\
<p><a href=\"{statement}\" data-testid=\"statement-link\">{accessibility}</a></p></div></footer>",
            escape(t(lang, Msg::PageFooterPrivate)),
            escape(t(lang, Msg::PageFooterIllustrative))
        );
    }
    out.push_str("</div>");
    out
}

/// The summary's content: problems with the link, the reality check, the figures at a glance,
/// and the later part (charts, partners, evidence).
fn summary(out: &mut String, p: &Page) {
    let lang = p.lang;
    notices(out, p);
    out.push_str("<h2 class=\"app-scenario-title\" data-slot=\"title\"></h2>");
    reality_check(out, lang);
    let _ = write!(
        out,
        "<section class=\"app-glance\" aria-labelledby=\"results-heading\"><h2 id=\"results-heading\">{}</h2>\
<dl class=\"app-headlines\" data-slot=\"headlines\"></dl><h3>{}</h3>\
<p class=\"app-summary\" data-testid=\"plain-english\" data-slot=\"plain-english\"></p>\
<div class=\"app-source\" data-testid=\"summary-source\" data-slot=\"source\"></div></section>",
        escape(t(lang, Msg::ResultsHeading)),
        escape(t(lang, Msg::ResultsPlainWordsHeading))
    );
    // Drawn just after the first paint (see [`LATER_ID`]).
    let _ = write!(out, "<div id=\"{LATER_ID}\" hidden>");
    out.push_str("<div class=\"app-charts\">");
    for (id, title) in CHARTS {
        out.push_str(&chart::skeleton(lang, id, t(lang, title)));
    }
    out.push_str("</div>");
    let heading = t(lang, Msg::ResultsPartnersHeading);
    out.push_str(&table_region(
        "partners-table-heading",
        heading,
        "partners-table",
    ));
    let (target, new_tab) = if p.embed {
        let words = escape(t(lang, Msg::ResidentsNewTab));
        (
            " target=\"_blank\" rel=\"noopener\"",
            format!("<span class=\"app-visually-hidden\"> {words}</span>"),
        )
    } else {
        ("", String::new())
    };
    let _ = write!(
        out,
        "<p class=\"app-open-full\"><a href=\"{}\"{target} data-testid=\"open-full\">{}{new_tab}</a></p>",
        escape(&p.full_href),
        escape(t(lang, Msg::ResidentsOpenFull))
    );
    out.push_str(&evidence(lang));
    out.push_str("</div>");
    out.push_str(
        "<div class=\"app-visually-hidden\" aria-live=\"polite\" aria-atomic=\"true\" data-testid=\"announcer\" data-slot=\"announcer\"></div>",
    );
}

/// "English | Cymraeg": the current language in words, the other a link to this page in it.
fn language_switch(out: &mut String, p: &Page) {
    let _ = write!(
        out,
        "<nav class=\"app-language\" aria-label=\"{}\"><ul class=\"app-language__list\">",
        escape(t(p.lang, Msg::PageLanguageLabel))
    );
    for lang in Lang::ALL {
        let (tag, name) = (lang.tag(), lang.own_name());
        if lang == p.lang {
            let _ = write!(
                out,
                "<li><span aria-current=\"true\" lang=\"{tag}\">{name}</span></li>"
            );
        } else {
            let _ = write!(
                out,
                "<li><a id=\"language-switch\" href=\"{}\" hreflang=\"{tag}\" lang=\"{tag}\">{name}</a></li>",
                escape(&p.switch_href)
            );
        }
    }
    out.push_str("</ul></nav>");
}

/// A problem with the link, with a button that closes it.
fn notice(
    out: &mut String,
    testid: &str,
    title: Msg,
    body: &str,
    kept: Msg,
    button: Msg,
    lang: Lang,
) {
    let _ = write!(
        out,
        "<div class=\"app-notice app-notice--error\" role=\"alert\" data-testid=\"{testid}\">\
<h2 class=\"app-notice__title\">{}</h2>{body}<p>{}</p>\
<button type=\"button\" class=\"app-button app-button--secondary\" {DISMISS_ATTRIBUTE}>{}</button></div>",
        escape(t(lang, title)),
        escape(t(lang, kept)),
        escape(t(lang, button))
    );
}

fn notices(out: &mut String, p: &Page) {
    let lang = p.lang;
    if let Some(message) = &p.broken {
        let body = format!("<p>{}</p>", escape(message));
        let (title, kept) = (Msg::PageBrokenLinkTitle, Msg::PageBrokenLinkKept);
        notice(
            out,
            "link-problem",
            title,
            &body,
            kept,
            Msg::PageStartFromExample,
            lang,
        );
    }
    if !p.problems.is_empty() {
        let mut body = String::from("<ul class=\"app-list\">");
        for problem in &p.problems {
            let _ = write!(body, "<li>{}</li>", escape(problem));
        }
        body.push_str("</ul>");
        let (title, kept) = (Msg::PageBrokenOptionsTitle, Msg::PageBrokenOptionsKept);
        notice(
            out,
            "option-problem",
            title,
            &body,
            kept,
            Msg::PageCarryOn,
            lang,
        );
    }
}

/// "What if only this share of the planned savings arrives?": a range from 0 to 100%.
fn reality_check(out: &mut String, lang: Lang) {
    let _ = write!(
        out,
        "<div class=\"app-reality-check\"><label class=\"app-label\" for=\"{WHAT_IF_ID}\">{}</label>\
<div class=\"app-hint\" id=\"what-if-hint\" data-slot=\"what-if-hint\"></div>\
<div class=\"app-reality-check__control\">\
<input type=\"range\" id=\"{WHAT_IF_ID}\" min=\"0\" max=\"100\" step=\"5\" aria-describedby=\"what-if-hint\">\
<output for=\"{WHAT_IF_ID}\" class=\"app-reality-check__value\" data-testid=\"what-if-value\" data-slot=\"what-if-value\"></output>\
</div></div>",
        escape(t(lang, Msg::ResidentsWhatIfLabel))
    );
}

/// The share of the planned savings the reality check shows, as a whole percentage.
pub fn what_if_percent(shown: &Scenario) -> i64 {
    (shown.realisation * 100.0).round() as i64
}

/// The page's slots in two parts: the figures at a glance, written before the first paint, and
/// the rest (charts and the partners table), written as the later part is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The scenario's title, the reality check's words, the headlines and the plain English.
    Glance,
    /// The charts and the partners table.
    Later,
}

/// The HTML of each slot in `part` for the scenario as planned (`planned`) and as shown with
/// the reality check applied (`shown`, with its results `r`): `(slot name, html)`.
pub fn figures(
    part: Part,
    lang: Lang,
    planned: &Scenario,
    shown: &Scenario,
    r: &Results,
) -> Vec<(String, String)> {
    if part == Part::Glance {
        let hint = fill(
            lang,
            Msg::ResidentsWhatIfHint,
            &[("planned", &format_percent(planned.realisation, 0))],
        );
        let summary = words::summary(lang, shown, r);
        let source = planned
            .source
            .map(|source| ("source".to_owned(), markup::source(lang, source)));
        return [
            ("title".to_owned(), escape(&planned.title)),
            ("what-if-hint".to_owned(), escape(&hint)),
            (
                "what-if-value".to_owned(),
                format!("{}%", what_if_percent(shown)),
            ),
            (
                "headlines".to_owned(),
                super::results::headlines(lang, shown, r),
            ),
            ("plain-english".to_owned(), escape(&summary)),
        ]
        .into_iter()
        .chain(source)
        .collect();
    }
    let mut slots = vec![(
        "partners-table".to_owned(),
        super::results::partners_table(lang, shown, r),
    )];
    let data = [
        chart::annual(lang, r, &shown.currency),
        chart::cumulative(lang, r, &shown.currency),
    ];
    for ((id, title), data) in CHARTS.into_iter().zip(data) {
        slots.push((format!("{id}-drawing"), chart::drawing(lang, id, &data)));
        let table = chart::table(lang, t(lang, title), &data);
        slots.push((format!("{id}-table"), table));
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate, Source};
    use crate::examples::default_scenario;
    use crate::html::slot_selector;

    fn sample(lang: Lang, embed: bool) -> Page {
        Page {
            view: View::Summary,
            lang,
            embed,
            switch_href: "?lang=cy#s=x".into(),
            statement_href: "/?view=accessibility#s=x".into(),
            full_href: "/#s=x".into(),
            broken: None,
            problems: Vec::new(),
        }
    }

    #[test]
    fn every_slot_the_figures_fill_is_on_the_page() {
        let s = default_scenario(Lang::En);
        let r = evaluate(&s);
        let html = page(&sample(Lang::En, false));
        let all = [Part::Glance, Part::Later];
        for (name, content) in all
            .into_iter()
            .flat_map(|p| figures(p, Lang::En, &s, &s, &r))
        {
            let marker = slot_selector(&name);
            let marker = &marker[1..marker.len() - 1];
            assert!(html.contains(marker), "no slot {name}");
            assert!(!content.is_empty(), "slot {name} is empty");
        }
    }

    #[test]
    fn figures_from_a_publication_carry_its_attribution() {
        let typed = default_scenario(Lang::Cy);
        let r = evaluate(&typed);
        let slots = |s: &Scenario| figures(Part::Glance, Lang::Cy, s, s, &r);
        assert!(slots(&typed).iter().all(|(name, _)| name != "source"));
        let published = Scenario {
            source: Some(Source::EnglandBudgets2023),
            ..typed
        };
        let source = slots(&published)
            .into_iter()
            .find(|(name, _)| name == "source")
            .map(|(_, html)| html)
            .unwrap_or_default();
        assert!(
            source.contains("Drwydded Llywodraeth Agored v3.0"),
            "{source}"
        );
        assert!(source.contains("mySociety, CC BY 4.0"), "{source}");
    }

    #[test]
    fn only_the_figures_at_a_glance_are_drawn_before_the_first_paint() {
        let s = default_scenario(Lang::En);
        let r = evaluate(&s);
        let later: Vec<String> = figures(Part::Later, Lang::En, &s, &s, &r)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert!(later.contains(&"chart-annual-drawing".to_owned()));
        assert!(!later.contains(&"headlines".to_owned()));
        let html = page(&sample(Lang::En, false));
        let later = html.find("id=\"later\" hidden").unwrap_or(0);
        let headlines = html.find("data-slot=\"headlines\"").unwrap_or(usize::MAX);
        assert!(later > 0 && headlines < later);
        assert!(html
            .find("data-slot=\"chart-annual-drawing\"")
            .is_some_and(|at| at > later));
    }

    #[test]
    fn an_embedded_page_has_no_header_or_footer_and_opens_links_in_a_new_tab() {
        let html = page(&sample(Lang::En, true));
        assert!(!html.contains("<header") && !html.contains("<footer"));
        assert!(html.contains("target=\"_blank\" rel=\"noopener\" data-testid=\"open-full\""));
        let full = page(&sample(Lang::En, false));
        assert!(full.contains("<header") && full.contains("<footer"));
        assert!(full.contains("<a class=\"app-skip-link\" href=\"#main\">"));
    }

    #[test]
    fn the_statement_is_the_same_frame_with_the_statement_inside() {
        let mut p = sample(Lang::En, false);
        p.view = View::Accessibility;
        let html = page(&p);
        assert!(html.contains(&format!(
            "<h1 class=\"app-title\">{}</h1>",
            t(Lang::En, Msg::StatementHeading)
        )));
        assert!(html.contains("data-testid=\"statement-back\"") && html.contains("<footer"));
        assert!(!html.contains("data-slot") && !html.contains(WHAT_IF_ID));
    }

    #[test]
    fn a_broken_link_is_explained_over_the_example() {
        let mut p = sample(Lang::Cy, false);
        p.broken = Some("Nid yw'r ddolen yn gyflawn".into());
        p.problems = vec!["Opsiwn 2".into()];
        let html = page(&p);
        assert!(html.contains("data-testid=\"link-problem\""));
        assert!(html.contains("<p>Nid yw&#39;r ddolen yn gyflawn</p>"));
        assert!(
            html.contains("data-testid=\"option-problem\"") && html.contains("<li>Opsiwn 2</li>")
        );
        assert_eq!(html.matches(DISMISS_ATTRIBUTE).count(), 2);
    }

    #[test]
    fn the_reality_check_shows_the_share_that_arrives() {
        let planned = default_scenario(Lang::En);
        let mut shown = planned.clone();
        shown.realisation = 0.5;
        let r = evaluate(&shown);
        let slots = figures(Part::Glance, Lang::En, &planned, &shown, &r);
        let value = slots.iter().find(|(n, _)| n == "what-if-value");
        assert_eq!(value.map(|v| v.1.as_str()), Some("50%"));
        let npv = crate::engine::format_money(r.npv, &shown.currency);
        let headlines = slots.iter().find(|(n, _)| n == "headlines");
        assert!(headlines.is_some_and(|h| h.1.contains(&npv)));
    }
}
