//! The service lines a shared service can use (the data README's list), by the table's
//! database code, with their names in the app's words. Back-office services (HR, finance, ICT,
//! legal) have no line: councils recharge them into the service lines.

use super::file::{Councils, Kind};
use crate::i18n::{t, Lang, Msg};

/// Each usable line's database code and the app's name for it, in the order they are offered.
const SERVICES: [(&str, Msg); 23] = [
    ("envcll", Msg::CouncilsLineWasteCollection),
    ("envrcy", Msg::CouncilsLineRecycling),
    ("envstr", Msg::CouncilsLineStreetCleansing),
    ("envdsp", Msg::CouncilsLineWasteDisposal),
    ("envtrd", Msg::CouncilsLineTradeWaste),
    ("housgfcfbnfadm", Msg::CouncilsLineBenefitsAdmin),
    ("centaxadm", Msg::CouncilsLineTaxSupportAdmin),
    ("centaxoth", Msg::CouncilsLineTaxCollection),
    ("cencrp", Msg::CouncilsLineCorporateCore),
    ("planbld", Msg::CouncilsLineBuildingControl),
    ("plandvl", Msg::CouncilsLineDevelopmentControl),
    ("planplc", Msg::CouncilsLinePlanningPolicy),
    ("envrgltrd", Msg::CouncilsLineTradingStandards),
    ("envrglenvfd", Msg::CouncilsLineFoodSafety),
    ("envrglenvenv", Msg::CouncilsLineEnvironmentalProtection),
    ("envrglenvlcn", Msg::CouncilsLineLicensing),
    ("envrglenvpst", Msg::CouncilsLinePestControl),
    ("envcmmcct", Msg::CouncilsLineCctv),
    ("cenemr", Msg::CouncilsLineEmergencyPlanning),
    ("transprk", Msg::CouncilsLineParking),
    ("cullib", Msg::CouncilsLineLibraries),
    ("envcmt", Msg::CouncilsLineBereavement),
    ("cencrn", Msg::CouncilsLineCoroners),
];

/// The app's name for the line with database code `code`, if it offers that line.
pub fn service_name(lang: Lang, code: &str) -> Option<&'static str> {
    SERVICES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, msg)| t(lang, *msg))
}

impl Councils {
    /// The lines the app offers, as indices into [`Councils::lines`], in the app's order. A
    /// line in the file that the app has no name for is not offered.
    pub fn usable_lines(&self) -> Vec<usize> {
        SERVICES
            .iter()
            .filter_map(|(code, _)| self.lines.iter().position(|l| l.code == *code))
            .collect()
    }
}

impl Kind {
    /// The kind in words, for the list of councils: "District council".
    pub fn words(self, lang: Lang) -> &'static str {
        let msg = match self {
            Kind::District => Msg::CouncilsKindDistrict,
            Kind::County => Msg::CouncilsKindCounty,
            Kind::Unitary => Msg::CouncilsKindUnitary,
            Kind::Metropolitan => Msg::CouncilsKindMetropolitan,
            Kind::LondonBorough => Msg::CouncilsKindLondonBorough,
        };
        t(lang, msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils::{parse, SAMPLE};

    #[test]
    fn offers_the_lines_it_can_name_in_its_own_order() {
        let c = parse(SAMPLE).unwrap();
        assert_eq!(c.usable_lines(), [0, 1]);
        assert_eq!(service_name(Lang::En, "cullib"), Some("Libraries"));
        assert_eq!(service_name(Lang::En, "edutot"), None);
        let unknown = SAMPLE.replace("line\tcullib", "line\tedutot");
        assert_eq!(parse(&unknown).unwrap().usable_lines(), [0]);
    }

    #[test]
    fn every_kind_and_line_has_words_in_both_languages() {
        for lang in Lang::ALL {
            for kind in Kind::ALL {
                assert!(!kind.words(lang).is_empty());
            }
            for (code, _) in SERVICES {
                assert!(service_name(lang, code).is_some_and(|n| !n.is_empty()));
            }
        }
    }
}
