//! Component tests in a real browser (headless Chromium via wasm-bindgen-test): the app is
//! mounted, boxes are typed into the way a browser delivers input events, and the DOM is read.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "browser tests: a failing test stops at once, saying where"
)]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser test has a document")
}

/// Mounts the whole app in a fresh element and returns that element.
fn mount_app() -> HtmlElement {
    let host: HtmlElement = document()
        .create_element("div")
        .expect("create a host")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("attach host");
    leptos::mount::mount_to(host.clone(), sharecalc::ui::App).forget();
    host
}

/// Lets the reactive system and the DOM catch up: two animation frames (the page draws its
/// longer parts just after the first paint), then a short wait for effects and timers.
async fn settle() {
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .expect("window")
                .request_animation_frame(&resolve)
                .expect("request a frame");
        });
        JsFuture::from(frame).await.expect("a frame comes");
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .expect("set a timeout");
    });
    JsFuture::from(promise).await.expect("timeout resolves");
}

fn text_of(host: &HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .expect("valid selector")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn type_into(host: &HtmlElement, selector: &str, value: &str) -> HtmlInputElement {
    let input: HtmlInputElement = host
        .query_selector(selector)
        .expect("valid selector")
        .expect("the box exists")
        .unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").expect("an input event");
    input.dispatch_event(&event).expect("dispatch");
    input
}

#[wasm_bindgen_test]
fn app_shell_names_the_product() {
    let host = mount_app();
    assert!(text_of(&host, "h1").starts_with("sharecalc"));
    host.remove();
}

#[wasm_bindgen_test]
async fn typing_a_cost_updates_the_npv() {
    let host = mount_app();
    settle().await;
    let before = text_of(&host, "[data-testid=npv]");
    assert!(
        before.starts_with('£'),
        "NPV shown as money, got {before:?}"
    );
    type_into(&host, "[data-testid=baseline-0-0]", "5m");
    settle().await;
    let after = text_of(&host, "[data-testid=npv]");
    assert_ne!(before, after, "the NPV follows the edit");
    host.remove();
}

#[wasm_bindgen_test]
async fn an_unreadable_box_is_flagged_and_keeps_what_was_typed() {
    let host = mount_app();
    settle().await;
    let npv = text_of(&host, "[data-testid=npv]");
    let input = type_into(&host, "[data-testid=baseline-0-0]", "a lot");
    settle().await;
    assert_eq!(input.value(), "a lot");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let summary = text_of(&host, ".app-error-summary");
    assert!(
        summary.contains("There is a problem"),
        "summary shown: {summary:?}"
    );
    assert!(
        summary.contains("annual cost for Heron Vale District Council"),
        "summary names the box: {summary:?}"
    );
    assert_eq!(
        text_of(&host, "[data-testid=npv]"),
        npv,
        "figures keep the last valid scenario"
    );
    assert!(document().title().starts_with("Error: "));
    type_into(&host, "[data-testid=baseline-0-0]", "620,000");
    settle().await;
    assert!(host
        .query_selector(".app-error-summary")
        .expect("selector")
        .is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_redraws_in_welsh_and_keeps_what_was_typed() {
    let host = mount_app();
    settle().await;
    let input = type_into(&host, "[data-testid=baseline-0-1]", "llawer");
    settle().await;
    let switch: HtmlElement = host
        .query_selector("#language-switch")
        .expect("selector")
        .expect("the switch offers the other language")
        .unchecked_into();
    assert_eq!(switch.text_content().as_deref(), Some("Cymraeg"));
    switch.click();
    settle().await;
    let root = document().document_element().expect("html");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("cy"));
    assert!(text_of(&host, ".app-error-summary").contains("Mae problem wedi codi"));
    let redrawn: HtmlInputElement = host
        .query_selector("[data-testid=baseline-0-1]")
        .expect("selector")
        .expect("the box is drawn again")
        .unchecked_into();
    assert_eq!(
        redrawn.value(),
        "llawer",
        "what was typed survives the switch"
    );
    assert!(!input.is_connected(), "the old page is gone");
    assert!(document().title().starts_with("Gwall: "));
    // Back to English, for the tests that follow in this page.
    let back: HtmlElement = host
        .query_selector("#language-switch")
        .expect("selector")
        .expect("the switch offers English")
        .unchecked_into();
    back.click();
    settle().await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en-GB"));
    host.remove();
}
