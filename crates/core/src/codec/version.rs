//! The one way into a scenario from JSON, for links, files and saved scenarios alike: parse,
//! bring an older format up to date by its `version`, refuse a newer one, then let the
//! engine read and validate. Owns format dispatch; the format itself is the engine's.

use std::cmp::Ordering;

use serde_json::Value;

use super::error::{JsonDetail, LinkError};
use crate::engine::{
    json_problem, FieldError, FieldPath, Scenario, FORMAT_VERSION, OLDEST_VERSION,
};
use crate::i18n::{Msg, Text};

/// Reads a scenario from JSON text of any format version this app knows.
pub fn scenario_from_json(text: &str) -> Result<Scenario, LinkError> {
    let value: Value = serde_json::from_str(text).map_err(|e| unreadable(text, &e))?;
    let current = upgrade(value.clone())?;
    let read = if current == value {
        // Already current: the engine re-reads the text itself, keeping every number exactly
        // as written (serde_json alone may read a 17-digit number one unit off).
        Scenario::from_json_str(text)
    } else {
        Scenario::from_json_value(&current)
    };
    read.map_err(|errors| LinkError::Invalid { errors })
}

/// Why `text`, which should hold a scenario's JSON, could not be parsed, in the terms of the
/// person who opened it: text that does not start like JSON (a CSV, a document, nothing) is
/// not a scenario at all; JSON that stops before its end was cut short; anything else is
/// broken at a place the message names. A scenario, or a list of them, starts with `{` or `[`.
pub(super) fn unreadable(text: &str, e: &serde_json::Error) -> LinkError {
    match text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .chars()
        .next()
    {
        Some('{' | '[') if e.is_eof() => LinkError::CutShort,
        Some('{' | '[') => LinkError::BadJson {
            detail: JsonDetail::Parser(json_problem(e)),
        },
        _ => LinkError::NotScenario,
    }
}

/// The fields every scenario has; JSON with none of them is some other program's data.
const SCENARIO_FIELDS: [&str; 3] = ["version", "partners", "services"];

/// Reads a scenario from parsed JSON of any format version this app knows; for JSON that is
/// already parsed, like an entry of the saved list.
pub fn scenario_from_value(value: Value) -> Result<Scenario, LinkError> {
    let current = upgrade(value)?;
    Scenario::from_json_value(&current).map_err(|errors| LinkError::Invalid { errors })
}

/// Brings a scenario in any known format to one the engine's reader takes, dispatching on its
/// `version`: the current format and format 1 pass as they are (format 1 is format 2 without
/// the v2 fields, and the reader gives those their defaults, which keep the version 1
/// figures), a newer one is refused with [`LinkError::NewerVersion`], and a missing or
/// impossible version is an error naming `version`. JSON that is not an object, or an object
/// with none of a scenario's fields, is [`LinkError::NotScenario`].
pub fn upgrade(value: Value) -> Result<Value, LinkError> {
    let Some(object) = value.as_object() else {
        return Err(LinkError::NotScenario);
    };
    if !SCENARIO_FIELDS.iter().any(|f| object.contains_key(*f)) {
        return Err(LinkError::NotScenario);
    }
    let version = match object.get("version") {
        None => return Err(version_error(Text::new(Msg::FieldMissing))),
        Some(v) => match v.as_f64() {
            Some(n) if n.fract() == 0.0 => n,
            _ => return Err(version_error(Text::new(Msg::FieldWhole))),
        },
    };
    match version.total_cmp(&f64::from(FORMAT_VERSION)) {
        Ordering::Equal => Ok(value),
        // The `as` saturates: a version too big for u64 is still newer.
        Ordering::Greater => Err(LinkError::NewerVersion {
            found: version as u64,
        }),
        // A later format that is not a superset of the one before would rewrite the JSON
        // here, one step at a time. Format 1 is the first, so nothing below it is a version.
        Ordering::Less if version >= f64::from(OLDEST_VERSION) => Ok(value),
        Ordering::Less => Err(version_error(
            Text::new(Msg::FieldAtLeast).arg("min", OLDEST_VERSION),
        )),
    }
}

/// A problem with the `version` field, in the engine's error shape.
fn version_error(message: Text) -> LinkError {
    LinkError::Invalid {
        errors: vec![FieldError::new(FieldPath::Version, message)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn version_message(value: Value) -> String {
        match upgrade(value) {
            Err(LinkError::Invalid { errors }) => errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn known_versions_pass_unchanged_for_the_reader() {
        for v in [
            json!({"version": 2, "anything": [1, 2]}),
            json!({"version": 1, "anything": [1, 2]}),
            json!({"version": 1.0}),
        ] {
            assert_eq!(upgrade(v.clone()), Ok(v));
        }
    }

    #[test]
    fn newer_versions_are_refused_by_number() {
        assert_eq!(
            upgrade(json!({"version": 3})),
            Err(LinkError::NewerVersion { found: 3 })
        );
        assert_eq!(
            upgrade(json!({"version": 1e300})),
            Err(LinkError::NewerVersion { found: u64::MAX })
        );
    }

    #[test]
    fn impossible_versions_name_the_field() {
        assert_eq!(
            version_message(json!({"partners": [], "services": []})),
            "version: is missing"
        );
        assert_eq!(
            version_message(json!({"version": "1"})),
            "version: must be a whole number"
        );
        assert_eq!(
            version_message(json!({"version": 1.5})),
            "version: must be a whole number"
        );
        assert_eq!(
            version_message(json!({"version": 0})),
            "version: must be 1 or more"
        );
        assert_eq!(
            version_message(json!({"version": -3})),
            "version: must be 1 or more"
        );
    }

    #[test]
    fn json_that_is_not_a_scenario_is_called_that() {
        for value in [
            json!([1]),
            json!("text"),
            json!(42),
            json!(null),
            json!({}),
            json!({"name": "sharecalc", "dependencies": {}}),
        ] {
            assert_eq!(
                upgrade(value.clone()),
                Err(LinkError::NotScenario),
                "{value}"
            );
        }
        // One of a scenario's fields is enough to be read as one, and told what else is wrong.
        for value in [json!({"version": 2}), json!({"services": []})] {
            assert_ne!(upgrade(value), Err(LinkError::NotScenario));
        }
    }

    #[test]
    fn text_is_told_apart_from_broken_and_cut_short_json() {
        for text in [
            "",
            "   ",
            "Year,Cost\n2027,100\n",
            "PK\u{3}\u{4}",
            "<html>",
            "42",
        ] {
            assert_eq!(
                scenario_from_json(text),
                Err(LinkError::NotScenario),
                "{text:?}"
            );
        }
        for text in [
            "{",
            "{\"version\": 2, \"title\": \"A",
            "\n [ {\"version\": 2",
        ] {
            assert_eq!(
                scenario_from_json(text),
                Err(LinkError::CutShort),
                "{text:?}"
            );
        }
        assert!(matches!(
            scenario_from_json("{\"version\": 2 \"title\": \"A\"}"),
            Err(LinkError::BadJson { .. })
        ));
    }
}
