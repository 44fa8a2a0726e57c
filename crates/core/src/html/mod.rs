//! The read-only parts of a page written as HTML text by pure functions: the page frame, the
//! headline figures, the charts and the results tables. Two front ends draw them: the
//! calculator (Leptos), which puts them into its page with `inner_html`, and the residents'
//! page (`crates/residents/`), which has no UI framework so that a phone downloads and starts it
//! quickly. Written once, here, they look the same in both, and being pure they are tested
//! natively, markup and all.
//!
//! A part that changes with the figures is a *slot*: an element marked `data-slot="name"` in a
//! skeleton written once, whose content is written again when the figures change. Anything
//! around it (an open `<details>`, a scrolled table) is left as the reader left it.
//!
//! Every function here takes and returns [`Html`], whose only way in for text escapes it: the
//! programs turn it into a string only where they hand it to the browser.

pub mod chart;
pub mod frame;
mod markup;
pub mod preview;
pub mod residents;
pub mod results;
pub mod statement;

pub use markup::Html;

/// The CSS selector of the slot `name`.
pub fn slot_selector(name: &str) -> String {
    format!("[data-slot=\"{name}\"]")
}
