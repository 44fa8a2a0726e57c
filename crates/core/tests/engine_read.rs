//! Reading scenario files and validating scenarios: every range both sides of each bound,
//! wrong types, missing fields, defaults, unknown fields, all problems reported at once.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use serde_json::{json, Value};
use sharecalc_core::engine::{
    field_problem, validate, FieldError, FieldPath, LeavingField, Partner, PartnerField, Scenario,
    Service, ServiceField, Source, Split,
};
use sharecalc_core::i18n::{Lang, Msg, Text};

/// A small valid file: 3 partners, 2 services (one split by driver).
fn base() -> Value {
    json!({
        "version": 1,
        "title": "Three districts",
        "currency": "GBP",
        "first_year": 2027,
        "horizon_years": 10,
        "discount_rate": 0.035,
        "cost_growth": 0.0,
        "realisation": 1.0,
        "optimism_bias": 0.0,
        "partners": [
            {"name": "Heron", "population": 100000},
            {"name": "Kestrel", "population": 150000},
            {"name": "Osprey", "population": null}
        ],
        "services": [
            {"name": "Revenues", "baseline": [1000000, 1500000, 2500000], "saving_rate": 0.2, "ramp_years": 3,
             "one_off_cost": 500000, "running_cost_rate": 0.01, "split": {"basis": "baseline"}},
            {"name": "Legal", "baseline": [200000, 300000, 500000],
             "split": {"basis": "driver", "label": "Cases", "values": [10, 30, 60]}}
        ]
    })
}

fn set(mut v: Value, pointer: &str, value: Value) -> Value {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the base file")) = value;
    v
}

fn remove(mut v: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    v.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .expect("an object")
        .remove(key);
    v
}

fn problems(v: &Value) -> Vec<String> {
    match Scenario::from_json_value(v) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(FieldError::to_string).collect(),
    }
}

#[track_caller]
fn assert_valid(v: &Value) {
    assert_eq!(problems(v), Vec::<String>::new());
}

#[track_caller]
fn assert_problem(v: &Value, expected: &str) {
    assert_eq!(problems(v), vec![expected.to_owned()]);
}

#[test]
fn the_base_file_reads() {
    let s = Scenario::from_json_value(&base()).expect("valid");
    assert_eq!(
        s.partners[2],
        Partner {
            name: "Osprey".to_owned(),
            population: None
        }
    );
    assert_eq!(
        s.services[1].split,
        Split::Driver {
            label: "Cases".to_owned(),
            values: vec![10.0, 30.0, 60.0]
        }
    );
    assert_eq!(s.services[0].ramp_years, 3);
    assert_eq!(
        s.services[0].baseline,
        vec![1_000_000.0, 1_500_000.0, 2_500_000.0]
    );
}

/// (JSON pointer, values on the valid side of each bound, values just outside, message).
fn bounds() -> Vec<(&'static str, Vec<Value>, Vec<Value>, &'static str)> {
    let rate = "must be between 0% and 100%";
    vec![
        (
            "/version",
            vec![json!(1), json!(2)],
            vec![json!(0), json!(3)],
            "must be 1 or 2, the scenario formats this calculator reads",
        ),
        (
            "/title",
            vec![json!(""), json!("é".repeat(200))],
            vec![json!("x".repeat(201))],
            "must be 200 characters or fewer",
        ),
        (
            "/first_year",
            vec![json!(2000), json!(2100)],
            vec![json!(1999), json!(2101)],
            "must be between 2000 and 2100",
        ),
        (
            "/horizon_years",
            vec![json!(1), json!(30)],
            vec![json!(0), json!(31)],
            "must be between 1 and 30",
        ),
        (
            "/discount_rate",
            vec![json!(0), json!(0.2)],
            vec![json!(-0.0001), json!(0.2001)],
            "must be between 0% and 20%",
        ),
        (
            "/cost_growth",
            vec![json!(-0.1), json!(0.2)],
            vec![json!(-0.1001), json!(0.2001)],
            "must be between \u{2212}10% and 20%",
        ),
        (
            "/realisation",
            vec![json!(0), json!(1)],
            vec![json!(-0.01), json!(1.01)],
            rate,
        ),
        (
            "/optimism_bias",
            vec![json!(0), json!(2)],
            vec![json!(-0.01), json!(2.01)],
            "must be between 0% and 200%",
        ),
        (
            "/partners/0/name",
            vec![json!("A"), json!("x".repeat(100))],
            vec![json!("x".repeat(101))],
            "must be 100 characters or fewer",
        ),
        (
            "/partners/0/name",
            vec![],
            vec![json!(""), json!("   ")],
            "must not be empty",
        ),
        (
            "/partners/0/population",
            vec![json!(0), json!(null), json!(1e9)],
            vec![json!(-1)],
            "must be 0 or more",
        ),
        (
            "/services/0/name",
            vec![json!("B"), json!("y".repeat(100))],
            vec![json!("y".repeat(101))],
            "must be 100 characters or fewer",
        ),
        (
            "/services/0/name",
            vec![],
            vec![json!("")],
            "must not be empty",
        ),
        (
            "/services/0/baseline/1",
            vec![json!(0), json!(1e12)],
            vec![json!(-0.01)],
            "must be 0 or more",
        ),
        (
            "/services/0/baseline/1",
            vec![],
            vec![json!(1_000_000_000_000.01)],
            "must be 1,000,000,000,000 or less",
        ),
        (
            "/services/0/saving_rate",
            vec![json!(0), json!(1)],
            vec![json!(-0.01), json!(1.01)],
            rate,
        ),
        (
            "/services/0/ramp_years",
            vec![json!(1), json!(30)],
            vec![json!(0), json!(31)],
            "must be between 1 and 30",
        ),
        (
            "/services/0/one_off_cost",
            vec![json!(0), json!(1e12)],
            vec![json!(-1)],
            "must be 0 or more",
        ),
        (
            "/services/0/one_off_cost",
            vec![],
            vec![json!(1.000_000_1e12)],
            "must be 1,000,000,000,000 or less",
        ),
        (
            "/services/0/running_cost_rate",
            vec![json!(0), json!(1)],
            vec![json!(-0.01), json!(1.01)],
            rate,
        ),
        (
            "/services/1/split/label",
            vec![json!(""), json!("z".repeat(100))],
            vec![json!("z".repeat(101))],
            "must be 100 characters or fewer",
        ),
        (
            "/services/1/split/values/0",
            vec![json!(0)],
            vec![json!(-1)],
            "must be 0 or more",
        ),
    ]
}

#[test]
fn every_range_both_sides_of_each_bound() {
    for (pointer, good, bad, message) in bounds() {
        for value in good {
            let v = set(base(), pointer, value.clone());
            assert_eq!(problems(&v), Vec::<String>::new(), "{pointer} = {value}");
        }
        let path = pointer_to_path(pointer);
        for value in bad {
            let v = set(base(), pointer, value.clone());
            assert_eq!(
                problems(&v),
                vec![format!("{path}: {message}")],
                "{pointer} = {value}"
            );
        }
    }
}

/// "/services/0/baseline/1" → "services[0].baseline[1]", worked out independently of the reader.
fn pointer_to_path(pointer: &str) -> String {
    let mut path = String::new();
    for part in pointer.trim_start_matches('/').split('/') {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{part}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
        }
    }
    path
}

#[test]
fn currencies() {
    for code in ["GBP", "EUR", "USD", "AUD", "NZD", "CAD"] {
        assert_valid(&set(base(), "/currency", json!(code)));
    }
    for code in ["gbp", "JPY", ""] {
        assert_problem(
            &set(base(), "/currency", json!(code)),
            "currency: must be one of GBP, EUR, USD, AUD, NZD, CAD",
        );
    }
}

#[test]
fn partner_and_service_counts() {
    let one_partner = json!({"version": 1, "partners": [{"name": "A"}], "services": [{"name": "S", "baseline": [1]}]});
    assert_problem(&one_partner, "partners: needs between 2 and 20 partners");
    let partners = |n: usize| {
        (0..n)
            .map(|i| json!({"name": format!("P{i}")}))
            .collect::<Vec<_>>()
    };
    let file = |p: usize, s: usize| {
        let services: Vec<Value> = (0..s)
            .map(|i| json!({"name": format!("S{i}"), "baseline": vec![1; p]}))
            .collect();
        json!({"version": 1, "partners": partners(p), "services": services})
    };
    assert_valid(&file(2, 1));
    assert_valid(&file(20, 50));
    assert_problem(&file(21, 1), "partners: needs between 2 and 20 partners");
    assert_problem(&file(2, 0), "services: needs between 1 and 50 services");
    assert_problem(&file(2, 51), "services: needs between 1 and 50 services");
}

#[test]
fn wrong_types_name_their_field() {
    let cases = [
        ("/version", json!("1"), "version: must be a whole number"),
        (
            "/horizon_years",
            json!(10.5),
            "horizon_years: must be a whole number",
        ),
        (
            "/first_year",
            json!(true),
            "first_year: must be a whole number",
        ),
        ("/title", json!(5), "title: must be text, in quotes"),
        (
            "/currency",
            json!(null),
            "currency: must be text, in quotes",
        ),
        (
            "/discount_rate",
            json!("3.5%"),
            "discount_rate: must be a number",
        ),
        (
            "/partners",
            json!({}),
            "partners: must be a list, in [square brackets]",
        ),
        (
            "/partners/1",
            json!("Kestrel"),
            "partners[1]: must be an object, like {\"name\": ...}",
        ),
        (
            "/partners/1/population",
            json!("many"),
            "partners[1].population: must be a number, or null when not known",
        ),
        (
            "/services/0/saving_rate",
            json!("20%"),
            "services[0].saving_rate: must be a number",
        ),
        (
            "/services/0/ramp_years",
            json!(2.5),
            "services[0].ramp_years: must be a whole number",
        ),
        (
            "/services/0/baseline",
            json!(5),
            "services[0].baseline: must be a list, in [square brackets]",
        ),
        (
            "/services/0/baseline/1",
            json!("abc"),
            "services[0].baseline[1]: must be a number",
        ),
        (
            "/services/0/split",
            json!("baseline"),
            "services[0].split: must be an object, like {\"name\": ...}",
        ),
        (
            "/services/0/split/basis",
            json!("shared"),
            "services[0].split.basis: must be one of baseline, population, equal or driver",
        ),
        (
            "/services/0/split/basis",
            json!(1),
            "services[0].split.basis: must be text, in quotes",
        ),
        (
            "/services/1/split/values/2",
            json!(null),
            "services[1].split.values[2]: must be a number",
        ),
        (
            "/services/1",
            json!([]),
            "services[1]: must be an object, like {\"name\": ...}",
        ),
    ];
    for (pointer, value, expected) in cases {
        assert_eq!(
            problems(&set(base(), pointer, value)),
            vec![expected.to_owned()],
            "{pointer}"
        );
    }
}

#[test]
fn whole_numbers_written_with_a_point_zero_are_whole() {
    let s = Scenario::from_json_value(&set(base(), "/horizon_years", json!(12.0))).expect("valid");
    assert_eq!(s.horizon_years, 12);
}

#[test]
fn whole_numbers_far_out_of_range_get_the_range_message() {
    assert_problem(
        &set(base(), "/horizon_years", json!(1e20)),
        "horizon_years: must be between 1 and 30",
    );
    assert_problem(
        &set(base(), "/horizon_years", json!(-5)),
        "horizon_years: must be between 1 and 30",
    );
    assert_problem(
        &set(base(), "/first_year", json!(-3_000_000_000_i64)),
        "first_year: must be between 2000 and 2100",
    );
    assert_problem(
        &set(base(), "/version", json!(4_294_967_297_u64)),
        "version: must be 1 or 2, the scenario formats this calculator reads",
    );
}

#[test]
fn missing_required_fields() {
    let cases = [
        ("/version", "version: is missing"),
        ("/partners", "partners: is missing"),
        ("/services", "services: is missing"),
        ("/partners/0/name", "partners[0].name: is missing"),
        ("/services/1/name", "services[1].name: is missing"),
        ("/services/1/baseline", "services[1].baseline: is missing"),
        (
            "/services/1/split/basis",
            "services[1].split.basis: is missing",
        ),
        (
            "/services/1/split/values",
            "services[1].split.values: is missing",
        ),
    ];
    for (pointer, expected) in cases {
        assert_eq!(
            problems(&remove(base(), pointer)),
            vec![expected.to_owned()],
            "{pointer}"
        );
    }
}

#[test]
fn missing_optional_fields_take_the_spec_defaults() {
    let minimal = json!({
        "version": 1,
        "partners": [{"name": "A"}, {"name": "B"}],
        "services": [{"name": "S", "baseline": [1, 2]}, {"name": "T", "baseline": [3, 4], "split": {"basis": "driver", "values": [1, 1]}}]
    });
    let s = Scenario::from_json_value(&minimal).expect("valid");
    // A version 1 file is read as version 2, every v2 field at its default.
    let expected = Scenario {
        version: 2,
        title: String::new(),
        currency: "GBP".to_owned(),
        first_year: 2027,
        horizon_years: 10,
        discount_rate: 0.035,
        cost_growth: 0.0,
        realisation: 1.0,
        optimism_bias: 0.0,
        partners: vec![
            Partner {
                name: "A".to_owned(),
                population: None,
            },
            Partner {
                name: "B".to_owned(),
                population: None,
            },
        ],
        services: vec![
            Service {
                name: "S".to_owned(),
                baseline: vec![1.0, 2.0],
                saving_rate: 0.2,
                ramp_years: 3,
                one_off_cost: 0.0,
                running_cost_rate: 0.0,
                split: Split::Baseline,
                ..Service::default()
            },
            Service {
                name: "T".to_owned(),
                baseline: vec![3.0, 4.0],
                saving_rate: 0.2,
                ramp_years: 3,
                one_off_cost: 0.0,
                running_cost_rate: 0.0,
                split: Split::Driver {
                    label: String::new(),
                    values: vec![1.0, 1.0],
                },
                ..Service::default()
            },
        ],
        uncertainty: None,
        ..Scenario::default()
    };
    assert_eq!(s, expected);
}

#[test]
fn unknown_fields_are_ignored() {
    let mut v = base();
    v["colour"] = json!("red");
    v["partners"][0]["website"] = json!("https://example.org");
    v["services"][0]["notes"] = json!({"a": [1, 2]});
    v["services"][1]["split"]["unit"] = json!("cases");
    assert_eq!(
        Scenario::from_json_value(&v),
        Scenario::from_json_value(&base())
    );
}

#[test]
fn the_source_of_published_figures_reads_back_and_an_unknown_one_is_named() {
    let with = set_new(base(), "source", json!("england-ra-2023-24"));
    let s = Scenario::from_json_value(&with).expect("valid");
    assert_eq!(s.source, Some(Source::EnglandBudgets2023));
    assert!(s
        .to_json_string()
        .contains(r#""source":"england-ra-2023-24""#));
    let typed = Scenario::from_json_value(&base()).expect("valid");
    assert_eq!(typed.source, None);
    assert!(
        !typed.to_json_string().contains("source"),
        "written only when set"
    );
    assert_valid(&set_new(base(), "source", Value::Null));
    let one_of = "source: must be one of england-ra-2023-24";
    assert_problem(
        &set_new(base(), "source", json!("england-ra-1999-00")),
        one_of,
    );
    assert_problem(&set_new(base(), "source", json!(7)), one_of);
}

fn set_new(mut v: Value, key: &str, value: Value) -> Value {
    v.as_object_mut()
        .expect("an object")
        .insert(key.to_owned(), value);
    v
}

#[test]
fn every_problem_is_collected_at_once_in_file_order() {
    let v = json!({
        "version": 3,
        "currency": "XYZ",
        "horizon_years": "ten",
        "discount_rate": 0.5,
        "partners": [{"name": "Heron"}, {"name": "Heron", "population": -5}, {"population": 3}],
        "services": [
            {"name": "", "baseline": [1, -2], "ramp_years": 0},
            {"name": "Legal", "baseline": [1, 2, "x"], "split": {"basis": "population"}},
            {"name": "Waste", "baseline": [1, 2, 3], "split": {"basis": "driver", "values": [0, 0, 0]}}
        ]
    });
    let expected = [
        "version: must be 1 or 2, the scenario formats this calculator reads",
        "currency: must be one of GBP, EUR, USD, AUD, NZD, CAD",
        "horizon_years: must be a whole number",
        "discount_rate: must be between 0% and 20%",
        "partners[0].population: needs a number because \"Legal\" splits its costs by population",
        "partners[1].name: \"Heron\" is used twice",
        "partners[1].population: must be 0 or more",
        "partners[2].name: is missing",
        "services[0].name: must not be empty",
        "services[0].baseline: needs one amount for each of the 3 partners (found 2)",
        "services[0].baseline[1]: must be 0 or more",
        "services[0].ramp_years: must be between 1 and 30",
        "services[1].baseline[2]: must be a number",
        "services[2].split.values: needs at least one value above 0, or costs cannot be divided",
    ];
    assert_eq!(problems(&v), expected);
}

#[test]
fn duplicate_names_are_reported_at_each_repeat() {
    let mut v = base();
    v["partners"][1]["name"] = json!("Heron");
    v["partners"][2]["name"] = json!(" Heron ");
    assert_eq!(
        problems(&v),
        [
            "partners[1].name: \"Heron\" is used twice",
            "partners[2].name: \"Heron\" is used 3 times"
        ]
    );
}

#[test]
fn a_wrong_count_of_driver_values() {
    assert_problem(
        &set(base(), "/services/1/split/values", json!([1, 2])),
        "services[1].split.values: needs one value for each of the 3 partners (found 2)",
    );
}

#[test]
fn a_population_split_needs_every_population_and_a_total_above_zero() {
    let v = set(base(), "/services/0/split", json!({"basis": "population"}));
    let v = set(v, "/services/1/split", json!({"basis": "population"}));
    // Osprey has no population; reported once, naming the first service that needs it.
    assert_problem(&v, "partners[2].population: needs a number because \"Revenues\" splits its costs by population");
    let mut v = set(v, "/partners/2/population", json!(0));
    assert_valid(&v);
    for p in 0..3 {
        v["partners"][p]["population"] = json!(0);
    }
    assert_eq!(
        problems(&v),
        [
            "services[0].split.basis: cannot split costs by population while every partner's population is 0",
            "services[1].split.basis: cannot split costs by population while every partner's population is 0",
        ]
    );
}

#[test]
fn text_that_is_not_json_is_one_error_about_the_file() {
    for text in ["", "{", "not json", "{\"version\": 1,}"] {
        let errors = Scenario::from_json_str(text).expect_err(text);
        assert_eq!(errors.len(), 1, "{text}");
        assert_eq!(errors[0].path, FieldPath::File);
        assert!(
            errors[0]
                .to_string()
                .starts_with("The file is not valid JSON"),
            "{}",
            errors[0]
        );
    }
    for v in [json!([1, 2]), json!("scenario"), json!(null)] {
        let errors = Scenario::from_json_value(&v).expect_err("not an object");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, FieldPath::File);
    }
}

#[test]
fn json_round_trip() {
    let s = Scenario::from_json_value(&base()).expect("valid");
    assert_eq!(Scenario::from_json_str(&s.to_json_string()), Ok(s.clone()));
    assert_eq!(Scenario::from_json_str(&s.to_json_pretty()), Ok(s.clone()));
    let written: Value = serde_json::from_str(&s.to_json_string()).expect("JSON");
    assert_eq!(
        written["services"][0]["split"],
        json!({"basis": "baseline"})
    );
    assert_eq!(
        written["services"][1]["split"],
        json!({"basis": "driver", "label": "Cases", "values": [10.0, 30.0, 60.0]})
    );
    assert_eq!(
        written["partners"][2],
        json!({"name": "Osprey", "population": null})
    );
    let fields: Vec<&str> = written
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "version",
        "title",
        "currency",
        "first_year",
        "horizon_years",
        "discount_rate",
        "cost_growth",
        "realisation",
        "optimism_bias",
        "optimism_bias_running",
        "price_base_year",
        "inflation",
        "partners",
        "services",
        "partner_costs",
    ];
    expected.sort_unstable();
    let mut fields = fields;
    fields.sort_unstable();
    assert_eq!(fields, expected);
    assert!(!s.to_json_string().contains('\n') && s.to_json_pretty().contains('\n'));
}

#[test]
fn validate_rejects_what_json_cannot_carry() {
    let mut s = Scenario::from_json_value(&base()).expect("valid");
    s.discount_rate = f64::NAN;
    s.services[0].baseline[0] = f64::INFINITY;
    s.partners[0].population = Some(f64::NEG_INFINITY);
    s.services[1].split = Split::Driver {
        label: "Cases".to_owned(),
        values: vec![1.0, f64::NAN, 1.0],
    };
    let found: Vec<String> = validate(&s).iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "discount_rate: must be a number",
            "partners[0].population: must be a number",
            "services[0].baseline[0]: must be a number",
            "services[1].split.values[1]: must be a number",
        ]
    );
}

#[test]
fn validate_checks_what_the_ui_builds() {
    let mut s = Scenario::from_json_value(&base()).expect("valid");
    assert!(validate(&s).is_empty());
    s.version = 3;
    s.services[0].ramp_years = 31;
    let found: Vec<FieldError> = validate(&s);
    assert_eq!(
        found,
        [
            FieldError::new(
                FieldPath::Version,
                Text::new(Msg::FieldVersionOnly)
                    .arg("oldest", 1)
                    .arg("version", 2)
            ),
            FieldError::new(
                FieldPath::Service(0, Some(ServiceField::RampYears)),
                Text::new(Msg::FieldBetween).arg("min", 1).arg("max", 30)
            ),
        ]
    );
    let words: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(
        words,
        [
            "version: must be 1 or 2, the scenario formats this calculator reads",
            "services[0].ramp_years: must be between 1 and 30",
        ]
    );
}

#[test]
fn field_error_display() {
    let at_least_zero = Text::new(Msg::FieldAtLeast).arg("min", 0);
    assert_eq!(
        FieldError::new(
            FieldPath::Service(2, Some(ServiceField::Baseline(Some(1)))),
            at_least_zero
        )
        .to_string(),
        "services[2].baseline[1]: must be 0 or more"
    );
    assert_eq!(
        FieldError::new(
            FieldPath::File,
            Text::new(Msg::FieldNotJson).arg("detail", "EOF")
        )
        .to_string(),
        "The file is not valid JSON: EOF"
    );
}

#[test]
fn field_errors_are_sentences_about_their_box_in_either_language() {
    let negative = FieldError::new(
        FieldPath::Service(2, Some(ServiceField::Baseline(Some(1)))),
        Text::new(Msg::FieldAtLeast).arg("min", 0),
    );
    let label = "Waste: annual cost for Heron";
    assert_eq!(
        negative.sentence(Lang::En, label),
        "Waste: annual cost for Heron must be 0 or more"
    );
    assert_eq!(
        negative.sentence(Lang::Cy, "Gwastraff: cost flynyddol ar gyfer Heron"),
        "Gwastraff: cost flynyddol ar gyfer Heron: rhaid i'r gwerth fod yn 0 neu fwy"
    );
    assert_eq!(
        negative.describe(Lang::Cy),
        "services[2].baseline[1]: rhaid i'r gwerth fod yn 0 neu fwy"
    );
    // A message that already puts a colon after the field keeps just the one.
    let twice = FieldError::new(
        FieldPath::Partner(1, Some(PartnerField::Name)),
        Text::new(Msg::FieldNameTwice).arg("name", "Heron"),
    );
    assert_eq!(
        twice.sentence(Lang::En, "Partner 2 name"),
        "Partner 2 name: \"Heron\" is used twice"
    );
    assert_eq!(
        twice.to_string(),
        "partners[1].name: \"Heron\" is used twice"
    );
    assert_eq!(
        twice.describe(Lang::Cy),
        "partners[1].name: mae \"Heron\" wedi'i ddefnyddio ddwywaith"
    );
}

#[test]
fn a_label_that_ends_in_a_colon_is_not_given_a_second_one() {
    let at_least = FieldError::new(FieldPath::Title, Text::new(Msg::FieldAtLeast).arg("min", 0));
    // A message with no place for the field is put after it with a colon.
    let partner = FieldError::new(
        FieldPath::Leaving(Some(LeavingField::Partner)),
        Text::new(Msg::FieldLeavingPartner),
    );
    let cases = [
        // Welsh puts a colon after the field; English writes "{field} must be…" with none.
        (
            at_least.sentence(Lang::Cy, "Dolen i'r senario hwn:"),
            "Dolen i'r senario hwn: rhaid i'r gwerth fod yn 0 neu fwy",
        ),
        (
            at_least.sentence(Lang::En, "Link to this scenario:"),
            "Link to this scenario: must be 0 or more",
        ),
        (
            partner.sentence(Lang::En, "Partner that leaves:"),
            "Partner that leaves: must be one of the partners",
        ),
        (
            partner.sentence(Lang::Cy, "Y partner sy'n gadael:"),
            "Y partner sy'n gadael: rhaid iddo fod yn un o'r partneriaid",
        ),
        // The error summary's lines (a problem from reading a box) go the same way.
        (
            field_problem(
                Lang::En,
                "Exit fee:",
                "Enter an amount, like £250,000 or 1.2m",
            ),
            "Exit fee: Enter an amount, like £250,000 or 1.2m",
        ),
        (
            field_problem(
                Lang::Cy,
                "Ffi ymadael: ",
                "Rhowch swm, fel £250,000 neu 1.2m",
            ),
            "Ffi ymadael: Rhowch swm, fel £250,000 neu 1.2m",
        ),
        // A label without one gets one, and a colon inside a label is left alone.
        (
            field_problem(Lang::Cy, "Gwastraff: cost untro", "Rhowch swm"),
            "Gwastraff: cost untro: Rhowch swm",
        ),
        // A path is followed by a colon where the message has none of its own, once.
        (at_least.describe(Lang::En), "title: must be 0 or more"),
        (
            at_least.describe(Lang::Cy),
            "title: rhaid i'r gwerth fod yn 0 neu fwy",
        ),
    ];
    for (written, expected) in cases {
        assert_eq!(written, expected);
    }
}

#[test]
fn a_population_message_names_an_unnamed_service_in_the_readers_language() {
    let mut v = set(base(), "/services/0/split", json!({"basis": "population"}));
    v = set(v, "/services/0/name", json!(""));
    v = set(v, "/partners/2/population", Value::Null);
    let errors = Scenario::from_json_value(&v).expect_err("invalid");
    let population: Vec<&FieldError> = errors
        .iter()
        .filter(|e| e.path == FieldPath::Partner(2, Some(PartnerField::Population)))
        .collect();
    assert_eq!(population.len(), 1, "{errors:?}");
    assert_eq!(
        population[0].to_string(),
        "partners[2].population: needs a number because service 1 splits its costs by population"
    );
    assert_eq!(
        population[0].sentence(Lang::Cy, "Poblogaeth: Osprey"),
        "Poblogaeth: Osprey: mae angen rhif oherwydd bod gwasanaeth 1 yn rhannu ei gostau yn ôl poblogaeth"
    );
}

#[test]
fn numbers_are_read_exactly_as_written() {
    // 17 significant digits: serde_json's default reader can be one unit in the last place off.
    let text = base().to_string().replace("1500000", "925894.1960422569");
    let s = Scenario::from_json_str(&text).expect("valid");
    assert_eq!(
        s.services[0].baseline[1],
        "925894.1960422569".parse::<f64>().expect("a number")
    );
}

#[test]
fn a_name_of_only_invisible_characters_is_refused_by_name() {
    for invisible in [
        "\u{200b}",
        " \u{200b}\u{feff} ",
        "\u{2060}\u{200d}",
        "\u{00ad}",
    ] {
        let v = set(base(), "/partners/1/name", json!(invisible));
        assert_problem(
            &v,
            "partners[1].name: must have characters you can see, not only invisible ones",
        );
        let v = set(base(), "/services/0/name", json!(invisible));
        assert_problem(
            &v,
            "services[0].name: must have characters you can see, not only invisible ones",
        );
        let v = set(base(), "/title", json!(invisible));
        assert_problem(
            &v,
            "title: must have characters you can see, not only invisible ones",
        );
    }
    // A title of spaces, or none, is still no title at all, as before.
    assert_valid(&set(base(), "/title", json!("  ")));
    assert_valid(&set(base(), "/title", json!("")));
}

#[test]
fn characters_that_reverse_text_are_refused_in_every_name() {
    for control in [
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        let name = format!("Heron{control}llaV");
        let v = set(base(), "/partners/0/name", json!(name));
        assert_problem(
            &v,
            "partners[0].name: must not have hidden characters that change the direction of text",
        );
        let v = set(base(), "/title", json!(name));
        assert_problem(
            &v,
            "title: must not have hidden characters that change the direction of text",
        );
    }
    let v = set(base(), "/services/1/name", json!("\u{202e}lageL"));
    let welsh: Vec<String> = Scenario::from_json_value(&v)
        .err()
        .unwrap_or_default()
        .iter()
        .map(|e| e.describe(sharecalc_core::i18n::Lang::Cy))
        .collect();
    assert_eq!(
        welsh,
        ["services[1].name: ni all y testun gynnwys nodau cudd sy'n newid cyfeiriad y testun"]
    );
}

#[test]
fn names_differing_only_by_case_or_invisible_characters_are_duplicates() {
    for twin in [
        "heron",
        "HERON",
        "Her\u{200b}on",
        "\u{feff}Heron",
        "Heron\u{200d}",
        "Heron\u{00ad}",
    ] {
        let v = set(base(), "/partners/1/name", json!(twin));
        assert_problem(&v, &format!("partners[1].name: \"{twin}\" is used twice"));
    }
    // Different visible letters are different names.
    assert_valid(&set(base(), "/partners/1/name", json!("Herons")));
}
