//! The browser user interface: Leptos components that read a scenario from what the user
//! types, hand it to the engine and show the results. Views never do arithmetic on money;
//! every figure comes from [`sharecalc_core::engine`].

mod analysis;
mod announce;
mod box_errors;
mod build;
mod calculator;
mod compare;
mod download;
mod draft;
mod editor;
mod embed;
mod examples;
mod focus;
mod keep;
mod language;
mod later;
mod link;
mod page;
mod program;
mod results;
mod settle;
mod share;
mod state;

pub use page::App;
