//! What both front ends need from the browser, with no UI framework: the address, the display
//! options applied to the page, slots of HTML kept up to date, the clicks on the page frame,
//! and the height an embedded page reports to its host. The calculator (Leptos, `src/ui/`) and the residents' page
//! (`crates/residents/`) share these so that they behave the same. Nothing here can panic: a
//! browser that lacks something (no `window` in a worker, no parent frame) gets a no-op.

pub mod address;
pub mod frame;
pub mod frame_clicks;
pub mod options;
pub mod scroll_regions;
pub mod slots;
pub mod take_over;

use wasm_bindgen::JsCast;

use sharecalc_core::i18n::Lang;

/// The page's window, if there is one.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Focuses the element with `id` now, scrolling it into view; true when it was found.
pub fn focus(id: &str) -> bool {
    let element = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    element.is_some_and(|el| el.focus().is_ok())
}

/// Sets `<html lang>` to `lang`, so that screen readers and spelling use the page's language.
pub fn set_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
    }
}
