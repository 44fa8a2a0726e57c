//! sharecalc's pure core: standalone against shared delivery of council services.
//!
//! Data flows one way: what the user types → a [`engine::Scenario`] (validated) →
//! [`engine::evaluate`] → results → views. Everything here is plain Rust with no browser
//! crate in its manifest, so it builds and is tested natively; the two programs (the
//! calculator and the residents' page) draw what [`html`] writes.

pub mod analysis;
pub mod codec;
pub mod compare;
pub mod councils;
pub mod display;
pub mod embed_code;
pub mod engine;
pub mod examples;
pub mod html;
pub mod i18n;
pub mod letter_case;
pub mod report;
