//! The scenario's money flows rebuilt so that the inputs the analysis varies are levers: the
//! net present value for any saving, realisation, one-off and running-cost multipliers, any
//! years to full savings and any discount rate, by exactly the spec's formulas. Only
//! [`crate::engine::evaluate`] works out the figures shown; this serves "what if" questions.

use crate::engine::{Scenario, HORIZONS, RAMPS};

/// What one service contributes, worked out once.
struct Flow {
    /// C(s,1): the partners' combined Year 1 cost.
    combined: f64,
    /// The planned saving rate.
    saving_rate: f64,
    /// The running cost rate.
    running_rate: f64,
    /// Years to full savings, as entered.
    ramp_years: f64,
    /// O(s,1), with optimism bias.
    one_off: f64,
}

/// How long savings take to arrive in full.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ramp {
    /// Each service's own years, as entered.
    AsEntered,
    /// Each service's own years moved by this many (kept within the format's 1–30).
    Shift(f64),
    /// The same years for every service (any real number from 1 on).
    All(f64),
}

/// The inputs the analysis varies. Multipliers are 1 for "as entered".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Levers {
    /// Multiplies every planned saving rate.
    pub savings: f64,
    /// The share of planned savings that arrives (absolute, not a multiplier).
    pub realisation: f64,
    /// Multiplies every one-off cost.
    pub one_off: f64,
    /// Multiplies every running cost rate.
    pub running: f64,
    /// Years to full savings.
    pub ramp: Ramp,
    /// The real discount rate (absolute).
    pub discount_rate: f64,
}

/// One year's undiscounted flows as entered, all services together: what a Monte Carlo draw
/// scales.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearFlows {
    /// D_k.
    pub discount: f64,
    /// Σ_s S(s,k): gross savings.
    pub savings: f64,
    /// Σ_s R(s,k): running costs.
    pub running: f64,
    /// Σ_s O(s,k): one-off costs (Year 1 only).
    pub one_off: f64,
}

/// A scenario's flows, ready to be re-valued with other levers.
pub struct Flows {
    services: Vec<Flow>,
    cost_growth: f64,
    realisation: f64,
    discount_rate: f64,
    horizon: u32,
}

/// D_k = (1 + rate)^−(k−1) for 1-based `k`.
pub fn discount_factor(rate: f64, k: u32) -> f64 {
    (1.0 + rate).powi(-exponent(k))
}

/// G_k = (1 + growth)^(k−1) for 1-based `k`.
pub fn growth_factor(growth: f64, k: u32) -> f64 {
    (1.0 + growth).powi(exponent(k))
}

fn exponent(k: u32) -> i32 {
    i32::try_from(k.saturating_sub(1)).unwrap_or(i32::MAX)
}

/// r(s,k) = min(1, k / ramp_years) for 1-based `k`; a ramp below 1 year counts as 1.
pub fn ramp_share(ramp_years: f64, k: u32) -> f64 {
    (f64::from(k) / ramp_years.max(1.0)).min(1.0)
}

impl Flows {
    /// The flows of `s` (at most the longest valid horizon, like the engine).
    pub fn new(s: &Scenario) -> Flows {
        Flows {
            services: s
                .services
                .iter()
                .map(|service| Flow {
                    combined: (0..s.partners.len())
                        .map(|p| service.baseline.get(p).copied().unwrap_or(0.0))
                        .sum(),
                    saving_rate: service.saving_rate,
                    running_rate: service.running_cost_rate,
                    ramp_years: f64::from(service.ramp_years),
                    one_off: service.one_off_cost * (1.0 + s.optimism_bias),
                })
                .collect(),
            cost_growth: s.cost_growth,
            realisation: s.realisation,
            discount_rate: s.discount_rate,
            horizon: s.horizon_years.min(*HORIZONS.end()),
        }
    }

    /// The levers of the scenario as entered.
    pub fn as_entered(&self) -> Levers {
        Levers {
            savings: 1.0,
            realisation: self.realisation,
            one_off: 1.0,
            running: 1.0,
            ramp: Ramp::AsEntered,
            discount_rate: self.discount_rate,
        }
    }

    fn ramp_years(flow: &Flow, ramp: Ramp) -> f64 {
        let (min, max) = (f64::from(*RAMPS.start()), f64::from(*RAMPS.end()));
        match ramp {
            Ramp::AsEntered => flow.ramp_years,
            Ramp::Shift(by) => (flow.ramp_years + by).clamp(min, max),
            Ramp::All(years) => years.max(min),
        }
    }

    /// Σ_k D_k × N_k with the given levers.
    pub fn npv(&self, l: &Levers) -> f64 {
        let saving = l.savings * l.realisation;
        let mut npv = 0.0;
        for k in 1..=self.horizon {
            let growth = growth_factor(self.cost_growth, k);
            let mut net = 0.0;
            for f in &self.services {
                let combined = f.combined * growth;
                let ramp = ramp_share(Self::ramp_years(f, l.ramp), k);
                net += combined * (f.saving_rate * saving * ramp - f.running_rate * l.running);
                if k == 1 {
                    net -= f.one_off * l.one_off;
                }
            }
            npv += discount_factor(l.discount_rate, k) * net;
        }
        npv
    }

    /// Each year's flows as entered, so a draw that only scales them costs O(years).
    pub fn yearly(&self) -> Vec<YearFlows> {
        (1..=self.horizon)
            .map(|k| {
                let growth = growth_factor(self.cost_growth, k);
                let mut y = YearFlows {
                    discount: discount_factor(self.discount_rate, k),
                    savings: 0.0,
                    running: 0.0,
                    one_off: 0.0,
                };
                for f in &self.services {
                    let combined = f.combined * growth;
                    y.savings +=
                        combined * f.saving_rate * self.realisation * ramp_share(f.ramp_years, k);
                    y.running += combined * f.running_rate;
                    if k == 1 {
                        y.one_off += f.one_off;
                    }
                }
                y
            })
            .collect()
    }

    /// The largest running cost rate of any service, which bounds the running-cost multiplier.
    pub fn largest_running_rate(&self) -> f64 {
        self.services
            .iter()
            .map(|f| f.running_rate)
            .fold(0.0, f64::max)
    }
}
