//! Moving keyboard focus after the page changes (a row added or removed, an error link
//! followed), once the DOM has caught up.

use leptos::prelude::*;

pub use sharecalc_web::focus as focus_now;

/// Focuses the element with `id` on the next frame; does nothing if it is gone.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_now(&id);
    });
}
