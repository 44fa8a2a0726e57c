//! Keeping a scenario beyond this visit: saved in this browser, as a file to keep or pass
//! on, and as a QR code of its link for a printed paper. Reads the scenario from
//! [`crate::ui::state::Calc`]; writes only by loading a scenario into the editor.

mod files;
mod qr;
mod saved;
mod store;

use leptos::prelude::*;

use files::Files;
use qr::LinkQr;
use saved::Saved;

/// Said when asked to save or download while a box cannot be read: only complete scenarios
/// are kept, so nothing half-typed is mistaken for a finished one.
const NOT_COMPLETE: &str = "Some boxes above cannot be read, so this scenario is not complete \
    and was not kept. Correct the boxes listed under \u{201c}There is a problem\u{201d}, then try again.";

/// A name in curly quotes, as the page's messages quote what the user typed.
fn quoted(name: &str) -> String {
    format!("\u{201c}{name}\u{201d}")
}

/// "Keep this scenario": saved scenarios, files and the QR code. With `read_only` (a locked
/// embed) only the QR code and the printed link are offered.
#[component]
pub fn Keep(#[prop(optional)] read_only: bool) -> impl IntoView {
    view! {
        <section class="app-section app-keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading" class="app-screen-only">"Keep this scenario"</h2>
            {(!read_only).then(|| view! { <Saved /> <Files /> })}
            <LinkQr />
        </section>
    }
}
