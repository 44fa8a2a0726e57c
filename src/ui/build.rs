//! Reads a [`Draft`] into a [`Scenario`]: every box is parsed, the result is validated by the
//! engine, and every problem comes back tied to the box it is about (its element id and a
//! label that names it), so the error summary can link to it and the box can show it. The
//! words are in the page's language: the page reads the draft again when it changes.

use leptos::prelude::*;

use super::draft::{Basis, Draft, PartnerDraft, ServiceDraft, Text};
use sharecalc_core::engine::{self, Partner, Scenario, Service, Split, FORMAT_VERSION};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// One problem with what was typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// The id of the box to focus, or empty when the problem is about no single box.
    pub id: String,
    /// What the box is, in words, for the error summary.
    pub label: String,
    /// The message shown beside the box, a full sentence.
    pub message: String,
}

impl Issue {
    /// The line in the error summary, in `lang`: the message, naming the box if it does not
    /// already (with one colon, even after a label that ends in one).
    pub fn summary(&self, lang: Lang) -> String {
        if self.message.starts_with(&self.label) {
            self.message.clone()
        } else {
            engine::field_problem(lang, &self.label, &self.message)
        }
    }
}

/// The outcome of reading the draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    /// The scenario, when every box was readable and valid.
    pub scenario: Option<Scenario>,
    /// Every problem found, in page order.
    pub issues: Vec<Issue>,
}

impl Built {
    /// The message for the box with element id `id`, if it has a problem.
    pub fn message_for(&self, id: &str) -> Option<String> {
        self.issues
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.message.clone())
    }
}

/// Element ids of the editor's boxes, shared by the editor and the error mapping.
pub mod ids {
    /// A partner's name box.
    pub fn partner_name(p: u32) -> String {
        format!("partner-{p}-name")
    }
    /// A partner's population box.
    pub fn partner_population(p: u32) -> String {
        format!("partner-{p}-population")
    }
    /// A box about a whole service (`field` is e.g. `saving-rate`).
    pub fn service(s: u32, field: &str) -> String {
        format!("service-{s}-{field}")
    }
    /// One partner's annual cost of one service.
    pub fn baseline(s: u32, p: u32) -> String {
        format!("service-{s}-baseline-{p}")
    }
    /// One partner's driver value for one service.
    pub fn driver(s: u32, p: u32) -> String {
        format!("service-{s}-driver-{p}")
    }
    /// The heading of the partners section (problems with the list itself).
    pub const PARTNERS: &str = "partners-heading";
    /// The heading of the services section.
    pub const SERVICES: &str = "services-heading";
}

/// Collects problems while reading boxes, in the page's language.
struct Reader {
    lang: Lang,
    issues: Vec<Issue>,
}

impl Reader {
    fn push(&mut self, id: String, label: String, message: String) {
        self.issues.push(Issue { id, label, message });
    }

    /// Reads a box with `parse`; on failure records the problem and gives `fallback`, so
    /// the rest of the scenario can still be checked.
    fn read<T>(
        &mut self,
        box_: Text,
        id: String,
        label: String,
        fallback: T,
        parse: impl Fn(&str) -> Result<T, sharecalc_core::i18n::Text>,
    ) -> T {
        match box_.with(|t| parse(t)) {
            Ok(v) => v,
            Err(message) => {
                let message = message.render(self.lang);
                self.push(id, label, message);
                fallback
            }
        }
    }

    fn money(&mut self, box_: Text, id: String, label: String) -> f64 {
        self.read(box_, id, label, 0.0, engine::parse_money)
    }

    fn percent(&mut self, box_: Text, id: String, label: String, fallback: f64) -> f64 {
        self.read(box_, id, label, fallback, engine::parse_percent)
    }

    /// A count of people or things, read like an amount; `help` says what to type.
    fn count(&mut self, box_: Text, id: String, label: String, help: Msg) -> f64 {
        self.read(box_, id, label, 1.0, |t| {
            engine::parse_money(t).map_err(|_| sharecalc_core::i18n::Text::new(help))
        })
    }

    fn whole<T: TryFrom<i64> + Copy>(
        &mut self,
        box_: Text,
        id: String,
        label: String,
        out_of_range: T,
    ) -> T {
        self.read(box_, id, label, out_of_range, |t| {
            engine::parse_whole_number(t).map(|n| T::try_from(n).unwrap_or(out_of_range))
        })
    }
}

/// Reads the whole draft, with every problem in `lang`. Reading is tracked, so a memo over
/// this re-runs on any edit.
pub fn build(d: &Draft, lang: Lang) -> Built {
    let mut r = Reader {
        lang,
        issues: Vec::new(),
    };
    let label = |msg: Msg| t(lang, msg).to_owned();
    let partners = d.partners.get();
    let services = d.services.get();
    let first_year = r.whole(
        d.first_year,
        "first-year".into(),
        label(Msg::EditorFirstYearLabel),
        0_i32,
    );
    let horizon_years = r.whole(
        d.horizon_years,
        "horizon-years".into(),
        label(Msg::EditorHorizonLabel),
        0_u32,
    );
    let discount_rate = r.percent(
        d.discount_rate,
        "discount-rate".into(),
        label(Msg::BuildLabelDiscountRate),
        0.035,
    );
    let cost_growth = r.percent(
        d.cost_growth,
        "cost-growth".into(),
        label(Msg::BuildLabelCostGrowth),
        0.0,
    );
    let realisation = r.percent(
        d.realisation,
        "realisation".into(),
        label(Msg::BuildLabelRealisation),
        1.0,
    );
    let optimism_bias = r.percent(
        d.optimism_bias,
        "optimism-bias".into(),
        label(Msg::BuildLabelOptimismBias),
        0.0,
    );
    let partner_list: Vec<Partner> = partners
        .iter()
        .enumerate()
        .map(|(i, p)| read_partner(&mut r, i, p))
        .collect();
    let service_list: Vec<Service> = services
        .iter()
        .enumerate()
        .map(|(i, s)| read_service(&mut r, i, s, &partners))
        .collect();
    let uncertainty = d.uncertainty.read(lang, &mut r.issues);
    let scenario = Scenario {
        version: FORMAT_VERSION,
        title: d.title.get(),
        currency: d.currency.get(),
        first_year,
        horizon_years,
        discount_rate,
        cost_growth,
        realisation,
        optimism_bias,
        partners: partner_list,
        services: service_list,
        uncertainty,
        source: d.source.get(),
        ..Scenario::default()
    };
    let unreadable = r.issues.len();
    for e in engine::validate(&scenario) {
        let (id, label) = locate(lang, &e.path.to_string(), &partners, &services, &scenario);
        if r.issues[..unreadable]
            .iter()
            .any(|i| i.id == id && !id.is_empty())
        {
            continue; // the box is already flagged as unreadable; its stand-in value is not the user's
        }
        let message = e.sentence(lang, &label);
        r.push(id, label, message);
    }
    let scenario = r.issues.is_empty().then_some(scenario);
    Built {
        scenario,
        issues: r.issues,
    }
}

fn read_partner(r: &mut Reader, index: usize, p: &PartnerDraft) -> Partner {
    let lang = r.lang;
    let name = p.name.get();
    let shown = display_name(&name, t(lang, Msg::KindPartner), index);
    let population = if p.population.with(|t| t.trim().is_empty()) {
        None
    } else {
        Some(r.count(
            p.population,
            ids::partner_population(p.key),
            fill(lang, Msg::BuildLabelPopulation, &[("partner", &shown)]),
            Msg::BuildPopulationNumber,
        ))
    };
    Partner { name, population }
}

fn read_service(
    r: &mut Reader,
    index: usize,
    s: &ServiceDraft,
    partners: &[PartnerDraft],
) -> Service {
    let lang = r.lang;
    let name = s.name.get();
    let shown = display_name(&name, t(lang, Msg::KindService), index);
    let about = |msg: Msg| fill(lang, msg, &[("service", &shown)]);
    let baseline = s.baseline.with(|cells| {
        partners
            .iter()
            .enumerate()
            .map(|(pi, p)| match cells.get(&p.key) {
                Some(cell) => r.money(
                    *cell,
                    ids::baseline(s.key, p.key),
                    fill(
                        lang,
                        Msg::EditorBaselineLabel,
                        &[("service", &shown), ("partner", &partner_name(lang, p, pi))],
                    ),
                ),
                None => 0.0,
            })
            .collect()
    });
    let saving_rate = r.percent(
        s.saving_rate,
        ids::service(s.key, "saving-rate"),
        about(Msg::BuildLabelSavingRate),
        0.2,
    );
    let ramp_years = r.whole(
        s.ramp_years,
        ids::service(s.key, "ramp-years"),
        about(Msg::EditorRampYearsLabel),
        0_u32,
    );
    let one_off_cost = r.money(
        s.one_off_cost,
        ids::service(s.key, "one-off-cost"),
        about(Msg::EditorOneOffLabel),
    );
    let running_cost_rate = r.percent(
        s.running_cost_rate,
        ids::service(s.key, "running-cost-rate"),
        about(Msg::BuildLabelRunningCost),
        0.0,
    );
    let split = match s.basis.get() {
        Basis::Baseline => Split::Baseline,
        Basis::Population => Split::Population,
        Basis::Equal => Split::Equal,
        Basis::Driver => {
            let label = s.driver_label.get();
            let driver_label = |partner: &str| {
                if label.trim().is_empty() {
                    fill(
                        lang,
                        Msg::BuildLabelDriverUnnamed,
                        &[("service", &shown), ("partner", &partner)],
                    )
                } else {
                    fill(
                        lang,
                        Msg::EditorDriverValueLabel,
                        &[
                            ("service", &shown),
                            ("driver", &label),
                            ("partner", &partner),
                        ],
                    )
                }
            };
            let values = s.driver_values.with(|cells| {
                partners
                    .iter()
                    .enumerate()
                    .map(|(pi, p)| match cells.get(&p.key) {
                        Some(cell) => r.count(
                            *cell,
                            ids::driver(s.key, p.key),
                            driver_label(&partner_name(lang, p, pi)),
                            Msg::BuildDriverNumber,
                        ),
                        None => 0.0,
                    })
                    .collect()
            });
            Split::Driver { label, values }
        }
    };
    Service {
        name,
        baseline,
        saving_rate,
        ramp_years,
        one_off_cost,
        running_cost_rate,
        split,
        ..Service::default()
    }
}

/// A name for messages: what the user typed, or "Partner 2" while the box is empty. `kind`
/// is the word in the page's language ([`Msg::KindPartner`], [`Msg::KindService`]).
pub fn display_name(name: &str, kind: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("{kind} {}", index + 1)
    } else {
        name.trim().to_owned()
    }
}

/// A partner as named inside a box's label: "partner 2" while its name box is empty.
fn partner_name(lang: Lang, p: &PartnerDraft, index: usize) -> String {
    p.name
        .with(|n| display_name(n, t(lang, Msg::BuildKindPartnerLower), index))
}

/// Maps an engine field path (`services[2].baseline[1]`) to the box it is about, and the
/// words for it in `lang`.
fn locate(
    lang: Lang,
    path: &str,
    partners: &[PartnerDraft],
    services: &[ServiceDraft],
    s: &Scenario,
) -> (String, String) {
    let parts: Vec<(&str, Option<usize>)> = path.split('.').map(segment).collect();
    let partner_label = |i: usize| match s.partners.get(i) {
        Some(p) => display_name(&p.name, t(lang, Msg::KindPartner), i),
        None => display_name("", t(lang, Msg::BuildKindPartnerLower), i),
    };
    let service_label = |i: usize| match s.services.get(i) {
        Some(x) => display_name(&x.name, t(lang, Msg::KindService), i),
        None => display_name("", t(lang, Msg::BuildKindServiceLower), i),
    };
    let words = |msg: Msg| t(lang, msg).to_owned();
    match parts.as_slice() {
        [("partners", Some(i)), (field, None)] => match partners.get(*i) {
            Some(p) if *field == "name" => (
                ids::partner_name(p.key),
                fill(lang, Msg::BuildLabelPartnerName, &[("n", &(i + 1))]),
            ),
            Some(p) => (
                ids::partner_population(p.key),
                fill(
                    lang,
                    Msg::BuildLabelPopulation,
                    &[("partner", &partner_label(*i))],
                ),
            ),
            None => (ids::PARTNERS.into(), words(Msg::EditorPartnersHeading)),
        },
        [("partners", _)] => (ids::PARTNERS.into(), words(Msg::EditorPartnersHeading)),
        [("services", Some(i)), rest @ ..] => {
            let Some(svc) = services.get(*i) else {
                return (ids::SERVICES.into(), words(Msg::EditorServicesHeading));
            };
            let shown = service_label(*i);
            let about = |msg: Msg| fill(lang, msg, &[("service", &shown)]);
            let about_partner = |msg: Msg, j: &Option<usize>| {
                let partner = partner_label(j.unwrap_or(0));
                fill(lang, msg, &[("service", &shown), ("partner", &partner)])
            };
            let partner_key = |j: &Option<usize>| j.and_then(|j| partners.get(j)).map(|p| p.key);
            match rest {
                [("baseline", j)] => match partner_key(j) {
                    Some(p) => (
                        ids::baseline(svc.key, p),
                        about_partner(Msg::EditorBaselineLabel, j),
                    ),
                    None => (
                        ids::service(svc.key, "name"),
                        about(Msg::BuildLabelAnnualCosts),
                    ),
                },
                [("split", None), ("values", j)] => match partner_key(j) {
                    Some(p) => (
                        ids::driver(svc.key, p),
                        about_partner(Msg::BuildLabelDriverValue, j),
                    ),
                    None => (
                        ids::service(svc.key, "basis"),
                        about(Msg::BuildLabelDriverValues),
                    ),
                },
                [("split", None), ("label", None)] => (
                    ids::service(svc.key, "driver-label"),
                    about(Msg::BuildLabelDriverName),
                ),
                [("split", None), ..] => {
                    (ids::service(svc.key, "basis"), about(Msg::EditorSplitLabel))
                }
                [(field, None)] => {
                    let (id, what) = match *field {
                        "name" => ("name", Msg::BuildLabelServiceName),
                        "saving_rate" => ("saving-rate", Msg::BuildLabelSavingRate),
                        "ramp_years" => ("ramp-years", Msg::EditorRampYearsLabel),
                        "one_off_cost" => ("one-off-cost", Msg::EditorOneOffLabel),
                        "running_cost_rate" => ("running-cost-rate", Msg::BuildLabelRunningCost),
                        _ => ("name", Msg::BuildLabelServiceOther),
                    };
                    (ids::service(svc.key, id), about(what))
                }
                _ => (ids::service(svc.key, "name"), shown),
            }
        }
        [("services", _)] => (ids::SERVICES.into(), words(Msg::EditorServicesHeading)),
        [("uncertainty", None), rest @ ..] => super::analysis::locate_range(lang, rest),
        [(field, None)] => {
            let (id, label) = match *field {
                "title" => ("title", Msg::EditorTitleLabel),
                "currency" => ("currency", Msg::EditorCurrencyLabel),
                "first_year" => ("first-year", Msg::EditorFirstYearLabel),
                "horizon_years" => ("horizon-years", Msg::EditorHorizonLabel),
                "discount_rate" => ("discount-rate", Msg::BuildLabelDiscountRate),
                "cost_growth" => ("cost-growth", Msg::BuildLabelCostGrowth),
                "realisation" => ("realisation", Msg::BuildLabelRealisation),
                "optimism_bias" => ("optimism-bias", Msg::BuildLabelOptimismBias),
                _ => ("", Msg::BuildLabelScenario),
            };
            (id.into(), words(label))
        }
        _ => (String::new(), words(Msg::BuildLabelScenario)),
    }
}

/// Splits `baseline[1]` into `("baseline", Some(1))`.
fn segment(part: &str) -> (&str, Option<usize>) {
    match part.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (part, None),
    }
}
