//! Each box's error message as its own signal, so that an edit wakes only the boxes whose
//! message changed. The largest scenario has over two thousand boxes; when each read the
//! whole list of problems, every keystroke re-ran thousands of effects, and the reactive
//! graph's work in keeping so many subscribers of one memo grew with their square.
//!
//! One effect reads [`Built`] and sets the signals whose message changed; boxes read only
//! their own.

use std::collections::HashMap;

use leptos::prelude::*;

use super::build::Built;

/// The signal of every box that has asked for its message, by element id.
#[derive(Clone, Copy)]
pub struct BoxErrors {
    built: Memo<Built>,
    boxes: StoredValue<HashMap<String, ArcRwSignal<Option<String>>>>,
}

impl BoxErrors {
    /// Follows `built`, keeping every box's signal up to date.
    pub fn new(built: Memo<Built>) -> BoxErrors {
        let errors = BoxErrors {
            built,
            boxes: StoredValue::new(HashMap::new()),
        };
        Effect::new(move || {
            built.with(|b| {
                // The first problem of a box is the one it shows, as in `Built::message_for`.
                let mut by_id: HashMap<&str, &str> = HashMap::new();
                for issue in &b.issues {
                    by_id.entry(&issue.id).or_insert(&issue.message);
                }
                errors.boxes.with_value(|boxes| {
                    for (id, signal) in boxes {
                        let message = by_id.get(id.as_str()).copied();
                        if signal.with_untracked(|shown| shown.as_deref() != message) {
                            signal.set(message.map(str::to_owned));
                        }
                    }
                })
            })
        });
        errors
    }

    /// The message for the box with element id `id`; `None` while it has no problem.
    pub fn message(&self, id: String) -> Signal<Option<String>> {
        let built = self.built;
        let signal = self.boxes.try_update_value(|boxes| {
            boxes
                .entry(id)
                .or_insert_with_key(|id| {
                    ArcRwSignal::new(built.with_untracked(|b| b.message_for(id)))
                })
                .clone()
        });
        signal.map_or_else(|| Signal::stored(None), Signal::from)
    }
}
