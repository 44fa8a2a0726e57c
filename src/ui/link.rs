//! The link is the state: the address bar's fragment follows the scenario as it is edited
//! (debounced `history.replaceState`, so no history entry per keystroke), a link opened or
//! changed by hand is loaded, and a broken link is reported without breaking the page or
//! touching the address bar.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::codec::link::{decode_fragment, encode_fragment};
use crate::engine::Scenario;
use crate::ui::state::Calc;

/// How long typing must pause before the address bar is updated.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// What the page learnt from the link it was opened with.
pub enum Opened {
    /// No scenario in the link: show the default example.
    Nothing,
    /// The link's scenario.
    Scenario(Box<Scenario>),
    /// The link could not be read; the words say why.
    Broken(String),
}

/// The fragment of the address bar, without `#`.
pub fn current_fragment() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned()
}

/// Reads a fragment: the first `s=` is the scenario being edited.
pub fn read_fragment(fragment: &str) -> Opened {
    match decode_fragment(fragment).options.into_iter().next() {
        None => Opened::Nothing,
        Some(Ok(s)) => Opened::Scenario(Box::new(s)),
        Some(Err(e)) => Opened::Broken(e.message()),
    }
}

/// The full address of `scenario`: this page, its display options, and the fragment.
pub fn link_to(scenario: &Scenario) -> String {
    let location = window().location();
    let base = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    format!("{base}#{}", encode_fragment(std::slice::from_ref(scenario)))
}

/// Keeps the address bar in step with the scenario, and loads links changed by hand.
/// `broken` holds the message about a link that could not be read; while it is shown the
/// address bar is left alone, so that nothing in the link is lost.
pub fn sync_with_address_bar(calc: Calc, broken: RwSignal<Option<String>>) {
    let written = StoredValue::new(current_fragment());
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |first: Option<()>| {
        let fragment = calc
            .scenario
            .with(|s| encode_fragment(std::slice::from_ref(s)));
        let is_broken = broken.with(Option::is_some);
        if first.is_none() || is_broken {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if fragment != written.get_value() {
                    let url = format!("#{fragment}");
                    if let Ok(history) = window().history() {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&url),
                        );
                    }
                    written.set_value(fragment);
                }
            },
            DEBOUNCE,
        )
        .ok();
        pending.set_value(handle);
    });

    let on_hash_change = Closure::<dyn Fn()>::new(move || {
        let fragment = current_fragment();
        if fragment == written.get_value() {
            return;
        }
        written.set_value(fragment.clone());
        match read_fragment(&fragment) {
            Opened::Nothing => {}
            Opened::Scenario(s) => {
                broken.set(None);
                calc.draft.load(&s);
            }
            Opened::Broken(message) => broken.set(Some(message)),
        }
    });
    let _ = window()
        .add_event_listener_with_callback("hashchange", on_hash_change.as_ref().unchecked_ref());
    on_hash_change.forget(); // lives as long as the page
}
