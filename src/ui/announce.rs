//! Tells screen-reader users, politely, that the figures changed: once typing pauses, not on
//! every keystroke (an `aria-live` region that only changes after a quiet second).

use std::time::Duration;

use leptos::prelude::*;

use super::model::settle::Pause;
use super::model::{use_calc, use_lang};
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
    // Only changes are announced: when the page opens, nothing has changed yet.
    Effect::watch(
        move || {
            if calc.is_stale() {
                return t(lang, Msg::AnnounceStale).to_owned();
            }
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
        },
        move |words: &String, _, _| {
            let words = words.clone();
            pause.after(QUIET, move || message.set(words));
        },
        false,
    );
    view! {
        <div class="app-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
            {move || message.get()}
        </div>
    }
}
