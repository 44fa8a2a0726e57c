//! Version 1 files keep their figures: a random version 1 file, read as version 2 with the v2
//! defaults, gives exactly (bit for bit) the figures of an independent copy of the version 1
//! formulas, operation for operation as the engine worked them out before format v2; through
//! a link too; and it is written back as version 2.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use proptest::prelude::*;
use serde_json::{json, Value};
use sharecalc_core::codec::link::{decode_payload, encode_payload};
use sharecalc_core::engine::{evaluate, Results, Scenario, Service, Split};

/// Any share of a whole, with both ends possible.
fn share() -> BoxedStrategy<f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64].boxed()
}

/// The version 1 figures of a scenario, worked out by the version 1 formulas exactly as the
/// engine did before format v2, operation for operation: the reference the upgrade is held to.
#[derive(Debug, PartialEq)]
struct V1 {
    npv: f64,
    years: Vec<[f64; 6]>,
    partners: Vec<[f64; 4]>,
    payback: Option<u32>,
    recurring: f64,
    break_even: Option<f64>,
    one_off_total: f64,
    cells: Vec<[f64; 3]>,
}

fn v1_figures(s: &Scenario) -> V1 {
    let n = s.partners.len();
    let weights = |service: &Service| -> Vec<f64> {
        let basis: Vec<f64> = (0..n)
            .map(|p| match service.split {
                Split::Equal => 1.0,
                _ => service.baseline.get(p).copied().unwrap_or(0.0),
            })
            .collect();
        let total: f64 = basis.iter().sum();
        if total == 0.0 {
            vec![1.0 / n as f64; n]
        } else {
            basis.iter().map(|b| b / total).collect()
        }
    };
    struct T {
        combined: f64,
        saving: f64,
        running: f64,
        ramp: f64,
        one_off: f64,
        w: Vec<f64>,
    }
    let terms: Vec<T> = s
        .services
        .iter()
        .map(|v| T {
            combined: (0..n).map(|p| v.baseline[p]).sum(),
            saving: v.saving_rate * s.realisation,
            running: v.running_cost_rate,
            ramp: f64::from(v.ramp_years),
            one_off: v.one_off_cost * (1.0 + s.optimism_bias),
            w: weights(v),
        })
        .collect();
    let mut out = V1 {
        npv: 0.0,
        years: Vec::new(),
        partners: vec![[0.0; 4]; n],
        payback: None,
        recurring: terms
            .iter()
            .map(|t| t.combined * (t.saving - t.running))
            .sum(),
        break_even: None,
        one_off_total: terms.iter().map(|t| t.one_off).sum(),
        cells: Vec::new(),
    };
    let (mut costs, mut savings, mut total) = (0.0, 0.0, 0.0);
    for k in 1..=s.horizon_years {
        let e = (k - 1) as i32;
        let growth = (1.0 + s.cost_growth).powi(e);
        let discount = (1.0 + s.discount_rate).powi(-e);
        let mut year = [0.0; 6];
        let mut shared = Vec::new();
        for t in &terms {
            let combined = t.combined * growth;
            let ramp = (f64::from(k) / t.ramp).min(1.0);
            let running = combined * t.running;
            let one_off = if k == 1 { t.one_off } else { 0.0 };
            let cost = combined - combined * t.saving * ramp + running + one_off;
            year[0] += combined;
            year[1] += cost;
            year[2] += combined - cost;
            costs += discount * (running + one_off);
            savings += discount * combined * ramp;
            shared.push(cost);
        }
        for (p, partner) in out.partners.iter_mut().enumerate() {
            let mut net = 0.0;
            for ((t, cost), v) in terms.iter().zip(&shared).zip(&s.services) {
                let a = v.baseline[p] * growth;
                let share = t.w[p] * cost;
                partner[0] += a;
                partner[1] += share;
                net += a - share;
                out.cells.push([a, share, a - share]);
            }
            partner[3] += discount * net;
        }
        out.npv += discount * year[2];
        total += year[2];
        year[3] = total;
        year[4] = discount;
        year[5] = discount * year[2];
        if out.payback.is_none() && total > 0.0 {
            out.payback = Some(k);
        }
        out.years.push(year);
    }
    for p in &mut out.partners {
        p[2] = p[0] - p[1];
    }
    let divisor = s.realisation * savings;
    out.break_even = (divisor != 0.0)
        .then(|| costs / divisor)
        .filter(|r| r.is_finite());
    out
}

/// The same figures from the engine, for comparison.
fn v2_figures(r: &Results, s: &Scenario) -> V1 {
    V1 {
        npv: r.npv,
        years: r
            .years
            .iter()
            .map(|y| {
                [
                    y.standalone,
                    y.shared,
                    y.net,
                    y.cumulative,
                    y.discount_factor,
                    y.discounted_net,
                ]
            })
            .collect(),
        partners: r
            .partners
            .iter()
            .map(|p| [p.standalone, p.shared, p.net, p.npv])
            .collect(),
        payback: r.payback.as_ref().map(|p| p.year),
        recurring: r.recurring_saving,
        break_even: r.break_even_rate,
        one_off_total: r.one_off_total,
        cells: (0..r.years.len())
            .flat_map(|k| {
                (0..s.partners.len()).flat_map(move |p| {
                    (0..s.services.len()).filter_map(move |v| {
                        r.cell(k, p, v).map(|c| [c.standalone, c.shared, c.net])
                    })
                })
            })
            .collect(),
    }
}

/// A version 1 file: only the version 1 fields, as a council's own program would write it.
fn v1_file() -> impl Strategy<Value = Value> {
    (2usize..=5, 1usize..=4).prop_flat_map(|(partners, services)| {
        let service = (
            prop::collection::vec(0.0..5e6f64, partners),
            share(),
            1u32..=30,
            0.0..3e6f64,
            0.0..=0.3f64,
            any::<bool>(),
        )
            .prop_map(|(baseline, rate, ramp, one_off, running, equal)| {
                json!({
                    "name": "S", "baseline": baseline, "saving_rate": rate, "ramp_years": ramp,
                    "one_off_cost": one_off, "running_cost_rate": running,
                    "split": {"basis": if equal { "equal" } else { "baseline" }},
                })
            });
        (
            prop::collection::vec(service, services),
            1u32..=30,
            (0.0..=0.2f64, -0.1..=0.2f64, share(), 0.0..=2.0f64),
        )
            .prop_map(move |(services, years, (discount, growth, realisation, bias))| {
                json!({
                    "version": 1, "first_year": 2027, "horizon_years": years,
                    "discount_rate": discount, "cost_growth": growth, "realisation": realisation,
                    "optimism_bias": bias,
                    "partners": (0..partners).map(|p| json!({"name": format!("P{p}")})).collect::<Vec<_>>(),
                    "services": services,
                })
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_version_1_file_gives_exactly_its_version_1_figures(file in v1_file()) {
        let s = Scenario::from_json_value(&file).expect("a valid version 1 file");
        prop_assert_eq!(s.version, 2);
        prop_assert_eq!(v2_figures(&evaluate(&s), &s), v1_figures(&s));
        // The same through a link, and written back as version 2 with the same figures.
        let linked = decode_payload(&encode_payload(&s)).expect("a link");
        prop_assert_eq!(&linked, &s);
        let written = s.to_json_string();
        prop_assert!(written.starts_with("{\"version\":2,"), "{}", written);
    }

}
