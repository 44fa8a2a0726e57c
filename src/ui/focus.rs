//! Moving keyboard focus after the page changes (a row added or removed, an error link
//! followed), once the DOM has caught up.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with `id` on the next frame; does nothing if it is gone.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_now(&id);
    });
}

/// Focuses the element with `id` now, scrolling it into view; true when it was found.
pub fn focus_now(id: &str) -> bool {
    let element = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(el) => {
            let _ = el.focus();
            true
        }
        None => false,
    }
}
