//! Every text path through `sharecalc_core::html` escapes: a scenario whose every name, title
//! and label is hostile markup, a link problem, hrefs and chart words all hostile, fed through
//! every public function that writes HTML, in both languages. The words must come out as
//! words (`&lt;script&gt;&amp;&quot;&#39;`), never as markup.

use sharecalc_core::display::View;
use sharecalc_core::engine::{evaluate, Split};
use sharecalc_core::examples::default_scenario;
use sharecalc_core::html::chart::{self, ChartData, Series};
use sharecalc_core::html::frame::{self, Frame};
use sharecalc_core::html::residents::{self, Page, Part};
use sharecalc_core::html::results;
use sharecalc_core::html::statement::statement;
use sharecalc_core::html::Html;
use sharecalc_core::i18n::Lang;

/// Text that would be markup if it went in unescaped.
const HOSTILE: &str = "<script>&\"'";

/// `HOSTILE` as it must come out.
const ESCAPED: &str = "&lt;script&gt;&amp;&quot;&#39;";

/// The HTML has the hostile words, escaped, and no markup from them.
fn escapes(what: &str, html: &Html) {
    let html = html.as_str();
    assert!(!html.contains("<script"), "{what}: raw <script in {html}");
    assert!(!html.contains("&\"'"), "{what}: raw &\"' in {html}");
    assert!(
        html.contains(ESCAPED),
        "{what}: the words are missing from {html}"
    );
}

fn hostile(text: &str) -> String {
    format!("{text} {HOSTILE}")
}

#[test]
fn every_text_path_through_html_escapes() {
    for lang in Lang::ALL {
        let mut s = default_scenario(lang);
        s.title = hostile(&s.title);
        for p in &mut s.partners {
            p.name = hostile(&p.name);
        }
        let partners = s.partners.len();
        for (i, service) in s.services.iter_mut().enumerate() {
            service.name = hostile(&service.name);
            if i == 0 {
                let values = (1..=partners).map(|v| v as f64).collect();
                let label = hostile("Claims");
                service.split = Split::Driver { label, values };
            }
        }
        let r = evaluate(&s);
        assert!(r.npv.is_finite(), "the hostile scenario still evaluates");

        // Results: the partners table carries the partners' names.
        escapes("partners table", &results::partners_table(lang, &s, &r));
        escapes("table region", &results::table_region("h", HOSTILE, "t"));
        for (what, html) in [
            ("headlines", results::headlines(lang, &s, &r)),
            ("years table", results::years_table(lang, &r, &s.currency)),
            ("evidence", results::evidence(lang)),
        ] {
            let html = html.as_str();
            assert!(
                !html.contains("<script") && !html.contains("&\"'"),
                "{what}"
            );
        }

        // Charts: the computed ones, and one whose every word is hostile (the calculator names
        // series after the options kept to compare).
        let data = ChartData {
            labels: vec![hostile("2027/28")],
            series: vec![
                Series {
                    name: hostile("Option"),
                    class: "shared",
                    values: vec![1.0],
                },
                Series {
                    name: hostile("Other"),
                    class: "standalone",
                    values: vec![-1.0],
                },
            ],
            marker: Some((0, hostile("Pays back"))),
            currency: s.currency.clone(),
            description: hostile("Rises"),
        };
        escapes("chart drawing", &chart::drawing(lang, "c", &data));
        escapes("chart table", &chart::table(lang, HOSTILE, &data));
        escapes("chart skeleton", &chart::skeleton(lang, "c", HOSTILE));
        for computed in [
            chart::annual(lang, &r, &s.currency),
            chart::cumulative(lang, &r, &s.currency),
        ] {
            let drawn = chart::drawing(lang, "c", &computed);
            assert!(!drawn.as_str().contains("<script"));
        }

        // The statement's link back, and the frame's links, notices and slots.
        escapes("statement", &statement(lang, HOSTILE));
        for embed in [false, true] {
            let f = Frame {
                lang,
                embed,
                switch_href: HOSTILE,
                statement_href: HOSTILE,
            };
            escapes(
                "frame page",
                &frame::page(&f, HOSTILE, &Html::text(HOSTILE)),
            );
            escapes("frame top", &frame::top(&f));
            let end = if embed {
                frame::main_end(&f)
            } else {
                frame::bottom(&f)
            };
            escapes("frame end", &end);
            escapes(
                "statement link",
                &frame::statement_link(lang, embed, HOSTILE),
            );
        }
        escapes("language items", &frame::language_items(lang, HOSTILE));
        let problems = vec![HOSTILE.to_owned()];
        escapes(
            "notice list",
            &frame::notice_list(lang, Some((HOSTILE, frame::Instead::WhatYouHad)), &[]),
        );
        escapes("notices", &frame::notices(lang, None, &problems));

        // The residents' pages (the summary, the statement, the calculator's preview), and every
        // slot their figures fill.
        for view in [View::Summary, View::Accessibility, View::Editor] {
            let page = Page {
                view,
                lang,
                embed: false,
                lock: false,
                switch_href: HOSTILE.to_owned(),
                statement_href: HOSTILE.to_owned(),
                full_href: HOSTILE.to_owned(),
                broken: Some(HOSTILE.to_owned()),
                problems: problems.clone(),
            };
            escapes("residents' page", &residents::page(&page));
        }
        for part in [Part::Glance, Part::Later] {
            for (name, html) in residents::figures(part, lang, &s, &s, &r) {
                let html = html.as_str();
                assert!(
                    !html.contains("<script") && !html.contains("&\"'"),
                    "{name}"
                );
            }
        }
        let glance = residents::figures(Part::Glance, lang, &s, &s, &r);
        let title = glance.iter().find(|(name, _)| name == "title");
        assert!(title.is_some_and(|(_, html)| html.as_str().contains(ESCAPED)));
    }
}
