//! Reads what was typed ([`Typed`]) into a [`Scenario`]: every box is parsed, the result is
//! validated by the engine, and every problem comes back tied to the box it is about (its
//! element id and a label that names it), so the error summary can link to it and the box
//! can show it. The words are in the page's language: the page reads the boxes again when it
//! changes. Pure: plain text in, the scenario and its problems out.

use super::ids::{self, PartnerCostBox, ServiceBox};
use super::place::place;
use super::ranges;
use super::typed::{Basis, Typed, TypedLeaving, TypedPartner, TypedPartnerCost, TypedService};
use sharecalc_core::engine::{
    self, defaults, Leaving, Partner, PartnerCost, Scenario, Service, Split, FORMAT_VERSION,
};
use sharecalc_core::i18n::{self, fill, t, Lang, Msg};

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

/// The outcome of reading the boxes.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    /// The scenario, when every box was readable and valid.
    pub scenario: Option<Scenario>,
    /// Every problem found, in page order.
    pub issues: Vec<Issue>,
}

impl Built {
    /// The message for the box with element id `id`, if it has a problem.
    #[cfg(test)]
    pub fn message_for(&self, id: &str) -> Option<String> {
        first_message(&self.issues, id)
    }
}

/// The first message for the box with element id `id` among `issues`: the one it shows.
pub fn first_message(issues: &[Issue], id: &str) -> Option<String> {
    issues
        .iter()
        .find(|i| i.id == id)
        .map(|i| i.message.clone())
}

/// Collects problems while reading boxes, in the page's language.
struct Reader {
    lang: Lang,
    /// The scenario's currency, the only one whose sign an amount may have.
    currency: String,
    issues: Vec<Issue>,
}

impl Reader {
    /// Reads `text` with `parse`; on failure records the problem against box `id` and gives
    /// `fallback`, so the rest of the scenario can still be checked.
    fn read<T>(
        &mut self,
        text: &str,
        id: String,
        label: String,
        fallback: T,
        parse: impl Fn(&str) -> Result<T, i18n::Text>,
    ) -> T {
        match parse(text) {
            Ok(v) => v,
            Err(message) => {
                let message = message.render(self.lang);
                self.issues.push(Issue { id, label, message });
                fallback
            }
        }
    }

    fn money(&mut self, text: &str, id: String, label: String) -> f64 {
        let currency = self.currency.clone();
        self.read(text, id, label, 0.0, |t| engine::parse_cost(t, &currency))
    }

    fn percent(&mut self, text: &str, id: String, label: String, fallback: f64) -> f64 {
        self.read(text, id, label, fallback, engine::parse_percent)
    }

    /// A count of people or things, read like an amount; `help` says what to type.
    fn count(&mut self, text: &str, id: String, label: String, help: Msg) -> f64 {
        self.read(text, id, label, 1.0, |t| {
            // No currency: a count has no sign.
            engine::parse_money(t, "").map_err(|_| i18n::Text::new(help))
        })
    }

    /// A whole number; one too large for `T` reads as `out_of_range`, which validation then
    /// reports with the field's own range.
    fn whole<T: TryFrom<i64> + Copy>(
        &mut self,
        text: &str,
        id: String,
        label: String,
        out_of_range: T,
    ) -> T {
        self.read(text, id, label, out_of_range, |t| {
            engine::parse_whole_number(t).map(|n| T::try_from(n).unwrap_or(out_of_range))
        })
    }

    fn words(&self, msg: Msg) -> String {
        t(self.lang, msg).to_owned()
    }
}

/// Reads every box, with every problem in `lang`.
pub fn build(typed: &Typed, lang: Lang) -> Built {
    let mut r = Reader {
        lang,
        currency: typed.currency.clone(),
        issues: Vec::new(),
    };
    let first_year = r.whole(
        &typed.first_year,
        ids::FIRST_YEAR.into(),
        r.words(Msg::EditorFirstYearLabel),
        0_i32,
    );
    let horizon_years = r.whole(
        &typed.horizon_years,
        ids::HORIZON_YEARS.into(),
        r.words(Msg::EditorHorizonLabel),
        0_u32,
    );
    let discount_rate = r.percent(
        &typed.discount_rate,
        ids::DISCOUNT_RATE.into(),
        r.words(Msg::BuildLabelDiscountRate),
        defaults::DISCOUNT_RATE,
    );
    let cost_growth = r.percent(
        &typed.cost_growth,
        ids::COST_GROWTH.into(),
        r.words(Msg::BuildLabelCostGrowth),
        defaults::COST_GROWTH,
    );
    let realisation = r.percent(
        &typed.realisation,
        ids::REALISATION.into(),
        r.words(Msg::BuildLabelRealisation),
        defaults::REALISATION,
    );
    let optimism_bias = r.percent(
        &typed.optimism_bias,
        ids::OPTIMISM_BIAS.into(),
        r.words(Msg::BuildLabelOptimismBias),
        defaults::OPTIMISM_BIAS,
    );
    let optimism_bias_running = r.percent(
        &typed.optimism_bias_running,
        ids::OPTIMISM_BIAS_RUNNING.into(),
        r.words(Msg::BuildLabelOptimismBiasRunning),
        defaults::OPTIMISM_BIAS_RUNNING,
    );
    let price_base_year = if typed.price_base_year.trim().is_empty() {
        None
    } else {
        Some(r.whole(
            &typed.price_base_year,
            ids::PRICE_BASE_YEAR.into(),
            r.words(Msg::EditorPriceBaseLabel),
            0_i32,
        ))
    };
    let inflation = r.percent(
        &typed.inflation,
        ids::INFLATION.into(),
        r.words(Msg::BuildLabelInflation),
        defaults::INFLATION,
    );
    let partners = typed
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| read_partner(&mut r, i, p))
        .collect();
    let partner_costs = typed
        .partner_costs
        .iter()
        .enumerate()
        .map(|(i, c)| read_partner_cost(&mut r, i, c, typed))
        .collect();
    let leaving = typed
        .leaving
        .as_ref()
        .and_then(|l| read_leaving(&mut r, l, typed));
    let services = typed
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| read_service(&mut r, i, s, typed))
        .collect();
    let uncertainty = ranges::read(&typed.uncertainty, lang, &mut r.issues);
    // The one place a scenario is made from boxes: a field added to the format is added here.
    let scenario = Scenario {
        version: FORMAT_VERSION,
        title: typed.title.clone(),
        currency: typed.currency.clone(),
        first_year,
        horizon_years,
        discount_rate,
        cost_growth,
        realisation,
        optimism_bias,
        optimism_bias_running,
        price_base_year,
        inflation,
        partners,
        services,
        partner_costs,
        uncertainty,
        leaving,
        source: typed.source,
    };
    let unreadable = r.issues.len();
    for e in engine::validate(&scenario) {
        let (id, label) = place(lang, e.path, typed, &scenario);
        let already_flagged = r
            .issues
            .iter()
            .take(unreadable)
            .any(|i| i.id == id && !id.is_empty());
        if already_flagged {
            continue; // the box is already flagged as unreadable; its stand-in value is not the user's
        }
        let message = e.sentence(lang, &label);
        r.issues.push(Issue { id, label, message });
    }
    Built {
        scenario: r.issues.is_empty().then_some(scenario),
        issues: r.issues,
    }
}

fn read_partner(r: &mut Reader, index: usize, p: &TypedPartner) -> Partner {
    let population = if p.population.trim().is_empty() {
        None
    } else {
        let shown = display_name(&p.name, t(r.lang, Msg::KindPartner), index);
        Some(r.count(
            &p.population,
            ids::partner_population(p.key),
            fill(r.lang, Msg::BuildLabelPopulation, &[("partner", &shown)]),
            Msg::BuildPopulationNumber,
        ))
    };
    Partner {
        name: p.name.clone(),
        population,
    }
}

/// Where partner `key` stands in the list; a key no row has (never the case on screen)
/// gives the index past the end, which validation reports as naming no partner.
fn partner_index(typed: &Typed, key: u32) -> usize {
    typed
        .partners
        .iter()
        .position(|p| p.key == key)
        .unwrap_or(typed.partners.len())
}

fn read_partner_cost(
    r: &mut Reader,
    index: usize,
    c: &TypedPartnerCost,
    typed: &Typed,
) -> PartnerCost {
    let n = index + 1;
    let label = |msg: Msg| fill(r.lang, msg, &[("n", &n)]);
    let (year_label, amount_label) = (
        label(Msg::EditorPartnerCostYearLabel),
        label(Msg::EditorPartnerCostAmountLabel),
    );
    PartnerCost {
        partner: partner_index(typed, c.partner),
        label: c.label.clone(),
        year: r.whole(
            &c.year,
            ids::partner_cost(c.key, PartnerCostBox::Year),
            year_label,
            0_u32,
        ),
        amount: r.money(
            &c.amount,
            ids::partner_cost(c.key, PartnerCostBox::Amount),
            amount_label,
        ),
    }
}

/// The leaving question, or none when its partner has been removed (the question goes with
/// it, as [`Scenario::remove_partner`] says).
fn read_leaving(r: &mut Reader, l: &TypedLeaving, typed: &Typed) -> Option<Leaving> {
    let partner = typed.partners.iter().position(|p| p.key == l.partner)?;
    let exit_fee = r.money(
        &l.exit_fee,
        ids::LEAVING_FEE.into(),
        r.words(Msg::AnalysisLeavingFee),
    );
    Some(Leaving {
        partner,
        year: l.year,
        exit_fee,
    })
}

fn read_service(r: &mut Reader, index: usize, s: &TypedService, typed: &Typed) -> Service {
    let lang = r.lang;
    let shown = display_name(&s.name, t(lang, Msg::KindService), index);
    let about = |msg: Msg| fill(lang, msg, &[("service", &shown)]);
    // A row of cells, one per partner in partner order, each with its partner's key and name
    // as a label says it. A missing cell is left out, for validation to report the count.
    let cells = |values: &[String]| -> Vec<(u32, String, String)> {
        typed
            .partners
            .iter()
            .zip(values)
            .enumerate()
            .map(|(pi, (p, text))| {
                let name = display_name(&p.name, t(lang, Msg::BuildKindPartnerLower), pi);
                (p.key, name, text.clone())
            })
            .collect()
    };
    let baseline = cells(&s.baseline)
        .into_iter()
        .map(|(p, partner, text)| {
            let label = fill(
                lang,
                Msg::EditorBaselineLabel,
                &[("service", &shown), ("partner", &partner)],
            );
            r.money(&text, ids::baseline(s.key, p), label)
        })
        .collect();
    let saving_rate = r.percent(
        &s.saving_rate,
        ids::service(s.key, ServiceBox::SavingRate),
        about(Msg::BuildLabelSavingRate),
        defaults::SAVING_RATE,
    );
    let ramp_years = r.whole(
        &s.ramp_years,
        ids::service(s.key, ServiceBox::RampYears),
        about(Msg::EditorRampYearsLabel),
        0_u32,
    );
    let one_off_cost = r.money(
        &s.one_off_cost,
        ids::service(s.key, ServiceBox::OneOffCost),
        about(Msg::EditorOneOffLabel),
    );
    let running_cost_rate = r.percent(
        &s.running_cost_rate,
        ids::service(s.key, ServiceBox::RunningCostRate),
        about(Msg::BuildLabelRunningCost),
        defaults::RUNNING_COST_RATE,
    );
    let savings_start_year = r.whole(
        &s.savings_start_year,
        ids::service(s.key, ServiceBox::SavingsStartYear),
        about(Msg::BuildLabelGoLive),
        0_u32,
    );
    let one_off_profile = r.read(
        &s.one_off_profile,
        ids::service(s.key, ServiceBox::OneOffProfile),
        about(Msg::BuildLabelOneOffProfile),
        vec![1.0],
        engine::parse_percent_list,
    );
    let fixed_running_cost = r.money(
        &s.fixed_running_cost,
        ids::service(s.key, ServiceBox::FixedRunningCost),
        about(Msg::BuildLabelFixedRunning),
    );
    let split = match s.basis {
        Basis::Baseline => Split::Baseline,
        Basis::Population => Split::Population,
        Basis::Equal => Split::Equal,
        Basis::Driver => {
            let driver = s.driver_label.clone();
            let values = cells(&s.driver_values)
                .into_iter()
                .map(|(p, partner, text)| {
                    let label = if driver.trim().is_empty() {
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
                                ("driver", &driver),
                                ("partner", &partner),
                            ],
                        )
                    };
                    r.count(&text, ids::driver(s.key, p), label, Msg::BuildDriverNumber)
                })
                .collect();
            Split::Driver {
                label: driver,
                values,
            }
        }
    };
    Service {
        name: s.name.clone(),
        baseline,
        saving_rate,
        savings_start_year,
        ramp_years,
        one_off_cost,
        one_off_profile,
        running_cost_rate,
        fixed_running_cost,
        split,
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

#[cfg(test)]
mod tests;
