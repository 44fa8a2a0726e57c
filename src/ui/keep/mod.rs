//! Keeping a scenario beyond this visit: saved in this browser, as a file to keep or pass
//! on, and as a QR code of its link for a printed paper. Reads the scenario from
//! [`crate::ui::model::Calc`]; writes only by loading a scenario into the editor.
//!
//! The panels are drawn again when the page's language changes, so what they say is put
//! into words when it is said, in the language of the moment.

mod files;
mod qr;
mod saved;
mod store;

use leptos::prelude::*;

use crate::ui::model::use_lang;
use files::Files;
use qr::LinkQr;
use saved::Saved;
use sharecalc_core::i18n::{t, Msg};

/// "Keep this scenario": saved scenarios, files and the QR code. With `read_only` (a locked
/// embed) only the QR code and the printed link are offered.
#[component]
pub fn Keep(#[prop(optional)] read_only: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="app-section app-keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading" class="app-screen-only">{t(lang, Msg::KeepHeading)}</h2>
            {(!read_only).then(|| view! { <Saved /> <Files /> })}
            <LinkQr />
        </section>
    }
}
