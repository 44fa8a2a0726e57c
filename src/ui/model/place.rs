//! Placing an engine problem on the box it is about: the box's element id, and the words a
//! person knows it by, in the page's language. One exhaustive `match` over the field's path,
//! so a field added to the engine cannot be forgotten here.

use super::build::display_name;
use super::ids::{self, ServiceBox};
use super::path::{FieldPath, ServiceField};
use super::ranges;
use super::typed::Typed;
use sharecalc_core::engine::Scenario;
use sharecalc_core::i18n::{fill, t, Lang, Msg};

/// The box (element id, empty for none) and its words in `lang` for the engine path `path`
/// of `s`, the scenario read from `typed`.
pub fn place(lang: Lang, path: &str, typed: &Typed, s: &Scenario) -> (String, String) {
    let words = |msg: Msg| t(lang, msg).to_owned();
    let top = |id: &str, msg: Msg| (id.to_owned(), words(msg));
    let partner_label = |i: usize| match s.partners.get(i) {
        Some(p) => display_name(&p.name, t(lang, Msg::KindPartner), i),
        None => display_name("", t(lang, Msg::BuildKindPartnerLower), i),
    };
    match FieldPath::parse(path) {
        FieldPath::Scenario => (String::new(), words(Msg::BuildLabelScenario)),
        FieldPath::Title => top(ids::TITLE, Msg::EditorTitleLabel),
        FieldPath::Currency => top(ids::CURRENCY, Msg::EditorCurrencyLabel),
        FieldPath::FirstYear => top(ids::FIRST_YEAR, Msg::EditorFirstYearLabel),
        FieldPath::HorizonYears => top(ids::HORIZON_YEARS, Msg::EditorHorizonLabel),
        FieldPath::DiscountRate => top(ids::DISCOUNT_RATE, Msg::BuildLabelDiscountRate),
        FieldPath::CostGrowth => top(ids::COST_GROWTH, Msg::BuildLabelCostGrowth),
        FieldPath::Realisation => top(ids::REALISATION, Msg::BuildLabelRealisation),
        FieldPath::OptimismBias => top(ids::OPTIMISM_BIAS, Msg::BuildLabelOptimismBias),
        FieldPath::Partners => top(ids::PARTNERS, Msg::EditorPartnersHeading),
        FieldPath::PartnerName(i) => match typed.partners.get(i) {
            Some(p) => (
                ids::partner_name(p.key),
                fill(lang, Msg::BuildLabelPartnerName, &[("n", &(i + 1))]),
            ),
            None => top(ids::PARTNERS, Msg::EditorPartnersHeading),
        },
        FieldPath::PartnerPopulation(i) => match typed.partners.get(i) {
            Some(p) => (
                ids::partner_population(p.key),
                fill(
                    lang,
                    Msg::BuildLabelPopulation,
                    &[("partner", &partner_label(i))],
                ),
            ),
            None => top(ids::PARTNERS, Msg::EditorPartnersHeading),
        },
        FieldPath::Services => top(ids::SERVICES, Msg::EditorServicesHeading),
        FieldPath::Service(i, field) => {
            let Some(svc) = typed.services.get(i) else {
                return top(ids::SERVICES, Msg::EditorServicesHeading);
            };
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
            // A partner's cell: its box and label, or `whole` when there is no such partner.
            let cell = |p: Option<usize>, id: fn(u32, u32) -> String, msg: Msg, whole| {
                let partner = p.and_then(|p| typed.partners.get(p).map(|x| (p, x.key)));
                match partner {
                    Some((p, key)) => (
                        id(svc.key, key),
                        fill(
                            lang,
                            msg,
                            &[("service", &shown), ("partner", &partner_label(p))],
                        ),
                    ),
                    None => whole,
                }
            };
            match field {
                ServiceField::Name => about(ServiceBox::Name, Msg::BuildLabelServiceName),
                ServiceField::Baseline(p) => cell(
                    p,
                    ids::baseline,
                    Msg::EditorBaselineLabel,
                    about(ServiceBox::Name, Msg::BuildLabelAnnualCosts),
                ),
                ServiceField::SavingRate => {
                    about(ServiceBox::SavingRate, Msg::BuildLabelSavingRate)
                }
                ServiceField::RampYears => about(ServiceBox::RampYears, Msg::EditorRampYearsLabel),
                ServiceField::OneOffCost => about(ServiceBox::OneOffCost, Msg::EditorOneOffLabel),
                ServiceField::RunningCostRate => {
                    about(ServiceBox::RunningCostRate, Msg::BuildLabelRunningCost)
                }
                ServiceField::SplitBasis => about(ServiceBox::Basis, Msg::EditorSplitLabel),
                ServiceField::SplitLabel => {
                    about(ServiceBox::DriverLabel, Msg::BuildLabelDriverName)
                }
                ServiceField::SplitValues(p) => cell(
                    p,
                    ids::driver,
                    Msg::BuildLabelDriverValue,
                    about(ServiceBox::Basis, Msg::BuildLabelDriverValues),
                ),
                ServiceField::Other => about(ServiceBox::Name, Msg::BuildLabelServiceOther),
            }
        }
        FieldPath::Range(range, end) => ranges::locate(lang, &range, end.as_deref()),
    }
}
