//! The page frame: header, main content and footer, and the one place where the data flow
//! is wired and provided to every component, with the display options from the query string.

use leptos::prelude::*;

use super::announce::Announcer;
use super::calculator::Calculator;
use super::language::{follow_language, LanguageSwitch};
use super::link::{current_fragment, page_base, read_fragment, sync_with_address_bar, LinkProblem};
use super::state::{use_lang, Calc};
use sharecalc_core::codec::LinkError;
use sharecalc_core::display::{DisplayOptions, View};
use sharecalc_core::embed_code::app_url;
use sharecalc_core::examples::default_scenario;
use sharecalc_core::i18n::{fill, t, Msg};
use sharecalc_web::frame::report_height_to_host;
use sharecalc_web::options::display_options;

/// The whole app, mounted on `<body>` by `main.rs`: the state, wired once, and the page,
/// drawn again in full when the language changes.
#[component]
pub fn App() -> impl IntoView {
    let options = display_options();
    provide_context(options.clone());
    let broken = RwSignal::new(None::<LinkError>);
    let problems = RwSignal::new(Vec::<LinkProblem>::new());
    let opened = read_fragment(&current_fragment());
    let initial = match opened.editing {
        None => default_scenario(options.lang),
        Some(Ok(s)) => s,
        Some(Err(message)) => {
            broken.set(Some(message));
            default_scenario(options.lang)
        }
    };
    let calc = Calc::new(initial, options.lang);
    calc.others.set(opened.others);
    problems.set(opened.problems);
    provide_context(calc);
    // Kept while the language changes: the real councils' picker, notes beside boxes, Undo.
    let notes = super::box_notes::BoxNotes::new();
    provide_context(notes);
    provide_context(super::replace::Replacer::new(notes));
    provide_context(super::councils::Picker::new());
    sync_with_address_bar(calc, broken, problems);
    report_height_to_host();
    follow_language();
    // GOV.UK pattern: "Error: " before the page title while a problem stands.
    // A memo, so the title is written when a problem comes or goes, not on every key press.
    let stale = Memo::new(move |_| calc.is_stale());
    Effect::new(move || {
        let lang = calc.lang.get();
        let title = t(lang, Msg::PageTitle);
        let title = if stale.get() {
            fill(lang, Msg::PageTitleError, &[("title", &title)])
        } else {
            title.to_owned()
        };
        document().set_title(&title);
    });
    move || {
        calc.lang.track();
        view! { <Frame broken problems /> }
    }
}

/// Header, main content and footer in the page's language.
#[component]
fn Frame(
    broken: RwSignal<Option<LinkError>>,
    problems: RwSignal<Vec<LinkProblem>>,
) -> impl IntoView {
    let calc = super::state::use_calc();
    let lang = use_lang();
    // Children read the language from here or from `use_lang`, never the one the page opened in.
    let options = DisplayOptions {
        lang,
        ..expect_context::<DisplayOptions>()
    };
    provide_context(options.clone());
    let start_again = move |_| {
        calc.draft.load(&default_scenario(lang));
        broken.set(None);
    };
    let embed = options.embed;
    // The accessibility statement, never embedded, with the scenario and the language.
    let statement_options = DisplayOptions {
        view: View::Accessibility,
        embed: false,
        ..options.clone()
    };
    let statement = Memo::new(move |_| {
        calc.settled_fragment
            .with(|f| app_url(&page_base(), &statement_options, f))
    });
    // Inside a council's page the statement opens in a new tab, leaving the host page alone.
    let statement_target = embed.then_some("_blank");
    view! {
        <div class="app-page" class:app-page--embed=embed>
            {(!embed).then(|| view! {
                <a class="app-skip-link" href="#main" on:click=|ev| {
                    ev.prevent_default();
                    super::focus::focus_now("main");
                }>{t(lang, Msg::PageSkipLink)}</a>
                <header class="app-header">
                    <div class="app-width">
                        <p class="app-header__name">"sharecalc"</p>
                        <p class="app-header__tagline">{t(lang, Msg::PageBrandTagline)}</p>
                    </div>
                </header>
            })}
            <main class="app-main app-width" id="main" tabindex="-1">
                <LanguageSwitch />
                <h1 class="app-title">{t(lang, Msg::PageHeadingEditor)}</h1>
                {move || broken.get().map(|message| view! {
                    <div class="app-notice app-notice--error" role="alert" data-testid="link-problem">
                        <h2 class="app-notice__title">{t(lang, Msg::PageBrokenLinkTitle)}</h2>
                        <p>{message.message(lang)}</p>
                        <p>{t(lang, Msg::PageBrokenLinkKept)}</p>
                        <button type="button" class="app-button app-button--secondary" on:click=start_again>{t(lang, Msg::PageStartFromExample)}</button>
                    </div>
                })}
                <Show when=move || problems.with(|p| !p.is_empty())>
                    <div class="app-notice app-notice--error" role="alert" data-testid="option-problem">
                        <h2 class="app-notice__title">{t(lang, Msg::PageBrokenOptionsTitle)}</h2>
                        <ul class="app-list">{move || problems.get().into_iter().map(|p| view! { <li>{p.message(lang)}</li> }).collect_view()}</ul>
                        <p>{t(lang, Msg::PageBrokenOptionsKept)}</p>
                        <button type="button" class="app-button app-button--secondary" on:click=move |_| problems.set(Vec::new())>{t(lang, Msg::PageCarryOn)}</button>
                    </div>
                </Show>
                // Always the calculator: the summary and the statement are the residents'
                // program (`crates/residents/`), and index.html starts this one for them only if the
                // page was opened some other way.
                <Calculator />
                <Announcer />
                {embed.then(|| view! {
                    <p class="app-embed-footer">
                        <a href=statement target=statement_target rel="noopener">{t(lang, Msg::PageFooterAccessibility)}</a>
                    </p>
                })}
            </main>
            {(!embed).then(|| view! {
                <footer class="app-footer">
                    <div class="app-width">
                        <p>{t(lang, Msg::PageFooterPrivate)}</p>
                        <p>{t(lang, Msg::PageFooterIllustrative)}</p>
                        <p><a href=statement data-testid="statement-link">{t(lang, Msg::PageFooterAccessibility)}</a></p>
                    </div>
                </footer>
            })}
        </div>
    }
}
