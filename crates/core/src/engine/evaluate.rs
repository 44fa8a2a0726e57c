//! Working out the figures: exactly the spec's formulas (v2) in `f64`, in one pass over years,
//! partners and services. Growth and discount factors and partner weights are computed once;
//! the inner loop does not allocate. Never panics, even on a scenario that failed validation
//! (its figures are then meaningless, and at most the longest valid horizon is appraised).

use super::financial_year::financial_year_label;
use super::results::{
    CashFigures, CellFigures, PartnerFigures, Payback, PopulationGap, Results, ServiceFigures,
    YearFigures,
};
use super::scenario::Scenario;
use super::split::weights;
use super::terms::{
    base_offset, discount_factor, growth_factor, horizon, inflation_index, partner_costs_by_year,
    ServiceTerms,
};

/// One service's flows in one year, all partners together.
struct ServiceYear {
    /// C(s,k).
    combined: f64,
    /// S(s,k).
    saving: f64,
    /// R(s,k), with optimism bias.
    running: f64,
    /// O(s,k), with optimism bias.
    one_off: f64,
    /// r(s,k).
    ramp: f64,
}

impl ServiceYear {
    /// T(s,k) = C − S + R + O.
    fn shared(&self) -> f64 {
        self.combined - self.saving + self.running + self.one_off
    }
}

/// The flows of the service with terms `t` in year `k` of `s`, given G_k.
fn service_year(s: &Scenario, t: &ServiceTerms, k: u32, growth: f64) -> ServiceYear {
    let combined = t.combined * growth;
    let ramp = t.ramp(k, t.ramp_years);
    ServiceYear {
        combined,
        // rate × realisation first, as format v1 did, so v1 figures stay the same to the bit.
        saving: combined * (t.saving_rate * s.realisation) * ramp,
        running: t.running(k, combined, growth) * (1.0 + s.optimism_bias_running),
        one_off: t.one_off_in(k),
        ramp,
    }
}

/// Works out every figure for `s`. Assumes [`crate::engine::validate`] found no problem.
pub fn evaluate(s: &Scenario) -> Results {
    let horizon = horizon(s);
    let offset = base_offset(s);
    let terms = ServiceTerms::all(s);
    let own_costs = partner_costs_by_year(s);
    // (baseline, weight) per partner, then per service, so the inner loop just zips.
    let partner_rows = partner_rows(s);
    let (partner_count, service_count) = (s.partners.len(), s.services.len());
    let cells_len = (horizon as usize)
        .saturating_mul(partner_count)
        .saturating_mul(service_count);

    let mut r = Results {
        years: Vec::with_capacity(horizon as usize),
        partners: vec![
            PartnerFigures {
                standalone: 0.0,
                shared: 0.0,
                own_costs: 0.0,
                net: 0.0,
                npv: 0.0
            };
            partner_count
        ],
        services: terms
            .iter()
            .map(|_| ServiceFigures {
                standalone: 0.0,
                shared: 0.0,
                net: 0.0,
                one_off: 0.0,
                npv: 0.0,
            })
            .collect(),
        cells: Vec::with_capacity(cells_len),
        partner_count,
        service_count,
        own_costs: own_costs.concat(),
        npv: 0.0,
        payback: None,
        recurring_saving: recurring_saving(s, &terms),
        recurring_saving_share: None,
        fully_in_place_year: terms.iter().map(ServiceTerms::full_year).max().unwrap_or(1),
        per_resident: None,
        per_resident_gap: population_gap(s),
        break_even_rate: None,
        break_even_arriving: None,
        baseline_year1: terms.iter().map(|t| t.combined).sum(),
        one_off_total: 0.0,
        partner_costs_total: own_costs.iter().flatten().sum(),
        price_base_label: financial_year_label(s.price_base(), 1),
        standalone_total: 0.0,
        shared_total: 0.0,
        net_total: 0.0,
    };

    let mut flows: Vec<ServiceYear> = Vec::with_capacity(service_count);
    let (mut break_even_costs, mut break_even_savings) = (0.0, 0.0);
    let mut cash_cumulative = 0.0;
    for k in 1..=horizon {
        let growth = growth_factor(s.cost_growth, k);
        let discount = discount_factor(s.discount_rate, k, offset);
        let own = own_costs.get(k as usize - 1).map_or(&[][..], Vec::as_slice);
        let own_total: f64 = own.iter().sum();
        flows.clear();
        flows.extend(terms.iter().map(|t| service_year(s, t, k, growth)));
        let mut year = YearFigures {
            year: k,
            label: financial_year_label(s.first_year, k),
            standalone: 0.0,
            shared: own_total,
            partner_costs: own_total,
            net: -own_total,
            cumulative: 0.0,
            discount_factor: discount,
            discounted_net: 0.0,
            cash: CashFigures {
                standalone: 0.0,
                shared: 0.0,
                net: 0.0,
                cumulative: 0.0,
            },
        };
        break_even_costs += discount * own_total;
        for (f, total) in flows.iter().zip(&mut r.services) {
            let shared = f.shared();
            let net = f.combined - shared;
            total.standalone += f.combined;
            total.shared += shared;
            total.net += net;
            total.one_off += f.one_off;
            total.npv += discount * net;
            year.standalone += f.combined;
            year.shared += shared;
            year.net += net;
            break_even_costs += discount * (f.running + f.one_off);
            break_even_savings += discount * f.combined * f.ramp;
        }
        for ((row, partner), &own_cost) in partner_rows
            .iter()
            .zip(&mut r.partners)
            .zip(own.iter().chain(std::iter::repeat(&0.0)))
        {
            let mut net_this_year = -own_cost;
            for (&(baseline, weight), f) in row.iter().zip(&flows) {
                let standalone = baseline * growth;
                let shared = weight * f.shared();
                let cell = CellFigures {
                    standalone,
                    shared,
                    net: standalone - shared,
                    saving: weight * f.saving,
                    running: weight * f.running,
                    one_off: weight * f.one_off,
                };
                partner.standalone += cell.standalone;
                partner.shared += cell.shared;
                net_this_year += cell.net;
                r.cells.push(cell);
            }
            partner.shared += own_cost;
            partner.own_costs += own_cost;
            partner.npv += discount * net_this_year;
        }
        r.npv += discount * year.net;
        r.net_total += year.net;
        r.standalone_total += year.standalone;
        r.shared_total += year.shared;
        r.one_off_total += own_total + flows.iter().map(|f| f.one_off).sum::<f64>();
        year.cumulative = r.net_total;
        year.discounted_net = discount * year.net;
        let index = inflation_index(s.inflation, k, offset);
        cash_cumulative += year.net * index;
        year.cash = CashFigures {
            standalone: year.standalone * index,
            shared: year.shared * index,
            net: year.net * index,
            cumulative: cash_cumulative,
        };
        if r.payback.is_none() && year.cumulative > 0.0 {
            r.payback = Some(Payback {
                year: k,
                label: year.label.clone(),
            });
        }
        r.years.push(year);
    }
    for p in &mut r.partners {
        p.net = p.standalone - p.shared;
    }
    r.recurring_saving_share =
        (r.baseline_year1 != 0.0).then(|| r.recurring_saving / r.baseline_year1);
    r.per_resident = per_resident(s, r.recurring_saving);
    let divisor = s.realisation * break_even_savings;
    r.break_even_rate = (divisor != 0.0)
        .then(|| break_even_costs / divisor)
        .filter(|rate| rate.is_finite());
    r.break_even_arriving = r.break_even_rate.map(|rate| rate * s.realisation);
    r
}

/// Σ_s [C(s,1) × (saving_rate × realisation − running_cost_rate × (1 + ob_running))
/// − fixed_running_cost × (1 + ob_running)]: a full year once every service is fully in place,
/// at Year 1 spend.
fn recurring_saving(s: &Scenario, terms: &[ServiceTerms]) -> f64 {
    let uplift = 1.0 + s.optimism_bias_running;
    terms
        .iter()
        .map(|t| {
            t.combined * (t.saving_rate * s.realisation - t.running_rate * uplift)
                - t.fixed_running * uplift
        })
        .sum()
}

/// For each partner, its (baseline, weight) for each service.
fn partner_rows(s: &Scenario) -> Vec<Vec<(f64, f64)>> {
    let weights: Vec<Vec<f64>> = s
        .services
        .iter()
        .map(|service| weights(service, &s.partners))
        .collect();
    (0..s.partners.len())
        .map(|p| {
            s.services
                .iter()
                .zip(&weights)
                .map(|(service, w)| {
                    (
                        service.baseline.get(p).copied().unwrap_or(0.0),
                        w.get(p).copied().unwrap_or(0.0),
                    )
                })
                .collect()
        })
        .collect()
}

/// The first partner without a population above zero, which rules out a per-resident figure.
fn population_gap(s: &Scenario) -> Option<PopulationGap> {
    s.partners
        .iter()
        .enumerate()
        .find_map(|(i, p)| match p.population {
            Some(n) if n > 0.0 && n.is_finite() => None,
            Some(0.0) => Some(PopulationGap::Zero(i)),
            _ => Some(PopulationGap::Missing(i)),
        })
}

/// Recurring saving per resident, when every partner has a population above zero.
fn per_resident(s: &Scenario, recurring_saving: f64) -> Option<f64> {
    if s.partners.is_empty() || population_gap(s).is_some() {
        return None;
    }
    let residents: f64 = s.partners.iter().filter_map(|p| p.population).sum();
    Some(recurring_saving / residents).filter(|v| v.is_finite())
}
