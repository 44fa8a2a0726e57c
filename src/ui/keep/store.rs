//! This browser's local storage, for the saved list: the one key read and written whole,
//! with every way a browser can refuse (private mode, storage turned off, storage full)
//! named by the message that explains it, and nothing stored ever lost (entries that cannot
//! be read are written back; a store that is not a list is first copied to a backup key).
//! Knows nothing of the list's format beyond [`sharecalc_core::codec::saved`].

use wasm_bindgen::JsValue;
use web_sys::Storage;

use sharecalc_core::codec::saved::{
    backup_key, parse_saved, serialise_saved, SavedEntry, SavedList, STORAGE_KEY,
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

/// Stores `entries` as the whole saved list in place of `stored`, the list as just loaded:
/// its entries that could not be read are written back untouched, and a store that was not
/// a list is first copied under a backup key, or nothing is replaced. The error is the
/// message saying why the browser refused.
pub fn store(stored: &SavedList, entries: &[SavedEntry]) -> Result<(), Msg> {
    if let Some(text) = &stored.unreadable {
        back_up(text)?;
    }
    storage()?
        .set_item(STORAGE_KEY, &serialise_saved(entries, &stored.kept))
        .map_err(|e| refusal(&e))
}

/// Copies `text`, a saved list that could not be read, under a key of its own, so a fresh
/// list can replace it without losing it; the key it went to.
pub fn back_up(text: &str) -> Result<String, Msg> {
    let storage = storage()?;
    let key =
        backup_key(text, |k| storage.get_item(k).ok().flatten()).ok_or(Msg::KeepStoreRefused)?;
    storage.set_item(&key, text).map_err(|e| refusal(&e))?;
    Ok(key)
}

/// The message for a browser's refusal to store something.
fn refusal(error: &JsValue) -> Msg {
    if is_quota(error) {
        Msg::KeepStoreFull
    } else {
        Msg::KeepStoreRefused
    }
}

/// True for the `DOMException` browsers throw when site storage is full (its name differs
/// in old Firefox).
fn is_quota(error: &JsValue) -> bool {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED")
}
