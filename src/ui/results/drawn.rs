//! Markup from [`crate::html`] in the Leptos page: a skeleton written once, and slots written
//! again whenever their HTML changes.

use leptos::prelude::*;

use crate::browser::slots;

/// The skeleton, with each `(slot name, its HTML)` kept up to date.
#[component]
pub fn Drawn(
    /// The markup written once (headings, `<details>`, scrolling regions).
    skeleton: String,
    /// The slots inside it and the HTML each should hold.
    #[prop(optional)]
    slots: Vec<(String, Signal<String>)>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    for (name, html) in slots {
        // A memo, so that a slot whose HTML comes out the same is not written again.
        let html = Memo::new(move |_| html.get());
        Effect::new(move || {
            let html = html.get();
            if let Some(root) = node.get() {
                slots::fill(&root, &name, &html);
            }
        });
    }
    view! { <div node_ref=node inner_html=skeleton></div> }
}
