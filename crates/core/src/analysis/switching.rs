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
use crate::i18n::{Msg, Text};

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
    /// What it means, in a sentence the page puts into the reader's language: "Sharing stops
    /// paying if one-off costs rise by more than 140%."
    pub sentence: Text,
}

/// The sentences about one kind of cost, each its own message so that every language can
/// word it whole.
struct CostWords {
    /// There are none of these costs.
    none: Msg,
    /// Sharing does not pay even without them.
    never: Msg,
    /// Sharing pays whatever they are.
    always: Msg,
    /// Sharing stops paying if they rise by more than `{change}`.
    rise: Msg,
    /// Sharing pays only if they fall by more than `{change}`.
    fall: Msg,
}

/// The sentences about one-off costs.
const ONE_OFF_WORDS: CostWords = CostWords {
    none: Msg::AnalysisSwitchingOneOffNone,
    never: Msg::AnalysisSwitchingOneOffNever,
    always: Msg::AnalysisSwitchingOneOffAlways,
    rise: Msg::AnalysisSwitchingOneOffRise,
    fall: Msg::AnalysisSwitchingOneOffFall,
};

/// The sentences about running costs.
const RUNNING_WORDS: CostWords = CostWords {
    none: Msg::AnalysisSwitchingRunningNone,
    never: Msg::AnalysisSwitchingRunningNever,
    always: Msg::AnalysisSwitchingRunningAlways,
    rise: Msg::AnalysisSwitchingRunningRise,
    fall: Msg::AnalysisSwitchingRunningFall,
};

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
                    cost_change(&ONE_OFF_WORDS, at(0.0), at(1.0), f64::INFINITY)
                }
                Input::RunningCosts => {
                    let at = |m: f64| flows.npv(&Levers { running: m, ..base });
                    let largest = flows.largest_running_rate();
                    let most = if largest > 0.0 {
                        1.0 / largest
                    } else {
                        f64::INFINITY
                    };
                    cost_change(&RUNNING_WORDS, at(0.0), at(1.0), most)
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

fn saving_rate(results: &Results, pays: bool) -> (Option<f64>, Text) {
    match results.break_even_rate {
        None => (None, Text::new(Msg::AnalysisSwitchingSavingNothing)),
        Some(rate) if rate > 1.0 => (
            None,
            Text::new(Msg::AnalysisSwitchingSavingImpossible).arg("rate", format_percent(rate, 1)),
        ),
        Some(rate) if rate <= 0.0 => (Some(0.0), Text::new(Msg::AnalysisSwitchingSavingFree)),
        Some(rate) => (
            Some(rate),
            Text::new(if pays {
                Msg::AnalysisSwitchingSavingStops
            } else {
                Msg::AnalysisSwitchingSavingStarts
            })
            .arg("rate", format_percent(rate, 1)),
        ),
    }
}

fn realisation(flows: &Flows, base: &Levers, pays: bool) -> (Option<f64>, Text) {
    let at = |share: f64| {
        flows.npv(&Levers {
            realisation: share,
            ..*base
        })
    };
    match line_root(at(0.0), at(1.0)) {
        None => (
            None,
            Text::new(Msg::AnalysisSwitchingRealisationNonePlanned),
        ),
        Some(share) if share > 1.0 => (None, Text::new(Msg::AnalysisSwitchingRealisationNever)),
        Some(share) if share < 0.0 => (None, Text::new(Msg::AnalysisSwitchingRealisationAlways)),
        Some(share) => (
            Some(share),
            Text::new(if pays {
                Msg::AnalysisSwitchingRealisationStops
            } else {
                Msg::AnalysisSwitchingRealisationStarts
            })
            .arg("share", format_percent(share, 1)),
        ),
    }
}

/// The change in a cost (as a fraction) at which NPV = 0, from the NPV with none of the cost
/// and with all of it; `most` is the largest multiplier the format allows.
fn cost_change(words: &CostWords, without: f64, as_entered: f64, most: f64) -> (Option<f64>, Text) {
    match line_root(without, as_entered) {
        None => (None, Text::new(words.none)),
        Some(m) if m < 0.0 => (None, Text::new(words.never)),
        Some(m) if m > most => (None, Text::new(words.always)),
        Some(m) if m >= 1.0 => (
            Some(m - 1.0),
            Text::new(words.rise).arg("change", format_percent(m - 1.0, 0)),
        ),
        Some(m) => (
            Some(m - 1.0),
            Text::new(words.fall).arg("change", format_percent(1.0 - m, 0)),
        ),
    }
}

fn ramp_years(flows: &Flows, base: &Levers, pays: bool) -> (Option<f64>, Text) {
    let at = |years: f64| {
        flows.npv(&Levers {
            ramp: Ramp::All(years),
            ..*base
        })
    };
    let (fastest, slowest) = (f64::from(*RAMPS.start()), f64::from(*RAMPS.end()));
    match bisect(at, fastest, slowest) {
        Some(years) => (
            Some(years),
            Text::new(if pays {
                Msg::AnalysisSwitchingRampStops
            } else {
                Msg::AnalysisSwitchingRampStarts
            })
            .arg("years", format!("{:.1}", years)),
        ),
        None if at(fastest) < 0.0 => (None, Text::new(Msg::AnalysisSwitchingRampNever)),
        None => (
            None,
            Text::new(Msg::AnalysisSwitchingRampAlways).arg("years", slowest),
        ),
    }
}

fn discount_rate(flows: &Flows, base: &Levers, now: f64, pays: bool) -> (Option<f64>, Text) {
    let at = |rate: f64| {
        flows.npv(&Levers {
            discount_rate: rate,
            ..*base
        })
    };
    match nearest_root(at, 0.0, MAX_DISCOUNT_RATE, DISCOUNT_STEPS, now) {
        Some(rate) => {
            let msg = match (pays, rate >= now) {
                (true, true) => Msg::AnalysisSwitchingDiscountStopsAbove,
                (true, false) => Msg::AnalysisSwitchingDiscountStopsBelow,
                (false, true) => Msg::AnalysisSwitchingDiscountStartsAbove,
                (false, false) => Msg::AnalysisSwitchingDiscountStartsBelow,
            };
            (
                Some(rate),
                Text::new(msg).arg("rate", format_percent(rate, 1)),
            )
        }
        None => (
            None,
            Text::new(Msg::AnalysisSwitchingDiscountNone)
                .arg("max", format_percent(MAX_DISCOUNT_RATE, 0)),
        ),
    }
}
