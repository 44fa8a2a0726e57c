//! Costs that fall on one partner alone (format v2 `partner_costs`): redundancy and pension
//! strain for its own staff, ending a contract early. A table of rows, each naming the
//! partner that bears the cost, what it is, the year it falls in and its amount.

use leptos::prelude::*;

use super::field::{CellInput, Kind};
use super::rows::per_load;
use crate::ui::focus::focus_later;
use crate::ui::model::ids::{self, PartnerCostBox};
use crate::ui::model::{use_calc, use_lang, Boxes, PartnerCostDraft};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The id of the button that adds a cost.
const ADD_ID: &str = "partner-costs-add";

/// The partners' own costs section.
#[component]
pub fn PartnerCosts() -> impl IntoView {
    let d = use_calc().draft;
    let lang = use_lang();
    let add = move |_| {
        let key = d.add_partner_cost(t(lang, Msg::EditorPartnerCostsNew));
        focus_later(ids::partner_cost(key, PartnerCostBox::Partner));
    };
    view! {
        <section class="app-section" aria-labelledby=ids::PARTNER_COSTS>
            <h2 id=ids::PARTNER_COSTS tabindex="-1">{t(lang, Msg::EditorPartnerCostsHeading)}</h2>
            <p class="app-hint">{t(lang, Msg::EditorPartnerCostsHint)}</p>
            {per_load(move |b| costs(lang, b))}
            <button type="button" class="app-button app-button--secondary" id=ADD_ID on:click=add data-testid="partner-costs-add">
                {t(lang, Msg::EditorPartnerCostsAdd)}
            </button>
        </section>
    }
}

/// The costs of the boxes `b` as a table, or a line saying there are none. Drawn for each
/// load, the table shown and hidden within it, so that what it draws goes with the load
/// ([`per_load`]).
fn costs(lang: Lang, b: Boxes) -> impl IntoView {
    view! {
        <Show
            when=move || b.partner_costs.with(|c| !c.is_empty())
            fallback=move || view! { <p class="app-body" data-testid="partner-costs-none">{t(lang, Msg::EditorPartnerCostsNone)}</p> }
        >
            <div class="app-table-scroll" role="region" aria-labelledby=ids::PARTNER_COSTS tabindex="0">
                <table class="app-table app-table--inputs" data-testid="partner-costs">
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Msg::KindPartner)}</th>
                            <th scope="col">{t(lang, Msg::EditorPartnerCostsColLabel)}</th>
                            <th scope="col">{t(lang, Msg::EditorPartnerCostsColYear)}</th>
                            <th scope="col">{t(lang, Msg::EditorPartnerCostsColAmount)}</th>
                            <th scope="col"><span class="app-visually-hidden">{t(lang, Msg::EditorColActions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || b.partner_costs.get() key=|c| c.key let:cost>
                            <CostRow cost=cost boxes=b />
                        </For>
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// The partners as the options of a `<select>` whose value is a partner's key, `picked`
/// selected: by name, or "Partner N" while a name is empty.
pub fn partner_options(lang: Lang, b: Boxes, picked: RwSignal<u32>) -> impl IntoView {
    view! {
        <For each=move || b.partners.get() key=|p| p.key let:partner>
            <option value=partner.key.to_string() selected=move || picked.get() == partner.key>
                {move || b.partner_name(lang, partner)}
            </option>
        </For>
    }
}

/// One cost: which partner bears it, what it is, when and how much.
#[component]
fn CostRow(cost: PartnerCostDraft, boxes: Boxes) -> impl IntoView {
    let b = boxes;
    let lang = use_lang();
    let key = cost.key;
    let index = Memo::new(move |_| {
        b.partner_costs
            .with(|v| v.iter().position(|c| c.key == key).unwrap_or(0))
    });
    let labelled =
        move |msg: Msg| Signal::derive(move || fill(lang, msg, &[("n", &(index.get() + 1))]));
    let partner_id = ids::partner_cost(key, PartnerCostBox::Partner);
    let partner_code = (
        Signal::derive(move || cost.partner.get().to_string()),
        SignalSetter::<String>::map(move |code: String| {
            if let Ok(k) = code.parse() {
                cost.partner.set(k);
            }
        }),
    );
    let remove = move |_| {
        let at = index.get_untracked();
        use_calc().draft.remove_partner_cost(at);
        let next = b
            .partner_costs
            .with_untracked(|v| v.get(at).or(v.last()).map(|c| c.key));
        // The next row's first box, or, when none is left, the button that adds one.
        focus_later(next.map_or_else(
            || ADD_ID.to_owned(),
            |k| ids::partner_cost(k, PartnerCostBox::Partner),
        ));
    };
    view! {
        <tr>
            <td>
                // A real label, as the cell boxes have: hidden in the table, above the select in a card.
                <label class="app-cell__label" for=partner_id.clone()>{move || labelled(Msg::EditorPartnerCostPartnerLabel).get()}</label>
                <select
                    class="app-select app-select--cell"
                    id=partner_id
                    bind:value=partner_code
                >
                    {partner_options(lang, b, cost.partner)}
                </select>
            </td>
            <td>
                <CellInput id=ids::partner_cost(key, PartnerCostBox::Label) label=labelled(Msg::EditorPartnerCostLabelLabel) value=cost.label kind=Kind::Text />
            </td>
            <td>
                <CellInput id=ids::partner_cost(key, PartnerCostBox::Year) label=labelled(Msg::EditorPartnerCostYearLabel) value=cost.year kind=Kind::Whole />
            </td>
            <td class="app-table__numeric">
                <CellInput id=ids::partner_cost(key, PartnerCostBox::Amount) label=labelled(Msg::EditorPartnerCostAmountLabel) value=cost.amount kind=Kind::Money(b.currency_sign()) />
            </td>
            <td class="app-table__actions">
                <button type="button" class="app-button app-button--small app-button--warning" on:click=remove>
                    {t(lang, Msg::EditorRemove)}<span class="app-visually-hidden">" " {move || labelled(Msg::EditorPartnerCostLabelLabel).get()}</span>
                </button>
            </td>
        </tr>
    }
}
