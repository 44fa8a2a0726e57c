//! Chosen councils and service lines → a scenario: partners with their names and populations,
//! each line's published figure as a baseline in pounds, and a title. A figure that cannot be
//! entered (not published, or net income) is left at 0 in the scenario and reported as a
//! [`Gap`], so the page can leave its box empty with a note saying why; everything else takes
//! the spec's defaults, for the user to set.

use super::file::{Council, Councils, Figure, Kind};
use super::lines::service_name;
use crate::engine::{format_money, Partner, Scenario, Service};
use crate::engine::{Source, MAX_TITLE_CHARS};
use crate::i18n::{count, fill as fill_in, Lang, Msg};
use crate::report::words::join;

/// Pounds in one unit of the table (£ thousand).
const POUNDS_PER_FIGURE: f64 = 1_000.0;
/// The most names a title lists before it gives a count instead.
const NAMED_COUNCILS: usize = 3;
/// The most services a title names before it gives a count instead.
const NAMED_SERVICES: usize = 2;

/// The box a [`Gap`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A partner's population.
    Population {
        /// The partner's index in the scenario.
        partner: usize,
    },
    /// A partner's cost of a service.
    Cost {
        /// The service's index in the scenario.
        service: usize,
        /// The partner's index in the scenario.
        partner: usize,
    },
}

/// Why a box was left empty.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Why {
    /// The register has no population for the council.
    NoPopulation,
    /// The council sent no budget return, so it has no figure for any line.
    NoReturn,
    /// No figure was published for this line (a line discontinued, an empty cell).
    NotPublished,
    /// The figure is net income (below 0), which is not a cost to share.
    NetIncome {
        /// The published figure, in pounds.
        pounds: f64,
    },
}

/// A box left empty, and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    /// Which box.
    pub place: Place,
    /// Why it is empty.
    pub why: Why,
}

impl Gap {
    /// The note beside the box, in `lang`, naming the council and the year of the figures.
    pub fn words(&self, lang: Lang, council: &str, source: Source) -> String {
        let year = source.year();
        let args: &[(&str, &dyn std::fmt::Display)] = &[("council", &council), ("year", &year)];
        match self.why {
            Why::NoPopulation => fill_in(lang, Msg::CouncilsGapNoPopulation, args),
            Why::NoReturn => fill_in(lang, Msg::CouncilsGapNoReturn, args),
            Why::NotPublished => fill_in(lang, Msg::CouncilsGapNotPublished, args),
            Why::NetIncome { pounds } => fill_in(
                lang,
                Msg::CouncilsGapNetIncome,
                &[("year", &year), ("amount", &format_money(pounds, "GBP"))],
            ),
        }
    }
}

/// A scenario filled from the published figures, and the boxes left for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Filled {
    /// The scenario; a box in [`Filled::gaps`] holds 0 (a cost) or nothing (a population).
    pub scenario: Scenario,
    /// The boxes to leave empty, partners before services, in page order.
    pub gaps: Vec<Gap>,
}

/// The scenario for `councils` sharing `lines` (indices into [`Councils::lines`]), in `lang`.
pub fn fill(lang: Lang, data: &Councils, councils: &[&Council], lines: &[usize]) -> Filled {
    let mut gaps = Vec::new();
    let partners = councils
        .iter()
        .enumerate()
        .map(|(p, c)| {
            if c.population.is_none() {
                gaps.push(Gap {
                    place: Place::Population { partner: p },
                    why: Why::NoPopulation,
                });
            }
            Partner {
                name: c.name.clone(),
                population: c.population.map(|n| n as f64),
            }
        })
        .collect();
    let services: Vec<Service> = lines
        .iter()
        .enumerate()
        .map(|(s, &line)| {
            let baseline = councils
                .iter()
                .enumerate()
                .map(|(p, c)| {
                    let why = match c.figure(line) {
                        Figure::Thousands(n) if n >= 0 => return n as f64 * POUNDS_PER_FIGURE,
                        Figure::Thousands(n) => Why::NetIncome {
                            pounds: n as f64 * POUNDS_PER_FIGURE,
                        },
                        Figure::NotPublished if c.has_return() => Why::NotPublished,
                        Figure::NotPublished => Why::NoReturn,
                    };
                    gaps.push(Gap {
                        place: Place::Cost {
                            service: s,
                            partner: p,
                        },
                        why,
                    });
                    0.0
                })
                .collect();
            Service {
                name: line_name(lang, data, line),
                baseline,
                ..Service::default()
            }
        })
        .collect();
    let scenario = Scenario {
        title: title(lang, councils, &services),
        partners,
        services,
        // The budgets are in their own year's prices, so the appraisal says so, and values
        // are discounted to that year (the Green Book's present value year).
        price_base_year: Some(data.source.price_base_year()),
        source: Some(data.source),
        ..Scenario::default()
    };
    Filled { scenario, gaps }
}

/// The app's name for line `line`, or its published name if the app has none.
pub fn line_name(lang: Lang, data: &Councils, line: usize) -> String {
    let Some(l) = data.lines.get(line) else {
        return String::new();
    };
    service_name(lang, &l.code).map_or_else(|| l.published_name.clone(), str::to_owned)
}

/// "Adur, Arun and Worthing", or "5 councils" when there are more than a sentence can list.
pub fn council_names(lang: Lang, councils: &[&Council]) -> String {
    if councils.len() <= NAMED_COUNCILS {
        let names: Vec<String> = councils.iter().map(|c| c.name.clone()).collect();
        join(lang, &names)
    } else {
        count(lang, Msg::CouncilsCount, councils.len() as u64, &[])
    }
}

/// "Adur, Arun and Worthing: Waste collection and Recycling", with counts instead of names
/// when there are many, and never longer than a title may be.
fn title(lang: Lang, councils: &[&Council], services: &[Service]) -> String {
    let councils = council_names(lang, councils);
    let services = if services.len() <= NAMED_SERVICES {
        let names: Vec<String> = services.iter().map(|s| s.name.clone()).collect();
        join(lang, &names)
    } else {
        count(lang, Msg::CountServices, services.len() as u64, &[])
    };
    let title = fill_in(
        lang,
        Msg::CouncilsTitle,
        &[("councils", &councils), ("services", &services)],
    );
    title.chars().take(MAX_TITLE_CHARS).collect()
}

/// A county chosen with districts inside it: their populations overlap, and their services
/// differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overlap {
    /// The county's name.
    pub county: String,
    /// The names of the chosen districts inside it.
    pub districts: Vec<String>,
}

impl Overlap {
    /// What the overlap means, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let districts = join(lang, &self.districts);
        let args: &[(&str, &dyn std::fmt::Display)] =
            &[("districts", &districts), ("county", &self.county)];
        let n = self.districts.len() as u64;
        format!(
            "{} {}",
            count(lang, Msg::CouncilsOverlap, n, args),
            fill_in(lang, Msg::CouncilsOverlapWhy, args)
        )
    }
}

/// Every chosen county with chosen districts inside it (the file names each district's
/// county), in the order the counties were chosen.
pub fn overlaps(councils: &[&Council]) -> Vec<Overlap> {
    councils
        .iter()
        .filter(|c| c.kind == Kind::County)
        .filter_map(|county| {
            let districts: Vec<String> = councils
                .iter()
                .filter(|d| d.county.as_deref() == Some(county.code.as_str()))
                .map(|d| d.name.clone())
                .collect();
            (!districts.is_empty()).then(|| Overlap {
                county: county.name.clone(),
                districts,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils::{parse, SAMPLE};
    use crate::engine::validate;

    fn chosen<'a>(data: &'a Councils, codes: &[&str]) -> Vec<&'a Council> {
        codes.iter().filter_map(|c| data.council(c)).collect()
    }

    #[test]
    fn figures_become_baselines_in_pounds_with_names_populations_and_a_title() {
        let data = parse(SAMPLE).unwrap();
        let councils = chosen(&data, &["E07000105", "E07000146"]);
        let f = fill(Lang::En, &data, &councils, &[1, 0]);
        let s = &f.scenario;
        assert_eq!(
            s.title,
            "Ashford and Kings Lynn and West Norfolk: Libraries and Waste collection"
        );
        assert_eq!(s.partners[0].name, "Ashford");
        assert_eq!(s.partners[1].population, Some(151_811.0));
        assert_eq!(s.services[0].name, "Libraries");
        assert_eq!(s.services[0].baseline, [0.0, 0.0]);
        assert_eq!(s.services[1].baseline, [1_200_000.0, 2_129_000.0]);
        assert_eq!(s.source, Some(Source::EnglandBudgets2023));
        assert_eq!(s.price_base_year, Some(2023));
        assert!(f.gaps.is_empty());
        assert_eq!(validate(s), []);
    }

    #[test]
    fn missing_and_negative_figures_and_populations_are_gaps_not_numbers() {
        let data = parse(SAMPLE).unwrap();
        let councils = chosen(&data, &["E07000105", "E06000039", "E10000016"]);
        let f = fill(Lang::En, &data, &councils, &[0, 1]);
        let cost = |service, partner| Place::Cost { service, partner };
        assert_eq!(
            f.gaps,
            [
                Gap {
                    place: Place::Population { partner: 1 },
                    why: Why::NoPopulation
                },
                Gap {
                    place: cost(0, 1),
                    why: Why::NoReturn
                },
                Gap {
                    place: cost(0, 2),
                    why: Why::NetIncome { pounds: -355_000.0 }
                },
                Gap {
                    place: cost(1, 1),
                    why: Why::NoReturn
                },
            ]
        );
        assert_eq!(f.scenario.services[0].baseline, [1_200_000.0, 0.0, 0.0]);
        assert_eq!(f.scenario.partners[1].population, None);
        let words = f.gaps[2].words(Lang::En, "Kent", Source::EnglandBudgets2023);
        assert!(words.contains("−£355,000"), "{words}");
        assert!(f.gaps[1]
            .words(Lang::Cy, "Slough", Source::EnglandBudgets2023)
            .contains("Slough"));
    }

    #[test]
    fn a_figure_not_published_by_a_council_with_a_return_says_so() {
        let text = SAMPLE.replace("\t1200\t0\n", "\t1200\t.\n");
        let data = parse(&text).unwrap();
        let councils = chosen(&data, &["E07000105", "E10000016"]);
        let f = fill(Lang::En, &data, &councils, &[1]);
        assert_eq!(f.gaps[0].why, Why::NotPublished);
    }

    #[test]
    fn many_councils_or_services_are_counted_and_titles_stay_short() {
        let data = parse(SAMPLE).unwrap();
        let councils: Vec<&Council> = data.councils.iter().collect();
        let f = fill(Lang::En, &data, &councils, &[0, 1, 0]);
        assert_eq!(f.scenario.title, "4 councils: 3 services");
        let long = Council {
            name: "x".repeat(150),
            ..councils[0].clone()
        };
        let f = fill(Lang::Cy, &data, &[&long, &long], &[0]);
        assert_eq!(f.scenario.title.chars().count(), MAX_TITLE_CHARS);
    }

    #[test]
    fn a_county_chosen_with_its_districts_overlaps_them() {
        let data = parse(SAMPLE).unwrap();
        let all = chosen(&data, &["E07000105", "E06000039", "E10000016", "E07000146"]);
        assert_eq!(
            overlaps(&all),
            [Overlap {
                county: "Kent".into(),
                districts: vec!["Ashford".into()]
            }]
        );
        let words = overlaps(&all)[0].words(Lang::En);
        assert!(
            words.contains("Ashford") && words.contains("Kent"),
            "{words}"
        );
        assert!(overlaps(&chosen(&data, &["E07000105", "E07000146"])).is_empty());
        assert!(overlaps(&chosen(&data, &["E10000016", "E07000146"])).is_empty());
    }
}
