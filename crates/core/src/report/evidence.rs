//! "What has happened elsewhere": reported outcomes of shared services, quoted as their
//! sources reported them (see `shared/evidence.md`). Context for the reader, never defaults.
//! The words are messages, so a Welsh page describes each case in Welsh; the sources are cited
//! as they were published, in English, and marked as English on the page.

use crate::i18n::Msg;

/// One reported case.
pub struct Case {
    /// What was shared, and where.
    pub case: Msg,
    /// What was reported, in the source's terms.
    pub reported: Msg,
    /// Who reported it, cited as published (in English, whatever the page's language).
    pub source: &'static str,
}

/// The cases, from the headline promise to the audited outcomes.
pub const CASES: &[Case] = &[
    Case {
        case: Msg::EvidenceUkEstimateCase,
        reported: Msg::EvidenceUkEstimateReported,
        source: "Trade press, “Report backs shared services”, 2006",
    },
    Case {
        case: Msg::EvidenceFlimsyCase,
        reported: Msg::EvidenceFlimsyReported,
        source: "House of Commons Committee of Public Accounts, 2008",
    },
    Case {
        case: Msg::EvidenceTradingStandardsCase,
        reported: Msg::EvidenceTradingStandardsReported,
        source: "iESE news: “County trading standards merger will save £300,000”",
    },
    Case {
        case: Msg::EvidenceWestSuffolkCase,
        reported: Msg::EvidenceWestSuffolkReported,
        source: "East Anglian Daily Times: “West Suffolk shared services bring £3.5million in savings”",
    },
    Case {
        case: Msg::EvidenceSouthWestOneCase,
        reported: Msg::EvidenceSouthWestOneReported,
        source: "Computing: “Savings from Somerset shared services falling short of target”",
    },
    Case {
        case: Msg::EvidenceCentralGovernmentCase,
        reported: Msg::EvidenceCentralGovernmentReported,
        source: "National Audit Office, “Efficiency and reform in government corporate functions through shared service centres”, 2012",
    },
    Case {
        case: Msg::EvidenceSomersetWestCase,
        reported: Msg::EvidenceSomersetWestReported,
        source: "Somerset Leveller: “Savings? What savings?”",
    },
    Case {
        case: Msg::EvidenceLgaCase,
        reported: Msg::EvidenceLgaReported,
        source: "Local Government Association, “Productivity: shared services evaluation”",
    },
    Case {
        case: Msg::EvidenceScotlandCase,
        reported: Msg::EvidenceScotlandReported,
        source: "Improvement Service, “Review of major shared services initiatives”",
    },
    Case {
        case: Msg::EvidenceEnglishCouncilsCase,
        reported: Msg::EvidenceEnglishCouncilsReported,
        source: "Elston and Dixon, Public Money & Management, 2019",
    },
];

/// How real partnerships split costs, which is why each service has its own split.
pub const SPLIT_PRACTICE: Msg = Msg::EvidenceSplitPractice;

/// The source of [`SPLIT_PRACTICE`], cited as published.
pub const SPLIT_PRACTICE_SOURCE: &str = "South Hams District Council, Audit and Governance Committee, “Shared Services Methodology 2023/24”, 28 March 2024";

/// The language the sources are published in, for `lang` on their citations (WCAG 3.1.2).
pub const SOURCES_LANG: &str = "en-GB";
