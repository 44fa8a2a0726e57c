//! "What has happened elsewhere": reported outcomes of shared services, quoted as their
//! sources reported them (see `shared/evidence.md`). Context for the reader, never defaults.
//! The words are messages, so a Welsh page describes each case in Welsh; the sources' titles
//! and the organisations' names stay as they were published.

use crate::i18n::Msg;

/// One reported case.
pub struct Case {
    /// What was shared, and where.
    pub case: Msg,
    /// What was reported, in the source's terms.
    pub reported: Msg,
    /// Who reported it.
    pub source: Msg,
}

/// The cases, from the headline promise to the audited outcomes.
pub const CASES: &[Case] = &[
    Case {
        case: Msg::EvidenceUkEstimateCase,
        reported: Msg::EvidenceUkEstimateReported,
        source: Msg::EvidenceUkEstimateSource,
    },
    Case {
        case: Msg::EvidenceFlimsyCase,
        reported: Msg::EvidenceFlimsyReported,
        source: Msg::EvidenceFlimsySource,
    },
    Case {
        case: Msg::EvidenceTradingStandardsCase,
        reported: Msg::EvidenceTradingStandardsReported,
        source: Msg::EvidenceTradingStandardsSource,
    },
    Case {
        case: Msg::EvidenceWestSuffolkCase,
        reported: Msg::EvidenceWestSuffolkReported,
        source: Msg::EvidenceWestSuffolkSource,
    },
    Case {
        case: Msg::EvidenceSouthWestOneCase,
        reported: Msg::EvidenceSouthWestOneReported,
        source: Msg::EvidenceSouthWestOneSource,
    },
    Case {
        case: Msg::EvidenceCentralGovernmentCase,
        reported: Msg::EvidenceCentralGovernmentReported,
        source: Msg::EvidenceCentralGovernmentSource,
    },
    Case {
        case: Msg::EvidenceSomersetWestCase,
        reported: Msg::EvidenceSomersetWestReported,
        source: Msg::EvidenceSomersetWestSource,
    },
    Case {
        case: Msg::EvidenceLgaCase,
        reported: Msg::EvidenceLgaReported,
        source: Msg::EvidenceLgaSource,
    },
    Case {
        case: Msg::EvidenceScotlandCase,
        reported: Msg::EvidenceScotlandReported,
        source: Msg::EvidenceScotlandSource,
    },
    Case {
        case: Msg::EvidenceEnglishCouncilsCase,
        reported: Msg::EvidenceEnglishCouncilsReported,
        source: Msg::EvidenceEnglishCouncilsSource,
    },
];

/// How real partnerships split costs, which is why each service has its own split.
pub const SPLIT_PRACTICE: Msg = Msg::EvidenceSplitPractice;

/// The source of [`SPLIT_PRACTICE`].
pub const SPLIT_PRACTICE_SOURCE: Msg = Msg::EvidenceSplitPracticeSource;
