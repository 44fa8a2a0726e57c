//! The page frame: header, main content and footer, and the one place where the data flow
//! is wired and provided to every component, with the display options from the query string.

use leptos::prelude::*;

use super::calculator::Calculator;
use super::embed::report_height_to_host;
use super::link::{current_fragment, read_fragment, sync_with_address_bar};
use super::state::Calc;
use super::summary::Summary;
use crate::display::{self, DisplayOptions, View};
use crate::examples::default_scenario;

const TITLE: &str = "sharecalc: shared services calculator for councils";

/// Reads the display options and applies the ones that live outside the component tree:
/// the accent colour (a CSS custom property) and console warnings for unusable options.
fn display_options() -> DisplayOptions {
    let options = display::parse(&window().location().search().unwrap_or_default());
    for warning in &options.warnings {
        web_sys::console::warn_1(&format!("sharecalc: {warning}").into());
    }
    if let (Some(accent), Some(root)) = (options.accent, document().document_element()) {
        if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
            let _ = root.style().set_property("--app-accent", &accent.css());
            let _ = root.style().set_property("--app-shared", &accent.css());
            let _ = root.style().set_property("--app-button", &accent.css());
        }
    }
    options
}

/// The whole app, mounted on `<body>` by `main.rs`.
#[component]
pub fn App() -> impl IntoView {
    let options = display_options();
    provide_context(options.clone());
    let broken = RwSignal::new(None::<String>);
    let problems = RwSignal::new(Vec::<String>::new());
    let opened = read_fragment(&current_fragment());
    let initial = match opened.editing {
        None => default_scenario(),
        Some(Ok(s)) => s,
        Some(Err(message)) => {
            broken.set(Some(message));
            default_scenario()
        }
    };
    let calc = Calc::new(initial);
    calc.others.set(opened.others);
    problems.set(opened.problems);
    provide_context(calc);
    sync_with_address_bar(calc, broken, problems);
    report_height_to_host();
    let start_again = move |_| {
        calc.draft.load(&default_scenario());
        broken.set(None);
    };
    // GOV.UK pattern: "Error: " before the page title while a problem stands.
    Effect::new(move || {
        let title = if calc.is_stale() {
            format!("Error: {TITLE}")
        } else {
            TITLE.to_owned()
        };
        document().set_title(&title);
    });
    let embed = options.embed;
    view! {
        <div class="app-page" class:app-page--embed=embed>
            {(!embed).then(|| view! {
                <a class="app-skip-link" href="#main" on:click=|ev| {
                    ev.prevent_default();
                    super::focus::focus_now("main");
                }>"Skip to main content"</a>
                <header class="app-header">
                    <div class="app-width">
                        <p class="app-header__name">"sharecalc"</p>
                        <p class="app-header__tagline">"Shared services calculator for councils"</p>
                    </div>
                </header>
            })}
            <main class="app-main app-width" id="main" tabindex="-1">
                <h1 class="app-title">{if options.view == View::Summary { "What sharing these services would save" } else { "sharecalc: shared services calculator" }}</h1>
                {move || broken.get().map(|message| view! {
                    <div class="app-notice app-notice--error" role="alert" data-testid="link-problem">
                        <h2 class="app-notice__title">"This link cannot be opened"</h2>
                        <p>{message}</p>
                        <p>"The page shows the example scenario instead. The link is still in the address bar, so nothing in it is lost."</p>
                        <button type="button" class="app-button app-button--secondary" on:click=start_again>"Start from the example"</button>
                    </div>
                })}
                <Show when=move || problems.with(|p| !p.is_empty())>
                    <div class="app-notice app-notice--error" role="alert" data-testid="option-problem">
                        <h2 class="app-notice__title">"Part of this link cannot be opened"</h2>
                        <ul class="app-list">{move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        <p>"The other options are shown. The link is left as it is until you carry on, so nothing in it is lost."</p>
                        <button type="button" class="app-button app-button--secondary" on:click=move |_| problems.set(Vec::new())>"Carry on without them"</button>
                    </div>
                </Show>
                {match options.view {
                    View::Summary => view! { <Summary /> }.into_any(),
                    View::Editor => view! { <Calculator /> }.into_any(),
                }}
            </main>
            {(!embed).then(|| view! {
                <footer class="app-footer">
                    <div class="app-width">
                        <p>"sharecalc runs in your browser. Nothing you enter is sent anywhere: no cookies, no tracking."</p>
                        <p>"The example councils and figures are made up, for illustration only."</p>
                    </div>
                </footer>
            })}
        </div>
    }
}
