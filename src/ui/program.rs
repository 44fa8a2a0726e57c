//! Starting another program only when it is needed (the real councils' picker, the
//! spreadsheet download), so that a first visit never downloads it. The build gives its files
//! content-hashed names, which `scripts/hosting.py` writes into a `<meta>` of index.html; the
//! page's loader starts it (`window.sharecalcProgram`, `Trunk.toml`) from the same origin, as
//! it starts this one.
//! Starting it again is cheap: the browser keeps the module and its glue keeps the instance.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The loader's function that starts another program.
const STARTER: &str = "sharecalcProgram";

/// The program's name as the build hashed it (from `<meta name="{meta}">`), or `plain` when
/// the page was not built with hashed names (`trunk serve`).
fn name(meta: &str, plain: &str) -> String {
    sharecalc_web::document()
        .and_then(|d| d.query_selector(&format!("meta[name=\"{meta}\"]")).ok())
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| plain.to_owned())
}

/// Fetches and starts the program told by `<meta name="{meta}">` (`plain` before hashing);
/// its module, whose exported functions [`call`] reaches.
pub async fn start(meta: &str, plain: &str) -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let starter: js_sys::Function = js_sys::Reflect::get(&window, &STARTER.into())?.dyn_into()?;
    let started = starter.call1(&window, &name(meta, plain).into())?;
    JsFuture::from(js_sys::Promise::from(started)).await
}

/// Calls the function `function` that a started program's `module` exports with `args`.
pub fn call(module: &JsValue, function: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(module, &function.into())?.dyn_into()?;
    f.apply(&JsValue::NULL, &args.iter().collect::<js_sys::Array>())
}
