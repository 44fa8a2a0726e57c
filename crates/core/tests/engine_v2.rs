//! Worked examples of format v2: every expected figure below was worked out by hand (the working
//! is in the comments), not copied from the engine's output. Between them the two examples use
//! every v2 field: go-live year, one-off profile, fixed running cost, optimism bias on running
//! costs, partners' own costs (example A); price base year and inflation (both, B with a price
//! base two years before Year 1). Amounts must match to the penny.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use sharecalc_core::analysis::{leave, Leaving};
use sharecalc_core::engine::{
    evaluate, results_csv, Partner, PartnerCost, PopulationGap, Results, Scenario, Service, Split,
};
use sharecalc_core::i18n::Lang;
use sharecalc_core::report::words;

mod figures_common;
use figures_common::{close, penny};

fn partner(name: &str) -> Partner {
    Partner {
        name: name.to_owned(),
        population: None,
    }
}

/// Example A: Avon and Brent share payroll; it goes live in Year 2, the one-off cost falls half
/// in Year 1 and half in Year 2, there is a fixed running cost, optimism bias on both kinds of
/// cost, and Brent pays its own redundancy in Year 2. No growth, no discounting, four years.
fn example_a() -> Scenario {
    Scenario {
        title: "Example A".to_owned(),
        first_year: 2027,
        horizon_years: 4,
        discount_rate: 0.0,
        optimism_bias: 0.2,
        optimism_bias_running: 0.5,
        partners: vec![partner("Avon"), partner("Brent")],
        services: vec![Service {
            name: "Payroll".to_owned(),
            baseline: vec![600_000.0, 400_000.0],
            saving_rate: 0.2,
            savings_start_year: 2,
            ramp_years: 2,
            one_off_cost: 100_000.0,
            one_off_profile: vec![0.5, 0.5],
            running_cost_rate: 0.01,
            fixed_running_cost: 20_000.0,
            split: Split::Equal,
        }],
        partner_costs: vec![PartnerCost {
            partner: 1,
            label: "Redundancy".to_owned(),
            year: 2,
            amount: 50_000.0,
        }],
        ..Scenario::default()
    }
}

#[test]
fn example_a_go_live_profile_fixed_costs_bias_and_own_costs() {
    // C = 600,000 + 400,000 = 1,000,000 every year (no growth); D = 1.
    // O(k) = 100,000 × profile × 1.2: 60,000 in Year 1 and in Year 2, nothing after.
    // Live from Year 2: r = min(1, (k − 2 + 1)/2) = 0, 0.5, 1, 1, so S = 0, 100,000, 200,000, 200,000.
    // R (from Year 2) = (1,000,000 × 1% + 20,000) × 1.5 = 45,000.
    // T1 = 1,000,000 + 60,000 = 1,060,000                     N(s,1) = −60,000
    // T2 = 1,000,000 − 100,000 + 45,000 + 60,000 = 1,005,000  N(s,2) = −5,000
    // T3 = T4 = 1,000,000 − 200,000 + 45,000 = 845,000        N(s,3) = N(s,4) = 155,000
    // Brent's redundancy: P(Brent,2) = 50,000 × 1.2 = 60,000, so N2 = −5,000 − 60,000 = −65,000.
    // Yearly N: −60,000, −65,000, 155,000, 155,000; cumulative −60,000, −125,000, 30,000, 185,000:
    // pays back in Year 3, 2029/30. NPV = 185,000.
    let s = example_a();
    let r = evaluate(&s);
    let expected = [
        (1_000_000.0, 1_060_000.0, 0.0, -60_000.0, -60_000.0),
        (1_000_000.0, 1_065_000.0, 60_000.0, -65_000.0, -125_000.0),
        (1_000_000.0, 845_000.0, 0.0, 155_000.0, 30_000.0),
        (1_000_000.0, 845_000.0, 0.0, 155_000.0, 185_000.0),
    ];
    assert_eq!(r.years.len(), 4);
    for (y, (standalone, shared, own, net, cumulative)) in r.years.iter().zip(expected) {
        penny(y.standalone, standalone, "standalone");
        penny(y.shared, shared, "shared, own costs included");
        penny(y.partner_costs, own, "partners' own costs");
        penny(y.net, net, "net");
        penny(y.cumulative, cumulative, "cumulative");
        close(y.discount_factor, 1.0, "discount factor");
    }
    penny(r.npv, 185_000.0, "NPV");
    let payback = r.payback.as_ref().expect("pays back");
    assert_eq!((payback.year, payback.label.as_str()), (3, "2029/30"));

    // Equal split: each partner pays half of T. Avon (600,000 alone):
    //   600,000 − 530,000 = 70,000; − 502,500 = 97,500; − 422,500 = 177,500 twice: NPV 522,500.
    // Brent (400,000 alone), its redundancy in Year 2:
    //   −130,000; 400,000 − 502,500 − 60,000 = −162,500; −22,500 twice: NPV −337,500.
    // 522,500 − 337,500 = 185,000, the NPV. Brent is worse off; Avon is not.
    penny(r.partners[0].npv, 522_500.0, "Avon NPV");
    penny(r.partners[1].npv, -337_500.0, "Brent NPV");
    penny(r.partners[1].own_costs, 60_000.0, "Brent's own costs");
    penny(
        r.partners[1].shared,
        530_000.0 + 502_500.0 + 60_000.0 + 2.0 * 422_500.0,
        "Brent with sharing",
    );
    assert!(!r.partners[0].worse_off() && r.partners[1].worse_off());
    assert_eq!(words::worse_off(&s, &r), ["Brent"]);

    // Recurring: 1,000,000 × (20% × 1 − 1% × 1.5) − 20,000 × 1.5 = 155,000 (= N3), 15.5% of
    // spend; fully in place in Year 2 + 2 − 1 = 3, within the 4 years.
    penny(r.recurring_saving, 155_000.0, "recurring");
    close(r.recurring_saving_share.unwrap_or(0.0), 0.155, "share");
    assert_eq!(r.fully_in_place_year, 3);
    assert!(r.fully_in_place_within_period());
    // Break-even: Σ D (R + O + P) = 60,000 + 165,000 + 45,000 + 45,000 = 315,000;
    // realisation × Σ D C r = 1,000,000 × (0 + 0.5 + 1 + 1) = 2,500,000; r* = 12.6%, all of which
    // must arrive (realisation 1).
    close(r.break_even_rate.unwrap_or(0.0), 0.126, "break-even");
    close(
        r.break_even_arriving.unwrap_or(0.0),
        0.126,
        "break-even arriving",
    );
    penny(
        r.one_off_total,
        180_000.0,
        "one-off total: 120,000 + 60,000",
    );
    penny(r.partner_costs_total, 60_000.0, "partners' own costs");
    // No populations: Avon, the first partner, is named as the reason.
    assert_eq!(r.per_resident_gap, Some(PopulationGap::Missing(0)));

    // Cash at the default 2% inflation, price base = Year 1 (e = 0): I = 1, 1.02, 1.0404,
    // 1.061208. Net: −60,000; −66,300; 161,262; 164,487.24. Cumulative: −60,000, −126,300,
    // 34,962, 199,449.24. Year 2 shared: 1,065,000 × 1.02 = 1,086,300.
    let cash: Vec<f64> = r.years.iter().map(|y| y.cash.net).collect();
    for (got, want) in cash
        .iter()
        .zip([-60_000.0, -66_300.0, 161_262.0, 164_487.24])
    {
        penny(*got, want, "cash net");
    }
    penny(r.years[3].cash.cumulative, 199_449.24, "cash cumulative");
    penny(r.years[1].cash.shared, 1_086_300.0, "cash shared");
    penny(r.years[1].cash.standalone, 1_020_000.0, "cash alone");
    assert_eq!(r.price_base_label, "2027/28");
}

#[test]
fn example_a_in_the_csv_adds_up_to_the_penny() {
    // Year 2, Brent: half of S = 50,000, of R = 22,500 and of O = 30,000; shared 502,500, net
    // 400,000 − 502,500 = −102,500. Then its own cost: 60,000 shared, all of it one-off.
    let s = example_a();
    let csv = results_csv(&s, &evaluate(&s));
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(
        lines.len(),
        1 + 4 * 2 + 1,
        "a row per year × partner, and the own cost"
    );
    assert_eq!(
        lines[4],
        "2,2028/29,Brent,Payroll,400000.00,502500.00,-102500.00,50000.00,22500.00,30000.00,1.000000,-102500.00"
    );
    assert_eq!(
        lines[5],
        "2,2028/29,Brent,Redundancy,0.00,60000.00,-60000.00,0.00,0.00,60000.00,1.000000,-60000.00"
    );
    assert_eq!(
        lines[1],
        "1,2027/28,Avon,Payroll,600000.00,530000.00,70000.00,0.00,0.00,30000.00,1.000000,70000.00"
    );
}

#[test]
fn example_a_when_brent_leaves_after_year_1_its_redundancy_goes_with_it() {
    // Brent: Year 1 as before (−130,000), then nothing: its Year 2 redundancy is not incurred.
    // Avon alone from Year 2: C' = 600,000, S' = 60,000 then 120,000, R' = (6,000 + 20,000) × 1.5
    // = 39,000, and the rest of the one-off cost, 60,000, in Year 2:
    //   Year 2: 600,000 − (600,000 − 60,000 + 39,000 + 60,000) = −39,000
    //   Years 3 and 4: 600,000 − 519,000 = 81,000
    // Avon: 70,000 − 39,000 + 81,000 + 81,000 = 193,000.
    let s = example_a();
    let r = evaluate(&s);
    let after = leave(
        &s,
        &r,
        &Leaving {
            partner: 1,
            year: 1,
            exit_fee: 0.0,
        },
    )
    .expect("fits");
    penny(after[0].npv_after, 193_000.0, "Avon after");
    penny(after[1].npv_after, -130_000.0, "Brent after");
    penny(after[1].npv_together, -337_500.0, "Brent together");
}

/// Example B: a price base two years before Year 1 (2025/26), 10% discounting, 10% growth of the
/// baselines and of the fixed running cost, 80% of the planned savings arriving, 5% inflation.
fn example_b() -> Scenario {
    Scenario {
        title: "Example B".to_owned(),
        first_year: 2027,
        horizon_years: 2,
        discount_rate: 0.1,
        cost_growth: 0.1,
        realisation: 0.8,
        price_base_year: Some(2025),
        inflation: 0.05,
        partners: vec![partner("Pike"), partner("Quill")],
        services: vec![Service {
            name: "ICT".to_owned(),
            baseline: vec![1_000.0, 1_000.0],
            saving_rate: 0.5,
            ramp_years: 1,
            fixed_running_cost: 100.0,
            split: Split::Baseline,
            ..Service::default()
        }],
        ..Scenario::default()
    }
}

#[test]
fn example_b_price_base_discounting_growth_and_cash() {
    // e = 2027 − 2025 = 2. D1 = 1.1^−2 = 1/1.21, D2 = 1.1^−3 = 1/1.331.
    // C = 2,000 then 2,200. S = C × 50% × 80% = 800 then 880. R = fixed × G = 100 then 110.
    // N = 700 then 770. NPV = 700/1.21 + 770/1.331 = 578.512… + 578.512… = 1,157.02.
    let s = example_b();
    let r = evaluate(&s);
    close(r.years[0].discount_factor, 1.0 / 1.21, "D1");
    close(r.years[1].discount_factor, 1.0 / 1.331, "D2");
    penny(r.years[0].net, 700.0, "N1");
    penny(r.years[1].net, 770.0, "N2");
    penny(r.npv, 1_157.02, "NPV");
    assert_eq!(r.price_base_label, "2025/26");
    assert_eq!(
        words::prices(Lang::En, &r),
        "2025/26 prices, real terms",
        "the one phrase for the price base"
    );
    // Break-even: Σ D R = 100/1.21 + 110/1.331 = 2 × 82.6446…; 0.8 × Σ D C r = 0.8 × 2 × 1,652.89…;
    // r* = 82.6446 / (0.8 × 1,652.89) = 6.25% planned; 6.25% × 80% = 5% must actually be saved.
    close(
        r.break_even_rate.unwrap_or(0.0),
        0.0625,
        "break-even, planned",
    );
    close(
        r.break_even_arriving.unwrap_or(0.0),
        0.05,
        "break-even, arriving",
    );
    assert_eq!(
        words::break_even(Lang::En, &s, &r),
        "Sharing pays for itself if the planned saving is at least 6.3% of current spend. That is \
         the planned rate, before the reality check: with 80% of planned savings arriving, at \
         least 5% of current spend must actually be saved."
    );
    // Cash: I = 1.05^2 = 1.1025, 1.05^3 = 1.157625. Net 771.75 then 891.37; cumulative 1,663.12.
    penny(r.years[0].cash.net, 771.75, "cash net 1");
    penny(r.years[1].cash.net, 891.37, "cash net 2");
    penny(r.years[1].cash.cumulative, 1_663.12, "cash cumulative");
    penny(r.years[1].cash.standalone, 2_200.0 * 1.157625, "cash alone");
    assert_eq!(
        words::cash_caption(Lang::En, &s),
        "Cash, at 5% inflation a year, not discounted"
    );
    // Recurring: 2,000 × 50% × 80% − 100 = 700. The CSV writes D with six decimals.
    penny(r.recurring_saving, 700.0, "recurring");
    let csv = results_csv(&s, &r);
    assert!(
        csv.contains(
            "\r\n1,2027/28,Pike,ICT,1000.00,650.00,350.00,400.00,50.00,0.00,0.826446,289.26\r\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains(
            "\r\n2,2028/29,Quill,ICT,1100.00,715.00,385.00,440.00,55.00,0.00,0.751315,289.26\r\n"
        ),
        "{csv}"
    );
}

/// A results' words about a scenario where one service is not fully in place by the last
/// year and a partner has no population.
fn late_and_unpopulated() -> (Scenario, Results) {
    let mut s = example_a();
    s.services[0].savings_start_year = 3;
    s.services[0].ramp_years = 3;
    s.partners[0].population = Some(90_000.0);
    let r = evaluate(&s);
    (s, r)
}

#[test]
fn a_service_not_in_place_by_the_last_year_and_a_missing_population_are_said() {
    // Live in Year 3 with 3 years to full savings: full only in Year 5, after the 4 years.
    let (s, r) = late_and_unpopulated();
    assert_eq!(r.fully_in_place_year, 5);
    assert!(!r.fully_in_place_within_period());
    assert!(words::recurring_detail(Lang::En, &s, &r).ends_with(
        "Not every service is fully in place by 2030/31, the last year appraised, so this level \
         is not reached within the period."
    ));
    assert!(words::summary(Lang::En, &s, &r).contains(
        " Not every service would be fully in place by 2030/31, the last year looked at. "
    ));
    assert_eq!(r.per_resident, None);
    assert_eq!(r.per_resident_gap, Some(PopulationGap::Missing(1)));
    assert_eq!(
        words::per_resident_missing(Lang::En, &s, &r).as_deref(),
        Some("There is no saving per resident, because Brent has no population entered.")
    );
    assert_eq!(
        words::per_resident_missing(Lang::Cy, &s, &r).as_deref(),
        Some("Nid oes arbediad i bob preswylydd, oherwydd nad oes poblogaeth wedi'i rhoi ar gyfer Brent.")
    );
    let mut zero = s.clone();
    zero.partners[1].population = Some(0.0);
    let r = evaluate(&zero);
    assert_eq!(r.per_resident_gap, Some(PopulationGap::Zero(1)));
    assert_eq!(
        words::per_resident_missing(Lang::En, &zero, &r).as_deref(),
        Some("There is no saving per resident, because Brent has a population of 0.")
    );
}

#[test]
fn the_summary_says_when_sharing_starts_and_what_falls_on_one_partner() {
    let s = example_a();
    let text = words::summary(Lang::En, &s, &evaluate(&s));
    for sentence in [
        "Once fully in place, sharing this service would save the 2 partners £155,000 a year between them.",
        " This assumes 100% of the planned savings arrive. Shared services elsewhere have often saved less than planned.",
        " Sharing would start in 2028/29.",
        " Setting up the sharing would cost £180,000 once. £60,000 of this would fall on Brent alone.",
        " It would pay for itself by the end of 2029/30 (not discounted).",
        " Brent would pay more than going alone under the chosen cost split.",
    ] {
        assert!(text.contains(sentence), "{sentence:?} in {text}");
    }
    let cy = words::summary(Lang::Cy, &s, &evaluate(&s));
    assert!(
        cy.contains(" Byddai'r rhannu'n dechrau yn 2028/29. "),
        "{cy}"
    );
    assert!(
        cy.contains(" Byddai £60,000 o hyn yn disgyn ar Brent yn unig. "),
        "{cy}"
    );

    let mut staggered = s;
    staggered.services.push(Service {
        name: "Legal".to_owned(),
        baseline: vec![100.0, 100.0],
        savings_start_year: 4,
        ..Service::default()
    });
    staggered.partner_costs.push(PartnerCost {
        partner: 0,
        label: "Pension strain".to_owned(),
        year: 1,
        amount: 1_000.0,
    });
    let text = words::summary(Lang::En, &staggered, &evaluate(&staggered));
    assert!(
        text.contains(
            " Sharing would start in 2028/29, and the last service would join in 2030/31. "
        ),
        "{text}"
    );
    assert!(
        text.contains(" £61,200 of this would fall on single partners: Avon and Brent. "),
        "{text}"
    );
}

#[test]
fn a_partner_that_saves_before_discounting_but_loses_in_present_value_is_worse_off_everywhere() {
    // Example A split by baseline (Brent 40%), 20% discounting, Brent's redundancy 70,000
    // (84,000 with optimism bias). Brent: Year 1 400,000 − 0.4 × 1,060,000 = −24,000; Year 2
    // 400,000 − 0.4 × 1,005,000 − 84,000 = −86,000; Years 3 and 4 400,000 − 0.4 × 845,000 =
    // 62,000. Not discounted: +14,000, which once read "Saves". NPV: −24,000 − 86,000/1.2 +
    // 62,000/1.44 + 62,000/1.728 = −16,731.48: worse off, in the table, the summary and the
    // balancing payments alike. Avon: −36,000 − 3,000/1.2 + 93,000/1.44 + 93,000/1.728 =
    // 79,902.78, so the partnership gains and Avon pays Brent 16,731.48.
    let mut s = example_a();
    s.services[0].split = Split::Baseline;
    s.discount_rate = 0.2;
    s.partner_costs[0].amount = 70_000.0;
    let r = evaluate(&s);
    penny(r.partners[1].net, 14_000.0, "Brent, not discounted");
    penny(r.partners[1].npv, -16_731.48, "Brent's NPV");
    penny(r.partners[0].npv, 79_902.78, "Avon's NPV");
    let table = sharecalc_core::html::results::partners_table(Lang::En, &s, &r);
    let table = table.as_str();
    assert_eq!(table.matches("app-table__row--worse").count(), 1);
    assert!(table.contains("<th scope=\"row\">Brent</th>"));
    assert!(table.ends_with("<td>Pays more than going alone</td></tr></tbody></table>"));
    assert_eq!(words::worse_off(&s, &r), ["Brent"]);
    match sharecalc_core::analysis::balancing(&sharecalc_core::analysis::partner_npvs(&r)) {
        sharecalc_core::analysis::Balancing::Payments { payments, after } => {
            penny(payments[1], 16_731.48, "Brent receives");
            penny(payments[0], -16_731.48, "Avon pays");
            penny(after[1], 0.0, "Brent after");
        }
        other => panic!("expected payments, got {other:?}"),
    }
}
