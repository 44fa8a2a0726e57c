//! How fast the engine is: evaluation of a typical and of the largest valid scenario, and the
//! CSV export and JSON reading of the largest, and the analysis (Monte Carlo, switching values,
//! tornado) of the largest. No framework: warm up, time each run with
//! `Instant`, print the median and 95th percentile. Run with `cargo bench --bench engine`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use sharecalc_core::analysis::{simulate, switching_values, tornado};
use sharecalc_core::engine::{evaluate, results_csv, sample, validate, Scenario};
use sharecalc_core::i18n::Lang;

/// Times `runs` calls of `f` after `runs / 10` unmeasured ones; returns (median, p95).
fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..runs / 10 {
        f();
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    let at = |q: f64| {
        times
            .get(((times.len() - 1) as f64 * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    (at(0.5), at(0.95))
}

fn row(what: &str, runs: usize, (median, p95): (Duration, Duration)) {
    println!("{what:<44} {runs:>6} {:>12.1?} {:>12.1?}", median, p95);
}

fn main() {
    let typical = sample::typical();
    let largest = sample::largest_valid();
    assert!(validate(&typical).is_empty() && validate(&largest).is_empty());
    let largest_results = evaluate(&largest);
    let largest_json = largest.to_json_string();

    println!(
        "{:<44} {:>6} {:>12} {:>12}",
        "operation", "runs", "median", "p95"
    );
    row(
        "evaluate typical (4 × 6 × 10)",
        1000,
        time(1000, || drop(black_box(evaluate(black_box(&typical))))),
    );
    row(
        "evaluate largest (20 × 50 × 30)",
        1000,
        time(1000, || drop(black_box(evaluate(black_box(&largest))))),
    );
    row(
        "validate largest",
        1000,
        time(1000, || drop(black_box(validate(black_box(&largest))))),
    );
    row(
        "results_csv largest (30,000 rows)",
        100,
        time(100, || {
            drop(black_box(results_csv(
                black_box(&largest),
                black_box(&largest_results),
            )))
        }),
    );
    row(
        "Monte Carlo largest (10,000 draws)",
        100,
        time(100, || drop(black_box(simulate(black_box(&largest))))),
    );
    row(
        "switching values largest",
        100,
        time(100, || {
            drop(black_box(switching_values(
                black_box(&largest),
                black_box(&largest_results),
            )))
        }),
    );
    row(
        "tornado largest",
        100,
        time(100, || {
            drop(black_box(tornado(Lang::En, black_box(&largest))))
        }),
    );
    row(
        "Scenario::from_json_str largest",
        200,
        time(200, || {
            drop(black_box(Scenario::from_json_str(black_box(&largest_json))))
        }),
    );
}
