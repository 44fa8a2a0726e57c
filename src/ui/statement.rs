//! The accessibility statement (`?view=accessibility`), in the form UK public bodies publish:
//! what works, what does not yet, how to report a problem, enforcement, compliance and how it
//! was tested. A council that publishes sharecalc links to this and adds its own contacts.

use leptos::prelude::*;

use super::link::page_base;
use super::state::{use_calc, use_lang};
use crate::display::{DisplayOptions, View};
use crate::embed_code::app_url;
use crate::i18n::{t, Msg};

const ABILITYNET: &str = "https://mcmw.abilitynet.org.uk/";
const EASS: &str = "https://www.equalityadvisoryservice.com/";

/// The address of the page in `view` with the scenario `fragment`, keeping the language and
/// other display options; never embedded, as it opens outside the council's frame.
pub fn view_href(view: View, fragment: &str) -> String {
    let options = DisplayOptions {
        view,
        embed: false,
        ..expect_context::<DisplayOptions>()
    };
    app_url(&page_base(), &options, fragment)
}

fn list(lang: crate::i18n::Lang, items: &[Msg]) -> impl IntoView {
    let items: Vec<_> = items
        .iter()
        .map(|m| view! { <li>{t(lang, *m)}</li> })
        .collect();
    view! { <ul class="app-list">{items}</ul> }
}

/// The statement's sections, each a heading and its paragraphs.
#[component]
pub fn Statement() -> impl IntoView {
    let lang = use_lang();
    let back = use_calc()
        .fragment
        .with_untracked(|f| view_href(View::Editor, f));
    let p = move |m: Msg| view! { <p>{t(lang, m)}</p> };
    let h2 = move |m: Msg| view! { <h2>{t(lang, m)}</h2> };
    view! {
        <div class="app-statement">
            <p><a href=back data-testid="statement-back">{t(lang, Msg::StatementBack)}</a></p>
            {p(Msg::StatementApplies)}
            {p(Msg::StatementAbleIntro)}
            {list(lang, &[
                Msg::StatementAbleColours,
                Msg::StatementAbleZoom,
                Msg::StatementAbleKeyboard,
                Msg::StatementAbleSpeech,
                Msg::StatementAbleScreenReader,
                Msg::StatementAbleTables,
                Msg::StatementAbleWelsh,
            ])}
            {p(Msg::StatementPlain)}
            <p><a href=ABILITYNET>{t(lang, Msg::StatementAbilitynet)}</a></p>
            {h2(Msg::StatementHowHeading)}
            {p(Msg::StatementHowIntro)}
            {list(lang, &[Msg::StatementHowTables, Msg::StatementHowWelsh, Msg::StatementHowPeople])}
            {h2(Msg::StatementFeedbackHeading)}
            {p(Msg::StatementFeedbackCouncil)}
            {p(Msg::StatementFeedbackPublishers)}
            {h2(Msg::StatementReportingHeading)}
            {p(Msg::StatementReporting)}
            {h2(Msg::StatementEnforcementHeading)}
            {p(Msg::StatementEnforcement)}
            <p><a href=EASS>{t(lang, Msg::StatementEass)}</a></p>
            {h2(Msg::StatementTechnicalHeading)}
            {p(Msg::StatementTechnical)}
            {h2(Msg::StatementComplianceHeading)}
            {p(Msg::StatementCompliance)}
            {h2(Msg::StatementTestedHeading)}
            {p(Msg::StatementTestedIntro)}
            {list(lang, &[Msg::StatementTestedAxe, Msg::StatementTestedKeyboard, Msg::StatementTestedReflow])}
            {p(Msg::StatementPrepared)}
        </div>
    }
}
