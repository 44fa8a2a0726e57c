//! Component tests in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser test has a document")
}

#[wasm_bindgen_test]
fn app_shell_names_the_product() {
    let host = document().create_element("div").expect("create a host element");
    document().body().expect("body").append_child(&host).expect("attach host");
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let _handle = leptos::mount::mount_to(host.clone(), sharecalc::ui::App);
    let h1 = host.query_selector("h1").expect("query").expect("an h1");
    assert_eq!(h1.text_content().as_deref(), Some("sharecalc"));
}
