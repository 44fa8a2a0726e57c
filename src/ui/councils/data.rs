//! Fetching the file of councils (`assets/councils.tsv`), only when someone opens the picker
//! and only once a visit. The build gives it a content-hashed name, which
//! `scripts/hosting.py` writes into a `<meta>` of index.html; it is fetched from the page's
//! own folder, so the Content Security Policy's `connect-src 'self'` holds.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use sharecalc_core::councils::{parse, Councils};

/// The `<meta name>` holding the file's hashed name.
const META: &str = "sharecalc-councils";
/// The file's name before the build hashes it (a build without the hook).
const PLAIN: &str = "councils.tsv";

/// Where the file is.
#[derive(Clone)]
pub enum Load {
    /// Not asked for yet.
    Idle,
    /// On its way.
    Loading,
    /// Read.
    Ready(Arc<Councils>),
    /// It could not be fetched or read; asking again tries again.
    Failed,
}

/// The file's address, relative to the page.
fn address() -> String {
    document()
        .query_selector(&format!("meta[name=\"{META}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| PLAIN.to_owned())
}

/// The file's text, or why it could not be had (for the console).
async fn fetch_text(address: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|e| format!("{e:?}"))?;
    JsFuture::from(text)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .ok_or_else(|| "not text".to_owned())
}

/// Starts fetching the file unless it is here or on its way; `load` follows.
pub fn fetch_once(load: RwSignal<Load>) {
    if matches!(load.get_untracked(), Load::Ready(_) | Load::Loading) {
        return;
    }
    load.set(Load::Loading);
    spawn_local(async move {
        let address = address();
        let read = match fetch_text(&address).await {
            Ok(text) => parse(&text).map_err(|e| format!("line {}: {}", e.line, e.problem)),
            Err(why) => Err(why),
        };
        match read {
            Ok(councils) => load.set(Load::Ready(Arc::new(councils))),
            Err(why) => {
                web_sys::console::warn_1(&format!("sharecalc: {address}: {why}").into());
                load.set(Load::Failed);
            }
        }
    });
}
