//! The spec's formulas for one service in one year, written once: the engine's figures and
//! the analysis's "what if" questions both build on these, so they cannot drift apart.
//! Everything is real (price-base prices); only the cash view applies inflation.

use super::scenario::{Scenario, Service};
use super::validate::HORIZONS;

/// The years appraised: `horizon_years`, at most the longest valid horizon, so that even a
/// scenario that failed validation is worked out in bounded time.
pub(crate) fn horizon(s: &Scenario) -> u32 {
    s.horizon_years.min(*HORIZONS.end())
}

/// e = `first_year` − B: the years from the price base to Year 1 (0 with the default base).
pub(crate) fn base_offset(s: &Scenario) -> i32 {
    s.first_year.saturating_sub(s.price_base())
}

/// k − 1 + e as a power, for 1-based `k`.
fn power(k: u32, offset: i32) -> i32 {
    i32::try_from(k.saturating_sub(1))
        .unwrap_or(i32::MAX)
        .saturating_add(offset)
}

/// G_k = (1 + growth)^(k−1).
pub(crate) fn growth_factor(growth: f64, k: u32) -> f64 {
    (1.0 + growth).powi(power(k, 0))
}

/// D_k = (1 + rate)^−(k−1+e): Year k valued as at the price base year.
pub(crate) fn discount_factor(rate: f64, k: u32, offset: i32) -> f64 {
    (1.0 + rate).powi(power(k, offset).saturating_neg())
}

/// I_k = (1 + inflation)^(k−1+e): price-base prices to Year k's cash.
pub(crate) fn inflation_index(inflation: f64, k: u32, offset: i32) -> f64 {
    (1.0 + inflation).powi(power(k, offset))
}

/// One service's inputs to the formulas, worked out once.
#[derive(Clone, Debug)]
pub(crate) struct ServiceTerms {
    /// C(s,1) = Σ_p baseline(s,p).
    pub combined: f64,
    /// The planned saving rate.
    pub saving_rate: f64,
    /// The running cost rate.
    pub running_rate: f64,
    /// The fixed running cost a year, in price-base prices (grown by G_k).
    pub fixed_running: f64,
    /// The year the service goes live (1-based).
    pub start: u32,
    /// Years to full savings, counted from the start year.
    pub ramp_years: f64,
    /// The one-off cost with optimism bias, before it is spread over the years.
    pub one_off: f64,
    /// The share of the one-off cost in Year 1, Year 2, …
    pub profile: Vec<f64>,
}

impl ServiceTerms {
    /// The terms of `service` in `s`.
    pub fn new(s: &Scenario, service: &Service) -> ServiceTerms {
        ServiceTerms {
            combined: (0..s.partners.len())
                .map(|p| service.baseline.get(p).copied().unwrap_or(0.0))
                .sum(),
            saving_rate: service.saving_rate,
            running_rate: service.running_cost_rate,
            fixed_running: service.fixed_running_cost,
            start: service.savings_start_year,
            ramp_years: f64::from(service.ramp_years),
            one_off: service.one_off_cost * (1.0 + s.optimism_bias),
            profile: service.one_off_profile.clone(),
        }
    }

    /// The terms of every service of `s`, in order.
    pub fn all(s: &Scenario) -> Vec<ServiceTerms> {
        s.services.iter().map(|v| ServiceTerms::new(s, v)).collect()
    }

    /// L(s,k): whether the shared service is live in year `k`.
    pub fn live(&self, k: u32) -> bool {
        k >= self.start
    }

    /// r(s,k) = L × min(1, (k − start + 1) / ramp_years), with `ramp_years` given so the
    /// analysis can vary it (a ramp below 1 year counts as 1).
    pub fn ramp(&self, k: u32, ramp_years: f64) -> f64 {
        if !self.live(k) {
            return 0.0;
        }
        (f64::from(k - self.start + 1) / ramp_years.max(1.0)).min(1.0)
    }

    /// The first year in which savings are full: start + ramp − 1.
    pub fn full_year(&self) -> u32 {
        let ramp = self.ramp_years.max(1.0) as u32;
        self.start.saturating_add(ramp).saturating_sub(1)
    }

    /// R(s,k) before optimism bias: L × (C(s,k) × rate + fixed × G_k), where `combined` is
    /// C(s,k) and `growth` is G_k.
    pub fn running(&self, k: u32, combined: f64, growth: f64) -> f64 {
        if self.live(k) {
            combined * self.running_rate + self.fixed_running * growth
        } else {
            0.0
        }
    }

    /// O(s,k): the one-off cost with optimism bias falling in year `k` (0 past the profile).
    pub fn one_off_in(&self, k: u32) -> f64 {
        let share = (k as usize)
            .checked_sub(1)
            .and_then(|i| self.profile.get(i))
            .copied()
            .unwrap_or(0.0);
        self.one_off * share
    }
}

/// P(p,k): each partner's own one-off costs with optimism bias, per year `[k−1][p]`, over the
/// years appraised (a cost in a year outside them is not counted).
pub(crate) fn partner_costs_by_year(s: &Scenario) -> Vec<Vec<f64>> {
    let mut out = vec![vec![0.0; s.partners.len()]; horizon(s) as usize];
    for cost in &s.partner_costs {
        let year = (cost.year as usize).checked_sub(1);
        if let Some(slot) = year
            .and_then(|k| out.get_mut(k))
            .and_then(|row| row.get_mut(cost.partner))
        {
            *slot += cost.amount * (1.0 + s.optimism_bias);
        }
    }
    out
}
