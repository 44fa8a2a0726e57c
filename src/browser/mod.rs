//! What both front ends need from the browser, with no UI framework: the address, the display
//! options applied to the page, slots of HTML kept up to date, and the height an embedded page
//! reports to its host. The calculator (Leptos, `src/ui/`) and the residents' page
//! (`src/residents/`) share these so that they behave the same. Nothing here can panic: a
//! browser that lacks something (no `window` in a worker, no parent frame) gets a no-op.

pub mod address;
pub mod frame;
pub mod options;
pub mod slots;

/// The page's window, if there is one.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}
