//! The tornado chart's figures: the net present value when each key input moves to its low
//! and to its high value, the others as entered, widest swing first.
//!
//! The ranges, stated here and nowhere else:
//! - planned saving, share of savings that arrives, one-off costs and running costs: the low
//!   and high multipliers of the scenario's `uncertainty` (its defaults when it has none:
//!   saving ×0.5/×1.5, share that arrives ×0.6/×1, one-off costs ×0.8/×2, running costs
//!   ×0.8/×1.5), the same ranges the Monte Carlo simulation draws from;
//! - years to full savings: [`RAMP_CHANGE`], each service's own years one sooner and two
//!   later (kept within 1 to 30);
//! - discount rate: [`DISCOUNT_CHANGE`], two percentage points either side (kept within 0%
//!   to 20%).

use super::flows::{Flows, Levers, Ramp};
use super::input::Input;
use crate::engine::{format_percent, Scenario, Triangle};
use crate::i18n::{count, fill, Lang, Msg};

/// Years to full savings move this many years (sooner, later).
pub const RAMP_CHANGE: (f64, f64) = (-1.0, 2.0);
/// The discount rate moves this much (down, up), as a fraction.
pub const DISCOUNT_CHANGE: (f64, f64) = (-0.02, 0.02);
/// The discount rates the format accepts.
const DISCOUNT_RANGE: (f64, f64) = (0.0, 0.2);

/// One bar: an input at its low and its high value.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Which input.
    pub input: Input,
    /// The low value in the reader's words, like "50% of plan" or "2.5%".
    pub low: String,
    /// The high value in words.
    pub high: String,
    /// The NPV with the input at its low value.
    pub npv_low: f64,
    /// The NPV with the input at its high value.
    pub npv_high: f64,
}

impl Bar {
    /// How far the NPV moves between the low and the high value.
    pub fn width(&self) -> f64 {
        (self.npv_high - self.npv_low).abs()
    }
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    /// The NPV as entered, where the bars meet.
    pub base: f64,
    /// One bar per input, widest first.
    pub bars: Vec<Bar>,
}

/// "50% of plan": a multiple of the planned saving.
fn of_plan(lang: Lang, m: f64) -> String {
    fill(
        lang,
        Msg::AnalysisTornadoOfPlan,
        &[("percent", &format_percent(m, 0))],
    )
}

/// "1 year sooner" or "2 years later": a whole number of years from `by`.
fn moved(lang: Lang, by: f64) -> String {
    let (msg, years) = if by < 0.0 {
        (Msg::AnalysisTornadoYearsSooner, -by)
    } else {
        (Msg::AnalysisTornadoYearsLater, by)
    };
    count(lang, msg, years.round() as u64, &[])
}

fn change(m: f64) -> String {
    let sign = if m >= 1.0 { "+" } else { "" };
    format!("{sign}{}", format_percent(m - 1.0, 0))
}

/// The NPV of `s` at each input's low and high value, with the values in `lang`.
pub fn tornado(lang: Lang, s: &Scenario) -> Tornado {
    let flows = Flows::new(s);
    let base = flows.as_entered();
    let u = s.uncertainty.unwrap_or_default();
    let npv = |l: Levers| flows.npv(&l);
    let ends = |t: Triangle, set: &dyn Fn(f64) -> Levers| (npv(set(t.low)), npv(set(t.high)));
    let realisation = |m: f64| (s.realisation * m).clamp(0.0, 1.0);
    let discount = |by: f64| (s.discount_rate + by).clamp(DISCOUNT_RANGE.0, DISCOUNT_RANGE.1);
    let mut bars: Vec<Bar> = Input::ALL
        .into_iter()
        .map(|input| {
            let ((low, high), (npv_low, npv_high)) = match input {
                Input::SavingRate => (
                    (of_plan(lang, u.savings.low), of_plan(lang, u.savings.high)),
                    ends(u.savings, &|m| Levers { savings: m, ..base }),
                ),
                Input::Realisation => (
                    (
                        format_percent(realisation(u.realisation.low), 0),
                        format_percent(realisation(u.realisation.high), 0),
                    ),
                    ends(u.realisation, &|m| Levers {
                        realisation: realisation(m),
                        ..base
                    }),
                ),
                Input::OneOffCosts => (
                    (change(u.one_off_costs.low), change(u.one_off_costs.high)),
                    ends(u.one_off_costs, &|m| Levers { one_off: m, ..base }),
                ),
                Input::RunningCosts => (
                    (change(u.running_costs.low), change(u.running_costs.high)),
                    ends(u.running_costs, &|m| Levers { running: m, ..base }),
                ),
                Input::RampYears => (
                    (moved(lang, RAMP_CHANGE.0), moved(lang, RAMP_CHANGE.1)),
                    (
                        npv(Levers {
                            ramp: Ramp::Shift(RAMP_CHANGE.0),
                            ..base
                        }),
                        npv(Levers {
                            ramp: Ramp::Shift(RAMP_CHANGE.1),
                            ..base
                        }),
                    ),
                ),
                Input::DiscountRate => {
                    let (down, up) = (discount(DISCOUNT_CHANGE.0), discount(DISCOUNT_CHANGE.1));
                    (
                        (format_percent(down, 1), format_percent(up, 1)),
                        (
                            npv(Levers {
                                discount_rate: down,
                                ..base
                            }),
                            npv(Levers {
                                discount_rate: up,
                                ..base
                            }),
                        ),
                    )
                }
            };
            Bar {
                input,
                low,
                high,
                npv_low,
                npv_high,
            }
        })
        .collect();
    bars.sort_by(|a, b| b.width().total_cmp(&a.width()));
    Tornado {
        base: npv(base),
        bars,
    }
}
