//! Reads a [`Draft`] into a [`Scenario`]: every box is parsed, the result is validated by the
//! engine, and every problem comes back tied to the box it is about (its element id and a
//! label that names it), so the error summary can link to it and the box can show it.

use leptos::prelude::*;

use super::draft::{Basis, Draft, PartnerDraft, ServiceDraft, Text};
use crate::engine::{self, Partner, Scenario, Service, Split, FORMAT_VERSION};

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
    /// The line in the error summary: the message, naming the box if it does not already.
    pub fn summary(&self) -> String {
        if self.message.starts_with(&self.label) {
            self.message.clone()
        } else {
            format!("{}: {}", self.label, self.message)
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

/// Collects problems while reading boxes.
struct Reader {
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
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> T {
        match box_.with(|t| parse(t)) {
            Ok(v) => v,
            Err(message) => {
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

    fn count(&mut self, box_: Text, id: String, label: String, what: &str, example: &str) -> f64 {
        self.read(box_, id, label, 1.0, |t| {
            engine::parse_money(t).map_err(|_| format!("Enter {what} as a number, like {example}"))
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

/// Reads the whole draft. Reading is tracked, so a memo over this re-runs on any edit.
pub fn build(d: &Draft) -> Built {
    let mut r = Reader { issues: Vec::new() };
    let partners = d.partners.get();
    let services = d.services.get();
    let first_year = r.whole(
        d.first_year,
        "first-year".into(),
        "First financial year".into(),
        0_i32,
    );
    let horizon_years = r.whole(
        d.horizon_years,
        "horizon-years".into(),
        "Years to appraise".into(),
        0_u32,
    );
    let discount_rate = r.percent(
        d.discount_rate,
        "discount-rate".into(),
        "Discount rate".into(),
        0.035,
    );
    let cost_growth = r.percent(
        d.cost_growth,
        "cost-growth".into(),
        "Yearly cost growth".into(),
        0.0,
    );
    let realisation = r.percent(
        d.realisation,
        "realisation".into(),
        "Share of planned savings that arrives".into(),
        1.0,
    );
    let optimism_bias = r.percent(
        d.optimism_bias,
        "optimism-bias".into(),
        "Optimism bias on one-off costs".into(),
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
    let uncertainty = d.uncertainty.read(&mut r.issues);
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
    };
    let unreadable = r.issues.len();
    for e in engine::validate(&scenario) {
        let (id, label) = locate(&e.path, &partners, &services, &scenario);
        if r.issues[..unreadable]
            .iter()
            .any(|i| i.id == id && !id.is_empty())
        {
            continue; // the box is already flagged as unreadable; its stand-in value is not the user's
        }
        let message = sentence(&label, &e.message);
        r.push(id, label, message);
    }
    let scenario = r.issues.is_empty().then_some(scenario);
    Built {
        scenario,
        issues: r.issues,
    }
}

fn read_partner(r: &mut Reader, index: usize, p: &PartnerDraft) -> Partner {
    let name = p.name.get();
    let shown = display_name(&name, "Partner", index);
    let population = if p.population.with(|t| t.trim().is_empty()) {
        None
    } else {
        Some(r.count(
            p.population,
            ids::partner_population(p.key),
            format!("Population of {shown}"),
            "the population",
            "98,000",
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
    let name = s.name.get();
    let shown = display_name(&name, "Service", index);
    let baseline = s.baseline.with(|cells| {
        partners
            .iter()
            .enumerate()
            .map(|(pi, p)| match cells.get(&p.key) {
                Some(cell) => r.money(
                    *cell,
                    ids::baseline(s.key, p.key),
                    format!("{shown}: annual cost for {}", partner_name(p, pi)),
                ),
                None => 0.0,
            })
            .collect()
    });
    let saving_rate = r.percent(
        s.saving_rate,
        ids::service(s.key, "saving-rate"),
        format!("{shown}: planned saving"),
        0.2,
    );
    let ramp_years = r.whole(
        s.ramp_years,
        ids::service(s.key, "ramp-years"),
        format!("{shown}: years to full savings"),
        0_u32,
    );
    let one_off_cost = r.money(
        s.one_off_cost,
        ids::service(s.key, "one-off-cost"),
        format!("{shown}: one-off cost"),
    );
    let running_cost_rate = r.percent(
        s.running_cost_rate,
        ids::service(s.key, "running-cost-rate"),
        format!("{shown}: running cost"),
        0.0,
    );
    let split = match s.basis.get() {
        Basis::Baseline => Split::Baseline,
        Basis::Population => Split::Population,
        Basis::Equal => Split::Equal,
        Basis::Driver => {
            let label = s.driver_label.get();
            let driver = if label.trim().is_empty() {
                "driver".to_owned()
            } else {
                label.clone()
            };
            let values = s.driver_values.with(|cells| {
                partners
                    .iter()
                    .enumerate()
                    .map(|(pi, p)| match cells.get(&p.key) {
                        Some(cell) => r.count(
                            *cell,
                            ids::driver(s.key, p.key),
                            format!("{shown}: {driver} for {}", partner_name(p, pi)),
                            "the driver value",
                            "5,200",
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
    }
}

/// A name for messages: what the user typed, or "Partner 2" while the box is empty.
pub fn display_name(name: &str, kind: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("{kind} {}", index + 1)
    } else {
        name.trim().to_owned()
    }
}

fn partner_name(p: &PartnerDraft, index: usize) -> String {
    p.name.with(|n| display_name(n, "partner", index))
}

/// Turns an engine message ("must be 0 or more") into a sentence that names the box.
fn sentence(label: &str, message: &str) -> String {
    let joins = ["must ", "needs ", "is ", "has "]
        .iter()
        .any(|w| message.starts_with(w));
    if joins {
        format!("{label} {message}")
    } else {
        format!("{label}: {message}")
    }
}

/// Maps an engine field path (`services[2].baseline[1]`) to the box it is about.
fn locate(
    path: &str,
    partners: &[PartnerDraft],
    services: &[ServiceDraft],
    s: &Scenario,
) -> (String, String) {
    let parts: Vec<(&str, Option<usize>)> = path.split('.').map(segment).collect();
    let partner_label = |i: usize| {
        s.partners.get(i).map_or_else(
            || format!("partner {}", i + 1),
            |p| display_name(&p.name, "Partner", i),
        )
    };
    let service_label = |i: usize| {
        s.services.get(i).map_or_else(
            || format!("service {}", i + 1),
            |x| display_name(&x.name, "Service", i),
        )
    };
    match parts.as_slice() {
        [("partners", Some(i)), (field, None)] => match partners.get(*i) {
            Some(p) if *field == "name" => {
                (ids::partner_name(p.key), format!("Partner {} name", i + 1))
            }
            Some(p) => (
                ids::partner_population(p.key),
                format!("Population of {}", partner_label(*i)),
            ),
            None => (ids::PARTNERS.into(), "Partners".into()),
        },
        [("partners", _)] => (ids::PARTNERS.into(), "Partners".into()),
        [("services", Some(i)), rest @ ..] => {
            let Some(svc) = services.get(*i) else {
                return (ids::SERVICES.into(), "Services".into());
            };
            let shown = service_label(*i);
            let partner_key = |j: &Option<usize>| j.and_then(|j| partners.get(j)).map(|p| p.key);
            match rest {
                [("baseline", j)] => match partner_key(j) {
                    Some(p) => (
                        ids::baseline(svc.key, p),
                        format!("{shown}: annual cost for {}", partner_label(j.unwrap_or(0))),
                    ),
                    None => (
                        ids::service(svc.key, "name"),
                        format!("{shown}: annual costs"),
                    ),
                },
                [("split", None), ("values", j)] => match partner_key(j) {
                    Some(p) => (
                        ids::driver(svc.key, p),
                        format!(
                            "{shown}: driver value for {}",
                            partner_label(j.unwrap_or(0))
                        ),
                    ),
                    None => (
                        ids::service(svc.key, "basis"),
                        format!("{shown}: driver values"),
                    ),
                },
                [("split", None), ("label", None)] => (
                    ids::service(svc.key, "driver-label"),
                    format!("{shown}: driver name"),
                ),
                [("split", None), ..] => (
                    ids::service(svc.key, "basis"),
                    format!("{shown}: how costs are split"),
                ),
                [(field, None)] => {
                    let (id, what) = match *field {
                        "name" => ("name", "name"),
                        "saving_rate" => ("saving-rate", "planned saving"),
                        "ramp_years" => ("ramp-years", "years to full savings"),
                        "one_off_cost" => ("one-off-cost", "one-off cost"),
                        "running_cost_rate" => ("running-cost-rate", "running cost"),
                        _ => ("name", "service"),
                    };
                    (ids::service(svc.key, id), format!("{shown}: {what}"))
                }
                _ => (ids::service(svc.key, "name"), shown),
            }
        }
        [("services", _)] => (ids::SERVICES.into(), "Services".into()),
        [("uncertainty", None), rest @ ..] => super::analysis::locate_range(rest),
        [(field, None)] => {
            let (id, label) = match *field {
                "title" => ("title", "Scenario name"),
                "currency" => ("currency", "Currency"),
                "first_year" => ("first-year", "First financial year"),
                "horizon_years" => ("horizon-years", "Years to appraise"),
                "discount_rate" => ("discount-rate", "Discount rate"),
                "cost_growth" => ("cost-growth", "Yearly cost growth"),
                "realisation" => ("realisation", "Share of planned savings that arrives"),
                "optimism_bias" => ("optimism-bias", "Optimism bias on one-off costs"),
                _ => ("", "Scenario"),
            };
            (id.into(), label.into())
        }
        _ => (String::new(), "Scenario".into()),
    }
}

/// Splits `baseline[1]` into `("baseline", Some(1))`.
fn segment(part: &str) -> (&str, Option<usize>) {
    match part.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (part, None),
    }
}
