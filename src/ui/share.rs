//! "Share this scenario": copy the link (it holds the whole scenario), or hand it to the
//! device's share sheet where the browser has the Web Share API.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::ui::clipboard::copy_text;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::i18n::{t, Msg};

/// True when the browser offers `navigator.share`.
fn can_share() -> bool {
    sharecalc_web::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("share"))
            .is_ok_and(|f| f.is_function())
    })
}

/// The share panel.
#[component]
pub fn SharePanel() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let (status, set_status) = signal(String::new());
    let link = calc.link;
    let copy = move |_| {
        let url = link.get_untracked();
        spawn_local(async move {
            let words = if copy_text(&url).await {
                Msg::ShareCopied
            } else {
                Msg::ShareCopyFailed
            };
            set_status.set(t(lang, words).to_owned());
        });
    };
    let share = move |_| {
        let data = web_sys::ShareData::new();
        data.set_title(&calc.scenario.with(|s| s.title.clone()));
        data.set_url(&link.get_untracked());
        let Some(window) = sharecalc_web::window() else {
            return;
        };
        let promise = window.navigator().share_with_data(&data);
        spawn_local(async move {
            if JsFuture::from(promise).await.is_ok() {
                set_status.set(t(lang, Msg::ShareShared).to_owned());
            }
        });
    };
    view! {
        <section class="app-section app-share" aria-labelledby="share-heading">
            <h2 id="share-heading">{t(lang, Msg::ShareHeading)}</h2>
            <p>{t(lang, Msg::ShareIntro)}</p>
            <button type="button" class="app-button" data-testid="copy-link" on:click=copy>{t(lang, Msg::ShareCopy)}</button>
            {can_share().then(|| view! {
                <button type="button" class="app-button app-button--secondary" on:click=share>{t(lang, Msg::ShareShare)}</button>
            })}
            <p class="app-hint" role="status" data-testid="share-status">{status}</p>
            <div class="app-form-group">
                <label class="app-label" for="share-link">{t(lang, Msg::ShareLinkLabel)}</label>
                <input class="app-input app-input--full" id="share-link" type="text" readonly prop:value=move || calc.settled_link.get() />
            </div>
        </section>
    }
}
