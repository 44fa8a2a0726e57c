//! The residents' page (`?view=summary`) as HTML: a linked scenario's figures, read-only, with
//! one control, "what if only this share of the planned savings arrives?". It is written once
//! per scenario; the figures' slots are written again as the control moves. The words and the
//! look are the calculator's own (the same messages, classes, frame and results markup).

use super::chart;
use super::frame::{self, Frame};
use super::results::{evidence, glance, table_region};
use super::statement::statement;
use super::Html;
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
    /// `lock=1`: the calculator shows the figures only (its preview has no editor to wait for).
    pub lock: bool,
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

/// The whole page in its frame, with empty slots for [`figures`] to fill. For the calculator's
/// address ([`View::Editor`]) it is the calculator's preview ([`super::preview`]).
pub fn page(p: &Page) -> Html {
    let lang = p.lang;
    let frame = Frame {
        lang,
        embed: p.embed,
        switch_href: &p.switch_href,
        statement_href: &p.statement_href,
    };
    let (heading, content) = match p.view {
        View::Accessibility => (Msg::StatementHeading, statement(lang, &p.full_href)),
        View::Summary => (Msg::PageHeadingSummary, summary(p)),
        View::Editor => (Msg::PageHeadingEditor, super::preview::content(p)),
    };
    frame::page(&frame, t(lang, heading), &content)
}

/// The summary's content: problems with the link, the reality check, the figures at a glance,
/// and the later part (charts, partners, evidence).
fn summary(p: &Page) -> Html {
    let lang = p.lang;
    let mut out = Html::with_capacity(16 * 1024);
    out.push_html(&frame::notices(
        lang,
        p.broken.as_deref().map(|b| (b, frame::Instead::Example)),
        &p.problems,
    ))
    .push("<h2 class=\"app-scenario-title\" data-slot=\"title\"></h2>");
    reality_check(&mut out, lang);
    out.push_html(&glance(lang));
    // Drawn just after the first paint (see [`LATER_ID`]).
    out.push("<div id=\"")
        .push(LATER_ID)
        .push("\" hidden><div class=\"app-charts\">");
    for (id, title) in CHARTS {
        out.push_html(&chart::skeleton(lang, id, t(lang, title)));
    }
    out.push("</div>");
    let heading = t(lang, Msg::ResultsPartnersHeading);
    out.push_html(&table_region(
        "partners-table-heading",
        heading,
        "partners-table",
    ));
    out.push_html(&table_region(
        "cash-table-heading",
        t(lang, Msg::ResultsCashHeading),
        "cash-table",
    ));
    out.push("<p class=\"app-open-full\"><a")
        .attribute("href", &p.full_href)
        .push(if p.embed {
            " target=\"_blank\" rel=\"noopener\""
        } else {
            ""
        })
        .wrap(
            " data-testid=\"open-full\">",
            t(lang, Msg::ResidentsOpenFull),
            "",
        );
    if p.embed {
        out.wrap(
            "<span class=\"app-visually-hidden\"> ",
            t(lang, Msg::ResidentsNewTab),
            "</span>",
        );
    }
    out.push("</a></p>")
        .push_html(&evidence(lang))
        .push("</div>")
        .push("<div class=\"app-visually-hidden\" aria-live=\"polite\" aria-atomic=\"true\" data-testid=\"announcer\" data-slot=\"announcer\"></div>");
    out
}

/// "What if only this share of the planned savings arrives?": a range from 0 to 100%. Its
/// `<output>` (a status by default) is not live: the range itself speaks each step, and the
/// page's announcer speaks the settled figures, so nothing is read twice.
fn reality_check(out: &mut Html, lang: Lang) {
    out.push("<div class=\"app-reality-check\"><label class=\"app-label\" for=\"")
        .push(WHAT_IF_ID)
        .wrap("\">", t(lang, Msg::ResidentsWhatIfLabel), "</label>")
        .push(
            "<div class=\"app-hint\" id=\"what-if-hint\" data-slot=\"what-if-hint\"></div>\
<div class=\"app-reality-check__control\"><input type=\"range\" id=\"",
        )
        .push(WHAT_IF_ID)
        .push("\" min=\"0\" max=\"100\" step=\"5\" aria-describedby=\"what-if-hint\"><output aria-live=\"off\" for=\"")
        .push(WHAT_IF_ID)
        .push("\" class=\"app-reality-check__value\" data-testid=\"what-if-value\" data-slot=\"what-if-value\"></output></div></div>");
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
) -> Vec<(String, Html)> {
    if part == Part::Glance {
        let hint = fill(
            lang,
            Msg::ResidentsWhatIfHint,
            &[("planned", &format_percent(planned.realisation, 0))],
        );
        let summary = words::summary(lang, shown, r);
        let percent = format!("{}%", what_if_percent(shown));
        let source = planned
            .source
            .map(|source| ("source".to_owned(), markup::source(lang, source)));
        return [
            ("title".to_owned(), Html::text(&planned.title)),
            ("what-if-hint".to_owned(), Html::text(&hint)),
            ("what-if-value".to_owned(), Html::text(&percent)),
            (
                "headlines".to_owned(),
                super::results::headlines(lang, shown, r),
            ),
            ("plain-english".to_owned(), Html::text(&summary)),
        ]
        .into_iter()
        .chain(source)
        .collect();
    }
    let mut slots = vec![
        (
            "partners-table".to_owned(),
            super::results::partners_table(lang, shown, r),
        ),
        (
            "cash-table".to_owned(),
            super::results::cash_table(lang, shown, r),
        ),
    ];
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

/// A page of `view` with made-up links, for the tests of the pages drawn from a [`Page`].
#[cfg(test)]
pub(crate) fn sample_page(view: View, lang: Lang) -> Page {
    Page {
        view,
        lang,
        embed: false,
        lock: false,
        switch_href: "?lang=cy#s=x".into(),
        statement_href: "/?view=accessibility#s=x".into(),
        full_href: "/#s=x".into(),
        broken: None,
        problems: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate, Source};
    use crate::examples::default_scenario;
    use crate::html::slot_selector;

    fn sample(lang: Lang, embed: bool) -> Page {
        Page {
            embed,
            ..sample_page(View::Summary, lang)
        }
    }

    #[test]
    fn every_slot_the_figures_fill_is_on_the_page() {
        let s = default_scenario(Lang::En);
        let r = evaluate(&s);
        let html = String::from(page(&sample(Lang::En, false)));
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
            .map(|(_, html)| String::from(html))
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
        let html = String::from(page(&sample(Lang::En, false)));
        let later = html.find("id=\"later\" hidden").unwrap_or(0);
        let headlines = html.find("data-slot=\"headlines\"").unwrap_or(usize::MAX);
        assert!(later > 0 && headlines < later);
        assert!(html
            .find("data-slot=\"chart-annual-drawing\"")
            .is_some_and(|at| at > later));
    }

    #[test]
    fn an_embedded_page_has_no_header_or_footer_and_opens_links_in_a_new_tab() {
        let html = String::from(page(&sample(Lang::En, true)));
        assert!(!html.contains("<header") && !html.contains("<footer"));
        assert!(html.contains("target=\"_blank\" rel=\"noopener\" data-testid=\"open-full\""));
        let full = String::from(page(&sample(Lang::En, false)));
        assert!(full.contains("<header") && full.contains("<footer"));
        assert!(
            full.contains("<a class=\"app-skip-link\" href=\"#main\" data-frame-click=\"skip\">")
        );
    }

    #[test]
    fn the_statement_is_the_same_frame_with_the_statement_inside() {
        let mut p = sample(Lang::En, false);
        p.view = View::Accessibility;
        let html = String::from(page(&p));
        assert!(html.contains(&format!(
            "<h1 class=\"app-title\">{}</h1>",
            t(Lang::En, Msg::StatementHeading)
        )));
        assert!(html.contains("data-testid=\"statement-back\"") && html.contains("<footer"));
        // None of the figures' slots: only the frame's.
        let s = default_scenario(Lang::En);
        let r = evaluate(&s);
        let all = [Part::Glance, Part::Later];
        for (name, _) in all
            .into_iter()
            .flat_map(|p| figures(p, Lang::En, &s, &s, &r))
        {
            assert!(!html.contains(&format!("data-slot=\"{name}\"")), "{name}");
        }
        assert!(!html.contains(WHAT_IF_ID));
    }

    #[test]
    fn a_broken_link_is_explained_over_the_example() {
        let mut p = sample(Lang::Cy, false);
        p.broken = Some("Nid yw'r ddolen yn gyflawn".into());
        p.problems = vec!["Opsiwn 2".into()];
        let html = String::from(page(&p));
        assert!(html.contains("data-testid=\"link-problem\""));
        assert!(html.contains("<p>Nid yw&#39;r ddolen yn gyflawn</p>"));
        assert!(
            html.contains("data-testid=\"option-problem\"") && html.contains("<li>Opsiwn 2</li>")
        );
        let close = format!("{}=\"close-", frame::CLICK_ATTRIBUTE);
        assert_eq!(html.matches(&close).count(), 2);
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
        assert!(headlines.is_some_and(|h| h.1.as_str().contains(&npv)));
    }

    /// The sentence of `text` holding the first `term`, if any.
    fn first_sentence_with<'a>(text: &'a str, term: &str) -> Option<&'a str> {
        text.split_inclusive(". ")
            .find(|sentence| sentence.contains(term))
    }

    #[test]
    fn the_summary_explains_green_book_and_real_terms_where_they_first_appear() {
        let cases = [
            (
                Lang::En,
                "Green Book",
                "HM Treasury",
                "real terms",
                "inflation",
            ),
            (
                Lang::Cy,
                "Llyfr Gwyrdd",
                "Trysorlys EF",
                "termau real",
                "chwyddiant",
            ),
        ];
        for (lang, book, who, real, inflation) in cases {
            let s = default_scenario(lang);
            let r = evaluate(&s);
            let frame = String::from(page(&sample(lang, false)));
            // Neither term is in the page's own words: they first come with the figures, in
            // the order the page shows them.
            assert!(!frame.contains(book) && !frame.contains(real));
            let text: String = figures(Part::Glance, lang, &s, &s, &r)
                .iter()
                .chain(&figures(Part::Later, lang, &s, &s, &r))
                .map(|(_, html)| html.as_str().replace("&#39;", "'"))
                .collect::<Vec<_>>()
                .join(" ");
            let sentence = first_sentence_with(&text, book);
            assert!(sentence.is_some_and(|x| x.contains(who)), "{sentence:?}");
            let sentence = first_sentence_with(&text, real);
            assert!(
                sentence.is_some_and(|x| x.contains(inflation)),
                "{sentence:?}"
            );
        }
    }

    #[test]
    fn the_reality_check_value_is_not_spoken_at_each_step() {
        let mut html = Html::with_capacity(512);
        reality_check(&mut html, Lang::En);
        assert!(
            html.as_str()
                .contains("<output aria-live=\"off\" for=\"what-if\""),
            "{}",
            html.as_str()
        );
    }
}
