//! Inside an iframe, tells the host page how tall the app is whenever that changes, so that
//! `embed.js` on the host page can size the iframe. The message is documented in the README:
//! `{"type": "sharecalc:resize", "height": 1234}`. It carries nothing but a height, so it is
//! posted to any origin; `embed.js` checks who sent it.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::{document, window};

/// The message type the host page listens for.
pub const MESSAGE_TYPE: &str = "sharecalc:resize";

/// True when the app runs inside a frame.
pub fn in_frame() -> bool {
    let Some(window) = window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

fn post_height(height: i32) {
    let Some(Ok(Some(parent))) = window().map(|w| w.parent()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&message, "*");
}

/// Starts reporting the page's height to the parent window; does nothing outside a frame.
pub fn report_height_to_host() {
    if !in_frame() {
        return;
    }
    // The body, not the root element: the root is at least as tall as the frame, so the
    // frame could grow but never shrink.
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let last = Rc::new(Cell::new(-1));
    let measure = Closure::<dyn Fn()>::new(move || {
        let height = document()
            .and_then(|d| d.body())
            .map_or(0, |b| b.scroll_height());
        if height != last.get() {
            last.set(height);
            post_height(height);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    measure.forget(); // observes for the life of the page
}
