//! Real councils to start from: the compact file of current English councils with their
//! published 2023-24 budgets per service line ([`file`]), finding councils by name
//! ([`search`]), the lines a shared service can use ([`lines`]), and turning a choice into a
//! scenario with the boxes left for the user ([`fill`]). Pure: the calculator fetches the file
//! and draws the picker.

mod attribution;
mod file;
mod fill;
mod handoff;
mod lines;
pub mod markup;
mod search;

pub use attribution::attribution;
pub use file::{parse, Council, Councils, Elsewhere, Figure, FileError, Kind, Line, Nation};
pub use fill::{council_names, fill, line_name, overlaps, Filled, Gap, Overlap, Place, Why};
pub use handoff::Handoff;
pub use lines::service_name;
pub use search::{elsewhere, normalise, search};

use crate::engine::PARTNER_COUNTS;

/// The most councils a scenario can hold, and so the most the picker takes.
pub const MAX_COUNCILS: usize = *PARTNER_COUNTS.end();
/// The fewest councils that can share.
pub const MIN_COUNCILS: usize = *PARTNER_COUNTS.start();

/// A small file in the real layout, for the tests: a district inside a county, a council with
/// no return and no population, a name with punctuation, net income, and a Welsh council.
#[cfg(test)]
pub(crate) const SAMPLE: &str = "sharecalc-councils\t1\n# a comment\nyear\t2023-24\n\
line\tenvcll\t581\tWaste collection\nline\tcullib\t505\tLibrary service\n\
E07000105\tD\tAshford\tAshford Borough Council\tE10000016\t132000\t1200\t0\n\
E07000146\tD\tKings Lynn and West Norfolk\tBorough Council of King's Lynn and West Norfolk\tE10000020\t151811\t2129\t0\n\
E10000016\tC\tKent\tKent County Council\t\t1589057\t-355\t17745\n\
E06000039\tU\tSlough\tSlough Borough Council\t\t\t.\t.\n\
W06000015\tW\tCardiff\tCity of Cardiff Council\n";
