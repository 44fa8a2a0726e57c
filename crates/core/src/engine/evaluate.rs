//! Working out the figures: exactly the spec's formulas in `f64`, in one pass over years,
//! partners and services. Growth and discount factors and partner weights are computed once;
//! the inner loop does not allocate. Never panics, even on a scenario that failed validation
//! (its figures are then meaningless, and at most the longest valid horizon is appraised).

use super::financial_year::financial_year_label;
use super::results::{CellFigures, PartnerFigures, Payback, Results, ServiceFigures, YearFigures};
use super::scenario::{Scenario, Service};
use super::split::weights;
use super::validate::HORIZONS;

/// What one service contributes every year, worked out once.
struct Terms {
    /// Σ_p baseline(s,p): C(s,1).
    combined: f64,
    /// saving_rate × realisation.
    saving: f64,
    /// running_cost_rate.
    running_rate: f64,
    /// ramp_years, as a divisor.
    ramp_years: f64,
    /// O(s,1) = one_off_cost × (1 + optimism_bias).
    one_off: f64,
}

impl Terms {
    fn new(s: &Scenario, service: &Service) -> Terms {
        Terms {
            combined: (0..s.partners.len())
                .map(|p| service.baseline.get(p).copied().unwrap_or(0.0))
                .sum(),
            saving: service.saving_rate * s.realisation,
            running_rate: service.running_cost_rate,
            ramp_years: f64::from(service.ramp_years),
            one_off: service.one_off_cost * (1.0 + s.optimism_bias),
        }
    }

    /// r(s,k) = min(1, k / ramp_years), for 1-based `k`.
    fn ramp(&self, k: u32) -> f64 {
        (f64::from(k) / self.ramp_years).min(1.0)
    }
}

/// Works out every figure for `s`. Assumes [`crate::engine::validate`] found no problem.
pub fn evaluate(s: &Scenario) -> Results {
    let horizon = s.horizon_years.min(*HORIZONS.end());
    let terms: Vec<Terms> = s
        .services
        .iter()
        .map(|service| Terms::new(s, service))
        .collect();
    // (baseline, weight) per partner, then per service, so the inner loop just zips.
    let partner_rows = partner_rows(s);
    let service_count = s.services.len();
    let cells_len = (horizon as usize)
        .saturating_mul(s.partners.len())
        .saturating_mul(service_count);

    let mut r = Results {
        years: Vec::with_capacity(horizon as usize),
        partners: vec![
            PartnerFigures {
                standalone: 0.0,
                shared: 0.0,
                net: 0.0,
                npv: 0.0
            };
            s.partners.len()
        ],
        services: terms
            .iter()
            .map(|t| ServiceFigures {
                standalone: 0.0,
                shared: 0.0,
                net: 0.0,
                one_off: t.one_off,
                npv: 0.0,
            })
            .collect(),
        cells: Vec::with_capacity(cells_len),
        partner_count: s.partners.len(),
        service_count,
        npv: 0.0,
        payback: None,
        recurring_saving: terms
            .iter()
            .map(|t| t.combined * (t.saving - t.running_rate))
            .sum(),
        recurring_saving_share: None,
        per_resident: None,
        break_even_rate: None,
        baseline_year1: terms.iter().map(|t| t.combined).sum(),
        one_off_total: terms.iter().map(|t| t.one_off).sum(),
        standalone_total: 0.0,
        shared_total: 0.0,
        net_total: 0.0,
    };

    let mut shared_cost = vec![0.0; service_count]; // T(s,k) for the year in hand
    let (mut break_even_costs, mut break_even_savings) = (0.0, 0.0);
    for k in 1..=horizon {
        let exponent = i32::try_from(k - 1).unwrap_or(i32::MAX);
        let growth = (1.0 + s.cost_growth).powi(exponent);
        let discount = (1.0 + s.discount_rate).powi(-exponent);
        let mut year = YearFigures {
            year: k,
            label: financial_year_label(s.first_year, k),
            standalone: 0.0,
            shared: 0.0,
            net: 0.0,
            cumulative: 0.0,
            discount_factor: discount,
            discounted_net: 0.0,
        };
        for ((t, total), shared) in terms.iter().zip(&mut r.services).zip(&mut shared_cost) {
            let combined = t.combined * growth;
            let ramp = t.ramp(k);
            let gross_saving = combined * t.saving * ramp;
            let running = combined * t.running_rate;
            let one_off = if k == 1 { t.one_off } else { 0.0 };
            *shared = combined - gross_saving + running + one_off;
            let net = combined - *shared;
            total.standalone += combined;
            total.shared += *shared;
            total.net += net;
            total.npv += discount * net;
            year.standalone += combined;
            year.shared += *shared;
            year.net += net;
            break_even_costs += discount * (running + one_off);
            break_even_savings += discount * combined * ramp;
        }
        for (row, partner) in partner_rows.iter().zip(&mut r.partners) {
            let mut net_this_year = 0.0;
            for (&(baseline, weight), &shared) in row.iter().zip(&shared_cost) {
                let cell = CellFigures {
                    standalone: baseline * growth,
                    shared: weight * shared,
                    net: 0.0,
                };
                let cell = CellFigures {
                    net: cell.standalone - cell.shared,
                    ..cell
                };
                partner.standalone += cell.standalone;
                partner.shared += cell.shared;
                net_this_year += cell.net;
                r.cells.push(cell);
            }
            partner.npv += discount * net_this_year;
        }
        r.npv += discount * year.net;
        r.net_total += year.net;
        r.standalone_total += year.standalone;
        r.shared_total += year.shared;
        year.cumulative = r.net_total;
        year.discounted_net = discount * year.net;
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
    r
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

/// Recurring saving per resident, when every partner has a population above zero.
fn per_resident(s: &Scenario, recurring_saving: f64) -> Option<f64> {
    let populations: Option<Vec<f64>> = s
        .partners
        .iter()
        .map(|p| p.population.filter(|&n| n > 0.0 && n.is_finite()))
        .collect();
    let residents: f64 = populations.filter(|p| !p.is_empty())?.iter().sum();
    Some(recurring_saving / residents).filter(|v| v.is_finite())
}
