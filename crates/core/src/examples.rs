//! Built-in example scenarios a first-time visitor can start from.
//!
//! The councils are made up and the figures are illustrative, of the size of English district
//! councils' budgets; each example says so in its title. They are honest by default: shared
//! services go live in Year 2, after consultation and TUPE transfer, with one-off costs spread
//! over the change and an uplift for optimism bias, so that a headline rate shows what it
//! really buys. They are data, not defaults: the engine never assumes any of these values. An
//! example is written in the reader's language (its title, service and driver names, and what
//! a partner's own cost is); the made-up council names are the same in both.

use crate::engine::{Partner, PartnerCost, Scenario, Service, Split};
use crate::i18n::{fill, t, Lang, Msg};

/// One example: a stable id for the picker, its title, and the scenario it loads.
pub struct Example {
    /// Stable identifier, used as the `<option>` value.
    pub id: &'static str,
    /// The scenario's title, which the picker lists without building the scenario.
    pub title: Msg,
    /// Builds the scenario afresh in a language, so callers may change it freely.
    pub build: fn(Lang) -> Scenario,
}

/// The examples in the order the picker shows them; the first is the page's default.
pub const EXAMPLES: &[Example] = &[
    Example {
        id: "white-paper",
        title: Msg::ExampleWhitePaperTitle,
        build: white_paper,
    },
    Example {
        id: "cautious",
        title: Msg::ExampleCautiousTitle,
        build: cautious,
    },
    Example {
        id: "waste",
        title: Msg::ExampleWasteTitle,
        build: waste,
    },
];

/// The scenario the page opens on when a link carries none, in the page's language.
pub fn default_scenario(lang: Lang) -> Scenario {
    white_paper(lang)
}

/// A made-up council: its place name, and "District Council" or "Borough Council" in the
/// reader's language ("Cyngor Dosbarth Heron Vale").
fn partner(lang: Lang, kind: Msg, place: &str, population: f64) -> Partner {
    Partner {
        name: fill(lang, kind, &[("place", &place)]),
        population: Some(population),
    }
}

#[allow(clippy::too_many_arguments)]
fn service(
    name: &str,
    baseline: &[f64],
    saving_rate: f64,
    ramp_years: u32,
    one_off_cost: f64,
    running_cost_rate: f64,
    split: Split,
) -> Service {
    Service {
        name: name.to_owned(),
        baseline: baseline.to_vec(),
        saving_rate,
        ramp_years,
        one_off_cost,
        running_cost_rate,
        split,
        ..Service::default()
    }
}

/// Every service of `s` goes live in `year`, its one-off cost spread by `profile`.
fn go_live(s: &mut Scenario, year: u32, profile: &[f64]) {
    for service in &mut s.services {
        service.savings_start_year = year;
        service.one_off_profile = profile.to_vec();
    }
}

/// Redundancy and pension strain falling on partner `partner` alone in `year`.
fn redundancy(lang: Lang, partner: usize, year: u32, amount: f64) -> PartnerCost {
    PartnerCost {
        partner,
        label: t(lang, Msg::ExampleCostRedundancy).to_owned(),
        year,
        amount,
    }
}

fn driver(label: &str, values: &[f64]) -> Split {
    Split::Driver {
        label: label.to_owned(),
        values: values.to_vec(),
    }
}

fn base(title: &str, partners: Vec<Partner>, services: Vec<Service>) -> Scenario {
    Scenario {
        title: title.to_owned(),
        first_year: 2027,
        horizon_years: 10,
        discount_rate: 0.035,
        partners,
        services,
        ..Scenario::default()
    }
}

/// Four districts share six back-office services at the White Paper's 20%, as a business case
/// would put it: the shared service goes live in Year 2, the one-off costs fall over two
/// years with 20% optimism bias, and the three partners that lose posts to Kestrel, the host,
/// pay their own redundancy and pension strain. (Its link must stay under 800 characters.)
fn white_paper(lang: Lang) -> Scenario {
    let w = |msg| t(lang, msg);
    let mut s = base(
        w(Msg::ExampleWhitePaperTitle),
        vec![
            partner(lang, Msg::ExampleDistrictCouncil, "Heron Vale", 98_000.0),
            partner(lang, Msg::ExampleBoroughCouncil, "Kestrel", 121_000.0),
            partner(lang, Msg::ExampleDistrictCouncil, "Marshfield", 87_000.0),
            partner(lang, Msg::ExampleDistrictCouncil, "Oakbridge", 104_000.0),
        ],
        vec![
            service(
                w(Msg::ExampleServiceHr),
                &[620_000.0, 780_000.0, 540_000.0, 660_000.0],
                0.2,
                3,
                450_000.0,
                0.02,
                driver(w(Msg::ExampleDriverStaff), &[410.0, 530.0, 350.0, 440.0]),
            ),
            service(
                w(Msg::ExampleServiceFinance),
                &[1_150_000.0, 1_420_000.0, 980_000.0, 1_210_000.0],
                0.2,
                3,
                600_000.0,
                0.02,
                Split::Baseline,
            ),
            service(
                w(Msg::ExampleServiceIct),
                &[1_900_000.0, 2_350_000.0, 1_600_000.0, 2_050_000.0],
                0.2,
                3,
                1_800_000.0,
                0.03,
                Split::Baseline,
            ),
            service(
                w(Msg::ExampleServiceRevenues),
                &[1_700_000.0, 2_100_000.0, 1_450_000.0, 1_800_000.0],
                0.2,
                3,
                900_000.0,
                0.02,
                driver(
                    w(Msg::ExampleDriverClaims),
                    &[5_200.0, 6_900.0, 4_100.0, 5_600.0],
                ),
            ),
            service(
                w(Msg::ExampleServiceLegal),
                &[480_000.0, 560_000.0, 410_000.0, 500_000.0],
                0.2,
                2,
                150_000.0,
                0.01,
                Split::Equal,
            ),
            service(
                w(Msg::ExampleServiceCustomer),
                &[820_000.0, 990_000.0, 700_000.0, 860_000.0],
                0.2,
                3,
                500_000.0,
                0.02,
                Split::Population,
            ),
        ],
    );
    go_live(&mut s, 2, &[0.5, 0.5]);
    s.optimism_bias = 0.2;
    s.partner_costs = vec![
        redundancy(lang, 0, 2, 700_000.0),
        redundancy(lang, 2, 2, 600_000.0),
        redundancy(lang, 3, 2, 700_000.0),
    ];
    s
}

/// A cautious case: two councils share revenues and benefits, ICT and finance at 8–9%, going
/// live in Year 2 with higher one-off costs, optimism bias of 20% on them and 10% on running
/// costs.
fn cautious(lang: Lang) -> Scenario {
    let w = |msg| t(lang, msg);
    let mut s = base(
        w(Msg::ExampleCautiousTitle),
        vec![
            partner(lang, Msg::ExampleDistrictCouncil, "Ashdown", 92_000.0),
            partner(lang, Msg::ExampleBoroughCouncil, "Brookford", 134_000.0),
        ],
        vec![
            service(
                w(Msg::ExampleServiceRevenues),
                &[1_650_000.0, 2_300_000.0],
                0.09,
                4,
                1_100_000.0,
                0.015,
                driver(w(Msg::ExampleDriverClaims), &[4_800.0, 7_300.0]),
            ),
            service(
                w(Msg::ExampleServiceIct),
                &[1_800_000.0, 2_600_000.0],
                0.09,
                4,
                1_400_000.0,
                0.02,
                Split::Baseline,
            ),
            service(
                w(Msg::ExampleServiceFinance),
                &[1_050_000.0, 1_380_000.0],
                0.08,
                3,
                350_000.0,
                0.01,
                Split::Baseline,
            ),
        ],
    );
    go_live(&mut s, 2, &[0.5, 0.5]);
    s.optimism_bias = 0.2;
    s.optimism_bias_running = 0.1;
    s
}

/// A front-line service: three councils share waste collection, going live in Year 2 when the
/// vehicles and depots are ready, with a joint committee and client team at a fixed cost a
/// year.
fn waste(lang: Lang) -> Scenario {
    let w = |msg| t(lang, msg);
    let mut s = base(
        w(Msg::ExampleWasteTitle),
        vec![
            partner(lang, Msg::ExampleDistrictCouncil, "Fenwick", 76_000.0),
            partner(lang, Msg::ExampleBoroughCouncil, "Greystone", 143_000.0),
            partner(lang, Msg::ExampleDistrictCouncil, "Hollins", 58_000.0),
        ],
        vec![service(
            w(Msg::ExampleServiceWaste),
            &[5_400_000.0, 8_900_000.0, 4_700_000.0],
            0.1,
            3,
            2_500_000.0,
            0.015,
            driver(
                w(Msg::ExampleDriverHouseholds),
                &[33_500.0, 61_000.0, 25_800.0],
            ),
        )],
    );
    go_live(&mut s, 2, &[0.5, 0.5]);
    for service in &mut s.services {
        service.fixed_running_cost = 150_000.0;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_titles_are_the_scenarios_titles_in_both_languages() {
        for lang in Lang::ALL {
            for e in EXAMPLES {
                assert_eq!((e.build)(lang).title, t(lang, e.title));
            }
        }
        assert_eq!(
            default_scenario(Lang::En).title,
            "Illustrative: four districts share a back office at 20%"
        );
    }

    #[test]
    fn a_welsh_example_names_its_councils_and_services_in_welsh_and_keeps_its_figures() {
        let (en, cy) = (white_paper(Lang::En), white_paper(Lang::Cy));
        assert_eq!(cy.services[0].name, "Adnoddau dynol a chyflogres");
        assert_eq!(
            cy.services[3].split,
            Split::Driver {
                label: "Hawliadau budd-daliadau".to_owned(),
                values: vec![5_200.0, 6_900.0, 4_100.0, 5_600.0],
            }
        );
        assert_eq!(cy.partners[0].name, "Cyngor Dosbarth Heron Vale");
        assert_eq!(en.partners[1].name, "Kestrel Borough Council");
        let populations =
            |s: &Scenario| s.partners.iter().map(|p| p.population).collect::<Vec<_>>();
        assert_eq!(populations(&cy), populations(&en));
        let figures = |s: &Scenario| {
            s.services
                .iter()
                .map(|x| (x.baseline.clone(), x.saving_rate, x.one_off_cost))
                .collect::<Vec<_>>()
        };
        assert_eq!(figures(&cy), figures(&en));
    }
}
