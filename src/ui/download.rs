//! Saving a file the app made (the CSV of results, the scenario as JSON, the spreadsheet)
//! without a server: a Blob, an object URL and a temporary link.

use wasm_bindgen::{JsCast, JsValue};

/// Offers the text `contents` as a download called `name`; returns false if the browser
/// refused.
pub fn download(name: &str, mime: &str, contents: &str) -> bool {
    try_download(name, mime, &JsValue::from_str(contents)).is_some()
}

/// Offers `bytes` (a file another program made, such as the spreadsheet) as a download called
/// `name`; returns false if the browser refused.
pub fn download_bytes(name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> bool {
    try_download(name, mime, bytes).is_some()
}

/// `part` is text or bytes: a Blob takes either.
fn try_download(name: &str, mime: &str, part: &JsValue) -> Option<()> {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url).ok()
}
