//! Scenario files: download the scenario in the spec's JSON format, and open one again with
//! a file picker or by dropping it on a marked area. A file that cannot be read is explained
//! with the same named errors as a broken link, and the scenario on screen stays.
//!
//! The same picker opens a CSV file of costs (a `.csv` file, or a file not named `.json`
//! that is not JSON but reads as one): its services and partners become the costs table's,
//! the rest of the scenario stays (`Typed::with_baselines` in the model says how rows are
//! matched), and Undo puts it all back. Every problem in the file is named.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use crate::ui::download::download;
use crate::ui::model::{use_calc, use_lang};
use crate::ui::replace::{use_replacer, Place, Replaced};
use sharecalc_core::codec::block::{read_baselines_csv, Baselines};
use sharecalc_core::codec::file::{
    file_name, from_options_file_json, to_options_file_json, OptionsFile,
};
use sharecalc_core::codec::link::MAX_INFLATED_BYTES;
use sharecalc_core::codec::LinkError;
use sharecalc_core::i18n::{count, fill, t, Lang, Msg};

/// What a file held.
enum Opened {
    /// A scenario, or options to compare.
    Options(OptionsFile),
    /// A table of costs.
    Baselines(Baselines),
}

/// Reads a chosen or dropped file as a scenario (or options) or a CSV file of costs, or says
/// in `lang` why it cannot be opened, each problem in its own sentence. A file named `.csv`
/// is read as costs, one named `.json` as a scenario; any other as a scenario if it looks
/// like JSON, else as costs if it reads as them. Files larger than any link may inflate to
/// are refused unread; `currency` is the one amounts in a CSV file are in.
async fn read(lang: Lang, file: &File, currency: &str) -> Result<Opened, Vec<String>> {
    if file.size() > MAX_INFLATED_BYTES as f64 {
        return Err(vec![LinkError::TooLarge.file_message(lang)]);
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| vec![t(lang, Msg::KeepFilesUnreadable).to_owned()])?;
    let costs = |text: &str| {
        read_baselines_csv(text, currency).map_err(|problems| {
            let mut said = vec![t(lang, Msg::KeepFilesCsvProblem).to_owned()];
            said.extend(problems.iter().map(|p| p.render(lang)));
            said
        })
    };
    let name = file.name().to_lowercase();
    let named_csv = name.ends_with(".csv");
    // A scenario file is a JSON object, or a list of them; a `.json` file that is not one is
    // a scenario file that cannot be read.
    let json = name.ends_with(".json")
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with(['{', '[']);
    if named_csv || !json {
        match costs(&text) {
            Ok(costs) => return Ok(Opened::Baselines(costs)),
            Err(problems) if named_csv => return Err(problems),
            // Neither JSON nor costs: said as a scenario file that cannot be read.
            Err(_) => {}
        }
    }
    from_options_file_json(&text)
        .map(Opened::Options)
        .map_err(|e| vec![e.file_message(lang)])
}

/// Why a file did not open, or not wholly.
#[derive(Clone)]
struct Problem {
    /// What went wrong, in the page's language, a paragraph each.
    messages: Vec<String>,
    /// True when nothing was opened, so the calculator still shows what it had.
    nothing_opened: bool,
}

/// The files panel.
#[component]
pub fn Files() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let replacer = use_replacer();
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    // Nothing opened: the scenario on screen stays.
    let refuse = move |messages: Vec<String>| {
        status.set(String::new());
        problem.set(Some(Problem {
            messages,
            nothing_opened: true,
        }));
    };
    let dragging = RwSignal::new(false);
    let export = move |_| {
        if calc.use_figures() {
            refuse(vec![t(lang, Msg::KeepNotComplete).to_owned()]);
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
            refuse(vec![t(lang, Msg::DownloadRefused).to_owned()]);
        }
    };
    // The costs of a CSV file in place of the table's, which Undo puts back.
    let open_costs = move |costs: Baselines, file: &str| {
        let what = t(lang, Msg::KeepFilesOpenLabel).to_owned();
        replacer.replace_with(calc, what, Place::File, || {
            calc.draft.open_baselines(&costs)
        });
        problem.set(None);
        let services = count(lang, Msg::CountServices, costs.services.len() as u64, &[]);
        let partners = count(lang, Msg::CountPartners, costs.partners.len() as u64, &[]);
        status.set(fill(
            lang,
            Msg::KeepFilesCsvOpened,
            &[
                ("services", &services),
                ("partners", &partners),
                ("file", &file),
            ],
        ));
    };
    let open = move |file: File| {
        let currency = calc.draft.boxes_untracked().currency.get_untracked();
        spawn_local(async move {
            match read(lang, &file, &currency).await {
                Ok(Opened::Baselines(costs)) => open_costs(costs, &file.name()),
                Ok(Opened::Options(opened)) => {
                    let held = opened.held;
                    let dropped = opened.dropped_message().map(|m| m.render(lang));
                    let mut options = opened.options.into_iter();
                    match options.next() {
                        Some(Ok(scenario)) => {
                            let mut others = Vec::new();
                            let mut problems = Vec::new();
                            for (i, option) in options.enumerate() {
                                match option {
                                    Ok(s) => others.push(s),
                                    Err(e) => problems.push(fill(
                                        lang,
                                        Msg::KeepFilesOptionProblem,
                                        &[
                                            ("number", &(i + 2)),
                                            ("total", &held),
                                            ("reason", &e.file_message(lang)),
                                        ],
                                    )),
                                }
                            }
                            problems.extend(dropped);
                            let what = t(lang, Msg::KeepFilesOpenLabel).to_owned();
                            replacer.replace(calc, &scenario, what, Place::File);
                            calc.others.set(others);
                            problem.set((!problems.is_empty()).then_some(Problem {
                                messages: problems,
                                nothing_opened: false,
                            }));
                            status.set(fill(
                                lang,
                                Msg::KeepFilesOpened,
                                &[("title", &scenario.title), ("file", &file.name())],
                            ));
                        }
                        Some(Err(e)) => refuse(vec![e.file_message(lang)]),
                        None => {}
                    }
                }
                Err(messages) => refuse(messages),
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
            None => refuse(vec![t(lang, Msg::KeepFilesNotAFile).to_owned()]),
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
                <input class="app-file-input" type="file" id="open-file" accept=".json,application/json,.csv,text/csv"
                    aria-describedby="open-file-hint" data-testid="open-file" on:change=chosen />
            </div>
            {move || problem.get().map(|p| view! {
                <div class="app-notice app-notice--error" role="alert" data-testid="file-problem">
                    {p.messages.into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
                    {p.nothing_opened.then(|| view! { <p>{t(lang, Msg::KeepFilesStillShown)}</p> })}
                </div>
            })}
            <p class="app-hint" role="status" data-testid="file-status">{move || status.get()}</p>
            <Replaced place=Place::File>
                <p>{t(lang, Msg::ReplaceCanUndo)}</p>
            </Replaced>
        </section>
    }
}
