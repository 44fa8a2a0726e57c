//! The six inputs whose effect on the net present value the analysis reports, named once so
//! the switching values, the tornado chart and the views agree.

use crate::i18n::{t, Lang, Msg};

/// A key input of the appraisal (HM Treasury Green Book: the inputs to test).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// The planned saving rate, all services together.
    SavingRate,
    /// The share of planned savings that arrives.
    Realisation,
    /// All one-off costs, with optimism bias.
    OneOffCosts,
    /// All running costs of the shared arrangement.
    RunningCosts,
    /// Years until savings are in full.
    RampYears,
    /// The real discount rate.
    DiscountRate,
}

impl Input {
    /// Every input, in the order the page lists them.
    pub const ALL: [Input; 6] = [
        Input::SavingRate,
        Input::Realisation,
        Input::OneOffCosts,
        Input::RunningCosts,
        Input::RampYears,
        Input::DiscountRate,
    ];

    /// The input's name in plain words, as a row heading.
    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Input::SavingRate => Msg::AnalysisInputSavingRate,
                Input::Realisation => Msg::AnalysisInputRealisation,
                Input::OneOffCosts => Msg::AnalysisInputOneOffCosts,
                Input::RunningCosts => Msg::AnalysisInputRunningCosts,
                Input::RampYears => Msg::AnalysisInputRampYears,
                Input::DiscountRate => Msg::AnalysisInputDiscountRate,
            },
        )
    }

    /// A stable code for element ids and test hooks, like `one-off-costs`.
    pub fn code(self) -> &'static str {
        match self {
            Input::SavingRate => "saving-rate",
            Input::Realisation => "realisation",
            Input::OneOffCosts => "one-off-costs",
            Input::RunningCosts => "running-costs",
            Input::RampYears => "ramp-years",
            Input::DiscountRate => "discount-rate",
        }
    }
}
