//! "What has happened elsewhere": reported outcomes of shared services, quoted as their
//! sources reported them (see `shared/evidence.md`). Context for the reader, never defaults.

/// One reported case.
pub struct Case {
    /// What was shared, and where.
    pub case: &'static str,
    /// What was reported, in the source's terms.
    pub reported: &'static str,
    /// Who reported it.
    pub source: &'static str,
}

/// The cases, from the headline promise to the audited outcomes.
pub const CASES: &[Case] = &[
    Case {
        case: "UK government estimate (2006)",
        reported: "20% a year, about £1.4bn, could be saved by sharing services across the public sector. Reported alongside the Local Government White Paper \u{201c}Strong and Prosperous Communities\u{201d}, which encouraged councils to share back-office systems but did not make it compulsory.",
        source: "Trade press, \u{201c}Report backs shared services\u{201d}, 2006",
    },
    Case {
        case: "The same £1.4bn estimate",
        reported: "Called \u{201c}a flimsy estimate at best\u{201d}.",
        source: "House of Commons Committee of Public Accounts, 2008",
    },
    Case {
        case: "Surrey and Buckinghamshire trading standards merger",
        reported: "About 10% of the combined budget saved over three years.",
        source: "iESE news: \u{201c}County trading standards merger will save £300,000\u{201d}",
    },
    Case {
        case: "West Suffolk (Forest Heath and St Edmundsbury) shared services",
        reported: "£3.5m a year saved, about £1m above plan; £2.7m redundancy cost for 48 posts.",
        source: "East Anglian Daily Times: \u{201c}West Suffolk shared services bring £3.5million in savings\u{201d}",
    },
    Case {
        case: "South West One (Somerset)",
        reported: "£6m of savings delivered against £190m projected.",
        source: "Computing: \u{201c}Savings from Somerset shared services falling short of target\u{201d}",
    },
    Case {
        case: "Central government shared service centres",
        reported: "Five centres cost £1.4bn against £0.9bn planned.",
        source: "National Audit Office, \u{201c}Efficiency and reform in government corporate functions through shared service centres\u{201d}, 2012",
    },
    Case {
        case: "Somerset West and Taunton merger",
        reported: "Redundancy bill of £6.35m against a £3.7m estimate.",
        source: "Somerset Leveller: \u{201c}Savings? What savings?\u{201d}",
    },
    Case {
        case: "LGA shared-service case studies",
        reported: "Five case studies paid back in under two years.",
        source: "Local Government Association, \u{201c}Productivity: shared services evaluation\u{201d}",
    },
    Case {
        case: "Scottish public-sector back offices",
        reported: "Sharing rarely turns positive in under five years.",
        source: "Improvement Service, \u{201c}Review of major shared services initiatives\u{201d}",
    },
    Case {
        case: "English councils, all (academic study)",
        reported: "No significant savings found from shared administration or tax collection.",
        source: "Elston and Dixon, Public Money & Management, 2019",
    },
];

/// How real partnerships split costs, which is why each service has its own split.
pub const SPLIT_PRACTICE: &str = "South Hams and West Devon (a shared workforce since 2007) use a different driver per service: member services equally (50/50), planning by applications (75/25), HR by headcount (82/18), council tax by properties (63/37), the contact centre by calls (70/30), housing benefit by claims (60/40) and legal by time recorded (70/30).";

/// The source of [`SPLIT_PRACTICE`].
pub const SPLIT_PRACTICE_SOURCE: &str =
    "South Hams District Council, Audit and Governance Committee, \u{201c}Shared Services Methodology 2023/24\u{201d}, 28 March 2024";
