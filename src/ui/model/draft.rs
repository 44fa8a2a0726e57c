//! What the user has typed, exactly as typed: one signal per box, so that editing one box
//! re-runs only what reads it, and an unreadable entry is kept for the user to correct.
//! [`Draft::typed`] hands a plain copy to [`super::build`]; a draft never holds numbers.
//!
//! Lifetimes: the boxes of the rows (partners, services, their cells) belong to the load that
//! made them, each load under its own child [`Owner`], so opening a scenario frees the boxes
//! of the one before; a row removed is freed on its own. Both are freed a moment later, once
//! the page has drawn without them: a box read after it is freed would stop the program.

use std::collections::BTreeMap;
use std::time::Duration;

use leptos::prelude::*;

use super::typed::{
    money_text, number_text, ranges_showing, Basis, Typed, TypedPartner, TypedRanges, TypedService,
};
use sharecalc_core::engine::Scenario;

/// A box's text, held in a signal.
pub type Text = RwSignal<String>;

/// One partner council as typed.
#[derive(Clone, Copy)]
pub struct PartnerDraft {
    /// Stable identity across reordering; used in element ids.
    pub key: u32,
    /// Its name.
    pub name: Text,
    /// Its population; empty when not known.
    pub population: Text,
}

/// One service as typed. Costs and driver values are keyed by partner key, so reordering
/// partners never moves a number to the wrong council.
#[derive(Clone, Copy)]
pub struct ServiceDraft {
    /// Stable identity across adding and removing rows; used in element ids.
    pub key: u32,
    /// Its name.
    pub name: Text,
    /// The planned saving, a percentage.
    pub saving_rate: Text,
    /// The years to full savings.
    pub ramp_years: Text,
    /// The one-off cost.
    pub one_off_cost: Text,
    /// The running cost, a percentage.
    pub running_cost_rate: Text,
    /// How its costs are split.
    pub basis: RwSignal<Basis>,
    /// What the driver measures.
    pub driver_label: Text,
    /// Each partner's annual cost, by partner key.
    pub baseline: RwSignal<BTreeMap<u32, Text>>,
    /// Each partner's driver value, by partner key.
    pub driver_values: RwSignal<BTreeMap<u32, Text>>,
}

/// The twelve low / likely / high boxes of the analysis, in [`super::ranges::ROWS`] ×
/// [`super::ranges::ENDS`] order. Made once with the draft; a load only sets them.
#[derive(Clone, Copy)]
pub struct RangesDraft {
    /// The boxes, a row per range.
    pub boxes: [[Text; 3]; 4],
}

/// The whole editor's state.
#[derive(Clone, Copy)]
pub struct Draft {
    /// The scenario's name.
    pub title: Text,
    /// The currency code picked.
    pub currency: Text,
    /// The first financial year.
    pub first_year: Text,
    /// The years appraised.
    pub horizon_years: Text,
    /// The discount rate, a percentage.
    pub discount_rate: Text,
    /// The yearly growth of costs, a percentage.
    pub cost_growth: Text,
    /// The share of planned savings that arrives, a percentage.
    pub realisation: Text,
    /// The optimism bias on one-off costs, a percentage.
    pub optimism_bias: Text,
    /// The partners, in order.
    pub partners: RwSignal<Vec<PartnerDraft>>,
    /// The services, in order.
    pub services: RwSignal<Vec<ServiceDraft>>,
    /// The low / likely / high ranges of the analysis (format field `uncertainty`).
    pub uncertainty: RangesDraft,
    /// The key the next row takes.
    next_key: StoredValue<u32>,
    /// The reactive owner the draft was made under, parent of every load's own owner. Boxes
    /// made later (a loaded scenario, an added row) belong under it, not to whichever
    /// component's event handler made them, which may be disposed a moment later (a
    /// comparison row that is swapped out).
    owner: StoredValue<Option<Owner>>,
    /// The owner of the current load's rows.
    rows: StoredValue<Option<Owner>>,
}

/// A new box showing `value`.
fn text(value: String) -> Text {
    RwSignal::new(value)
}

/// Runs `free` once the page has drawn the change that let go of what it frees: views drop a
/// row in a reactive update that runs before any timer does.
fn free_later(free: impl FnOnce() + 'static) {
    set_timeout(free, Duration::ZERO);
}

impl PartnerDraft {
    /// New boxes showing `p`.
    fn new(p: &TypedPartner) -> PartnerDraft {
        PartnerDraft {
            key: p.key,
            name: text(p.name.clone()),
            population: text(p.population.clone()),
        }
    }

    fn typed(&self) -> TypedPartner {
        TypedPartner {
            key: self.key,
            name: self.name.get(),
            population: self.population.get(),
        }
    }

    fn dispose(self) {
        self.name.dispose();
        self.population.dispose();
    }
}

impl ServiceDraft {
    /// New boxes showing `s`, whose cells are those of `partners` in order.
    fn new(s: &TypedService, partners: &[u32]) -> ServiceDraft {
        let cells = |values: &[String]| -> BTreeMap<u32, Text> {
            partners
                .iter()
                .zip(values)
                .map(|(p, value)| (*p, text(value.clone())))
                .collect()
        };
        ServiceDraft {
            key: s.key,
            name: text(s.name.clone()),
            saving_rate: text(s.saving_rate.clone()),
            ramp_years: text(s.ramp_years.clone()),
            one_off_cost: text(s.one_off_cost.clone()),
            running_cost_rate: text(s.running_cost_rate.clone()),
            basis: RwSignal::new(s.basis),
            driver_label: text(s.driver_label.clone()),
            baseline: RwSignal::new(cells(&s.baseline)),
            driver_values: RwSignal::new(cells(&s.driver_values)),
        }
    }

    /// The box for one partner's annual cost of this service.
    pub fn baseline_cell(&self, partner: u32) -> Option<Text> {
        self.baseline.with_untracked(|m| m.get(&partner).copied())
    }

    /// The box for one partner's driver value for this service.
    pub fn driver_cell(&self, partner: u32) -> Option<Text> {
        self.driver_values
            .with_untracked(|m| m.get(&partner).copied())
    }

    /// What the boxes hold, with cells in the order of `partners`. A partner without a cell
    /// (never the case on screen) counts as 0. Driver values are read only while the service
    /// is split by a driver: nothing needs them otherwise, and an edit is quicker without.
    fn typed(&self, partners: &[u32]) -> TypedService {
        let basis = self.basis.get();
        let cells = |map: RwSignal<BTreeMap<u32, Text>>| -> Vec<String> {
            map.with(|cells| {
                partners
                    .iter()
                    .map(|p| cells.get(p).map_or_else(|| money_text(0.0), |c| c.get()))
                    .collect()
            })
        };
        TypedService {
            key: self.key,
            name: self.name.get(),
            saving_rate: self.saving_rate.get(),
            ramp_years: self.ramp_years.get(),
            one_off_cost: self.one_off_cost.get(),
            running_cost_rate: self.running_cost_rate.get(),
            basis,
            driver_label: self.driver_label.get(),
            baseline: cells(self.baseline),
            driver_values: if basis == Basis::Driver {
                cells(self.driver_values)
            } else {
                Vec::new()
            },
        }
    }

    /// Adds the cells of a new partner: a cost of 0 and a driver value of 1.
    fn add_partner(&self, key: u32) {
        self.baseline.update(|m| {
            m.insert(key, text(money_text(0.0)));
        });
        self.driver_values.update(|m| {
            m.insert(key, text(number_text(1.0)));
        });
    }

    /// Takes out the cells of partner `key`, for the caller to free.
    fn remove_partner(&self, key: u32) -> [Option<Text>; 2] {
        let mut removed = [None, None];
        for (map, out) in [self.baseline, self.driver_values].iter().zip(&mut removed) {
            map.update(|m| *out = m.remove(&key));
        }
        removed
    }

    fn dispose(self) {
        for text in [
            self.name,
            self.saving_rate,
            self.ramp_years,
            self.one_off_cost,
            self.running_cost_rate,
            self.driver_label,
        ] {
            text.dispose();
        }
        self.basis.dispose();
        for map in [self.baseline, self.driver_values] {
            map.with_untracked(|m| m.values().for_each(|c| c.dispose()));
            map.dispose();
        }
    }
}

impl RangesDraft {
    /// Empty boxes; [`RangesDraft::show`] fills them.
    fn new() -> RangesDraft {
        RangesDraft {
            boxes: std::array::from_fn(|_| std::array::from_fn(|_| text(String::new()))),
        }
    }

    /// Shows `typed` in the boxes.
    fn show(&self, typed: &TypedRanges) {
        for (row, texts) in self.boxes.iter().zip(typed) {
            for (cell, value) in row.iter().zip(texts) {
                cell.set(value.clone());
            }
        }
    }

    /// Shows the default ranges again.
    pub fn reset(&self) {
        self.show(&ranges_showing(None));
    }

    fn typed(&self) -> TypedRanges {
        self.boxes.map(|row| row.map(|cell| cell.get()))
    }
}

impl Draft {
    /// A draft showing `scenario`, with fresh signals.
    pub fn new(scenario: &Scenario) -> Draft {
        let draft = Draft {
            title: text(String::new()),
            currency: text(String::new()),
            first_year: text(String::new()),
            horizon_years: text(String::new()),
            discount_rate: text(String::new()),
            cost_growth: text(String::new()),
            realisation: text(String::new()),
            optimism_bias: text(String::new()),
            partners: RwSignal::new(Vec::new()),
            services: RwSignal::new(Vec::new()),
            uncertainty: RangesDraft::new(),
            next_key: StoredValue::new(0),
            owner: StoredValue::new(Owner::current()),
            rows: StoredValue::new(None),
        };
        draft.load(scenario);
        draft
    }

    /// Every box as typed, for [`super::build`]. Reading is tracked, so a memo over this
    /// re-runs on any edit.
    pub fn typed(&self) -> Typed {
        let partners: Vec<TypedPartner> = self
            .partners
            .with(|ps| ps.iter().map(PartnerDraft::typed).collect());
        let keys: Vec<u32> = partners.iter().map(|p| p.key).collect();
        Typed {
            title: self.title.get(),
            currency: self.currency.get(),
            first_year: self.first_year.get(),
            horizon_years: self.horizon_years.get(),
            discount_rate: self.discount_rate.get(),
            cost_growth: self.cost_growth.get(),
            realisation: self.realisation.get(),
            optimism_bias: self.optimism_bias.get(),
            partners,
            services: self
                .services
                .with(|ss| ss.iter().map(|s| s.typed(&keys)).collect()),
            uncertainty: self.uncertainty.typed(),
        }
    }

    /// Runs `make` under the current load's owner, so the signals it creates live as long as
    /// that load's rows.
    fn owned<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.rows.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    fn take_key(&self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key.wrapping_add(1));
        key
    }

    /// Replaces everything the user typed with `scenario` (opening a link, file or example).
    /// The rows get a new owner; the previous load's is disposed once the page has redrawn.
    pub fn load(&self, scenario: &Scenario) {
        let mut next_key = self.next_key.get_value();
        let typed = Typed::showing(scenario, &mut next_key);
        self.next_key.set_value(next_key);
        let rows = match self.owner.get_value() {
            Some(parent) => parent.child(),
            None => Owner::new(),
        };
        let keys: Vec<u32> = typed.partners.iter().map(|p| p.key).collect();
        let (partners, services) = rows.with(|| {
            let partners: Vec<PartnerDraft> =
                typed.partners.iter().map(PartnerDraft::new).collect();
            let services: Vec<ServiceDraft> = typed
                .services
                .iter()
                .map(|s| ServiceDraft::new(s, &keys))
                .collect();
            (partners, services)
        });
        self.title.set(typed.title);
        self.currency.set(typed.currency);
        self.first_year.set(typed.first_year);
        self.horizon_years.set(typed.horizon_years);
        self.discount_rate.set(typed.discount_rate);
        self.cost_growth.set(typed.cost_growth);
        self.realisation.set(typed.realisation);
        self.optimism_bias.set(typed.optimism_bias);
        self.uncertainty.show(&typed.uncertainty);
        self.partners.set(partners);
        self.services.set(services);
        let previous = self
            .rows
            .try_update_value(|current| current.replace(rows))
            .flatten();
        if let Some(previous) = previous {
            free_later(move || previous.cleanup());
        }
    }

    /// Adds a partner at the end with a cost of 0 for every service; returns its key.
    pub fn add_partner(&self) -> u32 {
        let count = self.partners.with_untracked(Vec::len);
        let typed = TypedPartner::added(count, self.take_key());
        self.owned(|| {
            self.services.with_untracked(|services| {
                for s in services {
                    s.add_partner(typed.key);
                }
            });
            self.partners.update(|p| p.push(PartnerDraft::new(&typed)));
        });
        typed.key
    }

    /// Removes the partner at `index` and its costs, and frees their boxes.
    pub fn remove_partner(&self, index: usize) {
        let mut removed = None;
        self.partners.update(|p| {
            if index < p.len() {
                removed = Some(p.remove(index));
            }
        });
        let Some(partner) = removed else {
            return;
        };
        let cells: Vec<Text> = self.services.with_untracked(|services| {
            services
                .iter()
                .flat_map(|s| s.remove_partner(partner.key))
                .flatten()
                .collect()
        });
        free_later(move || {
            partner.dispose();
            cells.into_iter().for_each(|c| c.dispose());
        });
    }

    /// Moves the partner at `index` one place up (`-1`) or down (`1`).
    pub fn move_partner(&self, index: usize, step: isize) {
        self.partners.update(|p| {
            if let Some(target) = index.checked_add_signed(step).filter(|t| *t < p.len()) {
                p.swap(index, target);
            }
        });
    }

    /// Adds a service at the end with the spec's defaults and no costs yet; returns its key.
    pub fn add_service(&self) -> u32 {
        let keys: Vec<u32> = self
            .partners
            .with_untracked(|ps| ps.iter().map(|p| p.key).collect());
        let count = self.services.with_untracked(Vec::len);
        let typed = TypedService::added(count, keys.len(), self.take_key());
        let service = self.owned(|| ServiceDraft::new(&typed, &keys));
        self.services.update(|s| s.push(service));
        service.key
    }

    /// Removes the service at `index` and frees its boxes.
    pub fn remove_service(&self, index: usize) {
        let mut removed = None;
        self.services.update(|s| {
            if index < s.len() {
                removed = Some(s.remove(index));
            }
        });
        if let Some(service) = removed {
            free_later(move || service.dispose());
        }
    }
}
