//! The display options of the query string, applied to the page where they live outside
//! any component: the accent colour (CSS custom properties) and console warnings for
//! options that could not be used.

use wasm_bindgen::JsCast;

use super::address::current_query;
use super::document;
use sharecalc_core::display::{self, DisplayOptions};

/// Reads the display options and applies the accent colour and the warnings.
pub fn display_options() -> DisplayOptions {
    let options = display::parse(&current_query());
    for warning in &options.warnings {
        let warning = warning.render(options.lang);
        web_sys::console::warn_1(&format!("sharecalc: {warning}").into());
    }
    let root = document().and_then(|d| d.document_element());
    if let (Some(accent), Some(root)) = (options.accent, root) {
        if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
            for property in ["--app-accent", "--app-shared", "--app-button"] {
                let _ = root.style().set_property(property, &accent.css());
            }
        }
    }
    options
}
