//! How unsure the officer is about four quantities, as low / likely / high multipliers of what
//! the scenario says: a sharecalc extension of format v1 (`uncertainty`, optional; see
//! `docs/format.md`). Owns the type, its defaults and its range checks; the analysis module
//! turns it into a tornado chart and a Monte Carlo simulation.

use serde::Serialize;

use super::error::FieldError;
use super::money::format_percent;
use super::path::{FieldPath, RangeEnd, UncertaintyRange};
use crate::i18n::{Msg, Text};

/// A triangular distribution of a multiplier: 1 means "as entered in the scenario".
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Triangle {
    /// The lowest value thought possible.
    pub low: f64,
    /// The most likely value.
    pub likely: f64,
    /// The highest value thought possible.
    pub high: f64,
}

impl Triangle {
    /// The three values with their fields, low first.
    pub fn ends(self) -> [(RangeEnd, f64); 3] {
        [
            (RangeEnd::Low, self.low),
            (RangeEnd::Likely, self.likely),
            (RangeEnd::High, self.high),
        ]
    }

    /// The value at `end`, to be read into.
    pub fn end_mut(&mut self, end: RangeEnd) -> &mut f64 {
        match end {
            RangeEnd::Low => &mut self.low,
            RangeEnd::Likely => &mut self.likely,
            RangeEnd::High => &mut self.high,
        }
    }
}

/// Low / likely / high multipliers of the four quantities whose outturn is most uncertain.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Uncertainty {
    /// Multiplies every service's planned saving rate.
    pub savings: Triangle,
    /// Multiplies the share of planned savings that arrives.
    pub realisation: Triangle,
    /// Multiplies every one-off cost (after optimism bias).
    pub one_off_costs: Triangle,
    /// Multiplies every service's running cost rate.
    pub running_costs: Triangle,
}

/// The ranges used when a scenario says nothing: savings often fall short and one-off costs
/// often overrun (`shared/evidence.md`: South West One, NAO 2012, Somerset West and Taunton).
pub mod uncertainty_defaults {
    use super::Triangle;

    /// Planned savings could be half as large, or half as large again.
    pub const SAVINGS: Triangle = Triangle {
        low: 0.5,
        likely: 1.0,
        high: 1.5,
    };
    /// Delivery could fall to 60% of what is assumed, and not exceed it.
    pub const REALISATION: Triangle = Triangle {
        low: 0.6,
        likely: 1.0,
        high: 1.0,
    };
    /// One-off costs could come in 20% lower, or double.
    pub const ONE_OFF_COSTS: Triangle = Triangle {
        low: 0.8,
        likely: 1.0,
        high: 2.0,
    };
    /// Running costs could be 20% lower or 50% higher.
    pub const RUNNING_COSTS: Triangle = Triangle {
        low: 0.8,
        likely: 1.0,
        high: 1.5,
    };
}

/// The largest multiplier accepted: ten times what the scenario says.
pub const MAX_MULTIPLIER: f64 = 10.0;

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty {
            savings: uncertainty_defaults::SAVINGS,
            realisation: uncertainty_defaults::REALISATION,
            one_off_costs: uncertainty_defaults::ONE_OFF_COSTS,
            running_costs: uncertainty_defaults::RUNNING_COSTS,
        }
    }
}

impl Uncertainty {
    /// The four ranges with their fields, in file order, so readers and checks loop.
    pub fn fields(&self) -> [(UncertaintyRange, Triangle); 4] {
        [
            (UncertaintyRange::Savings, self.savings),
            (UncertaintyRange::Realisation, self.realisation),
            (UncertaintyRange::OneOffCosts, self.one_off_costs),
            (UncertaintyRange::RunningCosts, self.running_costs),
        ]
    }

    /// The range named by `range`, to be read into.
    pub fn range_mut(&mut self, range: UncertaintyRange) -> &mut Triangle {
        match range {
            UncertaintyRange::Savings => &mut self.savings,
            UncertaintyRange::Realisation => &mut self.realisation,
            UncertaintyRange::OneOffCosts => &mut self.one_off_costs,
            UncertaintyRange::RunningCosts => &mut self.running_costs,
        }
    }

    /// Every problem, each naming its field (`uncertainty.savings.low`).
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (range, t) in self.fields() {
            let mut in_range = true;
            for (end, value) in t.ends() {
                if !(value.is_finite() && (0.0..=MAX_MULTIPLIER).contains(&value)) {
                    in_range = false;
                    errors.push(FieldError::new(
                        FieldPath::Uncertainty(Some((range, Some(end)))),
                        Text::new(Msg::FieldMultiplierRange)
                            .arg("max", format_percent(MAX_MULTIPLIER, 0)),
                    ));
                }
            }
            if in_range && !(t.low <= t.likely && t.likely <= t.high) {
                errors.push(FieldError::new(
                    FieldPath::Uncertainty(Some((range, None))),
                    Text::new(Msg::FieldRangeOrder),
                ));
            }
        }
        errors
    }
}
