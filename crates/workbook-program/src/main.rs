//! The spreadsheet download in the browser. The calculator fetches this program only when the
//! download is asked for (through the loader's `sharecalcWorkbook()` in index.html) and calls
//! [`workbook`] with the scenario it shows; everything else is `sharecalc_workbook`'s.

use wasm_bindgen::prelude::wasm_bindgen;

use sharecalc_core::codec::version::scenario_from_json;
use sharecalc_core::i18n::Lang;

/// Nothing to start: the program only answers [`workbook`].
fn main() {}

/// The xlsx workbook of the scenario in `scenario_json` (a scenario file's JSON), whose link
/// is `link`, in the language whose code is `lang` (`en` or `cy`). Empty when the scenario
/// cannot be read or the workbook cannot be written, which the calculator reports.
#[wasm_bindgen]
pub fn workbook(lang: &str, scenario_json: &str, link: &str) -> Vec<u8> {
    let lang = Lang::from_code(lang).unwrap_or_default();
    scenario_from_json(scenario_json)
        .ok()
        .and_then(|s| sharecalc_workbook::workbook(lang, &s, link).ok())
        .unwrap_or_default()
}
