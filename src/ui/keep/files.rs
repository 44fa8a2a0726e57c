//! Scenario files: download the scenario in the spec's JSON format, and open one again with
//! a file picker or by dropping it on a marked area. A file that cannot be read is explained
//! with the same named errors as a broken link, and the scenario on screen stays.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use super::{quoted, NOT_COMPLETE};
use crate::codec::file::{file_name, from_options_file_json, to_options_file_json};
use crate::codec::link::MAX_INFLATED_BYTES;
use crate::codec::LinkError;
use crate::engine::Scenario;
use crate::ui::download::download;
use crate::ui::state::use_calc;

/// Reads a chosen or dropped file as a scenario, or says why it cannot be opened. Files
/// larger than any link may inflate to are refused unread.
async fn read(file: &File) -> Result<Vec<Result<Scenario, String>>, String> {
    if file.size() > MAX_INFLATED_BYTES as f64 {
        return Err(LinkError::TooLarge.file_message());
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| {
            "This file could not be read. Check that it is still where it was, then choose it again."
                .to_owned()
        })?;
    let options = from_options_file_json(&text).map_err(|e| e.file_message())?;
    Ok(options
        .into_iter()
        .map(|o| o.map_err(|e| e.file_message()))
        .collect())
}

/// The files panel.
#[component]
pub fn Files() -> impl IntoView {
    let calc = use_calc();
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let export = move |_| {
        if calc.is_stale() {
            problem.set(Some(NOT_COMPLETE.to_owned()));
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
            status.set(format!("Downloaded {name}."));
        } else {
            problem.set(Some(
                "Your browser did not allow the download. Try again, or use another browser."
                    .to_owned(),
            ));
        }
    };
    let open = move |file: File| {
        spawn_local(async move {
            match read(&file).await {
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
                                    Err(m) => problems.push(format!(
                                        "Option {} of {total} in this file could not be opened. {m}",
                                        i + 2
                                    )),
                                }
                            }
                            calc.draft.load(&scenario);
                            calc.others.set(others);
                            problem.set((!problems.is_empty()).then(|| problems.join(" ")));
                            status.set(format!(
                                "Opened {} from {}: the calculator now shows it.",
                                quoted(&scenario.title),
                                file.name()
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
            None => problem.set(Some(
                "What was dropped is not a file. Drop a sharecalc scenario file (.json), or choose one with the button."
                    .to_owned(),
            )),
        }
    };
    view! {
        <section class="app-keep__files" aria-labelledby="files-heading">
            <h3 id="files-heading">"Scenario files"</h3>
            <p class="app-hint">"A file keeps a scenario for good: file it with your papers, or email it. Anyone can open it here again."</p>
            <button type="button" class="app-button app-button--secondary" data-testid="download-json" on:click=export>
                "Download the scenario (JSON)"
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
                <label class="app-label" for="open-file">"Open a scenario file"</label>
                <p class="app-hint" id="open-file-hint">"A .json file downloaded from sharecalc. Choose it, or drag it into this box."</p>
                <input class="app-file-input" type="file" id="open-file" accept=".json,application/json"
                    aria-describedby="open-file-hint" data-testid="open-file" on:change=chosen />
            </div>
            {move || problem.get().map(|message| view! {
                <div class="app-notice app-notice--error" role="alert" data-testid="file-problem">
                    <p>{message}</p>
                    <p>"The calculator still shows the scenario you had."</p>
                </div>
            })}
            <p class="app-hint" role="status" data-testid="file-status">{move || status.get()}</p>
        </section>
    }
}
