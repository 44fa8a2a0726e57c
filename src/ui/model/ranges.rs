//! The low / likely / high boxes of the analysis: what was typed for the scenario's optional
//! `uncertainty` field (percentages of the value entered), read back into it with every
//! problem tied to its box. When the boxes hold the defaults the field is left out, so a link
//! stays as it was.

use super::build::Issue;
use super::ids;
use super::typed::TypedRanges;
use sharecalc_core::engine::{parse_percent, Triangle, Uncertainty};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The four ranges in file order: field name and the words for a row heading.
pub const ROWS: [(&str, Msg); 4] = [
    ("savings", Msg::AnalysisRangesSavings),
    ("realisation", Msg::AnalysisInputRealisation),
    ("one_off_costs", Msg::AnalysisInputOneOffCosts),
    ("running_costs", Msg::AnalysisInputRunningCosts),
];

/// The three ends of a range, as in the file and in words.
pub const ENDS: [(&str, Msg); 3] = [
    ("low", Msg::AnalysisRangesLow),
    ("likely", Msg::AnalysisRangesLikely),
    ("high", Msg::AnalysisRangesHigh),
];

/// The accessible name of one box, in the reader's language: "One-off costs, high (% of the
/// value entered)". Also the label its error messages use.
pub fn box_name(lang: Lang, row: Msg, end: Msg) -> String {
    fill(
        lang,
        Msg::AnalysisRangesBox,
        &[
            ("row", &t(lang, row)),
            ("end", &t(lang, end).to_lowercase()),
        ],
    )
}

/// The ranges typed, `None` when they are the defaults; each unreadable box adds an issue in
/// `lang` and reads as its default.
pub fn read(typed: &TypedRanges, lang: Lang, issues: &mut Vec<Issue>) -> Option<Uncertainty> {
    let mut ranges = Uncertainty::default().fields().map(|(_, default)| default);
    for (((range, row), cells), out) in ROWS.iter().zip(typed).zip(&mut ranges) {
        let mut ends = [out.low, out.likely, out.high];
        for ((end, cell), value) in ENDS.iter().zip(cells).zip(&mut ends) {
            match parse_percent(cell) {
                Ok(v) => *value = v,
                Err(message) => issues.push(Issue {
                    id: ids::range(range, end.0),
                    label: box_name(lang, *row, end.1),
                    message: message.render(lang),
                }),
            }
        }
        let [low, likely, high] = ends;
        *out = Triangle { low, likely, high };
    }
    let [savings, realisation, one_off_costs, running_costs] = ranges;
    let u = Uncertainty {
        savings,
        realisation,
        one_off_costs,
        running_costs,
    };
    (u != Uncertainty::default()).then_some(u)
}

/// The box and words, in `lang`, for an engine problem with range `range` (a [`ROWS`] name),
/// at its end `end` (an [`ENDS`] name) or about the range as a whole (`None`).
pub fn locate(lang: Lang, range: &str, end: Option<&str>) -> (String, String) {
    let Some((_, row)) = ROWS.iter().find(|(name, _)| *name == range) else {
        return (
            ids::range(range, "low"),
            t(lang, Msg::BuildLabelRangeUnknown).to_owned(),
        );
    };
    match end.and_then(|end| ENDS.iter().find(|(name, _)| *name == end)) {
        Some((end, words)) => (ids::range(range, end), box_name(lang, *row, *words)),
        None => (
            ids::range(range, "low"),
            fill(lang, Msg::BuildLabelRange, &[("row", &t(lang, *row))]),
        ),
    }
}
