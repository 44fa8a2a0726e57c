//! Scenario files: download the scenario in the spec's JSON format, and open one again with
//! a file picker or by dropping it on a marked area. A file that cannot be read is explained
//! with the same named errors as a broken link, and the scenario on screen stays.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use crate::ui::download::download;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::codec::file::{file_name, from_options_file_json, to_options_file_json};
use sharecalc_core::codec::link::MAX_INFLATED_BYTES;
use sharecalc_core::codec::LinkError;
use sharecalc_core::engine::Scenario;
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// Reads a chosen or dropped file as a scenario, or says in `lang` why it cannot be opened.
/// Files larger than any link may inflate to are refused unread.
async fn read(lang: Lang, file: &File) -> Result<Vec<Result<Scenario, String>>, String> {
    if file.size() > MAX_INFLATED_BYTES as f64 {
        return Err(LinkError::TooLarge.file_message(lang));
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| t(lang, Msg::KeepFilesUnreadable).to_owned())?;
    let options = from_options_file_json(&text).map_err(|e| e.file_message(lang))?;
    Ok(options
        .into_iter()
        .map(|o| o.map_err(|e| e.file_message(lang)))
        .collect())
}

/// The files panel.
#[component]
pub fn Files() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let export = move |_| {
        if calc.is_stale() {
            problem.set(Some(t(lang, Msg::KeepNotComplete).to_owned()));
            return;
        }
        // With options kept to compare, the file holds them all, the one being edited first.
        let (name, json) = calc.scenario.with_untracked(|s| {
            calc.others.with_untracked(|others| {
                let mut all = vec![s.clone()];
                all.extend(others.iter().cloned());
                (file_name(&s.title, "json"), to_options_file_json(&all))
            })
        });
        if download(&name, "application/json", &json) {
            problem.set(None);
            status.set(fill(lang, Msg::KeepFilesDownloaded, &[("file", &name)]));
        } else {
            problem.set(Some(t(lang, Msg::DownloadRefused).to_owned()));
        }
    };
    let open = move |file: File| {
        spawn_local(async move {
            match read(lang, &file).await {
                Ok(options) => {
                    let total = options.len();
                    let mut options = options.into_iter();
                    match options.next() {
                        Some(Ok(scenario)) => {
                            let mut others = Vec::new();
                            let mut problems = Vec::new();
                            for (i, option) in options.enumerate() {
                                match option {
                                    Ok(s) => others.push(s),
                                    Err(m) => problems.push(fill(
                                        lang,
                                        Msg::KeepFilesOptionProblem,
                                        &[("number", &(i + 2)), ("total", &total), ("reason", &m)],
                                    )),
                                }
                            }
                            calc.draft.load(&scenario);
                            calc.others.set(others);
                            problem.set((!problems.is_empty()).then(|| problems.join(" ")));
                            status.set(fill(
                                lang,
                                Msg::KeepFilesOpened,
                                &[("title", &scenario.title), ("file", &file.name())],
                            ));
                        }
                        Some(Err(message)) => {
                            status.set(String::new());
                            problem.set(Some(message));
                        }
                        None => {}
                    }
                }
                Err(message) => {
                    status.set(String::new());
                    problem.set(Some(message));
                }
            }
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open(file);
        }
        // Lets the same file be chosen again after it is corrected.
        input.set_value("");
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        match ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            Some(file) => open(file),
            None => problem.set(Some(t(lang, Msg::KeepFilesNotAFile).to_owned())),
        }
    };
    view! {
        <section class="app-keep__files" aria-labelledby="files-heading">
            <h3 id="files-heading">{t(lang, Msg::KeepFilesHeading)}</h3>
            <p class="app-hint">{t(lang, Msg::KeepFilesHint)}</p>
            <button type="button" class="app-button app-button--secondary" data-testid="download-json" on:click=export>
                {t(lang, Msg::KeepFilesDownload)}
            </button>
            <div
                class="app-drop-zone"
                class:app-drop-zone--active=move || dragging.get()
                data-testid="drop-zone"
                on:dragenter=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped
            >
                <label class="app-label" for="open-file">{t(lang, Msg::KeepFilesOpenLabel)}</label>
                <p class="app-hint" id="open-file-hint">{t(lang, Msg::KeepFilesOpenHint)}</p>
                <input class="app-file-input" type="file" id="open-file" accept=".json,application/json"
                    aria-describedby="open-file-hint" data-testid="open-file" on:change=chosen />
            </div>
            {move || problem.get().map(|message| view! {
                <div class="app-notice app-notice--error" role="alert" data-testid="file-problem">
                    <p>{message}</p>
                    <p>{t(lang, Msg::KeepFilesStillShown)}</p>
                </div>
            })}
            <p class="app-hint" role="status" data-testid="file-status">{move || status.get()}</p>
        </section>
    }
}
