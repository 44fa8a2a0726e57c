//! Switching values (HM Treasury Green Book): for each key input, the value at which the net
//! present value becomes zero, with a sentence saying what it means.
//!
//! Where the NPV is a straight line in the input (saving rate, share that arrives, one-off
//! and running costs) the value is exact, from two evaluations; for years to full savings and
//! the discount rate it is found by bisection. An input's value is `None`, with the reason in
//! the sentence, when no value within the input's valid range makes the NPV zero.

use super::flows::{Flows, Levers, Ramp};
use super::input::Input;
use super::search::{bisect, line_root, nearest_root};
use crate::engine::{format_percent, Results, Scenario, RAMPS};

/// Highest discount rate the format accepts, and so the top of the search.
const MAX_DISCOUNT_RATE: f64 = 0.2;
/// Samples of the discount-rate range before bisection: every half a percentage point.
const DISCOUNT_STEPS: u32 = 40;

/// The switching value of one input.
#[derive(Clone, Debug, PartialEq)]
pub struct Switching {
    /// Which input.
    pub input: Input,
    /// The value at which NPV = 0, in the input's own terms: a saving rate, a share that
    /// arrives or a discount rate as a fraction; one-off and running costs as a change
    /// (0.4 = 40% more than entered); years to full savings in years, the same for every
    /// service. `None` when no valid value makes the NPV zero.
    pub value: Option<f64>,
    /// What it means, in a sentence: "Sharing stops paying if one-off costs rise by more than 140%."
    pub sentence: String,
}

/// The switching value of every input in [`Input::ALL`] order. `results` must be those of `s`;
/// the saving rate's is the spec's break-even rate, [`Results::break_even_rate`].
pub fn switching_values(s: &Scenario, results: &Results) -> Vec<Switching> {
    let flows = Flows::new(s);
    let base = flows.as_entered();
    let pays = results.npv >= 0.0;
    Input::ALL
        .into_iter()
        .map(|input| {
            let (value, sentence) = match input {
                Input::SavingRate => saving_rate(results, pays),
                Input::Realisation => realisation(&flows, &base, pays),
                Input::OneOffCosts => {
                    let at = |m: f64| flows.npv(&Levers { one_off: m, ..base });
                    cost_change("one-off costs", at(0.0), at(1.0), f64::INFINITY)
                }
                Input::RunningCosts => {
                    let at = |m: f64| flows.npv(&Levers { running: m, ..base });
                    let largest = flows.largest_running_rate();
                    let most = if largest > 0.0 {
                        1.0 / largest
                    } else {
                        f64::INFINITY
                    };
                    cost_change("running costs", at(0.0), at(1.0), most)
                }
                Input::RampYears => ramp_years(&flows, &base, pays),
                Input::DiscountRate => discount_rate(&flows, &base, s.discount_rate, pays),
            };
            Switching {
                input,
                value,
                sentence,
            }
        })
        .collect()
}

fn saving_rate(results: &Results, pays: bool) -> (Option<f64>, String) {
    match results.break_even_rate {
        None => (
            None,
            "There is nothing to save on, so no saving rate changes the result.".to_owned(),
        ),
        Some(rate) if rate > 1.0 => (
            None,
            format!(
                "No saving rate can make sharing pay: it would need {}, more than the whole cost of the services.",
                format_percent(rate, 1)
            ),
        ),
        Some(rate) if rate <= 0.0 => (
            Some(0.0),
            "Sharing pays even with no savings: it has no extra costs.".to_owned(),
        ),
        Some(rate) => (
            Some(rate),
            if pays {
                format!(
                    "Sharing stops paying if the planned saving falls below {} of current spend (the same rate for every service).",
                    format_percent(rate, 1)
                )
            } else {
                format!(
                    "Sharing pays only if the planned saving reaches {} of current spend (the same rate for every service).",
                    format_percent(rate, 1)
                )
            },
        ),
    }
}

fn realisation(flows: &Flows, base: &Levers, pays: bool) -> (Option<f64>, String) {
    let at = |share: f64| {
        flows.npv(&Levers {
            realisation: share,
            ..*base
        })
    };
    match line_root(at(0.0), at(1.0)) {
        None => (
            None,
            "No savings are planned, so how much of them arrives makes no difference.".to_owned(),
        ),
        Some(share) if share > 1.0 => (
            None,
            "Sharing does not pay even if all the planned savings arrive.".to_owned(),
        ),
        Some(share) if share < 0.0 => (
            None,
            "Sharing pays even if none of the planned savings arrive.".to_owned(),
        ),
        Some(share) => (
            Some(share),
            if pays {
                format!(
                    "Sharing stops paying if less than {} of the planned savings arrive.",
                    format_percent(share, 1)
                )
            } else {
                format!(
                    "Sharing pays only if at least {} of the planned savings arrive.",
                    format_percent(share, 1)
                )
            },
        ),
    }
}

/// The change in a cost (as a fraction) at which NPV = 0, from the NPV with none of the cost
/// and with all of it; `most` is the largest multiplier the format allows.
fn cost_change(what: &str, without: f64, as_entered: f64, most: f64) -> (Option<f64>, String) {
    match line_root(without, as_entered) {
        None => (
            None,
            format!("There are no {what}, so they cannot change the result."),
        ),
        Some(m) if m < 0.0 => (
            None,
            format!("Sharing does not pay even with no {what} at all."),
        ),
        Some(m) if m > most => (
            None,
            format!(
                "Sharing keeps paying whatever the {what}, up to the whole cost of the services."
            ),
        ),
        Some(m) if m >= 1.0 => (
            Some(m - 1.0),
            format!(
                "Sharing stops paying if {what} rise by more than {}.",
                format_percent(m - 1.0, 0)
            ),
        ),
        Some(m) => (
            Some(m - 1.0),
            format!(
                "Sharing pays only if {what} fall by more than {}.",
                format_percent(1.0 - m, 0)
            ),
        ),
    }
}

fn ramp_years(flows: &Flows, base: &Levers, pays: bool) -> (Option<f64>, String) {
    let at = |years: f64| {
        flows.npv(&Levers {
            ramp: Ramp::All(years),
            ..*base
        })
    };
    let (fastest, slowest) = (f64::from(*RAMPS.start()), f64::from(*RAMPS.end()));
    match bisect(at, fastest, slowest) {
        Some(years) => {
            let shown = format!("{:.1}", years);
            (
                Some(years),
                if pays {
                    format!("Sharing stops paying if savings take longer than {shown} years to arrive in full (the same for every service).")
                } else {
                    format!("Sharing pays only if savings arrive in full within {shown} years (the same for every service).")
                },
            )
        }
        None if at(fastest) < 0.0 => (
            None,
            "Sharing does not pay even if every service's savings arrive in full in the first year."
                .to_owned(),
        ),
        None => (
            None,
            format!("Sharing pays however long savings take to arrive in full, up to {slowest} years."),
        ),
    }
}

fn discount_rate(flows: &Flows, base: &Levers, now: f64, pays: bool) -> (Option<f64>, String) {
    let at = |rate: f64| {
        flows.npv(&Levers {
            discount_rate: rate,
            ..*base
        })
    };
    match nearest_root(at, 0.0, MAX_DISCOUNT_RATE, DISCOUNT_STEPS, now) {
        Some(rate) => {
            let side = if rate >= now { "above" } else { "below" };
            let shown = format_percent(rate, 1);
            (
                Some(rate),
                if pays {
                    format!("Sharing stops paying at a discount rate {side} {shown}.")
                } else {
                    format!("Sharing would pay only at a discount rate {side} {shown}.")
                },
            )
        }
        None => (
            None,
            format!(
                "No discount rate between 0% and {} changes whether sharing pays.",
                format_percent(MAX_DISCOUNT_RATE, 0)
            ),
        ),
    }
}
