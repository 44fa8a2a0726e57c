//! Tables and charts' figures that may be wider than the screen sit in a sideways-scrolling
//! box (`.app-table-scroll`). Such a box is a named region with a Tab stop only while its
//! content actually overflows (so that keyboard users can scroll it, WCAG 2.1.1), and nothing
//! at all otherwise (no landmark nor Tab stop that leads nowhere). Whether it overflows
//! changes with the window's width, with the figures and with "Show as a table", so every
//! box is checked again after each resize and each redraw. A control inside such a box that
//! takes focus is scrolled fully into view (WCAG 2.4.11), not left half outside it.
//!
//! The markup names each box with `aria-labelledby` (kept in `data-labelledby` while the box
//! is no region). A box inside a landmark of the same name is a Tab stop but no region.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};

use super::{document, window};

/// The class of every sideways-scrolling box.
const SCROLL_CLASS: &str = "app-table-scroll";
/// Where a box's name is kept while it is no region.
const LABEL_KEPT: &str = "data-labelledby";

/// Whether `el`'s content is wider (or taller) than the box shows.
fn overflows(el: &web_sys::Element) -> bool {
    el.scroll_width() > el.client_width() + 1 || el.scroll_height() > el.client_height() + 1
}

/// Sets attribute `name` to `value` (or removes it), only when that changes it.
fn set(el: &web_sys::Element, name: &str, value: Option<&str>) {
    let now = el.get_attribute(name);
    if now.as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Makes each scrolling box a region with a Tab stop exactly while it overflows.
pub fn check_all() {
    let Some(document) = document() else {
        return;
    };
    let boxes = document.get_elements_by_class_name(SCROLL_CLASS);
    for i in 0..boxes.length() {
        let Some(el) = boxes.item(i) else {
            continue;
        };
        let label = el
            .get_attribute(LABEL_KEPT)
            .or_else(|| el.get_attribute("aria-labelledby"));
        if let Some(label) = &label {
            set(&el, LABEL_KEPT, Some(label));
        }
        let scrolls = overflows(&el);
        // Inside a landmark of the same name ("Partners" in "Partners"), the box is only a
        // Tab stop: that landmark already leads to it.
        let named_around = label.as_deref().is_some_and(|label| {
            el.parent_element()
                .and_then(|p| p.closest(&format!("[aria-labelledby=\"{label}\"]")).ok())
                .flatten()
                .is_some()
        });
        let region = scrolls && !named_around;
        set(&el, "role", region.then_some("region"));
        set(&el, "tabindex", scrolls.then_some("0"));
        set(&el, "aria-labelledby", label.as_deref().filter(|_| region));
    }
}

/// Scrolls the control that took focus fully into its scrolling box's view.
fn reveal(event: web_sys::Event) {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let inside = target
        .parent_element()
        .and_then(|p| p.closest(&format!(".{SCROLL_CLASS}")).ok().flatten());
    if inside.is_none() {
        return;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Starts both for the life of the page: boxes checked after each resize and redraw (once
/// per frame at most), focus revealed.
pub fn watch() {
    let (Some(window), Some(document)) = (window(), document()) else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let pending = Rc::new(Cell::new(false));
    let run = Closure::<dyn Fn()>::new({
        let pending = Rc::clone(&pending);
        move || {
            pending.set(false);
            check_all();
        }
    });
    let soon = Closure::<dyn Fn()>::new(move || {
        if pending.replace(true) {
            return;
        }
        let _ = window.request_animation_frame(run.as_ref().unchecked_ref());
    });
    let callback = soon.as_ref().unchecked_ref();
    if let Ok(observer) = web_sys::ResizeObserver::new(callback) {
        observer.observe(&root);
    }
    if let Ok(observer) = web_sys::MutationObserver::new(callback) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_character_data(true);
        options.set_attribute_filter(&js_sys::Array::of3(
            &"open".into(),
            &"hidden".into(),
            &"class".into(),
        ));
        let _ = observer.observe_with_options(&root, &options);
    }
    let on_focus = Closure::<dyn Fn(web_sys::Event)>::new(reveal);
    let _ = document.add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref());
    // Both observe for the life of the page.
    soon.forget();
    on_focus.forget();
}
