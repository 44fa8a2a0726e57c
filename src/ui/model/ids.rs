//! Element ids of the editor's boxes, shared by the boxes themselves and by the problems
//! found in them, so that the error summary links to the right box. Rows are named by their
//! stable key, not their place, so an id survives reordering.

use sharecalc_core::engine::{RangeEnd, UncertaintyRange};

/// The assumptions' boxes, one each.
pub const TITLE: &str = "title";
/// See [`TITLE`].
pub const CURRENCY: &str = "currency";
/// See [`TITLE`].
pub const FIRST_YEAR: &str = "first-year";
/// See [`TITLE`].
pub const HORIZON_YEARS: &str = "horizon-years";
/// See [`TITLE`].
pub const DISCOUNT_RATE: &str = "discount-rate";
/// See [`TITLE`].
pub const COST_GROWTH: &str = "cost-growth";
/// See [`TITLE`].
pub const REALISATION: &str = "realisation";
/// See [`TITLE`].
pub const OPTIMISM_BIAS: &str = "optimism-bias";
/// See [`TITLE`].
pub const OPTIMISM_BIAS_RUNNING: &str = "optimism-bias-running";
/// See [`TITLE`].
pub const PRICE_BASE_YEAR: &str = "price-base-year";
/// See [`TITLE`].
pub const INFLATION: &str = "inflation";

/// The "a partner leaves" question's controls.
pub const LEAVING_PARTNER: &str = "leaving-partner";
/// See [`LEAVING_PARTNER`].
pub const LEAVING_YEAR: &str = "leaving-year";
/// See [`LEAVING_PARTNER`].
pub const LEAVING_FEE: &str = "leaving-fee";

/// A partner's name box.
pub fn partner_name(p: u32) -> String {
    format!("partner-{p}-name")
}

/// A partner's population box.
pub fn partner_population(p: u32) -> String {
    format!("partner-{p}-population")
}

/// The boxes about a whole service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceBox {
    /// Its name.
    Name,
    /// Its planned saving.
    SavingRate,
    /// Its years to full savings.
    RampYears,
    /// Its one-off cost.
    OneOffCost,
    /// Its running cost.
    RunningCostRate,
    /// The year it goes live.
    SavingsStartYear,
    /// How its one-off cost is spread over the years.
    OneOffProfile,
    /// Its fixed running cost a year.
    FixedRunningCost,
    /// How its costs are split (a `<select>`).
    Basis,
    /// What its driver measures.
    DriverLabel,
}

/// A box about a whole service.
pub fn service(s: u32, field: ServiceBox) -> String {
    let field = match field {
        ServiceBox::Name => "name",
        ServiceBox::SavingRate => "saving-rate",
        ServiceBox::RampYears => "ramp-years",
        ServiceBox::OneOffCost => "one-off-cost",
        ServiceBox::RunningCostRate => "running-cost-rate",
        ServiceBox::SavingsStartYear => "savings-start-year",
        ServiceBox::OneOffProfile => "one-off-profile",
        ServiceBox::FixedRunningCost => "fixed-running-cost",
        ServiceBox::Basis => "basis",
        ServiceBox::DriverLabel => "driver-label",
    };
    format!("service-{s}-{field}")
}

/// One partner's annual cost of one service.
pub fn baseline(s: u32, p: u32) -> String {
    format!("service-{s}-baseline-{p}")
}

/// One partner's driver value for one service.
pub fn driver(s: u32, p: u32) -> String {
    format!("service-{s}-driver-{p}")
}

/// The boxes of a partner's own one-off cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerCostBox {
    /// The partner that bears it (a `<select>`).
    Partner,
    /// What it is.
    Label,
    /// The year it falls in.
    Year,
    /// Its amount.
    Amount,
}

/// A box of a partner's own one-off cost, like `partner-cost-12-amount`.
pub fn partner_cost(c: u32, field: PartnerCostBox) -> String {
    let field = match field {
        PartnerCostBox::Partner => "partner",
        PartnerCostBox::Label => "label",
        PartnerCostBox::Year => "year",
        PartnerCostBox::Amount => "amount",
    };
    format!("partner-cost-{c}-{field}")
}

/// One end of one range of the analysis, like `uncertainty-one_off_costs-high`.
pub fn range(range: UncertaintyRange, end: RangeEnd) -> String {
    format!("uncertainty-{}-{}", range.name(), end.name())
}

/// The heading of the partners section (problems with the list itself).
pub const PARTNERS: &str = "partners-heading";

/// The heading of the services section.
pub const SERVICES: &str = "services-heading";

/// The heading of the partners' own costs section.
pub const PARTNER_COSTS: &str = "partner-costs-heading";
