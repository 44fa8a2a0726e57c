//! The page frame: header, main content and footer, and the one place where the data flow
//! is wired and provided to every component.

use leptos::prelude::*;

use super::editor::{Assumptions, ErrorSummary, Partners, Services};
use super::examples::ExamplePicker;
use super::link::{current_fragment, read_fragment, sync_with_address_bar, Opened};
use super::results::{AtAGlance, Details, Evidence, Method};
use super::share::SharePanel;
use super::state::Calc;
use crate::examples::default_scenario;

const TITLE: &str = "sharecalc: shared services calculator for councils";

/// The whole app, mounted on `<body>` by `main.rs`.
#[component]
pub fn App() -> impl IntoView {
    let broken = RwSignal::new(None::<String>);
    let initial = match read_fragment(&current_fragment()) {
        Opened::Nothing => default_scenario(),
        Opened::Scenario(s) => *s,
        Opened::Broken(message) => {
            broken.set(Some(message));
            default_scenario()
        }
    };
    let calc = Calc::new(initial);
    provide_context(calc);
    sync_with_address_bar(calc, broken);
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
    view! {
        <a class="app-skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            super::focus::focus_now("main");
        }>"Skip to main content"</a>
        <header class="app-header">
            <div class="app-width">
                <h1 class="app-header__name">"sharecalc"</h1>
                <p class="app-header__tagline">"Shared services calculator for councils"</p>
            </div>
        </header>
        <main class="app-main app-width" id="main" tabindex="-1">
            <p class="app-lead">
                "Check the sums on councils sharing services: compare each council running a service "
                "alone with sharing it, year by year and for each partner."
            </p>
            {move || broken.get().map(|message| view! {
                <div class="app-notice app-notice--error" role="alert" data-testid="link-problem">
                    <h2 class="app-notice__title">"This link cannot be opened"</h2>
                    <p>{message}</p>
                    <p>"The page shows the example scenario instead. The link is still in the address bar, so nothing in it is lost."</p>
                    <button type="button" class="app-button app-button--secondary" on:click=start_again>"Start from the example"</button>
                </div>
            })}
            <ExamplePicker />
            <ErrorSummary />
            <div class="app-layout">
                <AtAGlance />
                <div class="app-editor">
                    <Partners />
                    <Services />
                    <Assumptions />
                </div>
            </div>
            <Details />
            <SharePanel />
            <Method />
            <Evidence />
        </main>
        <footer class="app-footer">
            <div class="app-width">
                <p>"sharecalc runs in your browser. Nothing you enter is sent anywhere: no cookies, no tracking."</p>
                <p>"The example councils and figures are made up, for illustration only."</p>
            </div>
        </footer>
    }
}
