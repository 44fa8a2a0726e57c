//! Range checks for a whole scenario, exactly the table in the spec. Shared by the JSON reader
//! and by the UI, which builds a [`Scenario`] from typed boxes. Never clamps or repairs: it
//! only reports.

use std::ops::RangeInclusive;

use super::currency::CURRENCIES;
use super::error::FieldError;
use super::money::{format_percent, group_thousands};
use super::path::{
    FieldPath, LeavingField, PartnerCostField, PartnerField, ServiceField, SplitField,
};
use super::scenario::{Leaving, Scenario, Service, Split, FORMAT_VERSION, OLDEST_VERSION};
use super::visible::{is_direction_control, name_key, only_invisible};
use crate::i18n::{Msg, Text};

/// Longest scenario title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest partner name, service name or driver label, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Largest single amount of money (a baseline or a one-off cost).
pub const MAX_AMOUNT: f64 = 1e12;
/// Allowed first financial years.
pub const FIRST_YEARS: RangeInclusive<i32> = 2000..=2100;
/// Allowed horizons, in years; also the most years [`crate::engine::evaluate`] will appraise.
pub const HORIZONS: RangeInclusive<u32> = 1..=30;
/// Allowed ramp lengths, in years.
pub const RAMPS: RangeInclusive<u32> = 1..=30;
/// Allowed number of partners.
pub const PARTNER_COUNTS: RangeInclusive<usize> = 2..=20;
/// Allowed number of services.
pub const SERVICE_COUNTS: RangeInclusive<usize> = 1..=50;
/// Most costs that fall on one partner alone (`partner_costs`).
pub const MAX_PARTNER_COSTS: usize = 200;
/// How far a one-off profile's shares may add up away from 1, for rounding in the file.
pub const PROFILE_TOLERANCE: f64 = 1e-9;

/// Every problem with `s`, each naming its field; empty means `s` is valid and safe to show.
pub fn validate(s: &Scenario) -> Vec<FieldError> {
    let mut c = Checks::default();
    if s.version != FORMAT_VERSION {
        c.push(
            FieldPath::Version,
            Text::new(Msg::FieldVersionOnly)
                .arg("oldest", OLDEST_VERSION)
                .arg("version", FORMAT_VERSION),
        );
    }
    c.text(FieldPath::Title, &s.title, MAX_TITLE_CHARS, false);
    if !CURRENCIES.contains(&s.currency.as_str()) {
        c.push(
            FieldPath::Currency,
            Text::new(Msg::FieldOneOf).arg("choices", CURRENCIES.join(", ")),
        );
    }
    c.whole(FieldPath::FirstYear, s.first_year, &FIRST_YEARS);
    c.whole(FieldPath::HorizonYears, s.horizon_years, &HORIZONS);
    c.rate(FieldPath::DiscountRate, s.discount_rate, 0.0, 0.2);
    c.rate(FieldPath::CostGrowth, s.cost_growth, -0.1, 0.2);
    c.rate(FieldPath::Realisation, s.realisation, 0.0, 1.0);
    c.rate(FieldPath::OptimismBias, s.optimism_bias, 0.0, 2.0);
    c.rate(
        FieldPath::OptimismBiasRunning,
        s.optimism_bias_running,
        0.0,
        2.0,
    );
    if let Some(year) = s.price_base_year {
        // Against the widest range while the first year is itself out of range.
        let latest = if FIRST_YEARS.contains(&s.first_year) {
            s.first_year
        } else {
            *FIRST_YEARS.end()
        };
        let earliest = *FIRST_YEARS.start();
        c.whole(FieldPath::PriceBaseYear, year, &(earliest..=latest));
    }
    c.rate(FieldPath::Inflation, s.inflation, 0.0, 0.2);
    check_partners(&mut c, s);
    if !SERVICE_COUNTS.contains(&s.services.len()) {
        c.push(
            FieldPath::Services,
            count_message(Msg::FieldServiceCount, &SERVICE_COUNTS),
        );
    }
    for (i, service) in s.services.iter().enumerate() {
        check_service(&mut c, s, i, service);
    }
    check_partner_costs(&mut c, s);
    if let Some(u) = &s.uncertainty {
        c.errors.extend(u.check());
    }
    if let Some(l) = &s.leaving {
        c.errors
            .extend(check_leaving(l, s.partners.len(), years(s)));
    }
    c.errors
}

/// The years appraised, for checking a year of the period against; the longest valid horizon
/// while `horizon_years` is itself out of range, so that one mistake gives one error.
fn years(s: &Scenario) -> u32 {
    if HORIZONS.contains(&s.horizon_years) {
        s.horizon_years
    } else {
        *HORIZONS.end()
    }
}

/// Every problem with a partner leaving `l` in a scenario of `partners` partners appraised over
/// `horizon` years, each naming its field under `leaving`. Used by `validate` and by the
/// analysis before it works out a leaving it was handed.
pub fn check_leaving(l: &Leaving, partners: usize, horizon: u32) -> Vec<FieldError> {
    let at = |field| FieldPath::Leaving(Some(field));
    let mut errors = Vec::new();
    if l.partner >= partners {
        errors.push(FieldError::new(
            at(LeavingField::Partner),
            Text::new(Msg::FieldLeavingPartner),
        ));
    }
    if l.year == 0 || l.year > horizon {
        errors.push(FieldError::new(
            at(LeavingField::Year),
            Text::new(Msg::FieldLeavingYear).arg("horizon", horizon),
        ));
    }
    if !(l.exit_fee.is_finite() && (0.0..=MAX_AMOUNT).contains(&l.exit_fee)) {
        errors.push(FieldError::new(
            at(LeavingField::ExitFee),
            Text::new(Msg::FieldLeavingExitFee),
        ));
    }
    errors
}

/// Costs that fall on one partner alone: each names a partner there is, a label, a year of
/// the period and an amount.
fn check_partner_costs(c: &mut Checks, s: &Scenario) {
    if s.partner_costs.len() > MAX_PARTNER_COSTS {
        c.push(
            FieldPath::PartnerCosts,
            Text::new(Msg::FieldPartnerCostCount).arg("max", MAX_PARTNER_COSTS),
        );
    }
    for (i, cost) in s.partner_costs.iter().enumerate() {
        let at = |field| FieldPath::PartnerCost(i, Some(field));
        if cost.partner >= s.partners.len() && !s.partners.is_empty() {
            c.push(
                at(PartnerCostField::Partner),
                Text::new(Msg::FieldPartnerIndex).arg("max", s.partners.len() - 1),
            );
        }
        c.text(
            at(PartnerCostField::Label),
            &cost.label,
            MAX_NAME_CHARS,
            true,
        );
        c.whole(at(PartnerCostField::Year), cost.year, &(1..=years(s)));
        c.amount(at(PartnerCostField::Amount), cost.amount);
    }
}

fn check_partners(c: &mut Checks, s: &Scenario) {
    if !PARTNER_COUNTS.contains(&s.partners.len()) {
        c.push(
            FieldPath::Partners,
            count_message(Msg::FieldPartnerCount, &PARTNER_COUNTS),
        );
    }
    for (i, p) in s.partners.iter().enumerate() {
        let name = p.name.trim();
        let key = name_key(name);
        let at = |field| FieldPath::Partner(i, Some(field));
        c.text(at(PartnerField::Name), &p.name, MAX_NAME_CHARS, true);
        let earlier = s
            .partners
            .iter()
            .take(i)
            .filter(|q| name_key(&q.name) == key)
            .count();
        if !key.is_empty() && earlier > 0 {
            let message = if earlier == 1 {
                Text::new(Msg::FieldNameTwice)
            } else {
                Text::new(Msg::FieldNameTimes).arg("times", earlier + 1)
            };
            c.push(at(PartnerField::Name), message.arg("name", name));
        }
        if let Some(population) = p.population {
            c.at_least_zero(at(PartnerField::Population), population);
        }
    }
}

fn check_service(c: &mut Checks, s: &Scenario, i: usize, service: &Service) {
    let at = |field| FieldPath::Service(i, Some(field));
    let split = |field| at(ServiceField::Split(Some(field)));
    c.text(at(ServiceField::Name), &service.name, MAX_NAME_CHARS, true);
    c.per_partner(
        at(ServiceField::Baseline(None)),
        &service.baseline,
        s.partners.len(),
        Msg::FieldAmountPerPartner,
    );
    for (p, &amount) in service.baseline.iter().enumerate() {
        c.amount(at(ServiceField::Baseline(Some(p))), amount);
    }
    c.rate(at(ServiceField::SavingRate), service.saving_rate, 0.0, 1.0);
    c.whole(
        at(ServiceField::SavingsStartYear),
        service.savings_start_year,
        &(1..=years(s)),
    );
    c.whole(at(ServiceField::RampYears), service.ramp_years, &RAMPS);
    c.amount(at(ServiceField::OneOffCost), service.one_off_cost);
    check_profile(c, s, i, &service.one_off_profile);
    c.rate(
        at(ServiceField::RunningCostRate),
        service.running_cost_rate,
        0.0,
        1.0,
    );
    c.amount(
        at(ServiceField::FixedRunningCost),
        service.fixed_running_cost,
    );
    match &service.split {
        Split::Baseline | Split::Equal => {}
        Split::Population => check_population_split(c, s, i, service),
        Split::Driver { label, values } => {
            c.text(split(SplitField::Label), label, MAX_NAME_CHARS, false);
            c.per_partner(
                split(SplitField::Values(None)),
                values,
                s.partners.len(),
                Msg::FieldValuePerPartner,
            );
            let mut all_valid = true;
            for (p, &value) in values.iter().enumerate() {
                all_valid &= c.at_least_zero(split(SplitField::Values(Some(p))), value);
            }
            if all_valid && !values.iter().any(|&v| v > 0.0) {
                c.push(
                    split(SplitField::Values(None)),
                    Text::new(Msg::FieldDriverAboveZero),
                );
            }
        }
    }
}

/// A one-off profile: one share a year for 1 to `horizon_years` years, each from 0% to 100%,
/// adding up to 100%.
fn check_profile(c: &mut Checks, s: &Scenario, i: usize, profile: &[f64]) {
    let list = FieldPath::Service(i, Some(ServiceField::OneOffProfile(None)));
    if profile.is_empty() || profile.len() > years(s) as usize {
        c.push(
            list,
            Text::new(Msg::FieldProfileLength).arg("max", years(s)),
        );
    }
    let mut all_valid = true;
    for (j, &share) in profile.iter().enumerate() {
        let at = FieldPath::Service(i, Some(ServiceField::OneOffProfile(Some(j))));
        all_valid &= c.rate(at, share, 0.0, 1.0);
    }
    let total: f64 = profile.iter().sum();
    if all_valid && !profile.is_empty() && (total - 1.0).abs() > PROFILE_TOLERANCE {
        c.push(
            list,
            Text::new(Msg::FieldProfileSum).arg("total", format_percent(total, 2)),
        );
    }
}

/// A population split needs every partner's population, and not all of them 0. The missing
/// ones are reported once per partner, at the first service that needs them.
fn check_population_split(c: &mut Checks, s: &Scenario, i: usize, service: &Service) {
    let first_needing = s
        .services
        .iter()
        .position(|other| matches!(other.split, Split::Population))
        .unwrap_or(i);
    let shown = if service.name.trim().is_empty() {
        Text::new(Msg::FieldServiceNumber).arg("n", i + 1)
    } else {
        Text::new(Msg::FieldServiceNamed).arg("name", service.name.trim())
    };
    let mut all_known = true;
    for (p, partner) in s.partners.iter().enumerate() {
        match partner.population {
            Some(population) => all_known &= population.is_finite() && population >= 0.0,
            None => {
                all_known = false;
                if first_needing == i {
                    c.push(
                        FieldPath::Partner(p, Some(PartnerField::Population)),
                        Text::new(Msg::FieldPopulationNeeded).text("service", shown.clone()),
                    );
                }
            }
        }
    }
    if all_known
        && !s
            .partners
            .iter()
            .any(|p| p.population.is_some_and(|n| n > 0.0))
    {
        c.push(
            FieldPath::Service(i, Some(ServiceField::Split(Some(SplitField::Basis)))),
            Text::new(Msg::FieldPopulationAllZero),
        );
    }
}

/// "needs between 2 and 20 partners": `msg` says what is counted.
fn count_message(msg: Msg, range: &RangeInclusive<usize>) -> Text {
    Text::new(msg)
        .arg("min", range.start())
        .arg("max", range.end())
}

/// Collects problems; each helper returns whether its value passed.
#[derive(Default)]
struct Checks {
    errors: Vec<FieldError>,
}

impl Checks {
    fn push(&mut self, path: FieldPath, message: Text) {
        self.errors.push(FieldError::new(path, message));
    }

    fn fail(&mut self, path: FieldPath, message: Text) -> bool {
        self.push(path, message);
        false
    }

    /// A name or title: there when `required`, showing something, not turning the text
    /// around it backwards, and not too long.
    fn text(&mut self, path: FieldPath, text: &str, max_chars: usize, required: bool) -> bool {
        if required && text.trim().is_empty() {
            self.fail(path, Text::new(Msg::FieldNotEmpty))
        } else if only_invisible(text) {
            self.fail(path, Text::new(Msg::FieldInvisible))
        } else if text.chars().any(is_direction_control) {
            self.fail(path, Text::new(Msg::FieldDirectionControl))
        } else if text.chars().count() > max_chars {
            self.fail(path, Text::new(Msg::FieldTooLong).arg("max", max_chars))
        } else {
            true
        }
    }

    fn whole<T: PartialOrd + std::fmt::Display>(
        &mut self,
        path: FieldPath,
        value: T,
        range: &RangeInclusive<T>,
    ) -> bool {
        range.contains(&value) || self.fail(path, between(range.start(), range.end()))
    }

    fn number(&mut self, path: FieldPath, value: f64) -> bool {
        value.is_finite() || self.fail(path, Text::new(Msg::FieldNumber))
    }

    fn rate(&mut self, path: FieldPath, value: f64, min: f64, max: f64) -> bool {
        if !self.number(path, value) {
            return false;
        }
        (min..=max).contains(&value)
            || self.fail(
                path,
                between(format_percent(min, 0), format_percent(max, 0)),
            )
    }

    fn at_least_zero(&mut self, path: FieldPath, value: f64) -> bool {
        self.number(path, value)
            && (value >= 0.0 || self.fail(path, Text::new(Msg::FieldAtLeast).arg("min", 0)))
    }

    fn amount(&mut self, path: FieldPath, value: f64) -> bool {
        self.at_least_zero(path, value)
            && (value <= MAX_AMOUNT
                || self.fail(
                    path,
                    Text::new(Msg::FieldAtMost)
                        .arg("max", group_thousands(&format!("{MAX_AMOUNT:.0}"))),
                ))
    }

    /// One entry per partner; skipped when there are no partners, which is reported already.
    /// `msg` says what each entry is ("needs one amount for each of the 3 partners").
    fn per_partner(&mut self, path: FieldPath, values: &[f64], partners: usize, msg: Msg) -> bool {
        partners == 0
            || values.len() == partners
            || self.fail(
                path,
                Text::new(msg)
                    .arg("partners", partners)
                    .arg("found", values.len()),
            )
    }
}

/// "must be between 1 and 30", "must be between 0% and 20%".
fn between(min: impl std::fmt::Display, max: impl std::fmt::Display) -> Text {
    Text::new(Msg::FieldBetween).arg("min", min).arg("max", max)
}
