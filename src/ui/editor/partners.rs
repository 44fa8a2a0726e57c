//! The partner councils: name and (optional) population; add, remove and reorder.

use leptos::prelude::*;

use super::field::{CellInput, Kind};
use super::rows::per_load;
use crate::ui::focus::focus_later;
use crate::ui::model::{display_name, ids, use_calc, use_lang, Boxes, PartnerDraft};
use sharecalc_core::engine::PARTNER_COUNTS;
use sharecalc_core::i18n::{fill, t, Msg};

/// The partners table with its add button.
#[component]
pub fn Partners() -> impl IntoView {
    let d = use_calc().draft;
    let lang = use_lang();
    let count = move || d.boxes().partners.with(Vec::len);
    let full = move || count() >= *PARTNER_COUNTS.end();
    let add = move |_| {
        let key = d.add_partner();
        focus_later(ids::partner_name(key));
    };
    view! {
        <section class="app-section" aria-labelledby=ids::PARTNERS>
            <h2 id=ids::PARTNERS tabindex="-1">{t(lang, Msg::EditorPartnersHeading)}</h2>
            <p class="app-hint">{t(lang, Msg::EditorPartnersHint)}</p>
            <div class="app-table-scroll" role="region" aria-labelledby=ids::PARTNERS tabindex="0">
                <table class="app-table app-table--inputs">
                    <caption class="app-visually-hidden">{t(lang, Msg::EditorPartnersHeading)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Msg::KindPartner)}</th>
                            <th scope="col">{t(lang, Msg::EditorColName)}</th>
                            <th scope="col">{t(lang, Msg::EditorPartnersColPopulation)}</th>
                            <th scope="col"><span class="app-visually-hidden">{t(lang, Msg::EditorColActions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {per_load(|b| view! {
                            <For each=move || b.partners.get() key=|p| p.key let:partner>
                                <PartnerRow partner=partner boxes=b />
                            </For>
                        })}
                    </tbody>
                </table>
            </div>
            <button type="button" class="app-button app-button--secondary" on:click=add disabled=full>
                {t(lang, Msg::EditorPartnersAdd)}
            </button>
            <Show when=full>
                <p class="app-hint">{t(lang, Msg::EditorPartnersFull)}</p>
            </Show>
        </section>
    }
}

/// One partner's row, drawn for the boxes `b` of the scenario open now.
#[component]
fn PartnerRow(partner: PartnerDraft, boxes: Boxes) -> impl IntoView {
    let d = use_calc().draft;
    let lang = use_lang();
    let key = partner.key;
    let partners = boxes.partners;
    let index =
        Memo::new(move |_| partners.with(|ps| ps.iter().position(|p| p.key == key).unwrap_or(0)));
    let count = move || partners.with(Vec::len);
    // Within a sentence an unnamed partner is "partner 2", in lower case.
    let kind = t(lang, Msg::KindPartner).to_lowercase();
    let name = Memo::new(move |_| partner.name.with(|n| display_name(n, &kind, index.get())));
    let up_id = format!("partner-{key}-up");
    let down_id = format!("partner-{key}-down");
    // Focus stays on the button pressed, or moves to its twin once the row reaches an end
    // (a disabled button cannot hold focus).
    let move_by = {
        let (up, down) = (up_id.clone(), down_id.clone());
        move |step: isize| {
            d.move_partner(index.get_untracked(), step);
            let at =
                partners.with_untracked(|ps| ps.iter().position(|p| p.key == key).unwrap_or(0));
            let at_top = at == 0;
            let at_bottom = at + 1 >= partners.with_untracked(Vec::len);
            let target = match (step < 0, at_top, at_bottom) {
                (true, true, _) | (false, _, false) => down.clone(),
                _ => up.clone(),
            };
            focus_later(target);
        }
    };
    let move_up = move_by.clone();
    let remove = move |_| {
        let at = index.get_untracked();
        d.remove_partner(at);
        let next = partners.with_untracked(|ps| ps.get(at).or(ps.last()).map(|p| p.key));
        focus_later(next.map_or_else(|| ids::PARTNERS.to_owned(), ids::partner_name));
    };
    let is_first = move || index.get() == 0;
    let is_last = move || index.get() + 1 == count();
    let at_minimum = move || count() <= *PARTNER_COUNTS.start();
    view! {
        <tr>
            <th scope="row">{move || index.get() + 1}</th>
            <td>
                <CellInput
                    id=ids::partner_name(key)
                    label=Signal::derive(move || fill(lang, Msg::EditorPartnerNameLabel, &[("number", &(index.get() + 1))]))
                    value=partner.name
                    kind=Kind::Text
                />
            </td>
            <td>
                <CellInput
                    id=ids::partner_population(key)
                    label=Signal::derive(move || fill(lang, Msg::EditorPartnerPopulationLabel, &[("name", &name.get())]))
                    value=partner.population
                    kind=Kind::Count
                />
            </td>
            <td class="app-table__actions">
                <button type="button" class="app-button app-button--small" id=up_id
                    disabled=is_first
                    on:click=move |_| move_up(-1)>
                    {t(lang, Msg::EditorMoveUp)}<span class="app-visually-hidden">" " {move || name.get()}</span>
                </button>
                <button type="button" class="app-button app-button--small" id=down_id
                    disabled=is_last
                    on:click=move |_| move_by(1)>
                    {t(lang, Msg::EditorMoveDown)}<span class="app-visually-hidden">" " {move || name.get()}</span>
                </button>
                <button type="button" class="app-button app-button--small app-button--warning"
                    disabled=at_minimum
                    on:click=remove>
                    {t(lang, Msg::EditorRemove)}<span class="app-visually-hidden">" " {move || name.get()}</span>
                </button>
            </td>
        </tr>
    }
}
