//! Placing an engine problem on the box it is about: the box's element id, and the words a
//! person knows it by, in the page's language. One exhaustive `match` over the engine's typed
//! [`FieldPath`], with no catch-all: a field added to the format does not compile until it is
//! placed here.

use super::build::display_name;
use super::ids::{self, PartnerCostBox, ServiceBox};
use super::ranges;
use super::typed::{Typed, TypedService};
use sharecalc_core::engine::{
    FieldPath, LeavingField, PartnerCostField, PartnerField, Scenario, ServiceField, SplitField,
};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The box (element id, empty for none) and its words in `lang` for the field at `path` of
/// `s`, the scenario read from `typed`.
pub fn place(lang: Lang, path: FieldPath, typed: &Typed, s: &Scenario) -> (String, String) {
    let words = |msg: Msg| t(lang, msg).to_owned();
    let top = |id: &str, msg: Msg| (id.to_owned(), words(msg));
    // No box of the editor holds these (yet): the problem is listed without a link.
    let no_box = || (String::new(), words(Msg::BuildLabelScenario));
    match path {
        FieldPath::File | FieldPath::Version | FieldPath::Source => no_box(),
        FieldPath::OptimismBiasRunning => top(
            ids::OPTIMISM_BIAS_RUNNING,
            Msg::BuildLabelOptimismBiasRunning,
        ),
        FieldPath::PriceBaseYear => top(ids::PRICE_BASE_YEAR, Msg::EditorPriceBaseLabel),
        FieldPath::Inflation => top(ids::INFLATION, Msg::BuildLabelInflation),
        FieldPath::PartnerCosts => top(ids::PARTNER_COSTS, Msg::EditorPartnerCostsHeading),
        FieldPath::PartnerCost(i, field) => {
            let Some(c) = typed.partner_costs.get(i) else {
                return top(ids::PARTNER_COSTS, Msg::EditorPartnerCostsHeading);
            };
            let (b, msg) = match field {
                None | Some(PartnerCostField::Partner) => {
                    (PartnerCostBox::Partner, Msg::EditorPartnerCostPartnerLabel)
                }
                Some(PartnerCostField::Label) => {
                    (PartnerCostBox::Label, Msg::EditorPartnerCostLabelLabel)
                }
                Some(PartnerCostField::Year) => {
                    (PartnerCostBox::Year, Msg::EditorPartnerCostYearLabel)
                }
                Some(PartnerCostField::Amount) => {
                    (PartnerCostBox::Amount, Msg::EditorPartnerCostAmountLabel)
                }
            };
            (
                ids::partner_cost(c.key, b),
                fill(lang, msg, &[("n", &(i + 1))]),
            )
        }
        FieldPath::Leaving(None | Some(LeavingField::Partner)) => {
            top(ids::LEAVING_PARTNER, Msg::AnalysisLeavingPartner)
        }
        FieldPath::Leaving(Some(LeavingField::Year)) => {
            top(ids::LEAVING_YEAR, Msg::AnalysisLeavingLastYear)
        }
        FieldPath::Leaving(Some(LeavingField::ExitFee)) => {
            top(ids::LEAVING_FEE, Msg::AnalysisLeavingFee)
        }
        FieldPath::Title => top(ids::TITLE, Msg::EditorTitleLabel),
        FieldPath::Currency => top(ids::CURRENCY, Msg::EditorCurrencyLabel),
        FieldPath::FirstYear => top(ids::FIRST_YEAR, Msg::EditorFirstYearLabel),
        FieldPath::HorizonYears => top(ids::HORIZON_YEARS, Msg::EditorHorizonLabel),
        FieldPath::DiscountRate => top(ids::DISCOUNT_RATE, Msg::BuildLabelDiscountRate),
        FieldPath::CostGrowth => top(ids::COST_GROWTH, Msg::BuildLabelCostGrowth),
        FieldPath::Realisation => top(ids::REALISATION, Msg::BuildLabelRealisation),
        FieldPath::OptimismBias => top(ids::OPTIMISM_BIAS, Msg::BuildLabelOptimismBias),
        FieldPath::Partners => top(ids::PARTNERS, Msg::EditorPartnersHeading),
        FieldPath::Partner(i, field) => {
            let (Some(p), Some(field)) = (typed.partners.get(i), field) else {
                return top(ids::PARTNERS, Msg::EditorPartnersHeading);
            };
            match field {
                PartnerField::Name => (
                    ids::partner_name(p.key),
                    fill(lang, Msg::BuildLabelPartnerName, &[("n", &(i + 1))]),
                ),
                PartnerField::Population => (
                    ids::partner_population(p.key),
                    fill(
                        lang,
                        Msg::BuildLabelPopulation,
                        &[("partner", &partner_label(lang, s, i))],
                    ),
                ),
            }
        }
        FieldPath::Services => top(ids::SERVICES, Msg::EditorServicesHeading),
        FieldPath::Service(i, field) => match typed.services.get(i) {
            Some(svc) => place_in_service(lang, i, svc, field, typed, s),
            None => top(ids::SERVICES, Msg::EditorServicesHeading),
        },
        FieldPath::Uncertainty(Some((range, end))) => ranges::locate(lang, range, end),
        FieldPath::Uncertainty(None) => no_box(),
    }
}

/// The box and words for `field` of service `i` (its row `svc`); `None` is the service as a
/// whole.
fn place_in_service(
    lang: Lang,
    i: usize,
    svc: &TypedService,
    field: Option<ServiceField>,
    typed: &Typed,
    s: &Scenario,
) -> (String, String) {
    let shown = match s.services.get(i) {
        Some(x) => display_name(&x.name, t(lang, Msg::KindService), i),
        None => display_name("", t(lang, Msg::BuildKindServiceLower), i),
    };
    let about = |b: ServiceBox, msg: Msg| {
        (
            ids::service(svc.key, b),
            fill(lang, msg, &[("service", &shown)]),
        )
    };
    // One partner's cell of the service, or `whole` when there is no such partner.
    let cell = |p: Option<usize>, id: fn(u32, u32) -> String, msg: Msg, whole| match p
        .and_then(|p| typed.partners.get(p).map(|x| (p, x.key)))
    {
        Some((p, key)) => (
            id(svc.key, key),
            fill(
                lang,
                msg,
                &[("service", &shown), ("partner", &partner_label(lang, s, p))],
            ),
        ),
        None => whole,
    };
    let Some(field) = field else {
        return (ids::service(svc.key, ServiceBox::Name), shown.clone());
    };
    match field {
        ServiceField::Name => about(ServiceBox::Name, Msg::BuildLabelServiceName),
        ServiceField::Baseline(p) => cell(
            p,
            ids::baseline,
            Msg::EditorBaselineLabel,
            about(ServiceBox::Name, Msg::BuildLabelAnnualCosts),
        ),
        ServiceField::SavingRate => about(ServiceBox::SavingRate, Msg::BuildLabelSavingRate),
        ServiceField::RampYears => about(ServiceBox::RampYears, Msg::EditorRampYearsLabel),
        ServiceField::OneOffCost => about(ServiceBox::OneOffCost, Msg::EditorOneOffLabel),
        ServiceField::RunningCostRate => {
            about(ServiceBox::RunningCostRate, Msg::BuildLabelRunningCost)
        }
        ServiceField::Split(None | Some(SplitField::Basis)) => {
            about(ServiceBox::Basis, Msg::EditorSplitLabel)
        }
        ServiceField::Split(Some(SplitField::Label)) => {
            about(ServiceBox::DriverLabel, Msg::BuildLabelDriverName)
        }
        ServiceField::Split(Some(SplitField::Values(p))) => cell(
            p,
            ids::driver,
            Msg::BuildLabelDriverValue,
            about(ServiceBox::Basis, Msg::BuildLabelDriverValues),
        ),
        ServiceField::SavingsStartYear => {
            about(ServiceBox::SavingsStartYear, Msg::BuildLabelGoLive)
        }
        ServiceField::OneOffProfile(_) => {
            about(ServiceBox::OneOffProfile, Msg::BuildLabelOneOffProfile)
        }
        ServiceField::FixedRunningCost => {
            about(ServiceBox::FixedRunningCost, Msg::BuildLabelFixedRunning)
        }
    }
}

/// Partner `i` as a label names it: its name as read, "Partner 2" while it has none, and
/// "partner 2" when the scenario has no such partner.
fn partner_label(lang: Lang, s: &Scenario, i: usize) -> String {
    match s.partners.get(i) {
        Some(p) => display_name(&p.name, t(lang, Msg::KindPartner), i),
        None => display_name("", t(lang, Msg::BuildKindPartnerLower), i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sharecalc_core::engine::{RangeEnd, UncertaintyRange};
    use sharecalc_core::examples::default_scenario;

    fn placed(path: FieldPath) -> (String, String) {
        let s = default_scenario(Lang::En);
        place(Lang::En, path, &Typed::showing(&s, &mut 0), &s)
    }

    #[test]
    fn a_field_no_box_holds_is_listed_without_a_link() {
        for path in [
            FieldPath::File,
            FieldPath::Version,
            FieldPath::Uncertainty(None),
        ] {
            assert_eq!(placed(path), (String::new(), "Scenario".to_owned()));
        }
    }

    #[test]
    fn every_v2_field_is_placed_on_its_own_box() {
        // The example's partners have keys 0 to 3, its services 4 to 9 and its three
        // partner costs 10 to 12.
        let cases = [
            (
                FieldPath::Service(1, Some(ServiceField::OneOffProfile(Some(2)))),
                "service-5-one-off-profile",
                "Finance: one-off cost spread",
            ),
            (
                FieldPath::Service(1, Some(ServiceField::SavingsStartYear)),
                "service-5-savings-start-year",
                "Finance: year it goes live",
            ),
            (
                FieldPath::Service(0, Some(ServiceField::FixedRunningCost)),
                "service-4-fixed-running-cost",
                "HR and payroll: fixed running cost",
            ),
            (
                FieldPath::OptimismBiasRunning,
                "optimism-bias-running",
                "Optimism bias on running costs",
            ),
            (
                FieldPath::PriceBaseYear,
                "price-base-year",
                "Price base year",
            ),
            (FieldPath::Inflation, "inflation", "General inflation"),
            (
                FieldPath::PartnerCosts,
                "partner-costs-heading",
                "Costs that fall on one partner",
            ),
            (
                FieldPath::PartnerCost(1, Some(PartnerCostField::Amount)),
                "partner-cost-11-amount",
                "Cost 2: amount",
            ),
            (
                FieldPath::PartnerCost(0, None),
                "partner-cost-10-partner",
                "Cost 1: partner that bears it",
            ),
            (
                FieldPath::PartnerCost(9, Some(PartnerCostField::Year)),
                "partner-costs-heading",
                "Costs that fall on one partner",
            ),
            (
                FieldPath::Leaving(Some(LeavingField::ExitFee)),
                "leaving-fee",
                "Exit fee it pays the others",
            ),
            (
                FieldPath::Leaving(None),
                "leaving-partner",
                "Partner that leaves",
            ),
        ];
        for (path, id, label) in cases {
            let (got_id, got_label) = placed(path);
            assert_eq!(
                (got_id.as_str(), got_label.as_str()),
                (id, label),
                "{path:?}"
            );
        }
        let (id, label) = placed(FieldPath::Service(1, None));
        assert_eq!((id.as_str(), label.as_str()), ("service-5-name", "Finance"));
    }

    #[test]
    fn a_row_or_cell_that_is_not_there_falls_back_to_its_section_or_service() {
        let heading = |id: &str, label: &str| (id.to_owned(), label.to_owned());
        assert_eq!(
            placed(FieldPath::Partner(9, Some(PartnerField::Name))),
            heading("partners-heading", "Partners")
        );
        assert_eq!(
            placed(FieldPath::Partner(1, None)),
            heading("partners-heading", "Partners")
        );
        assert_eq!(
            placed(FieldPath::Service(60, None)),
            heading("services-heading", "Services")
        );
        assert_eq!(
            placed(FieldPath::Service(0, Some(ServiceField::Baseline(Some(7))))),
            heading("service-4-name", "HR and payroll: annual costs")
        );
        assert_eq!(
            placed(FieldPath::Service(
                0,
                Some(ServiceField::Split(Some(SplitField::Values(None))))
            )),
            heading("service-4-basis", "HR and payroll: driver values")
        );
    }

    #[test]
    fn a_range_is_placed_at_its_end_or_at_its_low_box() {
        let high =
            FieldPath::Uncertainty(Some((UncertaintyRange::OneOffCosts, Some(RangeEnd::High))));
        assert_eq!(placed(high).0, "uncertainty-one_off_costs-high");
        let whole = FieldPath::Uncertainty(Some((UncertaintyRange::RunningCosts, None)));
        assert_eq!(placed(whole).0, "uncertainty-running_costs-low");
    }
}
