//! What adding, moving and removing a row tells the user (WCAG 4.1.3: a status message for
//! each action, "Legal removed"), the Undo a removal offers, and when a row just added has
//! been left (its problems show from then on). Written once for the partners and the
//! services.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::ui::announce::{use_said, Said};
use crate::ui::model::{use_calc, Calc};
use crate::ui::replace::{use_replacer, Place, Replacer};
use sharecalc_core::i18n::{fill, Msg};

/// The page's status and Undo, taken when a row is drawn, for its buttons to use.
#[derive(Clone, Copy)]
pub struct RowActions {
    calc: Calc,
    said: Said,
    replacer: Replacer,
}

impl RowActions {
    /// The page's own, or ones of their own for a view drawn without the page (in tests).
    pub fn here() -> RowActions {
        RowActions {
            calc: use_calc(),
            said: use_said(),
            replacer: use_replacer(),
        }
    }

    fn say(self, msg: Msg, name: &str, number: Option<usize>) {
        let lang = self.calc.lang.get_untracked();
        let number = number.unwrap_or_default();
        self.said
            .say(fill(lang, msg, &[("name", &name), ("number", &number)]));
    }

    /// "Partner 5 added."
    pub fn added(self, name: &str) {
        self.say(Msg::EditorAdded, name, None);
    }

    /// "Kestrel Borough Council moved to position 1." (`position` counts from 1).
    pub fn moved(self, name: &str, position: usize) {
        self.say(Msg::EditorMoved, name, Some(position));
    }

    /// For a row's `focusout`: once focus goes outside the row with key `key`, the row counts
    /// as left, and its problems show.
    pub fn on_leave(self, key: u32) -> impl Fn(web_sys::FocusEvent) + Clone + 'static {
        let draft = self.calc.draft;
        move |ev| {
            let node = |t: Option<web_sys::EventTarget>| {
                t.and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            };
            let (row, to) = (node(ev.current_target()), node(ev.related_target()));
            let inside = matches!((row, to), (Some(row), Some(to)) if row.contains(Some(&to)));
            if !inside {
                after_click(move || draft.leave(key));
            }
        }
    }

    /// Removes the row named `name` through `remove`, which Undo beside the table at `place`
    /// takes back until the next edit, and says "Legal removed."
    pub fn removed(self, place: Place, name: &str, remove: impl FnOnce()) {
        let lang = self.calc.lang.get_untracked();
        let what = fill(lang, Msg::EditorRemoveNamed, &[("name", &name)]);
        let done = fill(lang, Msg::EditorRemoved, &[("name", &name)]);
        self.replacer
            .change(self.calc, place, what, done.clone(), remove);
        self.said.say(done);
    }
}

thread_local! {
    /// Whether a mouse button or a finger is down on the page now.
    static PRESSED: Cell<bool> = const { Cell::new(false) };
    /// Whether [`PRESSED`] is being followed.
    static FOLLOWED: Cell<bool> = const { Cell::new(false) };
}

/// Follows [`PRESSED`] for the life of the page, from the first row drawn.
fn follow_pointer() {
    if FOLLOWED.with(|f| f.replace(true)) {
        return;
    }
    let Some(window) = sharecalc_web::window() else {
        return;
    };
    for (event, pressed) in [
        ("pointerdown", true),
        ("pointerup", false),
        ("pointercancel", false),
    ] {
        let set = Closure::<dyn Fn()>::new(move || PRESSED.with(|p| p.set(pressed)));
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            set.as_ref().unchecked_ref(),
            true,
        );
        set.forget(); // for the life of the page
    }
}

/// Runs `then` at once after a key press; after a click, once the click is over. A problem
/// shown as focus leaves a row moves what is below it, and a button moved away between
/// pressing and releasing the mouse would not get the click.
fn after_click(then: impl FnOnce() + 'static) {
    follow_pointer();
    let Some(window) = sharecalc_web::window().filter(|_| PRESSED.with(Cell::get)) else {
        then();
        return;
    };
    // After the click's own events, which the same release sends.
    let later = Closure::once_into_js(move || set_timeout(then, std::time::Duration::ZERO));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "pointerup",
        later.unchecked_ref(),
        &options,
    );
}
