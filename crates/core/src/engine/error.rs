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
    /// is put after it with a colon (see [`field_problem`]); a label that already ends in a
    /// colon is not given a second one.
    pub fn sentence(&self, lang: Lang, field: &str) -> String {
        let template = t(lang, self.message.msg);
        if template.contains("{field}") {
            let field = before_colon(template, field);
            self.message.clone().arg("field", field).render(lang)
        } else {
            field_problem(lang, field, &self.message.render(lang))
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

/// Where JSON text stopped making sense, in words for the reader ("the text stops too early,
/// at line 1, character 24"), rather than the parser's own English.
pub fn json_problem(e: &serde_json::Error) -> Text {
    let msg = if e.is_eof() {
        Msg::JsonEndsEarly
    } else {
        Msg::JsonWrongAt
    };
    Text::new(msg)
        .arg("line", e.line())
        .arg("column", e.column())
}

/// "{field}: {problem}", a problem after the words that name its box, for messages with no
/// place of their own for the field (and for the error summary's lines). A label that already
/// ends in a colon ("Link to this scenario:") keeps just that one.
pub fn field_problem(lang: Lang, field: &str, problem: &str) -> String {
    let field = before_colon(t(lang, Msg::ErrorFieldProblem), field);
    fill(
        lang,
        Msg::ErrorFieldProblem,
        &[("field", &field), ("problem", &problem)],
    )
}

/// `field` as `template` writes it: without its own final colon when the template puts a
/// colon straight after `{field}`, so the two never stand side by side.
fn before_colon<'a>(template: &str, field: &'a str) -> &'a str {
    if template.contains("{field}:") {
        let trimmed = field.trim_end();
        trimmed.strip_suffix(':').unwrap_or(field)
    } else {
        field
    }
}

impl fmt::Display for FieldError {
    /// [`FieldError::describe`] in English, for logs and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for FieldError {}
