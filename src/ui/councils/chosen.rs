//! The councils chosen, each with its type and a Remove button, and what choosing a county
//! with districts inside it means (their residents counted twice, their services different).

use std::sync::Arc;

use leptos::prelude::*;

use super::search_box::INPUT_ID;
use super::Picker;
use crate::ui::focus::focus_later;
use crate::ui::state::use_lang;
use sharecalc_core::councils::{overlaps, Councils};
use sharecalc_core::i18n::{fill, t, Msg};

fn remove_id(code: &str) -> String {
    format!("council-remove-{code}")
}

/// The list of councils chosen, and the notes about them.
#[component]
pub fn Chosen(data: Arc<Councils>) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let lang = use_lang();
    let year = data.source.year();
    // One handle for the list's rows, which are drawn again as councils come and go.
    let stored = StoredValue::new(data.clone());
    let notes = {
        let data = data.clone();
        move || {
            overlaps(&picker.councils(&data))
                .into_iter()
                .map(|o| view! { <p class="app-notice app-notice--warning" data-testid="councils-overlap">{o.words(lang)}</p> })
                .collect_view()
        }
    };
    view! {
        <h3 id="councils-chosen-heading">{t(lang, Msg::CouncilsChosenHeading)}</h3>
        <Show
            when=move || picker.chosen.with(|c| !c.is_empty())
            fallback=move || view! { <p class="app-hint">{t(lang, Msg::CouncilsChosenNone)}</p> }
        >
            <ul class="app-councils__chosen" aria-labelledby="councils-chosen-heading" data-testid="councils-chosen">
                <For each=move || picker.chosen.get() key=|code| code.clone() let:code>
                    {let data = stored.get_value();
                    data.council(&code).map(|c| {
                        let name = c.name.clone();
                        let data = data.clone();
                        let remove = move |_| {
                            let at = picker.chosen.with_untracked(|v| v.iter().position(|x| *x == code));
                            picker.remove(lang, &data, &code);
                            let next = at.and_then(|i| picker.chosen.with_untracked(|v| v.get(i).or(v.last()).cloned()));
                            focus_later(next.map_or_else(|| INPUT_ID.to_owned(), |c| remove_id(&c)));
                        };
                        view! {
                            <li class="app-councils__council">
                                <span class="app-councils__name" lang="en-GB">{c.name.clone()}</span>
                                <span class="app-hint app-councils__kind">{c.kind.words(lang)}</span>
                                {(!c.has_return()).then(|| view! {
                                    <span class="app-hint app-councils__kind">{fill(lang, Msg::CouncilsNoReturn, &[("year", &year)])}</span>
                                })}
                                <button type="button" class="app-button app-button--secondary app-button--small" id=remove_id(&c.code) on:click=remove>
                                    {t(lang, Msg::EditorRemove)}<span class="app-visually-hidden">" " {name}</span>
                                </button>
                            </li>
                        }
                    })}
                </For>
            </ul>
        </Show>
        {notes}
    }
}
