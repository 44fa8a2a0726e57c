//! Comparing figures with hand-worked ones, shared by the worked-example tests
//! (`engine_examples`, `engine_v2`).

/// Equal to the penny: within half a penny.
pub fn penny(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() < 0.005,
        "{what}: got {actual}, expected {expected}"
    );
}

/// Equal up to rounding, for rates and factors.
pub fn close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() < 1e-9,
        "{what}: got {actual}, expected {expected}"
    );
}
