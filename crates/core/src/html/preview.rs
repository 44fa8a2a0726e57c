//! The calculator's page as the residents' program draws it while the calculator is still on
//! its way: on a slow phone the calculator's program takes several seconds to download, the
//! residents' a fraction of that, so the loader starts the small one first. It draws the
//! calculator's own frame, heading and figures at a glance in the calculator's layout, and
//! where the editor will be, a status saying the calculator is loading. Nothing in it can be
//! typed into, so nothing is lost when the calculator takes the page over: the calculator
//! draws the same parts in the same places ([`LOADING_CLASS`] until its editor is drawn), so
//! nothing visibly moves.

use super::residents::Page;
use super::results::glance;
use super::{frame, Html};
use crate::examples::EXAMPLES;
use crate::i18n::{t, Lang, Msg};

/// The classes of the loading status's box: it stands where the editor will be.
const LOADING_CLASS: &str = "app-editor app-loading";

/// The test id of the loading status's box.
pub const LOADING_TESTID: &str = "loading";

/// "Loading the calculator…", a status (read out politely by screen readers).
fn loading_status(lang: Lang) -> Html {
    let mut out = Html::with_capacity(128);
    out.wrap(
        "<p class=\"app-loading__status\" role=\"status\">",
        t(lang, Msg::CalculatorLoading),
        "</p>",
    );
    out
}

/// The calculator's example picker and "Start from real councils" as they will stand, with
/// nothing to choose yet (disabled), so that the figures below are where the calculator will
/// draw them.
fn examples(lang: Lang) -> Html {
    let mut out = Html::with_capacity(512);
    out.wrap(
        "<div class=\"app-examples\"><div class=\"app-form-group app-form-group--inline\"><label class=\"app-label\" for=\"example\">",
        t(lang, Msg::ExamplesLabel),
        "</label><select class=\"app-select\" id=\"example\" disabled>",
    );
    for example in EXAMPLES {
        out.wrap("<option>", t(lang, example.title), "</option>");
    }
    out.wrap(
        "</select><button type=\"button\" class=\"app-button app-button--secondary\" disabled>",
        t(lang, Msg::ExamplesUse),
        "</button></div><p class=\"app-hint\"></p></div>",
    )
    // "Start from real councils", closed, as the calculator first draws it.
    .wrap(
        "<details class=\"app-details app-councils\"><summary>",
        t(lang, Msg::CouncilsHeading),
        "</summary></details>",
    );
    out
}

/// The calculator's content before it has loaded: the notices about the link, the lead, the
/// example picker, and the layout holding the figures at a glance and the loading status.
pub fn content(p: &Page) -> Html {
    let lang = p.lang;
    let mut out = Html::with_capacity(2048);
    out.push_html(&frame::notices(lang, p.broken.as_deref(), &p.problems))
        .wrap(
            "<p class=\"app-lead\">",
            t(lang, Msg::CalculatorLead),
            "</p>",
        )
        .push_html(&if p.lock {
            Html::default()
        } else {
            examples(lang)
        })
        .push(if p.lock {
            "<div class=\"app-layout app-layout--locked\">"
        } else {
            "<div class=\"app-layout\">"
        })
        .push_html(&glance(lang))
        .push("<div class=\"")
        .push(LOADING_CLASS)
        .push("\" data-testid=\"")
        .push(LOADING_TESTID)
        .push("\">")
        .push_html(&loading_status(lang))
        .push("</div></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::View;
    use crate::html::residents::{page, sample_page};

    fn sample(lang: Lang, lock: bool) -> Page {
        Page {
            lock,
            ..sample_page(View::Editor, lang)
        }
    }

    #[test]
    fn the_preview_is_the_calculators_heading_and_figures_with_a_loading_status() {
        let html = String::from(page(&sample(Lang::Cy, false)));
        let heading = Html::text(t(Lang::Cy, Msg::PageHeadingEditor));
        assert!(html.contains(&format!(
            "<h1 class=\"app-title\">{}</h1>",
            heading.as_str()
        )));
        for slot in ["headlines", "plain-english"] {
            assert!(html.contains(&format!("data-slot=\"{slot}\"")), "{slot}");
        }
        let status = Html::text(t(Lang::Cy, Msg::CalculatorLoading));
        assert!(html.contains(&format!("role=\"status\">{}</p>", status.as_str())));
        // The glance comes before the loading status, which stands where the editor will be.
        let glance = html.find("class=\"app-glance\"").unwrap_or(usize::MAX);
        let loading = html.find(LOADING_CLASS).unwrap_or(0);
        assert!(glance < loading);
        // Nothing to type into or choose (the example picker is disabled), nothing of the
        // summary's.
        assert!(!html.contains("<input"));
        assert_eq!(
            html.matches("<select").count(),
            html.matches("<select class=\"app-select\" id=\"example\" disabled>")
                .count()
        );
        assert!(html.contains("id=\"example\" disabled>"));
        assert!(!html.contains("data-slot=\"what-if-value\""));
    }

    #[test]
    fn a_locked_preview_has_the_locked_layout_and_no_examples() {
        let locked = String::from(page(&sample(Lang::En, true)));
        assert!(locked.contains("class=\"app-layout app-layout--locked\""));
        assert!(!locked.contains("app-examples"));
        let open = String::from(page(&sample(Lang::En, false)));
        assert!(open.contains("class=\"app-layout\""));
    }
}
