//! Invariants of the analysis on arbitrary valid scenarios: a switching value put back in
//! gives an NPV of about zero; balancing payments sum to zero and leave nobody below zero;
//! the Monte Carlo simulation is repeatable and its median lies between the worst and best
//! cases. At most 128 cases each, so the suite stays quick.

use proptest::prelude::*;
use sharecalc_core::analysis::{balancing, simulate, switching_values, tornado, Balancing, Input};
use sharecalc_core::engine::{
    evaluate, is_worse_off, validate, Partner, PartnerCost, Scenario, Service, Split, Triangle,
    Uncertainty, FORMAT_VERSION,
};
use sharecalc_core::i18n::Lang;

/// A small valid scenario with every rate and amount free within the format's ranges.
fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..=4, 1usize..=3).prop_flat_map(|(partners, services)| {
        let service = (
            prop::collection::vec(0.0..1e7f64, partners),
            0.0..=1.0f64,
            1u32..=30,
            0.0..5e6f64,
            0.0..=0.3f64,
            prop_oneof![Just(Split::Baseline), Just(Split::Equal)],
        )
            .prop_map(
                |(baseline, saving_rate, ramp_years, one_off_cost, running_cost_rate, split)| {
                    Service {
                        name: "S".to_owned(),
                        baseline,
                        saving_rate,
                        ramp_years,
                        one_off_cost,
                        running_cost_rate,
                        split,
                        ..Service::default()
                    }
                },
            );
        (
            prop::collection::vec(service, services),
            1u32..=30,
            0.0..=0.2f64,
            -0.1..=0.2f64,
            0.0..=1.0f64,
            0.0..=2.0f64,
        )
            .prop_map(
                move |(
                    services,
                    horizon_years,
                    discount_rate,
                    cost_growth,
                    realisation,
                    optimism_bias,
                )| {
                    Scenario {
                        version: FORMAT_VERSION,
                        title: String::new(),
                        currency: "GBP".to_owned(),
                        first_year: 2027,
                        horizon_years,
                        discount_rate,
                        cost_growth,
                        realisation,
                        optimism_bias,
                        partners: (0..partners)
                            .map(|p| Partner {
                                name: format!("P{p}"),
                                population: None,
                            })
                            .collect(),
                        services,
                        uncertainty: None,
                        ..Scenario::default()
                    }
                },
            )
    })
}

/// The scenario of [`scenario`] with the v2 fields set too: go-live years, two-year one-off
/// profiles, fixed running costs, optimism bias on running costs, an earlier price base and
/// partners' own costs.
fn scenario_v2() -> impl Strategy<Value = Scenario> {
    scenario().prop_flat_map(|s| {
        let (years, services, partners) = (s.horizon_years, s.services.len(), s.partners.len());
        let per_service =
            prop::collection::vec((1u32..=years, 0.0..3e5f64, any::<bool>()), services);
        let costs = prop::collection::vec((0..partners, 1u32..=years, 0.0..2e6f64), 0..=3);
        (Just(s), per_service, costs, 0.0..=2.0f64, 0i32..=3).prop_map(
            |(mut s, per_service, costs, bias, before)| {
                for (service, (start, fixed, spread)) in s.services.iter_mut().zip(per_service) {
                    service.savings_start_year = start;
                    service.fixed_running_cost = fixed;
                    if spread && s.horizon_years >= 2 {
                        service.one_off_profile = vec![0.3, 0.7];
                    }
                }
                s.partner_costs = costs
                    .into_iter()
                    .map(|(partner, year, amount)| PartnerCost {
                        partner,
                        label: "Exit".to_owned(),
                        year,
                        amount,
                    })
                    .collect();
                s.optimism_bias_running = bias;
                s.price_base_year = Some(s.first_year - before);
                s
            },
        )
    })
}

/// The NPV of `s` changed by `change`, and a tolerance scaled to the money involved.
fn npv_with(s: &Scenario, change: impl Fn(&mut Scenario)) -> (f64, f64) {
    let mut changed = s.clone();
    change(&mut changed);
    let r = evaluate(&changed);
    (r.npv, 1e-7 * (r.standalone_total + r.one_off_total + 1.0))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn switching_values_put_back_give_zero(s in prop_oneof![scenario(), scenario_v2()]) {
        prop_assert!(validate(&s).is_empty());
        for v in switching_values(&s, &evaluate(&s)) {
            prop_assert!(v.value.is_none_or(f64::is_finite));
            let Some(x) = v.value else { continue };
            let (npv, tol) = match v.input {
                Input::SavingRate => npv_with(&s, |c| c.services.iter_mut().for_each(|sv| sv.saving_rate = x)),
                Input::Realisation => npv_with(&s, |c| c.realisation = x),
                Input::OneOffCosts => npv_with(&s, |c| {
                    c.services.iter_mut().for_each(|sv| sv.one_off_cost *= 1.0 + x);
                    c.partner_costs.iter_mut().for_each(|pc| pc.amount *= 1.0 + x);
                }),
                Input::RunningCosts => npv_with(&s, |c| {
                    c.services.iter_mut().for_each(|sv| {
                        sv.running_cost_rate *= 1.0 + x;
                        sv.fixed_running_cost *= 1.0 + x;
                    })
                }),
                Input::DiscountRate => npv_with(&s, |c| c.discount_rate = x),
                Input::RampYears => {
                    // Whole years only in the format: the NPV is at least zero at the year
                    // below the switching value and at most zero at the year above.
                    let at = |years: f64| npv_with(&s, |c| c.services.iter_mut().for_each(|sv| sv.ramp_years = years as u32));
                    let ((below, tol), (above, _)) = (at(x.floor().max(1.0)), at(x.ceil().min(30.0)));
                    prop_assert!(below >= -tol && above <= tol, "{below} {above} at {x}");
                    continue;
                }
            };
            prop_assert!(npv.abs() <= tol, "{:?} = {x}: NPV {npv}", v.input);
        }
    }

    #[test]
    fn balancing_sums_to_zero_and_leaves_nobody_below(npvs in prop::collection::vec(prop_oneof![-1e9..1e9f64, -0.01..0.01f64], 2..=20)) {
        let total: f64 = npvs.iter().sum();
        match balancing(&npvs) {
            Balancing::Payments { payments, after } => {
                prop_assert!(total > 0.0);
                let scale = npvs.iter().map(|v| v.abs()).sum::<f64>() + 1.0;
                prop_assert!(payments.iter().sum::<f64>().abs() <= 1e-9 * scale);
                prop_assert!(after.iter().all(|v| !is_worse_off(*v)));
                for ((v, pay), a) in npvs.iter().zip(&payments).zip(&after) {
                    prop_assert!((v + pay - a).abs() <= 1e-9 * scale);
                }
            }
            Balancing::NotNeeded => prop_assert!(total > 0.0 && !npvs.iter().any(|v| is_worse_off(*v))),
            Balancing::PartnershipLoses => prop_assert!(total <= 0.0),
        }
    }

    #[test]
    fn monte_carlo_is_repeatable_and_its_median_within_the_extremes(s in prop_oneof![scenario(), scenario_v2()]) {
        let a = simulate(&s);
        prop_assert_eq!(&a, &simulate(&s));
        let tol = 1e-9 * (a.worst.abs() + a.best.abs() + 1.0);
        prop_assert!(a.worst - tol <= a.p50 && a.p50 <= a.best + tol, "{} {} {}", a.worst, a.p50, a.best);
    }

    #[test]
    fn no_analysis_saves_more_than_the_whole_spend(s in prop_oneof![scenario(), scenario_v2()], high in 1.0..10.0f64) {
        // Savings up to ten times the plan: every scaled rate is held at 100%, so the tornado's
        // high end and the simulation's best case are exactly the NPV of the scenario with each
        // rate at min(1, rate × high).
        let mut unsure = s.clone();
        unsure.uncertainty = Some(Uncertainty {
            savings: Triangle { low: 1.0, likely: 1.0, high },
            realisation: Triangle { low: 1.0, likely: 1.0, high: 1.0 },
            one_off_costs: Triangle { low: 1.0, likely: 1.0, high: 1.0 },
            running_costs: Triangle { low: 1.0, likely: 1.0, high: 1.0 },
        });
        let mut capped = s.clone();
        for service in &mut capped.services {
            service.saving_rate = (service.saving_rate * high).min(1.0);
        }
        let r = evaluate(&capped);
        let tol = 1e-9 * (1.0 + r.standalone_total.abs() + r.shared_total.abs());
        let bar = tornado(Lang::En, &unsure)
            .bars
            .into_iter()
            .find(|b| b.input == Input::SavingRate)
            .map(|b| b.npv_high);
        prop_assert!(bar.is_some_and(|npv| (npv - r.npv).abs() <= tol), "{:?} against {}", bar, r.npv);
        let sim = simulate(&unsure);
        prop_assert!((sim.best - r.npv).abs() <= tol, "{} against {}", sim.best, r.npv);
        prop_assert!(sim.p90 <= r.npv + tol);
        for v in switching_values(&s, &evaluate(&s)) {
            prop_assert!(v.value.is_none_or(f64::is_finite));
        }
    }
}
