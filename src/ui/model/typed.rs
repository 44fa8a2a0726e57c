//! What the editor's boxes hold, as plain text and without signals: the one input of
//! [`super::build`], so that reading a scenario from what was typed is a pure function with
//! native tests. [`super::Draft`] holds the same boxes in signals and hands over a copy.
//!
//! Also the other way round: the text each box shows for a scenario that is opened, written
//! so that reading it back gives the same numbers.

use sharecalc_core::engine::{
    defaults, group_thousands, Partner, PartnerCost, Scenario, Service, Source, Split, Uncertainty,
};
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

    /// The basis of a scenario's split.
    fn of(split: &Split) -> Basis {
        match split {
            Split::Baseline => Basis::Baseline,
            Split::Population => Basis::Population,
            Split::Equal => Basis::Equal,
            Split::Driver { .. } => Basis::Driver,
        }
    }
}

/// The twelve low / likely / high boxes of the analysis, in [`super::ranges::ROWS`] ×
/// [`super::ranges::ENDS`] order.
pub type TypedRanges = [[String; 3]; 4];

/// Every box of the editor, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Typed {
    /// The scenario's name.
    pub title: String,
    /// The currency code picked.
    pub currency: String,
    /// The first financial year, like "2027".
    pub first_year: String,
    /// The years appraised.
    pub horizon_years: String,
    /// The percentage boxes of the assumptions.
    pub discount_rate: String,
    /// See [`Typed::discount_rate`].
    pub cost_growth: String,
    /// See [`Typed::discount_rate`].
    pub realisation: String,
    /// See [`Typed::discount_rate`].
    pub optimism_bias: String,
    /// See [`Typed::discount_rate`] (format v2).
    pub optimism_bias_running: String,
    /// The year of the prices, like "2026"; empty for the first year's (format v2).
    pub price_base_year: String,
    /// General inflation for the cash view, a percentage (format v2).
    pub inflation: String,
    /// The partners, in order.
    pub partners: Vec<TypedPartner>,
    /// The services, in order.
    pub services: Vec<TypedService>,
    /// The one-off costs that fall on one partner alone, in order (format v2).
    pub partner_costs: Vec<TypedPartnerCost>,
    /// The ranges of the analysis.
    pub uncertainty: TypedRanges,
    /// The "a partner leaves" question, once one has been picked (it travels in the link).
    pub leaving: Option<TypedLeaving>,
    /// The publication the figures started from (format extension `source`): no box shows
    /// it; it stays while the figures are edited and goes with the next scenario opened.
    pub source: Option<Source>,
}

/// One partner's own one-off cost: its boxes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypedPartnerCost {
    /// The row's stable identity, used in element ids (see [`super::ids`]).
    pub key: u32,
    /// The key of the partner that bears it ([`TypedPartner::key`]), so reordering partners
    /// never moves a cost to the wrong council.
    pub partner: u32,
    /// What it is.
    pub label: String,
    /// The appraisal year it falls in, like "2".
    pub year: String,
    /// The amount.
    pub amount: String,
}

/// The "a partner leaves" question as picked.
#[derive(Clone, Debug, PartialEq)]
pub struct TypedLeaving {
    /// The key of the partner that leaves ([`TypedPartner::key`]).
    pub partner: u32,
    /// Its last year in the partnership (1-based).
    pub year: u32,
    /// The exit fee it pays, as typed.
    pub exit_fee: String,
}

/// One partner's boxes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypedPartner {
    /// The row's stable identity, used in element ids (see [`super::ids`]).
    pub key: u32,
    /// Its name.
    pub name: String,
    /// Its population; empty when not known.
    pub population: String,
}

/// One service's boxes.
#[derive(Clone, Debug, PartialEq)]
pub struct TypedService {
    /// The row's stable identity, used in element ids (see [`super::ids`]).
    pub key: u32,
    /// Its name.
    pub name: String,
    /// The planned saving, a percentage.
    pub saving_rate: String,
    /// The years to full savings.
    pub ramp_years: String,
    /// The one-off cost, an amount.
    pub one_off_cost: String,
    /// The running cost, a percentage.
    pub running_cost_rate: String,
    /// The year the shared service goes live, like "2" (format v2).
    pub savings_start_year: String,
    /// The share of the one-off cost in each year, percentages like "50, 50" (format v2).
    pub one_off_profile: String,
    /// The fixed running cost a year, an amount (format v2).
    pub fixed_running_cost: String,
    /// How its costs are split.
    pub basis: Basis,
    /// What the driver measures, when split by a driver.
    pub driver_label: String,
    /// Each partner's annual cost, in partner order.
    pub baseline: Vec<String>,
    /// Each partner's driver value, in partner order.
    pub driver_values: Vec<String>,
}

impl Typed {
    /// The boxes showing `s`. Rows take keys from `next_key` on, which is moved past them, so
    /// no element id is used twice on a page.
    pub fn showing(s: &Scenario, next_key: &mut u32) -> Typed {
        let partners: Vec<TypedPartner> = s
            .partners
            .iter()
            .map(|p| TypedPartner::showing(p, take(next_key)))
            .collect();
        let services = s
            .services
            .iter()
            .map(|svc| TypedService::showing(svc, partners.len(), take(next_key)))
            .collect();
        // A partner named by its index in the scenario, by its row's key on the page.
        let key_of = |i: usize| partners.get(i).map_or(u32::MAX, |p: &TypedPartner| p.key);
        let partner_costs = s
            .partner_costs
            .iter()
            .map(|c| TypedPartnerCost::showing(c, key_of(c.partner), take(next_key)))
            .collect();
        let leaving = s.leaving.map(|l| TypedLeaving {
            partner: key_of(l.partner),
            year: l.year,
            exit_fee: money_text(l.exit_fee),
        });
        Typed {
            title: s.title.clone(),
            currency: s.currency.clone(),
            first_year: s.first_year.to_string(),
            horizon_years: s.horizon_years.to_string(),
            discount_rate: percent_text(s.discount_rate),
            cost_growth: percent_text(s.cost_growth),
            realisation: percent_text(s.realisation),
            optimism_bias: percent_text(s.optimism_bias),
            optimism_bias_running: percent_text(s.optimism_bias_running),
            price_base_year: s.price_base_year.map(|y| y.to_string()).unwrap_or_default(),
            inflation: percent_text(s.inflation),
            partners,
            services,
            partner_costs,
            uncertainty: ranges_showing(s.uncertainty),
            leaving,
            source: s.source,
        }
    }
}

/// The next key, and moves `next_key` past it.
fn take(next_key: &mut u32) -> u32 {
    let key = *next_key;
    *next_key = key.wrapping_add(1);
    key
}

impl TypedPartner {
    /// The boxes showing `p`.
    pub fn showing(p: &Partner, key: u32) -> TypedPartner {
        TypedPartner {
            key,
            name: p.name.clone(),
            population: p.population.map(number_text).unwrap_or_default(),
        }
    }

    /// A partner added at the end of `count` others: named by its place, population not known.
    pub fn added(count: usize, key: u32) -> TypedPartner {
        TypedPartner::showing(
            &Partner {
                name: format!("Partner {}", count + 1),
                population: None,
            },
            key,
        )
    }
}

impl TypedService {
    /// The boxes showing `s` for `partners` partners; a cell the scenario lacks is empty, and
    /// driver values start at 1 each until the service is split by a driver.
    pub fn showing(s: &Service, partners: usize, key: u32) -> TypedService {
        let cells = |values: &[f64], text: fn(f64) -> String| -> Vec<String> {
            (0..partners)
                .map(|i| values.get(i).copied().map(text).unwrap_or_default())
                .collect()
        };
        let (driver_label, driver_values) = match &s.split {
            Split::Driver { label, values } => (label.clone(), cells(values, number_text)),
            _ => (String::new(), cells(&vec![1.0; partners], number_text)),
        };
        TypedService {
            key,
            name: s.name.clone(),
            saving_rate: percent_text(s.saving_rate),
            ramp_years: s.ramp_years.to_string(),
            one_off_cost: money_text(s.one_off_cost),
            running_cost_rate: percent_text(s.running_cost_rate),
            savings_start_year: s.savings_start_year.to_string(),
            one_off_profile: percent_list_text(&s.one_off_profile),
            fixed_running_cost: money_text(s.fixed_running_cost),
            basis: Basis::of(&s.split),
            driver_label,
            baseline: cells(&s.baseline, money_text),
            driver_values,
        }
    }

    /// A service added at the end of `count` others, for `partners` partners: the spec's
    /// defaults (a 20% saving over 3 years) and no costs yet.
    pub fn added(count: usize, partners: usize, key: u32) -> TypedService {
        let service = Service {
            name: format!("Service {}", count + 1),
            baseline: vec![0.0; partners],
            saving_rate: defaults::SAVING_RATE,
            ramp_years: defaults::RAMP_YEARS,
            one_off_cost: defaults::ONE_OFF_COST,
            running_cost_rate: defaults::RUNNING_COST_RATE,
            split: Split::default(),
            ..Service::default()
        };
        TypedService::showing(&service, partners, key)
    }
}

impl TypedPartnerCost {
    /// The boxes showing `c`, borne by the partner whose row has key `partner`.
    pub fn showing(c: &PartnerCost, partner: u32, key: u32) -> TypedPartnerCost {
        TypedPartnerCost {
            key,
            partner,
            label: c.label.clone(),
            year: c.year.to_string(),
            amount: money_text(c.amount),
        }
    }
}

impl TypedLeaving {
    /// The question as first picked: the first partner leaving after Year 1, with no fee.
    pub fn first(partner: u32) -> TypedLeaving {
        TypedLeaving {
            partner,
            year: 1,
            exit_fee: money_text(0.0),
        }
    }
}

/// The range boxes showing `u`, or the defaults when the scenario has none. The ranges come
/// in file order, which is the order of the table's rows.
pub fn ranges_showing(u: Option<Uncertainty>) -> TypedRanges {
    u.unwrap_or_default()
        .fields()
        .map(|(_, t)| [t.low, t.likely, t.high].map(percent_text))
}

/// The text a money box shows for an amount: digits grouped by commas, with any pence kept
/// exactly, so that reading the box back gives the same number.
pub fn money_text(amount: f64) -> String {
    let plain = format!("{amount}");
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let grouped = group_thousands(digits);
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

/// The text of a list of shares, as percentages separated by commas: [0.5, 0.5] → "50, 50".
pub fn percent_list_text(shares: &[f64]) -> String {
    shares
        .iter()
        .map(|f| percent_text(*f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text a plain-number box shows (populations, driver values).
pub fn number_text(value: f64) -> String {
    money_text(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sharecalc_core::engine::{parse_money, parse_percent};
    use sharecalc_core::examples::default_scenario;

    #[test]
    fn money_is_grouped_as_the_figures_are_and_keeps_its_pence() {
        assert_eq!(money_text(0.0), "0");
        assert_eq!(money_text(999.0), "999");
        assert_eq!(money_text(1_234_567.0), "1,234,567");
        assert_eq!(money_text(-45_000.25), "-45,000.25");
        assert_eq!(money_text(1e12), "1,000,000,000,000");
        for amount in [0.1, 0.3, 780_000.5, 1_234_567.89, -0.07, 123_456_789.012] {
            assert_eq!(
                parse_money(&money_text(amount), "GBP"),
                Ok(amount),
                "{amount}"
            );
        }
    }

    #[test]
    fn a_percentage_is_written_without_binary_noise_and_reads_back() {
        assert_eq!(percent_text(0.035), "3.5");
        assert_eq!(percent_text(0.07), "7");
        assert_eq!(percent_text(-0.0), "0");
        assert_eq!(percent_text(1.0), "100");
        for fraction in [0.035, 0.155, 0.2, -0.1, 0.0125] {
            assert_eq!(
                parse_percent(&percent_text(fraction)),
                Ok(fraction),
                "{fraction}"
            );
        }
    }

    #[test]
    fn rows_take_keys_in_order_and_move_the_counter_past_them() {
        let s = default_scenario(Lang::En);
        let mut next = 10;
        let t = Typed::showing(&s, &mut next);
        let keys: Vec<u32> = t.partners.iter().map(|p| p.key).collect();
        assert_eq!(keys, [10, 11, 12, 13]);
        let keys: Vec<u32> = t.services.iter().map(|s| s.key).collect();
        assert_eq!(keys, [14, 15, 16, 17, 18, 19]);
        let keys: Vec<u32> = t.partner_costs.iter().map(|c| c.key).collect();
        assert_eq!(keys, [20, 21, 22]);
        // Each cost names its partner by the partner row's key, not by its place.
        let partners: Vec<u32> = t.partner_costs.iter().map(|c| c.partner).collect();
        assert_eq!(partners, [10, 12, 13]);
        assert_eq!(next, 23);
    }

    #[test]
    fn a_row_added_starts_from_the_spec_s_defaults() {
        let p = TypedPartner::added(2, 5);
        assert_eq!(
            (p.key, p.name.as_str(), p.population.as_str()),
            (5, "Partner 3", "")
        );
        let s = TypedService::added(6, 3, 9);
        assert_eq!(s.name, "Service 7");
        assert_eq!((s.saving_rate.as_str(), s.ramp_years.as_str()), ("20", "3"));
        assert_eq!(
            (s.one_off_cost.as_str(), s.running_cost_rate.as_str()),
            ("0", "0")
        );
        assert_eq!(s.basis, Basis::Baseline);
        assert_eq!(s.baseline, ["0", "0", "0"]);
        assert_eq!(s.driver_values, ["1", "1", "1"]);
    }

    #[test]
    fn a_basis_reads_its_own_code_and_anything_else_as_current_spend() {
        for basis in Basis::ALL {
            assert_eq!(Basis::from_code(basis.code()), basis);
        }
        assert_eq!(Basis::from_code("shares"), Basis::Baseline);
    }
}
