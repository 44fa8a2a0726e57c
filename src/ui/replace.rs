//! Replacing the whole scenario on screen (today: "Use these figures" from real councils),
//! with one step of Undo back to exactly what was on screen: every box as typed (even text
//! that cannot be read yet), the notes beside boxes, the options kept to compare and the
//! figures' source. In one place, so that any action that replaces the scenario offers the
//! same Undo; it follows the pattern of Undo after deleting a saved scenario (a button that
//! takes focus, a status saying what happened).

use leptos::prelude::*;

use super::box_notes::BoxNotes;
use super::build::ids;
use super::draft::{Basis, Draft, Text};
use super::focus::focus_later;
use super::state::{use_calc, use_lang, Calc};
use sharecalc_core::engine::{sample, Scenario, Source};
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
    /// How many partners there were.
    partners: usize,
    /// Each service's split, in order.
    services: Vec<Basis>,
    /// Every box's text and note, in [`boxes`] order.
    boxes: Vec<(String, Option<String>)>,
    /// Where the figures came from.
    source: Option<Source>,
    /// The options kept to compare.
    others: Vec<Scenario>,
}

/// Every box of the draft with its element id, in a fixed order that depends only on how
/// many partners and services there are. A box added to the draft must be listed here for
/// Undo to put it back.
fn boxes(d: &Draft) -> Vec<(String, Text)> {
    let mut out: Vec<(String, Text)> = [
        ("title", d.title),
        ("currency", d.currency),
        ("first-year", d.first_year),
        ("horizon-years", d.horizon_years),
        ("discount-rate", d.discount_rate),
        ("cost-growth", d.cost_growth),
        ("realisation", d.realisation),
        ("optimism-bias", d.optimism_bias),
    ]
    .into_iter()
    .map(|(id, text)| (id.to_owned(), text))
    .collect();
    let partners = d.partners.get_untracked();
    for p in &partners {
        out.push((ids::partner_name(p.key), p.name));
        out.push((ids::partner_population(p.key), p.population));
    }
    for s in d.services.get_untracked() {
        for (field, text) in [
            ("name", s.name),
            ("saving-rate", s.saving_rate),
            ("ramp-years", s.ramp_years),
            ("one-off-cost", s.one_off_cost),
            ("running-cost-rate", s.running_cost_rate),
            ("driver-label", s.driver_label),
        ] {
            out.push((ids::service(s.key, field), text));
        }
        for p in &partners {
            out.extend(
                s.baseline_cell(p.key)
                    .map(|c| (ids::baseline(s.key, p.key), c)),
            );
            out.extend(s.driver_cell(p.key).map(|c| (ids::driver(s.key, p.key), c)));
        }
    }
    out.extend(d.uncertainty.boxes().map(|b| (String::new(), b)));
    out
}

impl Snapshot {
    fn take(calc: Calc, notes: BoxNotes, what: String) -> Snapshot {
        let d = calc.draft;
        Snapshot {
            what,
            partners: d.partners.with_untracked(Vec::len),
            services: d
                .services
                .with_untracked(|s| s.iter().map(|s| s.basis.get_untracked()).collect()),
            boxes: boxes(&d)
                .into_iter()
                .map(|(id, text)| (text.get_untracked(), notes.current(&id)))
                .collect(),
            source: d.source.get_untracked(),
            others: calc.others.get_untracked(),
        }
    }

    /// Puts everything back: a draft of the same shape, then every box's text and note.
    fn restore(self, calc: Calc, notes: BoxNotes) {
        let d = calc.draft;
        d.load(&sample::sized(self.partners, self.services.len(), 1));
        d.services.with_untracked(|services| {
            for (s, basis) in services.iter().zip(&self.services) {
                s.basis.set(*basis);
            }
        });
        let mut kept = Vec::new();
        for ((id, text), (typed, note)) in boxes(&d).into_iter().zip(self.boxes) {
            text.set(typed);
            if let Some(note) = note {
                kept.push((id, note));
            }
        }
        notes.set(kept);
        d.source.set(self.source);
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
    let replacer = expect_context::<Replacer>();
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
