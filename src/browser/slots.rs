//! Writing a slot of [`crate::html`]'s markup again when its figures change.

use crate::html::slot_selector;

/// Writes `html` into the slot `name` inside `root`, unless it already holds exactly that
/// (so an unchanged table is not rebuilt, and a screen reader's place in it is kept).
pub fn fill(root: &web_sys::Element, name: &str, html: &str) {
    if let Ok(Some(slot)) = root.query_selector(&slot_selector(name)) {
        if slot.inner_html() != html {
            slot.set_inner_html(html);
        }
    }
}
