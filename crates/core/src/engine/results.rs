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
    /// Net present value of the net savings: Σ_k D_k × N_k.
    pub npv: f64,
    /// The first year the cumulative net saving is above zero; `None` if it never is.
    pub payback: Option<Payback>,
    /// Recurring saving once fully in place, a full year in Year 1 prices, after running costs.
    pub recurring_saving: f64,
    /// `recurring_saving` as a fraction of Year 1 spend; `None` when Year 1 spend is 0.
    pub recurring_saving_share: Option<f64>,
    /// `recurring_saving` per resident; `None` unless every partner has a population above 0.
    pub per_resident: Option<f64>,
    /// The one saving rate which, given to every service, makes the NPV zero (the Green Book
    /// switching value); `None` when no saving rate can change the NPV.
    pub break_even_rate: Option<f64>,
    /// Year 1 standalone spend of all partners on all services (Σ_s C(s,1)): "today's spend".
    pub baseline_year1: f64,
    /// All one-off costs including optimism bias (Σ_s O(s,1)).
    pub one_off_total: f64,
    /// Standalone cost over the period (Σ_k Σ_s C(s,k)).
    pub standalone_total: f64,
    /// Shared cost over the period (Σ_k Σ_s T(s,k)).
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
    /// Shared cost Σ_s T(s,k).
    pub shared: f64,
    /// Net saving N_k = standalone − shared.
    pub net: f64,
    /// Net saving so far, K_k = Σ_{j≤k} N_j.
    pub cumulative: f64,
    /// D_k = (1 + discount rate)^−(k−1).
    pub discount_factor: f64,
    /// D_k × N_k.
    pub discounted_net: f64,
}

/// One partner's figures over the whole period.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerFigures {
    /// Its standalone cost, Σ_k Σ_s A(s,p,k).
    pub standalone: f64,
    /// Its share of the shared cost, Σ_k Σ_s T(s,p,k).
    pub shared: f64,
    /// Its net saving, standalone − shared; negative means it pays more than going alone.
    pub net: f64,
    /// Its net present value, Σ_k D_k × Σ_s N(s,p,k); the partners' NPVs sum to the NPV.
    pub npv: f64,
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
    /// One-off cost including optimism bias, O(s,1).
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
