//! The calculator's model: what was typed ([`Draft`], and the same as plain text in
//! [`typed`]), building a scenario from it ([`build`], pure and natively tested), each box's
//! problem ([`box_errors`]), the one-way flow to the engine's figures ([`Calc`]), the address
//! bar kept in step with it ([`link`]), the pause that slower panels wait for
//! ([`settle`]) and a CSV file of costs put into the boxes ([`baselines`]).
//!
//! Views (the editor, results, analysis, keep, embed, compare, page) import the model; the
//! model never imports a view (`tests/layers.rs` checks it), so the data flows one way.

mod baselines;
mod box_errors;
mod build;
mod calc;
mod draft;
pub mod ids;
pub mod link;
mod place;
pub mod ranges;
pub mod settle;
mod typed;

pub use build::display_name;
pub use calc::{use_calc, use_lang, use_options, Calc};
pub use draft::{Boxes, PartnerCostDraft, PartnerDraft, ServiceDraft};
pub use typed::{percent_list_text, Basis, Typed};
