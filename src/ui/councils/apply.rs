//! What the picker hands back ("Use these figures"): the scenario replaces the one on screen
//! (with Undo), and each box the figures could not fill is left empty with its note.

use leptos::prelude::*;

use super::Picker;
use crate::ui::model::{ids, Calc};
use crate::ui::replace::{self, Replacer};
use sharecalc_core::councils::{Handoff, Place};

/// What the picker's result changes besides the picker: the scenario, its notes, its Undo.
#[derive(Clone, Copy)]
pub struct Target {
    /// The scenario on screen.
    pub calc: Calc,
    /// Where Undo keeps what was there.
    pub replacer: Replacer,
}

/// Puts the picker's result (JSON text, [`Handoff`]) on screen.
pub fn apply(json: &str, to: Target, picker: Picker) {
    let Some(h) = Handoff::decode(json) else {
        return;
    };
    to.replacer
        .replace(to.calc, &h.scenario, h.what, replace::Place::Councils);
    let boxes = to.calc.draft.boxes_untracked();
    let partners = boxes.partners.get_untracked();
    let services = boxes.services.get_untracked();
    let mut kept = Vec::new();
    for (place, note) in h.gaps {
        let cell = match place {
            Place::Population { partner } => partners
                .get(partner)
                .map(|p| (ids::partner_population(p.key), p.population)),
            Place::Cost { service, partner } => services
                .get(service)
                .zip(partners.get(partner))
                .and_then(|(s, p)| {
                    s.baseline_cell(p.key)
                        .map(|c| (ids::baseline(s.key, p.key), c))
                }),
        };
        if let Some((id, text)) = cell {
            text.set(String::new());
            kept.push((id, note));
        }
    }
    // The new scenario's own notes, which go with it (`box_notes`).
    boxes.notes.set(kept);
    picker.filled.set(h.filled);
}
