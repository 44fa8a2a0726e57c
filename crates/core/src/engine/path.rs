//! Where a problem is: a typed path to any field of a scenario file (format v2 and sharecalc's
//! extensions), so the reader, the checks and the pages name fields without building or
//! parsing strings. It is written in the spec's path syntax (`services[2].baseline[1]`, 0-based
//! indices, empty for the whole file), which is how link and file errors show it.

use std::fmt;

/// A field of a scenario file, or a list, or an entry of a list, or the whole file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldPath {
    /// The whole file (written as nothing): text that is not JSON, or not an object.
    File,
    /// `version`.
    Version,
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
    /// `optimism_bias_running` (format v2).
    OptimismBiasRunning,
    /// `price_base_year` (format v2).
    PriceBaseYear,
    /// `inflation` (format v2).
    Inflation,
    /// The `partners` list itself (its length, or not a list).
    Partners,
    /// `partners[i]` (not an object), or one of its fields.
    Partner(usize, Option<PartnerField>),
    /// The `services` list itself.
    Services,
    /// `services[i]` (not an object), or one of its fields.
    Service(usize, Option<ServiceField>),
    /// The `partner_costs` list itself (format v2).
    PartnerCosts,
    /// `partner_costs[i]` (not an object), or one of its fields (format v2).
    PartnerCost(usize, Option<PartnerCostField>),
    /// `uncertainty` (a sharecalc extension), one of its ranges, or one end of a range.
    Uncertainty(Option<(UncertaintyRange, Option<RangeEnd>)>),
    /// `leaving` (a sharecalc extension: a partner leaving), or one of its fields.
    Leaving(Option<LeavingField>),
    /// `source` (a sharecalc extension: the publication the figures started from).
    Source,
}

/// A field of `partners[i]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartnerField {
    /// `name`.
    Name,
    /// `population`.
    Population,
}

/// A field of `services[i]`; a list field with `Some(j)` is its entry `j`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceField {
    /// `name`.
    Name,
    /// `baseline`, or `baseline[j]`.
    Baseline(Option<usize>),
    /// `saving_rate`.
    SavingRate,
    /// `savings_start_year` (format v2).
    SavingsStartYear,
    /// `ramp_years`.
    RampYears,
    /// `one_off_cost`.
    OneOffCost,
    /// `one_off_profile`, or `one_off_profile[j]` (format v2).
    OneOffProfile(Option<usize>),
    /// `running_cost_rate`.
    RunningCostRate,
    /// `fixed_running_cost` (format v2).
    FixedRunningCost,
    /// `split` (not an object), or one of its fields.
    Split(Option<SplitField>),
}

/// A field of `services[i].split`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SplitField {
    /// `basis`.
    Basis,
    /// `label`.
    Label,
    /// `values`, or `values[j]`.
    Values(Option<usize>),
}

/// A field of `partner_costs[i]` (format v2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartnerCostField {
    /// `partner`: the index of the partner that bears it.
    Partner,
    /// `label`.
    Label,
    /// `year`.
    Year,
    /// `amount`.
    Amount,
}

/// One of the four ranges of `uncertainty`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UncertaintyRange {
    /// `savings`.
    Savings,
    /// `realisation`.
    Realisation,
    /// `one_off_costs`.
    OneOffCosts,
    /// `running_costs`.
    RunningCosts,
}

/// One end (or the middle) of an `uncertainty` range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RangeEnd {
    /// `low`.
    Low,
    /// `likely`.
    Likely,
    /// `high`.
    High,
}

/// A field of `leaving`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeavingField {
    /// `partner`: the index of the partner that leaves.
    Partner,
    /// `year`: its last year in the partnership.
    Year,
    /// `exit_fee`.
    ExitFee,
}

impl UncertaintyRange {
    /// The range's name in the file, like `one_off_costs`.
    pub fn name(self) -> &'static str {
        match self {
            UncertaintyRange::Savings => "savings",
            UncertaintyRange::Realisation => "realisation",
            UncertaintyRange::OneOffCosts => "one_off_costs",
            UncertaintyRange::RunningCosts => "running_costs",
        }
    }
}

impl RangeEnd {
    /// The end's name in the file: `low`, `likely` or `high`.
    pub fn name(self) -> &'static str {
        match self {
            RangeEnd::Low => "low",
            RangeEnd::Likely => "likely",
            RangeEnd::High => "high",
        }
    }
}

impl FieldPath {
    /// The path one level up (`services[2].baseline` for `services[2].baseline[1]`); `None`
    /// for the whole file.
    pub fn parent(self) -> Option<FieldPath> {
        use FieldPath as P;
        Some(match self {
            P::File => return None,
            P::Partner(i, Some(_)) => P::Partner(i, None),
            P::Partner(_, None) => P::Partners,
            P::Service(i, Some(field)) => match field {
                ServiceField::Baseline(Some(_)) => {
                    P::Service(i, Some(ServiceField::Baseline(None)))
                }
                ServiceField::OneOffProfile(Some(_)) => {
                    P::Service(i, Some(ServiceField::OneOffProfile(None)))
                }
                ServiceField::Split(Some(SplitField::Values(Some(_)))) => {
                    P::Service(i, Some(ServiceField::Split(Some(SplitField::Values(None)))))
                }
                ServiceField::Split(Some(_)) => P::Service(i, Some(ServiceField::Split(None))),
                _ => P::Service(i, None),
            },
            P::Service(_, None) => P::Services,
            P::PartnerCost(i, Some(_)) => P::PartnerCost(i, None),
            P::PartnerCost(_, None) => P::PartnerCosts,
            P::Uncertainty(Some((range, Some(_)))) => P::Uncertainty(Some((range, None))),
            P::Uncertainty(Some((_, None))) => P::Uncertainty(None),
            P::Leaving(Some(_)) => P::Leaving(None),
            _ => P::File,
        })
    }

    /// Entry `j` of this list (`services[2]` of `services`); `None` when this is not a list.
    pub fn entry(self, j: usize) -> Option<FieldPath> {
        use FieldPath as P;
        match self {
            P::Partners => Some(P::Partner(j, None)),
            P::Services => Some(P::Service(j, None)),
            P::PartnerCosts => Some(P::PartnerCost(j, None)),
            P::Service(i, Some(field)) => {
                let entry = match field {
                    ServiceField::Baseline(None) => ServiceField::Baseline(Some(j)),
                    ServiceField::OneOffProfile(None) => ServiceField::OneOffProfile(Some(j)),
                    ServiceField::Split(Some(SplitField::Values(None))) => {
                        ServiceField::Split(Some(SplitField::Values(Some(j))))
                    }
                    _ => return None,
                };
                Some(P::Service(i, Some(entry)))
            }
            _ => None,
        }
    }

    /// Whether `other` is this path or something inside it: `partners` covers
    /// `partners[0].name`, but `services[1]` does not cover `services[10]`.
    pub fn covers(self, other: FieldPath) -> bool {
        let mut at = Some(other);
        while let Some(path) = at {
            if path == self {
                return true;
            }
            at = path.parent();
        }
        false
    }
}

/// The last step of a path: a key of an object, or an index into a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// The whole file: no step at all.
    Root,
    /// A field of an object, by its key in the file.
    Key(&'static str),
    /// An entry of a list, by its 0-based index.
    Index(usize),
}

impl FieldPath {
    /// The key this field has in its object (`baseline` for `services[2].baseline`); `None`
    /// for an entry of a list or the whole file. The reader looks fields up by it, so a path
    /// and the key it reads can never disagree.
    pub fn key(self) -> Option<&'static str> {
        match self.step() {
            Step::Key(key) => Some(key),
            Step::Root | Step::Index(_) => None,
        }
    }

    fn step(self) -> Step {
        use FieldPath as P;
        let key = match self {
            P::File => return Step::Root,
            P::Version => "version",
            P::Title => "title",
            P::Currency => "currency",
            P::FirstYear => "first_year",
            P::HorizonYears => "horizon_years",
            P::DiscountRate => "discount_rate",
            P::CostGrowth => "cost_growth",
            P::Realisation => "realisation",
            P::OptimismBias => "optimism_bias",
            P::OptimismBiasRunning => "optimism_bias_running",
            P::PriceBaseYear => "price_base_year",
            P::Inflation => "inflation",
            P::Source => "source",
            P::Partners => "partners",
            P::Services => "services",
            P::PartnerCosts => "partner_costs",
            P::Partner(i, None) | P::Service(i, None) | P::PartnerCost(i, None) => {
                return Step::Index(i)
            }
            P::Partner(_, Some(PartnerField::Name)) => "name",
            P::Partner(_, Some(PartnerField::Population)) => "population",
            P::Service(_, Some(field)) => return service_step(field),
            P::PartnerCost(_, Some(field)) => match field {
                PartnerCostField::Partner => "partner",
                PartnerCostField::Label => "label",
                PartnerCostField::Year => "year",
                PartnerCostField::Amount => "amount",
            },
            P::Uncertainty(None) => "uncertainty",
            P::Uncertainty(Some((range, None))) => range.name(),
            P::Uncertainty(Some((_, Some(end)))) => end.name(),
            P::Leaving(None) => "leaving",
            P::Leaving(Some(field)) => match field {
                LeavingField::Partner => "partner",
                LeavingField::Year => "year",
                LeavingField::ExitFee => "exit_fee",
            },
        };
        Step::Key(key)
    }
}

/// The last step of a path inside `services[i]`.
fn service_step(field: ServiceField) -> Step {
    let key = match field {
        ServiceField::Name => "name",
        ServiceField::Baseline(None) => "baseline",
        ServiceField::SavingRate => "saving_rate",
        ServiceField::SavingsStartYear => "savings_start_year",
        ServiceField::RampYears => "ramp_years",
        ServiceField::OneOffCost => "one_off_cost",
        ServiceField::OneOffProfile(None) => "one_off_profile",
        ServiceField::RunningCostRate => "running_cost_rate",
        ServiceField::FixedRunningCost => "fixed_running_cost",
        ServiceField::Split(None) => "split",
        ServiceField::Split(Some(SplitField::Basis)) => "basis",
        ServiceField::Split(Some(SplitField::Label)) => "label",
        ServiceField::Split(Some(SplitField::Values(None))) => "values",
        ServiceField::Baseline(Some(j))
        | ServiceField::OneOffProfile(Some(j))
        | ServiceField::Split(Some(SplitField::Values(Some(j)))) => return Step::Index(j),
    };
    Step::Key(key)
}

impl fmt::Display for FieldPath {
    /// The spec's path syntax: `services[2].baseline[1]`, `uncertainty.savings.low`, or
    /// nothing for the whole file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parent = self.parent().filter(|p| *p != FieldPath::File);
        if let Some(parent) = parent {
            write!(f, "{parent}")?;
        }
        match self.step() {
            Step::Root => Ok(()),
            Step::Index(i) => write!(f, "[{i}]"),
            Step::Key(key) if parent.is_some() => write!(f, ".{key}"),
            Step::Key(key) => f.write_str(key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_in_the_spec_syntax() {
        let cases = [
            (FieldPath::File, ""),
            (FieldPath::PriceBaseYear, "price_base_year"),
            (FieldPath::Partners, "partners"),
            (FieldPath::Partner(3, None), "partners[3]"),
            (
                FieldPath::Partner(2, Some(PartnerField::Population)),
                "partners[2].population",
            ),
            (
                FieldPath::Service(2, Some(ServiceField::Baseline(Some(1)))),
                "services[2].baseline[1]",
            ),
            (
                FieldPath::Service(0, Some(ServiceField::OneOffProfile(Some(4)))),
                "services[0].one_off_profile[4]",
            ),
            (
                FieldPath::Service(
                    1,
                    Some(ServiceField::Split(Some(SplitField::Values(Some(0))))),
                ),
                "services[1].split.values[0]",
            ),
            (
                FieldPath::Service(1, Some(ServiceField::Split(None))),
                "services[1].split",
            ),
            (
                FieldPath::PartnerCost(5, Some(PartnerCostField::Amount)),
                "partner_costs[5].amount",
            ),
            (FieldPath::PartnerCost(5, None), "partner_costs[5]"),
            (
                FieldPath::Uncertainty(Some((UncertaintyRange::OneOffCosts, Some(RangeEnd::High)))),
                "uncertainty.one_off_costs.high",
            ),
            (FieldPath::Uncertainty(None), "uncertainty"),
            (FieldPath::Source, "source"),
            (
                FieldPath::Leaving(Some(LeavingField::ExitFee)),
                "leaving.exit_fee",
            ),
        ];
        for (path, written) in cases {
            assert_eq!(path.to_string(), written);
        }
    }

    #[test]
    fn covers_itself_and_what_is_inside() {
        let value = FieldPath::Service(
            1,
            Some(ServiceField::Split(Some(SplitField::Values(Some(0))))),
        );
        assert!(FieldPath::File.covers(value));
        assert!(FieldPath::Services.covers(value));
        assert!(FieldPath::Service(1, None).covers(value));
        assert!(FieldPath::Service(1, Some(ServiceField::Split(None))).covers(value));
        assert!(value.covers(value));
        assert!(!FieldPath::Service(10, None).covers(value));
        assert!(!FieldPath::Partners.covers(value));
        assert!(!value.covers(FieldPath::Service(1, None)));
        assert!(
            FieldPath::Uncertainty(None).covers(FieldPath::Uncertainty(Some((
                UncertaintyRange::Savings,
                Some(RangeEnd::Low)
            ))))
        );
    }
}
