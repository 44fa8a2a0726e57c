//! The codec: a [`crate::engine::Scenario`] to and from the forms it travels in — a link
//! fragment (`link`), a JSON file (`file`) and the list of scenarios saved in this browser
//! (`saved`), and the link as a QR code (`qr`); and figures from a spreadsheet, pasted or
//! saved as CSV (`cells`, `block`). Every scenario that comes in goes through
//! [`version::scenario_from_json`] or [`version::scenario_from_value`], so old formats are
//! upgraded and every scenario is validated in one place. Pure Rust: no browser, no storage
//! access, never panics on input.

pub mod block;
pub mod cells;
mod error;
pub mod file;
pub mod link;
pub mod opened;
mod payload;
pub(crate) mod percent;
pub mod qr;
pub mod saved;
pub mod version;

pub use error::{JsonDetail, LinkError};
