//! Drawing the long parts of a page after the first paint, so the headline figures reach the
//! screen first (on an old phone, the editor and the analysis take longer to build than the
//! figures take to work out).

use std::time::Duration;

use leptos::prelude::*;

/// Its children, drawn just after the page's first paint: an animation frame, then a task.
#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    request_animation_frame(move || set_timeout(move || ready.set(true), Duration::ZERO));
    move || ready.get().then(|| children())
}
