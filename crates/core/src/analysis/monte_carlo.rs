//! Monte Carlo: [`DRAWS`] futures in which the planned savings, the share that arrives, the
//! one-off costs and the running costs are each drawn from the scenario's triangular ranges
//! (`uncertainty`, or its defaults), independently.
//!
//! The ranges are the scenario's own or sharecalc's defaults (`docs/format.md`): a starting
//! point, not a Green Book standard, and the page says the results hold "under the ranges
//! assumed".
//!
//! Draws are seeded from the scenario itself (FNV-1a of its JSON, then SplitMix64), so the
//! same link always shows the same numbers. The per-year sums are worked out once, with the
//! savings ready for any multiplier (each service's rate held at 100%), so a draw costs
//! O(years), not O(years × partners × services). A share that arrives above 100% is held at
//! 100%, as in the tornado chart.

use super::flows::{Flows, Yearly};
use crate::engine::{Scenario, Triangle};

/// How many futures are drawn.
pub const DRAWS: usize = 10_000;
/// How many bars the histogram has.
pub const BINS: usize = 20;

/// What the draws say.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    /// The share of draws in which sharing pays back within the period.
    pub chance_payback: f64,
    /// The share of draws with a net present value above zero.
    pub chance_positive: f64,
    /// The NPV at the 10th percentile: nine futures in ten do better.
    pub p10: f64,
    /// The median NPV.
    pub p50: f64,
    /// The NPV at the 90th percentile: one future in ten does better.
    pub p90: f64,
    /// The NPV with every range at its worst end (low savings, high costs).
    pub worst: f64,
    /// The NPV with every range at its best end (high savings, low costs).
    pub best: f64,
    /// The draws' NPVs counted in equal bins from the lowest to the highest.
    pub bins: Vec<Bin>,
}

/// One bar of the histogram.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    /// Lowest NPV in the bin.
    pub from: f64,
    /// Highest NPV in the bin (the next bin's `from`).
    pub to: f64,
    /// How many draws fall in it.
    pub count: usize,
}

/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast and good enough for sampling.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in [0, 1), from the top 53 bits.
    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// FNV-1a, 64 bits: the scenario's fingerprint, and so its seed.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// The triangular distribution's inverse CDF at `u` in [0, 1).
fn triangular(t: Triangle, u: f64) -> f64 {
    let span = t.high - t.low;
    if span <= 0.0 {
        return t.low;
    }
    let mode = (t.likely - t.low) / span;
    if u < mode {
        t.low + (u * span * (t.likely - t.low)).sqrt()
    } else {
        t.high - ((1.0 - u) * span * (t.high - t.likely)).sqrt()
    }
}

/// The per-year sums a draw scales.
struct Model {
    yearly: Yearly,
    /// The share that arrives as entered, to scale a drawn share against.
    realisation: f64,
}

/// Multipliers of one future.
#[derive(Clone, Copy)]
struct Draw {
    /// Multiplies every planned saving rate (held at 100%).
    savings: f64,
    /// Multiplies the savings that arrive, for a drawn share that arrives.
    arrives: f64,
    one_off: f64,
    running: f64,
}

impl Model {
    fn new(s: &Scenario) -> Model {
        Model {
            yearly: Flows::new(s).yearly(),
            realisation: s.realisation,
        }
    }

    /// A future with these multipliers; the realisation multiplier becomes a factor on the
    /// savings as entered.
    fn draw(&self, savings: f64, realisation: f64, one_off: f64, running: f64) -> Draw {
        let arrives = if self.realisation > 0.0 {
            (self.realisation * realisation).clamp(0.0, 1.0) / self.realisation
        } else {
            0.0
        };
        Draw {
            savings,
            arrives,
            one_off,
            running,
        }
    }

    /// Each year's discount factor and net saving in the future `d`.
    fn nets(&self, d: Draw) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.yearly
            .years
            .iter()
            .zip(self.yearly.savings(d.savings))
            .map(move |(y, saving)| {
                let net = d.arrives * saving - d.running * y.running - d.one_off * y.one_off;
                (y.discount, net)
            })
    }

    fn npv(&self, d: Draw) -> f64 {
        self.nets(d).map(|(discount, net)| discount * net).sum()
    }

    fn pays_back(&self, d: Draw) -> bool {
        let mut cumulative = 0.0;
        self.nets(d).any(|(_, net)| {
            cumulative += net;
            cumulative > 0.0
        })
    }
}

/// The value at quantile `q` of `sorted` (nearest rank); 0 when empty.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let i = ((sorted.len().saturating_sub(1)) as f64 * q).round() as usize;
    sorted.get(i).copied().unwrap_or(0.0)
}

fn histogram(sorted: &[f64]) -> Vec<Bin> {
    let (Some(&lowest), Some(&highest)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    let width = (highest - lowest) / BINS as f64;
    if !(width > 0.0 && width.is_finite()) {
        return vec![Bin {
            from: lowest,
            to: highest,
            count: sorted.len(),
        }];
    }
    let mut bins: Vec<Bin> = (0..BINS)
        .map(|i| Bin {
            from: lowest + width * i as f64,
            to: lowest + width * (i + 1) as f64,
            count: 0,
        })
        .collect();
    for &v in sorted {
        let i = (((v - lowest) / width) as usize).min(BINS - 1);
        if let Some(bin) = bins.get_mut(i) {
            bin.count += 1;
        }
    }
    bins
}

/// Draws [`DRAWS`] futures of `s` and sums them up.
pub fn simulate(s: &Scenario) -> Simulation {
    let u = s.uncertainty.unwrap_or_default();
    let model = Model::new(s);
    let mut rng = SplitMix64(fnv1a(s.to_json_string().as_bytes()));
    let (mut paid, mut positive) = (0usize, 0usize);
    let mut npvs: Vec<f64> = (0..DRAWS)
        .map(|_| {
            let d = model.draw(
                triangular(u.savings, rng.uniform()),
                triangular(u.realisation, rng.uniform()),
                triangular(u.one_off_costs, rng.uniform()),
                triangular(u.running_costs, rng.uniform()),
            );
            let npv = model.npv(d);
            paid += usize::from(model.pays_back(d));
            positive += usize::from(npv > 0.0);
            npv
        })
        .collect();
    npvs.sort_by(f64::total_cmp);
    let share = |n: usize| n as f64 / DRAWS as f64;
    Simulation {
        chance_payback: share(paid),
        chance_positive: share(positive),
        p10: quantile(&npvs, 0.1),
        p50: quantile(&npvs, 0.5),
        p90: quantile(&npvs, 0.9),
        worst: model.npv(model.draw(
            u.savings.low,
            u.realisation.low,
            u.one_off_costs.high,
            u.running_costs.high,
        )),
        best: model.npv(model.draw(
            u.savings.high,
            u.realisation.high,
            u.one_off_costs.low,
            u.running_costs.low,
        )),
        bins: histogram(&npvs),
    }
}
