//! The low / likely / high boxes of the analysis: what was typed for the scenario's optional
//! `uncertainty` field (percentages of the value entered), read back into it, with every
//! problem tied to its box. When the boxes hold the defaults the field is left out, so a
//! link stays as it was.

use leptos::prelude::*;

use crate::ui::build::Issue;
use crate::ui::draft::{percent_text, Text};
use crate::ui::editor::{CellInput, Kind};
use crate::ui::state::{use_calc, use_lang};
use sharecalc_core::engine::{parse_percent, Triangle, Uncertainty};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The four ranges in file order: field name and the words for a row heading.
const ROWS: [(&str, Msg); 4] = [
    ("savings", Msg::AnalysisRangesSavings),
    ("realisation", Msg::AnalysisInputRealisation),
    ("one_off_costs", Msg::AnalysisInputOneOffCosts),
    ("running_costs", Msg::AnalysisInputRunningCosts),
];
/// The three ends of a range, as in the file and in words.
const ENDS: [(&str, Msg); 3] = [
    ("low", Msg::AnalysisRangesLow),
    ("likely", Msg::AnalysisRangesLikely),
    ("high", Msg::AnalysisRangesHigh),
];

/// The accessible name of one box, in the reader's language: "One-off costs, high (% of the
/// value entered)". Also the label its error messages use.
fn box_name(lang: Lang, row: Msg, end: Msg) -> String {
    fill(
        lang,
        Msg::AnalysisRangesBox,
        &[
            ("row", &t(lang, row)),
            ("end", &t(lang, end).to_lowercase()),
        ],
    )
}

/// The id of one box, like `uncertainty-one_off_costs-high`.
fn box_id(range: &str, end: &str) -> String {
    format!("uncertainty-{range}-{end}")
}

/// The twelve boxes, one signal each, in [`ROWS`] × [`ENDS`] order.
#[derive(Clone, Copy)]
pub struct RangesDraft {
    boxes: [[Text; 3]; 4],
}

impl RangesDraft {
    /// Empty boxes; [`RangesDraft::load`] fills them.
    pub fn new() -> RangesDraft {
        RangesDraft {
            boxes: std::array::from_fn(|_| std::array::from_fn(|_| RwSignal::new(String::new()))),
        }
    }

    /// Shows `u`, or the defaults when the scenario has none.
    pub fn load(&self, u: Option<Uncertainty>) {
        for (row, (_, t)) in self.boxes.iter().zip(u.unwrap_or_default().fields()) {
            for (cell, value) in row.iter().zip([t.low, t.likely, t.high]) {
                cell.set(percent_text(value));
            }
        }
    }

    /// The ranges typed, `None` when they are the defaults; each unreadable box adds an
    /// issue in `lang` and reads as its default.
    pub fn read(&self, lang: Lang, issues: &mut Vec<Issue>) -> Option<Uncertainty> {
        let defaults = Uncertainty::default().fields();
        let mut ranges = [Triangle {
            low: 0.0,
            likely: 0.0,
            high: 0.0,
        }; 4];
        for (((range, row), (_, default)), out) in
            ROWS.iter().zip(&self.boxes).zip(defaults).zip(&mut ranges)
        {
            let mut ends = [default.low, default.likely, default.high];
            for ((end, cell), value) in ENDS.iter().zip(row).zip(&mut ends) {
                match cell.with(|t| parse_percent(t)) {
                    Ok(v) => *value = v,
                    Err(message) => issues.push(Issue {
                        id: box_id(range.0, end.0),
                        label: box_name(lang, range.1, end.1),
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

    /// Every box, row by row: what a snapshot of the draft keeps (`crate::ui::replace`).
    pub fn boxes(&self) -> impl Iterator<Item = Text> {
        self.boxes.into_iter().flatten()
    }

    fn reset(&self) {
        self.load(None);
    }
}

/// The box and words, in `lang`, for an engine path inside `uncertainty` (`savings.low`,
/// `savings`).
pub fn locate_range(lang: Lang, rest: &[(&str, Option<usize>)]) -> (String, String) {
    let (range, end) = match rest {
        [(range, None), (end, None)] => (*range, *end),
        [(range, None)] => (*range, "low"),
        _ => ("savings", "low"),
    };
    let row = ROWS.iter().find(|(name, _)| *name == range).map(|r| r.1);
    let words = ENDS
        .iter()
        .find(|(name, _)| *name == end)
        .map_or(ENDS[0].1, |(_, words)| *words);
    match (rest, row) {
        (_, None) => (
            box_id(range, "low"),
            t(lang, Msg::BuildLabelRangeUnknown).to_owned(),
        ),
        ([_], Some(row)) => (
            box_id(range, "low"),
            fill(lang, Msg::BuildLabelRange, &[("row", &t(lang, row))]),
        ),
        (_, Some(row)) => (box_id(range, end), box_name(lang, row, words)),
    }
}

/// The table of boxes, with a button back to the defaults.
#[component]
pub fn Ranges() -> impl IntoView {
    let ranges = use_calc().draft.uncertainty;
    let lang = use_lang();
    view! {
        <h3 id="ranges-heading">{t(lang, Msg::AnalysisRangesHeading)}</h3>
        <p class="app-hint">{t(lang, Msg::AnalysisRangesHint)}</p>
        <div class="app-table-scroll" role="region" aria-labelledby="ranges-heading" tabindex="0">
            <table class="app-table app-table--inputs" data-testid="ranges">
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Msg::AnalysisRangesQuantity)}</th>
                        {ENDS.iter().map(|(_, words)| view! { <th scope="col">{t(lang, *words)}" (%)"</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {ROWS.iter().zip(ranges.boxes).map(|((range, row), cells)| view! {
                        <tr>
                            <th scope="row">{t(lang, *row)}</th>
                            {ENDS.iter().zip(cells).map(|((end, words), cell)| view! {
                                <td>
                                    <CellInput
                                        id=box_id(range, end)
                                        label=Signal::stored(box_name(lang, *row, *words))
                                        value=cell
                                        kind=Kind::Percent
                                        testid=Signal::stored(box_id(range, end))
                                    />
                                </td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <button type="button" class="app-button app-button--secondary" data-testid="ranges-reset" on:click=move |_| ranges.reset()>
            {t(lang, Msg::AnalysisRangesReset)}
        </button>
    }
}
