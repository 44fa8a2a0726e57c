//! Where in a scenario an engine problem is, as a type: the engine names fields by their JSON
//! path (`services[2].baseline[1]`), and this reads that text once, so that placing a problem
//! on its box is an exhaustive `match`, not string comparisons.

/// A field of a scenario, as the engine's validation names it.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldPath {
    /// The scenario as a whole, its format version, or a path this calculator does not know:
    /// no single box.
    Scenario,
    /// `title`.
    Title,
    /// `currency`.
    Currency,
    /// `first_year`.
    FirstYear,
    /// `horizon_years`.
    HorizonYears,
    /// `discount_rate`.
    DiscountRate,
    /// `cost_growth`.
    CostGrowth,
    /// `realisation`.
    Realisation,
    /// `optimism_bias`.
    OptimismBias,
    /// `partners`: the list itself (how many).
    Partners,
    /// `partners[i].name`.
    PartnerName(usize),
    /// `partners[i].population`.
    PartnerPopulation(usize),
    /// `services`: the list itself (how many).
    Services,
    /// `services[i].<field>`.
    Service(usize, ServiceField),
    /// `uncertainty.<range>` (the range as a whole) or `uncertainty.<range>.<end>`.
    Range(String, Option<String>),
}

/// A field of one service.
#[derive(Clone, Debug, PartialEq)]
pub enum ServiceField {
    /// `name`.
    Name,
    /// `baseline` (the list: one amount per partner), or `baseline[p]`.
    Baseline(Option<usize>),
    /// `saving_rate`.
    SavingRate,
    /// `ramp_years`.
    RampYears,
    /// `one_off_cost`.
    OneOffCost,
    /// `running_cost_rate`.
    RunningCostRate,
    /// `split` or `split.basis`: how costs are split.
    SplitBasis,
    /// `split.label`: what the driver measures.
    SplitLabel,
    /// `split.values` (the list), or `split.values[p]`.
    SplitValues(Option<usize>),
    /// A field of the service this calculator does not know.
    Other,
}

impl FieldPath {
    /// Reads an engine path; anything unknown is [`FieldPath::Scenario`] or
    /// [`ServiceField::Other`], never an error, so every problem is still shown.
    pub fn parse(path: &str) -> FieldPath {
        let parts: Vec<(&str, Option<usize>)> = path.split('.').map(segment).collect();
        match parts.as_slice() {
            [("title", None)] => FieldPath::Title,
            [("currency", None)] => FieldPath::Currency,
            [("first_year", None)] => FieldPath::FirstYear,
            [("horizon_years", None)] => FieldPath::HorizonYears,
            [("discount_rate", None)] => FieldPath::DiscountRate,
            [("cost_growth", None)] => FieldPath::CostGrowth,
            [("realisation", None)] => FieldPath::Realisation,
            [("optimism_bias", None)] => FieldPath::OptimismBias,
            [("partners", None)] => FieldPath::Partners,
            [("partners", Some(i)), ("name", None)] => FieldPath::PartnerName(*i),
            [("partners", Some(i)), ("population", None)] => FieldPath::PartnerPopulation(*i),
            [("services", None)] => FieldPath::Services,
            [("services", Some(i)), rest @ ..] => FieldPath::Service(*i, ServiceField::parse(rest)),
            [("uncertainty", None), (range, None)] => FieldPath::Range((*range).to_owned(), None),
            [("uncertainty", None), (range, None), (end, None)] => {
                FieldPath::Range((*range).to_owned(), Some((*end).to_owned()))
            }
            _ => FieldPath::Scenario,
        }
    }
}

impl ServiceField {
    fn parse(rest: &[(&str, Option<usize>)]) -> ServiceField {
        match rest {
            [("name", None)] => ServiceField::Name,
            [("baseline", p)] => ServiceField::Baseline(*p),
            [("saving_rate", None)] => ServiceField::SavingRate,
            [("ramp_years", None)] => ServiceField::RampYears,
            [("one_off_cost", None)] => ServiceField::OneOffCost,
            [("running_cost_rate", None)] => ServiceField::RunningCostRate,
            [("split", None), ("label", None)] => ServiceField::SplitLabel,
            [("split", None), ("values", p)] => ServiceField::SplitValues(*p),
            [("split", None), ..] => ServiceField::SplitBasis,
            _ => ServiceField::Other,
        }
    }
}

/// Splits `baseline[1]` into `("baseline", Some(1))`.
fn segment(part: &str) -> (&str, Option<usize>) {
    match part.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (part, None),
    }
}
