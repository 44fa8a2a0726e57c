//! Markup from [`sharecalc_core::html`] in the Leptos page: a skeleton written once, and slots written
//! again whenever their HTML changes.

use leptos::prelude::*;

use sharecalc_core::html::Html;
use sharecalc_web::slots;

/// The skeleton, with each `(slot name, its HTML)` kept up to date. A slot inside a closed
/// `<details>` (a chart's table) is written when it is opened, not on every edit: nobody can
/// see it, and writing it was a fifth of an edit's time.
#[component]
pub fn Drawn(
    /// The markup written once (headings, `<details>`, scrolling regions).
    skeleton: Html,
    /// The slots inside it and the HTML each should hold.
    #[prop(optional)]
    slots: Vec<(String, Signal<Html>)>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let toggled = RwSignal::new(0_u32);
    for (name, html) in slots {
        // A memo, so that a slot whose HTML comes out the same is not written again.
        let html = Memo::new(move |_| html.get());
        Effect::new(move || {
            toggled.track();
            let Some(root) = node.get() else {
                return;
            };
            // Returning before reading `html` stops following it until a `<details>` toggles.
            if !slots::is_closed_away(&root, &name) {
                html.with(|html| slots::fill(&root, &name, html));
            }
        });
    }
    // `toggle` does not bubble, so it is caught on the way down.
    let on_toggle = move |_| toggled.update(|n| *n += 1);
    let skeleton = String::from(skeleton);
    view! { <div node_ref=node inner_html=skeleton on:toggle:capture=on_toggle></div> }
}
