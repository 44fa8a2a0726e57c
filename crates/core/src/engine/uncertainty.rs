//! How unsure the officer is about four quantities, as low / likely / high multipliers of what
//! the scenario says: a sharecalc extension of format v1 (`uncertainty`, optional; see
//! `docs/format.md`). Owns the type, its defaults and its range checks; the analysis module
//! turns it into a tornado chart and a Monte Carlo simulation.

use serde::Serialize;

use super::error::FieldError;
use super::money::format_percent;
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
    /// The four ranges with their field names, in file order, so readers and checks loop.
    pub fn fields(&self) -> [(&'static str, Triangle); 4] {
        [
            ("savings", self.savings),
            ("realisation", self.realisation),
            ("one_off_costs", self.one_off_costs),
            ("running_costs", self.running_costs),
        ]
    }

    /// Every problem, each naming its field (`uncertainty.savings.low`).
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (name, t) in self.fields() {
            let mut in_range = true;
            for (part, value) in [("low", t.low), ("likely", t.likely), ("high", t.high)] {
                if !(value.is_finite() && (0.0..=MAX_MULTIPLIER).contains(&value)) {
                    in_range = false;
                    errors.push(FieldError::new(
                        format!("uncertainty.{name}.{part}"),
                        Text::new(Msg::FieldMultiplierRange)
                            .arg("max", format_percent(MAX_MULTIPLIER, 0)),
                    ));
                }
            }
            if in_range && !(t.low <= t.likely && t.likely <= t.high) {
                errors.push(FieldError::new(
                    format!("uncertainty.{name}"),
                    Text::new(Msg::FieldRangeOrder),
                ));
            }
        }
        errors
    }
}
