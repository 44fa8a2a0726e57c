//! The optional `uncertainty` object of format v1 (a sharecalc extension): old scenarios read
//! and write exactly as before, a partial object takes the defaults, and each bad value is
//! named.

use sharecalc_core::engine::{evaluate, sample, Scenario, Triangle, Uncertainty};

fn errors(json: &str) -> Vec<String> {
    Scenario::from_json_str(json)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.to_string())
        .collect()
}

/// A valid scenario as JSON, with `extra` added at the top level.
fn with(extra: &str) -> String {
    let json = sample::typical().to_json_string();
    format!("{},{extra}}}", json.trim_end_matches('}'))
}

#[test]
fn a_scenario_without_it_round_trips_byte_for_byte() {
    let json = sample::typical().to_json_string();
    assert!(!json.contains("uncertainty"));
    let read = Scenario::from_json_str(&json);
    assert_eq!(read.as_ref().map(|s| s.uncertainty), Ok(None));
    assert_eq!(read.map(|s| s.to_json_string()), Ok(json));
}

#[test]
fn a_scenario_with_it_round_trips_and_the_figures_do_not_change() {
    let mut s = sample::typical();
    let before = evaluate(&s);
    s.uncertainty = Some(Uncertainty {
        savings: Triangle {
            low: 0.25,
            likely: 0.75,
            high: 1.0,
        },
        ..Uncertainty::default()
    });
    let json = s.to_json_string();
    assert!(
        json.contains("\"uncertainty\":{\"savings\":{\"low\":0.25,\"likely\":0.75,\"high\":1.0}")
    );
    assert_eq!(Scenario::from_json_str(&json), Ok(s.clone()));
    assert_eq!(evaluate(&s), before);
}

#[test]
fn missing_parts_take_the_defaults() {
    let s = Scenario::from_json_str(&with(r#""uncertainty":{"one_off_costs":{"high":3}}"#));
    let expected = Uncertainty {
        one_off_costs: Triangle {
            high: 3.0,
            ..Uncertainty::default().one_off_costs
        },
        ..Uncertainty::default()
    };
    assert_eq!(s.map(|s| s.uncertainty), Ok(Some(expected)));
    let null = Scenario::from_json_str(&with(r#""uncertainty":null"#));
    assert_eq!(null.map(|s| s.uncertainty), Ok(None));
}

#[test]
fn bad_values_are_named() {
    assert_eq!(
        errors(&with(r#""uncertainty":{"savings":{"low":-0.5}}"#)),
        ["uncertainty.savings.low: must be between 0% and 1,000% of the value entered"]
    );
    assert_eq!(
        errors(&with(r#""uncertainty":{"realisation":{"likely":"a lot"}}"#)),
        ["uncertainty.realisation.likely: must be a number"]
    );
    assert_eq!(
        errors(&with(r#""uncertainty":{"running_costs":{"low":2,"likely":1}}"#)),
        ["uncertainty.running_costs: needs low no higher than likely, and likely no higher than high"]
    );
    assert_eq!(
        errors(&with(r#""uncertainty":[1]"#)),
        ["uncertainty: must be an object, like {\"name\": ...}"]
    );
}
