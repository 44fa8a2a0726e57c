//! Switching values, tornado and Monte Carlo on small scenarios worked by hand.

mod analysis_common;

use analysis_common::{close, worked};
use sharecalc_core::analysis::{simulate, switching_values, tornado, Input, DRAWS};
use sharecalc_core::engine::{evaluate, Scenario};
use sharecalc_core::i18n::Lang;

fn value(s: &Scenario, input: Input) -> Option<f64> {
    switching_values(s, &evaluate(s))
        .into_iter()
        .find(|v| v.input == input)
        .and_then(|v| v.value)
}
#[test]
fn the_worked_example_has_an_npv_of_150() {
    assert!(close(evaluate(&worked(300.0, 0.0)).npv, 150.0));
}

#[test]
fn saving_rate_is_the_break_even_rate() {
    // Costs Σ(R + O) = 3 × 50 + 300 = 450; Σ C × r = 3,000; r* = 450 / 3,000 = 15%.
    let s = worked(300.0, 0.0);
    assert_eq!(value(&s, Input::SavingRate), evaluate(&s).break_even_rate);
    assert!(close(
        value(&s, Input::SavingRate).unwrap_or(f64::NAN),
        0.15
    ));
}

#[test]
fn realisation_three_quarters() {
    // Planned savings 600 must cover 450 of costs: 450 / 600 = 75% must arrive.
    let v = value(&worked(300.0, 0.0), Input::Realisation).unwrap_or(f64::NAN);
    assert!(close(v, 0.75));
}

#[test]
fn one_off_costs_may_rise_by_half() {
    // Savings 600 − running 150 = 450 can carry one-off costs of 450 = 300 × 1.5: +50%.
    let s = worked(300.0, 0.0);
    assert!(close(
        value(&s, Input::OneOffCosts).unwrap_or(f64::NAN),
        0.5
    ));
    let sentence = switching_values(&s, &evaluate(&s))
        .into_iter()
        .find(|v| v.input == Input::OneOffCosts)
        .map(|v| v.sentence.to_string())
        .unwrap_or_default();
    assert_eq!(
        sentence,
        "Sharing stops paying if one-off costs, after optimism bias, rise by more than 50%."
    );
}

#[test]
fn running_costs_may_double() {
    // Savings 600 − one-off 300 = 300 can carry running costs of 300 = 150 × 2: +100%.
    assert!(close(
        value(&worked(300.0, 0.0), Input::RunningCosts).unwrap_or(f64::NAN),
        1.0
    ));
}

#[test]
fn ramp_of_two_point_four_years() {
    // NPV(R) = 200 × Σ_k min(1, k/R) − 450 = 0 needs Σ = 2.25; for 2 ≤ R ≤ 3 the sum is
    // 1/R + 2/R + 1 = 3/R + 1, so R = 3 / 1.25 = 2.4.
    assert!(close(
        value(&worked(300.0, 0.0), Input::RampYears).unwrap_or(f64::NAN),
        2.4
    ));
}

#[test]
fn discount_rate_out_of_range_is_none_with_a_reason() {
    // −300 + 150 (1 + v + v²) = 0 gives v = (√5 − 1)/2, a rate of 61.8%: beyond 20%.
    let s = worked(300.0, 0.0);
    let d = switching_values(&s, &evaluate(&s))
        .into_iter()
        .find(|v| v.input == Input::DiscountRate);
    assert_eq!(d.as_ref().and_then(|d| d.value), None);
    assert!(d.is_some_and(|d| d.sentence.to_string().contains("No discount rate")));
}

#[test]
fn discount_rate_of_thirteen_percent() {
    // One-off 400: 150 (1 + v + v²) = 400, v² + v − 5/3 = 0, v = (−1 + √(23/3)) / 2,
    // rate = 1/v − 1 ≈ 13.07%.
    let v = (-1.0 + (23.0_f64 / 3.0).sqrt()) / 2.0;
    let got = value(&worked(400.0, 0.0), Input::DiscountRate).unwrap_or(f64::NAN);
    assert!((got - (1.0 / v - 1.0)).abs() < 1e-9, "{got}");
}

#[test]
fn when_sharing_loses_the_sentence_says_what_it_would_take() {
    // One-off 600: NPV = 450 − 600 = −150; one-off costs must fall to 450, by 25%.
    let s = worked(600.0, 0.0);
    let v = switching_values(&s, &evaluate(&s));
    let one_off = v.iter().find(|v| v.input == Input::OneOffCosts);
    assert!(one_off.is_some_and(|o| {
        close(o.value.unwrap_or(f64::NAN), -0.25)
            && o.sentence.to_string()
                == "Sharing pays only if one-off costs, after optimism bias, fall by more than 25%."
    }));
}

#[test]
fn no_one_off_costs_cannot_switch() {
    let s = worked(0.0, 0.0);
    assert_eq!(value(&s, Input::OneOffCosts), None);
}

#[test]
fn tornado_is_widest_first_and_meets_at_the_npv() {
    let s = worked(300.0, 0.0);
    let t = tornado(Lang::En, &s);
    assert!(close(t.base, 150.0));
    assert_eq!(t.bars.len(), 6);
    assert!(t.bars.windows(2).all(|w| w[0].width() >= w[1].width()));
    // Savings ×0.5 and ×1.5 of 600: 150 − 300 = −150 and 150 + 300 = 450.
    let savings = t.bars.iter().find(|b| b.input == Input::SavingRate);
    assert!(savings.is_some_and(|b| close(b.npv_low, -150.0) && close(b.npv_high, 450.0)));
    assert_eq!(t.bars.first().map(|b| b.input), Some(Input::SavingRate));
}

#[test]
fn monte_carlo_is_repeatable_and_sensible() {
    let s = worked(300.0, 0.0);
    let a = simulate(&s);
    assert_eq!(a, simulate(&s));
    assert!(a.worst <= a.p10 && a.p10 <= a.p50 && a.p50 <= a.p90 && a.p90 <= a.best);
    assert_eq!(a.bins.iter().map(|b| b.count).sum::<usize>(), DRAWS);
    assert!((0.0..=1.0).contains(&a.chance_positive) && (0.0..=1.0).contains(&a.chance_payback));
    // A different scenario draws differently.
    assert_ne!(a, simulate(&worked(301.0, 0.0)));
}

#[test]
fn sentences_and_tornado_values_read_in_welsh() {
    let s = worked(300.0, 0.0);
    let v = switching_values(&s, &evaluate(&s));
    let said = |input: Input, lang: Lang| {
        v.iter()
            .find(|x| x.input == input)
            .map(|x| x.sentence.render(lang))
            .unwrap_or_default()
    };
    assert_eq!(
        said(Input::OneOffCosts, Lang::Cy),
        "Mae rhannu'n peidio â thalu os yw'r costau untro, ar ôl tuedd optimistiaeth, yn codi mwy na 50%."
    );
    assert_eq!(
        said(Input::DiscountRate, Lang::Cy),
        "Nid oes unrhyw gyfradd ddisgowntio o 0% hyd at 20% yn newid a yw rhannu'n talu."
    );
    assert_eq!(Input::OneOffCosts.label(Lang::Cy), "Costau untro");
    let bar = |lang: Lang, input: Input| {
        tornado(lang, &s)
            .bars
            .into_iter()
            .find(|b| b.input == input)
            .map(|b| (b.low, b.high))
    };
    assert_eq!(
        bar(Lang::En, Input::RampYears),
        Some(("1 year sooner".to_owned(), "2 years later".to_owned()))
    );
    assert_eq!(
        bar(Lang::Cy, Input::RampYears),
        Some((
            "1 flwyddyn yn gynt".to_owned(),
            "2 flynedd yn hwyrach".to_owned()
        ))
    );
    assert_eq!(
        bar(Lang::En, Input::SavingRate),
        Some(("50% of plan".to_owned(), "150% of plan".to_owned()))
    );
    assert_eq!(
        bar(Lang::Cy, Input::SavingRate),
        Some(("50% o'r cynllun".to_owned(), "150% o'r cynllun".to_owned()))
    );
}
