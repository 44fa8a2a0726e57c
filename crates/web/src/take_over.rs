//! The calculator taking the page over from its preview. On a slow phone, `index.html`'s loader
//! starts the small residents' program first, which draws the calculator's page with the
//! figures at a glance and a loading status ([`sharecalc_core::html::preview`]). The calculator
//! then draws its own page outside the document, and swaps it in whole once its editor is there: one
//! change on screen, the figures staying where they were, nothing typed lost (the preview has
//! nothing to type into) and the keyboard's place kept.

use wasm_bindgen::{closure::Closure, JsCast};

use super::{document, window};
use sharecalc_core::html::frame::CLICK_ATTRIBUTE;
use sharecalc_core::html::preview::LOADING_TESTID;

/// Mounts the calculator with `mount`: straight onto `<body>` when there is no preview, else
/// into a box outside the document, which replaces the preview when the calculator has drawn
/// what it draws after its first paint. Outside the document, nothing in it is found twice
/// (the two pages have the same ids) or seen before it is whole.
pub fn take_over(mount: impl FnOnce(web_sys::HtmlElement)) {
    let Some(doc) = document() else {
        return;
    };
    let Some(body) = doc.body() else {
        return;
    };
    let preview = doc
        .query_selector(&format!("[data-testid={LOADING_TESTID}]"))
        .ok()
        .flatten()
        .and_then(|loading| loading.closest(".app-page").ok().flatten());
    let holder = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(preview), Some(holder)) = (preview, holder) else {
        mount(body);
        return;
    };
    mount(holder.clone());
    // The calculator draws its editor and the rest an animation frame and then a task after
    // it mounts (`AfterFirstPaint`); the frame and the task asked for here come after those,
    // so the page swapped in is complete.
    let swap = Closure::once_into_js(move || {
        let focused = focused_in(&preview);
        if preview.replace_with_with_node_1(&holder).is_err() {
            let _ = body.append_child(&holder);
            preview.remove();
        }
        if let Some(selector) = focused {
            refocus(&holder, &selector);
        }
    });
    let after_paint = Closure::once_into_js(move || {
        if let Some(window) = window() {
            let _ = window.set_timeout_with_callback(swap.unchecked_ref());
        }
    });
    if let Some(window) = window() {
        let _ = window.request_animation_frame(after_paint.unchecked_ref());
    }
}

/// A selector for the element focused inside `preview` (the skip link, the language switch,
/// `<main>`...): by its id, or by the click it asks for ([`CLICK_ATTRIBUTE`]).
fn focused_in(preview: &web_sys::Element) -> Option<String> {
    let active = document()?.active_element()?;
    if !preview.contains(Some(&active)) {
        return None;
    }
    let id = active.id();
    if !id.is_empty() {
        return Some(format!("#{id}"));
    }
    let click = active.get_attribute(CLICK_ATTRIBUTE)?;
    Some(format!("[{CLICK_ATTRIBUTE}=\"{click}\"]"))
}

/// Focuses what `selector` finds in the calculator's page, so that a keyboard user who moved
/// in the preview carries on from the same place.
fn refocus(page: &web_sys::HtmlElement, selector: &str) {
    let element = page
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
