//! "How sure are we?" and "Is it fair to each of us?": the analysis panels. They read the
//! scenario as entered (never a what-if) and call [`sharecalc_core::analysis`] for every figure; the
//! only thing they write is the `uncertainty` ranges in the draft.

mod fairness;
mod leaving;
mod ranges;
mod simulation;
mod switching;
mod table;
mod tornado;

use leptos::prelude::*;

use crate::ui::model::{use_calc, use_lang, use_options};
use sharecalc_core::i18n::{t, Msg};

/// Both sections, after the figures in full.
#[component]
pub fn Analysis() -> impl IntoView {
    // The panels follow the scenario as entered (the calculator page never applies the
    // summary's what-if) once typing pauses: thousands of evaluations per key press would
    // slow typing, and nobody reads a Monte Carlo mid-keystroke.
    let calc = use_calc();
    let lang = use_lang();
    let scenario = Signal::from(calc.settled);
    let results = Signal::from(calc.settled_results);
    let locked = use_options().lock;
    view! {
        <section class="app-section" aria-labelledby="how-sure-heading" data-testid="how-sure">
            <h2 id="how-sure-heading">{t(lang, Msg::AnalysisHowSureHeading)}</h2>
            <p>{t(lang, Msg::AnalysisHowSureIntro)}</p>
            <switching::SwitchingValues scenario results />
            <tornado::TornadoChart scenario />
            // The ranges are part of the scenario: a locked (published) page does not edit them.
            {(!locked).then(|| view! { <ranges::Ranges /> })}
            <simulation::SimulationResults scenario />
        </section>
        <section class="app-section" aria-labelledby="fair-heading" data-testid="is-it-fair">
            <h2 id="fair-heading">{t(lang, Msg::AnalysisFairHeading)}</h2>
            <fairness::Standings scenario results />
            <fairness::Balance scenario results />
            <leaving::Leave scenario results />
        </section>
    }
}
