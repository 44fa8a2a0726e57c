//! Is it fair to each partner? Each partner's own break-even saving rate and payback year,
//! and balancing payments so that no partner is worse off.
//!
//! The balancing rule: every partner worse off (the engine's one test, an NPV below minus
//! half a penny) is topped up to exactly zero, and the partners whose NPV is above zero pay
//! for it in proportion to their NPV. Payments are present values (as at the price base
//! year), not a cash schedule; they sum to zero and leave no partner worse off. When the
//! partnership's NPV is zero or less, no balancing can help, and none is proposed.

use crate::engine::{
    base_offset, discount_factor, financial_year_label, format_percent, growth_factor,
    is_worse_off, partner_costs_by_year, weights, Results, Scenario, ServiceTerms,
};
use crate::i18n::{Msg, Text};

/// One partner's own standing.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    /// The one saving rate, given to every service, at which this partner's NPV is zero;
    /// `None` when no rate from 0% to 100% does it (see `sentence`).
    pub break_even_rate: Option<f64>,
    /// The break-even in a sentence, put into the reader's language by the page.
    pub sentence: Text,
    /// The first financial year in which this partner's cumulative net saving is above zero.
    pub payback: Option<String>,
}

/// Each partner's break-even saving rate and payback year, in partner order. `results` must
/// be those of `s`.
pub fn standings(s: &Scenario, results: &Results) -> Vec<Standing> {
    let partners = s.partners.len();
    let horizon = u32::try_from(results.years.len()).unwrap_or(0);
    let offset = base_offset(s);
    let uplift = 1.0 + s.optimism_bias_running;
    // NPV_p(rate) = fixed_p + rate × slope_p, from the spec's formulas with S = C × rate × real × r.
    let (mut fixed, mut slope) = (vec![0.0; partners], vec![0.0; partners]);
    for (k, own) in (1..=horizon).zip(partner_costs_by_year(s)) {
        let d = discount_factor(s.discount_rate, k, offset);
        for (f, cost) in fixed.iter_mut().zip(own) {
            *f -= d * cost;
        }
    }
    for service in &s.services {
        let w = weights(service, &s.partners);
        let t = ServiceTerms::new(s, service);
        for k in 1..=horizon {
            let d = discount_factor(s.discount_rate, k, offset);
            let growth = growth_factor(s.cost_growth, k);
            let c = t.combined * growth;
            let cost = c + t.running(k, c, growth) * uplift + t.one_off_in(k);
            let saving = c * s.realisation * t.ramp(k, t.ramp_years);
            for p in 0..partners {
                let (Some(share), Some(f), Some(sl)) =
                    (w.get(p), fixed.get_mut(p), slope.get_mut(p))
                else {
                    continue;
                };
                let own = service.baseline.get(p).copied().unwrap_or(0.0) * growth;
                *f += d * (own - share * cost);
                *sl += d * share * saving;
            }
        }
    }
    (0..partners)
        .map(|p| {
            let (f, sl) = (
                fixed.get(p).copied().unwrap_or(0.0),
                slope.get(p).copied().unwrap_or(0.0),
            );
            let (break_even_rate, sentence) = partner_break_even(f, sl);
            Standing {
                break_even_rate,
                sentence,
                payback: partner_payback(s, results, p),
            }
        })
        .collect()
}

fn partner_break_even(fixed: f64, slope: f64) -> (Option<f64>, Text) {
    let rate = (slope != 0.0)
        .then(|| -fixed / slope)
        .filter(|r| r.is_finite());
    match rate {
        _ if fixed >= 0.0 && (rate.is_none() || rate.is_some_and(|r| r <= 0.0)) => {
            (None, Text::new(Msg::AnalysisPartnerGainsAnyway))
        }
        Some(r) if (0.0..=1.0).contains(&r) => (
            Some(r),
            Text::new(Msg::AnalysisPartnerGainsIf).arg("rate", format_percent(r, 1)),
        ),
        _ => (None, Text::new(Msg::AnalysisPartnerNeverGains)),
    }
}

/// The first year in which partner `p`'s cumulative net saving (its own costs included) is
/// above zero.
fn partner_payback(s: &Scenario, results: &Results, p: usize) -> Option<String> {
    let mut cumulative = 0.0;
    (0..results.years.len()).find_map(|k| {
        cumulative += results.partner_net(k, p);
        let year = u32::try_from(k + 1).ok()?;
        (cumulative > 0.0).then(|| financial_year_label(s.first_year, year))
    })
}

/// Balancing payments between partners, in present value (not a cash schedule).
#[derive(Clone, Debug, PartialEq)]
pub enum Balancing {
    /// No partner is worse off: nothing to balance.
    NotNeeded,
    /// The partnership as a whole does not gain, so no balancing can leave everyone at zero
    /// or above.
    PartnershipLoses,
    /// Payments that leave no partner worse off.
    Payments {
        /// What each partner receives (above zero) or pays (below zero), in partner order.
        payments: Vec<f64>,
        /// Each partner's NPV after the payments.
        after: Vec<f64>,
    },
}

/// The balancing payments for partners with these NPVs (see the module's rule).
pub fn balancing(npvs: &[f64]) -> Balancing {
    let total: f64 = npvs.iter().sum();
    let worse = |v: f64| is_worse_off(v);
    let shortfall: f64 = npvs.iter().filter(|v| worse(**v)).map(|v| -v).sum();
    let gains: f64 = npvs.iter().filter(|v| **v > 0.0).sum();
    if total.is_nan() || total <= 0.0 {
        return Balancing::PartnershipLoses;
    }
    if shortfall == 0.0 {
        return Balancing::NotNeeded;
    }
    // Each winner gives up the same fraction of its gain; total > 0 keeps it below 1.
    let fraction = (shortfall / gains).min(1.0);
    let payments: Vec<f64> = npvs
        .iter()
        .map(|&v| match v {
            v if worse(v) => -v,
            v if v > 0.0 => -v * fraction,
            _ => 0.0,
        })
        .collect();
    let after = npvs
        .iter()
        .zip(&payments)
        .map(|(&v, pay)| if v > 0.0 { (v + pay).max(0.0) } else { v + pay })
        .collect();
    Balancing::Payments { payments, after }
}

/// The partners' NPVs from `results`, for [`balancing`].
pub fn partner_npvs(results: &Results) -> Vec<f64> {
    results.partners.iter().map(|p| p.npv).collect()
}
