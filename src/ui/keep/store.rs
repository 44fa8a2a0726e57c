//! This browser's local storage, for the saved list: the one key read and written whole,
//! with every way a browser can refuse (private mode, storage turned off, storage full)
//! turned into words. Knows nothing of the list's format beyond [`crate::codec::saved`].

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::codec::saved::{parse_saved, serialise_saved, SavedEntry, SavedList, STORAGE_KEY};

/// Why nothing can be kept in this browser at all.
const UNAVAILABLE: &str = "This browser is not letting sharecalc keep scenarios: it may be in \
    private browsing, or have site storage turned off. Download the scenario as a file or copy \
    its link instead.";

/// Why the last change was not kept: the browser's storage for this site is full.
const FULL: &str = "This browser's storage for sharecalc is full, so the change was not kept. \
    Delete saved scenarios you no longer need, or download this one as a file.";

/// Why the last change was not kept, when the browser gave no reason.
const REFUSED: &str = "This browser did not let sharecalc keep the change. Try again, or \
    download the scenario as a file or copy its link instead.";

/// The storage, or why there is none (`localStorage` throws or is missing in some
/// private modes and when site data is blocked).
fn storage() -> Result<Storage, String> {
    match window().local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(UNAVAILABLE.to_owned()),
    }
}

/// The saved list as stored now; unreadable entries are described in
/// [`SavedList::skipped`].
pub fn load() -> Result<SavedList, String> {
    let text = storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| UNAVAILABLE.to_owned())?;
    Ok(parse_saved(text.as_deref()))
}

/// Stores `entries` as the whole saved list, replacing what was there.
pub fn store(entries: &[SavedEntry]) -> Result<(), String> {
    storage()?
        .set_item(STORAGE_KEY, &serialise_saved(entries))
        .map_err(|e| if is_quota(&e) { FULL } else { REFUSED }.to_owned())
}

/// True for the `DOMException` browsers throw when site storage is full (its name differs
/// in old Firefox).
fn is_quota(error: &JsValue) -> bool {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED")
}
