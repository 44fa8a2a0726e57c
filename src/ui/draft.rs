//! What the user has typed, exactly as typed: one signal per box, so that editing one box
//! re-runs only what reads it, and an unreadable entry is kept for the user to correct.
//!
//! A draft never holds numbers; [`super::build`] reads it into a scenario.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::analysis::RangesDraft;
use sharecalc_core::engine::{Partner, Scenario, Service, Source, Split};
use sharecalc_core::i18n::{t, Lang, Msg};

/// How a service's costs are divided, as picked in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// In proportion to each partner's own spend on the service.
    Baseline,
    /// In proportion to each partner's population.
    Population,
    /// Equal shares.
    Equal,
    /// In proportion to a named driver, such as benefit claims.
    Driver,
}

impl Basis {
    /// Every basis, in the order the editor offers them.
    pub const ALL: [Basis; 4] = [
        Basis::Baseline,
        Basis::Population,
        Basis::Equal,
        Basis::Driver,
    ];

    /// The value used in the `<select>` and in the scenario format.
    pub fn code(self) -> &'static str {
        match self {
            Basis::Baseline => "baseline",
            Basis::Population => "population",
            Basis::Equal => "equal",
            Basis::Driver => "driver",
        }
    }

    /// Plain words for the option, in the page's language.
    pub fn label(self, lang: Lang) -> &'static str {
        let msg = match self {
            Basis::Baseline => Msg::EditorBasisBaseline,
            Basis::Population => Msg::EditorBasisPopulation,
            Basis::Equal => Msg::EditorBasisEqual,
            Basis::Driver => Msg::EditorBasisDriver,
        };
        t(lang, msg)
    }

    /// Reads a `<select>` value; anything unknown falls back to current spend.
    pub fn from_code(code: &str) -> Basis {
        Basis::ALL
            .into_iter()
            .find(|b| b.code() == code)
            .unwrap_or(Basis::Baseline)
    }
}

/// A box's text, held in a signal.
pub type Text = RwSignal<String>;

/// One partner council as typed.
#[derive(Clone, Copy)]
pub struct PartnerDraft {
    /// Stable identity across reordering; used in element ids.
    pub key: u32,
    pub name: Text,
    pub population: Text,
}

/// One service as typed. Costs and driver values are keyed by partner key, so reordering
/// partners never moves a number to the wrong council.
#[derive(Clone, Copy)]
pub struct ServiceDraft {
    /// Stable identity across adding and removing rows; used in element ids.
    pub key: u32,
    pub name: Text,
    pub saving_rate: Text,
    pub ramp_years: Text,
    pub one_off_cost: Text,
    pub running_cost_rate: Text,
    pub basis: RwSignal<Basis>,
    pub driver_label: Text,
    pub baseline: RwSignal<BTreeMap<u32, Text>>,
    pub driver_values: RwSignal<BTreeMap<u32, Text>>,
}

impl ServiceDraft {
    /// The box for one partner's annual cost of this service.
    pub fn baseline_cell(&self, partner: u32) -> Option<Text> {
        self.baseline.with_untracked(|m| m.get(&partner).copied())
    }

    /// The box for one partner's driver value for this service.
    pub fn driver_cell(&self, partner: u32) -> Option<Text> {
        self.driver_values
            .with_untracked(|m| m.get(&partner).copied())
    }
}

/// The whole editor's state.
#[derive(Clone, Copy)]
pub struct Draft {
    pub title: Text,
    pub currency: RwSignal<String>,
    pub first_year: Text,
    pub horizon_years: Text,
    pub discount_rate: Text,
    pub cost_growth: Text,
    pub realisation: Text,
    pub optimism_bias: Text,
    pub partners: RwSignal<Vec<PartnerDraft>>,
    pub services: RwSignal<Vec<ServiceDraft>>,
    /// The low / likely / high ranges of the analysis (format field `uncertainty`).
    pub uncertainty: RangesDraft,
    /// The publication the figures started from (format field `source`); not typed, kept.
    pub source: RwSignal<Option<Source>>,
    next_key: StoredValue<u32>,
    /// The reactive owner the draft was made under. Boxes made later (a loaded scenario, an
    /// added row) belong to it too, not to whichever component's event handler made them,
    /// which may be disposed a moment later (a comparison row that is swapped out).
    owner: StoredValue<Option<Owner>>,
}

/// The text a money box shows for an amount: digits grouped by commas, with any pence kept
/// exactly, so that reading the box back gives the same number.
pub fn money_text(amount: f64) -> String {
    let plain = format!("{amount}");
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// The text a percentage box shows for a fraction (0.035 → "3.5"), without binary noise.
pub fn percent_text(fraction: f64) -> String {
    let value = format!("{:.10}", fraction * 100.0);
    let trimmed = value.trim_end_matches('0').trim_end_matches('.');
    if trimmed == "-0" {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The text a plain-number box shows (populations, driver values).
pub fn number_text(value: f64) -> String {
    money_text(value)
}

fn text(value: String) -> Text {
    RwSignal::new(value)
}

impl Draft {
    /// A draft showing `scenario`, with fresh signals.
    pub fn new(scenario: &Scenario) -> Draft {
        let draft = Draft {
            title: text(String::new()),
            currency: RwSignal::new(String::new()),
            first_year: text(String::new()),
            horizon_years: text(String::new()),
            discount_rate: text(String::new()),
            cost_growth: text(String::new()),
            realisation: text(String::new()),
            optimism_bias: text(String::new()),
            partners: RwSignal::new(Vec::new()),
            services: RwSignal::new(Vec::new()),
            uncertainty: RangesDraft::new(),
            source: RwSignal::new(None),
            next_key: StoredValue::new(0),
            owner: StoredValue::new(Owner::current()),
        };
        draft.load(scenario);
        draft
    }

    /// Runs `make` under the draft's own owner, so the signals it creates live as long as
    /// the draft.
    fn owned<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.owner.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    fn take_key(&self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }

    /// Replaces everything the user typed with `scenario` (opening a link, file or example).
    pub fn load(&self, s: &Scenario) {
        self.owned(|| self.load_owned(s));
    }

    fn load_owned(&self, s: &Scenario) {
        self.title.set(s.title.clone());
        self.currency.set(s.currency.clone());
        self.first_year.set(s.first_year.to_string());
        self.horizon_years.set(s.horizon_years.to_string());
        self.discount_rate.set(percent_text(s.discount_rate));
        self.cost_growth.set(percent_text(s.cost_growth));
        self.realisation.set(percent_text(s.realisation));
        self.optimism_bias.set(percent_text(s.optimism_bias));
        self.uncertainty.load(s.uncertainty);
        self.source.set(s.source);
        let partners: Vec<PartnerDraft> =
            s.partners.iter().map(|p| self.partner_draft(p)).collect();
        let services = s
            .services
            .iter()
            .map(|svc| self.service_draft(svc, &partners))
            .collect();
        self.partners.set(partners);
        self.services.set(services);
    }

    fn partner_draft(&self, p: &Partner) -> PartnerDraft {
        PartnerDraft {
            key: self.take_key(),
            name: text(p.name.clone()),
            population: text(p.population.map(number_text).unwrap_or_default()),
        }
    }

    fn service_draft(&self, s: &Service, partners: &[PartnerDraft]) -> ServiceDraft {
        let cells = |values: &[f64]| -> BTreeMap<u32, Text> {
            partners
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    (
                        p.key,
                        text(values.get(i).copied().map(money_text).unwrap_or_default()),
                    )
                })
                .collect()
        };
        let (basis, label, values) = match &s.split {
            Split::Baseline => (Basis::Baseline, String::new(), Vec::new()),
            Split::Population => (Basis::Population, String::new(), Vec::new()),
            Split::Equal => (Basis::Equal, String::new(), Vec::new()),
            Split::Driver { label, values } => (Basis::Driver, label.clone(), values.clone()),
        };
        let driver_values = if basis == Basis::Driver {
            cells(&values)
        } else {
            cells(&vec![1.0; partners.len()])
        };
        ServiceDraft {
            key: self.take_key(),
            name: text(s.name.clone()),
            saving_rate: text(percent_text(s.saving_rate)),
            ramp_years: text(s.ramp_years.to_string()),
            one_off_cost: text(money_text(s.one_off_cost)),
            running_cost_rate: text(percent_text(s.running_cost_rate)),
            basis: RwSignal::new(basis),
            driver_label: text(label),
            baseline: RwSignal::new(cells(&s.baseline)),
            driver_values: RwSignal::new(driver_values),
        }
    }

    /// Adds a partner at the end with a cost of 0 for every service; returns its key.
    pub fn add_partner(&self) -> u32 {
        self.owned(|| self.add_partner_owned())
    }

    fn add_partner_owned(&self) -> u32 {
        let count = self.partners.with_untracked(Vec::len);
        let partner = self.partner_draft(&Partner {
            name: format!("Partner {}", count + 1),
            population: None,
        });
        self.services.with_untracked(|services| {
            for s in services {
                s.baseline.update(|m| {
                    m.insert(partner.key, text("0".to_owned()));
                });
                s.driver_values.update(|m| {
                    m.insert(partner.key, text("1".to_owned()));
                });
            }
        });
        self.partners.update(|p| p.push(partner));
        partner.key
    }

    /// Removes the partner at `index` and its costs.
    pub fn remove_partner(&self, index: usize) {
        let Some(key) = self
            .partners
            .with_untracked(|p| p.get(index).map(|p| p.key))
        else {
            return;
        };
        self.partners.update(|p| {
            p.remove(index);
        });
        self.services.with_untracked(|services| {
            for s in services {
                s.baseline.update(|m| {
                    m.remove(&key);
                });
                s.driver_values.update(|m| {
                    m.remove(&key);
                });
            }
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

    /// Adds a service at the end with illustrative defaults (20% saving over 3 years, no
    /// costs yet); returns its key.
    pub fn add_service(&self) -> u32 {
        self.owned(|| self.add_service_owned())
    }

    fn add_service_owned(&self) -> u32 {
        let partners = self.partners.get_untracked();
        let count = self.services.with_untracked(Vec::len);
        let service = Service {
            name: format!("Service {}", count + 1),
            baseline: vec![0.0; partners.len()],
            saving_rate: 0.2,
            ramp_years: 3,
            one_off_cost: 0.0,
            running_cost_rate: 0.0,
            split: Split::Baseline,
            ..Service::default()
        };
        let draft = self.service_draft(&service, &partners);
        self.services.update(|s| s.push(draft));
        draft.key
    }

    /// Removes the service at `index`.
    pub fn remove_service(&self, index: usize) {
        self.services.update(|s| {
            if index < s.len() {
                s.remove(index);
            }
        });
    }
}
