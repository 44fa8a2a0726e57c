//! The one error type of reading and validation: which field, and what to do about it.

use std::fmt;

/// A problem with one field of a scenario, named by its JSON path so the UI can point at it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// JSON path with 0-based indices, like `services[2].baseline[1]`; empty for the whole file.
    pub path: String,
    /// Plain-English message saying how to fix it, like `must be 0 or more`.
    pub message: String,
}

impl FieldError {
    /// Builds an error; a convenience so callers can pass `&str` or `String`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            path: path.into(),
            message: message.into(),
        }
    }

    /// Whether this error is about `path` itself or something inside it (`partners` covers
    /// `partners[0].name`, but `services[1]` does not cover `services[10]`).
    pub fn covers(&self, path: &str) -> bool {
        match path.strip_prefix(self.path.as_str()) {
            Some(rest) => self.path.is_empty() || rest.is_empty() || rest.starts_with(['.', '[']),
            None => false,
        }
    }
}

impl fmt::Display for FieldError {
    /// `path: message`, or just the message when the path is empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for FieldError {}
