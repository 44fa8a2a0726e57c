//! The page frame: header, main content and footer, and the one place where the data flow
//! is wired and provided to every component, with the display options from the query string.

use leptos::prelude::*;

use super::announce::Announcer;
use super::calculator::Calculator;
use super::language::{follow_language, switch_to};
use super::model::link::{
    current_fragment, page_base, read_fragment, sync_with_address_bar, LinkProblem,
};
use super::model::{use_lang, use_options, Calc};
use super::results::Drawn;
use sharecalc_core::codec::LinkError;
use sharecalc_core::display::{DisplayOptions, View};
use sharecalc_core::embed_code::app_url;
use sharecalc_core::examples::default_scenario;
use sharecalc_core::html::frame::{
    self, Click, Frame, Instead, Notice, LANGUAGE_SLOT, MAIN_ID, NOTICES_SLOT, STATEMENT_SLOT,
};
use sharecalc_core::html::Html;
use sharecalc_core::i18n::{fill, t, Msg};
use sharecalc_web::address::current_query;
use sharecalc_web::frame::report_height_to_host;
use sharecalc_web::frame_clicks;
use sharecalc_web::options::display_options;

/// The whole app, mounted on `<body>` by `main.rs`: the state, wired once, and the page,
/// drawn again in full when the language changes.
#[component]
pub fn App() -> impl IntoView {
    let options = display_options();
    provide_context(options.clone());
    let broken = RwSignal::new(None::<(LinkError, Instead)>);
    let problems = RwSignal::new(Vec::<LinkProblem>::new());
    let opened = read_fragment(&current_fragment());
    let initial = match opened.editing {
        None => default_scenario(options.lang),
        Some(Ok(s)) => s,
        Some(Err(message)) => {
            broken.set(Some((message, Instead::Example)));
            default_scenario(options.lang)
        }
    };
    let calc = Calc::new(initial, options.lang);
    calc.others.set(opened.others);
    problems.set(opened.problems);
    provide_context(calc);
    // Kept while the language changes: the real councils' picker, Undo. (Notes beside boxes
    // are the draft's, kept with it.)
    provide_context(super::replace::Replacer::new());
    provide_context(super::announce::Said::new());
    provide_context(super::councils::Picker::new());
    sync_with_address_bar(calc, broken, problems);
    report_height_to_host();
    sharecalc_web::scroll_regions::watch();
    follow_language();
    // GOV.UK pattern: "Error: " before the page title while a problem stands.
    // A memo, so the title is written when a problem comes or goes, not on every key press.
    let stale = Memo::new(move |_| calc.shows_problems());
    Effect::new(move || {
        let lang = calc.lang.get();
        let title = t(lang, Msg::PageTitle);
        let title = if stale.get() {
            fill(lang, Msg::PageTitleError, &[("title", &title)])
        } else {
            title.to_owned()
        };
        if let Some(document) = sharecalc_web::document() {
            document.set_title(&title);
        }
    });
    move || {
        calc.lang.track();
        view! { <PageFrame broken problems /> }
    }
}

/// The frame (skip link, header with the language switch, notices about the link, footer)
/// around the calculator, in the page's language. The frame is the core's HTML
/// ([`sharecalc_core::html::frame`]), the same as the residents' page; its links carry the
/// scenario as it settles, and its clicks are served by the listener both programs share.
#[component]
fn PageFrame(
    broken: RwSignal<Option<(LinkError, Instead)>>,
    problems: RwSignal<Vec<LinkProblem>>,
) -> impl IntoView {
    let calc = super::model::use_calc();
    let lang = use_lang();
    // Children read the language from here or from `use_lang`, never the one the page opened in.
    let options = DisplayOptions {
        lang,
        ..use_options()
    };
    provide_context(options.clone());
    let embed = options.embed;
    // The accessibility statement, never embedded, with the scenario and the language.
    let statement_options = DisplayOptions {
        view: View::Accessibility,
        embed: false,
        ..options
    };
    let statement = Memo::new(move |_| {
        calc.settled_fragment
            .with(|f| app_url(&page_base(), &statement_options, f))
    });
    let switch = Memo::new(move |_| {
        calc.settled_fragment
            .with(|f| frame::switch_href(lang, &current_query(), f))
    });
    let (statement_href, switch_href) = (statement.get_untracked(), switch.get_untracked());
    let parts = Frame {
        lang,
        embed,
        switch_href: &switch_href,
        statement_href: &statement_href,
    };
    let (top, main_end, bottom) = (
        frame::top(&parts),
        frame::main_end(&parts),
        frame::bottom(&parts),
    );
    let language = Signal::derive(move || switch.with(|href| frame::language_items(lang, href)));
    let statement_link =
        Signal::derive(move || statement.with(|href| frame::statement_link(lang, embed, href)));
    let notices = Signal::derive(move || {
        let broken = broken.with(|b| b.as_ref().map(|(e, instead)| (e.message(lang), *instead)));
        let problems: Vec<String> = problems.with(|p| p.iter().map(|p| p.message(lang)).collect());
        frame::notice_list(
            lang,
            broken.as_ref().map(|(b, instead)| (b.as_str(), *instead)),
            &problems,
        )
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        frame_clicks::serve(&ev, |click| match click {
            // The listener focuses <main> itself.
            Click::Skip => true,
            Click::Language(to) => {
                switch_to(calc, to);
                true
            }
            Click::Close(Notice::BrokenLink) => {
                // Start from the example, or carry on with the scenario on screen.
                if broken.with_untracked(|b| matches!(b, Some((_, Instead::Example)))) {
                    calc.draft.load(&default_scenario(lang));
                }
                broken.set(None);
                true
            }
            Click::Close(Notice::BrokenOptions) => {
                problems.set(Vec::new());
                true
            }
        });
    };
    view! {
        <div class="app-page" class:app-page--embed=embed on:click=on_click>
            <Drawn skeleton=top slots=slot(LANGUAGE_SLOT, language) />
            <main class="app-main app-width" id=MAIN_ID tabindex="-1">
                <h1 class="app-title">{t(lang, Msg::PageHeadingEditor)}</h1>
                <Drawn skeleton=frame::notices(lang, None, &[]) slots=slot(NOTICES_SLOT, notices) />
                // Always the calculator: the summary and the statement are the residents'
                // program (`crates/residents/`), and index.html starts this one for them only if the
                // page was opened some other way.
                <Calculator />
                <Announcer />
                {embed.then(|| view! { <Drawn skeleton=main_end slots=slot(STATEMENT_SLOT, statement_link) /> })}
            </main>
            {(!embed).then(|| view! { <Drawn skeleton=bottom slots=slot(STATEMENT_SLOT, statement_link) /> })}
        </div>
    }
}

/// The slot `name` of a frame part, kept up to date with `html`.
fn slot(name: &str, html: Signal<Html>) -> Vec<(String, Signal<Html>)> {
    vec![(name.to_owned(), html)]
}
