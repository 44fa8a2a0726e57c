//! sharecalc: standalone against shared delivery of council services.
//!
//! Data flows one way: what the user types → a [`engine::Scenario`] (validated) →
//! [`engine::evaluate`] → results → views. The engine and codec are pure Rust and build
//! natively; the UI exists only in the browser build.

pub mod analysis;
pub mod codec;
pub mod compare;
pub mod display;
pub mod embed_code;
pub mod engine;
pub mod examples;
pub mod html;
pub mod i18n;
pub mod report;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod residents;
#[cfg(all(target_arch = "wasm32", feature = "calculator"))]
pub mod ui;
