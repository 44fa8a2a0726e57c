//! Notes beside boxes: why a box was left empty when the page filled in a scenario for the
//! user (a published figure that does not exist, or is net income). A note stays until the
//! scenario is replaced, and a screen reader hears it with its box (`aria-describedby`).

use leptos::prelude::*;

/// The notes on the page: box element id and words; provided by the page.
#[derive(Clone, Copy)]
pub struct BoxNotes(RwSignal<Vec<(String, String)>>);

impl BoxNotes {
    /// No notes.
    pub fn new() -> BoxNotes {
        BoxNotes(RwSignal::new(Vec::new()))
    }

    /// Replaces every note with `notes` (box id, words).
    pub fn set(self, notes: Vec<(String, String)>) {
        self.0.set(notes);
    }

    /// Every note now (box id, words), without tracking: what Undo puts back.
    pub fn all(self) -> Vec<(String, String)> {
        self.0.get_untracked()
    }
}

/// The note for box `id`. Notes change only when a scenario is filled in, so each box reads
/// the map directly (no memo per box: a large scenario has a thousand boxes).
pub fn note_for(id: String) -> Signal<Option<String>> {
    match use_context::<BoxNotes>() {
        Some(notes) => Signal::derive(move || notes.0.with(|n| find(n, &id))),
        None => Signal::stored(None),
    }
}

/// The note on box `id` among `notes`.
fn find(notes: &[(String, String)], id: &str) -> Option<String> {
    notes
        .iter()
        .find(|(at, _)| at == id)
        .map(|(_, n)| n.clone())
}
