//! The council name box: an autocomplete in the ARIA 1.2 combobox pattern, as GOV.UK's
//! accessible-autocomplete does it. Typing lists the councils whose name contains what was
//! typed, with their type; the up and down arrows move through them
//! (`aria-activedescendant`), Enter chooses one, Escape closes the list; a polite status says
//! how many were found, or that none was, or that a Welsh or Scottish council has no figures
//! here yet.

use std::sync::Arc;

use leptos::prelude::*;

use super::Picker;
use crate::ui::state::use_lang;
use sharecalc_core::councils::{elsewhere, normalise, search, Councils, Kind, Nation};
use sharecalc_core::i18n::{count, fill, t, Msg};

/// The name box, which error messages link to.
pub const INPUT_ID: &str = "council-search";
/// The list of councils found.
const LIST_ID: &str = "council-options";
/// The most councils listed at once; typing more finds the others.
const LISTED: usize = 10;

/// One council found, as listed.
#[derive(Clone, PartialEq)]
struct Found {
    code: String,
    name: String,
    kind: Kind,
}

fn option_id(i: usize) -> String {
    format!("council-option-{i}")
}

/// The name box, its list and what it says.
#[component]
pub fn SearchBox(data: Arc<Councils>) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    let closed = RwSignal::new(false);
    let found = {
        let data = data.clone();
        Memo::new(move |_| {
            let chosen = picker.chosen.get();
            query.with(|q| {
                search(&data, q)
                    .into_iter()
                    .filter(|c| !chosen.contains(&c.code))
                    .map(|c| Found {
                        code: c.code.clone(),
                        name: c.name.clone(),
                        kind: c.kind,
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let listed = move || found.with(|f| f.iter().take(LISTED).cloned().collect::<Vec<_>>());
    let expanded = move || !closed.get() && found.with(|f| !f.is_empty());
    let elsewhere_notes = {
        let data = data.clone();
        Memo::new(move |_| {
            query.with(|q| {
                elsewhere(&data, q)
                    .into_iter()
                    .map(|e| {
                        let msg = match e.nation {
                            Nation::Wales => Msg::CouncilsInWales,
                            Nation::Scotland => Msg::CouncilsInScotland,
                        };
                        fill(lang, msg, &[("name", &e.name)])
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let typed = move || query.with(|q| !normalise(q).is_empty());
    let no_match = move || {
        (typed() && found.with(Vec::is_empty)).then(|| {
            fill(
                lang,
                Msg::CouncilsNoMatch,
                &[("query", &query.get().trim())],
            )
        })
    };
    // One polite status: what typing found, or what the last choice did.
    let status = move || {
        if !typed() {
            return picker.said.get();
        }
        let n = found.with(Vec::len);
        let mut words = match no_match() {
            Some(none) => none,
            None if n > LISTED => {
                let found = count(lang, Msg::CouncilsResults, n as u64, &[]);
                fill(
                    lang,
                    Msg::CouncilsResultsMore,
                    &[("found", &found), ("shown", &LISTED)],
                )
            }
            None => count(lang, Msg::CouncilsResults, n as u64, &[]),
        };
        for note in elsewhere_notes.get() {
            words.push(' ');
            words.push_str(&note);
        }
        words
    };
    let choose = {
        let data = data.clone();
        move |code: &str| {
            picker.add(lang, &data, code);
            query.set(String::new());
            active.set(None);
        }
    };
    let keydown = {
        let choose = choose.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let shown = found.with(|f| f.len().min(LISTED));
            match ev.key().as_str() {
                "ArrowDown" if shown > 0 => {
                    ev.prevent_default();
                    closed.set(false);
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1).min(shown - 1))));
                }
                "ArrowUp" if expanded() => {
                    ev.prevent_default();
                    active.update(|a| *a = a.and_then(|i| i.checked_sub(1)));
                }
                "Enter" if expanded() => {
                    ev.prevent_default();
                    let code = active
                        .get_untracked()
                        .and_then(|i| found.with_untracked(|f| f.get(i).map(|x| x.code.clone())));
                    if let Some(code) = code {
                        choose(&code);
                    }
                }
                "Escape" if expanded() => {
                    ev.prevent_default();
                    closed.set(true);
                    active.set(None);
                }
                _ => {}
            }
        }
    };
    let error = move || {
        picker.problems.with(|p| {
            p.iter()
                .find(|(id, _)| id == INPUT_ID)
                .map(|(_, m)| m.clone())
        })
    };
    let full = move || {
        picker
            .chosen
            .with(|c| c.len() >= sharecalc_core::councils::MAX_COUNCILS)
    };
    let described = move || {
        let mut ids = vec!["council-search-hint"];
        if error().is_some() {
            ids.push("council-search-error");
        }
        ids.join(" ")
    };
    let label = t(lang, Msg::CouncilsSearchLabel);
    view! {
        <div class="app-form-group app-combobox" class:app-form-group--error=move || error().is_some()>
            <label class="app-label" for=INPUT_ID>{label}</label>
            <div class="app-hint" id="council-search-hint">{t(lang, Msg::CouncilsSearchHint)}</div>
            {move || full().then(|| view! { <p class="app-hint">{t(lang, Msg::CouncilsFull)}</p> })}
            {move || error().map(|m| view! {
                <p class="app-error-message" id="council-search-error">
                    <span class="app-visually-hidden">{t(lang, Msg::EditorErrorHidden)}" "</span>{m}
                </p>
            })}
            <div class="app-combobox__wrapper">
                <input
                    class="app-input app-input--full"
                    class:app-input--error=move || error().is_some()
                    id=INPUT_ID
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls=LIST_ID
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                    aria-describedby=described
                    data-testid="council-search"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        active.set(None);
                        closed.set(false);
                    }
                    on:keydown=keydown
                    on:blur=move |_| {
                        closed.set(true);
                        active.set(None);
                    }
                />
                <ul class="app-combobox__list" id=LIST_ID role="listbox" aria-label=label hidden=move || !expanded() data-testid="council-options">
                    {move || listed().into_iter().enumerate().map(|(i, f)| {
                        let choose = choose.clone();
                        let code = f.code.clone();
                        view! {
                            <li
                                class="app-combobox__option"
                                class:app-combobox__option--active=move || active.get() == Some(i)
                                id=option_id(i)
                                role="option"
                                aria-selected=move || (active.get() == Some(i)).to_string()
                                on:mousedown=|ev| ev.prevent_default()
                                on:click=move |_| choose(&code)
                            >
                                <span lang="en-GB">{f.name.clone()}</span>
                                <span class="app-visually-hidden">", "</span>
                                <span class="app-combobox__kind">{f.kind.words(lang)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
            <div class="app-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="council-search-status">{status}</div>
            {move || no_match().map(|m| view! { <p class="app-hint" data-testid="councils-no-match">{m}</p> })}
            {move || elsewhere_notes.get().into_iter().map(|n| view! {
                <p class="app-notice" data-testid="councils-elsewhere">{n}</p>
            }).collect_view()}
        </div>
    }
}
