//! Naming appraisal years as UK financial years (April to March), like "2027/28".

/// The financial year of appraisal year `k` (1-based), so tables read "2027/28" rather than
/// "Year 1"; the century rolls over as "2099/00". `k = 0` names the year before Year 1.
pub fn financial_year_label(first_year: i32, k: u32) -> String {
    let start = i64::from(first_year) + i64::from(k) - 1;
    format!("{start}/{:02}", (start + 1).rem_euclid(100))
}
