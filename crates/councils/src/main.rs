//! The real councils' picker, as its own program: the calculator starts it only when someone
//! opens "Start from real councils" (`window.sharecalcProgram` in the page's loader), so a
//! first visit downloads neither it nor the councils' budgets. No UI framework: its markup is
//! [`sharecalc_core::councils::markup`]'s HTML text, written once, with slots written again as
//! the choice changes, and one listener on the picker for every key, click and tick.
//!
//! The calculator calls [`mount`] with the element to draw in, the page's language and a
//! function to hand the result to ([`sharecalc_core::councils::Handoff`] as JSON text); it
//! calls it again after the page's language changes, and the choice is kept. Nothing here can
//! panic.

mod events;
mod fetch;
mod picker;

use wasm_bindgen::prelude::wasm_bindgen;

use sharecalc_core::i18n::Lang;

/// Draws the picker in `container`, in the language with code `lang` (`en`, `cy`), handing
/// "Use these figures" to `on_use` as JSON text.
#[wasm_bindgen]
pub fn mount(container: web_sys::Element, lang: &str, on_use: js_sys::Function) {
    picker::mount(container, Lang::from_code(lang).unwrap_or_default(), on_use);
}

/// Nothing to do at start: the calculator calls [`mount`].
fn main() {}
