//! The accessibility statement (`?view=accessibility`), in the form UK public bodies publish:
//! what works, what does not yet, how to report a problem, enforcement, compliance and how it
//! was tested. A council that publishes sharecalc links to this and adds its own contacts. It is
//! drawn by the residents' program, so that reading it never downloads the calculator.

use super::Html;
use crate::i18n::{t, Lang, Msg};

const ABILITYNET: &str = "https://mcmw.abilitynet.org.uk/";
const EASS: &str = "https://www.equalityadvisoryservice.com/";

/// One part of the statement.
enum Part {
    Paragraph(Msg),
    Heading(Msg),
    List(&'static [Msg]),
    Link(&'static str, Msg),
}

use Part::{Heading, Link, List, Paragraph};

/// The statement, in order.
const PARTS: &[Part] = &[
    Paragraph(Msg::StatementApplies),
    Paragraph(Msg::StatementAbleIntro),
    List(&[
        Msg::StatementAbleColours,
        Msg::StatementAbleZoom,
        Msg::StatementAbleKeyboard,
        Msg::StatementAbleSpeech,
        Msg::StatementAbleScreenReader,
        Msg::StatementAbleTables,
        Msg::StatementAbleWelsh,
    ]),
    Paragraph(Msg::StatementPlain),
    Link(ABILITYNET, Msg::StatementAbilitynet),
    Heading(Msg::StatementHowHeading),
    Paragraph(Msg::StatementHowIntro),
    List(&[
        Msg::StatementHowTables,
        Msg::StatementHowWelsh,
        Msg::StatementHowPeople,
    ]),
    Heading(Msg::StatementFeedbackHeading),
    Paragraph(Msg::StatementFeedbackCouncil),
    Paragraph(Msg::StatementFeedbackPublishers),
    Heading(Msg::StatementReportingHeading),
    Paragraph(Msg::StatementReporting),
    Heading(Msg::StatementEnforcementHeading),
    Paragraph(Msg::StatementEnforcement),
    Link(EASS, Msg::StatementEass),
    Heading(Msg::StatementTechnicalHeading),
    Paragraph(Msg::StatementTechnical),
    Heading(Msg::StatementComplianceHeading),
    Paragraph(Msg::StatementCompliance),
    Heading(Msg::StatementTestedHeading),
    Paragraph(Msg::StatementTestedIntro),
    List(&[
        Msg::StatementTestedAxe,
        Msg::StatementTestedKeyboard,
        Msg::StatementTestedReflow,
    ]),
    Paragraph(Msg::StatementPrepared),
];

/// The statement, with a link back to the calculator (`back`, keeping the scenario).
pub fn statement(lang: Lang, back: &str) -> Html {
    let words = |m: Msg| t(lang, m);
    let mut out = Html::with_capacity(8 * 1024);
    out.push("<div class=\"app-statement\"><p><a")
        .attribute("href", back)
        .wrap(
            " data-testid=\"statement-back\">",
            words(Msg::StatementBack),
            "</a></p>",
        );
    for part in PARTS {
        match part {
            Paragraph(m) => out.wrap("<p>", words(*m), "</p>"),
            Heading(m) => out.wrap("<h2>", words(*m), "</h2>"),
            Link(href, m) => {
                out.push("<p><a href=\"")
                    .push(href)
                    .wrap("\">", words(*m), "</a></p>")
            }
            List(items) => {
                out.push("<ul class=\"app-list\">");
                for m in *items {
                    out.wrap("<li>", words(*m), "</li>");
                }
                out.push("</ul>")
            }
        };
    }
    out.push("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_has_every_section_and_links_back() {
        let html = statement(Lang::En, "/?lang=cy#s=a&b");
        let html = html.as_str();
        assert!(html.contains("<a href=\"/?lang=cy#s=a&amp;b\" data-testid=\"statement-back\">"));
        assert_eq!(html.matches("<h2>").count(), 7);
        assert!(html.contains(ABILITYNET) && html.contains(EASS));
        let welsh = statement(Lang::Cy, "/");
        let heading = Html::text(t(Lang::Cy, Msg::StatementEnforcementHeading));
        assert!(welsh.as_str().contains(heading.as_str()));
    }
}
