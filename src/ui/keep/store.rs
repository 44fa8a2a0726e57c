//! This browser's local storage, for the saved list: the one key read and written whole,
//! with every way a browser can refuse (private mode, storage turned off, storage full)
//! named by the message that explains it. Knows nothing of the list's format beyond
//! [`sharecalc_core::codec::saved`].

use wasm_bindgen::JsValue;
use web_sys::Storage;

use sharecalc_core::codec::saved::{
    parse_saved, serialise_saved, SavedEntry, SavedList, STORAGE_KEY,
};
use sharecalc_core::i18n::Msg;

/// The storage, or why there is none (`localStorage` throws or is missing in some
/// private modes and when site data is blocked).
fn storage() -> Result<Storage, Msg> {
    sharecalc_web::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(Msg::KeepStoreUnavailable)
}

/// The saved list as stored now; unreadable entries are described in
/// [`SavedList::skipped`]. The error is the message saying why nothing can be read.
pub fn load() -> Result<SavedList, Msg> {
    let text = storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| Msg::KeepStoreUnavailable)?;
    Ok(parse_saved(text.as_deref()))
}

/// Stores `entries` as the whole saved list, replacing what was there; the error is the
/// message saying why the browser refused.
pub fn store(entries: &[SavedEntry]) -> Result<(), Msg> {
    storage()?
        .set_item(STORAGE_KEY, &serialise_saved(entries))
        .map_err(|e| {
            if is_quota(&e) {
                Msg::KeepStoreFull
            } else {
                Msg::KeepStoreRefused
            }
        })
}

/// True for the `DOMException` browsers throw when site storage is full (its name differs
/// in old Firefox).
fn is_quota(error: &JsValue) -> bool {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED")
}
