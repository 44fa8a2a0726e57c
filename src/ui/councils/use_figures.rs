//! "Use these figures": checks that enough is chosen, fills the scenario from the published
//! figures (replacing what is on screen, with Undo), leaves each box it cannot fill empty
//! with a note saying why, and says what the figures are and where they come from.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::lines::line_id;
use super::search_box::INPUT_ID;
use super::Picker;
use crate::ui::box_notes::BoxNotes;
use crate::ui::build::ids;
use crate::ui::focus::{focus_later, focus_now};
use crate::ui::replace::{Replaced, Replacer};
use crate::ui::state::{use_calc, use_lang, Calc};
use sharecalc_core::councils::{
    attribution, council_names, fill as fill_scenario, Councils, Filled, Place, MIN_COUNCILS,
};
use sharecalc_core::i18n::{count, fill, t, Lang, Msg};

/// The picker's error summary.
const ERRORS_ID: &str = "councils-errors";

/// Empties the boxes the figures could not fill, and puts a note beside each.
fn leave_gaps(calc: Calc, notes: BoxNotes, lang: Lang, filled: &Filled) {
    let partners = calc.draft.partners.get_untracked();
    let services = calc.draft.services.get_untracked();
    let source = filled.scenario.source;
    let mut kept = BTreeMap::new();
    for gap in &filled.gaps {
        let (partner, cell) = match gap.place {
            Place::Population { partner } => {
                let p = partners.get(partner);
                (
                    partner,
                    p.map(|p| (ids::partner_population(p.key), p.population)),
                )
            }
            Place::Cost { service, partner } => {
                let cell = services
                    .get(service)
                    .zip(partners.get(partner))
                    .and_then(|(s, p)| {
                        s.baseline_cell(p.key)
                            .map(|c| (ids::baseline(s.key, p.key), c))
                    });
                (partner, cell)
            }
        };
        let name = filled
            .scenario
            .partners
            .get(partner)
            .map(|p| p.name.as_str())
            .unwrap_or_default();
        if let (Some((id, text)), Some(source)) = (cell, source) {
            text.set(String::new());
            kept.insert(id, gap.words(lang, name, source));
        }
    }
    notes.set(kept);
}

/// What stops the figures being used, if anything: the box to fix and the message.
fn problems(lang: Lang, picker: Picker, first_line: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if picker.chosen.with_untracked(Vec::len) < MIN_COUNCILS {
        out.push((
            INPUT_ID.to_owned(),
            t(lang, Msg::CouncilsNeedCouncils).to_owned(),
        ));
    }
    if picker.lines.with_untracked(Vec::is_empty) {
        out.push((
            first_line.to_owned(),
            t(lang, Msg::CouncilsNeedServices).to_owned(),
        ));
    }
    out
}

/// What the figures are and their attribution, the button, and the notice after it.
#[component]
pub fn UseFigures(data: Arc<Councils>) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let replacer = expect_context::<Replacer>();
    let notes = expect_context::<BoxNotes>();
    let calc = use_calc();
    let lang = use_lang();
    let usable = data.usable_lines();
    let first_line = usable
        .first()
        .and_then(|&i| data.lines.get(i))
        .map(|l| line_id(&l.code))
        .unwrap_or_default();
    let use_figures = {
        let data = data.clone();
        move |_| {
            let found = problems(lang, picker, &first_line);
            if !found.is_empty() {
                picker.problems.set(found);
                focus_later(ERRORS_ID.to_owned());
                return;
            }
            picker.problems.set(Vec::new());
            let councils = picker.councils(&data);
            let lines: Vec<usize> = picker.lines.with_untracked(|ticked| {
                usable
                    .iter()
                    .copied()
                    .filter(|i| ticked.contains(i))
                    .collect()
            });
            let filled = fill_scenario(lang, &data, &councils, &lines);
            replacer.replace(calc, &filled.scenario, t(lang, Msg::CouncilsUse).to_owned());
            leave_gaps(calc, notes, lang, &filled);
            let mut words = fill(
                lang,
                Msg::CouncilsFilled,
                &[
                    ("year", &data.source.year()),
                    ("councils", &council_names(lang, &councils)),
                ],
            );
            if !filled.gaps.is_empty() {
                words.push(' ');
                words.push_str(&count(
                    lang,
                    Msg::CouncilsFilledGaps,
                    filled.gaps.len() as u64,
                    &[],
                ));
            }
            picker.filled.set(words);
        }
    };
    let [_, ogl, register] = attribution(lang, data.source);
    view! {
        <p>{t(lang, Msg::CouncilsFiguresAre)}</p>
        <ul class="app-list app-councils__source" data-testid="councils-source">
            <li>{ogl}</li>
            <li>{register}</li>
        </ul>
        <p class="app-hint">{t(lang, Msg::CouncilsReplaces)}</p>
        <button type="button" class="app-button" data-testid="councils-use" on:click=use_figures>{t(lang, Msg::CouncilsUse)}</button>
        <Replaced>
            <h3 class="app-notice__title">{t(lang, Msg::CouncilsFilledTitle)}</h3>
            <p data-testid="councils-filled">{move || picker.filled.get()}</p>
        </Replaced>
    }
}

/// The GOV.UK error summary for the picker, above its boxes: what stops the figures being
/// used, each linking to its box.
#[component]
pub fn Problems() -> impl IntoView {
    let picker = expect_context::<Picker>();
    let lang = use_lang();
    view! {
        <Show when=move || picker.problems.with(|p| !p.is_empty())>
            <div class="app-error-summary" aria-labelledby="councils-errors-title" tabindex="-1" id=ERRORS_ID data-testid="councils-errors">
                <h3 class="app-error-summary__title" id="councils-errors-title">{t(lang, Msg::ErrorSummaryTitle)}</h3>
                <ul class="app-error-summary__list">
                    {move || picker.problems.get().into_iter().map(|(id, message)| {
                        let target = id.clone();
                        view! {
                            <li><a href=format!("#{id}") on:click=move |ev| { ev.prevent_default(); focus_now(&target); }>{message}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
