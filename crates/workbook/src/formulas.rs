//! Formula pieces more than one sheet writes, each the spec's term as Excel writes it.

use crate::layout::{Assumption, Layout};

/// The financial year of the year number in `year` (a cell or an expression), like
/// `2027/28`: `first_year + k − 1`, a slash, and the last two digits of the year after.
pub(crate) fn financial_year(l: &Layout, year: &str) -> String {
    let first = l.input(Assumption::FirstYear);
    format!("={first}+{year}-1&\"/\"&RIGHT({first}+{year},2)")
}

/// D_k = 1 ÷ (1 + discount rate)^(k − 1 + e), for the year number in `year`.
pub(crate) fn discount_factor(l: &Layout, year: &str) -> String {
    format!(
        "=1/(1+{})^({year}-1+{})",
        l.input(Assumption::DiscountRate),
        l.input(Assumption::BaseOffset)
    )
}

/// The total of `values` over the rows whose text in `names` is exactly the text in `name`
/// (EXACT, so that no name is read as a pattern or a comparison, and case counts as it does
/// for the scenario's names).
pub(crate) fn sum_where(names: &str, name: &str, values: &str) -> String {
    format!("SUMPRODUCT(--EXACT({names},{name}),{values})")
}
