//! The services to share: one checkbox per usable line of the budget returns, with the name
//! it was published under, and why HR, finance, ICT and legal are not among them.

use std::sync::Arc;

use leptos::prelude::*;

use super::Picker;
use crate::ui::state::use_lang;
use sharecalc_core::councils::{line_name, Councils};
use sharecalc_core::i18n::{fill, t, Msg};

/// The id of the checkbox for line `code`.
pub fn line_id(code: &str) -> String {
    format!("council-line-{code}")
}

/// Stands for the published name while the sentence around it is put into words, so that
/// the name (in English on a Welsh page) can be marked as English.
const NAME: &str = "\u{1}";

/// The checkboxes.
#[component]
pub fn Lines(data: Arc<Councils>) -> impl IntoView {
    let picker = expect_context::<Picker>();
    let lang = use_lang();
    let first = data
        .usable_lines()
        .first()
        .and_then(|&i| data.lines.get(i))
        .map(|l| line_id(&l.code))
        .unwrap_or_default();
    let error = {
        let first = first.clone();
        move || {
            picker.problems.with(|p| {
                p.iter()
                    .find(|(id, _)| *id == first)
                    .map(|(_, m)| m.clone())
            })
        }
    };
    let error_first = error.clone();
    let boxes = data
        .usable_lines()
        .into_iter()
        .filter_map(|i| data.lines.get(i).map(|l| (i, l.clone())))
        .map(|(i, line)| {
            let id = line_id(&line.code);
            let hint_id = format!("{id}-hint");
            let published = fill(
                lang,
                Msg::CouncilsLinePublished,
                &[("name", &NAME), ("number", &line.number)],
            );
            let (before, after) = published.split_once(NAME).unwrap_or((&published, ""));
            let (before, after) = (before.to_owned(), after.to_owned());
            let checked = move || picker.lines.with(|l| l.contains(&i));
            let first = first.clone();
            let change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                picker.lines.update(|l| {
                    l.retain(|x| *x != i);
                    if on {
                        l.push(i);
                    }
                });
                if on {
                    picker.problems.update(|p| p.retain(|(id, _)| *id != first));
                }
            };
            view! {
                <div class="app-checkbox">
                    <input type="checkbox" id=id.clone() prop:checked=checked on:change=change aria-describedby=hint_id.clone() />
                    <div>
                        <label class="app-checkbox__label" for=id>{line_name(lang, &data, i)}</label>
                        <div class="app-hint" id=hint_id>{before}<span lang="en-GB">{line.published_name.clone()}</span>{after}</div>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="app-form-group" class:app-form-group--error=move || error_first().is_some()>
            <fieldset class="app-fieldset" aria-describedby="council-lines-hint council-lines-back-office">
                <legend class="app-label app-councils__legend">{t(lang, Msg::CouncilsServicesLegend)}</legend>
                <div class="app-hint" id="council-lines-hint">{t(lang, Msg::CouncilsServicesHint)}</div>
                <p class="app-notice" id="council-lines-back-office" data-testid="councils-back-office">{t(lang, Msg::CouncilsBackOffice)}</p>
                {move || error().map(|m| view! {
                    <p class="app-error-message">
                        <span class="app-visually-hidden">{t(lang, Msg::EditorErrorHidden)}" "</span>{m}
                    </p>
                })}
                <div class="app-councils__lines" data-testid="council-lines">{boxes}</div>
            </fieldset>
        </div>
    }
}
