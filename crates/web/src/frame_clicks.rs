//! The clicks on the page frame ([`sharecalc_core::html::frame`]), served the same way in both
//! programs by one listener on the frame's root: each control says what it asks for in
//! [`CLICK_ATTRIBUTE`], so nothing is bound to an element drawn as HTML text.

use wasm_bindgen::JsCast;

use super::focus;
use sharecalc_core::html::frame::{Click, CLICK_ATTRIBUTE, CLICK_SELECTOR, MAIN_ID};

/// Serves a click inside the frame. The skip link focuses `<main>` without touching the address
/// (whose fragment is the scenario). A notice's button closes its notice, tells `act`, and
/// focuses `<main>`, so focus is not lost with the button. The language switch is a plain link
/// unless `act` switches the page in place (returns true). Any other click is left alone.
pub fn serve(event: &web_sys::Event, act: impl FnOnce(Click) -> bool) {
    let control = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(CLICK_SELECTOR).ok().flatten());
    let Some(control) = control else {
        return;
    };
    let Some(click) = control
        .get_attribute(CLICK_ATTRIBUTE)
        .as_deref()
        .and_then(Click::read)
    else {
        return;
    };
    match click {
        Click::Skip => {
            event.prevent_default();
            focus(MAIN_ID);
        }
        Click::Language(_) => {
            if act(click) {
                event.prevent_default();
            }
        }
        Click::Close(_) => {
            if let Ok(Some(notice)) = control.closest(".app-notice") {
                notice.remove();
            }
            act(click);
            focus(MAIN_ID);
        }
    }
}
