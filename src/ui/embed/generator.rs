//! "Put this on your website": a council web team picks how the embed looks, sees it live,
//! and copies the HTML. The snippet carries the current scenario; its language starts as the
//! page's and can be changed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::clipboard::copy_text;
use crate::ui::model::link::page_base;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::display::{parse_accent, DisplayOptions, Lang, View};
use sharecalc_core::embed_code::{app_url, snippet, DEFAULT_HEIGHT};
use sharecalc_core::i18n::{t, Msg};

/// The value of the radio that embeds the residents' summary.
const SUMMARY: &str = "summary";
/// The value of the radio that embeds the full calculator.
const EDITOR: &str = "editor";

/// The embed code panel.
#[component]
pub fn EmbedGenerator() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let error_hidden = t(lang, Msg::EditorErrorHidden);
    // The radios' and the select's values: what is embedded, and in which language.
    let shown = RwSignal::new(SUMMARY.to_owned());
    let summary = move || shown.with(|v| v == SUMMARY);
    let lock = RwSignal::new(true);
    let embed_lang = RwSignal::new(lang.tag().to_owned());
    let welsh = move || embed_lang.with(|l| l == Lang::Cy.tag());
    let accent = RwSignal::new(String::new());
    let height = RwSignal::new(DEFAULT_HEIGHT.to_string());
    let (copied, set_copied) = signal(String::new());
    let preview_open = RwSignal::new(false);
    let accent_problem = Memo::new(move |_| {
        accent.with(|a| {
            (!a.trim().is_empty())
                .then(|| parse_accent(a).err().map(|why| why.render(lang)))
                .flatten()
        })
    });
    let height_problem = Memo::new(move |_| {
        height.with(|h| match h.trim().parse::<u32>() {
            Ok(v) if (300..=5000).contains(&v) => None,
            _ => Some(t(lang, Msg::EmbedHeightError).to_owned()),
        })
    });
    let options = Memo::new(move |_| DisplayOptions {
        view: if summary() {
            View::Summary
        } else {
            View::Editor
        },
        lock: lock.get(),
        lang: if welsh() { Lang::Cy } else { Lang::En },
        accent: accent.with(|a| parse_accent(a).ok()),
        ..DisplayOptions::default()
    });
    let fragment = calc.fragment;
    let pixels = move || {
        height
            .with(|h| h.trim().parse::<u32>().ok())
            .filter(|v| (300..=5000).contains(v))
            .unwrap_or(DEFAULT_HEIGHT)
    };
    // The code for a fragment; the one on screen follows the scenario once typing pauses, the
    // one copied is written from the scenario at the moment of copying.
    let code_for = move |f: &str| {
        let title = calc.scenario.with(|s| s.title.clone());
        options.with(|o| snippet(&page_base(), o, f, &title, pixels()))
    };
    let code = Memo::new(move |_| calc.settled_fragment.with(|f| code_for(f)));
    let preview = move || {
        let mut framed = options.get();
        framed.embed = true;
        calc.settled_fragment
            .with(|f| app_url(&page_base(), &framed, f))
    };
    let copy = move |_| {
        let code = fragment.with_untracked(|f| code_for(f));
        spawn_local(async move {
            let words = if copy_text(&code).await {
                Msg::EmbedCopied
            } else {
                Msg::EmbedCopyFailed
            };
            set_copied.set(t(lang, words).to_owned());
        });
    };
    view! {
        <section class="app-section app-embed-generator" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{t(lang, Msg::EmbedHeading)}</h2>
            <p>{t(lang, Msg::EmbedIntro)}</p>
            <div class="app-grid">
                <fieldset class="app-fieldset">
                    <legend class="app-label">{t(lang, Msg::EmbedWhatLegend)}</legend>
                    <div class="app-radio">
                        <input type="radio" id="embed-view-summary" name="embed-view" value=SUMMARY bind:group=shown />
                        <label for="embed-view-summary">{t(lang, Msg::EmbedViewSummary)}</label>
                    </div>
                    <div class="app-radio">
                        <input type="radio" id="embed-view-editor" name="embed-view" value=EDITOR bind:group=shown />
                        <label for="embed-view-editor">{t(lang, Msg::EmbedViewEditor)}</label>
                    </div>
                </fieldset>
                <div class="app-form-group">
                    <label class="app-label" for="embed-lang">{t(lang, Msg::PageLanguageLabel)}</label>
                    <div class="app-hint" id="embed-lang-hint">{t(lang, Msg::EmbedLangHint)}</div>
                    <select class="app-select" id="embed-lang" aria-describedby="embed-lang-hint" bind:value=embed_lang>
                        <option value=Lang::En.tag() selected=move || !welsh()>{t(lang, Msg::EmbedLangEn)}</option>
                        <option value=Lang::Cy.tag() selected=welsh>{t(lang, Msg::EmbedLangCy)}</option>
                    </select>
                </div>
                <div>
                    <div class="app-checkbox">
                        <input type="checkbox" id="embed-lock" bind:checked=lock />
                        <label for="embed-lock">{t(lang, Msg::EmbedLock)}</label>
                    </div>
                    <div class="app-form-group" class:app-form-group--error=move || accent_problem.with(Option::is_some)>
                        <label class="app-label" for="embed-accent">{t(lang, Msg::EmbedAccentLabel)}</label>
                        <div class="app-hint" id="embed-accent-hint">{t(lang, Msg::EmbedAccentHint)}</div>
                        {move || accent_problem.get().map(|m| view! { <p class="app-error-message" id="embed-accent-error"><span class="app-visually-hidden">{error_hidden}" "</span>{m}</p> })}
                        <input class="app-input app-input--width-8" id="embed-accent" type="text" spellcheck="false" autocomplete="off"
                            aria-describedby=move || if accent_problem.with(Option::is_some) { "embed-accent-hint embed-accent-error" } else { "embed-accent-hint" }
                            bind:value=accent />
                    </div>
                    <div class="app-form-group" class:app-form-group--error=move || height_problem.with(Option::is_some)>
                        <label class="app-label" for="embed-height">{t(lang, Msg::EmbedHeightLabel)}</label>
                        <div class="app-hint" id="embed-height-hint">{t(lang, Msg::EmbedHeightHint)}</div>
                        {move || height_problem.get().map(|m| view! { <p class="app-error-message" id="embed-height-error"><span class="app-visually-hidden">{error_hidden}" "</span>{m}</p> })}
                        <input class="app-input app-input--width-5" id="embed-height" type="text" inputmode="numeric" autocomplete="off"
                            aria-describedby=move || if height_problem.with(Option::is_some) { "embed-height-hint embed-height-error" } else { "embed-height-hint" }
                            bind:value=height />
                    </div>
                </div>
            </div>
            <div class="app-form-group">
                <label class="app-label" for="embed-code">{t(lang, Msg::EmbedCodeLabel)}</label>
                <textarea class="app-textarea" id="embed-code" rows="6" readonly data-testid="embed-code" prop:value=move || code.get()></textarea>
            </div>
            <button type="button" class="app-button" on:click=copy data-testid="copy-embed">{t(lang, Msg::EmbedCopy)}</button>
            <p class="app-hint" role="status">{copied}</p>
            <details class="app-details" on:toggle=move |ev| preview_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{t(lang, Msg::EmbedPreviewSummary)}</summary>
                // A fresh frame per change, never a navigation of the old one: navigating a
                // frame would add an entry to the browser's history at every keystroke.
                {move || preview_open.get().then(|| {
                    let src = preview();
                    view! { <iframe class="app-embed-preview" title=t(lang, Msg::EmbedPreviewTitle) src=src></iframe> }
                })}
            </details>
        </section>
    }
}
