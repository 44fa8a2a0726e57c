//! Starting the picker's program (`crates/councils/`) when the picker is first opened, and
//! drawing it in its place again after the page is drawn again. The build gives the program
//! content-hashed names, which `scripts/hosting.py` writes into a `<meta>` of index.html;
//! [`program::start`] has the page's loader start it.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::Picker;
use crate::ui::program;
use sharecalc_core::councils::markup;
use sharecalc_core::i18n::Lang;

/// The `<meta name>` holding the program's hashed name.
const META: &str = "sharecalc-councils-program";
/// The program's name before the build hashes it.
const PLAIN: &str = "councils";

/// Where the picker's program is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Not asked for yet.
    Idle,
    /// On its way.
    Loading,
    /// Started.
    Ready,
    /// It could not be fetched; Try again asks again.
    Failed,
}

/// Has the started program draw the picker in `container`.
fn mount(
    picker: Picker,
    container: &web_sys::Element,
    lang: Lang,
    on_use: StoredValue<Closure<dyn Fn(String)>, LocalStorage>,
) {
    let Some(module) = picker.module.get_value() else {
        return;
    };
    let mount = js_sys::Reflect::get(&module, &"mount".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(mount) = mount {
        on_use.with_value(|f| {
            let _ = mount.call3(&JsValue::NULL, container, &lang.code().into(), f.as_ref());
        });
    }
}

/// Draws the picker in `container`, starting its program first if need be.
pub fn start(
    picker: Picker,
    container: NodeRef<Div>,
    lang: Lang,
    on_use: StoredValue<Closure<dyn Fn(String)>, LocalStorage>,
) {
    let Some(el) = container.get_untracked() else {
        return;
    };
    match picker.status.get_value() {
        Status::Ready => mount(picker, &el, lang, on_use),
        Status::Loading => {}
        Status::Idle | Status::Failed => {
            picker.status.set_value(Status::Loading);
            el.set_inner_html(markup::loading(lang).as_str());
            spawn_local(async move {
                let started = program::start(META, PLAIN).await;
                let Some(el) = container.get_untracked() else {
                    return;
                };
                match started {
                    Ok(module) => {
                        picker.module.set_value(Some(module));
                        picker.status.set_value(Status::Ready);
                        mount(picker, &el, lang, on_use);
                    }
                    Err(why) => {
                        web_sys::console::warn_1(&why);
                        picker.status.set_value(Status::Failed);
                        el.set_inner_html(markup::failed(lang).as_str());
                    }
                }
            });
        }
    }
}
