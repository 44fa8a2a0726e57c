//! The workbook recalculated by a real spreadsheet engine (LibreOffice, headless) gives every
//! figure of the app's CSV to the penny, and the Summary, Partners and Cash figures of the
//! engine; the values stored with its formulas are the ones LibreOffice works out; and an
//! input changed in the file moves every figure exactly as the engine moves it for the same
//! change. One LibreOffice run recalculates every workbook (the slow part: a few seconds).
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "the tests' own helpers, as the tests: a failure stops the test at once and says where"
)]

mod common;

use std::sync::OnceLock;

use common::{number, recalculate, row_col, sheet_xml, stored_cells, unzip, with_number, Grid};
use sharecalc_core::engine::{
    evaluate, financial_year_label, results_csv, sample, FieldPath, PartnerCost, PartnerCostField,
    PartnerField, Results, Scenario, ServiceField,
};
use sharecalc_core::examples::EXAMPLES;
use sharecalc_core::i18n::{t, Lang, Msg};
use sharecalc_core::report::words;
use sharecalc_workbook::{input_cell, workbook};

const LINK: &str = "https://sharecalc.example/#s=test";

/// A workbook to recalculate and the scenario whose figures it must give.
struct Case {
    stem: String,
    lang: Lang,
    scenario: Scenario,
    bytes: Vec<u8>,
    /// For a workbook whose inputs were changed after writing (so the values stored with its
    /// formulas are out of date), the net present value before the change.
    npv_before_change: Option<f64>,
}

impl Case {
    fn as_written(&self) -> bool {
        self.npv_before_change.is_none()
    }
}

/// `sample::typical()` (every split basis and every v2 field) with two more costs of a
/// partner's own: one in another year, one beside an earlier cost in the same year.
fn every_v2_field() -> Scenario {
    let mut s = sample::typical();
    s.title = "Every v2 field".to_owned();
    for (partner, year, amount) in [(0, 3, 75_000.0), (1, 2, 12_345.67)] {
        s.partner_costs.push(PartnerCost {
            partner,
            label: "Contract exit".to_owned(),
            year,
            amount,
        });
    }
    s
}

fn written(stem: &str, lang: Lang, scenario: Scenario) -> Case {
    let bytes = workbook(lang, &scenario, LINK).expect("a workbook");
    Case {
        stem: stem.to_owned(),
        lang,
        scenario,
        bytes,
        npv_before_change: None,
    }
}

/// One input changed in the workbook file and in the scenario alike.
struct Change {
    field: FieldPath,
    value: f64,
    apply: fn(&mut Scenario, f64),
}

fn changed(stem: &str, base: &Case, changes: &[Change]) -> Case {
    let mut scenario = base.scenario.clone();
    let mut bytes = base.bytes.clone();
    for change in changes {
        let cell = input_cell(&scenario, change.field).expect("the input's cell");
        bytes = with_number(&bytes, 1, &cell.a1(), change.value);
        (change.apply)(&mut scenario, change.value);
    }
    Case {
        stem: stem.to_owned(),
        lang: base.lang,
        scenario,
        bytes,
        npv_before_change: Some(evaluate(&base.scenario).npv),
    }
}

fn service(i: usize, f: ServiceField) -> FieldPath {
    FieldPath::Service(i, Some(f))
}

/// Every workbook, written and recalculated once for all the tests.
fn cases() -> &'static (Vec<Case>, common::Recalculated) {
    static CASES: OnceLock<(Vec<Case>, common::Recalculated)> = OnceLock::new();
    CASES.get_or_init(|| {
        let mut cases: Vec<Case> = EXAMPLES
            .iter()
            .map(|e| written(&format!("{}-en", e.id), Lang::En, (e.build)(Lang::En)))
            .collect();
        cases.push(written(
            "white-paper-cy",
            Lang::Cy,
            (EXAMPLES[0].build)(Lang::Cy),
        ));
        cases.push(written("every-v2-field-en", Lang::En, every_v2_field()));
        cases.push(written("every-v2-field-cy", Lang::Cy, every_v2_field()));
        let assumptions = changed(
            "assumptions-changed",
            &cases[4],
            &[
                Change {
                    field: FieldPath::DiscountRate,
                    value: 0.05,
                    apply: |s, v| s.discount_rate = v,
                },
                Change {
                    field: FieldPath::CostGrowth,
                    value: 0.031,
                    apply: |s, v| s.cost_growth = v,
                },
                Change {
                    field: FieldPath::Realisation,
                    value: 0.55,
                    apply: |s, v| s.realisation = v,
                },
                Change {
                    field: FieldPath::OptimismBias,
                    value: 0.4,
                    apply: |s, v| s.optimism_bias = v,
                },
                Change {
                    field: FieldPath::OptimismBiasRunning,
                    value: 0.25,
                    apply: |s, v| s.optimism_bias_running = v,
                },
                Change {
                    field: FieldPath::PriceBaseYear,
                    value: 2024.0,
                    apply: |s, v| s.price_base_year = Some(v as i32),
                },
                Change {
                    field: FieldPath::Inflation,
                    value: 0.047,
                    apply: |s, v| s.inflation = v,
                },
            ],
        );
        let services = changed(
            "services-changed",
            &cases[0],
            &[
                Change {
                    field: service(2, ServiceField::Baseline(Some(1))),
                    value: 3_100_000.0,
                    apply: |s, v| s.services[2].baseline[1] = v,
                },
                Change {
                    field: service(0, ServiceField::SavingsStartYear),
                    value: 3.0,
                    apply: |s, v| s.services[0].savings_start_year = v as u32,
                },
                Change {
                    field: service(1, ServiceField::RampYears),
                    value: 5.0,
                    apply: |s, v| s.services[1].ramp_years = v as u32,
                },
                Change {
                    field: service(3, ServiceField::SavingRate),
                    value: 0.12,
                    apply: |s, v| s.services[3].saving_rate = v,
                },
                Change {
                    field: service(4, ServiceField::RunningCostRate),
                    value: 0.05,
                    apply: |s, v| s.services[4].running_cost_rate = v,
                },
                Change {
                    field: service(5, ServiceField::FixedRunningCost),
                    value: 80_000.0,
                    apply: |s, v| s.services[5].fixed_running_cost = v,
                },
                Change {
                    field: service(2, ServiceField::OneOffCost),
                    value: 2_500_000.0,
                    apply: |s, v| s.services[2].one_off_cost = v,
                },
                Change {
                    field: service(1, ServiceField::OneOffProfile(Some(0))),
                    value: 0.2,
                    apply: |s, v| s.services[1].one_off_profile[0] = v,
                },
                Change {
                    field: service(1, ServiceField::OneOffProfile(Some(1))),
                    value: 0.8,
                    apply: |s, v| s.services[1].one_off_profile[1] = v,
                },
            ],
        );
        let partners = changed(
            "partners-changed",
            &cases[4],
            &[
                Change {
                    field: FieldPath::PartnerCost(0, Some(PartnerCostField::Amount)),
                    value: 250_000.0,
                    apply: |s, v| s.partner_costs[0].amount = v,
                },
                Change {
                    field: FieldPath::PartnerCost(1, Some(PartnerCostField::Year)),
                    value: 7.0,
                    apply: |s, v| s.partner_costs[1].year = v as u32,
                },
                Change {
                    field: FieldPath::Partner(2, Some(PartnerField::Population)),
                    value: 150_000.0,
                    apply: |s, v| s.partners[2].population = Some(v),
                },
                Change {
                    field: service(
                        3,
                        ServiceField::Split(Some(sharecalc_core::engine::SplitField::Values(
                            Some(0),
                        ))),
                    ),
                    value: 400.0,
                    apply: |s, v| {
                        if let sharecalc_core::engine::Split::Driver { values, .. } =
                            &mut s.services[3].split
                        {
                            values[0] = v;
                        }
                    },
                },
            ],
        );
        cases.extend([assumptions, services, partners]);
        let books: Vec<(String, Vec<u8>)> = cases
            .iter()
            .map(|c| (c.stem.clone(), c.bytes.clone()))
            .collect();
        let recalculated = recalculate(&books);
        (cases, recalculated)
    })
}

/// `lo`, LibreOffice's figure, rounds to `csv`'s penny (up to a difference in the last bits
/// of a figure lying on a half penny).
fn assert_penny(lo: f64, csv: &str, what: &str) {
    let expected: f64 = csv
        .parse()
        .unwrap_or_else(|_| panic!("{what}: CSV has {csv:?}"));
    let slack = 0.005 + 1e-9 * expected.abs().max(1.0);
    assert!(
        (lo - expected).abs() <= slack,
        "{what}: workbook {lo}, CSV {csv}"
    );
}

/// `lo` is the engine's `value` to well within a penny.
fn assert_close(lo: f64, value: f64, what: &str) {
    let slack = 1e-6 * value.abs().max(1.0);
    assert!(
        (lo - value).abs() <= slack,
        "{what}: workbook {lo}, engine {value}"
    );
}

fn cell(grid: &Grid, row: usize, col: usize) -> &str {
    grid.get(row)
        .and_then(|r| r.get(col))
        .map_or("", String::as_str)
}

fn num(grid: &Grid, row: usize, col: usize, what: &str) -> f64 {
    number(cell(grid, row, col))
        .unwrap_or_else(|| panic!("{what}: not a number: {:?}", cell(grid, row, col)))
}

/// The column whose header (on `row`) is `header`.
fn column(grid: &Grid, row: usize, header: &str) -> usize {
    grid.get(row)
        .and_then(|r| r.iter().position(|h| h == header))
        .unwrap_or_else(|| panic!("no column {header:?} in {:?}", grid.get(row)))
}

/// The first row whose first cell is `label`.
fn row_labelled(grid: &Grid, label: &str) -> usize {
    grid.iter()
        .position(|r| r.first().is_some_and(|c| c == label))
        .unwrap_or_else(|| panic!("no row {label:?}"))
}

/// Year by year against the CSV download, row by row.
fn check_years(case: &Case, grid: &Grid) {
    let (s, lang) = (&case.scenario, case.lang);
    let r = evaluate(s);
    let csv = common::parse_csv(&results_csv(s, &r));
    let head = |m| column(grid, 1, t(lang, m));
    let alone = head(Msg::ResultsCostAlone);
    let shared = head(Msg::ResultsYearsCostShared);
    let net = head(Msg::ResultsNetSaving);
    let saving = head(Msg::WorkbookColSavingShare);
    let running = head(Msg::WorkbookColRunningShare);
    let one_off = head(Msg::WorkbookColOneOffShare);
    let discount = head(Msg::WorkbookColDiscount);
    let discounted = head(Msg::WorkbookColDiscounted);
    let own_label = t(lang, Msg::WorkbookOwnCostsRow);
    let has_own = !s.partner_costs.is_empty();
    let mut csv_rows = csv.iter().skip(1);
    let mut row = 2;
    for k in 1..=s.horizon_years {
        for (p, partner) in s.partners.iter().enumerate() {
            let mut expected: Vec<&Vec<String>> = Vec::new();
            for _ in &s.services {
                expected.push(csv_rows.next().expect("a CSV row"));
            }
            let own_count = s
                .partner_costs
                .iter()
                .filter(|c| c.partner == p && c.year == k)
                .count();
            let own: Vec<&Vec<String>> = (0..own_count)
                .map(|_| csv_rows.next().expect("a CSV row"))
                .collect();
            for (i, e) in expected.iter().enumerate() {
                let what = format!(
                    "{}: year {k}, {}, {}",
                    case.stem, partner.name, s.services[i].name
                );
                assert_eq!(cell(grid, row, 0), k.to_string(), "{what}");
                assert_eq!(cell(grid, row, 1), e[1], "{what}: financial year");
                assert_eq!(cell(grid, row, 2), partner.name, "{what}");
                assert_eq!(cell(grid, row, 3), s.services[i].name, "{what}");
                for (col, csv_col, name) in [
                    (alone, 4, "cost alone"),
                    (shared, 5, "cost shared"),
                    (saving, 7, "saving share"),
                    (running, 8, "running cost share"),
                    (one_off, 9, "one-off share"),
                    (discounted, 11, "discounted net saving"),
                ] {
                    assert_penny(
                        num(grid, row, col, &what),
                        &e[csv_col],
                        &format!("{what}: {name}"),
                    );
                }
                let lo_net = num(grid, row, net, &what);
                let csv_net: f64 = e[6].parse().expect("a net saving");
                assert!(
                    (lo_net - csv_net).abs() <= 0.01 + 1e-9 * csv_net.abs(),
                    "{what}: net {lo_net} vs {csv_net}"
                );
                let difference = num(grid, row, alone, &what) - num(grid, row, shared, &what);
                assert_close(
                    lo_net,
                    difference,
                    &format!("{what}: net is alone − shared"),
                );
                let d: f64 = e[10].parse().expect("a discount factor");
                assert!(
                    (num(grid, row, discount, &what) - d).abs() <= 5e-7,
                    "{what}: discount factor"
                );
                row += 1;
            }
            if has_own {
                let what = format!("{}: year {k}, {}, own costs", case.stem, partner.name);
                assert_eq!(cell(grid, row, 3), own_label, "{what}");
                let total: f64 = own
                    .iter()
                    .map(|e| e[5].parse::<f64>().expect("an amount"))
                    .sum();
                assert!(
                    (num(grid, row, shared, &what) - total).abs()
                        <= 0.005 * own.len().max(1) as f64,
                    "{what}"
                );
                assert!(
                    (num(grid, row, one_off, &what) - total).abs()
                        <= 0.005 * own.len().max(1) as f64,
                    "{what}"
                );
                row += 1;
            } else {
                assert!(own.is_empty(), "{}: own costs without rows", case.stem);
            }
        }
    }
    assert!(
        csv_rows.next().is_none(),
        "{}: every CSV row is in the workbook",
        case.stem
    );
    assert!(
        cell(grid, row, 0).is_empty(),
        "{}: no row more than the CSV's",
        case.stem
    );
}

fn check_partners(case: &Case, grid: &Grid, r: &Results) {
    let lang = case.lang;
    let head = |m| column(grid, 1, t(lang, m));
    let yes = t(lang, Msg::WorkbookYes);
    let no = t(lang, Msg::WorkbookNo);
    for (partner, f) in case.scenario.partners.iter().zip(&r.partners) {
        let row = row_labelled(grid, &partner.name);
        let what = format!("{}: {}", case.stem, partner.name);
        for (m, value) in [
            (Msg::ResultsCostAlone, f.standalone),
            (Msg::ResultsPartnersShareOfShared, f.shared),
            (Msg::WorkbookColOwnCosts, f.own_costs),
            (Msg::ResultsNetSaving, f.net),
            (Msg::HeadlineNpvLabel, f.npv),
        ] {
            assert_close(
                num(grid, row, head(m), &what),
                value,
                &format!("{what}: {}", t(lang, m)),
            );
        }
        let answer = if f.worse_off() { yes } else { no };
        assert_eq!(
            cell(grid, row, head(Msg::ResultsPartnersPaysMore)),
            answer,
            "{what}"
        );
    }
}

fn check_summary(case: &Case, grid: &Grid, r: &Results) {
    let (s, lang) = (&case.scenario, case.lang);
    let value = |m: Msg| cell(grid, row_labelled(grid, t(lang, m)), 1).to_owned();
    let figure = |m: Msg| {
        number(&value(m))
            .unwrap_or_else(|| panic!("{}: {} is {:?}", case.stem, t(lang, m), value(m)))
    };
    let what = |m: Msg| format!("{}: {}", case.stem, t(lang, m));
    let none = t(lang, Msg::ReportBreakEvenValueNone);
    let not_shown = t(lang, Msg::HeadlinePerResidentNone);
    assert_eq!(
        value(Msg::WorkbookPriceBase),
        r.price_base_label,
        "{}",
        what(Msg::WorkbookPriceBase)
    );
    assert_eq!(
        value(Msg::HeadlinePaybackLabel),
        words::payback(lang, s, r),
        "{}",
        what(Msg::HeadlinePaybackLabel)
    );
    assert_eq!(
        value(Msg::WorkbookFullyInPlace),
        financial_year_label(s.first_year, r.fully_in_place_year),
        "{}",
        what(Msg::WorkbookFullyInPlace)
    );
    for (m, expected) in [
        (Msg::HeadlineNpvLabel, r.npv),
        (Msg::HeadlineRecurringLabel, r.recurring_saving),
        (Msg::WorkbookStandaloneTotal, r.standalone_total),
        (Msg::WorkbookSharedTotal, r.shared_total),
        (Msg::WorkbookNetTotal, r.net_total),
        (Msg::WorkbookOneOffTotal, r.one_off_total),
        (
            Msg::WorkbookWorseOffCount,
            r.partners.iter().filter(|p| p.worse_off()).count() as f64,
        ),
    ] {
        assert_close(figure(m), expected, &what(m));
    }
    for (m, expected, text) in [
        (
            Msg::WorkbookRecurringShare,
            r.recurring_saving_share,
            not_shown,
        ),
        (Msg::HeadlinePerResidentLabel, r.per_resident, not_shown),
        (Msg::HeadlineBreakEvenLabel, r.break_even_rate, none),
        (Msg::WorkbookBreakEvenArriving, r.break_even_arriving, none),
    ] {
        match expected {
            Some(x) => assert_close(figure(m), x, &what(m)),
            None => assert_eq!(value(m), text, "{}", what(m)),
        }
    }
    // The table of years.
    let header = row_labelled(grid, t(lang, Msg::ResultsYear));
    let head = |m| column(grid, header, t(lang, m));
    for (i, y) in r.years.iter().enumerate() {
        let row = header + 1 + i;
        let what = format!("{}: Summary, {}", case.stem, y.label);
        assert_eq!(
            cell(grid, row, head(Msg::WorkbookColFinancialYear)),
            y.label,
            "{what}"
        );
        for (m, expected) in [
            (Msg::ResultsCostAlone, y.standalone),
            (Msg::ResultsYearsCostShared, y.shared),
            (Msg::ResultsNetSaving, y.net),
            (Msg::ResultsCumulativeNetSaving, y.cumulative),
            (Msg::WorkbookColDiscount, y.discount_factor),
            (Msg::WorkbookColDiscounted, y.discounted_net),
        ] {
            assert_close(
                num(grid, row, head(m), &what),
                expected,
                &format!("{what}: {}", t(lang, m)),
            );
        }
        let paid = if y.cumulative > 0.0 { "TRUE" } else { "FALSE" };
        assert_eq!(
            cell(grid, row, head(Msg::WorkbookColPaidBack)),
            paid,
            "{what}"
        );
    }
}

fn check_cash(case: &Case, grid: &Grid, r: &Results) {
    let lang = case.lang;
    let header = row_labelled(grid, t(lang, Msg::ResultsYear));
    let head = |m| column(grid, header, t(lang, m));
    for (i, y) in r.years.iter().enumerate() {
        let row = header + 1 + i;
        let what = format!("{}: Cash, {}", case.stem, y.label);
        for (m, expected) in [
            (Msg::ResultsCostAlone, y.cash.standalone),
            (Msg::ResultsYearsCostShared, y.cash.shared),
            (Msg::ResultsNetSaving, y.cash.net),
            (Msg::ResultsCumulativeNetSaving, y.cash.cumulative),
        ] {
            assert_close(
                num(grid, row, head(m), &what),
                expected,
                &format!("{what}: {}", t(lang, m)),
            );
        }
    }
}

/// Every figure of a case, recalculated, against the engine's.
fn check(case: &Case) {
    let (_, recalculated) = cases();
    let lang = case.lang;
    let sheet = |m| recalculated.sheet(&case.stem, t(lang, m));
    let r = evaluate(&case.scenario);
    check_years(case, sheet(Msg::WorkbookSheetYears));
    check_partners(case, sheet(Msg::WorkbookSheetPartners), &r);
    check_summary(case, sheet(Msg::WorkbookSheetSummary), &r);
    check_cash(case, sheet(Msg::WorkbookSheetCash), &r);
}

#[test]
fn every_example_and_every_v2_field_recalculates_to_the_apps_figures() {
    let (cases, _) = cases();
    let written: Vec<&Case> = cases.iter().filter(|c| c.as_written()).collect();
    assert_eq!(written.len(), EXAMPLES.len() + 3);
    for case in written {
        check(case);
    }
}

#[test]
fn a_changed_input_moves_every_figure_as_the_engine_moves_it() {
    let (cases, recalculated) = cases();
    let changed: Vec<&Case> = cases.iter().filter(|c| !c.as_written()).collect();
    assert_eq!(changed.len(), 3);
    for case in changed {
        // The change matters: the figures are not those of the scenario before it.
        let before = case.npv_before_change.unwrap_or_default();
        let summary = recalculated.sheet(&case.stem, t(case.lang, Msg::WorkbookSheetSummary));
        let npv_row = row_labelled(summary, t(case.lang, Msg::HeadlineNpvLabel));
        let after = num(summary, npv_row, 1, "NPV");
        assert!(
            (after - before).abs() > 1_000.0,
            "{}: NPV {before} → {after}",
            case.stem
        );
        check(case);
    }
}

#[test]
fn the_values_stored_with_the_formulas_are_those_a_spreadsheet_works_out() {
    let (cases, recalculated) = cases();
    let mut compared = 0;
    for case in cases.iter().filter(|c| c.as_written()) {
        let files = unzip(&case.bytes);
        let names = [
            Msg::WorkbookSheetInputs,
            Msg::WorkbookSheetYears,
            Msg::WorkbookSheetPartners,
            Msg::WorkbookSheetSummary,
            Msg::WorkbookSheetCash,
            Msg::WorkbookSheetMethod,
        ];
        for (n, name) in names.into_iter().enumerate() {
            let grid = recalculated.sheet(&case.stem, t(case.lang, name));
            for stored in stored_cells(&sheet_xml(&files, n + 1)) {
                let Some(formula) = &stored.formula else {
                    continue;
                };
                let (row, col) = row_col(&stored.address);
                let lo = cell(grid, row, col);
                let what = format!(
                    "{}: {}!{} = {formula}",
                    case.stem,
                    t(case.lang, name),
                    stored.address
                );
                assert!(!stored.value.is_empty(), "{what}: no stored value");
                match stored.kind.as_str() {
                    "str" => assert_eq!(lo, stored.value, "{what}"),
                    "b" => assert_eq!(
                        lo,
                        if stored.value == "1" { "TRUE" } else { "FALSE" },
                        "{what}"
                    ),
                    _ => {
                        let cached: f64 = stored.value.parse().expect("a stored number");
                        let lo = number(lo)
                            .unwrap_or_else(|| panic!("{what}: LibreOffice gives {lo:?}"));
                        assert!(
                            (lo - cached).abs() <= 1e-9 * cached.abs().max(1.0),
                            "{what}: stored {cached}, recalculated {lo}"
                        );
                    }
                }
                compared += 1;
            }
        }
    }
    assert!(compared > 10_000, "only {compared} formulas compared");
}
