//! The scenario: what an officer describes (partners, services, assumptions), in the shape of
//! scenario file format v2. Owns the types, the spec's defaults and JSON writing; reading
//! lives in `read`, range checks in `validate`.

use serde::Serialize;

use super::source::Source;
use super::uncertainty::Uncertainty;

/// The scenario file format this engine writes; files carry it as `"version"`.
pub const FORMAT_VERSION: u32 = 2;

/// The older format this engine still reads: a version 1 file is read as version 2 with the
/// v2 fields at their defaults, which give exactly the version 1 figures.
pub const OLDEST_VERSION: u32 = 1;

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
    /// No uplift on running costs unless told otherwise (format v2).
    pub const OPTIMISM_BIAS_RUNNING: f64 = 0.0;
    /// General inflation a year, for the cash view only (format v2).
    pub const INFLATION: f64 = 0.02;
    /// A shared service goes live in Year 1 unless told otherwise (format v2).
    pub const SAVINGS_START_YEAR: u32 = 1;
    /// The whole one-off cost falls in Year 1 unless told otherwise (format v2).
    pub const ONE_OFF_PROFILE: [f64; 1] = [1.0];
    /// No fixed running cost unless told otherwise (format v2).
    pub const FIXED_RUNNING_COST: f64 = 0.0;
    /// A partner's own cost falls in Year 1 unless told otherwise (format v2).
    pub const PARTNER_COST_YEAR: u32 = 1;
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
    /// Uplift on one-off costs (the services' and the partners' own), as a fraction
    /// (0.5 = +50%).
    pub optimism_bias: f64,
    /// Uplift on the running costs of the shared arrangement, as a fraction.
    pub optimism_bias_running: f64,
    /// The financial year (its first calendar year) whose prices every amount is in and to
    /// which values are discounted; `None` means `first_year`.
    pub price_base_year: Option<i32>,
    /// General inflation a year, as a fraction, used only for the cash view.
    pub inflation: f64,
    /// The councils or bodies that would share, in display order.
    pub partners: Vec<Partner>,
    /// The services that would be shared, in display order.
    pub services: Vec<Service>,
    /// One-off costs that fall on one partner alone (redundancy, pension strain, contract exit).
    pub partner_costs: Vec<PartnerCost>,
    /// How unsure the officer is (a sharecalc extension, `docs/format.md`); `None` means the
    /// default ranges, and then nothing is written, so old links stay as they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
    /// The "a partner leaves" question last asked (a sharecalc extension, `docs/format.md`);
    /// it never changes the scenario's figures, and nothing is written when it is `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaving: Option<Leaving>,
    /// The publication the figures started from (a sharecalc extension, `docs/format.md`),
    /// whose attribution is shown with them; `None`, and nothing written, for figures typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Default for Scenario {
    /// Every field at the spec's default, with no partners and no services: a starting point
    /// for building a scenario field by field (it is not valid until partners and services
    /// are added).
    fn default() -> Self {
        Scenario {
            version: FORMAT_VERSION,
            title: defaults::TITLE.to_owned(),
            currency: defaults::CURRENCY.to_owned(),
            first_year: defaults::FIRST_YEAR,
            horizon_years: defaults::HORIZON_YEARS,
            discount_rate: defaults::DISCOUNT_RATE,
            cost_growth: defaults::COST_GROWTH,
            realisation: defaults::REALISATION,
            optimism_bias: defaults::OPTIMISM_BIAS,
            optimism_bias_running: defaults::OPTIMISM_BIAS_RUNNING,
            price_base_year: None,
            inflation: defaults::INFLATION,
            partners: Vec::new(),
            services: Vec::new(),
            partner_costs: Vec::new(),
            uncertainty: None,
            leaving: None,
            source: None,
        }
    }
}

/// A one-off cost that falls on one partner alone, such as redundancy and pension strain for
/// its own staff: it is not shared by any split.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PartnerCost {
    /// The index of the partner that bears it, in `Scenario::partners`.
    pub partner: usize,
    /// What it is, e.g. "Redundancy and pension strain".
    pub label: String,
    /// The appraisal year it falls in (1-based).
    pub year: u32,
    /// The amount in price-base prices, before optimism bias.
    pub amount: f64,
}

/// Who leaves the partnership, when, and for what exit fee: the question the "a partner
/// leaves" analysis answers (`crate::analysis::leave`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Leaving {
    /// The leaving partner's index, in scenario order.
    pub partner: usize,
    /// Its last appraisal year in the partnership (1-based): it is out from the next year.
    pub year: u32,
    /// What it pays the others on leaving, in price-base prices.
    pub exit_fee: f64,
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
    /// Each partner's annual standalone cost in price-base prices, in partner order.
    pub baseline: Vec<f64>,
    /// Planned recurring saving once fully realised, as a share of the combined baseline.
    pub saving_rate: f64,
    /// The year the shared service goes live (1-based): no saving and no running cost before.
    pub savings_start_year: u32,
    /// From the start year, savings grow in equal steps and are full after this many years.
    pub ramp_years: u32,
    /// One-off implementation cost, before optimism bias.
    pub one_off_cost: f64,
    /// The share of the one-off cost that falls in Year 1, Year 2, …; sums to 1.
    pub one_off_profile: Vec<f64>,
    /// Extra recurring cost of the shared arrangement, as a share of the combined baseline.
    pub running_cost_rate: f64,
    /// Extra recurring cost that does not scale with spend, a year, in price-base prices.
    pub fixed_running_cost: f64,
    /// How the shared service's costs are divided between partners.
    pub split: Split,
}

impl Default for Service {
    /// Every field at the spec's default, with no name and no baselines.
    fn default() -> Self {
        Service {
            name: String::new(),
            baseline: Vec::new(),
            saving_rate: defaults::SAVING_RATE,
            savings_start_year: defaults::SAVINGS_START_YEAR,
            ramp_years: defaults::RAMP_YEARS,
            one_off_cost: defaults::ONE_OFF_COST,
            one_off_profile: defaults::ONE_OFF_PROFILE.to_vec(),
            running_cost_rate: defaults::RUNNING_COST_RATE,
            fixed_running_cost: defaults::FIXED_RUNNING_COST,
            split: Split::default(),
        }
    }
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
    /// Compact JSON in file format v2, every field written, for links and storage.
    pub fn to_json_string(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Indented JSON in file format v2, for files a person may open.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The price base B: the financial year whose prices every amount is in (its first
    /// calendar year), `first_year` unless set.
    pub fn price_base(&self) -> i32 {
        self.price_base_year.unwrap_or(self.first_year)
    }

    /// Removes partner `index` and everything that is its alone: its baseline and driver
    /// value in every service, its own costs (the others' costs follow their partner to its
    /// new index), and a leaving question about it. Does nothing when there is no such
    /// partner. The editor calls this, so a scenario never names a partner it lacks.
    pub fn remove_partner(&mut self, index: usize) {
        if index >= self.partners.len() {
            return;
        }
        self.partners.remove(index);
        for service in &mut self.services {
            if index < service.baseline.len() {
                service.baseline.remove(index);
            }
            if let Split::Driver { values, .. } = &mut service.split {
                if index < values.len() {
                    values.remove(index);
                }
            }
        }
        remove_partner_costs(&mut self.partner_costs, index);
        self.leaving = match self.leaving {
            Some(l) if l.partner == index => None,
            Some(l) if l.partner > index => Some(Leaving {
                partner: l.partner - 1,
                ..l
            }),
            other => other,
        };
    }
}

/// Drops the costs of partner `index` and moves the costs of later partners down one index,
/// as when that partner is removed; for an editor that keeps partner costs in its own list.
pub fn remove_partner_costs(costs: &mut Vec<PartnerCost>, index: usize) {
    costs.retain(|c| c.partner != index);
    for c in costs.iter_mut().filter(|c| c.partner > index) {
        c.partner -= 1;
    }
}
