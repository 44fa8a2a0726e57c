//! The page frame: header, main content and footer, shared by every view.

use leptos::prelude::*;

/// The whole app, mounted on `<body>` by `main.rs`.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <a class="app-skip-link" href="#main">"Skip to main content"</a>
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
        </main>
        <footer class="app-footer">
            <div class="app-width">
                <p>"sharecalc runs in your browser. Nothing you enter is sent anywhere: no cookies, no tracking."</p>
            </div>
        </footer>
    }
}
