//! Beyond the headline figures: how sure the figures are (switching values, a tornado chart, a
//! Monte Carlo simulation) and whether sharing is fair to each partner (each partner's own
//! break-even and payback, balancing payments, a partner leaving).
//!
//! Pure Rust like the engine: no browser, no signals, every figure finite, no panics. It reads
//! a valid [`crate::engine::Scenario`] and its [`crate::engine::Results`], and uses the spec's
//! formulas (`shared/spec/model.md`); the rules it adds are stated in each module and in
//! `docs/format.md`.

mod fairness;
mod flows;
mod input;
mod leaving;
mod monte_carlo;
mod search;
mod switching;
mod tornado;

pub use fairness::{balancing, partner_npvs, standings, Balancing, Standing};
pub use input::Input;
pub use leaving::{leave, Comparison, Leaving};
pub use monte_carlo::{simulate, Bin, Simulation, BINS, DRAWS};
pub use switching::{switching_values, Switching};
pub use tornado::{tornado, Bar, Tornado, DISCOUNT_CHANGE, RAMP_CHANGE};
