//! Replacing the whole scenario on screen (today: "Use these figures" from real councils),
//! with one step of Undo back to exactly what was on screen: every box as typed (even text
//! that cannot be read yet), the notes beside boxes, the options kept to compare and the
//! figures' source. In one place, so that any action that replaces the scenario offers the
//! same Undo; it follows the pattern of Undo after deleting a saved scenario (a button that
//! takes focus, a status saying what happened).

use leptos::prelude::*;

use super::box_notes::BoxNotes;
use super::focus::focus_later;
use super::model::{use_calc, use_lang, Calc, Typed};
use sharecalc_core::engine::Scenario;
use sharecalc_core::i18n::{fill, t, Msg};

/// The notice shown after a replace, which takes focus.
const NOTICE_ID: &str = "replaced";
/// The status saying the scenario is back, which takes focus after Undo.
const STATUS_ID: &str = "replaced-status";

/// Exactly what was on screen before a replace.
#[derive(Clone)]
struct Snapshot {
    /// The action that replaced it, in words ("Use these figures").
    what: String,
    /// Every box as typed, with the rows' keys (and so the ids the notes name) and the
    /// figures' source.
    typed: Typed,
    /// The notes beside boxes.
    notes: Vec<(String, String)>,
    /// The options kept to compare.
    others: Vec<Scenario>,
}

impl Snapshot {
    fn take(calc: Calc, notes: BoxNotes, what: String) -> Snapshot {
        Snapshot {
            what,
            typed: calc.draft.snapshot(),
            notes: notes.all(),
            others: calc.others.get_untracked(),
        }
    }

    /// Puts everything back: every box as it was typed, its note, the options.
    fn restore(self, calc: Calc, notes: BoxNotes) {
        calc.draft.restore(&self.typed);
        notes.set(self.notes);
        calc.others.set(self.others);
    }
}

/// The one step that can be undone, and what the page said about it; provided by the page.
#[derive(Clone, Copy)]
pub struct Replacer {
    notes: BoxNotes,
    before: RwSignal<Option<Snapshot>>,
    said: RwSignal<String>,
}

impl Replacer {
    /// Nothing to undo yet.
    pub fn new(notes: BoxNotes) -> Replacer {
        Replacer {
            notes,
            before: RwSignal::new(None),
            said: RwSignal::new(String::new()),
        }
    }

    /// Puts `scenario` on screen in place of what is there, which Undo puts back; `what`
    /// names the action in the page's words. Notes beside boxes go with the old scenario.
    pub fn replace(self, calc: Calc, scenario: &Scenario, what: String) {
        self.before
            .set(Some(Snapshot::take(calc, self.notes, what)));
        self.said.set(String::new());
        self.notes.set(Vec::new());
        calc.draft.load(scenario);
        focus_later(NOTICE_ID.to_owned());
    }

    /// Whether there is something to undo.
    pub fn can_undo(self) -> bool {
        self.before.with(Option::is_some)
    }

    fn undo(self, calc: Calc) {
        let Some(before) = self.before.get_untracked() else {
            return;
        };
        let what = before.what.clone();
        before.restore(calc, self.notes);
        self.before.set(None);
        self.said.set(fill(
            calc.lang.get_untracked(),
            Msg::ReplaceUndone,
            &[("what", &what)],
        ));
        focus_later(STATUS_ID.to_owned());
    }
}

/// After a replace: a notice (the caller's `children`) with the Undo button, which takes
/// focus; after Undo, a status saying the scenario is back. The notice is always on the page,
/// hidden while there is nothing to undo.
#[component]
pub fn Replaced(children: Children) -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let replacer = use_context::<Replacer>().unwrap_or_else(|| Replacer::new(BoxNotes::new()));
    let what = move || {
        replacer
            .before
            .with(|b| b.as_ref().map(|b| b.what.clone()).unwrap_or_default())
    };
    view! {
        <div class="app-notice app-notice--success" id=NOTICE_ID tabindex="-1" data-testid="replaced"
            hidden=move || !replacer.can_undo()>
            {children()}
            <button type="button" class="app-button app-button--secondary" data-testid="undo-replace"
                on:click=move |_| replacer.undo(calc)>
                {t(lang, Msg::ReplaceUndo)}<span class="app-visually-hidden">" “" {what} "”"</span>
            </button>
        </div>
        <p class="app-hint" role="status" id=STATUS_ID tabindex="-1" data-testid="replaced-status">{move || replacer.said.get()}</p>
    }
}
