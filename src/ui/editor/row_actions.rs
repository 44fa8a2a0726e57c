//! What adding, moving and removing a row tells the user (WCAG 4.1.3: a status message for
//! each action, "Legal removed"), and the Undo a removal offers. Written once for the
//! partners and the services.

use leptos::prelude::*;

use crate::ui::announce::{use_said, Said};
use crate::ui::box_notes::BoxNotes;
use crate::ui::model::{use_calc, Calc};
use crate::ui::replace::{Place, Replacer};
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
            replacer: use_context().unwrap_or_else(|| Replacer::new(BoxNotes::new())),
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
