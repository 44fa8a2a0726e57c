//! The figures the engine works out for a scenario: plain data for views, reports and the CSV
//! export, so nothing downstream does arithmetic. Built by `evaluate`.

/// Everything the calculator shows for one scenario. Amounts are in the scenario's currency,
/// undiscounted unless the field says otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// One entry per appraisal year k = 1..=H, in order.
    pub years: Vec<YearFigures>,
    /// One entry per partner, in scenario order, totalled over the period.
    pub partners: Vec<PartnerFigures>,
    /// One entry per service, in scenario order, totalled over the period.
    pub services: Vec<ServiceFigures>,
    /// A(s,p,k), T(s,p,k), N(s,p,k), flat with the year outermost, then partner, then service.
    pub(crate) cells: Vec<CellFigures>,
    /// Number of partners, for finding a cell.
    pub(crate) partner_count: usize,
    /// Number of services, for finding a cell.
    pub(crate) service_count: usize,
    /// P(p,k), each partner's own one-off costs with optimism bias, flat with the year
    /// outermost.
    pub(crate) own_costs: Vec<f64>,
    /// Net present value of the net savings: Σ_k D_k × N_k.
    pub npv: f64,
    /// The first year the cumulative net saving is above zero; `None` if it never is.
    pub payback: Option<Payback>,
    /// Recurring saving once every service is fully in place, a full year at Year 1 spend,
    /// after running costs (spec v2 formula).
    pub recurring_saving: f64,
    /// `recurring_saving` as a fraction of Year 1 spend; `None` when Year 1 spend is 0.
    pub recurring_saving_share: Option<f64>,
    /// The first year in which every service is fully in place (start year + years to full
    /// savings − 1); when it is after the last year appraised, the recurring saving is a level
    /// the period never reaches, and the page says so.
    pub fully_in_place_year: u32,
    /// `recurring_saving` per resident; `None` unless every partner has a population above 0.
    pub per_resident: Option<f64>,
    /// Why there is no per-resident figure, when there is none.
    pub per_resident_gap: Option<PopulationGap>,
    /// The one planned saving rate which, given to every service, makes the NPV zero (the
    /// Green Book switching value, r*); `None` when no saving rate can change the NPV.
    pub break_even_rate: Option<f64>,
    /// The share of spend that must actually be saved at the break-even: r* × realisation.
    pub break_even_arriving: Option<f64>,
    /// Year 1 standalone spend of all partners on all services (Σ_s C(s,1)).
    pub baseline_year1: f64,
    /// All one-off costs over the period including optimism bias: the services'
    /// (Σ_k Σ_s O(s,k)) and the partners' own (Σ_k Σ_p P(p,k)).
    pub one_off_total: f64,
    /// The part of `one_off_total` that falls on single partners (Σ_k Σ_p P(p,k)).
    pub partner_costs_total: f64,
    /// The financial year of the price base, like "2027/28": every amount is in its prices,
    /// and the NPV is valued as at it.
    pub price_base_label: String,
    /// Standalone cost over the period (Σ_k Σ_s C(s,k)).
    pub standalone_total: f64,
    /// Cost with sharing over the period, the partners' own costs included
    /// (Σ_k (Σ_s T(s,k) + Σ_p P(p,k))).
    pub shared_total: f64,
    /// Net saving over the period (Σ_k N_k), undiscounted.
    pub net_total: f64,
}

/// When the sharing pays back.
#[derive(Clone, Debug, PartialEq)]
pub struct Payback {
    /// The appraisal year k (1-based).
    pub year: u32,
    /// Its financial year, like "2029/30".
    pub label: String,
}

/// One appraisal year, all partners and services together.
#[derive(Clone, Debug, PartialEq)]
pub struct YearFigures {
    /// The appraisal year k (1-based).
    pub year: u32,
    /// Its financial year, like "2027/28".
    pub label: String,
    /// Standalone cost Σ_s C(s,k).
    pub standalone: f64,
    /// Cost with sharing, the partners' own costs included: Σ_s T(s,k) + Σ_p P(p,k).
    pub shared: f64,
    /// The partners' own one-off costs in the year, Σ_p P(p,k) (part of `shared`).
    pub partner_costs: f64,
    /// Net saving N_k = standalone − shared.
    pub net: f64,
    /// Net saving so far, K_k = Σ_{j≤k} N_j.
    pub cumulative: f64,
    /// D_k = (1 + discount rate)^−(k−1+e), valuing the year as at the price base.
    pub discount_factor: f64,
    /// D_k × N_k.
    pub discounted_net: f64,
    /// The same year in cash: not discounted, with inflation.
    pub cash: CashFigures,
}

/// One year in cash (nominal) terms for a medium-term financial plan: each real amount times
/// I_k = (1 + inflation)^(k−1+e). Never discounted, never used for the NPV.
#[derive(Clone, Debug, PartialEq)]
pub struct CashFigures {
    /// Cost alone, in cash.
    pub standalone: f64,
    /// Cost with sharing, the partners' own costs included, in cash.
    pub shared: f64,
    /// Net saving, in cash.
    pub net: f64,
    /// Net saving so far, in cash.
    pub cumulative: f64,
}

/// Why a per-resident figure cannot be worked out: the first partner without a usable
/// population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PopulationGap {
    /// Partner `index` has no population.
    Missing(usize),
    /// Partner `index`'s population is 0.
    Zero(usize),
}

/// A partner whose NPV is below this (minus half a penny) is worse off than going alone.
pub const WORSE_OFF_NPV: f64 = -0.005;

/// The one worse-off test (spec v2): an NPV below minus half a penny. The partners table, the
/// residents' summary and the balancing payments all use it.
pub fn is_worse_off(npv: f64) -> bool {
    npv < WORSE_OFF_NPV
}

/// One partner's figures over the whole period.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerFigures {
    /// Its standalone cost, Σ_k Σ_s A(s,p,k).
    pub standalone: f64,
    /// Its cost with sharing: its share of the shared cost and its own one-off costs,
    /// Σ_k (Σ_s T(s,p,k) + P(p,k)).
    pub shared: f64,
    /// Its own one-off costs, Σ_k P(p,k) (part of `shared`).
    pub own_costs: f64,
    /// Its net saving, standalone − shared, not discounted.
    pub net: f64,
    /// Its net present value, Σ_k D_k × (Σ_s N(s,p,k) − P(p,k)); the partners' NPVs sum to
    /// the NPV.
    pub npv: f64,
}

impl PartnerFigures {
    /// Whether the partner is worse off than going alone ([`is_worse_off`] of its NPV).
    pub fn worse_off(&self) -> bool {
        is_worse_off(self.npv)
    }
}

/// One service's figures over the whole period, all partners together.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceFigures {
    /// Standalone cost, Σ_k C(s,k).
    pub standalone: f64,
    /// Shared cost, Σ_k T(s,k).
    pub shared: f64,
    /// Net saving, standalone − shared.
    pub net: f64,
    /// One-off cost including optimism bias over the period, Σ_k O(s,k).
    pub one_off: f64,
    /// Net present value of this service's net savings, Σ_k D_k × N(s,k).
    pub npv: f64,
}

/// One partner's figures for one service in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CellFigures {
    /// Standalone cost A(s,p,k).
    pub standalone: f64,
    /// Share of the shared cost T(s,p,k).
    pub shared: f64,
    /// Net saving N(s,p,k) = standalone − shared.
    pub net: f64,
    /// Its share of the gross saving, w(s,p) × S(s,k).
    pub saving: f64,
    /// Its share of the running cost, w(s,p) × R(s,k).
    pub running: f64,
    /// Its share of the one-off cost, w(s,p) × O(s,k).
    pub one_off: f64,
}

impl Results {
    /// The figures of year index `k_index` (0-based, so Year 1 is 0), partner `p` and service
    /// `s`; `None` when any index is out of range.
    pub fn cell(&self, k_index: usize, p: usize, s: usize) -> Option<&CellFigures> {
        if p >= self.partner_count || s >= self.service_count {
            return None;
        }
        let i = k_index
            .checked_mul(self.partner_count)?
            .checked_add(p)?
            .checked_mul(self.service_count)?
            .checked_add(s)?;
        self.cells.get(i)
    }

    /// Partner `p`'s own one-off costs in year index `k_index` (0-based), P(p,k); 0 when out
    /// of range.
    pub fn own_cost(&self, k_index: usize, p: usize) -> f64 {
        if p >= self.partner_count {
            return 0.0;
        }
        k_index
            .checked_mul(self.partner_count)
            .and_then(|i| i.checked_add(p))
            .and_then(|i| self.own_costs.get(i))
            .copied()
            .unwrap_or(0.0)
    }

    /// Partner `p`'s net saving in year index `k_index`: Σ_s N(s,p,k) − P(p,k).
    pub fn partner_net(&self, k_index: usize, p: usize) -> f64 {
        (0..self.service_count)
            .filter_map(|s| self.cell(k_index, p, s))
            .map(|c| c.net)
            .sum::<f64>()
            - self.own_cost(k_index, p)
    }

    /// Whether every service is fully in place by the last year appraised, so that the
    /// recurring saving is a level the period reaches.
    pub fn fully_in_place_within_period(&self) -> bool {
        self.fully_in_place_year as usize <= self.years.len()
    }

    /// Every cell as `(k_index, p, s, figures)`, year outermost, then partner, then service:
    /// the order of the CSV export.
    pub fn cells_iter(&self) -> impl Iterator<Item = (usize, usize, usize, &CellFigures)> {
        let per_year = (self.partner_count * self.service_count).max(1);
        let services = self.service_count.max(1);
        self.cells.iter().enumerate().map(move |(i, c)| {
            (
                i / per_year,
                i / services % self.partner_count.max(1),
                i % services,
                c,
            )
        })
    }
}
