//! Copying text for the user (a link, the embed code), where the browser allows it.

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; true when the browser took it.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = sharecalc_web::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
