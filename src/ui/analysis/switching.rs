//! The switching values as a list of sentences.

use leptos::prelude::*;

use crate::ui::model::use_lang;
use sharecalc_core::analysis::switching_values;
use sharecalc_core::engine::{Results, Scenario};
use sharecalc_core::i18n::{t, Msg};

/// What would have to change, input by input, for sharing to stop (or start) paying.
#[component]
pub fn SwitchingValues(scenario: Signal<Scenario>, results: Signal<Results>) -> impl IntoView {
    let lang = use_lang();
    let values = Memo::new(move |_| scenario.with(|s| results.with(|r| switching_values(s, r))));
    view! {
        <h3>{t(lang, Msg::AnalysisSwitchingHeading)}</h3>
        <p class="app-hint">{t(lang, Msg::AnalysisSwitchingHint)}</p>
        <ul class="app-list" data-testid="switching-values">
            {move || values.with(|v| v.iter().map(|x| view! {
                <li data-testid=format!("switching-{}", x.input.code())>
                    <strong>{x.input.label(lang)}": "</strong>{x.sentence.render(lang)}
                </li>
            }).collect_view())}
        </ul>
    }
}
