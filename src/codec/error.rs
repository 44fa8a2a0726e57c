//! Why a link, file or saved scenario could not be opened, in words for the person who
//! opened it. Owns the wording; deciding which error applies is for the readers.

use std::fmt;

use crate::engine::FieldError;

/// At most this many field problems are listed in a message; the rest are counted.
const LISTED_PROBLEMS: usize = 5;

/// Why a scenario could not be read from a link or a file. The page shows
/// [`LinkError::message`] (or [`LinkError::file_message`]) and never breaks.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// The payload has characters base64url never uses, or is cut short: the link was mangled.
    BadBase64,
    /// The payload is base64url but not a complete DEFLATE stream: truncated or altered.
    BadDeflate,
    /// The payload inflates to more than [`crate::codec::link::MAX_INFLATED_BYTES`]: no real
    /// scenario is that big, so it was stopped while inflating.
    TooLarge,
    /// The text is not JSON; `detail` is the parser's account of where.
    BadJson {
        /// The parser's message, like `expected value at line 1 column 1`.
        detail: String,
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

/// Where the scenario came from, so the words match what the person did.
#[derive(Clone, Copy)]
pub(super) enum Source {
    Link,
    File,
    Saved,
}

impl LinkError {
    /// Plain English about a link that could not be opened, for the page's error box.
    pub fn message(&self) -> String {
        self.describe(Source::Link)
    }

    /// Plain English about a file (or saved scenario) that could not be opened.
    pub fn file_message(&self) -> String {
        self.describe(Source::File)
    }

    /// The message for a scenario that came from `source`.
    pub(super) fn describe(&self, source: Source) -> String {
        let (this, scenario, check) = match source {
            Source::Link => (
                "This link",
                "This link's scenario",
                "Check that you copied the whole link.",
            ),
            Source::File => (
                "This file",
                "This file's scenario",
                "Check that you chose a sharecalc scenario file.",
            ),
            Source::Saved => (
                "This saved scenario",
                "This saved scenario",
                "It may have been changed outside sharecalc.",
            ),
        };
        match self {
            LinkError::BadBase64 | LinkError::BadDeflate => format!(
                "{this} is incomplete or has been changed: part of it could not be read. {check}"
            ),
            LinkError::TooLarge => format!(
                "{this} holds far more data than any sharecalc scenario, so it was not opened."
            ),
            LinkError::BadJson { detail } => {
                format!("{this} does not hold a scenario sharecalc can read ({detail}). {check}")
            }
            LinkError::NewerVersion { found } => format!(
                "This scenario was made with a newer version of sharecalc (format {found}). \
                 Open it with the latest version."
            ),
            LinkError::Invalid { errors } => format!("{scenario} {}", problems(errors)),
        }
    }
}

/// "has a problem: a: b" or "has 3 problems: a: b; c: d; e: f", listing at most
/// [`LISTED_PROBLEMS`].
fn problems(errors: &[FieldError]) -> String {
    let listed: Vec<String> = errors
        .iter()
        .take(LISTED_PROBLEMS)
        .map(ToString::to_string)
        .collect();
    let unlisted = errors.len().saturating_sub(LISTED_PROBLEMS);
    let more = match unlisted {
        0 => String::new(),
        n => format!("; and {n} more"),
    };
    match errors.len() {
        0 => "is not valid.".to_owned(),
        1 => format!("has a problem: {}.", listed.join("")),
        n => format!("has {n} problems: {}{more}.", listed.join("; ")),
    }
}

impl fmt::Display for LinkError {
    /// The link wording of [`LinkError::message`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for LinkError {}
