//! Replacing the whole scenario on screen ("Use these figures" from real councils, opening a
//! file, a saved scenario or an example), or changing it in one go (removing a partner or a
//! service, pasting a block into the costs table), with one step of Undo back to
//! exactly what was on screen: every box as typed (even text that cannot be read yet), the
//! notes beside boxes, the options kept to compare and the figures' source. In one place, so
//! that any such action offers the same Undo; it follows the pattern of Undo after deleting a
//! saved scenario (a button, a status saying what happened).

use leptos::prelude::*;

use super::focus::focus_later;
use super::model::{use_calc, use_lang, Calc, Typed};
use sharecalc_core::engine::Scenario;
use sharecalc_core::i18n::{fill, t, Msg};

/// The notice shown after a replace, which takes focus.
const NOTICE_ID: &str = "replaced";
/// The status saying the scenario is back, which takes focus after Undo.
const STATUS_ID: &str = "replaced-status";

/// Where the notice with Undo shows: beside the control that was used, or what it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The real councils' picker ("Use these figures").
    Councils,
    /// A scenario file opened.
    File,
    /// A scenario saved in this browser, opened.
    Saved,
    /// An example.
    Example,
    /// The partners table (a partner removed).
    Partners,
    /// The services tables (a service removed).
    Services,
    /// The costs table (a block pasted into it from a spreadsheet).
    Paste,
}

impl Place {
    /// The ids of the notice, of the status after Undo and of the Undo button at this place.
    fn ids(self) -> (&'static str, &'static str, &'static str) {
        match self {
            // Only the place of the last replace draws its notice, so these share their ids.
            Place::Councils | Place::File | Place::Saved | Place::Example => {
                (NOTICE_ID, STATUS_ID, "undo-replace")
            }
            Place::Partners => (
                "removed-partner",
                "removed-partner-status",
                "undo-removed-partner",
            ),
            Place::Services => (
                "removed-service",
                "removed-service-status",
                "undo-removed-service",
            ),
            Place::Paste => ("pasted", "pasted-status", "undo-paste"),
        }
    }
}

/// Exactly what was on screen before a replace.
#[derive(Clone)]
struct Snapshot {
    /// Where its notice shows.
    place: Place,
    /// The action that replaced it, in words ("Use these figures").
    what: String,
    /// What happened, for the notice to say ("Legal removed."), when its place says nothing
    /// of its own.
    done: String,
    /// Every box as typed, with the rows' keys (and so the ids the notes name) and the
    /// figures' source.
    typed: Typed,
    /// The notes beside boxes.
    notes: Vec<(String, String)>,
    /// The options kept to compare.
    others: Vec<Scenario>,
}

impl Snapshot {
    fn take(calc: Calc, place: Place, what: String, done: String) -> Snapshot {
        Snapshot {
            place,
            what,
            done,
            typed: calc.draft.snapshot(),
            notes: calc.draft.boxes_untracked().notes.get_untracked(),
            others: calc.others.get_untracked(),
        }
    }

    /// Puts everything back: every box as it was typed, its note, the options.
    fn restore(self, calc: Calc) {
        calc.draft.restore(&self.typed);
        calc.draft.boxes_untracked().notes.set(self.notes);
        calc.others.set(self.others);
    }
}

/// The one step that can be undone, and what the page said about it; provided by the page.
#[derive(Clone, Copy)]
pub struct Replacer {
    before: RwSignal<Option<Snapshot>>,
    said: RwSignal<(Place, String)>,
    /// Where the last action was, kept after Undo for the status there.
    place: RwSignal<Option<Place>>,
    /// Whether the draft has yet to redraw after a change that Undo can take back: the first
    /// redraw is the change itself, any later one an edit, after which Undo would lose work.
    fresh: StoredValue<bool>,
}

impl Replacer {
    /// Nothing to undo yet.
    pub fn new() -> Replacer {
        Replacer {
            before: RwSignal::new(None),
            said: RwSignal::new((Place::Councils, String::new())),
            place: RwSignal::new(None),
            fresh: StoredValue::new(false),
        }
    }

    /// Puts `scenario` on screen in place of what is there, which Undo (shown where the
    /// action was, `place`) puts back; `what` names the action in the page's words. Notes
    /// beside boxes go with the old scenario (they are its boxes' own).
    pub fn replace(self, calc: Calc, scenario: &Scenario, what: String, place: Place) {
        self.replace_with(calc, what, place, || calc.draft.load(scenario));
    }

    /// As [`Replacer::replace`], with what goes on screen put there by `load` (a CSV file of
    /// costs puts its table into the boxes as typed).
    pub fn replace_with(self, calc: Calc, what: String, place: Place, load: impl FnOnce()) {
        let before = Snapshot::take(calc, place, what, String::new());
        self.before.set(Some(before));
        self.place.set(Some(place));
        self.said.set((place, String::new()));
        load();
        focus_later(place.ids().0.to_owned());
    }

    /// Makes `change` (removing a row, pasting a block) to the scenario on screen, which Undo
    /// at `place` takes back until the next edit; `what` names the action ("Remove Legal") and
    /// `done` says what happened ("Legal removed."). Focus stays where the caller puts it.
    pub fn change(
        self,
        calc: Calc,
        place: Place,
        what: String,
        done: String,
        change: impl FnOnce(),
    ) {
        let before = Snapshot::take(calc, place, what, done);
        self.before.set(Some(before));
        self.place.set(Some(place));
        self.said.set((place, String::new()));
        self.fresh.set_value(true);
        change();
    }

    /// Forgets a change made at `place` once the draft is edited after it.
    fn forget_after_edits(self, calc: Calc, place: Place) {
        Effect::watch(
            move || calc.built.track(),
            move |_, _, _| {
                let here = self
                    .before
                    .with_untracked(|b| b.as_ref().is_some_and(|b| b.place == place));
                if !here {
                    return;
                }
                if self.fresh.get_value() {
                    self.fresh.set_value(false);
                } else {
                    self.before.set(None);
                }
            },
            false,
        );
    }

    /// Whether there is something to undo at `place`.
    fn can_undo(self, place: Place) -> bool {
        self.before
            .with(|b| b.as_ref().is_some_and(|b| b.place == place))
    }

    fn undo(self, calc: Calc) {
        let Some(before) = self.before.get_untracked() else {
            return;
        };
        let (what, place) = (before.what.clone(), before.place);
        before.restore(calc);
        self.before.set(None);
        let lang = calc.lang.get_untracked();
        let said = fill(lang, Msg::ReplaceUndone, &[("what", &what)]);
        self.said.set((place, said));
        focus_later(place.ids().1.to_owned());
    }
}

impl Default for Replacer {
    fn default() -> Replacer {
        Replacer::new()
    }
}

/// The page's one [`Replacer`] (a fresh one, with nothing to undo, outside the page).
pub fn use_replacer() -> Replacer {
    use_context::<Replacer>().unwrap_or_default()
}

/// After a replace or a change at `place`: a notice (what happened, and the caller's
/// `children`) with the Undo button, which takes focus; after Undo, a status saying the
/// scenario is back. Drawn only where the last action was; the notice is hidden while there
/// is nothing to undo. A change beside a table (not a replace) can be undone only until the
/// next edit.
#[component]
pub fn Replaced(place: Place, #[prop(optional)] children: Option<ChildrenFn>) -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let replacer = use_replacer();
    if matches!(place, Place::Partners | Place::Services | Place::Paste) {
        replacer.forget_after_edits(calc, place);
    }
    let (notice_id, status_id, undo_id) = place.ids();
    let shown = move |read: fn(&Snapshot) -> String| {
        replacer
            .before
            .with(|b| b.as_ref().map(read).unwrap_or_default())
    };
    let what = move || shown(|b| b.what.clone());
    let done = move || shown(|b| b.done.clone());
    let said = move || {
        replacer.said.with(|(at, said)| {
            if *at == place {
                said.clone()
            } else {
                String::new()
            }
        })
    };
    view! {
        <Show when=move || replacer.place.get() == Some(place)>
            <div class="app-notice app-notice--success" id=notice_id tabindex="-1" data-testid=notice_id
                hidden=move || !replacer.can_undo(place)>
                {move || (!done().is_empty()).then(|| view! { <p>{done}</p> })}
                {children.clone().map(|c| c())}
                <button type="button" class="app-button app-button--secondary" data-testid=undo_id
                    on:click=move |_| replacer.undo(calc)>
                    {t(lang, Msg::ReplaceUndo)}<span class="app-visually-hidden">" “" {what} "”"</span>
                </button>
            </div>
            <p class="app-hint" role="status" id=status_id tabindex="-1" data-testid=status_id>{said}</p>
        </Show>
    }
}
