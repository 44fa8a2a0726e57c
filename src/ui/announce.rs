//! Tells screen-reader users, politely, that the figures changed: once typing pauses, not on
//! every keystroke (an `aria-live` region that only changes after a quiet second), and only
//! when the words change (a partner moved leaves the totals as they were). Actions (a row
//! moved, removed, added) are told at once in a status of their own ([`Said`]), WCAG 4.1.3.

use std::time::Duration;

use leptos::prelude::*;

use super::model::settle::Pause;
use super::model::{use_calc, use_lang};
use sharecalc_core::engine::format_money;
use sharecalc_core::i18n::{fill, t, Msg};

/// How long the figures must stay still before they are announced.
const QUIET: Duration = Duration::from_millis(1000);

/// What the page last said about an action the user took ("Legal removed"); provided by the
/// page, so that every editor view tells its actions the same way.
#[derive(Clone, Copy)]
pub struct Said(RwSignal<String>);

impl Said {
    /// Nothing said yet.
    pub fn new() -> Said {
        Said(RwSignal::new(String::new()))
    }

    /// Says `words` politely. The status is emptied first, so the same words said twice (two
    /// services removed with the same name) are spoken twice.
    pub fn say(self, words: String) {
        self.0.set(String::new());
        request_animation_frame(move || self.0.set(words));
    }
}

impl Default for Said {
    fn default() -> Said {
        Said::new()
    }
}

/// The page's [`Said`], or one of its own for a view drawn without the page (in tests).
pub fn use_said() -> Said {
    use_context::<Said>().unwrap_or_default()
}

/// A visually hidden live region announcing the headline figures after each pause in editing.
#[component]
pub fn Announcer() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let message = RwSignal::new(String::new());
    let pause = Pause::new();
    // Only changes are announced: when the page opens, nothing has changed yet. The words
    // last said (or true when the page opened) are not said again.
    let last = StoredValue::new(None::<String>);
    Effect::watch(
        move || {
            if calc.shows_problems() {
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
            if last.with_value(Option::is_none) {
                last.set_value(Some(words));
                return;
            }
            pause.after(QUIET, move || {
                if last.with_value(|l| l.as_ref() != Some(&words)) {
                    last.set_value(Some(words.clone()));
                    message.set(words);
                }
            });
        },
        true,
    );
    let said = use_said();
    view! {
        <div class="app-visually-hidden" role="status" data-testid="action-status">{move || said.0.get()}</div>
        <div class="app-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
            {move || message.get()}
        </div>
    }
}
