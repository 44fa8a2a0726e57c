//! The page's own address: where the app lives and the scenario in the fragment.

use super::window;

/// The fragment of the address bar, without `#`.
pub fn current_fragment() -> String {
    let hash = window().and_then(|w| w.location().hash().ok());
    hash.unwrap_or_default().trim_start_matches('#').to_owned()
}

/// The query string of the address bar, with its `?` (empty when there is none).
pub fn current_query() -> String {
    let search = window().and_then(|w| w.location().search().ok());
    search.unwrap_or_default()
}

/// Where the app lives: this page's address without query or fragment, the base of every
/// link and embed code the app writes.
pub fn page_base() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}
