//! Scenarios ⇄ JSON files a person downloads, keeps and opens again, and the safe file
//! names downloads are given. Reading goes through the same path as links, so a file and a
//! link fail in the same ways.

use serde_json::Value;

use super::error::{JsonDetail, LinkError};
use super::link::MAX_OPTIONS;
use super::version::{scenario_from_json, scenario_from_value, unreadable};
use crate::engine::Scenario;
use crate::i18n::{Msg, Text};

/// Longest file name stem, in characters, so names stay readable and within every
/// filesystem's limit.
const MAX_STEM_CHARS: usize = 60;

/// Stem used when a title gives nothing usable.
const FALLBACK_STEM: &str = "sharecalc-scenario";

/// The scenario as an indented JSON file in the spec's format, ending in a newline.
pub fn to_file_json(s: &Scenario) -> String {
    let mut text = s.to_json_pretty();
    text.push('\n');
    text
}

/// Reads a scenario file, ignoring a UTF-8 byte order mark that some editors add on saving.
/// Errors are a link's; show them with [`LinkError::file_message`].
pub fn from_file_json(text: &str) -> Result<Scenario, LinkError> {
    scenario_from_json(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Options compared side by side as one file: a JSON array of scenarios in the spec's format,
/// the one being edited first. A single option is written as a plain scenario file, so a file
/// with no comparison stays exactly in the spec's format.
pub fn to_options_file_json(options: &[Scenario]) -> String {
    match options {
        [only] => to_file_json(only),
        _ => {
            let items: Vec<String> = options.iter().map(Scenario::to_json_pretty).collect();
            format!("[\n{}\n]\n", items.join(",\n"))
        }
    }
}

/// What an options file holds: its first [`MAX_OPTIONS`] scenarios, each read or with why
/// not, and how many it held in all, so that none is left out without a word.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionsFile {
    /// The options opened, in file order, the first being the scenario to edit.
    pub options: Vec<Result<Scenario, LinkError>>,
    /// How many scenarios the file holds.
    pub held: usize,
}

impl OptionsFile {
    /// A sentence saying that some options were left out, when any were.
    pub fn dropped_message(&self) -> Option<Text> {
        (self.held > self.options.len()).then(|| {
            Text::new(Msg::FileDropped)
                .arg("total", self.held)
                .arg("max", MAX_OPTIONS)
        })
    }
}

/// Reads a scenario file or an options file (a JSON array of scenarios, of which the first
/// [`MAX_OPTIONS`] are opened and the rest counted). Each option is read on its own, so a
/// broken one is reported alone; a file that is not JSON, or an empty array, fails whole.
pub fn from_options_file_json(text: &str) -> Result<OptionsFile, LinkError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.trim_start().starts_with('[') {
        return Ok(OptionsFile {
            options: vec![scenario_from_json(text)],
            held: 1,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| unreadable(text, &e))?;
    let items = match value {
        Value::Array(items) if !items.is_empty() => items,
        _ => {
            return Err(LinkError::BadJson {
                detail: JsonDetail::EmptyList,
            })
        }
    };
    let held = items.len();
    let options = items
        .into_iter()
        .take(MAX_OPTIONS)
        .map(scenario_from_value)
        .collect();
    Ok(OptionsFile { options, held })
}

/// A safe download name from a scenario title: lower-case ASCII letters, digits and single
/// hyphens (common accented letters, Welsh ones included, lose their accents), at most
/// 60 characters before `.ext`. `ext` is the program's own, like `json` or `csv`.
pub fn file_name(title: &str, ext: &str) -> String {
    let mut stem = String::new();
    for c in title.chars().flat_map(char::to_lowercase).map(unaccent) {
        if c.is_ascii_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    stem.truncate(MAX_STEM_CHARS);
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { FALLBACK_STEM } else { stem };
    format!("{stem}.{ext}")
}

/// The plain letter behind a common accented lower-case letter; others pass unchanged.
fn unaccent(c: char) -> char {
    const FOLDS: &[(&str, char)] = &[
        ("àáâãäåā", 'a'),
        ("çć", 'c'),
        ("èéêëē", 'e'),
        ("ìíîïī", 'i'),
        ("ñ", 'n'),
        ("òóôõöøō", 'o'),
        ("ùúûüū", 'u'),
        ("ẁẃŵẅ", 'w'),
        ("ỳýŷÿ", 'y'),
    ];
    FOLDS
        .iter()
        .find(|(accented, _)| accented.contains(c))
        .map_or(c, |&(_, plain)| plain)
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn names_are_slugs_of_the_title() {
        assert_eq!(
            file_name("Shared back office: 2027", "json"),
            "shared-back-office-2027.json"
        );
        assert_eq!(file_name("", "json"), "sharecalc-scenario.json");
        assert_eq!(file_name(" --!! ", "csv"), "sharecalc-scenario.csv");
        assert_eq!(file_name("Ynys Môn & Gŵyr", "csv"), "ynys-mon-gwyr.csv");
        assert_eq!(file_name("../../etc/passwd", "json"), "etc-passwd.json");
        assert_eq!(file_name("日本", "json"), "sharecalc-scenario.json");
    }

    #[test]
    fn long_titles_are_cut_without_a_trailing_hyphen() {
        let name = file_name(&"word ".repeat(40), "json");
        assert!(name.len() <= 60 + ".json".len(), "{name}");
        assert!(!name.contains("-.") && name.ends_with(".json"), "{name}");
    }
}
