//! Each box's error message as its own signal, so that an edit wakes only the boxes whose
//! message changed. The largest scenario has over two thousand boxes; when each read the
//! whole list of problems, every keystroke re-ran thousands of effects, and the reactive
//! graph's work in keeping so many subscribers of one memo grew with their square.
//!
//! One effect reads [`Built`] and sets the signals whose message changed; boxes read only
//! their own. A box's signal is dropped when the last box drawn with its id goes, so opening
//! scenario after scenario (each with new ids) does not pile them up.

use std::collections::HashMap;

use leptos::prelude::*;

use super::build::Built;

/// A box's message, and how many boxes on the page are showing it.
struct Shown {
    message: ArcRwSignal<Option<String>>,
    boxes: usize,
}

/// The signal of every box on the page that has asked for its message, by element id.
#[derive(Clone, Copy)]
pub struct BoxErrors {
    built: Memo<Built>,
    boxes: StoredValue<HashMap<String, Shown>>,
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
                    for (id, shown) in boxes {
                        let message = by_id.get(id.as_str()).copied();
                        if shown
                            .message
                            .with_untracked(|now| now.as_deref() != message)
                        {
                            shown.message.set(message.map(str::to_owned));
                        }
                    }
                })
            })
        });
        errors
    }

    /// The message for the box with element id `id`; `None` while it has no problem. Call it
    /// where the box is drawn: the signal is let go when that part of the page goes.
    pub fn message(&self, id: String) -> Signal<Option<String>> {
        let built = self.built;
        let signal = self.boxes.try_update_value(|boxes| {
            let shown = boxes.entry(id.clone()).or_insert_with_key(|id| Shown {
                message: ArcRwSignal::new(built.with_untracked(|b| b.message_for(id))),
                boxes: 0,
            });
            shown.boxes += 1;
            shown.message.clone()
        });
        let boxes = self.boxes;
        on_cleanup(move || {
            boxes.try_update_value(|boxes| {
                if let Some(shown) = boxes.get_mut(&id) {
                    shown.boxes = shown.boxes.saturating_sub(1);
                    if shown.boxes == 0 {
                        boxes.remove(&id);
                    }
                }
            });
        });
        signal.map_or_else(|| Signal::stored(None), Signal::from)
    }
}
