//! Reading every box of the editor, natively: what each box accepts, and where each problem
//! lands (which box, named how, saying what), in English and in Welsh.

use super::*;
use crate::ui::model::typed::{TypedLeaving, TypedPartnerCost, TypedService};
use sharecalc_core::engine::RangeEnd;
use sharecalc_core::engine::Source;
use sharecalc_core::engine::UncertaintyRange;
use sharecalc_core::examples::EXAMPLES;
use sharecalc_core::i18n::Text;

/// Two councils (one without a population) and two services, one split by a driver, written
/// as a council's own program would write it.
const FIXTURE: &str = r#"{
  "version": 1, "title": "Heron and Kestrel", "currency": "GBP", "first_year": 2027,
  "horizon_years": 10, "discount_rate": 0.035,
  "partners": [{ "name": "Heron Vale", "population": 98000 }, { "name": "Kestrel" }],
  "services": [
    { "name": "HR and payroll", "baseline": [620000, 780000.5], "saving_rate": 0.2,
      "ramp_years": 3, "one_off_cost": 450000, "running_cost_rate": 0.02,
      "split": { "basis": "driver", "label": "Staff", "values": [410, 530] } },
    { "name": "Finance", "baseline": [1150000, 1420000], "saving_rate": 0.15,
      "ramp_years": 2, "one_off_cost": 0, "running_cost_rate": 0 }
  ]
}"#;

fn fixture() -> Scenario {
    let read = Scenario::from_json_str(FIXTURE);
    assert!(read.is_ok(), "the fixture is a valid scenario: {read:?}");
    read.unwrap_or_else(|_| unreachable!())
}

/// The fixture's boxes: partners have keys 0 and 1, services 2 and 3.
fn boxes() -> Typed {
    Typed::showing(&fixture(), &mut 0)
}

fn hr(t: &mut Typed) -> &mut TypedService {
    &mut t.services[0]
}

fn finance(t: &mut Typed) -> &mut TypedService {
    &mut t.services[1]
}

/// The one problem found after `change`, in `lang`; fails when there is not exactly one.
fn problem(lang: Lang, change: impl FnOnce(&mut Typed)) -> Issue {
    let mut t = boxes();
    change(&mut t);
    let built = build(&t, lang);
    assert!(
        built.scenario.is_none(),
        "no scenario while a box has a problem"
    );
    assert_eq!(built.issues.len(), 1, "one problem: {:#?}", built.issues);
    built.issues[0].clone()
}

/// A change to the boxes, and the box, label and message of the problem it makes.
type Case = (fn(&mut Typed), &'static str, &'static str, &'static str);

/// Asserts the problem's box, label and message.
fn assert_issue(issue: &Issue, id: &str, label: &str, message: &str) {
    assert_eq!(
        (
            issue.id.as_str(),
            issue.label.as_str(),
            issue.message.as_str()
        ),
        (id, label, message)
    );
}

/// A validation message about `label`, as the engine words it in `lang`.
fn sentence(lang: Lang, message: Text, label: &str) -> String {
    message.arg("field", label).render(lang)
}

#[test]
fn the_boxes_of_every_example_read_back_as_the_example_in_both_languages() {
    for lang in [Lang::En, Lang::Cy] {
        for example in EXAMPLES {
            let scenario = (example.build)(lang);
            let built = build(&Typed::showing(&scenario, &mut 7), lang);
            assert_eq!(built.issues, Vec::new(), "{}", example.id);
            assert_eq!(built.scenario, Some(scenario), "{}", example.id);
        }
    }
}

#[test]
fn the_fixture_reads_back_exactly_with_pence_and_an_unknown_population() {
    let built = build(&boxes(), Lang::En);
    assert_eq!(built.scenario, Some(fixture()));
    assert_eq!(boxes().services[0].baseline, ["620,000", "780,000.5"]);
    assert_eq!(boxes().partners[1].population, "");
}

#[test]
fn the_figures_source_is_kept_through_the_boxes_and_goes_with_the_next_scenario() {
    let published = Scenario {
        source: Some(Source::EnglandBudgets2023),
        ..fixture()
    };
    let mut t = Typed::showing(&published, &mut 0);
    hr(&mut t).saving_rate = "25".to_owned();
    let built = build(&t, Lang::En).scenario;
    assert_eq!(
        built.and_then(|s| s.source),
        Some(Source::EnglandBudgets2023),
        "edited figures still started from the publication"
    );
    assert_eq!(
        build(&boxes(), Lang::En).scenario.and_then(|s| s.source),
        None
    );
}

#[test]
fn ranges_read_back_and_are_left_out_while_they_are_the_defaults() {
    let mut t = boxes();
    assert_eq!(
        build(&t, Lang::En).scenario.map(|s| s.uncertainty),
        Some(None)
    );
    t.uncertainty[2][2] = "250".to_owned(); // one-off costs, high
    let u = build(&t, Lang::En).scenario.and_then(|s| s.uncertainty);
    assert_eq!(u.map(|u| u.one_off_costs.high), Some(2.5));
    let mut s = fixture();
    s.uncertainty = u;
    assert_eq!(Typed::showing(&s, &mut 0).uncertainty, t.uncertainty);
}

#[test]
fn what_people_type_is_read_as_they_mean_it() {
    let mut t = boxes();
    hr(&mut t).baseline[0] = "£1.2m".to_owned();
    hr(&mut t).one_off_cost = " 250k ".to_owned();
    hr(&mut t).saving_rate = "15.5 %".to_owned();
    t.partners[1].population = "121,000".to_owned();
    let s = build(&t, Lang::En).scenario;
    assert_eq!(
        s.as_ref().map(|s| s.services[0].baseline[0]),
        Some(1_200_000.0)
    );
    assert_eq!(
        s.as_ref().map(|s| s.services[0].one_off_cost),
        Some(250_000.0)
    );
    assert_eq!(s.as_ref().map(|s| s.services[0].saving_rate), Some(0.155));
    assert_eq!(s.map(|s| s.partners[1].population), Some(Some(121_000.0)));
}

#[test]
fn an_unreadable_assumption_is_placed_on_its_box() {
    let whole = "Enter a whole number, like 10";
    let percent = "Enter a percentage, like 15%";
    let cases: [Case; 6] = [
        (
            |t| t.first_year = "2027/28".into(),
            "first-year",
            "First financial year",
            whole,
        ),
        (
            |t| t.horizon_years = "ten".into(),
            "horizon-years",
            "Years to appraise",
            whole,
        ),
        (
            |t| t.discount_rate = "3,5".into(),
            "discount-rate",
            "Discount rate",
            percent,
        ),
        (
            |t| t.cost_growth = "a bit".into(),
            "cost-growth",
            "Yearly cost growth",
            percent,
        ),
        (
            |t| t.realisation = "most".into(),
            "realisation",
            "Share of planned savings that arrives",
            percent,
        ),
        (
            |t| t.optimism_bias = "".into(),
            "optimism-bias",
            "Optimism bias on one-off costs",
            percent,
        ),
    ];
    for (change, id, label, message) in cases {
        assert_issue(&problem(Lang::En, change), id, label, message);
    }
}

#[test]
fn an_unreadable_assumption_is_named_in_welsh() {
    let issue = problem(Lang::Cy, |t| t.discount_rate = "3,5".into());
    let label = t(Lang::Cy, Msg::BuildLabelDiscountRate);
    assert_ne!(label, "Discount rate");
    assert_issue(
        &issue,
        "discount-rate",
        label,
        t(Lang::Cy, Msg::ParsePercent),
    );
    let issue = problem(Lang::Cy, |t| t.first_year = "2027/28".into());
    let label = t(Lang::Cy, Msg::EditorFirstYearLabel);
    assert_issue(&issue, "first-year", label, t(Lang::Cy, Msg::ParseWhole));
}

#[test]
fn an_unreadable_service_box_is_placed_on_its_box() {
    let money = "Enter an amount, like £250,000 or 1.2m";
    let percent = "Enter a percentage, like 15%";
    let cases: [Case; 5] = [
        (
            |t| hr(t).baseline[1] = "1,2".into(),
            "service-2-baseline-1",
            "HR and payroll: annual cost for Kestrel",
            money,
        ),
        (
            |t| hr(t).saving_rate = "lots".into(),
            "service-2-saving-rate",
            "HR and payroll: planned saving",
            percent,
        ),
        (
            |t| finance(t).ramp_years = "2.5".into(),
            "service-3-ramp-years",
            "Finance: years to full savings",
            "Enter a whole number, like 10",
        ),
        (
            |t| finance(t).one_off_cost = "£".into(),
            "service-3-one-off-cost",
            "Finance: one-off cost",
            money,
        ),
        (
            |t| finance(t).running_cost_rate = "2 pc".into(),
            "service-3-running-cost-rate",
            "Finance: running cost",
            percent,
        ),
    ];
    for (change, id, label, message) in cases {
        assert_issue(&problem(Lang::En, change), id, label, message);
    }
}

#[test]
fn a_cell_names_an_unnamed_partner_and_service_by_their_place() {
    let mut t = boxes();
    t.partners[1].name = " ".into();
    finance(&mut t).name = String::new();
    finance(&mut t).baseline[1] = "n/a".into();
    let issues = build(&t, Lang::En).issues;
    // Within a label an unnamed partner is "partner 2", in lower case; the empty names are
    // problems of their own, on their own boxes.
    assert_issue(
        &issues[0],
        "service-3-baseline-1",
        "Service 2: annual cost for partner 2",
        "Enter an amount, like £250,000 or 1.2m",
    );
    assert_issue(
        &issues[1],
        "partner-1-name",
        "Partner 2 name",
        "Partner 2 name must not be empty",
    );
    assert_issue(
        &issues[2],
        "service-3-name",
        "Service 2: name",
        "Service 2: name must not be empty",
    );
    assert_eq!(issues.len(), 3);
}

#[test]
fn an_unnamed_service_is_named_by_its_place_in_welsh() {
    let mut t = boxes();
    finance(&mut t).name = String::new();
    finance(&mut t).one_off_cost = "£".into();
    let issues = build(&t, Lang::Cy).issues;
    let shown = format!("{} 2", t_cy(Msg::KindService));
    assert_ne!(shown, "Service 2");
    let label = fill(Lang::Cy, Msg::EditorOneOffLabel, &[("service", &shown)]);
    assert_issue(
        &issues[0],
        "service-3-one-off-cost",
        &label,
        t_cy(Msg::ParseMoney),
    );
    // The empty name is reported too, on the name box, in Welsh.
    let label = fill(Lang::Cy, Msg::BuildLabelServiceName, &[("service", &shown)]);
    let message = sentence(Lang::Cy, Text::new(Msg::FieldNotEmpty), &label);
    assert_issue(&issues[1], "service-3-name", &label, &message);
    assert_eq!(issues.len(), 2);
}

fn t_cy(msg: Msg) -> &'static str {
    t(Lang::Cy, msg)
}

#[test]
fn an_unreadable_population_is_placed_on_its_box_and_an_empty_one_is_not_known() {
    let issue = problem(Lang::En, |t| t.partners[0].population = "about 98k".into());
    assert_issue(
        &issue,
        "partner-0-population",
        "Population of Heron Vale",
        "Enter the population as a number, like 98,000",
    );
    let issue = problem(Lang::Cy, |t| t.partners[0].population = "tua 98k".into());
    let label = fill(
        Lang::Cy,
        Msg::BuildLabelPopulation,
        &[("partner", &"Heron Vale")],
    );
    assert_issue(
        &issue,
        "partner-0-population",
        &label,
        t_cy(Msg::BuildPopulationNumber),
    );
}

#[test]
fn an_unreadable_driver_value_is_named_with_the_driver_or_without_one() {
    let issue = problem(Lang::En, |t| hr(t).driver_values[0] = "many".into());
    assert_issue(
        &issue,
        "service-2-driver-0",
        "HR and payroll: Staff for Heron Vale",
        "Enter the driver value as a number, like 5,200",
    );
    let issue = problem(Lang::En, |t| {
        hr(t).driver_label = " ".into();
        hr(t).driver_values[1] = "many".into();
    });
    assert_issue(
        &issue,
        "service-2-driver-1",
        "HR and payroll: driver for Kestrel",
        "Enter the driver value as a number, like 5,200",
    );
    let issue = problem(Lang::Cy, |t| hr(t).driver_values[0] = "llawer".into());
    let label = fill(
        Lang::Cy,
        Msg::EditorDriverValueLabel,
        &[
            ("service", &"HR and payroll"),
            ("driver", &"Staff"),
            ("partner", &"Heron Vale"),
        ],
    );
    assert_issue(
        &issue,
        "service-2-driver-0",
        &label,
        t_cy(Msg::BuildDriverNumber),
    );
}

#[test]
fn driver_values_are_not_read_unless_the_service_is_split_by_a_driver() {
    let mut t = boxes();
    finance(&mut t).driver_values = vec!["not read".into(), "at all".into()];
    assert_eq!(build(&t, Lang::En).issues, Vec::new());
}

#[test]
fn an_unreadable_range_is_placed_on_its_box() {
    let issue = problem(Lang::En, |t| t.uncertainty[0][0] = "half".into());
    assert_issue(
        &issue,
        "uncertainty-savings-low",
        "Planned savings, low (% of the value entered)",
        "Enter a percentage, like 15%",
    );
    let issue = problem(Lang::Cy, |t| t.uncertainty[3][2] = "hanner".into());
    let label = ranges::box_name(Lang::Cy, UncertaintyRange::RunningCosts, RangeEnd::High);
    assert_issue(
        &issue,
        "uncertainty-running_costs-high",
        &label,
        t_cy(Msg::ParsePercent),
    );
}

#[test]
fn a_value_out_of_range_is_placed_on_its_box_with_the_engine_s_words() {
    let cases: [Case; 10] = [
        (
            |t| t.first_year = "1999".into(),
            "first-year",
            "First financial year",
            "First financial year must be between 2000 and 2100",
        ),
        (
            |t| t.horizon_years = "31".into(),
            "horizon-years",
            "Years to appraise",
            "Years to appraise must be between 1 and 30",
        ),
        (
            |t| t.discount_rate = "25".into(),
            "discount-rate",
            "Discount rate",
            "Discount rate must be between 0% and 20%",
        ),
        (
            |t| t.title = "x".repeat(201),
            "title",
            "Scenario name",
            "Scenario name must be 200 characters or fewer",
        ),
        (
            |t| t.currency = "XYZ".into(),
            "currency",
            "Currency",
            "Currency must be one of GBP, EUR, USD, AUD, NZD, CAD",
        ),
        (
            |t| hr(t).baseline[0] = "-1".into(),
            "service-2-baseline-0",
            "HR and payroll: annual cost for Heron Vale",
            "HR and payroll: annual cost for Heron Vale must be 0 or more",
        ),
        (
            |t| finance(t).one_off_cost = "2,000bn".into(),
            "service-3-one-off-cost",
            "Finance: one-off cost",
            "Finance: one-off cost must be 1,000,000,000,000 or less",
        ),
        (
            |t| finance(t).saving_rate = "150".into(),
            "service-3-saving-rate",
            "Finance: planned saving",
            "Finance: planned saving must be between 0% and 100%",
        ),
        (
            |t| finance(t).ramp_years = "0".into(),
            "service-3-ramp-years",
            "Finance: years to full savings",
            "Finance: years to full savings must be between 1 and 30",
        ),
        (
            |t| finance(t).running_cost_rate = "101".into(),
            "service-3-running-cost-rate",
            "Finance: running cost",
            "Finance: running cost must be between 0% and 100%",
        ),
    ];
    for (change, id, label, message) in cases {
        assert_issue(&problem(Lang::En, change), id, label, message);
    }
}

#[test]
fn a_value_out_of_range_is_worded_in_welsh_about_the_welsh_label() {
    let issue = problem(Lang::Cy, |t| finance(t).saving_rate = "150".into());
    let label = fill(
        Lang::Cy,
        Msg::BuildLabelSavingRate,
        &[("service", &"Finance")],
    );
    let message = Text::new(Msg::FieldBetween)
        .arg("min", "0%")
        .arg("max", "100%");
    assert_issue(
        &issue,
        "service-3-saving-rate",
        &label,
        &sentence(Lang::Cy, message, &label),
    );
    assert!(issue.message.starts_with(&label), "{}", issue.message);
}

#[test]
fn a_problem_with_a_partner_is_placed_on_its_box() {
    let issue = problem(Lang::En, |t| t.partners[1].name = "  ".into());
    assert_issue(
        &issue,
        "partner-1-name",
        "Partner 2 name",
        "Partner 2 name must not be empty",
    );
    let issue = problem(Lang::En, |t| t.partners[1].name = "Heron Vale ".into());
    assert_issue(
        &issue,
        "partner-1-name",
        "Partner 2 name",
        "Partner 2 name: \"Heron Vale\" is used twice",
    );
    let issue = problem(Lang::En, |t| t.partners[0].population = "-5".into());
    assert_issue(
        &issue,
        "partner-0-population",
        "Population of Heron Vale",
        "Population of Heron Vale must be 0 or more",
    );
    let issue = problem(Lang::Cy, |t| t.partners[1].name = String::new());
    let label = fill(Lang::Cy, Msg::BuildLabelPartnerName, &[("n", &2)]);
    let message = sentence(Lang::Cy, Text::new(Msg::FieldNotEmpty), &label);
    assert_issue(&issue, "partner-1-name", &label, &message);
}

#[test]
fn too_few_partners_or_services_is_placed_on_the_section_heading() {
    let issue = problem(Lang::En, |t| {
        t.partners.truncate(1);
        for s in &mut t.services {
            s.baseline.truncate(1);
            s.driver_values.truncate(1);
        }
    });
    assert_issue(
        &issue,
        "partners-heading",
        "Partners",
        "Partners needs between 2 and 20 partners",
    );
    let issue = problem(Lang::En, |t| t.services.clear());
    assert_issue(
        &issue,
        "services-heading",
        "Services",
        "Services needs between 1 and 50 services",
    );
    let issue = problem(Lang::Cy, |t| t.services.clear());
    let label = t_cy(Msg::EditorServicesHeading);
    let message = Text::new(Msg::FieldServiceCount)
        .arg("min", 1)
        .arg("max", 50);
    assert_issue(
        &issue,
        "services-heading",
        label,
        &sentence(Lang::Cy, message, label),
    );
}

#[test]
fn a_missing_cell_is_reported_on_the_service_not_read_as_another_partner_s() {
    let issue = problem(Lang::En, |t| {
        finance(t).baseline.pop();
    });
    assert_issue(
        &issue,
        "service-3-name",
        "Finance: annual costs",
        "Finance: annual costs needs one amount for each of the 2 partners (found 1)",
    );
}

#[test]
fn a_population_split_needs_every_population_and_one_above_zero() {
    let issue = problem(Lang::En, |t| finance(t).basis = Basis::Population);
    assert_issue(
        &issue,
        "partner-1-population",
        "Population of Kestrel",
        "Population of Kestrel needs a number because \"Finance\" splits its costs by population",
    );
    let issue = problem(Lang::En, |t| {
        finance(t).basis = Basis::Population;
        t.partners[0].population = "0".into();
        t.partners[1].population = "0".into();
    });
    assert_issue(
        &issue,
        "service-3-basis",
        "Finance: how costs are split",
        "Finance: how costs are split: cannot split costs by population while every partner's population is 0",
    );
}

#[test]
fn a_driver_s_problems_are_placed_on_its_boxes() {
    let issue = problem(Lang::En, |t| hr(t).driver_label = "x".repeat(101));
    assert_issue(
        &issue,
        "service-2-driver-label",
        "HR and payroll: driver name",
        "HR and payroll: driver name must be 100 characters or fewer",
    );
    let issue = problem(Lang::En, |t| hr(t).driver_values[1] = "-3".into());
    assert_issue(
        &issue,
        "service-2-driver-1",
        "HR and payroll: driver value for Kestrel",
        "HR and payroll: driver value for Kestrel must be 0 or more",
    );
    let issue = problem(Lang::En, |t| {
        hr(t).driver_values = vec!["0".into(), "0".into()];
    });
    assert_issue(
        &issue,
        "service-2-basis",
        "HR and payroll: driver values",
        "HR and payroll: driver values needs at least one value above 0, or costs cannot be divided",
    );
}

#[test]
fn a_range_s_problems_are_placed_on_its_boxes() {
    let issue = problem(Lang::En, |t| t.uncertainty[1][2] = "1500".into());
    assert_issue(
        &issue,
        "uncertainty-realisation-high",
        "Share of savings that arrives, high (% of the value entered)",
        "Share of savings that arrives, high (% of the value entered) must be between 0% and 1,000% of the value entered",
    );
    let issue = problem(Lang::En, |t| t.uncertainty[0][0] = "120".into());
    assert_issue(
        &issue,
        "uncertainty-savings-low",
        "Planned savings range",
        "Planned savings range needs low no higher than likely, and likely no higher than high",
    );
    let issue = problem(Lang::Cy, |t| t.uncertainty[0][0] = "120".into());
    let label = fill(
        Lang::Cy,
        Msg::BuildLabelRange,
        &[("row", &t_cy(Msg::AnalysisRangesSavings))],
    );
    let message = sentence(Lang::Cy, Text::new(Msg::FieldRangeOrder), &label);
    assert_issue(&issue, "uncertainty-savings-low", &label, &message);
}

#[test]
fn an_unreadable_box_is_not_reported_again_for_the_value_standing_in_for_it() {
    // "abc" stands in as year 0, out of range, but only the box's own problem is shown.
    let issue = problem(Lang::En, |t| t.first_year = "abc".into());
    assert_eq!(issue.message, "Enter a whole number, like 10");
}

#[test]
fn every_problem_is_listed_in_page_order_and_each_box_shows_its_first() {
    let mut t = boxes();
    t.horizon_years = "0".into();
    t.first_year = "x".into();
    finance(&mut t).saving_rate = "x".into();
    t.uncertainty[0][1] = "x".into();
    let built = build(&t, Lang::En);
    let ids: Vec<&str> = built.issues.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "first-year",
            "service-3-saving-rate",
            "uncertainty-savings-likely",
            "horizon-years",
        ]
    );
    assert_eq!(
        built.message_for("horizon-years").as_deref(),
        Some("Years to appraise must be between 1 and 30")
    );
    assert_eq!(built.message_for("title"), None);
}

#[test]
fn the_error_summary_names_the_box_once() {
    let named = problem(Lang::En, |t| t.discount_rate = "25".into());
    assert_eq!(
        named.summary(Lang::En),
        "Discount rate must be between 0% and 20%"
    );
    let unnamed = problem(Lang::En, |t| t.discount_rate = "x".into());
    assert_eq!(
        unnamed.summary(Lang::En),
        "Discount rate: Enter a percentage, like 15%"
    );
    let unnamed = problem(Lang::Cy, |t| t.discount_rate = "x".into());
    let label = t_cy(Msg::BuildLabelDiscountRate);
    let line = fill(
        Lang::Cy,
        Msg::ErrorFieldProblem,
        &[("field", &label), ("problem", &t_cy(Msg::ParsePercent))],
    );
    assert_eq!(unnamed.summary(Lang::Cy), line);
}

#[test]
fn every_v2_box_reads_what_is_typed_into_the_scenario() {
    let mut t = boxes();
    t.optimism_bias_running = "10".into();
    t.price_base_year = "2026".into();
    t.inflation = "2.5%".into();
    finance(&mut t).savings_start_year = "2".into();
    finance(&mut t).one_off_profile = "60, 40".into();
    finance(&mut t).fixed_running_cost = "£50k".into();
    t.partner_costs.push(TypedPartnerCost {
        key: 40,
        partner: 1, // Kestrel's row key: the second partner
        label: "Redundancy".into(),
        year: "2".into(),
        amount: "1.2m".into(),
    });
    t.leaving = Some(TypedLeaving {
        partner: 1,
        year: 5,
        exit_fee: "250k".into(),
    });
    let built = build(&t, Lang::En);
    assert_eq!(built.issues, Vec::new());
    let s = built.scenario.expect("readable");
    assert_eq!(
        (s.optimism_bias_running, s.price_base_year, s.inflation),
        (0.1, Some(2026), 0.025)
    );
    let f = &s.services[1];
    assert_eq!(
        (
            f.savings_start_year,
            f.one_off_profile.as_slice(),
            f.fixed_running_cost
        ),
        (2, [0.6, 0.4].as_slice(), 50_000.0)
    );
    assert_eq!(
        s.partner_costs,
        [PartnerCost {
            partner: 1,
            label: "Redundancy".into(),
            year: 2,
            amount: 1_200_000.0
        }]
    );
    assert_eq!(
        s.leaving,
        Some(Leaving {
            partner: 1,
            year: 5,
            exit_fee: 250_000.0
        })
    );
    // An empty price base year is the first year's: the field is left out.
    t.price_base_year = " ".into();
    assert_eq!(
        build(&t, Lang::En).scenario.map(|s| s.price_base_year),
        Some(None)
    );
}

/// Adds a cost of the first partner, with key 40.
fn with_cost(t: &mut Typed, year: &str, amount: &str) {
    t.partner_costs.push(TypedPartnerCost {
        key: 40,
        partner: 0,
        label: "Redundancy".into(),
        year: year.into(),
        amount: amount.into(),
    });
}

#[test]
fn an_unreadable_or_invalid_v2_box_is_placed_on_its_box() {
    let cases: [Case; 8] = [
        (
            |t| finance(t).one_off_profile = "half, half".into(),
            "service-3-one-off-profile",
            "Finance: one-off cost spread",
            "Enter a percentage for each year, separated by commas, like 50, 50",
        ),
        (
            |t| finance(t).one_off_profile = "50, 40".into(),
            "service-3-one-off-profile",
            "Finance: one-off cost spread",
            "Finance: one-off cost spread must add up to 100% (it adds up to 90%)",
        ),
        (
            |t| finance(t).savings_start_year = "11".into(),
            "service-3-savings-start-year",
            "Finance: year it goes live",
            "Finance: year it goes live must be between 1 and 10",
        ),
        (
            |t| finance(t).fixed_running_cost = "lots".into(),
            "service-3-fixed-running-cost",
            "Finance: fixed running cost",
            "Enter an amount, like £250,000 or 1.2m",
        ),
        (
            |t| t.inflation = "25".into(),
            "inflation",
            "General inflation",
            "General inflation must be between 0% and 20%",
        ),
        (
            |t| t.price_base_year = "2030".into(),
            "price-base-year",
            "Price base year",
            "Price base year must be between 2000 and 2027",
        ),
        (
            |t| with_cost(t, "0", "1"),
            "partner-cost-40-year",
            "Cost 1: year it falls in",
            "Cost 1: year it falls in must be between 1 and 10",
        ),
        (
            |t| with_cost(t, "1", "1.2.3"),
            "partner-cost-40-amount",
            "Cost 1: amount",
            "Enter an amount, like £250,000 or 1.2m",
        ),
    ];
    for (change, id, label, message) in cases {
        assert_issue(&problem(Lang::En, change), id, label, message);
    }
}

#[test]
fn a_leaving_question_about_a_partner_no_longer_there_is_dropped() {
    let mut t = boxes();
    t.leaving = Some(TypedLeaving {
        partner: 99,
        year: 2,
        exit_fee: "0".into(),
    });
    let built = build(&t, Lang::En);
    assert_eq!(built.scenario.map(|s| s.leaving), Some(None));
}
