//! Worked examples: every expected figure below was worked out by hand (the working is in the
//! comments), not copied from the engine's output. Amounts must match to the penny.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use sharecalc_core::engine::{
    evaluate, financial_year_label, Partner, Results, Scenario, Service, Split, FORMAT_VERSION,
};

mod figures_common;
use figures_common::{close, penny};

fn partner(name: &str, population: Option<f64>) -> Partner {
    Partner {
        name: name.to_owned(),
        population,
    }
}

fn scenario(horizon_years: u32, partners: Vec<Partner>, services: Vec<Service>) -> Scenario {
    Scenario {
        version: FORMAT_VERSION,
        title: "Worked example".to_owned(),
        currency: "GBP".to_owned(),
        first_year: 2027,
        horizon_years,
        discount_rate: 0.0,
        cost_growth: 0.0,
        realisation: 1.0,
        optimism_bias: 0.0,
        partners,
        services,
        uncertainty: None,
        ..Scenario::default()
    }
}

fn cell(r: &Results, k_index: usize, p: usize, s: usize) -> (f64, f64, f64) {
    let c = r.cell(k_index, p, s).expect("cell in range");
    (c.standalone, c.shared, c.net)
}

/// Example 1: two partners, one service, no growth, no discounting, savings in full at once.
fn example_one() -> Scenario {
    scenario(
        3,
        vec![partner("Avon", None), partner("Brent", None)],
        vec![Service {
            name: "Payroll".to_owned(),
            baseline: vec![100_000.0, 300_000.0],
            saving_rate: 0.2,
            ramp_years: 1,
            one_off_cost: 50_000.0,
            running_cost_rate: 0.0,
            split: Split::Baseline,
            ..Service::default()
        }],
    )
}

#[test]
fn example_one_two_partners_one_service() {
    // C = 100,000 + 300,000 = 400,000 every year (no growth).
    // S = 400,000 × 0.2 × 1 × min(1, k/1) = 80,000 every year. R = 0. O(1) = 50,000.
    // T1 = 400,000 − 80,000 + 50,000 = 370,000, N1 = 30,000; T2 = T3 = 320,000, N = 80,000.
    // Cumulative 30,000, 110,000, 190,000: pays back in Year 1 (2027/28). D = 1, NPV = 190,000.
    let r = evaluate(&example_one());
    let expected = [
        (400_000.0, 370_000.0, 30_000.0, 30_000.0),
        (400_000.0, 320_000.0, 80_000.0, 110_000.0),
        (400_000.0, 320_000.0, 80_000.0, 190_000.0),
    ];
    assert_eq!(r.years.len(), 3);
    for (y, (standalone, shared, net, cumulative)) in r.years.iter().zip(expected) {
        penny(y.standalone, standalone, "standalone");
        penny(y.shared, shared, "shared");
        penny(y.net, net, "net");
        penny(y.cumulative, cumulative, "cumulative");
        close(y.discount_factor, 1.0, "discount factor");
        penny(y.discounted_net, net, "discounted net");
    }
    assert_eq!(
        r.years.iter().map(|y| y.label.as_str()).collect::<Vec<_>>(),
        ["2027/28", "2028/29", "2029/30"]
    );
    penny(r.npv, 190_000.0, "NPV");
    let payback = r.payback.as_ref().expect("pays back");
    assert_eq!((payback.year, payback.label.as_str()), (1, "2027/28"));

    // Baseline split: Avon 100/400 = 0.25, Brent 0.75.
    // Year 1: Avon T = 0.25 × 370,000 = 92,500, N = 100,000 − 92,500 = 7,500; Brent T = 277,500, N = 22,500.
    // Year 2: Avon T = 80,000, N = 20,000; Brent T = 240,000, N = 60,000.
    assert_eq!(cell(&r, 0, 0, 0), (100_000.0, 92_500.0, 7_500.0));
    assert_eq!(cell(&r, 0, 1, 0), (300_000.0, 277_500.0, 22_500.0));
    assert_eq!(cell(&r, 1, 0, 0), (100_000.0, 80_000.0, 20_000.0));
    assert_eq!(cell(&r, 2, 1, 0), (300_000.0, 240_000.0, 60_000.0));
    assert!(r.cell(3, 0, 0).is_none() && r.cell(0, 2, 0).is_none() && r.cell(0, 0, 1).is_none());

    // Avon over 3 years: standalone 300,000, shared 92,500 + 2 × 80,000 = 252,500, net 47,500.
    // Brent: 900,000, 277,500 + 2 × 240,000 = 757,500, net 142,500. D = 1 so NPV = net.
    let avon = &r.partners[0];
    penny(avon.standalone, 300_000.0, "Avon standalone");
    penny(avon.shared, 252_500.0, "Avon shared");
    penny(avon.net, 47_500.0, "Avon net");
    penny(avon.npv, 47_500.0, "Avon NPV");
    penny(r.partners[1].net, 142_500.0, "Brent net");
    penny(r.partners[1].npv, 142_500.0, "Brent NPV");

    // Service totals: standalone 1,200,000, shared 370,000 + 640,000 = 1,010,000, one-off 50,000.
    let s = &r.services[0];
    penny(s.standalone, 1_200_000.0, "service standalone");
    penny(s.shared, 1_010_000.0, "service shared");
    penny(s.net, 190_000.0, "service net");
    penny(s.one_off, 50_000.0, "service one-off");
    penny(s.npv, 190_000.0, "service NPV");

    // Recurring: 400,000 × (0.2 × 1 − 0) = 80,000, 20% of 400,000. No populations: no per resident.
    penny(r.recurring_saving, 80_000.0, "recurring");
    close(
        r.recurring_saving_share.expect("spend"),
        0.2,
        "recurring share",
    );
    assert_eq!(r.per_resident, None);
    // Break-even: Σ D (R + O) = 50,000; 1 × Σ D C r = 3 × 400,000 = 1,200,000; r* = 1/24.
    close(
        r.break_even_rate.expect("divisor"),
        1.0 / 24.0,
        "break-even",
    );
    penny(r.baseline_year1, 400_000.0, "baseline year 1");
    penny(r.one_off_total, 50_000.0, "one-off total");
    penny(r.standalone_total, 1_200_000.0, "standalone total");
    penny(r.shared_total, 1_010_000.0, "shared total");
    penny(r.net_total, 190_000.0, "net total");
}

/// Example 2: three partners, two services, ramps, optimism bias, discounting, population and
/// driver splits, and a payback in Year 3.
fn example_two() -> Scenario {
    let mut s = scenario(
        5,
        vec![
            partner("Heron", Some(100_000.0)),
            partner("Kestrel", Some(150_000.0)),
            partner("Osprey", Some(250_000.0)),
        ],
        vec![
            Service {
                name: "Revenues".to_owned(),
                baseline: vec![1_000_000.0, 1_500_000.0, 2_500_000.0],
                saving_rate: 0.3,
                ramp_years: 3,
                one_off_cost: 1_000_000.0,
                running_cost_rate: 0.02,
                split: Split::Population,
                ..Service::default()
            },
            Service {
                name: "Legal".to_owned(),
                baseline: vec![200_000.0, 300_000.0, 500_000.0],
                saving_rate: 0.15,
                ramp_years: 2,
                one_off_cost: 200_000.0,
                running_cost_rate: 0.0,
                split: Split::Driver {
                    label: "Cases".to_owned(),
                    values: vec![10.0, 30.0, 60.0],
                },
                ..Service::default()
            },
        ],
    );
    s.discount_rate = 0.035;
    s.optimism_bias = 0.5;
    s
}

#[test]
fn example_two_ramps_bias_discounting_and_splits() {
    // Revenues: C = 5,000,000; full saving 30% = 1,500,000, ramped over 3 years: 1/3, 2/3, 1.
    //   S = 500,000, 1,000,000, 1,500,000…; R = 2% = 100,000; O(1) = 1,000,000 × 1.5 = 1,500,000.
    //   T1 = 5,000,000 − 500,000 + 100,000 + 1,500,000 = 6,100,000   N1 = −1,100,000
    //   T2 = 5,000,000 − 1,000,000 + 100,000 = 4,100,000              N2 = 900,000
    //   T3.. = 3,600,000                                              N3.. = 1,400,000
    // Legal: C = 1,000,000; full saving 15% = 150,000, ramped over 2 years: 75,000 then 150,000;
    //   O(1) = 200,000 × 1.5 = 300,000. T1 = 1,225,000 (N1 = −225,000), T2.. = 850,000 (N = 150,000).
    // Yearly N: −1,325,000, 1,050,000, 1,550,000 ×3; cumulative −1,325,000, −275,000, 1,275,000:
    // pays back in Year 3, 2029/30.
    let r = evaluate(&example_two());
    let nets = [
        -1_325_000.0,
        1_050_000.0,
        1_550_000.0,
        1_550_000.0,
        1_550_000.0,
    ];
    let shared = [
        7_325_000.0,
        4_950_000.0,
        4_450_000.0,
        4_450_000.0,
        4_450_000.0,
    ];
    for ((y, net), shared) in r.years.iter().zip(nets).zip(shared) {
        penny(y.standalone, 6_000_000.0, "standalone");
        penny(y.shared, shared, "shared");
        penny(y.net, net, "net");
    }
    let payback = r.payback.as_ref().expect("pays back");
    assert_eq!((payback.year, payback.label.as_str()), (3, "2029/30"));
    penny(r.years[1].cumulative, -275_000.0, "cumulative year 2");

    // D_k = 1.035^−(k−1): 1, 0.9661835749, 0.9335107004, 0.9019427057, 0.8714422277.
    close(r.years[1].discount_factor, 0.966_183_574_879_227_1, "D2");
    close(r.years[4].discount_factor, 0.871_442_227_698_572_4, "D5");
    // NPV = −1,325,000 + 1,050,000 × 0.9661835749 + 1,550,000 × (0.9335107004 + 0.9019427057
    //       + 0.8714422277) = −1,325,000 + 1,014,492.75 + 4,195,688.23 = 3,885,180.99
    penny(r.npv, 3_885_180.985_909_335, "NPV");
    penny(
        r.years[1].discounted_net,
        1_014_492.753_623_188_5,
        "discounted net year 2",
    );

    // Weights: Revenues by population 100k/150k/250k of 500k = 0.2, 0.3, 0.5;
    // Legal by cases 10/30/60 of 100 = 0.1, 0.3, 0.6.
    // Heron year 1: A = 1,000,000 + 200,000; T = 0.2 × 6,100,000 + 0.1 × 1,225,000 = 1,342,500.
    let (a, t, n) = cell(&r, 0, 0, 0);
    penny(a, 1_000_000.0, "Heron Revenues standalone year 1");
    penny(t, 1_220_000.0, "Heron Revenues shared year 1");
    penny(n, -220_000.0, "Heron Revenues net year 1");
    let (_, legal_shared, legal_net) = cell(&r, 0, 0, 1);
    penny(legal_shared, 122_500.0, "Heron Legal shared year 1");
    penny(legal_net, 77_500.0, "Heron Legal net year 1");
    // Osprey year 2: Legal T = 0.6 × 850,000 = 510,000, N = 500,000 − 510,000 = −10,000.
    let (a, t, n) = cell(&r, 1, 2, 1);
    penny(a, 500_000.0, "Osprey Legal standalone year 2");
    penny(t, 510_000.0, "Osprey Legal shared year 2");
    penny(n, -10_000.0, "Osprey Legal net year 2");

    // Partner nets per year (A − T):
    //   Heron   A 1,200,000: −142,500, 295,000, 395,000 ×3 → 1,337,500
    //   Kestrel A 1,800,000: −397,500, 315,000, 465,000 ×3 → 1,312,500
    //   Osprey  A 3,000,000: −785,000, 440,000, 690,000 ×3 → 1,725,000
    // Partner NPVs with the D_k above: 1,211,747.93, 1,165,554.30, 1,507,878.76 (sum 3,885,180.99).
    let expected = [
        (1_337_500.0, 1_211_747.929_913_906),
        (1_312_500.0, 1_165_554.295_772_800_7),
        (1_725_000.0, 1_507_878.760_222_628_5),
    ];
    for (p, (net, npv)) in r.partners.iter().zip(expected) {
        penny(p.net, net, "partner net");
        penny(p.npv, npv, "partner NPV");
    }
    penny(r.partners[0].standalone, 6_000_000.0, "Heron standalone");

    // Recurring: 5,000,000 × (0.3 − 0.02) + 1,000,000 × 0.15 = 1,550,000, of 6,000,000 = 25.83%;
    // per resident 1,550,000 / 500,000 = 3.10.
    penny(r.recurring_saving, 1_550_000.0, "recurring");
    close(
        r.recurring_saving_share.expect("spend"),
        1_550_000.0 / 6_000_000.0,
        "share",
    );
    penny(r.per_resident.expect("populations"), 3.10, "per resident");
    penny(r.one_off_total, 1_800_000.0, "one-off total");

    // Break-even: Σ D Σ (R + O) = 1,800,000 + 100,000 × ΣD (ΣD = 4.6730792086) = 2,267,307.92;
    // Σ D Σ C r = 2,166,666.67 + 4,333,333.33 × 0.9661835749 + 6,000,000 × 2.7068956338
    //           = 22,594,835.96; r* = 0.1003462882.
    close(
        r.break_even_rate.expect("divisor"),
        0.100_346_288_189_664_4,
        "break-even",
    );
}

/// Example 3: 2% real cost growth, half the savings realised, a running cost, an equal split.
#[test]
fn example_three_growth_realisation_running_cost() {
    let mut s = scenario(
        3,
        vec![
            partner("North", Some(40_000.0)),
            partner("South", Some(60_000.0)),
        ],
        vec![Service {
            name: "Waste".to_owned(),
            baseline: vec![2_000_000.0, 3_000_000.0],
            saving_rate: 0.2,
            ramp_years: 1,
            one_off_cost: 0.0,
            running_cost_rate: 0.03,
            split: Split::Equal,
            ..Service::default()
        }],
    );
    s.cost_growth = 0.02;
    s.realisation = 0.5;
    s.discount_rate = 0.05;
    s.first_year = 2099;
    let r = evaluate(&s);
    // G = 1, 1.02, 1.0404: C = 5,000,000, 5,100,000, 5,202,000.
    // S = C × 0.2 × 0.5 = 0.1 C; R = 0.03 C; T = 0.93 C; N = 0.07 C = 350,000, 357,000, 364,140.
    let expected = [
        (5_000_000.0, 4_650_000.0, 350_000.0),
        (5_100_000.0, 4_743_000.0, 357_000.0),
        (5_202_000.0, 4_837_860.0, 364_140.0),
    ];
    for (y, (standalone, shared, net)) in r.years.iter().zip(expected) {
        penny(y.standalone, standalone, "standalone");
        penny(y.shared, shared, "shared");
        penny(y.net, net, "net");
    }
    assert_eq!(
        r.years.iter().map(|y| y.label.as_str()).collect::<Vec<_>>(),
        ["2099/00", "2100/01", "2101/02"]
    );
    // Equal split: each partner pays half of T: 2,325,000, 2,371,500, 2,418,930.
    // North A = 2,000,000, 2,040,000, 2,080,800 → N = −325,000, −331,500, −338,130 (−994,630).
    // South A = 3,000,000, 3,060,000, 3,121,200 → N = 675,000, 688,500, 702,270 (2,065,770).
    let (a, t, n) = cell(&r, 2, 0, 0);
    penny(a, 2_080_800.0, "North standalone year 3");
    penny(t, 2_418_930.0, "North shared year 3");
    penny(n, -338_130.0, "North net year 3");
    penny(r.partners[0].net, -994_630.0, "North net");
    penny(r.partners[1].net, 2_065_770.0, "South net");
    penny(r.partners[1].standalone, 9_181_200.0, "South standalone");
    // NPV at 5%: 350,000 + 357,000 / 1.05 + 364,140 / 1.1025 = 350,000 + 340,000 + 330,285.71.
    penny(r.npv, 1_020_285.714_285_714, "NPV");
    // North: −325,000 − 331,500 / 1.05 − 338,130 / 1.1025 = −325,000 − 315,714.29 − 306,693.88.
    penny(r.partners[0].npv, -947_408.163_265_306, "North NPV");
    // South: 675,000 + 688,500 / 1.05 + 702,270 / 1.1025 = 675,000 + 655,714.29 + 636,979.59.
    penny(r.partners[1].npv, 1_967_693.877_551_02, "South NPV");
    // Recurring: 5,000,000 × (0.2 × 0.5 − 0.03) = 350,000 = 7%; per resident 350,000 / 100,000.
    penny(r.recurring_saving, 350_000.0, "recurring");
    close(r.recurring_saving_share.expect("spend"), 0.07, "share");
    penny(r.per_resident.expect("populations"), 3.5, "per resident");
    // Break-even: R = 0.03 C and r = 1, so r* = 0.03 Σ D C / (0.5 Σ D C) = 0.06.
    close(r.break_even_rate.expect("divisor"), 0.06, "break-even");
    let payback = r.payback.expect("pays back");
    assert_eq!((payback.year, payback.label.as_str()), (1, "2099/00"));
    penny(r.standalone_total, 15_302_000.0, "standalone total");
    penny(r.shared_total, 14_230_860.0, "shared total");
}

#[test]
fn never_paying_back_has_no_payback_and_no_break_even_without_savings_to_scale() {
    // Saving 0, a one-off cost: every N_k ≤ 0, so no payback. Realisation 0: the break-even
    // divisor is 0, so there is no break-even rate.
    let mut s = example_one();
    s.services[0].saving_rate = 0.0;
    s.realisation = 0.0;
    let r = evaluate(&s);
    assert_eq!(r.payback, None);
    assert_eq!(r.break_even_rate, None);
    penny(r.npv, -50_000.0, "NPV");
}

#[test]
fn payback_needs_the_cumulative_strictly_above_zero() {
    // One-off 80,000 against 80,000 a year: cumulative 0 in Year 1 (not payback), 80,000 in Year 2.
    let mut s = example_one();
    s.services[0].one_off_cost = 80_000.0;
    let r = evaluate(&s);
    penny(r.years[0].cumulative, 0.0, "cumulative year 1");
    assert_eq!(r.payback.map(|p| p.year), Some(2));
}

#[test]
fn baseline_split_of_all_zero_baselines_is_equal() {
    // Baselines 0 and 0: the one-off 50,000 is shared equally, 25,000 each.
    let mut s = example_one();
    s.services[0].baseline = vec![0.0, 0.0];
    let r = evaluate(&s);
    assert_eq!(cell(&r, 0, 0, 0), (0.0, 25_000.0, -25_000.0));
    assert_eq!(cell(&r, 0, 1, 0), (0.0, 25_000.0, -25_000.0));
    assert_eq!(r.recurring_saving_share, None);
}

#[test]
fn financial_year_labels() {
    assert_eq!(financial_year_label(2027, 1), "2027/28");
    assert_eq!(financial_year_label(2027, 3), "2029/30");
    assert_eq!(financial_year_label(2099, 1), "2099/00");
    assert_eq!(financial_year_label(2000, 10), "2009/10");
    assert_eq!(financial_year_label(2100, 30), "2129/30");
}

#[test]
fn evaluating_an_invalid_scenario_does_not_panic() {
    let mut s = example_two();
    s.partners.pop();
    s.services[0].baseline = vec![f64::NAN];
    s.services[0].ramp_years = 0;
    s.services[1].split = Split::Driver {
        label: String::new(),
        values: vec![],
    };
    s.horizon_years = u32::MAX;
    let r = evaluate(&s);
    assert_eq!(r.years.len(), 30);
    s.partners.clear();
    s.horizon_years = 0;
    let r = evaluate(&s);
    assert!(r.years.is_empty() && r.payback.is_none() && r.per_resident.is_none());
}
