//! Options appraisal: several ways of sharing side by side, each against "do nothing" (every
//! partner running its own services), as the Green Book lays out a business case. Pure: it
//! turns each option's results into the comparison table and the paragraph, in the reader's
//! language, and the CSV, which is machine-readable and so always in English.
//!
//! Options are ranked only when their figures are measured the same way: the same years
//! appraised, discount rate, price base, first year, cost growth and currency. Otherwise the
//! table marks no best option and the paragraph says which assumption differs and why.

use crate::engine::{
    format_money, format_money_compact, results_csv, text_field, Results, Scenario, CSV_HEADER,
};
use crate::i18n::{count, fill, t, Lang, Msg};
use crate::report::words;
use crate::report::words::join;

/// The most options a comparison holds: the link format's limit.
pub use crate::codec::link::MAX_OPTIONS;

/// One option: its scenario and the engine's results for it.
pub struct Compared<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// Its figures.
    pub results: &'a Results,
}

/// The letter an option is known by in tables and charts: A, B, C, D.
pub fn letter(index: usize) -> char {
    (b'A' + (index % 26) as u8) as char
}

/// An option's name: its letter and its scenario's title ("A: Share HR only"), or "Option B"
/// in `lang` when the scenario has no title.
pub fn name(lang: Lang, index: usize, s: &Scenario) -> String {
    let title = s.title.trim();
    if title.is_empty() {
        fill(
            lang,
            Msg::CompareOptionUntitled,
            &[("letter", &letter(index))],
        )
    } else {
        format!("{}: {title}", letter(index))
    }
}

/// One row of the comparison table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What the row shows, in the reader's language.
    pub label: &'static str,
    /// One cell per option, as shown.
    pub cells: Vec<String>,
    /// The options that are best in this row (several when tied; none when nothing compares).
    pub best: Vec<usize>,
}

/// An assumption that must be the same in every option for their figures to be comparable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// The number of years appraised.
    Years,
    /// The real discount rate.
    DiscountRate,
    /// The price base year (and so the present-value year).
    PriceBase,
    /// The first financial year.
    FirstYear,
    /// The yearly real cost growth.
    CostGrowth,
    /// The display currency.
    Currency,
}

impl Assumption {
    /// Every assumption, in the order the paragraph names them.
    const ALL: [Assumption; 6] = [
        Assumption::Years,
        Assumption::DiscountRate,
        Assumption::PriceBase,
        Assumption::FirstYear,
        Assumption::CostGrowth,
        Assumption::Currency,
    ];

    /// Whether `a` and `b` make the same assumption.
    fn same(self, a: &Scenario, b: &Scenario) -> bool {
        match self {
            Assumption::Years => a.horizon_years == b.horizon_years,
            Assumption::DiscountRate => a.discount_rate == b.discount_rate,
            Assumption::PriceBase => a.price_base() == b.price_base(),
            Assumption::FirstYear => a.first_year == b.first_year,
            Assumption::CostGrowth => a.cost_growth == b.cost_growth,
            Assumption::Currency => a.currency == b.currency,
        }
    }

    /// The assumption in words, as the paragraph names it.
    fn words(self, lang: Lang) -> String {
        t(
            lang,
            match self {
                Assumption::Years => Msg::CompareDiffersYears,
                Assumption::DiscountRate => Msg::CompareDiffersDiscountRate,
                Assumption::PriceBase => Msg::CompareDiffersPriceBase,
                Assumption::FirstYear => Msg::CompareDiffersFirstYear,
                Assumption::CostGrowth => Msg::CompareDiffersCostGrowth,
                Assumption::Currency => Msg::CompareDiffersCurrency,
            },
        )
        .to_owned()
    }
}

/// The assumptions in which some option differs from the first: empty when the options can be
/// ranked against each other.
pub fn differences(options: &[Compared]) -> Vec<Assumption> {
    let Some((first, rest)) = options.split_first() else {
        return Vec::new();
    };
    Assumption::ALL
        .into_iter()
        .filter(|a| rest.iter().any(|o| !a.same(first.scenario, o.scenario)))
        .collect()
}

/// The financial year an option pays back in, as its first calendar year (2029 for 2029/30),
/// so that options are compared by the year on the calendar, not by their year numbers.
fn payback_year(o: &Compared) -> Option<i64> {
    o.results
        .payback
        .as_ref()
        .map(|p| i64::from(o.scenario.first_year) + i64::from(p.year) - 1)
}

/// Indices of the options whose key is best (largest after `key`), ignoring `None`.
fn best_by(options: &[Compared], key: impl Fn(&Compared) -> Option<f64>) -> Vec<usize> {
    let keys: Vec<Option<f64>> = options.iter().map(&key).collect();
    let top = keys
        .iter()
        .flatten()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    if !top.is_finite() || options.len() < 2 {
        return Vec::new();
    }
    keys.iter()
        .enumerate()
        .filter(|(_, k)| k.is_some_and(|k| (k - top).abs() < 0.005))
        .map(|(i, _)| i)
        .collect()
}

/// The partner who gains least under an option, and its NPV.
fn least_gain(o: &Compared) -> Option<(String, f64)> {
    o.scenario
        .partners
        .iter()
        .zip(&o.results.partners)
        .min_by(|a, b| a.1.npv.total_cmp(&b.1.npv))
        .map(|(p, f)| (p.name.clone(), f.npv))
}

/// The comparison table: recurring saving, one-off cost, NPV, payback year, break-even rate
/// and the partner who gains least, each with the best option marked when the options are
/// comparable ([`differences`]). The row names are the headline figures' own names, so the
/// table and the headlines say the same thing.
pub fn rows(lang: Lang, options: &[Compared]) -> Vec<Row> {
    let currency = |o: &Compared| o.scenario.currency.clone();
    let comparable = differences(options).is_empty();
    let row =
        |label, cell: &dyn Fn(&Compared) -> String, key: &dyn Fn(&Compared) -> Option<f64>| Row {
            label: t(lang, label),
            cells: options.iter().map(cell).collect(),
            best: if comparable {
                best_by(options, key)
            } else {
                Vec::new()
            },
        };
    vec![
        row(
            Msg::HeadlineRecurringLabel,
            &|o| format_money(o.results.recurring_saving, &currency(o)),
            &|o| Some(o.results.recurring_saving),
        ),
        row(
            Msg::CompareRowOneOff,
            &|o| format_money(o.results.one_off_total, &currency(o)),
            &|o| Some(-o.results.one_off_total),
        ),
        row(
            Msg::HeadlineNpvLabel,
            &|o| format_money(o.results.npv, &currency(o)),
            &|o| Some(o.results.npv),
        ),
        row(
            Msg::HeadlinePaybackLabel,
            &|o| words::payback(lang, o.scenario, o.results),
            &|o| payback_year(o).map(|year| -(year as f64)),
        ),
        row(
            Msg::HeadlineBreakEvenLabel,
            &|o| words::break_even_value(lang, o.results),
            &|o| o.results.break_even_rate.map(|r| -r),
        ),
        row(
            Msg::CompareRowLeastGain,
            &|o| {
                least_gain(o).map_or_else(String::new, |(n, v)| {
                    format!("{n} ({})", format_money(v, &currency(o)))
                })
            },
            &|o| least_gain(o).map(|(_, v)| v),
        ),
    ]
}

/// A paragraph comparing the options in `lang`, e.g. "B: … is worth most: a net present value
/// of £12m over 10 years, … But it pays back 2 years later than A: …"; or, when the options
/// make different assumptions, which ones and why they are not ranked.
pub fn summary(lang: Lang, options: &[Compared]) -> String {
    let differ = differences(options);
    if !differ.is_empty() {
        let named: Vec<String> = differ.iter().map(|a| a.words(lang)).collect();
        return fill(
            lang,
            Msg::CompareNotComparable,
            &[("assumptions", &join(lang, &named))],
        );
    }
    let Some((best, top)) = options
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.results.npv.total_cmp(&b.1.results.npv))
    else {
        return String::new();
    };
    let c = &top.scenario.currency;
    let years = |n: u32| count(lang, Msg::CountYears, n.into(), &[]);
    let mut text = fill(
        lang,
        Msg::CompareSummaryBest,
        &[
            ("name", &name(lang, best, top.scenario)),
            ("npv", &format_money_compact(top.results.npv, c, lang)),
            ("years", &years(top.scenario.horizon_years)),
        ],
    );
    let earliest = options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let label = o.results.payback.as_ref()?.label.clone();
            Some((i, payback_year(o)?, label, name(lang, i, o.scenario)))
        })
        .min_by_key(|(_, year, _, _)| *year);
    let but = match (payback_year(top), earliest) {
        (Some(own), Some((i, year, label, other))) if i != best && year < own => Some(fill(
            lang,
            Msg::CompareSummaryLater,
            &[
                (
                    "years",
                    &years(u32::try_from(own - year).unwrap_or(u32::MAX)),
                ),
                ("other", &other),
                ("label", &label),
            ],
        )),
        (None, Some((_, _, label, other))) => Some(fill(
            lang,
            Msg::CompareSummaryNever,
            &[("other", &other), ("label", &label)],
        )),
        _ => None,
    };
    if let Some(but) = but {
        text.push(' ');
        text.push_str(&but);
    }
    let losing: Vec<String> = options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.results.npv < 0.0)
        .map(|(i, o)| name(lang, i, o.scenario))
        .collect();
    if !losing.is_empty() {
        text.push(' ');
        text.push_str(&fill(
            lang,
            Msg::CompareSummaryLosing,
            &[("names", &join(lang, &losing))],
        ));
    }
    text
}

/// The CSV of every option: with one option exactly the spec's CSV; with more, an `option`
/// column first holding each option's name. Like the spec's header row, the names are in
/// English ("Option B" for an untitled one) whatever the page's language, so a file reads
/// the same to every program that opens it.
pub fn csv(options: &[Compared]) -> String {
    if let [only] = options {
        return results_csv(only.scenario, only.results);
    }
    let mut out = format!("option,{CSV_HEADER}\r\n");
    for (i, o) in options.iter().enumerate() {
        let field = text_field(&name(Lang::En, i, o.scenario));
        for line in results_csv(o.scenario, o.results)
            .split_terminator("\r\n")
            .skip(1)
        {
            out.push_str(&field);
            out.push(',');
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate, Partner, Service, Split, FORMAT_VERSION};

    /// Each scenario beside its figures, in order, as the page hands them to this module.
    fn compared<'a>(scenarios: &'a [Scenario], results: &'a [Results]) -> Vec<Compared<'a>> {
        scenarios
            .iter()
            .zip(results)
            .map(|(scenario, results)| Compared { scenario, results })
            .collect()
    }

    /// Two partners spending 1m and 0.5m on finance, a 200k one-off cost, five years at 0%.
    fn option(title: &str, saving_rate: f64) -> Scenario {
        Scenario {
            version: FORMAT_VERSION,
            title: title.into(),
            currency: "GBP".into(),
            first_year: 2027,
            horizon_years: 5,
            discount_rate: 0.0,
            cost_growth: 0.0,
            realisation: 1.0,
            optimism_bias: 0.0,
            partners: vec![
                Partner {
                    name: "Alpha".into(),
                    population: None,
                },
                Partner {
                    name: "Beta".into(),
                    population: None,
                },
            ],
            services: vec![Service {
                name: "Finance".into(),
                baseline: vec![1_000_000.0, 500_000.0],
                saving_rate,
                ramp_years: 1,
                one_off_cost: if saving_rate > 0.2 {
                    1_000_000.0
                } else {
                    200_000.0
                },
                running_cost_rate: 0.0,
                split: Split::Baseline,
                ..Service::default()
            }],
            uncertainty: None,
            ..Scenario::default()
        }
    }

    #[test]
    fn the_table_marks_the_best_option_in_each_row() {
        // A: 10% of 1.5m = 150k a year, one-off 200k: net -50k, then 150k a year.
        //    Cumulative -50k, 100k (pays back 2028/29), ... NPV at 0% = -50k + 4 × 150k = 550k.
        // B: 30% = 450k a year, one-off 1m: net -550k, then 450k a year.
        //    Cumulative -550k, -100k, 350k (pays back 2029/30), ... NPV = -550k + 4 × 450k = 1.25m.
        let scenarios = [option("Finance only", 0.1), option("Bigger change", 0.3)];
        let results: Vec<Results> = scenarios.iter().map(evaluate).collect();
        let options = compared(&scenarios, &results);
        let table = rows(Lang::En, &options);
        let row = |label: &str| table.iter().find(|r| r.label == label).expect("row");
        assert_eq!(
            row("Net present value").cells,
            vec!["£550,000", "£1,250,000"]
        );
        assert_eq!(row("Net present value").best, vec![1]);
        assert_eq!(row("Recurring saving a year").best, vec![1]);
        assert_eq!(row("One-off cost").best, vec![0]);
        assert_eq!(row("Pays back in").cells, vec!["2028/29", "2029/30"]);
        assert_eq!(row("Pays back in").best, vec![0]);
        // Baseline split: Alpha pays two thirds. A: Alpha's NPV = 5 × 1m − 2/3 × (5 × 1.35m + 0.2m) = 366,666.67.
        assert_eq!(
            row("Partner who gains least (their NPV)").cells[0],
            "Beta (£183,333)"
        );
        let words = summary(Lang::En, &options);
        assert!(
            words.starts_with("B: Bigger change is worth most"),
            "{words}"
        );
        assert!(
            words.contains(
                "pays back 1 year later than A: Finance only, which pays back in 2028/29"
            ),
            "{words}"
        );
    }

    #[test]
    fn the_table_and_paragraph_are_written_in_welsh() {
        let scenarios = [
            option("Finance only", 0.1),
            option("Bigger change", 0.3),
            option("", 0.0),
        ];
        let results: Vec<Results> = scenarios.iter().map(evaluate).collect();
        let options = compared(&scenarios, &results);
        let labels: Vec<&str> = rows(Lang::Cy, &options).iter().map(|r| r.label).collect();
        assert_eq!(
            labels,
            vec![
                "Arbediad cylchol y flwyddyn",
                "Cost untro",
                "Gwerth presennol net",
                "Blwyddyn ad-dalu",
                "Cyfradd arbed adennill costau",
                "Y partner sy'n elwa leiaf (ei werth presennol net)",
            ]
        );
        assert_eq!(
            summary(Lang::Cy, &options),
            "B: Bigger change yw'r opsiwn mwyaf gwerthfawr: gwerth presennol net o £1.3m dros \
             5 o flynyddoedd, o'i gymharu â phob partner yn rhedeg ei wasanaethau ei hun. \
             Ond mae'n talu'n ôl 1 flwyddyn yn hwyrach nag A: Finance only, sy'n talu'n ôl yn \
             2028/29. Byddai Opsiwn C yn costio mwy na gwneud dim."
        );
        assert!(
            summary(Lang::En, &options).ends_with(" Option C would cost more than doing nothing.")
        );
        // The CSV stays in English for programs, whatever the page's language.
        assert!(csv(&options).contains("\r\nOption C,1,2027/28,"));
    }

    #[test]
    fn one_option_gives_the_spec_csv_and_more_add_an_option_column() {
        let scenarios = [option("=Finance only", 0.1), option("Bigger change", 0.3)];
        let results: Vec<Results> = scenarios.iter().map(evaluate).collect();
        assert_eq!(
            csv(&compared(&scenarios[..1], &results[..1])),
            results_csv(&scenarios[0], &results[0])
        );
        let text = csv(&compared(&scenarios, &results));
        let lines: Vec<&str> = text.split_terminator("\r\n").collect();
        assert_eq!(lines[0], format!("option,{CSV_HEADER}"));
        assert_eq!(lines.len(), 1 + 2 * 5 * 2);
        assert_eq!(
            lines[1],
            // Alpha pays two thirds: of the saving 150,000, of the one-off cost 200,000.
            "A: =Finance only,1,2027/28,Alpha,Finance,1000000.00,1033333.33,-33333.33,\
             100000.00,0.00,133333.33,1.000000,-33333.33"
        );
        assert!(lines[11].starts_with("B: Bigger change,1,2027/28,Alpha,Finance,"));
    }

    #[test]
    fn options_on_different_assumptions_are_not_ranked() {
        let mut bigger = option("Bigger change", 0.3);
        bigger.discount_rate = 0.05;
        bigger.currency = "EUR".into();
        let scenarios = [option("Finance only", 0.1), bigger];
        let results: Vec<Results> = scenarios.iter().map(evaluate).collect();
        let options = compared(&scenarios, &results);
        assert_eq!(
            differences(&options),
            [Assumption::DiscountRate, Assumption::Currency]
        );
        assert!(rows(Lang::En, &options).iter().all(|r| r.best.is_empty()));
        assert_eq!(
            summary(Lang::En, &options),
            "The options are not ranked against each other: they differ in the discount rate and \
             the currency. Figures worked out on different assumptions are not comparable. Make \
             these the same in every option to rank them."
        );
        assert!(summary(Lang::Cy, &options)
            .contains("o ran y canlynol: cyfradd ddisgowntio ac arian cyfred."));
        // The same price base written two ways is the same assumption.
        let mut same = scenarios.clone();
        same[1] = option("Bigger change", 0.3);
        same[1].price_base_year = Some(2027);
        let results: Vec<Results> = same.iter().map(evaluate).collect();
        assert_eq!(differences(&compared(&same, &results)), []);
        same[1].price_base_year = Some(2026);
        same[1].first_year = 2028;
        let results: Vec<Results> = same.iter().map(evaluate).collect();
        assert_eq!(
            differences(&compared(&same, &results)),
            [Assumption::PriceBase, Assumption::FirstYear]
        );
    }

    #[test]
    fn payback_is_compared_by_financial_year() {
        // A pays back in its Year 2, 2028/29; B in its Year 1, but B's Year 1 is 2029/30 (first
        // year 2029). By year numbers B would be earlier; by the calendar A is.
        let a = option("Finance only", 0.1);
        let b = option("Bigger change", 0.3);
        let row = |scenarios: &[Scenario]| {
            let results: Vec<Results> = scenarios.iter().map(evaluate).collect();
            let options = compared(scenarios, &results);
            let keys: Vec<Option<i64>> = options.iter().map(payback_year).collect();
            keys
        };
        let mut late = b.clone();
        late.first_year = 2029;
        late.services[0].one_off_cost = 0.0;
        assert_eq!(row(&[a, late]), [Some(2028), Some(2029)]);
    }

    #[test]
    fn names_use_letters_and_titles() {
        assert_eq!(letter(0), 'A');
        assert_eq!(letter(3), 'D');
        let mut s = option("", 0.1);
        assert_eq!(name(Lang::En, 1, &s), "Option B");
        assert_eq!(name(Lang::Cy, 1, &s), "Opsiwn B");
        s.title = " Share HR ".into();
        assert_eq!(name(Lang::En, 2, &s), "C: Share HR");
        assert_eq!(name(Lang::Cy, 2, &s), "C: Share HR");
    }
}
