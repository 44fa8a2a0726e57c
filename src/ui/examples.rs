//! The example picker: a first-time visitor starts from a ready-made scenario.

use leptos::prelude::*;

use crate::examples::EXAMPLES;
use crate::ui::state::use_calc;

/// "Start from an example": a select and a button that loads it into the editor.
#[component]
pub fn ExamplePicker() -> impl IntoView {
    let calc = use_calc();
    let (chosen, set_chosen) = signal(
        EXAMPLES
            .first()
            .map(|e| e.id)
            .unwrap_or_default()
            .to_owned(),
    );
    let (note, set_note) = signal(String::new());
    let load = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked();
        if let Some(example) = EXAMPLES.iter().find(|e| e.id == id) {
            let scenario = (example.build)();
            set_note.set(format!("Loaded \u{201c}{}\u{201d}.", scenario.title));
            calc.draft.load(&scenario);
        }
    };
    view! {
        <form class="app-examples" on:submit=load>
            <div class="app-form-group app-form-group--inline">
                <label class="app-label" for="example">"Start from an example"</label>
                <select class="app-select" id="example" on:change=move |ev| set_chosen.set(event_target_value(&ev))>
                    {EXAMPLES.iter().map(|e| view! { <option value=e.id>{(e.build)().title}</option> }).collect_view()}
                </select>
                <button type="submit" class="app-button app-button--secondary">"Use this example"</button>
            </div>
            <p class="app-hint" role="status">{note}</p>
        </form>
    }
}
