//! The one table shape of the panels: a scrolling region named by the table's caption, a
//! header row whose first column heads the rows, and numeric columns aligned right.

use leptos::prelude::*;

use crate::ui::model::use_lang;
use sharecalc_core::i18n::{t, Msg};

/// A column heading, and whether the column holds numbers.
pub type Column = (Msg, bool);

/// A captioned table; `children` are its body rows.
#[component]
pub fn Table(
    /// Test hook, and the stem of the caption's id; unique on the page.
    id: &'static str,
    /// What the table shows.
    caption: Msg,
    /// The column headings.
    columns: &'static [Column],
    /// Keep the caption for screen readers only (when a heading above says the same).
    #[prop(optional)]
    hidden_caption: bool,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let caption_class = if hidden_caption {
        "app-visually-hidden"
    } else {
        "app-table__caption"
    };
    view! {
        <div class="app-table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="app-table" data-testid=id>
                <caption class=caption_class id=caption_id>{t(lang, caption)}</caption>
                <thead>
                    <tr>
                        {columns.iter().map(|(name, numeric)| view! {
                            <th scope="col" class:app-table__numeric=*numeric>{t(lang, *name)}</th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
