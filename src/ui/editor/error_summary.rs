//! The GOV.UK error summary: "There is a problem", with a link to each box that has one.
//! Following a link moves focus to the box without touching the address bar's fragment,
//! which holds the scenario.

use leptos::prelude::*;

use crate::ui::focus::focus_now;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::i18n::{t, Msg};

/// Shown above the editor while anything typed is unreadable or invalid.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let issues = move || calc.built.with(|b| b.issues.clone());
    view! {
        <Show when=move || calc.is_stale()>
            <div class="app-error-summary" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
                <h2 class="app-error-summary__title" id="error-summary-title">{t(lang, Msg::ErrorSummaryTitle)}</h2>
                <ul class="app-error-summary__list">
                    <For each=issues key=|i| (i.id.clone(), i.message.clone()) let:issue>
                        <li>
                            {if issue.id.is_empty() {
                                view! { <span>{issue.summary(lang)}</span> }.into_any()
                            } else {
                                let target = issue.id.clone();
                                view! {
                                    <a
                                        href=format!("#{}", issue.id)
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_now(&target);
                                        }
                                    >
                                        {issue.summary(lang)}
                                    </a>
                                }
                                    .into_any()
                            }}
                        </li>
                    </For>
                </ul>
            </div>
        </Show>
    }
}
