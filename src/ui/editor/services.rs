//! The services: what each partner spends on each now, and how each would be shared.
//!
//! Three tables that share rows: annual costs (a column per partner), the sharing
//! assumptions of each service, and driver values for services split by a named driver.

use leptos::prelude::*;

use super::field::{CellInput, Kind};
use super::paste::{PasteOffer, Pasting};
use super::row_actions::RowActions;
use super::rows::per_load;
use crate::ui::focus::focus_later;
use crate::ui::model::ids::{self, ServiceBox};
use crate::ui::model::{
    display_name, percent_list_text, use_calc, use_lang, Basis, Boxes, ServiceDraft,
};
use crate::ui::replace::{Place, Replaced};
use sharecalc_core::codec::block::Slot;
use sharecalc_core::engine::SERVICE_COUNTS;
use sharecalc_core::i18n::{count, fill, t, Lang, Msg};

/// The column headers of the boxes `b`, one per partner.
fn partner_headers(lang: Lang, b: Boxes) -> impl IntoView {
    view! {
        <For each=move || b.partners.get() key=|p| p.key let:p>
            <th scope="col" class="app-table__numeric">{move || b.partner_name(lang, p)}</th>
        </For>
    }
}

/// The id of the list of one-off cost spreads offered in every service's spread box.
const PROFILE_PRESETS: &str = "one-off-profile-presets";

/// The spreads offered: all in Year 1, or evenly over 2 to 5 years; anything else is typed.
fn profile_presets(lang: Lang) -> impl IntoView {
    let options = (1..=5_u32)
        .map(|n| {
            let shares = vec![1.0 / f64::from(n); n as usize];
            let label = if n == 1 {
                t(lang, Msg::EditorProfileAllFirst).to_owned()
            } else {
                let years = count(lang, Msg::CountYears, u64::from(n), &[]);
                fill(lang, Msg::EditorProfileEven, &[("years", &years)])
            };
            view! { <option value=percent_list_text(&shares) label=label></option> }
        })
        .collect_view();
    view! { <datalist id=PROFILE_PRESETS>{options}</datalist> }
}

/// The services section.
#[component]
pub fn Services() -> impl IntoView {
    let d = use_calc().draft;
    let lang = use_lang();
    let count = move || d.boxes().services.with(Vec::len);
    let actions = RowActions::here();
    let add = move |_| {
        let key = d.add_service();
        actions.added(&display_name("", t(lang, Msg::KindService), count() - 1));
        focus_later(ids::service(key, ServiceBox::Name));
    };
    let full = move || count() >= *SERVICE_COUNTS.end();
    Pasting::provide();
    view! {
        <section class="app-section" aria-labelledby=ids::SERVICES>
            <h2 id=ids::SERVICES tabindex="-1">{t(lang, Msg::EditorServicesHeading)}</h2>
            <h3 id="costs-heading">{t(lang, Msg::EditorCostsHeading)}</h3>
            <p class="app-hint">{t(lang, Msg::EditorCostsHint)}</p>
            <div class="app-table-scroll" role="region" aria-labelledby="costs-heading" tabindex="0">
                <table class="app-table app-table--inputs">
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Msg::KindService)}</th>
                            {per_load(move |b| partner_headers(lang, b))}
                            <th scope="col"><span class="app-visually-hidden">{t(lang, Msg::EditorColActions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {per_load(|b| view! {
                            <For each=move || b.services.get() key=|s| s.key let:service>
                                <CostRow service=service boxes=b />
                            </For>
                        })}
                    </tbody>
                </table>
            </div>
            <PasteOffer />
            <Replaced place=Place::Services />
            <Replaced place=Place::Paste>
                <p>{t(lang, Msg::PasteUndoHint)}</p>
            </Replaced>
            <button type="button" class="app-button app-button--secondary" on:click=add disabled=full>
                {t(lang, Msg::EditorServicesAdd)}
            </button>

            <h3 id="sharing-heading">{t(lang, Msg::EditorSharingHeading)}</h3>
            {profile_presets(lang)}
            <p class="app-hint">{t(lang, Msg::EditorSharingHint)}</p>
            <div class="app-table-scroll" role="region" aria-labelledby="sharing-heading" tabindex="0">
                <table class="app-table app-table--inputs">
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Msg::KindService)}</th>
                            <th scope="col">{t(lang, Msg::EditorColPlannedSaving)}</th>
                            <th scope="col">{t(lang, Msg::EditorColRampYears)}</th>
                            <th scope="col">{t(lang, Msg::EditorColOneOff)}</th>
                            <th scope="col">{t(lang, Msg::EditorColRunningCost)}</th>
                            <th scope="col">{t(lang, Msg::EditorColGoLive)}</th>
                            <th scope="col">{t(lang, Msg::EditorColOneOffProfile)}</th>
                            <th scope="col">{t(lang, Msg::EditorColFixedRunning)}</th>
                            <th scope="col">{t(lang, Msg::EditorColSplit)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {per_load(|b| view! {
                            <For each=move || b.services.get() key=|s| s.key let:service>
                                <SharingRow service=service boxes=b />
                            </For>
                        })}
                    </tbody>
                </table>
            </div>

            {per_load(move |b| drivers(lang, b))}
        </section>
    }
}

/// The driver values of the boxes `b`, while a service is split by a driver. Drawn for each
/// load, the table shown and hidden within it, so that what it draws goes with the load
/// ([`per_load`]).
fn drivers(lang: Lang, b: Boxes) -> impl IntoView {
    let driver_services = move || {
        b.services.with(|v| {
            v.iter()
                .filter(|s| s.basis.get() == Basis::Driver)
                .copied()
                .collect::<Vec<_>>()
        })
    };
    let any_driver = move || {
        b.services
            .with(|v| v.iter().any(|s| s.basis.get() == Basis::Driver))
    };
    view! {
        <Show when=any_driver>
            <h3 id="drivers-heading">{t(lang, Msg::EditorDriversHeading)}</h3>
            <p class="app-hint">{t(lang, Msg::EditorDriversHint)}</p>
            <div class="app-table-scroll" role="region" aria-labelledby="drivers-heading" tabindex="0">
                <table class="app-table app-table--inputs">
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Msg::EditorColServiceDriver)}</th>
                            {partner_headers(lang, b)}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=driver_services key=|s| s.key let:service>
                            <DriverRow service=service boxes=b />
                        </For>
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

#[component]
fn CostRow(service: ServiceDraft, boxes: Boxes) -> impl IntoView {
    let b = boxes;
    let sign = b.currency_sign();
    let lang = use_lang();
    let key = service.key;
    let index = Memo::new(move |_| {
        b.services
            .with(|v| v.iter().position(|s| s.key == key).unwrap_or(0))
    });
    let name = move || b.service_name(lang, service);
    let only_one = move || b.services.with(Vec::len) <= 1;
    let actions = RowActions::here();
    let draft = use_calc().draft;
    let pasting = Pasting::here();
    let remove = move |_| {
        let at = index.get_untracked();
        let name = untrack(name);
        actions.removed(Place::Services, &name, || draft.remove_service(at));
        let next = b
            .services
            .with_untracked(|v| v.get(at).or(v.last()).map(|s| s.key));
        focus_later(next.map_or_else(
            || ids::SERVICES.to_owned(),
            |k| ids::service(k, ServiceBox::Name),
        ));
    };
    view! {
        <tr on:focusout=RowActions::here().on_leave(key)>
            <th scope="row">
                <CellInput
                    id=ids::service(key, ServiceBox::Name)
                    label=Signal::derive(move || fill(lang, Msg::EditorServiceNameLabel, &[("number", &(index.get() + 1))]))
                    value=service.name
                    kind=Kind::Text
                />
            </th>
            <For each=move || b.partners.get() key=|p| p.key let:partner>
                {service
                    .baseline_cell(partner.key)
                    .map(|cell| {
                        let p_index = move || b.partners.with(|v| v.iter().position(|x| x.key == partner.key).unwrap_or(0));
                        let at = move || Slot { service: index.get_untracked(), partner: untrack(p_index) };
                        view! {
                            <td class="app-table__numeric" on:paste=pasting.on_paste(at, ids::baseline(key, partner.key))>
                                <CellInput
                                    id=ids::baseline(key, partner.key)
                                    label=Signal::derive(move || fill(lang, Msg::EditorBaselineLabel, &[("service", &name()), ("partner", &b.partner_name(lang, partner))]))
                                    value=cell
                                    kind=Kind::Money(sign)
                                    testid=Signal::derive(move || format!("baseline-{}-{}", index.get(), p_index()))
                                />
                            </td>
                        }
                    })}
            </For>
            <td class="app-table__actions">
                <button type="button" class="app-button app-button--small app-button--warning"
                    disabled=only_one
                    on:click=remove>
                    {t(lang, Msg::EditorRemove)}<span class="app-visually-hidden">" " {name}</span>
                </button>
            </td>
        </tr>
    }
}

#[component]
fn SharingRow(service: ServiceDraft, boxes: Boxes) -> impl IntoView {
    let b = boxes;
    let lang = use_lang();
    let key = service.key;
    let name = move || b.service_name(lang, service);
    let labelled = move |msg: Msg| Signal::derive(move || fill(lang, msg, &[("service", &name())]));
    let basis_id = ids::service(key, ServiceBox::Basis);
    let basis_code = (
        Signal::derive(move || service.basis.get().code().to_owned()),
        SignalSetter::<String>::map(move |code| service.basis.set(Basis::from_code(&code))),
    );
    view! {
        <tr on:focusout=RowActions::here().on_leave(key)>
            <th scope="row">{name}</th>
            <td>
                <CellInput id=ids::service(key, ServiceBox::SavingRate) label=labelled(Msg::EditorSavingRateLabel) value=service.saving_rate kind=Kind::Percent />
            </td>
            <td>
                <CellInput id=ids::service(key, ServiceBox::RampYears) label=labelled(Msg::EditorRampYearsLabel) value=service.ramp_years kind=Kind::Whole />
            </td>
            <td>
                <CellInput id=ids::service(key, ServiceBox::OneOffCost) label=labelled(Msg::EditorOneOffLabel) value=service.one_off_cost kind=Kind::Money(b.currency_sign()) />
            </td>
            <td>
                <CellInput id=ids::service(key, ServiceBox::RunningCostRate) label=labelled(Msg::EditorRunningCostLabel) value=service.running_cost_rate kind=Kind::Percent />
            </td>
            <td>
                <CellInput id=ids::service(key, ServiceBox::SavingsStartYear) label=labelled(Msg::EditorGoLiveLabel) value=service.savings_start_year kind=Kind::Whole />
            </td>
            <td>
                <CellInput id=ids::service(key, ServiceBox::OneOffProfile) label=labelled(Msg::EditorOneOffProfileLabel) value=service.one_off_profile kind=Kind::Text list=PROFILE_PRESETS />
            </td>
            <td>
                <CellInput id=ids::service(key, ServiceBox::FixedRunningCost) label=labelled(Msg::EditorFixedRunningLabel) value=service.fixed_running_cost kind=Kind::Money(b.currency_sign()) />
            </td>
            <td>
                <label class="app-cell__label" for=basis_id.clone()>{move || fill(lang, Msg::EditorSplitLabel, &[("service", &name())])}</label>
                <select
                    class="app-select app-select--cell"
                    id=basis_id.clone()
                    bind:value=basis_code
                >
                    {Basis::ALL
                        .into_iter()
                        .map(|b| view! { <option value=b.code() selected=move || service.basis.get() == b>{b.label(lang)}</option> })
                        .collect_view()}
                </select>
                <Show when=move || service.basis.get() == Basis::Driver>
                    <CellInput
                        id=ids::service(key, ServiceBox::DriverLabel)
                        label=labelled(Msg::EditorDriverNameLabel)
                        value=service.driver_label
                        kind=Kind::Text
                    />
                </Show>
            </td>
        </tr>
    }
}

#[component]
fn DriverRow(service: ServiceDraft, boxes: Boxes) -> impl IntoView {
    let b = boxes;
    let lang = use_lang();
    let key = service.key;
    let name = move || b.service_name(lang, service);
    let driver = move || {
        service.driver_label.with(|l| {
            if l.trim().is_empty() {
                t(lang, Msg::EditorDriverDefault).to_owned()
            } else {
                l.trim().to_owned()
            }
        })
    };
    view! {
        <tr on:focusout=RowActions::here().on_leave(key)>
            <th scope="row">{name}": "{driver}</th>
            <For each=move || b.partners.get() key=|p| p.key let:partner>
                {service
                    .driver_cell(partner.key)
                    .map(|cell| view! {
                        <td class="app-table__numeric">
                            <CellInput
                                id=ids::driver(key, partner.key)
                                label=Signal::derive(move || fill(lang, Msg::EditorDriverValueLabel, &[("service", &name()), ("driver", &driver()), ("partner", &b.partner_name(lang, partner))]))
                                value=cell
                                kind=Kind::Count
                            />
                        </td>
                    })}
            </For>
        </tr>
    }
}
