//! The scenario the analysis tests work by hand, shared by `analysis_switching` and
//! `analysis_fairness`.
//!
//! Two partners (A 600 and B 400 a year), one service: C = 1,000 a year, saving 20% from
//! Year 1 (ramp 1), running cost 5%, no growth, three years, split equally. Each year S = 200
//! and R = 50; with a one-off cost of 300 and no discounting N = −150, 150, 150: NPV = 150.

use sharecalc_core::engine::{Partner, Scenario, Service, Split, FORMAT_VERSION};

/// The worked scenario with this one-off cost and discount rate.
pub fn worked(one_off: f64, discount_rate: f64) -> Scenario {
    let partner = |name: &str| Partner {
        name: name.to_owned(),
        population: None,
    };
    Scenario {
        version: FORMAT_VERSION,
        title: "Worked".to_owned(),
        currency: "GBP".to_owned(),
        first_year: 2027,
        horizon_years: 3,
        discount_rate,
        cost_growth: 0.0,
        realisation: 1.0,
        optimism_bias: 0.0,
        partners: vec![partner("A"), partner("B")],
        services: vec![Service {
            name: "HR".to_owned(),
            baseline: vec![600.0, 400.0],
            saving_rate: 0.2,
            ramp_years: 1,
            one_off_cost: one_off,
            running_cost_rate: 0.05,
            split: Split::Equal,
            ..Service::default()
        }],
        uncertainty: None,
        ..Scenario::default()
    }
}

/// Equal up to rounding.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * (1.0 + a.abs().max(b.abs()))
}
