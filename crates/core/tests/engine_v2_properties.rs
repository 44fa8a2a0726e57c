//! Invariants of format v2 on arbitrary valid scenarios: the partners' NPVs sum to the NPV;
//! every CSV row adds up to the penny, the columns reproduce the page's totals and Σ
//! discounted net saving its NPV; a version 1 scenario gives, read as version 2, exactly the
//! figures the version 1 formulas give (an independent copy of them below); reading any value
//! anywhere in a v2 file never panics; and no analysis ever saves more than the whole spend.

use proptest::prelude::*;
use serde_json::{json, Value};
use sharecalc_core::analysis::{leave, simulate, switching_values, tornado, Input, Leaving};
use sharecalc_core::codec::link::{decode_payload, encode_payload};
use sharecalc_core::engine::{
    evaluate, results_csv, validate, Partner, PartnerCost, Results, Scenario, Service, Split,
    Triangle, Uncertainty,
};
use sharecalc_core::i18n::Lang;

/// Any share of a whole, with both ends possible.
fn share() -> BoxedStrategy<f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64].boxed()
}

/// A one-off profile of 1 to `max` years: positive weights scaled to sum to 1.
fn profile(max: usize) -> BoxedStrategy<Vec<f64>> {
    prop::collection::vec(0.01..1.0f64, 1..=max)
        .prop_map(|w| {
            let total: f64 = w.iter().sum();
            w.iter().map(|x| x / total).collect()
        })
        .boxed()
}

/// A valid v2 scenario: 2–6 partners, 1–4 services, 1–15 years, every v2 field free in range.
fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..=6, 1usize..=4, 1u32..=15).prop_flat_map(|(partners, services, years)| {
        let service = (
            prop::collection::vec(prop_oneof![Just(0.0), 0.0..2e6f64], partners),
            share(),
            1u32..=years,
            1u32..=30,
            (0.0..3e6f64, profile((years as usize).min(4))),
            (0.0..=0.3f64, 0.0..2e5f64),
            prop_oneof![Just(Split::Baseline), Just(Split::Equal)],
        )
            .prop_map(
                |(baseline, saving_rate, start, ramp, (one_off, profile), (rate, fixed), split)| {
                    Service {
                        name: "S".to_owned(),
                        baseline,
                        saving_rate,
                        savings_start_year: start,
                        ramp_years: ramp,
                        one_off_cost: one_off,
                        one_off_profile: profile,
                        running_cost_rate: rate,
                        fixed_running_cost: fixed,
                        split,
                    }
                },
            );
        let cost = (0..partners, 1u32..=years, 0.0..2e6f64).prop_map(|(partner, year, amount)| {
            PartnerCost {
                partner,
                label: "Redundancy".to_owned(),
                year,
                amount,
            }
        });
        (
            prop::collection::vec(service, services),
            prop::collection::vec(cost, 0..=4),
            (0.0..=0.2f64, -0.1..=0.2f64, share(), 0.0..=2.0f64),
            (0.0..=2.0f64, prop::option::of(0i32..=5), 0.0..=0.2f64),
        )
            .prop_map(move |(services, partner_costs, rates, v2)| {
                let (discount_rate, cost_growth, realisation, optimism_bias) = rates;
                let (optimism_bias_running, before, inflation) = v2;
                Scenario {
                    first_year: 2027,
                    horizon_years: years,
                    discount_rate,
                    cost_growth,
                    realisation,
                    optimism_bias,
                    optimism_bias_running,
                    price_base_year: before.map(|b| 2027 - b),
                    inflation,
                    partners: (0..partners)
                        .map(|p| Partner {
                            name: format!("P{p}"),
                            population: None,
                        })
                        .collect(),
                    services,
                    partner_costs,
                    ..Scenario::default()
                }
            })
    })
}

/// The size of the money involved, for tolerances relative to it.
fn scale(r: &Results) -> f64 {
    1.0 + r.standalone_total.abs() + r.shared_total.abs()
}

/// A written amount in pennies.
fn pennies(field: &str) -> i128 {
    let negative = field.starts_with('-');
    let digits: String = field.chars().filter(char::is_ascii_digit).collect();
    let value: i128 = digits.parse().unwrap_or(i128::MAX);
    if negative {
        -value
    } else {
        value
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn generated_scenarios_are_valid_and_partners_npvs_sum_to_the_npv(s in scenario()) {
        prop_assert_eq!(validate(&s), vec![]);
        let r = evaluate(&s);
        let sum: f64 = r.partners.iter().map(|p| p.npv).sum();
        prop_assert!((sum - r.npv).abs() <= 1e-9 * scale(&r), "{} against {}", sum, r.npv);
        let nets: f64 = r.partners.iter().map(|p| p.net).sum();
        prop_assert!((nets - r.net_total).abs() <= 1e-9 * scale(&r));
    }

    #[test]
    fn every_csv_row_adds_up_and_the_columns_give_the_pages_totals(s in scenario()) {
        let r = evaluate(&s);
        let csv = results_csv(&s, &r);
        let rows: Vec<Vec<&str>> = csv
            .split_terminator("\r\n")
            .skip(1)
            .map(|line| line.split(',').collect())
            .collect();
        let own = s.partner_costs.len();
        prop_assert_eq!(rows.len(), r.years.len() * s.partners.len() * s.services.len() + own);
        let (mut standalone, mut shared, mut discounted) = (0i128, 0i128, 0i128);
        for row in &rows {
            prop_assert_eq!(row.len(), 12);
            let (a, t, n) = (pennies(row[4]), pennies(row[5]), pennies(row[6]));
            prop_assert_eq!(n, a - t, "net is written as standalone minus shared: {:?}", row);
            standalone += a;
            shared += t;
            discounted += pennies(row[11]);
        }
        let slack = rows.len() as f64 * 0.005 + 1e-9 * scale(&r);
        let money = |p: i128| p as f64 / 100.0;
        prop_assert!((money(standalone) - r.standalone_total).abs() <= slack);
        prop_assert!((money(shared) - r.shared_total).abs() <= slack);
        prop_assert!((money(discounted) - r.npv).abs() <= slack, "Σ discounted {} against NPV {}", money(discounted), r.npv);
    }

    #[test]
    fn no_analysis_saves_more_than_the_whole_spend(s in scenario(), high in 1.0..10.0f64) {
        // Savings up to ten times the plan: every scaled rate is held at 100%, so the tornado's
        // high end and the simulation's best case are exactly the NPV of the scenario with each
        // rate at min(1, rate × high).
        let mut unsure = s.clone();
        unsure.uncertainty = Some(Uncertainty {
            savings: Triangle { low: 1.0, likely: 1.0, high },
            realisation: Triangle { low: 1.0, likely: 1.0, high: 1.0 },
            one_off_costs: Triangle { low: 1.0, likely: 1.0, high: 1.0 },
            running_costs: Triangle { low: 1.0, likely: 1.0, high: 1.0 },
        });
        let mut capped = s.clone();
        for service in &mut capped.services {
            service.saving_rate = (service.saving_rate * high).min(1.0);
        }
        let r = evaluate(&capped);
        let tol = 1e-9 * scale(&r);
        let bar = tornado(Lang::En, &unsure)
            .bars
            .into_iter()
            .find(|b| b.input == Input::SavingRate)
            .map(|b| b.npv_high);
        prop_assert!(bar.is_some_and(|npv| (npv - r.npv).abs() <= tol), "{:?} against {}", bar, r.npv);
        let sim = simulate(&unsure);
        prop_assert!((sim.best - r.npv).abs() <= tol, "{} against {}", sim.best, r.npv);
        prop_assert!(sim.p90 <= r.npv + tol);
        for v in switching_values(&s, &evaluate(&s)) {
            prop_assert!(v.value.is_none_or(f64::is_finite));
        }
    }
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

    #[test]
    fn reading_any_value_anywhere_in_a_v2_file_never_panics(
        pointer in prop::sample::select(POINTERS.to_vec()),
        value in any_json(),
    ) {
        let mut file: Value = serde_json::from_str(&full().to_json_string()).expect("JSON");
        if let Some(slot) = file.pointer_mut(pointer) {
            *slot = value;
        }
        if let Ok(s) = Scenario::from_json_value(&file) {
            let r = evaluate(&s);
            prop_assert!(r.npv.is_finite());
            let _ = results_csv(&s, &r);
            let _ = switching_values(&s, &r);
            let _ = tornado(Lang::Cy, &s);
            if let Some(l) = s.leaving {
                prop_assert!(leave(&s, &r, &l).is_ok());
            }
        }
    }
}

/// A scenario with every v2 field and both extensions set, to put values into.
fn full() -> Scenario {
    let mut s = sharecalc_core::engine::sample::typical();
    s.uncertainty = Some(Uncertainty::default());
    s.leaving = Some(Leaving {
        partner: 1,
        year: 3,
        exit_fee: 250_000.0,
    });
    s
}

/// Where values are put: every v2 field, the lists and their entries, and the extensions.
const POINTERS: &[&str] = &[
    "/version",
    "/optimism_bias_running",
    "/price_base_year",
    "/inflation",
    "/partner_costs",
    "/partner_costs/0",
    "/partner_costs/0/partner",
    "/partner_costs/0/label",
    "/partner_costs/0/year",
    "/partner_costs/0/amount",
    "/services/1/savings_start_year",
    "/services/1/one_off_profile",
    "/services/1/one_off_profile/0",
    "/services/1/one_off_profile/1",
    "/services/1/fixed_running_cost",
    "/services/1",
    "/leaving",
    "/leaving/partner",
    "/leaving/year",
    "/leaving/exit_fee",
    "/horizon_years",
    "/first_year",
    "/partners/0",
];

/// Any JSON value, nested a little.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop_oneof![any::<f64>(), -40.0..40.0f64, Just(1e300), Just(-0.0)]
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
