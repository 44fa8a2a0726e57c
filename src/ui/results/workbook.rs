//! "Download as a spreadsheet (xlsx)": the scenario shown as an Excel workbook whose every
//! figure is a formula of its inputs. The writer is its own program (`crates/workbook-program`),
//! started only when the button is pressed, so that it never adds to a first visit.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use crate::ui::download::download_bytes;
use crate::ui::model::link::link_to;
use crate::ui::model::{use_calc, use_lang};
use crate::ui::program;
use sharecalc_core::codec::file::{file_name, to_file_json};
use sharecalc_core::codec::link::encode_fragment;
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The `<meta name>` holding the program's hashed name (`scripts/hosting.py`).
const META: &str = "sharecalc-workbook-program";
/// The program's name before the build hashes it.
const PLAIN: &str = "workbook";
/// What an `.xlsx` file is.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The workbook's bytes, made by the program from the scenario file `json` whose link is
/// `link`; `None` when the program could not be fetched or could not write it.
async fn make(lang: Lang, json: &str, link: &str) -> Option<js_sys::Uint8Array> {
    let module = program::start(META, PLAIN)
        .await
        .map_err(|why| web_sys::console::warn_1(&why))
        .ok()?;
    let args: [JsValue; 3] = [lang.code().into(), json.into(), link.into()];
    let bytes: js_sys::Uint8Array = program::call(&module, "workbook", &args)
        .ok()?
        .dyn_into()
        .ok()?;
    (bytes.length() > 0).then_some(bytes)
}

/// The button, saying in `note` what became of the download.
#[component]
pub fn WorkbookButton(note: WriteSignal<String>) -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let busy = RwSignal::new(false);
    let press = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        note.set(t(lang, Msg::ResultsDownloadXlsxMaking).to_owned());
        let (name, json, link) = calc.scenario.with_untracked(|s| {
            (
                file_name(&s.title, "xlsx"),
                to_file_json(s),
                link_to(&encode_fragment(std::slice::from_ref(s))),
            )
        });
        spawn_local(async move {
            let said = match make(lang, &json, &link).await {
                Some(bytes) if download_bytes(&name, XLSX, &bytes) => {
                    fill(lang, Msg::ResultsDownloaded, &[("name", &name)])
                }
                Some(_) => t(lang, Msg::DownloadRefused).to_owned(),
                None => t(lang, Msg::ResultsDownloadXlsxFailed).to_owned(),
            };
            note.set(said);
            busy.set(false);
        });
    };
    view! {
        <button type="button" class="app-button app-button--secondary" data-testid="download-xlsx"
            aria-disabled=move || busy.get().then_some("true") on:click=press>
            {t(lang, Msg::ResultsDownloadXlsx)}
        </button>
    }
}
