//! The six inputs whose effect on the net present value the analysis reports, named once so
//! the switching values, the tornado chart and the views agree.

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
    pub fn label(self) -> &'static str {
        match self {
            Input::SavingRate => "Planned saving",
            Input::Realisation => "Share of savings that arrives",
            Input::OneOffCosts => "One-off costs",
            Input::RunningCosts => "Running costs",
            Input::RampYears => "Years to full savings",
            Input::DiscountRate => "Discount rate",
        }
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
