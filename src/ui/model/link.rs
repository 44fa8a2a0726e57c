//! The link is the state: the address bar's fragment follows the scenario (and any options
//! kept to compare with it) as it is edited (debounced `history.replaceState`, so no history
//! entry per keystroke), a link opened or changed by hand is loaded, and a broken link is
//! reported without breaking the page or touching the address bar.

use leptos::ev;
use leptos::prelude::*;

use super::calc::Calc;
use sharecalc_core::codec::link::encode_fragment;
pub use sharecalc_core::codec::opened::{read_fragment, LinkProblem};
use sharecalc_core::codec::LinkError;
use sharecalc_core::engine::Scenario;
use sharecalc_core::html::frame::Instead;
use sharecalc_web::address::current_query;
pub use sharecalc_web::address::{current_fragment, page_base};

/// The fragment for the scenario being edited and the options kept beside it.
pub fn fragment_for(current: &Scenario, others: &[Scenario]) -> String {
    let mut all = Vec::with_capacity(others.len() + 1);
    all.push(current.clone());
    all.extend(others.iter().cloned());
    encode_fragment(&all)
}

/// The full address of a fragment: this page, its display options, and the fragment.
pub fn link_to(fragment: &str) -> String {
    format!("{}{}#{fragment}", page_base(), current_query())
}

/// Puts `url` (relative to the page) in the address bar without a new history entry, so that
/// typing never fills the Back button.
pub fn replace_address(url: &str) {
    if let Some(history) = sharecalc_web::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Keeps the address bar in step with the scenario and its options, and loads links changed
/// by hand. `broken` holds why a link's scenario could not be read; while it is shown the
/// address bar is left alone, so that nothing in the link is lost. `problems` holds the
/// options that could not be read.
pub fn sync_with_address_bar(
    calc: Calc,
    broken: RwSignal<Option<(LinkError, Instead)>>,
    problems: RwSignal<Vec<LinkProblem>>,
) {
    let written = StoredValue::new(current_fragment());
    // The settled fragment changes once typing pauses, so the address bar is written once per
    // pause (and its encoding done once), with no history entry; never while the page opens.
    Effect::watch(
        move || {
            calc.settled.track();
            calc.others.track();
            broken.with(Option::is_some) || problems.with(|p| !p.is_empty())
        },
        move |is_broken, _, _| {
            if *is_broken {
                return;
            }
            let fragment = calc.settled_fragment.get_untracked();
            if fragment == written.get_value() {
                return;
            }
            replace_address(&format!("#{fragment}"));
            written.set_value(fragment);
        },
        false,
    );

    let listener = window_event_listener(ev::hashchange, move |_| {
        let fragment = current_fragment();
        if fragment == written.get_value() {
            return;
        }
        written.set_value(fragment.clone());
        let opened = read_fragment(&fragment);
        match opened.editing {
            None => {}
            Some(Ok(s)) => {
                broken.set(None);
                calc.draft.load(&s);
                calc.others.set(opened.others);
                problems.set(opened.problems);
            }
            // The scenario on screen stays, and the notice says so.
            Some(Err(error)) => broken.set(Some((error, Instead::WhatYouHad))),
        }
    });
    on_cleanup(move || listener.remove());
}
