//! The scenario editor: what the user types. It writes only to the draft; the figures
//! follow from it through [`crate::ui::model::Calc`].

mod assumptions;
mod error_summary;
mod field;
mod partner_costs;
mod partners;
mod paste;
mod row_actions;
mod rows;
mod services;

pub use assumptions::Assumptions;
pub use error_summary::ErrorSummary;
/// Boxes for panels outside the editor that also write to the draft (the analysis ranges).
pub(crate) use field::{CellInput, Field, Kind};
/// The partners as a select's options, for panels outside the editor (a partner leaving).
pub(crate) use partner_costs::partner_options;
pub use partner_costs::PartnerCosts;
pub use partners::Partners;
pub(crate) use rows::per_load;
pub use services::Services;
