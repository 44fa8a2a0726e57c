//! The services: what each partner spends on each now, and how each would be shared.
//!
//! Three tables that share rows: annual costs (a column per partner), the sharing
//! assumptions of each service, and driver values for services split by a named driver.

use leptos::prelude::*;

use super::field::{CellInput, Kind};
use crate::ui::build::{display_name, ids};
use crate::ui::draft::{Basis, Draft, PartnerDraft, ServiceDraft};
use crate::ui::focus::focus_later;
use crate::ui::state::use_calc;

/// The most services the scenario format allows.
pub const MAX_SERVICES: usize = 50;

/// A service's name for headers and labels, or "Service N" while it is empty.
fn service_name(d: Draft, s: ServiceDraft) -> String {
    let index = d
        .services
        .with(|v| v.iter().position(|x| x.key == s.key).unwrap_or(0));
    s.name.with(|n| display_name(n, "Service", index))
}

/// A partner's name for headers and labels, or "Partner N" while it is empty.
fn partner_name(d: Draft, p: PartnerDraft) -> String {
    let index = d
        .partners
        .with(|v| v.iter().position(|x| x.key == p.key).unwrap_or(0));
    p.name.with(|n| display_name(n, "Partner", index))
}

/// The column headers, one per partner.
fn partner_headers(d: Draft) -> impl IntoView {
    view! {
        <For each=move || d.partners.get() key=|p| p.key let:p>
            <th scope="col" class="app-table__numeric">{move || partner_name(d, p)}</th>
        </For>
    }
}

/// The services section.
#[component]
pub fn Services() -> impl IntoView {
    let d = use_calc().draft;
    let count = move || d.services.with(Vec::len);
    let add = move |_| {
        let key = d.add_service();
        focus_later(ids::service(key, "name"));
    };
    let any_driver = move || {
        d.services
            .with(|v| v.iter().any(|s| s.basis.get() == Basis::Driver))
    };
    let driver_services = move || {
        d.services
            .get()
            .into_iter()
            .filter(|s| s.basis.get() == Basis::Driver)
            .collect::<Vec<_>>()
    };
    let full = move || count() >= MAX_SERVICES;
    view! {
        <section class="app-section" aria-labelledby=ids::SERVICES>
            <h2 id=ids::SERVICES tabindex="-1">"Services"</h2>
            <h3 id="costs-heading">"What each partner spends now, a year"</h3>
            <p class="app-hint">"Each partner's annual cost of running the service alone, in Year 1 prices. You can type 1.2m or 250k."</p>
            <div class="app-table-scroll" role="region" aria-labelledby="costs-heading" tabindex="0">
                <table class="app-table app-table--inputs">
                    <thead>
                        <tr>
                            <th scope="col">"Service"</th>
                            {partner_headers(d)}
                            <th scope="col"><span class="app-visually-hidden">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || d.services.get() key=|s| s.key let:service>
                            <CostRow service=service />
                        </For>
                    </tbody>
                </table>
            </div>
            <button type="button" class="app-button app-button--secondary" on:click=add disabled=full>
                "Add a service"
            </button>

            <h3 id="sharing-heading">"How each service would be shared"</h3>
            <p class="app-hint">
                "Planned saving: the share of the partners' combined spend saved each year once sharing is fully in place. "
                "Running cost: the extra yearly cost of running the shared arrangement (management, client side), as a share of combined spend."
            </p>
            <div class="app-table-scroll" role="region" aria-labelledby="sharing-heading" tabindex="0">
                <table class="app-table app-table--inputs">
                    <thead>
                        <tr>
                            <th scope="col">"Service"</th>
                            <th scope="col">"Planned saving (%)"</th>
                            <th scope="col">"Years to full savings"</th>
                            <th scope="col">"One-off cost"</th>
                            <th scope="col">"Running cost (% a year)"</th>
                            <th scope="col">"How costs are split"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || d.services.get() key=|s| s.key let:service>
                            <SharingRow service=service />
                        </For>
                    </tbody>
                </table>
            </div>

            <Show when=any_driver>
                <h3 id="drivers-heading">"Driver values"</h3>
                <p class="app-hint">"For services split by a driver: each partner's amount of it (for example, benefit claims). Costs are split in proportion."</p>
                <div class="app-table-scroll" role="region" aria-labelledby="drivers-heading" tabindex="0">
                    <table class="app-table app-table--inputs">
                        <thead>
                            <tr>
                                <th scope="col">"Service and driver"</th>
                                {partner_headers(d)}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=driver_services key=|s| s.key let:service>
                                <DriverRow service=service />
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn CostRow(service: ServiceDraft) -> impl IntoView {
    let d = use_calc().draft;
    let key = service.key;
    let index = Memo::new(move |_| {
        d.services
            .with(|v| v.iter().position(|s| s.key == key).unwrap_or(0))
    });
    let name = move || service_name(d, service);
    let only_one = move || d.services.with(Vec::len) <= 1;
    let remove = move |_| {
        let at = index.get_untracked();
        d.remove_service(at);
        let next = d
            .services
            .with_untracked(|v| v.get(at).or(v.last()).map(|s| s.key));
        focus_later(next.map_or_else(|| ids::SERVICES.to_owned(), |k| ids::service(k, "name")));
    };
    view! {
        <tr>
            <th scope="row">
                <CellInput
                    id=ids::service(key, "name")
                    label=Signal::derive(move || format!("Service {} name", index.get() + 1))
                    value=service.name
                    kind=Kind::Text
                />
            </th>
            <For each=move || d.partners.get() key=|p| p.key let:partner>
                {service
                    .baseline_cell(partner.key)
                    .map(|cell| {
                        let p_index = move || d.partners.with(|v| v.iter().position(|x| x.key == partner.key).unwrap_or(0));
                        view! {
                            <td class="app-table__numeric">
                                <CellInput
                                    id=ids::baseline(key, partner.key)
                                    label=Signal::derive(move || format!("{}: annual cost for {}", name(), partner_name(d, partner)))
                                    value=cell
                                    kind=Kind::Money
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
                    "Remove"<span class="app-visually-hidden">" " {name}</span>
                </button>
            </td>
        </tr>
    }
}

#[component]
fn SharingRow(service: ServiceDraft) -> impl IntoView {
    let d = use_calc().draft;
    let key = service.key;
    let name = move || service_name(d, service);
    let labelled = move |what: &'static str| Signal::derive(move || format!("{}: {what}", name()));
    let basis_id = ids::service(key, "basis");
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td>
                <CellInput id=ids::service(key, "saving-rate") label=labelled("planned saving (%)") value=service.saving_rate kind=Kind::Percent />
            </td>
            <td>
                <CellInput id=ids::service(key, "ramp-years") label=labelled("years to full savings") value=service.ramp_years kind=Kind::Whole />
            </td>
            <td>
                <CellInput id=ids::service(key, "one-off-cost") label=labelled("one-off cost") value=service.one_off_cost kind=Kind::Money />
            </td>
            <td>
                <CellInput id=ids::service(key, "running-cost-rate") label=labelled("running cost (% a year)") value=service.running_cost_rate kind=Kind::Percent />
            </td>
            <td>
                <select
                    class="app-select app-select--cell"
                    id=basis_id
                    aria-label=move || format!("{}: how costs are split", name())
                    on:change=move |ev| service.basis.set(Basis::from_code(&event_target_value(&ev)))
                    prop:value=move || service.basis.get().code()
                >
                    {Basis::ALL
                        .into_iter()
                        .map(|b| view! { <option value=b.code() selected=move || service.basis.get() == b>{b.label()}</option> })
                        .collect_view()}
                </select>
                <Show when=move || service.basis.get() == Basis::Driver>
                    <CellInput
                        id=ids::service(key, "driver-label")
                        label=labelled("driver name, such as benefit claims")
                        value=service.driver_label
                        kind=Kind::Text
                    />
                </Show>
            </td>
        </tr>
    }
}

#[component]
fn DriverRow(service: ServiceDraft) -> impl IntoView {
    let d = use_calc().draft;
    let key = service.key;
    let name = move || service_name(d, service);
    let driver = move || {
        service.driver_label.with(|l| {
            if l.trim().is_empty() {
                "driver".to_owned()
            } else {
                l.trim().to_owned()
            }
        })
    };
    view! {
        <tr>
            <th scope="row">{name}": "{driver}</th>
            <For each=move || d.partners.get() key=|p| p.key let:partner>
                {service
                    .driver_cell(partner.key)
                    .map(|cell| view! {
                        <td class="app-table__numeric">
                            <CellInput
                                id=ids::driver(key, partner.key)
                                label=Signal::derive(move || format!("{}: {} for {}", name(), driver(), partner_name(d, partner)))
                                value=cell
                                kind=Kind::Count
                            />
                        </td>
                    })}
            </For>
        </tr>
    }
}
