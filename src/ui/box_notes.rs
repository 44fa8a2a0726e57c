//! Notes beside boxes: why a box was left empty when the page filled in a scenario for the
//! user (a published figure that does not exist, or is net income). A note stays until the
//! scenario is replaced, and a screen reader hears it with its box (`aria-describedby`).

use std::collections::BTreeMap;

use leptos::prelude::*;

/// The notes on the page, by box element id; provided by the page.
#[derive(Clone, Copy)]
pub struct BoxNotes(RwSignal<BTreeMap<String, String>>);

impl BoxNotes {
    /// No notes.
    pub fn new() -> BoxNotes {
        BoxNotes(RwSignal::new(BTreeMap::new()))
    }

    /// Replaces every note with `notes` (box id → words).
    pub fn set(self, notes: BTreeMap<String, String>) {
        self.0.set(notes);
    }

    /// The note on box `id` now, without tracking.
    pub fn current(self, id: &str) -> Option<String> {
        self.0.with_untracked(|n| n.get(id).cloned())
    }
}

/// The note for box `id`; it changes only when that box's note does.
pub fn note_for(id: String) -> Signal<Option<String>> {
    match use_context::<BoxNotes>() {
        Some(notes) => Memo::new(move |_| notes.0.with(|n| n.get(&id).cloned())).into(),
        None => Signal::stored(None),
    }
}
