//! The Welsh keeps the terms agreed in the November 2026 review (`shared/reviews/
//! welsh-2026-11.md`, "One term each, everywhere"): every message whose English uses a term
//! says it the agreed way in Welsh, so a box's label, its error, the analysis, the summary
//! and the statement cannot drift apart again. Also: "a"/"ac" before figures, one style of
//! the third person plural, and short money as "m" and "bn".

use sharecalc_core::i18n::{count, fill, said_with_vowel, t, Lang, Msg};

/// One agreed term: a message whose English has any of `english` (as whole words) must
/// contain one of `welsh` (written with the mutations the term takes) in its Welsh.
struct Term {
    english: &'static [&'static str],
    welsh: &'static [&'static str],
    /// Which messages the rule is for.
    applies_to: Kind,
    /// Messages that use the English words in another sense, and why.
    except: &'static [(&'static str, &'static str)],
}

/// Labels (English with no full stop, question or exclamation mark at the end) or sentences.
#[derive(PartialEq)]
enum Kind {
    All,
    Labels,
    Sentences,
}

const fn term(english: &'static [&'static str], welsh: &'static [&'static str]) -> Term {
    Term {
        english,
        welsh,
        applies_to: Kind::All,
        except: &[],
    }
}

const COST: [&str; 8] = [
    "cost untro",
    "gost untro",
    "chost untro",
    "nghost untro",
    "costau untro",
    "gostau untro",
    "chostau untro",
    "nghostau untro",
];

/// "With the keyboard alone" means with nothing but the keyboard: "yn unig".
const KEYBOARD_ALONE: (&str, &str) = (
    "statement-tested-keyboard",
    "\"the keyboard alone\" means only the keyboard",
);

/// The review's list, in its order.
const TERMS: &[Term] = &[
    // Planned saving: "arbediad arfaethedig" in labels, "a gynlluniwyd" allowed in sentences.
    term(
        &["planned saving", "planned savings"],
        &["arfaethedig", "a gynlluniwyd"],
    ),
    Term {
        applies_to: Kind::Labels,
        ..term(&["planned saving", "planned savings"], &["arfaethedig"])
    },
    term(
        &[
            "share of planned savings that arrives",
            "share of savings that arrives",
        ],
        &["cyfran yr arbedion arfaethedig sy'n cyrraedd"],
    ),
    term(&["reality check"], &["gwiriad realiti"]),
    term(
        &["years to full savings"],
        &["blynyddoedd nes cael yr arbedion llawn"],
    ),
    // Payback, the noun: "blwyddyn ad-dalu"; a label "Pays back in" is the noun too.
    term(&["payback"], &["ad-dalu"]),
    Term {
        applies_to: Kind::Labels,
        ..term(&["pays back"], &["ad-dalu"])
    },
    term(&["break-even"], &["adennill costau"]),
    term(&["embedded"], &["wedi'i hymgorffori"]),
    term(&["default"], &["diofyn"]),
    term(&["there is a problem"], &["mae problem wedi codi"]),
    // Running cost: singular and plural as in the English.
    term(&["running cost"], &["cost rhedeg", "gost rhedeg"]),
    term(&["running costs"], &["costau rhedeg", "gostau rhedeg"]),
    // Alone: "ar ei ben ei hun" in sentences, "ar wahân" only in labels.
    Term {
        applies_to: Kind::Labels,
        except: &[KEYBOARD_ALONE],
        ..term(
            &["alone"],
            &["ar wahân", "ar ei ben ei hun", "ar eu pen eu hunain"],
        )
    },
    Term {
        applies_to: Kind::Sentences,
        except: &[
            KEYBOARD_ALONE,
            (
                "results-partners-caption",
                "defines the column \"Cost alone\" by its name",
            ),
            (
                "method-net-saving",
                "defines the column \"Cost alone\" by its name",
            ),
            (
                "method-costs-of-sharing",
                "\"falls on one partner alone\" means on that partner only: \"yn unig\"",
            ),
            (
                "report-summary-own-cost-one",
                "\"would fall on {names} alone\" means on them only: \"yn unig\"",
            ),
        ],
        ..term(
            &["alone"],
            &[
                "ar ei ben ei hun",
                "ar eu pen eu hunain",
                "ar ei phen ei hun",
            ],
        )
    },
    // Kept: the review confirmed these.
    term(
        &["net present value", "npv"],
        &["gwerth presennol net", "werth presennol net"],
    ),
    term(
        &["discount rate"],
        &["cyfradd ddisgowntio", "gyfradd ddisgowntio"],
    ),
    term(
        &["optimism bias"],
        &["tuedd optimistiaeth", "duedd optimistiaeth"],
    ),
    term(&["switching values"], &["gwerthoedd newid"]),
    term(&["one-off cost", "one-off costs"], &COST),
    Term {
        except: &[(
            "field-basis-one-of",
            "lists the values a scenario file holds, which stay in English",
        )],
        ..term(&["driver"], &["sbardun"])
    },
    term(
        &["current spend", "today's spend"],
        &["gwariant presennol", "wariant presennol"],
    ),
    term(
        &["financial year", "financial years"],
        &[
            "blwyddyn ariannol",
            "flwyddyn ariannol",
            "mlwyddyn ariannol",
        ],
    ),
    term(
        &["shared service", "shared services", "shared-service"],
        &[
            "gwasanaethau a rennir",
            "wasanaethau a rennir",
            "gwasanaeth a rennir",
        ],
    ),
];

/// Every form of a message in `lang`, lower-case, one per line.
fn forms(lang: Lang, msg: Msg) -> String {
    let mut all: Vec<String> = Vec::new();
    for n in [0, 1, 2, 3, 6, 10] {
        let form = count(lang, msg, n, &[]).to_lowercase();
        if !all.contains(&form) {
            all.push(form);
        }
    }
    all.join("\n")
}

/// `text` without its `{placeholders}`, whose names are code, not words.
fn words_only(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        rest = after.split_once('}').map_or("", |(_, tail)| tail);
    }
    out.push_str(rest);
    out
}

/// Whether `text` has `phrase` as whole words ("running cost" is not in "running costs").
fn has_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text.get(..i).and_then(|b| b.chars().next_back());
        let after = text.get(i + phrase.len()..).and_then(|a| a.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn is_label(english: &str) -> bool {
    !english.trim_end().ends_with(['.', '?', '!'])
}

#[test]
fn every_message_uses_the_agreed_welsh_term() {
    let mut wrong = Vec::new();
    for term in TERMS {
        let mut used = 0;
        for msg in Msg::ALL {
            let english = words_only(&forms(Lang::En, msg));
            let welsh = forms(Lang::Cy, msg);
            let kind = if is_label(&english) {
                Kind::Labels
            } else {
                Kind::Sentences
            };
            let uses = term.english.iter().any(|e| has_words(&english, e))
                && (term.applies_to == Kind::All || term.applies_to == kind);
            if !uses || term.except.iter().any(|(id, _)| *id == msg.id()) {
                continue;
            }
            used += 1;
            if !term.welsh.iter().any(|w| welsh.contains(w)) {
                wrong.push(format!(
                    "{}: \"{}\" should be {:?} in Welsh: {welsh}",
                    msg.id(),
                    term.english.join("\" or \""),
                    term.welsh
                ));
            }
        }
        assert!(
            used > 0,
            "no message uses {:?}: is the term still needed?",
            term.english
        );
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn the_exceptions_are_still_exceptions() {
    // Each exception still exists and still uses the English words, so the list stays short.
    for term in TERMS {
        for (id, why) in term.except {
            let msg = Msg::ALL
                .into_iter()
                .find(|m| m.id() == *id)
                .unwrap_or_else(|| panic!("{id} ({why}) is no longer a message"));
            let english = words_only(&forms(Lang::En, msg));
            assert!(
                term.english.iter().any(|e| has_words(&english, e)),
                "{id} ({why}) no longer uses {:?}",
                term.english
            );
        }
    }
}

#[test]
fn the_error_summary_and_title_use_the_gov_uk_welsh_words() {
    assert_eq!(t(Lang::Cy, Msg::ErrorSummaryTitle), "Mae problem wedi codi");
    for msg in Msg::ALL {
        if forms(Lang::En, msg).starts_with("error:") {
            assert!(forms(Lang::Cy, msg).starts_with("gwall:"), "{}", msg.id());
        }
    }
}

/// Third person plural written the short way, throughout.
const LITERARY_PLURALS: [&str; 20] = [
    "ydynt",
    "oeddent",
    "maent",
    "byddant",
    "byddent",
    "fyddent",
    "gallant",
    "allant",
    "dylent",
    "ganddynt",
    "ohonynt",
    "rhyngddynt",
    "iddynt",
    "ynddynt",
    "arnynt",
    "amdanynt",
    "hebddynt",
    "wrthynt",
    "hwy",
    "hwythau",
];

#[test]
fn the_third_person_plural_is_one_style_throughout() {
    let mut found = Vec::new();
    for msg in Msg::ALL {
        let welsh = forms(Lang::Cy, msg);
        for word in welsh.split(|c: char| !c.is_alphanumeric()) {
            if LITERARY_PLURALS.contains(&word) {
                found.push(format!("{}: {word}", msg.id()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use the nhw forms (maen nhw, nid ydyn nhw, ganddyn nhw): {found:?}"
    );
}

#[test]
fn short_money_is_m_and_bn_in_welsh_too() {
    assert_eq!(t(Lang::Cy, Msg::MoneyMillions), "m");
    assert_eq!(t(Lang::Cy, Msg::MoneyBillions), "bn");
    for msg in Msg::ALL {
        let welsh = count(Lang::Cy, msg, 10, &[]);
        let capital_m = welsh.match_indices('M').any(|(i, _)| {
            let before = welsh.get(..i).and_then(|b| b.chars().next_back());
            let after = welsh.get(i + 1..).and_then(|a| a.chars().next());
            before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(char::is_alphanumeric)
        });
        assert!(!capital_m, "{}: write millions as m: {welsh}", msg.id());
    }
}

#[test]
fn welsh_writes_ac_before_a_figure_said_with_a_vowel() {
    let between = |min: &str, max: &str| {
        fill(
            Lang::Cy,
            Msg::FieldBetween,
            &[
                ("field", &"Blynyddoedd i'w harfarnu"),
                ("min", &min),
                ("max", &max),
            ],
        )
    };
    assert_eq!(
        between("1", "8"),
        "Blynyddoedd i'w harfarnu: rhaid i'r gwerth fod rhwng 1 ac 8"
    );
    assert_eq!(
        between("1", "30"),
        "Blynyddoedd i'w harfarnu: rhaid i'r gwerth fod rhwng 1 a 30"
    );
    assert_eq!(
        between("0%", "80%"),
        "Blynyddoedd i'w harfarnu: rhaid i'r gwerth fod rhwng 0% ac 80%"
    );
    assert_eq!(
        between("0%", "100%"),
        "Blynyddoedd i'w harfarnu: rhaid i'r gwerth fod rhwng 0% a 100%"
    );
    let partners = |max: u32| {
        fill(
            Lang::Cy,
            Msg::FieldPartnerCount,
            &[("field", &"Partneriaid"), ("min", &2), ("max", &max)],
        )
    };
    assert_eq!(
        partners(20),
        "Partneriaid: mae angen rhwng 2 ac 20 o bartneriaid"
    );
    assert_eq!(
        partners(12),
        "Partneriaid: mae angen rhwng 2 ac 12 o bartneriaid"
    );
    assert_eq!(
        partners(10),
        "Partneriaid: mae angen rhwng 2 a 10 o bartneriaid"
    );
    let more = |n: u32| {
        fill(
            Lang::Cy,
            Msg::ErrorProblemsMore,
            &[("problems", &"gwall"), ("more", &n)],
        )
    };
    assert_eq!(more(11), "gwall; ac 11 arall");
    assert_eq!(more(3), "gwall; a 3 arall");
    // Money and names after "a" and "na" (than) too; English is never touched.
    let annual = fill(
        Lang::Cy,
        Msg::ResultsChartAnnualDescription,
        &[
            ("first", &"2027/28"),
            ("first_alone", &"£9.5m"),
            ("first_shared", &"£8.1m"),
            ("last", &"2031/32"),
            ("last_alone", &"£10m"),
            ("last_shared", &"£7.2m"),
        ],
    );
    assert!(
        annual.contains("£9.5m ar eu pen eu hunain ac £8.1m wrth rannu"),
        "{annual}"
    );
    assert!(
        annual.contains("£10m ar eu pen eu hunain a £7.2m wrth rannu"),
        "{annual}"
    );
    assert_eq!(
        fill(
            Lang::Cy,
            Msg::AnalysisSwitchingDiscountStopsAbove,
            &[("rate", &"8%")]
        ),
        "Mae rhannu'n peidio â thalu ar gyfradd ddisgowntio uwch nag 8%."
    );
    assert_eq!(
        fill(
            Lang::En,
            Msg::FieldBetween,
            &[
                ("field", &"Years to appraise"),
                ("min", &"1"),
                ("max", &"8")
            ]
        ),
        "Years to appraise must be between 1 and 8"
    );
}

#[test]
fn figures_written_into_the_welsh_follow_the_same_rule() {
    // "Rhwng 2 ac 20", "rhwng 300 a 5000": a figure the translator typed after "a"/"ac",
    // "na"/"nag" or "â"/"ag" takes the form the code would choose.
    let pairs = [("a", "ac"), ("na", "nag"), ("â", "ag")];
    let mut wrong = Vec::new();
    for msg in Msg::ALL {
        let welsh = count(Lang::Cy, msg, 10, &[]);
        let words: Vec<&str> = welsh.split(' ').collect();
        for pair in words.windows(2) {
            let [word, next] = pair else { continue };
            if !next.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let word = word.to_lowercase();
            for (short, long) in pairs {
                let expected = if said_with_vowel(next) { long } else { short };
                if (word == short || word == long) && word != expected {
                    wrong.push(format!(
                        "{}: \"{word} {next}\" should be \"{expected} {next}\"",
                        msg.id()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}
