//! The low / likely / high boxes of the analysis: what was typed for the scenario's optional
//! `uncertainty` field (percentages of the value entered), read back into it with every
//! problem tied to its box. When the boxes hold the defaults the field is left out, so a link
//! stays as it was.

use super::build::Issue;
use super::ids;
use super::typed::TypedRanges;
use sharecalc_core::engine::{parse_percent, RangeEnd, Uncertainty, UncertaintyRange};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The four ranges, in file order: the rows of the table.
pub const ROWS: [UncertaintyRange; 4] = [
    UncertaintyRange::Savings,
    UncertaintyRange::Realisation,
    UncertaintyRange::OneOffCosts,
    UncertaintyRange::RunningCosts,
];

/// The three ends of a range: the columns of the table.
pub const ENDS: [RangeEnd; 3] = [RangeEnd::Low, RangeEnd::Likely, RangeEnd::High];

/// A range's row heading.
pub fn row_words(range: UncertaintyRange) -> Msg {
    match range {
        UncertaintyRange::Savings => Msg::AnalysisRangesSavings,
        UncertaintyRange::Realisation => Msg::AnalysisInputRealisation,
        UncertaintyRange::OneOffCosts => Msg::AnalysisInputOneOffCosts,
        UncertaintyRange::RunningCosts => Msg::AnalysisInputRunningCosts,
    }
}

/// An end's column heading.
pub fn end_words(end: RangeEnd) -> Msg {
    match end {
        RangeEnd::Low => Msg::AnalysisRangesLow,
        RangeEnd::Likely => Msg::AnalysisRangesLikely,
        RangeEnd::High => Msg::AnalysisRangesHigh,
    }
}

/// The accessible name of one box, in the reader's language: "One-off costs, high (% of the
/// value entered)". Also the label its error messages use.
pub fn box_name(lang: Lang, range: UncertaintyRange, end: RangeEnd) -> String {
    fill(
        lang,
        Msg::AnalysisRangesBox,
        &[
            ("row", &t(lang, row_words(range))),
            ("end", &t(lang, end_words(end)).to_lowercase()),
        ],
    )
}

/// The ranges typed, `None` when they are the defaults; each unreadable box adds an issue in
/// `lang` and reads as its default.
pub fn read(typed: &TypedRanges, lang: Lang, issues: &mut Vec<Issue>) -> Option<Uncertainty> {
    let mut u = Uncertainty::default();
    for (range, cells) in ROWS.into_iter().zip(typed) {
        for (end, cell) in ENDS.into_iter().zip(cells) {
            match parse_percent(cell) {
                Ok(v) => *u.range_mut(range).end_mut(end) = v,
                Err(message) => issues.push(Issue {
                    id: ids::range(range, end),
                    label: box_name(lang, range, end),
                    message: message.render(lang),
                }),
            }
        }
    }
    (u != Uncertainty::default()).then_some(u)
}

/// The box and words, in `lang`, for an engine problem with `range`: at one of its ends, or
/// about the range as a whole (`None`), shown at its low box.
pub fn locate(lang: Lang, range: UncertaintyRange, end: Option<RangeEnd>) -> (String, String) {
    match end {
        Some(end) => (ids::range(range, end), box_name(lang, range, end)),
        None => (
            ids::range(range, RangeEnd::Low),
            fill(
                lang,
                Msg::BuildLabelRange,
                &[("row", &t(lang, row_words(range)))],
            ),
        ),
    }
}
