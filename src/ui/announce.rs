//! Tells screen-reader users, politely, that the figures changed: once typing pauses, not on
//! every keystroke (an `aria-live` region that only changes after a quiet second).

use std::time::Duration;

use leptos::prelude::*;

use super::settle::Pause;
use super::state::{use_calc, use_lang};
use sharecalc_core::engine::format_money;
use sharecalc_core::i18n::{fill, t, Msg};

/// How long the figures must stay still before they are announced.
const QUIET: Duration = Duration::from_millis(1000);

/// A visually hidden live region announcing the headline figures after each pause in editing.
#[component]
pub fn Announcer() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let message = RwSignal::new(String::new());
    let pause = Pause::new();
    Effect::new(move |first: Option<()>| {
        let words = if calc.is_stale() {
            t(lang, Msg::AnnounceStale).to_owned()
        } else {
            let currency = calc.currency();
            calc.results.with(|r| {
                fill(
                    lang,
                    Msg::AnnounceUpdated,
                    &[
                        ("npv", &format_money(r.npv, &currency)),
                        ("saving", &format_money(r.recurring_saving, &currency)),
                    ],
                )
            })
        };
        if first.is_none() {
            return; // the page has just opened: nothing changed yet
        }
        pause.after(QUIET, move || message.set(words));
    });
    view! {
        <div class="app-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
            {move || message.get()}
        </div>
    }
}
