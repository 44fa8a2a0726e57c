//! The scenario's money flows rebuilt so that the inputs the analysis varies are levers: the
//! net present value for any saving, realisation, one-off and running-cost multipliers, any
//! years to full savings and any discount rate, by exactly the spec's formulas (v2, through
//! the engine's own terms). A scaled saving rate is capped at 100%: sharing never saves more
//! than the whole spend. Only [`crate::engine::evaluate`] works out the figures shown; this
//! serves "what if" questions.

use crate::engine::{
    base_offset, discount_factor, growth_factor, horizon, partner_costs_by_year, Scenario,
    ServiceTerms, RAMPS,
};

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
    /// Multiplies every planned saving rate (each result held at 100% at most).
    pub savings: f64,
    /// The share of planned savings that arrives (absolute, not a multiplier).
    pub realisation: f64,
    /// Multiplies every one-off cost after optimism bias, the partners' own included.
    pub one_off: f64,
    /// Multiplies every running cost (the rate and the fixed amount), after optimism bias.
    pub running: f64,
    /// Years to full savings.
    pub ramp: Ramp,
    /// The real discount rate (absolute).
    pub discount_rate: f64,
}

/// A planned saving rate scaled by `multiplier`, held at 100%: min(1, rate × multiplier).
pub fn capped_rate(rate: f64, multiplier: f64) -> f64 {
    (rate * multiplier).min(1.0)
}

/// A scenario's flows, ready to be re-valued with other levers.
pub struct Flows {
    services: Vec<ServiceTerms>,
    /// Σ_p P(p,k) per year.
    own_costs: Vec<f64>,
    cost_growth: f64,
    realisation: f64,
    running_uplift: f64,
    discount_rate: f64,
    offset: i32,
    horizon: u32,
}

impl Flows {
    /// The flows of `s` (at most the longest valid horizon, like the engine).
    pub fn new(s: &Scenario) -> Flows {
        Flows {
            services: ServiceTerms::all(s),
            own_costs: partner_costs_by_year(s)
                .iter()
                .map(|year| year.iter().sum())
                .collect(),
            cost_growth: s.cost_growth,
            realisation: s.realisation,
            running_uplift: 1.0 + s.optimism_bias_running,
            discount_rate: s.discount_rate,
            offset: base_offset(s),
            horizon: horizon(s),
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

    fn ramp_years(t: &ServiceTerms, ramp: Ramp) -> f64 {
        let (min, max) = (f64::from(*RAMPS.start()), f64::from(*RAMPS.end()));
        match ramp {
            Ramp::AsEntered => t.ramp_years,
            Ramp::Shift(by) => (t.ramp_years + by).clamp(min, max),
            Ramp::All(years) => years.max(min),
        }
    }

    /// Σ_k D_k × N_k with the given levers.
    pub fn npv(&self, l: &Levers) -> f64 {
        let mut npv = 0.0;
        for k in 1..=self.horizon {
            let growth = growth_factor(self.cost_growth, k);
            let mut net = -self.own_cost(k) * l.one_off;
            for t in &self.services {
                let combined = t.combined * growth;
                let ramp = t.ramp(k, Self::ramp_years(t, l.ramp));
                let saving = combined * capped_rate(t.saving_rate, l.savings) * l.realisation;
                let running = t.running(k, combined, growth) * self.running_uplift;
                net += saving * ramp - running * l.running - t.one_off_in(k) * l.one_off;
            }
            npv += discount_factor(l.discount_rate, k, self.offset) * net;
        }
        npv
    }

    fn own_cost(&self, k: u32) -> f64 {
        self.own_costs.get(k as usize - 1).copied().unwrap_or(0.0)
    }

    /// Each year's flows as entered, with the gross savings at any savings multiplier, so a
    /// Monte Carlo draw costs O(years).
    pub fn yearly(&self) -> Yearly {
        let years: Vec<u32> = (1..=self.horizon).collect();
        let growth: Vec<f64> = years
            .iter()
            .map(|&k| growth_factor(self.cost_growth, k))
            .collect();
        // Services by planned rate, highest first: as the multiplier grows they reach 100%
        // in that order, so those held at 100% are always the first few.
        let mut order: Vec<&ServiceTerms> = self.services.iter().collect();
        order.sort_by(|a, b| b.saving_rate.total_cmp(&a.saving_rate));
        // Σ_s C(s,k) × realisation × r(s,k): what a service saves at a rate of 100%.
        let full = |t: &ServiceTerms| -> Vec<f64> {
            years
                .iter()
                .zip(&growth)
                .map(|(&k, g)| t.combined * g * self.realisation * t.ramp(k, t.ramp_years))
                .collect()
        };
        let fulls: Vec<Vec<f64>> = order.iter().map(|t| full(t)).collect();
        let add = |a: &[f64], b: &[f64], by: f64| -> Vec<f64> {
            a.iter().zip(b).map(|(x, y)| x + by * y).collect()
        };
        let zero = vec![0.0; years.len()];
        let mut capped = vec![zero.clone()];
        for f in &fulls {
            let next = add(capped.last().map_or(&zero, |v| v), f, 1.0);
            capped.push(next);
        }
        let mut rated = vec![zero.clone()];
        for (t, f) in order.iter().zip(&fulls).rev() {
            let next = add(rated.last().map_or(&zero, |v| v), f, t.saving_rate);
            rated.push(next);
        }
        rated.reverse();
        Yearly {
            rates: order.iter().map(|t| t.saving_rate).collect(),
            capped,
            rated,
            years: years
                .iter()
                .zip(&growth)
                .map(|(&k, &g)| YearFlows {
                    discount: discount_factor(self.discount_rate, k, self.offset),
                    running: self
                        .services
                        .iter()
                        .map(|t| t.running(k, t.combined * g, g) * self.running_uplift)
                        .sum(),
                    one_off: self.own_cost(k)
                        + self.services.iter().map(|t| t.one_off_in(k)).sum::<f64>(),
                })
                .collect(),
        }
    }

    /// The largest running cost rate of any service, which bounds the running-cost multiplier.
    pub fn largest_running_rate(&self) -> f64 {
        self.services
            .iter()
            .map(|t| t.running_rate)
            .fold(0.0, f64::max)
    }
}

/// One year's costs as entered, all services together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearFlows {
    /// D_k.
    pub discount: f64,
    /// Σ_s R(s,k): running costs.
    pub running: f64,
    /// Σ_s O(s,k) + Σ_p P(p,k): one-off costs.
    pub one_off: f64,
}

/// A scenario's yearly flows as entered, with its gross savings for any savings multiplier.
pub struct Yearly {
    /// The planned saving rates, highest first.
    rates: Vec<f64>,
    /// `capped[j][k]`: the savings of the first `j` services at 100%.
    capped: Vec<Vec<f64>>,
    /// `rated[j][k]`: the savings of the services from the `j`-th on at their planned rate.
    rated: Vec<Vec<f64>>,
    /// The costs, year by year.
    pub years: Vec<YearFlows>,
}

impl Yearly {
    /// Σ_s S(s,k) with every planned rate times `multiplier`, held at 100%, year by year.
    pub fn savings(&self, multiplier: f64) -> impl Iterator<Item = f64> + '_ {
        let at_full = self.rates.partition_point(|&rate| rate * multiplier >= 1.0);
        let capped = self.capped.get(at_full);
        let rated = self.rated.get(at_full);
        (0..self.years.len()).map(move |k| {
            let c = capped.and_then(|v| v.get(k)).copied().unwrap_or(0.0);
            let r = rated.and_then(|v| v.get(k)).copied().unwrap_or(0.0);
            c + multiplier * r
        })
    }
}
