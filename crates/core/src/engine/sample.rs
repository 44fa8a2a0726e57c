//! Deterministic scenarios of known size for benchmarks and tests: a typical one and the
//! largest the spec allows. Not examples for users (those live in `crate::examples`).

use super::scenario::{Partner, PartnerCost, Scenario, Service, Split, FORMAT_VERSION};
use super::validate::{HORIZONS, PARTNER_COUNTS, SERVICE_COUNTS};

/// A scenario the size officers usually build: 4 partners, 6 services, 10 years.
pub fn typical() -> Scenario {
    sized(4, 6, 10)
}

/// The largest valid scenario: 20 partners, 50 services, 30 years; the engine's worst case.
pub fn largest_valid() -> Scenario {
    sized(
        *PARTNER_COUNTS.end(),
        *SERVICE_COUNTS.end(),
        *HORIZONS.end(),
    )
}

/// A valid scenario with the given counts, every split basis and every format v2 field used
/// (go-live years, spread one-off costs, fixed running costs, a cost of its own for each
/// partner, a price base before Year 1), figures varied but fixed.
pub fn sized(partners: usize, services: usize, years: u32) -> Scenario {
    let partner_list = (0..partners)
        .map(|p| Partner {
            name: format!("Partner {}", p + 1),
            population: Some(50_000.0 + 7_919.0 * p as f64),
        })
        .collect();
    let service_list = (0..services)
        .map(|s| {
            let split = match s % 4 {
                0 => Split::Baseline,
                1 => Split::Population,
                2 => Split::Equal,
                _ => Split::Driver {
                    label: "Cases".to_owned(),
                    values: (0..partners)
                        .map(|p| ((p * 37 + s * 11) % 100 + 1) as f64)
                        .collect(),
                },
            };
            Service {
                name: format!("Service {}", s + 1),
                baseline: (0..partners)
                    .map(|p| 250_000.0 + ((p * 7_331 + s * 5_417) % 90_000) as f64 * 10.0)
                    .collect(),
                saving_rate: 0.05 + (s % 5) as f64 * 0.05,
                savings_start_year: ((s % 2) as u32 + 1).min(years),
                ramp_years: (s % 4) as u32 + 1,
                one_off_cost: 100_000.0 * (s % 3) as f64,
                one_off_profile: if s % 2 == 1 && years >= 2 {
                    vec![0.5, 0.5]
                } else {
                    vec![1.0]
                },
                running_cost_rate: 0.01 * (s % 3) as f64,
                fixed_running_cost: 20_000.0 * (s % 2) as f64,
                split,
            }
        })
        .collect();
    Scenario {
        version: FORMAT_VERSION,
        title: format!("{partners} partners, {services} services, {years} years"),
        currency: "GBP".to_owned(),
        first_year: 2027,
        horizon_years: years,
        discount_rate: 0.035,
        cost_growth: 0.02,
        realisation: 0.8,
        optimism_bias: 0.2,
        optimism_bias_running: 0.1,
        price_base_year: Some(2026),
        inflation: 0.02,
        partners: partner_list,
        services: service_list,
        partner_costs: (0..partners)
            .map(|p| PartnerCost {
                partner: p,
                label: "Redundancy and pension strain".to_owned(),
                year: years.min(2),
                amount: 50_000.0 + 1_000.0 * p as f64,
            })
            .collect(),
        uncertainty: None,
        leaving: None,
        source: None,
    }
}
