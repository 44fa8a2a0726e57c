//! Notes beside boxes: why a box was left empty when the page filled in a scenario for the
//! user (a published figure that does not exist, or is net income). A note stays until the
//! scenario is replaced, and a screen reader hears it with its box (`aria-describedby`).
//!
//! The notes are the open scenario's own ([`crate::ui::model::Boxes::notes`]), made and freed
//! with its boxes: a signal keeps a record of every box that ever read it, so notes kept for
//! the whole page would keep a record of every box of every scenario opened.

use leptos::prelude::*;

use crate::ui::model::use_calc;

/// The note for box `id`, drawn now for the boxes of the scenario open now. Notes change only
/// when a scenario is filled in, so each box reads the list directly (no memo per box: a large
/// scenario has a thousand boxes). Nothing once that scenario's boxes are freed.
pub fn note_for(id: String) -> Signal<Option<String>> {
    let notes = use_calc().draft.boxes_untracked().notes;
    Signal::derive(move || notes.try_with(|n| find(n, &id)).flatten())
}

/// The note on box `id` among `notes`.
fn find(notes: &[(String, String)], id: &str) -> Option<String> {
    notes
        .iter()
        .find(|(at, _)| at == id)
        .map(|(_, n)| n.clone())
}
