//! Writing a slot of [`sharecalc_core::html`]'s markup again when its figures change.

use sharecalc_core::html::{slot_selector, Html};

/// Writes `html` into the slot `name` inside `root`. Callers write a slot only when its HTML
/// has changed (reading `innerHTML` back to compare would cost more than writing it).
pub fn fill(root: &web_sys::Element, name: &str, html: &Html) {
    if let Ok(Some(slot)) = root.query_selector(&slot_selector(name)) {
        slot.set_inner_html(html.as_str());
    }
}

/// Whether the slot `name` inside `root` is inside a closed `<details>`, and so out of sight.
pub fn is_closed_away(root: &web_sys::Element, name: &str) -> bool {
    match root.query_selector(&slot_selector(name)) {
        Ok(Some(slot)) => matches!(slot.closest("details:not([open])"), Ok(Some(_))),
        _ => false,
    }
}
