//! Why a link, file or saved scenario could not be opened, in words for the person who
//! opened it. Owns the wording; deciding which error applies is for the readers.

use std::fmt;

use crate::engine::FieldError;
use crate::i18n::{count, fill, t, Lang, Msg, Text};

/// At most this many field problems are listed in a message; the rest are counted.
const LISTED_PROBLEMS: usize = 5;

/// Why a scenario could not be read from a link or a file. The page shows
/// [`LinkError::message`] (or [`LinkError::file_message`]) in its language and never breaks.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// The payload has characters base64url never uses, or is cut short: the link was mangled.
    BadBase64,
    /// The payload is base64url but not a complete DEFLATE stream: truncated or altered.
    BadDeflate,
    /// The payload inflates to more than [`crate::codec::link::MAX_INFLATED_BYTES`]: no real
    /// scenario is that big, so it was stopped while inflating.
    TooLarge,
    /// The text is not a scenario at all: it does not start like JSON (a spreadsheet saved as
    /// CSV, a document), or it is JSON with none of a scenario's fields.
    NotScenario,
    /// The text starts like a scenario but stops before its end: the file was cut short while
    /// being copied or downloaded, or the link was not copied whole.
    CutShort,
    /// The text is not JSON; `detail` says where or why.
    BadJson {
        /// What was wrong, like "something is wrong at line 1, character 1".
        detail: JsonDetail,
    },
    /// The scenario says it was written in a format newer than this app knows.
    NewerVersion {
        /// The `version` the scenario gives.
        found: u64,
    },
    /// The scenario was read but is not valid; each error names its field.
    Invalid {
        /// Every problem found, in file order.
        errors: Vec<FieldError>,
    },
}

/// What was wrong with text that should have held a scenario's JSON, kept as a value so the
/// message can be written in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonDetail {
    /// Where the JSON parser stopped, in words ([`crate::engine::json_problem`]): it points at
    /// a place in the text, in the reader's language.
    Parser(Text),
    /// The bytes are not UTF-8 text.
    NotText,
    /// An options file whose list holds no scenario.
    EmptyList,
}

impl JsonDetail {
    /// The detail in `lang`, for the brackets of the message.
    fn render(&self, lang: Lang) -> String {
        match self {
            JsonDetail::Parser(detail) => detail.render(lang),
            JsonDetail::NotText => t(lang, Msg::ErrorDetailNotText).to_owned(),
            JsonDetail::EmptyList => t(lang, Msg::ErrorDetailEmptyList).to_owned(),
        }
    }
}

/// Where the scenario came from, so the words match what the person did.
#[derive(Clone, Copy)]
pub(super) enum Source {
    Link,
    File,
    Saved,
}

/// The messages for one [`Source`]: whole sentences, since "this link" and "this file" change
/// the words around them in Welsh.
struct Words {
    not_scenario: Msg,
    cut_short: Msg,
    incomplete: Msg,
    too_large: Msg,
    bad_json: Msg,
    invalid: Msg,
    one_problem: Msg,
    problems: Msg,
}

impl Source {
    fn words(self) -> Words {
        match self {
            Source::Link => Words {
                not_scenario: Msg::ErrorLinkNotScenario,
                cut_short: Msg::ErrorLinkCutShort,
                incomplete: Msg::ErrorLinkIncomplete,
                too_large: Msg::ErrorLinkTooLarge,
                bad_json: Msg::ErrorLinkBadJson,
                invalid: Msg::ErrorLinkInvalid,
                one_problem: Msg::ErrorLinkOneProblem,
                problems: Msg::ErrorLinkProblems,
            },
            Source::File => Words {
                not_scenario: Msg::ErrorFileNotScenario,
                cut_short: Msg::ErrorFileCutShort,
                incomplete: Msg::ErrorFileIncomplete,
                too_large: Msg::ErrorFileTooLarge,
                bad_json: Msg::ErrorFileBadJson,
                invalid: Msg::ErrorFileInvalid,
                one_problem: Msg::ErrorFileOneProblem,
                problems: Msg::ErrorFileProblems,
            },
            Source::Saved => Words {
                not_scenario: Msg::ErrorSavedNotScenario,
                cut_short: Msg::ErrorSavedCutShort,
                incomplete: Msg::ErrorSavedIncomplete,
                too_large: Msg::ErrorSavedTooLarge,
                bad_json: Msg::ErrorSavedBadJson,
                invalid: Msg::ErrorSavedInvalid,
                one_problem: Msg::ErrorSavedOneProblem,
                problems: Msg::ErrorSavedProblems,
            },
        }
    }
}

impl LinkError {
    /// About a link that could not be opened, in `lang`, for the page's error box.
    pub fn message(&self, lang: Lang) -> String {
        self.describe(lang, Source::Link)
    }

    /// About a file (or saved scenario) that could not be opened, in `lang`.
    pub fn file_message(&self, lang: Lang) -> String {
        self.describe(lang, Source::File)
    }

    /// The message for a scenario that came from `source`.
    pub(super) fn describe(&self, lang: Lang, source: Source) -> String {
        let words = source.words();
        match self {
            LinkError::NotScenario => t(lang, words.not_scenario).to_owned(),
            LinkError::CutShort => t(lang, words.cut_short).to_owned(),
            LinkError::BadBase64 | LinkError::BadDeflate => t(lang, words.incomplete).to_owned(),
            LinkError::TooLarge => t(lang, words.too_large).to_owned(),
            LinkError::BadJson { detail } => {
                fill(lang, words.bad_json, &[("detail", &detail.render(lang))])
            }
            LinkError::NewerVersion { found } => {
                fill(lang, Msg::ErrorNewerVersion, &[("found", found)])
            }
            LinkError::Invalid { errors } => problems(lang, &words, errors),
        }
    }
}

/// "… has a problem: a: b." or "… has 3 problems: a: b; c: d; e: f.", listing at most
/// [`LISTED_PROBLEMS`] and counting the rest.
fn problems(lang: Lang, words: &Words, errors: &[FieldError]) -> String {
    let listed: Vec<String> = errors
        .iter()
        .take(LISTED_PROBLEMS)
        .map(|e| e.describe(lang))
        .collect();
    let listed = listed.join("; ");
    match errors.len() {
        0 => t(lang, words.invalid).to_owned(),
        1 => fill(lang, words.one_problem, &[("problem", &listed)]),
        n => {
            let unlisted = n.saturating_sub(LISTED_PROBLEMS);
            let list = if unlisted == 0 {
                listed
            } else {
                fill(
                    lang,
                    Msg::ErrorProblemsMore,
                    &[("problems", &listed), ("more", &unlisted)],
                )
            };
            count(lang, words.problems, n as u64, &[("problems", &list)])
        }
    }
}

impl fmt::Display for LinkError {
    /// The link wording of [`LinkError::message`], in English, for logs and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LinkError {}
