//! Turns results into words and chart shapes, with no web dependency, so that the text a
//! resident reads and the scales a chart uses are tested natively like the engine.

pub mod axis;
pub mod dates;
pub mod evidence;
pub mod label;
pub mod words;
