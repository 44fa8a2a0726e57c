//! What the user has typed, exactly as typed: one signal per box, so that editing one box
//! re-runs only what reads it, and an unreadable entry is kept for the user to correct.
//! [`Draft::typed`] hands a plain copy to [`super::build`]; a draft never holds numbers.
//!
//! Lifetimes. Opening a scenario (a load) makes a new set of boxes, [`Boxes`], under that
//! load's own [`Owner`], and the previous load's owner is disposed once the page has drawn the
//! new boxes (a box read after it is freed would stop the program). A row removed is freed the
//! same way. Two rules keep a load from leaving anything behind:
//! - the load's owner has no parent: a parent keeps a small record of every child it ever had;
//! - what is drawn for a load's boxes reads only those boxes ([`Draft::boxes_untracked`],
//!   never [`Draft::boxes`]): a signal that outlives a reader keeps a small record of it, so
//!   the views of a load are drawn afresh for each load and follow nothing older than it.

use std::collections::BTreeMap;
use std::time::Duration;

use leptos::prelude::*;

use super::build::display_name;
use super::ids;
use super::typed::{
    money_text, number_text, ranges_showing, Basis, Typed, TypedLeaving, TypedPartner,
    TypedPartnerCost, TypedRanges, TypedService,
};
use sharecalc_core::codec::block::{Baselines, Placement};
use sharecalc_core::engine::{currency_symbol, Scenario, Source};
use sharecalc_core::i18n::{t, Lang, Msg};

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
    /// The year it goes live.
    pub savings_start_year: Text,
    /// The share of the one-off cost in each year, percentages separated by commas.
    pub one_off_profile: Text,
    /// The fixed running cost a year.
    pub fixed_running_cost: Text,
    /// How its costs are split.
    pub basis: RwSignal<Basis>,
    /// What the driver measures.
    pub driver_label: Text,
    /// Each partner's annual cost, by partner key.
    pub baseline: RwSignal<BTreeMap<u32, Text>>,
    /// Each partner's driver value, by partner key.
    pub driver_values: RwSignal<BTreeMap<u32, Text>>,
}

/// One partner's own one-off cost as typed.
#[derive(Clone, Copy)]
pub struct PartnerCostDraft {
    /// Stable identity across adding and removing rows; used in element ids.
    pub key: u32,
    /// The key of the partner that bears it.
    pub partner: RwSignal<u32>,
    /// What it is.
    pub label: Text,
    /// The year it falls in.
    pub year: Text,
    /// Its amount.
    pub amount: Text,
}

/// The "a partner leaves" question's controls: unset until one is used, so a link carries
/// the question only when someone asked it.
#[derive(Clone, Copy)]
pub struct LeavingDraft {
    /// Whether the question has been asked (any control used, or opened with one).
    pub set: RwSignal<bool>,
    /// The key of the partner that leaves.
    pub partner: RwSignal<u32>,
    /// Its last year in the partnership.
    pub year: RwSignal<u32>,
    /// The exit fee, as typed.
    pub exit_fee: Text,
}

/// The twelve low / likely / high boxes of the analysis, in [`super::ranges::ROWS`] ×
/// [`super::ranges::ENDS`] order.
#[derive(Clone, Copy)]
pub struct RangesDraft {
    /// The boxes, a row per range.
    pub boxes: [[Text; 3]; 4],
}

/// Every box of one load: the editor's state while that scenario is open.
#[derive(Clone, Copy)]
pub struct Boxes {
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
    /// The optimism bias on running costs, a percentage.
    pub optimism_bias_running: Text,
    /// The price base year; empty for the first year.
    pub price_base_year: Text,
    /// General inflation for the cash view, a percentage.
    pub inflation: Text,
    /// The partners, in order.
    pub partners: RwSignal<Vec<PartnerDraft>>,
    /// The services, in order.
    pub services: RwSignal<Vec<ServiceDraft>>,
    /// The one-off costs that fall on one partner alone, in order.
    pub partner_costs: RwSignal<Vec<PartnerCostDraft>>,
    /// The low / likely / high ranges of the analysis (format field `uncertainty`).
    pub uncertainty: RangesDraft,
    /// The "a partner leaves" question (format extension `leaving`).
    pub leaving: LeavingDraft,
    /// The publication the figures started from, shown by no box (see [`Typed::source`]).
    pub source: Option<Source>,
    /// The notes beside boxes left empty when the page filled the scenario in (box element
    /// id, words; see `ui::box_notes`). They are this load's, like its boxes: a box reads the
    /// notes of its own load only, and they go when the scenario is replaced.
    pub notes: RwSignal<Vec<(String, String)>>,
}

/// What the user has typed, and the boxes it is typed in.
#[derive(Clone, Copy)]
pub struct Draft {
    /// The boxes of the scenario open now; a new set for each scenario opened.
    boxes: RwSignal<Boxes>,
    /// The key the next row takes.
    next_key: StoredValue<u32>,
    /// The owner of the current load's boxes.
    owner: StoredValue<Option<Owner>>,
    /// The keys of rows just added whose boxes the user has not yet left: their problems
    /// wait (a new row is not an error before anything is typed in it).
    untouched: RwSignal<Vec<u32>>,
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
            savings_start_year: text(s.savings_start_year.clone()),
            one_off_profile: text(s.one_off_profile.clone()),
            fixed_running_cost: text(s.fixed_running_cost.clone()),
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
            savings_start_year: self.savings_start_year.get(),
            one_off_profile: self.one_off_profile.get(),
            fixed_running_cost: self.fixed_running_cost.get(),
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
            self.savings_start_year,
            self.one_off_profile,
            self.fixed_running_cost,
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

impl PartnerCostDraft {
    /// New boxes showing `c`.
    fn new(c: &TypedPartnerCost) -> PartnerCostDraft {
        PartnerCostDraft {
            key: c.key,
            partner: RwSignal::new(c.partner),
            label: text(c.label.clone()),
            year: text(c.year.clone()),
            amount: text(c.amount.clone()),
        }
    }

    fn typed(&self) -> TypedPartnerCost {
        TypedPartnerCost {
            key: self.key,
            partner: self.partner.get(),
            label: self.label.get(),
            year: self.year.get(),
            amount: self.amount.get(),
        }
    }

    fn dispose(self) {
        self.partner.dispose();
        for text in [self.label, self.year, self.amount] {
            text.dispose();
        }
    }
}

impl LeavingDraft {
    /// Controls showing `l`, or the first question (unset) when there is none; `first` is
    /// the first partner's key.
    fn new(l: Option<&TypedLeaving>, first: u32) -> LeavingDraft {
        let shown = l.cloned().unwrap_or_else(|| TypedLeaving::first(first));
        LeavingDraft {
            set: RwSignal::new(l.is_some()),
            partner: RwSignal::new(shown.partner),
            year: RwSignal::new(shown.year),
            exit_fee: text(shown.exit_fee),
        }
    }

    /// The question as typed, once asked.
    fn typed(&self) -> Option<TypedLeaving> {
        self.set.get().then(|| TypedLeaving {
            partner: self.partner.get(),
            year: self.year.get(),
            exit_fee: self.exit_fee.get(),
        })
    }
}

impl RangesDraft {
    /// New boxes showing `typed`.
    fn new(typed: &TypedRanges) -> RangesDraft {
        RangesDraft {
            boxes: typed.clone().map(|row| row.map(text)),
        }
    }

    /// Shows the default ranges again.
    pub fn reset(&self) {
        for (row, texts) in self.boxes.iter().zip(ranges_showing(None)) {
            for (cell, value) in row.iter().zip(texts) {
                cell.set(value);
            }
        }
    }

    fn typed(&self) -> TypedRanges {
        self.boxes.map(|row| row.map(|cell| cell.get()))
    }
}

impl Boxes {
    /// New boxes showing `typed`, owned by the current owner.
    fn new(typed: &Typed) -> Boxes {
        let keys: Vec<u32> = typed.partners.iter().map(|p| p.key).collect();
        Boxes {
            title: text(typed.title.clone()),
            currency: text(typed.currency.clone()),
            first_year: text(typed.first_year.clone()),
            horizon_years: text(typed.horizon_years.clone()),
            discount_rate: text(typed.discount_rate.clone()),
            cost_growth: text(typed.cost_growth.clone()),
            realisation: text(typed.realisation.clone()),
            optimism_bias: text(typed.optimism_bias.clone()),
            optimism_bias_running: text(typed.optimism_bias_running.clone()),
            price_base_year: text(typed.price_base_year.clone()),
            inflation: text(typed.inflation.clone()),
            partners: RwSignal::new(typed.partners.iter().map(PartnerDraft::new).collect()),
            services: RwSignal::new(
                typed
                    .services
                    .iter()
                    .map(|s| ServiceDraft::new(s, &keys))
                    .collect(),
            ),
            partner_costs: RwSignal::new(
                typed
                    .partner_costs
                    .iter()
                    .map(PartnerCostDraft::new)
                    .collect(),
            ),
            uncertainty: RangesDraft::new(&typed.uncertainty),
            leaving: LeavingDraft::new(
                typed.leaving.as_ref(),
                keys.first().copied().unwrap_or_default(),
            ),
            source: typed.source,
            notes: RwSignal::new(Vec::new()),
        }
    }

    /// Every box as typed. Reading is tracked, so a memo over this re-runs on any edit.
    fn typed(&self) -> Typed {
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
            optimism_bias_running: self.optimism_bias_running.get(),
            price_base_year: self.price_base_year.get(),
            inflation: self.inflation.get(),
            partners,
            services: self
                .services
                .with(|ss| ss.iter().map(|s| s.typed(&keys)).collect()),
            partner_costs: self
                .partner_costs
                .with(|cs| cs.iter().map(PartnerCostDraft::typed).collect()),
            uncertainty: self.uncertainty.typed(),
            leaving: self.leaving.typed(),
            source: self.source,
        }
    }

    /// Partner `p`'s name for headers, labels and lists, or "Partner N" while it is empty
    /// (tracked, so it follows the name and the partner's place).
    pub fn partner_name(&self, lang: Lang, p: PartnerDraft) -> String {
        let index = self
            .partners
            .with(|v| v.iter().position(|x| x.key == p.key).unwrap_or(0));
        p.name
            .with(|n| display_name(n, t(lang, Msg::KindPartner), index))
    }

    /// Service `s`'s name for headers and labels, or "Service N" while it is empty.
    pub fn service_name(&self, lang: Lang, s: ServiceDraft) -> String {
        let index = self
            .services
            .with(|v| v.iter().position(|x| x.key == s.key).unwrap_or(0));
        s.name
            .with(|n| display_name(n, t(lang, Msg::KindService), index))
    }

    /// The sign of the currency picked, for money boxes.
    pub fn currency_sign(&self) -> Signal<&'static str> {
        let currency = self.currency;
        Signal::derive(move || currency.with(|c| currency_symbol(c)))
    }
}

/// Takes the row at `index` out of `rows`, if there is one, for the caller to free.
fn take_at<T: Send + Sync + 'static>(rows: RwSignal<Vec<T>>, index: usize) -> Option<T> {
    let mut removed = None;
    rows.update(|r| {
        if index < r.len() {
            removed = Some(r.remove(index));
        }
    });
    removed
}

/// A new owner with no parent, for one load's boxes. A child of the page's owner would do
/// as well, but the page's owner keeps a small record of every child it ever had.
fn load_owner() -> Owner {
    let current = Owner::current();
    let owner = Owner::new_root(None);
    // Making a root owner makes it the current one; the caller's stays current instead.
    match current {
        Some(current) => current.set(),
        None => owner.clone().unset(),
    }
    owner
}

impl Draft {
    /// A draft showing `scenario`.
    pub fn new(scenario: &Scenario) -> Draft {
        let mut next_key = 0;
        let owner = load_owner();
        let boxes = owner.with(|| Boxes::new(&Typed::showing(scenario, &mut next_key)));
        Draft {
            boxes: RwSignal::new(boxes),
            next_key: StoredValue::new(next_key),
            owner: StoredValue::new(Some(owner)),
            untouched: RwSignal::new(Vec::new()),
        }
    }

    /// Whether box `id` is in a row just added that the user has not left yet; tracked.
    pub fn waits(&self, id: &str) -> bool {
        self.untouched
            .with(|keys| keys.iter().any(|k| ids::of_row(id, *k)))
    }

    /// The user has left the row with key `key`: its problems show from now on.
    pub fn leave(&self, key: u32) {
        if self.untouched.with_untracked(|keys| keys.contains(&key)) {
            self.untouched.update(|keys| keys.retain(|k| *k != key));
        }
    }

    /// Every problem shows from now on (the figures are about to be used).
    pub fn leave_all(&self) {
        if self.untouched.with_untracked(|keys| !keys.is_empty()) {
            self.untouched.set(Vec::new());
        }
    }

    /// The boxes of the scenario open now, tracked: for what outlives a load (the figures, a
    /// list drawn afresh for each load, an add button), which then follows the next load.
    pub fn boxes(&self) -> Boxes {
        self.boxes.get()
    }

    /// The boxes of the scenario open now, untracked: for what is drawn for this load only
    /// and goes with it.
    pub fn boxes_untracked(&self) -> Boxes {
        self.boxes.get_untracked()
    }

    /// Every box as typed, for [`super::build`]. Reading is tracked, so a memo over this
    /// re-runs on any edit and on every load.
    pub fn typed(&self) -> Typed {
        self.boxes.get().typed()
    }

    /// Runs `make` under the current load's owner, so the signals it creates live as long as
    /// that load's boxes.
    fn owned<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.owner.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    fn take_key(&self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key.wrapping_add(1));
        key
    }

    /// Replaces everything the user typed with `scenario` (opening a link, file or example):
    /// new boxes under a new owner; the previous load's are freed once the page has redrawn.
    pub fn load(&self, scenario: &Scenario) {
        let mut next_key = self.next_key.get_value();
        let typed = Typed::showing(scenario, &mut next_key);
        self.next_key.set_value(next_key);
        self.restore(&typed);
    }

    /// Every box exactly as typed now, even text that cannot be read yet, without tracking:
    /// what Undo after replacing the scenario puts back ([`Draft::restore`]).
    pub fn snapshot(&self) -> Typed {
        untrack(|| self.typed())
    }

    /// Shows `typed` in new boxes under a new owner, the rows keeping their keys (and so
    /// their element ids); the previous load's boxes are freed once the page has redrawn.
    pub fn restore(&self, typed: &Typed) {
        let owner = load_owner();
        let boxes = owner.with(|| Boxes::new(typed));
        self.leave_all();
        self.boxes.set(boxes);
        let previous = self
            .owner
            .try_update_value(|current| current.replace(owner))
            .flatten();
        if let Some(previous) = previous {
            free_later(move || previous.cleanup());
        }
    }

    /// Adds a partner at the end with a cost of 0 for every service; returns its key.
    pub fn add_partner(&self) -> u32 {
        self.push_partner("")
    }

    /// Adds a partner named `name` (by its place when empty) at the end, as
    /// [`Draft::add_partner`] does; returns its key.
    fn push_partner(&self, name: &str) -> u32 {
        let b = self.boxes_untracked();
        let count = b.partners.with_untracked(Vec::len);
        let mut typed = TypedPartner::added(count, self.take_key());
        if !name.trim().is_empty() {
            name.trim().clone_into(&mut typed.name);
        }
        self.owned(|| {
            b.services.with_untracked(|services| {
                for s in services {
                    s.add_partner(typed.key);
                }
            });
            b.partners.update(|p| p.push(PartnerDraft::new(&typed)));
        });
        self.untouched.update(|keys| keys.push(typed.key));
        typed.key
    }

    /// Removes the partner at `index` and its costs, and frees their boxes.
    pub fn remove_partner(&self, index: usize) {
        let b = self.boxes_untracked();
        let Some(partner) = take_at(b.partners, index) else {
            return;
        };
        let cells: Vec<Text> = b.services.with_untracked(|services| {
            services
                .iter()
                .flat_map(|s| s.remove_partner(partner.key))
                .flatten()
                .collect()
        });
        // Its own costs go with it (spec), and so does a question about it leaving.
        let mut costs = Vec::new();
        b.partner_costs.update(|cs| {
            let (gone, kept) = cs
                .drain(..)
                .partition(|c| c.partner.get_untracked() == partner.key);
            costs = gone;
            *cs = kept;
        });
        let leaving = b.leaving;
        if leaving.partner.get_untracked() == partner.key {
            let first = b.partners.with_untracked(|p| p.first().map(|p| p.key));
            leaving.set.set(false);
            leaving.partner.set(first.unwrap_or_default());
        }
        free_later(move || {
            partner.dispose();
            cells.into_iter().for_each(|c| c.dispose());
            costs.into_iter().for_each(PartnerCostDraft::dispose);
        });
    }

    /// Moves the partner at `index` one place up (`-1`) or down (`1`).
    pub fn move_partner(&self, index: usize, step: isize) {
        self.boxes_untracked().partners.update(|p| {
            if let Some(target) = index.checked_add_signed(step).filter(|t| *t < p.len()) {
                p.swap(index, target);
            }
        });
    }

    /// Adds a cost borne by the first partner, in Year 1, with no amount yet; returns its key.
    pub fn add_partner_cost(&self, label: &str) -> u32 {
        let b = self.boxes_untracked();
        let partner = b.partners.with_untracked(|p| p.first().map(|p| p.key));
        let typed = TypedPartnerCost {
            key: self.take_key(),
            partner: partner.unwrap_or_default(),
            label: label.to_owned(),
            year: "1".to_owned(),
            amount: money_text(0.0),
        };
        let cost = self.owned(|| PartnerCostDraft::new(&typed));
        b.partner_costs.update(|c| c.push(cost));
        cost.key
    }

    /// Removes the partner's own cost at `index` and frees its boxes.
    pub fn remove_partner_cost(&self, index: usize) {
        if let Some(cost) = take_at(self.boxes_untracked().partner_costs, index) {
            free_later(move || cost.dispose());
        }
    }

    /// Adds a service at the end with the spec's defaults and no costs yet; returns its key.
    pub fn add_service(&self) -> u32 {
        self.push_service("")
    }

    /// Adds a service named `name` (by its place when empty) at the end, as
    /// [`Draft::add_service`] does; returns its key.
    fn push_service(&self, name: &str) -> u32 {
        let b = self.boxes_untracked();
        let keys: Vec<u32> = b
            .partners
            .with_untracked(|ps| ps.iter().map(|p| p.key).collect());
        let count = b.services.with_untracked(Vec::len);
        let mut typed = TypedService::added(count, keys.len(), self.take_key());
        if !name.trim().is_empty() {
            name.trim().clone_into(&mut typed.name);
        }
        let service = self.owned(|| ServiceDraft::new(&typed, &keys));
        b.services.update(|s| s.push(service));
        self.untouched.update(|keys| keys.push(service.key));
        service.key
    }

    /// Fills the costs table as `placed` says: first its new partners and services, named
    /// from the block where it names them, then each box, as if typed. Problems in the new
    /// rows show at once, as everywhere else the block landed.
    pub fn paste(&self, placed: &Placement) {
        for name in &placed.new_partners {
            let key = self.push_partner(name);
            self.leave(key);
        }
        for name in &placed.new_services {
            let key = self.push_service(name);
            self.leave(key);
        }
        let b = self.boxes_untracked();
        let partners: Vec<u32> = b
            .partners
            .with_untracked(|ps| ps.iter().map(|p| p.key).collect());
        b.services.with_untracked(|services| {
            for (slot, text) in &placed.fills {
                let cell = services
                    .get(slot.service)
                    .zip(partners.get(slot.partner))
                    .and_then(|(s, p)| s.baseline_cell(*p));
                if let Some(cell) = cell {
                    cell.set(text.clone());
                }
            }
        });
    }

    /// Puts the costs table of a CSV file in place of the one on screen, keeping what else
    /// the rows it matches by name hold ([`Typed::with_baselines`]).
    pub fn open_baselines(&self, file: &Baselines) {
        let mut next_key = self.next_key.get_value();
        let typed = self.snapshot().with_baselines(file, &mut next_key);
        self.next_key.set_value(next_key);
        self.restore(&typed);
    }

    /// Removes the service at `index` and frees its boxes.
    pub fn remove_service(&self, index: usize) {
        if let Some(service) = take_at(self.boxes_untracked().services, index) {
            free_later(move || service.dispose());
        }
    }
}
