//! The example picker: a first-time visitor starts from a ready-made scenario.

use leptos::prelude::*;

use crate::ui::model::{use_calc, use_lang};
use crate::ui::replace::{use_replacer, Place, Replaced};
use sharecalc_core::examples::EXAMPLES;
use sharecalc_core::i18n::{fill, t, Msg};

/// "Start from an example": a select and a button that loads it into the editor, written in
/// the page's language.
#[component]
pub fn ExamplePicker() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let replacer = use_replacer();
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
            let scenario = (example.build)(lang);
            set_note.set(fill(
                lang,
                Msg::ExamplesLoaded,
                &[("title", &scenario.title)],
            ));
            let what = t(lang, Msg::ExamplesUse).to_owned();
            replacer.replace(calc, &scenario, what, Place::Example);
        }
    };
    view! {
        <form class="app-examples" on:submit=load>
            <div class="app-form-group app-form-group--inline">
                <label class="app-label" for="example">{t(lang, Msg::ExamplesLabel)}</label>
                <select class="app-select" id="example" bind:value=(chosen, set_chosen)>
                    {EXAMPLES.iter().map(|e| view! { <option value=e.id>{t(lang, e.title)}</option> }).collect_view()}
                </select>
                <button type="submit" class="app-button app-button--secondary">{t(lang, Msg::ExamplesUse)}</button>
            </div>
            <p class="app-hint" role="status">{note}</p>
            <Replaced place=Place::Example>
                <p>{t(lang, Msg::ReplaceCanUndo)}</p>
            </Replaced>
        </form>
    }
}
