//! A partner leaves: what everyone's figures become, against staying together.
//!
//! The rule: the leaver takes part as before up to and including its leaving year Y. From
//! Year Y+1 it runs every service alone again (its net saving is zero from then on) and pays
//! the exit fee once, in Year Y+1, discounted like any other flow. From Year Y+1 the shared
//! services serve only the others: the combined cost is that of the remaining partners, with
//! the same saving rate, ramp (still counted from Year 1) and running cost rate, and no new
//! one-off cost; each service's cost is split among the remaining partners by their weights
//! re-scaled to sum to 1 (equally if they are all 0). The exit fee is shared among the
//! remaining partners in proportion to their share of the shared cost in Year Y (equally if
//! that is 0). Leaving in the last year changes nothing within the period.

use super::flows::{discount_factor, growth_factor, ramp_share};
use crate::engine::{weights, FieldError, FieldPath, LeavingField, Results, Scenario, MAX_AMOUNT};
use crate::i18n::{Msg, Text};

/// Who leaves, when, and for what fee.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leaving {
    /// The leaving partner's index, in scenario order.
    pub partner: usize,
    /// Its last appraisal year in the partnership (1-based): it is out from the next year.
    pub year: u32,
    /// What it pays the others on leaving, in that year's prices.
    pub exit_fee: f64,
}

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
/// (`leaving.partner`, `leaving.year`, `leaving.exit_fee`) when `l` does not fit `s`. `results` must be those of `s`.
pub fn leave(s: &Scenario, results: &Results, l: &Leaving) -> Result<Vec<Comparison>, FieldError> {
    let partners = s.partners.len();
    let horizon = results.years.len();
    if l.partner >= partners {
        return Err(FieldError::new(
            FieldPath::Leaving(Some(LeavingField::Partner)),
            Text::new(Msg::FieldLeavingPartner),
        ));
    }
    if l.year == 0 || l.year as usize > horizon {
        return Err(FieldError::new(
            FieldPath::Leaving(Some(LeavingField::Year)),
            Text::new(Msg::FieldLeavingYear).arg("horizon", horizon),
        ));
    }
    if !(l.exit_fee.is_finite() && (0.0..=MAX_AMOUNT).contains(&l.exit_fee)) {
        return Err(FieldError::new(
            FieldPath::Leaving(Some(LeavingField::ExitFee)),
            Text::new(Msg::FieldLeavingExitFee),
        ));
    }
    let stays = |p: usize| p != l.partner;
    let weights: Vec<Vec<f64>> = s
        .services
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
        .collect();
    let fee_shares = fee_shares(s, results, l, &stays);
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
    for k in 1..=u32::try_from(horizon).unwrap_or(0) {
        let d = discount_factor(s.discount_rate, k);
        let growth = growth_factor(s.cost_growth, k);
        let ki = (k - 1) as usize;
        for (p, c) in out.iter_mut().enumerate() {
            let net = if k <= l.year {
                (0..s.services.len())
                    .filter_map(|sv| results.cell(ki, p, sv))
                    .map(|cell| cell.net)
                    .sum()
            } else if !stays(p) {
                0.0
            } else {
                s.services
                    .iter()
                    .zip(&weights)
                    .map(|(service, w)| {
                        let combined: f64 = (0..partners)
                            .filter(|q| stays(*q))
                            .map(|q| service.baseline.get(q).copied().unwrap_or(0.0))
                            .sum::<f64>()
                            * growth;
                        let ramp = ramp_share(f64::from(service.ramp_years), k);
                        let shared = combined
                            * (1.0 - service.saving_rate * s.realisation * ramp
                                + service.running_cost_rate);
                        service.baseline.get(p).copied().unwrap_or(0.0) * growth
                            - w.get(p).copied().unwrap_or(0.0) * shared
                    })
                    .sum()
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
