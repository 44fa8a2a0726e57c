//! The switching values as a list of sentences.

use leptos::prelude::*;

use crate::analysis::switching_values;
use crate::engine::{Results, Scenario};

/// What would have to change, input by input, for sharing to stop (or start) paying.
#[component]
pub fn SwitchingValues(scenario: Memo<Scenario>, results: Memo<Results>) -> impl IntoView {
    let values = Memo::new(move |_| scenario.with(|s| results.with(|r| switching_values(s, r))));
    view! {
        <h3>"What would have to change"</h3>
        <p class="app-hint">"Each input on its own, everything else as entered (the Green Book\u{2019}s \u{201c}switching values\u{201d})."</p>
        <ul class="app-list" data-testid="switching-values">
            {move || values.with(|v| v.iter().map(|x| view! {
                <li data-testid=format!("switching-{}", x.input.code())>
                    <strong>{x.input.label()}": "</strong>{x.sentence.clone()}
                </li>
            }).collect_view())}
        </ul>
    }
}
