//! Invariants of the engine on arbitrary valid scenarios, extremes included, and of the reader
//! on arbitrary input. Each property runs at most 256 cases so the suite stays quick.

use proptest::prelude::*;
use serde_json::Value;
use sharecalc_core::analysis::leave;
use sharecalc_core::engine::{
    evaluate, results_csv, sample, validate, Leaving, Partner, PartnerCost, Results, Scenario,
    Service, Split, FORMAT_VERSION, MAX_PARTNER_COSTS,
};

/// A value in `lo..=hi`, with the bounds themselves often chosen.
fn within(lo: f64, hi: f64) -> BoxedStrategy<f64> {
    prop_oneof![1 => Just(lo), 1 => Just(hi), 4 => lo..=hi].boxed()
}

/// An amount of money: 0, the maximum, anything between, or something small.
fn amount() -> BoxedStrategy<f64> {
    prop_oneof![1 => Just(0.0), 1 => Just(1e12), 2 => 0.0..=1e12, 2 => 0.0..1e6].boxed()
}

/// Any valid driver label: empty, or a letter followed by any characters but those that
/// change the direction of the text (which validation refuses).
const LABEL_TEXT: &str = "([A-Za-z][^\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]{0,19})?";

/// Any valid title, like [`LABEL_TEXT`].
const TITLE_TEXT: &str = "([A-Za-z][^\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]{0,39})?";

fn split(partners: usize) -> BoxedStrategy<Split> {
    prop_oneof![
        Just(Split::Baseline),
        Just(Split::Population),
        Just(Split::Equal),
        (
            prop::collection::vec(prop_oneof![Just(0.0), 0.0..1e6], partners),
            LABEL_TEXT
        )
            .prop_map(|(mut values, label)| {
                if values.iter().all(|&v| v == 0.0) {
                    if let Some(first) = values.first_mut() {
                        *first = 1.0;
                    }
                }
                Split::Driver { label, values }
            }),
    ]
    .boxed()
}

/// A one-off profile over 1 to `years` years (at most 5): all in Year 1, or positive weights
/// scaled to sum to 1.
fn profile(years: u32) -> BoxedStrategy<Vec<f64>> {
    let spread = prop::collection::vec(0.01..1.0f64, 1..=(years as usize).min(5)).prop_map(|w| {
        let total: f64 = w.iter().sum();
        w.iter().map(|x| x / total).collect()
    });
    prop_oneof![Just(vec![1.0]), spread].boxed()
}

fn service(partners: usize, years: u32) -> BoxedStrategy<Service> {
    (
        "[A-Za-z][A-Za-z ,\"=-]{0,30}",
        prop::collection::vec(amount(), partners),
        within(0.0, 1.0),
        1u32..=30,
        amount(),
        within(0.0, 1.0),
        split(partners),
        (1u32..=years, profile(years), amount()),
    )
        .prop_map(
            |(
                name,
                baseline,
                saving_rate,
                ramp_years,
                one_off_cost,
                running_cost_rate,
                split,
                v2,
            )| {
                let (savings_start_year, one_off_profile, fixed_running_cost) = v2;
                Service {
                    name,
                    baseline,
                    saving_rate,
                    savings_start_year,
                    ramp_years,
                    one_off_cost,
                    one_off_profile,
                    running_cost_rate,
                    fixed_running_cost,
                    split,
                }
            },
        )
        .boxed()
}

/// A partner's own cost: any partner, any year of the period, any amount.
fn partner_cost(partners: usize, years: u32) -> impl Strategy<Value = PartnerCost> {
    (
        0..partners,
        "[A-Za-z][A-Za-z ,=-]{0,30}",
        1u32..=years,
        amount(),
    )
        .prop_map(|(partner, label, year, amount)| PartnerCost {
            partner,
            label,
            year,
            amount,
        })
}

/// Any valid scenario: 2–20 partners, 1–50 services, 1–30 years, every rate up to its bounds,
/// every format v2 field used.
fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..=20, 1usize..=50, 1u32..=30).prop_flat_map(|(partners, services, years)| {
        (
            (TITLE_TEXT, 0usize..6, 2000i32..=2100),
            (
                within(0.0, 0.2),
                within(-0.1, 0.2),
                within(0.0, 1.0),
                within(0.0, 2.0),
            ),
            (
                within(0.0, 2.0),
                prop::option::of(0i32..=30),
                within(0.0, 0.2),
            ),
            prop::collection::vec(prop_oneof![Just(1.0), 1.0..1e8], partners),
            any::<bool>(),
            prop::collection::vec(service(partners, years), services),
            prop::collection::vec(partner_cost(partners, years), 0..=10),
        )
            .prop_map(
                move |(head, rates, v2, populations, known, services, partner_costs)| {
                    let (title, currency, first_year) = head;
                    let (discount_rate, cost_growth, realisation, optimism_bias) = rates;
                    let (optimism_bias_running, before, inflation) = v2;
                    let partners = populations
                        .iter()
                        .enumerate()
                        .map(|(i, &n)| Partner {
                            name: format!("Partner {i}"),
                            population: known.then_some(n),
                        })
                        .collect();
                    let services = services
                        .into_iter()
                        .map(|mut s| {
                            if !known && s.split == Split::Population {
                                s.split = Split::Equal;
                            }
                            s
                        })
                        .collect();
                    Scenario {
                        version: FORMAT_VERSION,
                        title,
                        currency: sharecalc_core::engine::CURRENCIES
                            .get(currency)
                            .copied()
                            .unwrap_or("GBP")
                            .to_owned(),
                        first_year,
                        horizon_years: years,
                        discount_rate,
                        cost_growth,
                        realisation,
                        optimism_bias,
                        optimism_bias_running,
                        price_base_year: before.map(|b| (first_year - b).max(2000)),
                        inflation,
                        partners,
                        services,
                        partner_costs,
                        ..Scenario::default()
                    }
                },
            )
    })
}

/// The size of the figures, for tolerances relative to them.
fn scale(r: &Results) -> f64 {
    r.standalone_total.abs() + r.shared_total.abs() + r.one_off_total.abs() + 1.0
}

fn all_finite(r: &Results) -> bool {
    let years = r.years.iter().all(|y| {
        [
            y.standalone,
            y.shared,
            y.net,
            y.cumulative,
            y.discount_factor,
            y.discounted_net,
            y.partner_costs,
            y.cash.standalone,
            y.cash.shared,
            y.cash.net,
            y.cash.cumulative,
        ]
        .iter()
        .all(|v| v.is_finite())
    });
    let partners = r.partners.iter().all(|p| {
        [p.standalone, p.shared, p.own_costs, p.net, p.npv]
            .iter()
            .all(|v| v.is_finite())
    });
    let services = r.services.iter().all(|s| {
        [s.standalone, s.shared, s.net, s.one_off, s.npv]
            .iter()
            .all(|v| v.is_finite())
    });
    let cells = r
        .cells_iter()
        .all(|(_, _, _, c)| c.standalone.is_finite() && c.shared.is_finite() && c.net.is_finite());
    let options = [
        r.recurring_saving_share,
        r.per_resident,
        r.break_even_rate,
        r.break_even_arriving,
    ]
    .iter()
    .flatten()
    .all(|v| v.is_finite());
    let totals = [
        r.npv,
        r.recurring_saving,
        r.baseline_year1,
        r.one_off_total,
        r.partner_costs_total,
        r.standalone_total,
        r.shared_total,
        r.net_total,
    ]
    .iter()
    .all(|v| v.is_finite());
    years && partners && services && cells && options && totals
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn valid_scenarios_give_finite_figures_of_the_right_shape(s in scenario()) {
        prop_assert_eq!(validate(&s), vec![]);
        let r = evaluate(&s);
        prop_assert!(all_finite(&r));
        prop_assert_eq!(r.years.len(), s.horizon_years as usize);
        prop_assert_eq!(r.partners.len(), s.partners.len());
        prop_assert_eq!(r.services.len(), s.services.len());
        prop_assert_eq!(r.cells_iter().count(), s.horizon_years as usize * s.partners.len() * s.services.len());
    }

    #[test]
    fn partner_shares_add_up_to_the_shared_cost(s in scenario()) {
        let r = evaluate(&s);
        let tolerance = 1e-9 * scale(&r);
        for (si, service) in r.services.iter().enumerate() {
            let shared: f64 = r.cells_iter().filter(|c| c.2 == si).map(|c| c.3.shared).sum();
            let standalone: f64 = r.cells_iter().filter(|c| c.2 == si).map(|c| c.3.standalone).sum();
            prop_assert!((shared - service.shared).abs() <= tolerance, "service {}: {} vs {}", si, shared, service.shared);
            prop_assert!((standalone - service.standalone).abs() <= tolerance);
        }
        for (k, year) in r.years.iter().enumerate() {
            // The year's cost with sharing also holds the partners' own costs (format v2).
            let shared: f64 = r.cells_iter().filter(|c| c.0 == k).map(|c| c.3.shared).sum::<f64>() + year.partner_costs;
            prop_assert!((shared - year.shared).abs() <= tolerance, "year {}: {} vs {}", k, shared, year.shared);
            let own: f64 = (0..s.partners.len()).map(|p| r.own_cost(k, p)).sum();
            prop_assert!((own - year.partner_costs).abs() <= tolerance);
        }
    }

    #[test]
    fn partners_npvs_sum_to_the_npv(s in scenario()) {
        let r = evaluate(&s);
        let sum: f64 = r.partners.iter().map(|p| p.npv).sum();
        prop_assert!((sum - r.npv).abs() <= 1e-9 * scale(&r), "{} vs {}", sum, r.npv);
        let nets: f64 = r.partners.iter().map(|p| p.net).sum();
        prop_assert!((nets - r.net_total).abs() <= 1e-9 * scale(&r));
    }

    #[test]
    fn a_higher_saving_rate_never_lowers_the_npv(s in scenario(), pick in any::<prop::sample::Index>(), raise in 0.0..=1.0f64) {
        let before = evaluate(&s);
        let mut higher = s.clone();
        let i = pick.index(higher.services.len());
        let service = &mut higher.services[i];
        service.saving_rate += (1.0 - service.saving_rate) * raise;
        let after = evaluate(&higher);
        prop_assert!(after.npv >= before.npv - 1e-9 * scale(&before), "{} then {}", before.npv, after.npv);
    }

    #[test]
    fn the_break_even_rate_gives_an_npv_of_zero(s in scenario()) {
        let r = evaluate(&s);
        if let Some(rate) = r.break_even_rate {
            let mut at_break_even = s.clone();
            at_break_even.services.iter_mut().for_each(|service| service.saving_rate = rate);
            let b = evaluate(&at_break_even);
            prop_assert!(b.npv.abs() <= 1e-9 * scale(&b), "NPV {} at r* = {}", b.npv, rate);
        } else {
            prop_assert!(s.realisation == 0.0 || r.baseline_year1 == 0.0);
        }
    }

    #[test]
    fn json_written_then_read_is_the_same_scenario(s in scenario()) {
        prop_assert_eq!(Scenario::from_json_str(&s.to_json_string()), Ok(s.clone()));
        prop_assert_eq!(Scenario::from_json_str(&s.to_json_pretty()), Ok(s));
    }
}

/// The fields of one CSV line, unquoted by the usual rules (RFC 4180; no line ends inside).
fn fields(line: &str) -> Vec<String> {
    let (mut out, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

/// A written amount in pennies: "-1234.50" is −123,450.
fn pennies(field: &str) -> i128 {
    let digits: String = field.chars().filter(char::is_ascii_digit).collect();
    let value: i128 = digits.parse().unwrap_or(i128::MAX);
    if field.starts_with('-') {
        -value
    } else {
        value
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_csv_row_adds_up_and_the_columns_give_the_pages_totals(s in scenario()) {
        let r = evaluate(&s);
        let csv = results_csv(&s, &r);
        let rows: Vec<Vec<String>> = csv.split_terminator("\r\n").skip(1).map(fields).collect();
        let cells = r.years.len() * s.partners.len() * s.services.len();
        prop_assert_eq!(rows.len(), cells + s.partner_costs.len());
        let (mut standalone, mut shared, mut discounted) = (0i128, 0i128, 0i128);
        for row in &rows {
            prop_assert_eq!(row.len(), 12, "{:?}", row);
            let (a, t, n) = (pennies(&row[4]), pennies(&row[5]), pennies(&row[6]));
            prop_assert_eq!(n, a - t, "net is written as standalone minus shared: {:?}", row);
            standalone += a;
            shared += t;
            discounted += pennies(&row[11]);
        }
        // The columns reproduce the page's totals, and Σ discounted its NPV, within a penny a row.
        let slack = rows.len() as f64 * 0.005 + 1e-9 * scale(&r);
        let money = |p: i128| p as f64 / 100.0;
        prop_assert!((money(standalone) - r.standalone_total).abs() <= slack);
        prop_assert!((money(shared) - r.shared_total).abs() <= slack);
        prop_assert!((money(discounted) - r.npv).abs() <= slack, "Σ discounted {} against NPV {}", money(discounted), r.npv);
    }
}

/// Arbitrary JSON, with keys the reader looks for so it goes deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["baseline", "population", "equal", "driver", "GBP"])
            .prop_map(Value::from),
    ];
    let keys = prop::sample::select(vec![
        "version",
        "title",
        "currency",
        "first_year",
        "horizon_years",
        "discount_rate",
        "cost_growth",
        "realisation",
        "optimism_bias",
        "partners",
        "services",
        "name",
        "population",
        "baseline",
        "saving_rate",
        "ramp_years",
        "one_off_cost",
        "running_cost_rate",
        "split",
        "basis",
        "label",
        "values",
        "optimism_bias_running",
        "price_base_year",
        "inflation",
        "partner_costs",
        "partner",
        "year",
        "amount",
        "savings_start_year",
        "one_off_profile",
        "fixed_running_cost",
        "leaving",
        "exit_fee",
        "uncertainty",
        "other",
    ]);
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..8).prop_map(|m| Value::Object(
                m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

/// Places in a valid file where a wrong value might be put.
const POINTERS: &[&str] = &[
    "/version",
    "/title",
    "/currency",
    "/first_year",
    "/horizon_years",
    "/discount_rate",
    "/partners",
    "/partners/0",
    "/partners/1/name",
    "/partners/1/population",
    "/services",
    "/services/0",
    "/services/0/baseline",
    "/services/0/baseline/1",
    "/services/0/split",
    "/services/0/ramp_years",
    "/services/3/split/basis",
    "/services/3/split/values",
    "/services/3/split/values/0",
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
    "/services/1/one_off_profile/1",
    "/services/1/fixed_running_cost",
    "/leaving",
    "/leaving/partner",
    "/leaving/year",
    "/leaving/exit_fee",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn reading_any_text_never_panics(text in ".{0,200}") {
        let _ = Scenario::from_json_str(&text);
    }

    #[test]
    fn reading_any_json_never_panics(v in json()) {
        if let Ok(s) = Scenario::from_json_value(&v) {
            prop_assert_eq!(validate(&s), vec![]);
            let _ = evaluate(&s);
        }
        let _ = Scenario::from_json_str(&v.to_string());
    }

    #[test]
    fn a_valid_file_with_any_value_put_anywhere_reads_or_names_its_problems(pointer in prop::sample::select(POINTERS), value in json()) {
        let mut typical = sample::typical();
        typical.leaving = Some(Leaving { partner: 1, year: 3, exit_fee: 250_000.0 });
        let mut v: Value = serde_json::from_str(&typical.to_json_string()).expect("JSON");
        if let Some(slot) = v.pointer_mut(pointer) {
            *slot = value;
        }
        match Scenario::from_json_value(&v) {
            Ok(s) => {
                // Anything that reads is valid, and every figure, the CSV and a partner
                // leaving are worked out without a panic.
                prop_assert_eq!(validate(&s), vec![]);
                let r = evaluate(&s);
                prop_assert!(all_finite(&r));
                let _ = results_csv(&s, &r);
                if let Some(l) = s.leaving {
                    prop_assert!(leave(&s, &r, &l).is_ok());
                }
            }
            Err(errors) => prop_assert!(!errors.is_empty() && errors.iter().all(|e| !e.message.to_string().is_empty())),
        }
    }
}

#[test]
fn the_largest_scenario_at_its_extremes_is_finite() {
    let mut s = sample::largest_valid();
    s.cost_growth = 0.2;
    s.optimism_bias = 2.0;
    s.discount_rate = 0.0;
    // Format v2 at its extremes too: a price base a century before Year 1, the most
    // inflation and optimism bias, and the most partner costs of the largest amount.
    s.first_year = 2100;
    s.price_base_year = Some(2000);
    s.inflation = 0.2;
    s.optimism_bias_running = 2.0;
    for service in &mut s.services {
        service.baseline.iter_mut().for_each(|b| *b = 1e12);
        service.one_off_cost = 1e12;
        service.running_cost_rate = 1.0;
        service.fixed_running_cost = 1e12;
        service.ramp_years = 30;
    }
    s.partner_costs = (0..MAX_PARTNER_COSTS)
        .map(|i| PartnerCost {
            partner: i % 20,
            label: "Exit".to_owned(),
            year: 30,
            amount: 1e12,
        })
        .collect();
    assert_eq!(validate(&s), vec![]);
    let r = evaluate(&s);
    assert!(all_finite(&r));
    assert_eq!(r.cells_iter().count(), 30 * 20 * 50);
    assert!(validate(&sample::typical()).is_empty());
}
