//! A partner leaves: what everyone's figures become, against staying together.
//!
//! The rule: the leaver takes part as before up to and including its leaving year Y, its own
//! costs of those years included. From Year Y+1 it runs every service alone again (its net
//! saving is zero from then on, and its own costs of later years go with it: they were costs
//! of joining) and pays the exit fee once, in Year Y+1, discounted like any other flow. From
//! Year Y+1 the shared services serve only the others: the combined cost is that of the
//! remaining partners, with the same saving rate, go-live year and ramp (still counted from
//! the start year), running cost rate, fixed running cost and the rest of the one-off cost as
//! planned, and nothing new; each service's cost is split among the remaining partners by
//! their weights re-scaled to sum to 1 (equally if they are all 0). The remaining partners'
//! own costs stay theirs. The exit fee is shared among the remaining partners in proportion to
//! their share of the shared cost in Year Y (equally if that is 0). Leaving in the last year
//! changes nothing within the period.

use crate::engine::{
    base_offset, check_leaving, discount_factor, growth_factor, weights, FieldError, Results,
    Scenario, ServiceTerms,
};

pub use crate::engine::Leaving;

/// One partner's figures, staying together against the partner leaving.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    /// Net present value if everyone stays.
    pub npv_together: f64,
    /// Net present value if the partner leaves.
    pub npv_after: f64,
    /// Net saving over the period if everyone stays (not discounted).
    pub net_together: f64,
    /// Net saving over the period if the partner leaves (not discounted).
    pub net_after: f64,
}

/// Everyone's figures if `l` happens, in partner order; an error naming the field
/// (`leaving.partner`, `leaving.year`, `leaving.exit_fee`) when `l` does not fit `s`.
/// `results` must be those of `s`.
pub fn leave(s: &Scenario, results: &Results, l: &Leaving) -> Result<Vec<Comparison>, FieldError> {
    let partners = s.partners.len();
    let horizon = u32::try_from(results.years.len()).unwrap_or(0);
    if let Some(e) = check_leaving(l, partners, horizon).into_iter().next() {
        return Err(e);
    }
    let stays = |p: usize| p != l.partner;
    let weights = remaining_weights(s, &stays);
    let fee_shares = fee_shares(s, results, l, &stays);
    let offset = base_offset(s);
    let uplift = 1.0 + s.optimism_bias_running;
    let terms: Vec<(ServiceTerms, f64)> = s
        .services
        .iter()
        .map(|service| {
            let mut t = ServiceTerms::new(s, service);
            let remaining: f64 = (0..partners)
                .filter(|q| stays(*q))
                .map(|q| service.baseline.get(q).copied().unwrap_or(0.0))
                .sum();
            t.combined = remaining;
            (t, s.realisation * service.saving_rate)
        })
        .collect();
    let mut out: Vec<Comparison> = results
        .partners
        .iter()
        .map(|f| Comparison {
            npv_together: f.npv,
            npv_after: 0.0,
            net_together: f.net,
            net_after: 0.0,
        })
        .collect();
    for k in 1..=horizon {
        let d = discount_factor(s.discount_rate, k, offset);
        let growth = growth_factor(s.cost_growth, k);
        let ki = (k - 1) as usize;
        // T'(s,k): each shared service's cost among those who stay.
        let shared: Vec<f64> = terms
            .iter()
            .map(|(t, saving)| {
                let combined = t.combined * growth;
                combined * (1.0 - saving * t.ramp(k, t.ramp_years))
                    + t.running(k, combined, growth) * uplift
                    + t.one_off_in(k)
            })
            .collect();
        for (p, c) in out.iter_mut().enumerate() {
            let net = if k <= l.year {
                results.partner_net(ki, p)
            } else if !stays(p) {
                0.0
            } else {
                s.services
                    .iter()
                    .zip(&weights)
                    .zip(&shared)
                    .map(|((service, w), shared)| {
                        service.baseline.get(p).copied().unwrap_or(0.0) * growth
                            - w.get(p).copied().unwrap_or(0.0) * shared
                    })
                    .sum::<f64>()
                    - results.own_cost(ki, p)
            };
            let fee = if k == l.year + 1 {
                if stays(p) {
                    l.exit_fee * fee_shares.get(p).copied().unwrap_or(0.0)
                } else {
                    -l.exit_fee
                }
            } else {
                0.0
            };
            c.net_after += net + fee;
            c.npv_after += d * (net + fee);
        }
    }
    Ok(out)
}

/// Each service's weights among the partners who stay, re-scaled to sum to 1 (equal if they
/// are all 0); 0 for the leaver.
fn remaining_weights(s: &Scenario, stays: &dyn Fn(usize) -> bool) -> Vec<Vec<f64>> {
    let partners = s.partners.len();
    s.services
        .iter()
        .map(|service| {
            let w = weights(service, &s.partners);
            let kept: f64 = w
                .iter()
                .enumerate()
                .filter(|(p, _)| stays(*p))
                .map(|(_, v)| v)
                .sum();
            let equal = 1.0 / (partners.saturating_sub(1)).max(1) as f64;
            (0..partners)
                .map(|p| match (stays(p), kept > 0.0) {
                    (false, _) => 0.0,
                    (true, true) => w.get(p).copied().unwrap_or(0.0) / kept,
                    (true, false) => equal,
                })
                .collect()
        })
        .collect()
}

/// Each partner's share of the exit fee: its share of the shared cost in the leaving year
/// among those who stay (equal if that is 0); 0 for the leaver.
fn fee_shares(
    s: &Scenario,
    results: &Results,
    l: &Leaving,
    stays: &dyn Fn(usize) -> bool,
) -> Vec<f64> {
    let ki = (l.year as usize).saturating_sub(1);
    let paid: Vec<f64> = (0..s.partners.len())
        .map(|p| {
            if stays(p) {
                (0..s.services.len())
                    .filter_map(|sv| results.cell(ki, p, sv))
                    .map(|c| c.shared)
                    .sum()
            } else {
                0.0
            }
        })
        .collect();
    let total: f64 = paid.iter().sum();
    let staying = s.partners.len().saturating_sub(1).max(1) as f64;
    (0..s.partners.len())
        .map(|p| match (stays(p), total > 0.0 && total.is_finite()) {
            (false, _) => 0.0,
            (true, true) => paid.get(p).copied().unwrap_or(0.0) / total,
            (true, false) => 1.0 / staying,
        })
        .collect()
}
