//! Format v2 in files and links: each v2 field read, written, left out of links at its default
//! and checked with an error that names it; removing a partner takes its own costs with it;
//! the "a partner leaves" question travels like `uncertainty` does, written only when set.

use serde_json::{json, Value};
use sharecalc_core::codec::file::{from_file_json, to_file_json};
use sharecalc_core::codec::link::{compact_json, decode_payload, encode_payload};
use sharecalc_core::engine::{
    evaluate, sample, validate, Leaving, PartnerCost, Scenario, Split, FORMAT_VERSION,
};

/// The problems with `v`, as a link or file lists them.
fn problems(v: &Value) -> Vec<String> {
    Scenario::from_json_value(v)
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// A small valid version 2 file: two partners, one service, five years.
fn base() -> Value {
    json!({
        "version": 2,
        "horizon_years": 5,
        "partners": [{"name": "Avon"}, {"name": "Brent"}],
        "services": [{"name": "Payroll", "baseline": [600000, 400000]}],
    })
}

fn with(mut v: Value, pointer: &str, value: Value) -> Value {
    if let Some(slot) = v.pointer_mut(pointer) {
        *slot = value;
    } else if let Some((parent, key)) = pointer.rsplit_once('/') {
        if let Some(Value::Object(o)) = v.pointer_mut(parent) {
            o.insert(key.to_owned(), value);
        }
    }
    v
}

#[test]
fn each_v2_field_is_read_and_written() {
    let v = json!({
        "version": 2,
        "first_year": 2027,
        "horizon_years": 5,
        "optimism_bias": 0.2,
        "optimism_bias_running": 0.1,
        "price_base_year": 2026,
        "inflation": 0.03,
        "partners": [{"name": "Avon"}, {"name": "Brent"}],
        "services": [{
            "name": "Payroll", "baseline": [600000, 400000], "savings_start_year": 2,
            "one_off_cost": 100000, "one_off_profile": [0.25, 0.75], "fixed_running_cost": 20000,
        }],
        "partner_costs": [{"partner": 1, "label": "Redundancy", "amount": 50000}],
        "leaving": {"partner": 0, "year": 3, "exit_fee": 1000},
    });
    let s = Scenario::from_json_value(&v).expect("valid");
    assert_eq!(s.version, FORMAT_VERSION);
    assert_eq!(
        (s.optimism_bias_running, s.price_base_year, s.inflation),
        (0.1, Some(2026), 0.03)
    );
    let service = &s.services[0];
    assert_eq!(
        (
            service.savings_start_year,
            service.one_off_profile.as_slice(),
            service.fixed_running_cost
        ),
        (2, [0.25, 0.75].as_slice(), 20_000.0)
    );
    // A partner's own cost without a year falls in Year 1.
    assert_eq!(
        s.partner_costs,
        [PartnerCost {
            partner: 1,
            label: "Redundancy".to_owned(),
            year: 1,
            amount: 50_000.0
        }]
    );
    assert_eq!(
        s.leaving,
        Some(Leaving {
            partner: 0,
            year: 3,
            exit_fee: 1_000.0
        })
    );
    // A file writes every field; a link leaves out those at their defaults (the year of the
    // partner's cost is 1) and keeps the rest; both read back the same scenario.
    let file = to_file_json(&s);
    assert!(file.contains("\"price_base_year\": 2026") && file.contains("\"year\": 1"));
    assert_eq!(from_file_json(&file), Ok(s.clone()));
    let link: Value = serde_json::from_str(&compact_json(&s)).unwrap_or_default();
    assert_eq!(
        link["partner_costs"],
        json!([{"partner": 1, "label": "Redundancy", "amount": 50000}])
    );
    assert_eq!(
        link["leaving"],
        json!({"partner": 0, "year": 3, "exit_fee": 1000})
    );
    assert_eq!(link["price_base_year"], json!(2026));
    assert_eq!(decode_payload(&encode_payload(&s)), Ok(s));
}

#[test]
fn a_link_leaves_out_every_v2_field_at_its_default() {
    let s = Scenario::from_json_value(&base()).expect("valid");
    let link: Value = serde_json::from_str(&compact_json(&s)).unwrap_or_default();
    assert_eq!(link, base());
    // A file writes them all, price_base_year as null; no extension is written when unset.
    let file = to_file_json(&s);
    for field in [
        "\"optimism_bias_running\": 0.0",
        "\"price_base_year\": null",
        "\"inflation\": 0.02",
        "\"partner_costs\": []",
        "\"savings_start_year\": 1",
        "\"fixed_running_cost\": 0.0",
    ] {
        assert!(file.contains(field), "{field} in {file}");
    }
    assert!(!file.contains("leaving") && !file.contains("uncertainty"));
}

#[test]
fn a_version_1_file_is_read_as_version_2_and_written_back_as_version_2() {
    let mut v1 = base();
    v1["version"] = json!(1);
    let s = Scenario::from_json_value(&v1).expect("valid");
    assert_eq!(s, Scenario::from_json_value(&base()).expect("valid"));
    assert!(to_file_json(&s).starts_with("{\n  \"version\": 2,"));
}

#[test]
fn each_v2_field_out_of_range_is_named() {
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/optimism_bias_running", json!(2.5), "optimism_bias_running: must be between 0% and 200%"),
        ("/optimism_bias_running", json!("high"), "optimism_bias_running: must be a number"),
        ("/price_base_year", json!(2028), "price_base_year: must be between 2000 and 2027"),
        ("/price_base_year", json!(1999), "price_base_year: must be between 2000 and 2027"),
        ("/price_base_year", json!("2026"), "price_base_year: must be a whole number, or null to use the first financial year"),
        ("/inflation", json!(0.25), "inflation: must be between 0% and 20%"),
        ("/services/0/savings_start_year", json!(6), "services[0].savings_start_year: must be between 1 and 5"),
        ("/services/0/savings_start_year", json!(0), "services[0].savings_start_year: must be between 1 and 5"),
        ("/services/0/one_off_profile", json!([0.5, 0.4]), "services[0].one_off_profile: must add up to 100% (it adds up to 90%)"),
        ("/services/0/one_off_profile", json!([]), "services[0].one_off_profile: needs between 1 and 5 shares, one for each year from Year 1"),
        ("/services/0/one_off_profile", json!([0.2, 0.2, 0.2, 0.2, 0.1, 0.1]), "services[0].one_off_profile: needs between 1 and 5 shares, one for each year from Year 1"),
        ("/services/0/one_off_profile", json!([0.5, 1.5]), "services[0].one_off_profile[1]: must be between 0% and 100%"),
        ("/services/0/one_off_profile", json!(1), "services[0].one_off_profile: must be a list, in [square brackets]"),
        ("/services/0/fixed_running_cost", json!(-1), "services[0].fixed_running_cost: must be 0 or more"),
        ("/partner_costs", json!({}), "partner_costs: must be a list, in [square brackets]"),
        ("/partner_costs", json!([{"partner": 2, "label": "Exit", "amount": 1}]), "partner_costs[0].partner: must name one of the partners: a number from 0 to 1"),
        ("/partner_costs", json!([{"partner": -1, "label": "Exit", "amount": 1}]), "partner_costs[0].partner: must be 0 or more"),
        ("/partner_costs", json!([{"partner": 0, "label": " ", "amount": 1}]), "partner_costs[0].label: must not be empty"),
        ("/partner_costs", json!([{"partner": 0, "label": "Exit", "year": 6, "amount": 1}]), "partner_costs[0].year: must be between 1 and 5"),
        ("/partner_costs", json!([{"partner": 0, "label": "Exit"}]), "partner_costs[0].amount: is missing"),
        ("/partner_costs", json!(["Exit"]), "partner_costs[0]: must be an object, like {\"name\": ...}"),
        ("/leaving", json!({"partner": 5, "year": 1}), "leaving.partner: must be one of the partners"),
        ("/leaving", json!({"partner": 0, "year": 6}), "leaving.year: must be a year of the period, from 1 to 5"),
        ("/leaving", json!({"partner": 0, "year": 2, "exit_fee": -3}), "leaving.exit_fee: must be an amount from 0 up to 1,000,000,000,000"),
        ("/leaving", json!({"year": 2}), "leaving.partner: is missing"),
    ];
    for (pointer, value, expected) in cases {
        assert_eq!(
            problems(&with(base(), pointer, value.clone())),
            [expected],
            "{pointer} = {value}"
        );
    }
    // A profile adding up to 1 within 1e-9 is accepted; null leaves the price base unset.
    for (pointer, value) in [
        (
            "/services/0/one_off_profile",
            json!([0.1, 0.2, 0.7000000000001]),
        ),
        ("/price_base_year", Value::Null),
        ("/leaving", Value::Null),
        ("/partner_costs", json!([])),
    ] {
        assert_eq!(
            problems(&with(base(), pointer, value.clone())),
            Vec::<String>::new(),
            "{pointer} = {value}"
        );
    }
}

#[test]
fn removing_a_partner_takes_its_own_costs_and_moves_the_others() {
    let mut s = sample::sized(3, 4, 5);
    s.partner_costs = (0..3)
        .map(|partner| PartnerCost {
            partner,
            label: format!("Cost of partner {partner}"),
            year: 2,
            amount: 1_000.0,
        })
        .collect();
    s.leaving = Some(Leaving {
        partner: 2,
        year: 2,
        exit_fee: 0.0,
    });
    let driver_before = s.services[3].split.clone();
    s.remove_partner(1);
    assert_eq!(validate(&s), vec![]);
    assert_eq!(s.partners.len(), 2);
    assert!(s.services.iter().all(|v| v.baseline.len() == 2));
    let labels: Vec<(usize, &str)> = s
        .partner_costs
        .iter()
        .map(|c| (c.partner, c.label.as_str()))
        .collect();
    assert_eq!(labels, [(0, "Cost of partner 0"), (1, "Cost of partner 2")]);
    assert_eq!(s.leaving.map(|l| l.partner), Some(1));
    if let (Split::Driver { values: before, .. }, Split::Driver { values: after, .. }) =
        (&driver_before, &s.services[3].split)
    {
        assert_eq!(after, &[before[0], before[2]]);
    } else {
        panic!("service 4 is split by a driver");
    }
    // Removing the partner that leaves drops the question; an index past the end does nothing.
    s.remove_partner(1);
    assert_eq!(s.leaving, None);
    let before = s.clone();
    s.remove_partner(7);
    assert_eq!(s, before);
}

#[test]
fn the_leaving_question_never_changes_the_figures() {
    let mut s = sample::typical();
    let before = evaluate(&s);
    s.leaving = Some(Leaving {
        partner: 3,
        year: 4,
        exit_fee: 500_000.0,
    });
    assert_eq!(evaluate(&s), before);
    let json = s.to_json_string();
    assert!(json.ends_with(",\"leaving\":{\"partner\":3,\"year\":4,\"exit_fee\":500000.0}}"));
    assert_eq!(Scenario::from_json_str(&json), Ok(s));
}
