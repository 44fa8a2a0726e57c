//! The spec's intermediate terms, for anyone who shows the working rather than only the
//! results: the spreadsheet download writes each of these as a formula with its value, so a
//! viewer that does not recalculate still shows the right numbers. They come from the same
//! functions the engine uses (`terms`, `split`), so they cannot drift from its figures.

use super::scenario::Scenario;
use super::split::weights;
use super::terms::{base_offset, growth_factor, horizon, inflation_index, ServiceTerms};

/// The terms of a whole scenario, year by year and service by service.
#[derive(Clone, Debug, PartialEq)]
pub struct Workings {
    /// e: the years from the price base to Year 1.
    pub base_offset: i32,
    /// G_k for k = 1..=H.
    pub growth: Vec<f64>,
    /// I_k for k = 1..=H: price-base prices to Year k's cash.
    pub inflation_index: Vec<f64>,
    /// One entry per service, in scenario order.
    pub services: Vec<ServiceWorkings>,
}

/// One service's terms.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceWorkings {
    /// C(s,1): the partners' combined baseline.
    pub combined_year1: f64,
    /// The first year its savings are full: start year + years to full savings − 1.
    pub full_year: u32,
    /// w(s,p), one per partner, summing to 1.
    pub weights: Vec<f64>,
    /// Σ of its one-off profile's shares (1 for a valid scenario).
    pub profile_total: f64,
    /// One entry per year k = 1..=H.
    pub years: Vec<ServiceYearWorkings>,
}

/// One service's terms in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ServiceYearWorkings {
    /// L(s,k): whether the shared service is live.
    pub live: bool,
    /// r(s,k): how far its savings have ramped up, 0 to 1.
    pub ramp: f64,
    /// C(s,k) = Σ_p baseline(s,p) × G_k.
    pub combined: f64,
}

/// The terms of `s`, over the years the engine appraises.
pub fn workings(s: &Scenario) -> Workings {
    let years = 1..=horizon(s);
    let offset = base_offset(s);
    let growth: Vec<f64> = years
        .clone()
        .map(|k| growth_factor(s.cost_growth, k))
        .collect();
    let services = s
        .services
        .iter()
        .map(|service| {
            let t = ServiceTerms::new(s, service);
            ServiceWorkings {
                combined_year1: t.combined,
                full_year: t.full_year(),
                weights: weights(service, &s.partners),
                profile_total: service.one_off_profile.iter().sum(),
                years: years
                    .clone()
                    .zip(&growth)
                    .map(|(k, g)| ServiceYearWorkings {
                        live: t.live(k),
                        ramp: t.ramp(k, t.ramp_years),
                        combined: t.combined * g,
                    })
                    .collect(),
            }
        })
        .collect();
    Workings {
        base_offset: offset,
        inflation_index: years
            .map(|k| inflation_index(s.inflation, k, offset))
            .collect(),
        growth,
        services,
    }
}
