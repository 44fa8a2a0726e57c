//! The scenario editor: what the user types. It writes only to the draft; the figures
//! follow from it through [`crate::ui::state`].

mod assumptions;
mod error_summary;
mod field;
mod partners;
mod services;

pub use assumptions::Assumptions;
pub use error_summary::ErrorSummary;
pub use partners::Partners;
pub use services::Services;
