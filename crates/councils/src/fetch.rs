//! Fetching the file of councils (`assets/councils.tsv`) once. The build gives it a
//! content-hashed name, which `scripts/hosting.py` writes into a `<meta>` of index.html; it is
//! fetched from the page's own folder, so the Content Security Policy's
//! `connect-src 'self'` holds.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

use sharecalc_core::councils::parse;

use crate::picker::{draw_body, Load, Shared};

/// The `<meta name>` holding the file's hashed name.
const META: &str = "sharecalc-councils";
/// The file's name before the build hashes it (a build without the hook).
const PLAIN: &str = "councils.tsv";

/// The file's address, relative to the page.
fn address() -> String {
    sharecalc_web::document()
        .and_then(|d| {
            d.query_selector(&format!("meta[name=\"{META}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| PLAIN.to_owned())
}

/// The file's text, or why it could not be had (for the console).
async fn text(address: &str) -> Result<String, String> {
    let window = sharecalc_web::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = response.text().map_err(|e| format!("{e:?}"))?;
    JsFuture::from(body)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .ok_or_else(|| "not text".to_owned())
}

/// Fetches and reads the file, drawing the picker when it arrives or fails.
pub fn start(shared: Shared) {
    shared.borrow_mut().load = Load::Loading;
    draw_body(&shared);
    spawn_local(async move {
        let address = address();
        let read = match text(&address).await {
            Ok(text) => parse(&text).map_err(|e| format!("line {}: {}", e.line, e.problem)),
            Err(why) => Err(why),
        };
        let load = match read {
            Ok(councils) => Load::Ready(Rc::new(councils)),
            Err(why) => {
                web_sys::console::warn_1(&format!("sharecalc: {address}: {why}").into());
                Load::Failed
            }
        };
        shared.borrow_mut().load = load;
        draw_body(&shared);
    });
}
