//! The low / likely / high boxes of the analysis, as a table with a button back to the
//! defaults. What they hold and how it is read are the model's ([`crate::ui::model::ranges`]).

use leptos::prelude::*;

use crate::ui::editor::{per_load, CellInput, Kind};
use crate::ui::model::ids;
use crate::ui::model::ranges::{box_name, end_words, row_words, ENDS, ROWS};
use crate::ui::model::use_lang;
use sharecalc_core::i18n::{t, Msg};

/// The table of boxes, with a button back to the defaults.
#[component]
pub fn Ranges() -> impl IntoView {
    let lang = use_lang();
    per_load(move |b| {
        let ranges = b.uncertainty;
        view! {
        <h3 id="ranges-heading">{t(lang, Msg::AnalysisRangesHeading)}</h3>
        <p class="app-hint">{t(lang, Msg::AnalysisRangesHint)}</p>
        <div class="app-table-scroll" role="region" aria-labelledby="ranges-heading" tabindex="0">
            <table class="app-table app-table--inputs" data-testid="ranges">
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Msg::AnalysisRangesQuantity)}</th>
                        {ENDS.map(|end| view! { <th scope="col">{t(lang, end_words(end))}" (%)"</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {ROWS.into_iter().zip(ranges.boxes).map(|(range, cells)| view! {
                        <tr>
                            <th scope="row">{t(lang, row_words(range))}</th>
                            {ENDS.into_iter().zip(cells).map(|(end, cell)| view! {
                                <td>
                                    <CellInput
                                        id=ids::range(range, end)
                                        label=Signal::stored(box_name(lang, range, end))
                                        value=cell
                                        kind=Kind::Percent
                                        testid=Signal::stored(ids::range(range, end))
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
    })
}
