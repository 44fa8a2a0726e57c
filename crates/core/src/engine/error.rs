//! The one error type of reading and validation: which field, and what to do about it.

use std::fmt;

use super::path::FieldPath;
use crate::i18n::{fill, t, Lang, Msg, Text};

/// A problem with one field of a scenario, named by its path so the UI can point at it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The field, written like `services[2].baseline[1]`; [`FieldPath::File`] for the whole file.
    pub path: FieldPath,
    /// What to do about it, to be put into words in the reader's language. Most messages are
    /// sentences about a `{field}` the reader fills in ("{field} must be 0 or more"), so each
    /// language can place the field's name where its grammar wants it; see
    /// [`FieldError::sentence`] and [`FieldError::describe`].
    pub message: Text,
}

impl FieldError {
    /// Builds an error about the field at `path`.
    pub fn new(path: FieldPath, message: Text) -> Self {
        FieldError { path, message }
    }

    /// Whether this error is about `path` itself or something inside it (`partners` covers
    /// `partners[0].name`, but `services[1]` does not cover `services[10]`).
    pub fn covers(&self, path: FieldPath) -> bool {
        self.path.covers(path)
    }

    /// The message as a sentence about `field`, the words a person knows the box by:
    /// "Discount rate must be between 0% and 20%". A message with no place for the field
    /// is put after it with a colon.
    pub fn sentence(&self, lang: Lang, field: &str) -> String {
        if t(lang, self.message.msg).contains("{field}") {
            self.message.clone().arg("field", field).render(lang)
        } else {
            let problem = self.message.render(lang);
            fill(
                lang,
                Msg::ErrorFieldProblem,
                &[("field", &field), ("problem", &problem)],
            )
        }
    }

    /// The message about the field's path, as a link or file error lists it:
    /// `services[2].baseline[1]: must be 0 or more`, or just the message when the path is
    /// empty. A path is not a word of the sentence, so it is always followed by a colon.
    pub fn describe(&self, lang: Lang) -> String {
        if self.path == FieldPath::File {
            return self.message.render(lang);
        }
        let template = t(lang, self.message.msg);
        let field = if template.contains("{field}") && !template.contains("{field}:") {
            format!("{}:", self.path)
        } else {
            self.path.to_string()
        };
        self.sentence(lang, &field)
    }
}

impl fmt::Display for FieldError {
    /// [`FieldError::describe`] in English, for logs and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for FieldError {}
