//! The browser user interface: Leptos components that read a scenario from what the user
//! types, hand it to the engine and show the results. Views never do arithmetic on money;
//! every figure comes from [`sharecalc_core::engine`].
//!
//! `model` holds what was typed and the flow from it to the figures; every other module is
//! a view, which imports the model and never the reverse.

mod analysis;
mod announce;
mod box_notes;
mod calculator;
mod clipboard;
mod compare;
mod councils;
mod download;
mod editor;
mod embed;
mod examples;
mod focus;
mod keep;
mod language;
mod later;
mod model;
mod page;
mod program;
mod replace;
mod results;
mod share;

pub use page::App;
