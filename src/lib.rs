//! The calculator: the Leptos app officers edit scenarios in. The figures, words and HTML come
//! from the pure core (`sharecalc_core`); the browser helpers it shares with the residents'
//! program from `sharecalc_web`. This crate only wires them to the page.

pub mod ui;
