//! The scenario: what an officer describes (partners, services, assumptions), in the shape of
//! scenario file format v1. Owns the types, the spec's defaults and JSON writing; reading
//! lives in `read`, range checks in `validate`.

use serde::Serialize;

use super::source::Source;
use super::uncertainty::Uncertainty;

/// The scenario file format this engine reads and writes; files carry it as `"version"`.
pub const FORMAT_VERSION: u32 = 1;

/// Spec defaults for optional fields, shared by the reader and anyone building a scenario.
pub mod defaults {
    /// Title when none is given.
    pub const TITLE: &str = "";
    /// Display currency when none is given.
    pub const CURRENCY: &str = "GBP";
    /// Year 1 is financial year 2027/28 unless told otherwise.
    pub const FIRST_YEAR: i32 = 2027;
    /// Ten years appraised unless told otherwise.
    pub const HORIZON_YEARS: u32 = 10;
    /// HM Treasury Green Book real discount rate.
    pub const DISCOUNT_RATE: f64 = 0.035;
    /// No real growth of baselines unless told otherwise.
    pub const COST_GROWTH: f64 = 0.0;
    /// All planned savings arrive unless told otherwise.
    pub const REALISATION: f64 = 1.0;
    /// No uplift on one-off costs unless told otherwise.
    pub const OPTIMISM_BIAS: f64 = 0.0;
    /// A fifth of the combined baseline saved once fully realised.
    pub const SAVING_RATE: f64 = 0.2;
    /// Savings reach their full level in Year 3.
    pub const RAMP_YEARS: u32 = 3;
    /// No one-off implementation cost unless told otherwise.
    pub const ONE_OFF_COST: f64 = 0.0;
    /// No extra running cost of the shared arrangement unless told otherwise.
    pub const RUNNING_COST_RATE: f64 = 0.0;
}

/// Everything the calculator needs to compare running services alone against sharing them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    /// Format version; always [`FORMAT_VERSION`] for a valid scenario.
    pub version: u32,
    /// The scenario's name, shown on results and exports.
    pub title: String,
    /// ISO 4217 code used only for display (see [`crate::engine::CURRENCIES`]).
    pub currency: String,
    /// Calendar year in which Year 1 (financial year `first_year`/`first_year+1`) starts.
    pub first_year: i32,
    /// Number of years appraised (H).
    pub horizon_years: u32,
    /// Real discount rate as a fraction (0.035 = 3.5%).
    pub discount_rate: f64,
    /// Yearly real growth of every baseline, as a fraction.
    pub cost_growth: f64,
    /// Share of the planned savings that actually arrive, as a fraction.
    pub realisation: f64,
    /// Uplift on one-off costs, as a fraction (0.5 = +50%).
    pub optimism_bias: f64,
    /// The councils or bodies that would share, in display order.
    pub partners: Vec<Partner>,
    /// The services that would be shared, in display order.
    pub services: Vec<Service>,
    /// How unsure the officer is (a sharecalc extension of format v1, `docs/format.md`);
    /// `None` means the default ranges, and then nothing is written, so old links stay as
    /// they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
    /// The publication the figures started from (a sharecalc extension, `docs/format.md`),
    /// whose attribution is shown with them; `None`, and nothing written, for figures typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// A council or body taking part in the sharing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Partner {
    /// Unique name, shown in tables and the CSV export.
    pub name: String,
    /// Residents served; needed for per-resident figures and the population split.
    pub population: Option<f64>,
}

/// One service the partners would share, with its costs and assumptions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Service {
    /// Name shown in tables and the CSV export.
    pub name: String,
    /// Each partner's annual standalone cost in Year 1 prices, in partner order.
    pub baseline: Vec<f64>,
    /// Planned recurring saving once fully realised, as a share of the combined baseline.
    pub saving_rate: f64,
    /// Savings grow in equal steps and are full from this year on.
    pub ramp_years: u32,
    /// One-off implementation cost, all in Year 1, before optimism bias.
    pub one_off_cost: f64,
    /// Extra recurring cost of the shared arrangement, as a share of the combined baseline.
    pub running_cost_rate: f64,
    /// How the shared service's costs are divided between partners.
    pub split: Split,
}

/// How a shared service's cost is divided between partners.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(tag = "basis", rename_all = "lowercase")]
pub enum Split {
    /// In proportion to each partner's own baseline for the service (equally if all are 0);
    /// the spec's default.
    #[default]
    Baseline,
    /// In proportion to each partner's population.
    Population,
    /// In equal shares.
    Equal,
    /// In proportion to a named cost driver, one value per partner.
    Driver {
        /// What the values measure, e.g. "Benefit claims".
        label: String,
        /// One value per partner, in partner order.
        values: Vec<f64>,
    },
}

impl Split {
    /// The spec's name for this basis, as written in `split.basis`.
    pub fn basis(&self) -> &'static str {
        match self {
            Split::Baseline => "baseline",
            Split::Population => "population",
            Split::Equal => "equal",
            Split::Driver { .. } => "driver",
        }
    }
}

impl Scenario {
    /// Compact JSON in file format v1, every field written, for links and storage.
    pub fn to_json_string(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Indented JSON in file format v1, for files a person may open.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
