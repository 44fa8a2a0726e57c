//! Turns the translation files (`locales/en.txt`, `locales/cy.txt`) into Rust, so every
//! message id the code names is checked at compile time, and a message missing from either
//! language, a plural form Welsh needs, or a `{placeholder}` one language forgot stops the
//! build with the file and line to fix.
//!
//! File format, one message per line: `id = text`. Plural messages give one line per CLDR
//! category, `id[one] = …`, chosen by the count `{n}`. Lines starting with `#` are comments.
#![allow(
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a build script stops the build with a message; it never runs in a browser"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// CLDR plural categories in the order the generated tables hold them.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The categories each language must give for a plural message.
const NEEDED: [(&str, &[&str]); 2] = [
    ("en", &["one", "other"]),
    ("cy", &["zero", "one", "two", "few", "many", "other"]),
];

struct Message {
    line: usize,
    forms: BTreeMap<&'static str, String>,
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut tables = Vec::new();
    for (lang, needed) in NEEDED {
        let path = format!("locales/{lang}.txt");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| fail(&path, 0, &e.to_string()));
        tables.push((lang, path.clone(), read(&path, &text, needed)));
    }
    let (_, en_path, en) = &tables[0];
    let (_, cy_path, cy) = &tables[1];
    check_same(en_path, en, cy_path, cy);
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    fs::write(out, generate(en, cy)).expect("OUT_DIR is writable");
}

fn fail(path: &str, line: usize, why: &str) -> ! {
    panic!("\n{path}:{line}: {why}\n")
}

fn read(path: &str, text: &str, needed: &[&str]) -> BTreeMap<String, Message> {
    let mut messages: BTreeMap<String, Message> = BTreeMap::new();
    let mut order = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(" = ") else {
            fail(path, line, "expected `id = text`")
        };
        let (id, category) = match key.split_once('[') {
            Some((id, rest)) => {
                let category = rest.strip_suffix(']').unwrap_or("");
                match CATEGORIES.iter().find(|c| **c == category) {
                    Some(c) => (id, *c),
                    None => fail(path, line, &format!("unknown plural form [{category}]")),
                }
            }
            None => (key, ""),
        };
        let well_formed = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            fail(
                path,
                line,
                &format!("id `{id}` must be lower-case words joined by `-`"),
            );
        }
        let message = messages.entry(id.to_owned()).or_insert_with(|| {
            order.push(id.to_owned());
            Message {
                line,
                forms: BTreeMap::new(),
            }
        });
        if message.forms.insert(category, value.to_owned()).is_some() {
            fail(path, line, &format!("`{key}` is given twice"));
        }
        if message.forms.contains_key("") && message.forms.len() > 1 {
            fail(path, line, &format!("`{id}` mixes plain and plural forms"));
        }
    }
    for (id, m) in &messages {
        if !m.forms.contains_key("") {
            for c in needed {
                if !m.forms.contains_key(c) {
                    fail(path, m.line, &format!("`{id}` needs the plural form [{c}]"));
                }
            }
        }
    }
    messages
}

fn placeholders(m: &Message) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for text in m.forms.values() {
        for part in text.split('{').skip(1) {
            if let Some((name, _)) = part.split_once('}') {
                names.insert(name.to_owned());
            }
        }
    }
    names.remove("n");
    names
}

fn check_same(
    en_path: &str,
    en: &BTreeMap<String, Message>,
    cy_path: &str,
    cy: &BTreeMap<String, Message>,
) {
    for (id, m) in en {
        let Some(other) = cy.get(id) else {
            fail(
                cy_path,
                0,
                &format!("`{id}` is missing (it is in {en_path})"),
            )
        };
        if m.forms.contains_key("") != other.forms.contains_key("") {
            fail(
                cy_path,
                other.line,
                &format!("`{id}` must be plural in both files or neither"),
            );
        }
        if placeholders(m) != placeholders(other) {
            fail(
                cy_path,
                other.line,
                &format!(
                    "`{id}` has placeholders {:?} but {en_path} has {:?}",
                    placeholders(other),
                    placeholders(m)
                ),
            );
        }
    }
    for (id, m) in cy {
        if !en.contains_key(id) {
            fail(cy_path, m.line, &format!("`{id}` is not in {en_path}"));
        }
    }
}

/// `headline-npv` → `HeadlineNpv`.
fn variant(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A message's forms as a Rust string literal: its one form, or every CLDR category's in
/// [`CATEGORIES`] order (falling back to `other`), joined by the unit separator U+001F, so
/// `other` is last. One string per language keeps each message's table entry to two
/// string slices, not two slices of them: the residents' program carries every message it
/// can show, and the pointers compress worse than the words.
fn forms(m: &Message) -> String {
    let forms: Vec<&str> = match m.forms.get("") {
        Some(plain) => vec![plain.as_str()],
        None => CATEGORIES
            .iter()
            .map(|c| m.forms.get(c).unwrap_or(&m.forms["other"]).as_str())
            .collect(),
    };
    format!("{:?}", forms.join("\u{1f}"))
}

/// Each message is a constant pointing at its own words, not an index into one big table: a
/// program carries only the messages its code can show, so the residents' page (which shows
/// a few dozen) does not download the calculator's hundreds, in either language.
fn generate(en: &BTreeMap<String, Message>, cy: &BTreeMap<String, Message>) -> String {
    let mut out = String::from(
        "/// A message in both languages: one form, or one per CLDR plural category joined by U+001F.\n\
         #[derive(Debug, PartialEq, Eq, Hash)]\n\
         pub struct Words {\n    en: &'static str,\n    cy: &'static str,\n}\n\n\
         /// Every message the app shows, one per id in `locales/en.txt`; generated by `build.rs`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub struct Msg(&'static Words);\n\n\
         #[allow(non_upper_case_globals)]\n\
         impl Msg {\n",
    );
    for (id, m) in en {
        let _ = writeln!(
            out,
            "    /// `{id}`\n    pub const {}: Msg = Msg(&Words {{ en: {}, cy: {} }});",
            variant(id),
            forms(m),
            forms(&cy[id])
        );
    }
    let _ = writeln!(out, "\n    /// Every message, in id order (for checks; the app never lists them).\n    pub const ALL: [Msg; {}] = [", en.len());
    for id in en.keys() {
        let _ = writeln!(out, "        Msg::{},", variant(id));
    }
    out.push_str(
        "    ];\n\n    /// The id the translation files use (for checks and messages about them).\n    \
         pub fn id(self) -> &'static str {\n        \
         Msg::ALL.iter().position(|m| *m == self).and_then(|i| IDS.get(i).copied()).unwrap_or(\"?\")\n    }\n\n    \
         /// The message's forms in `lang`, joined by U+001F ([`FORM_SEPARATOR`]).\n    \
         fn forms(self, lang: Lang) -> &'static str {\n        \
         match lang {\n            Lang::En => self.0.en,\n            Lang::Cy => self.0.cy,\n        }\n    }\n}\n\n",
    );
    out.push_str("static IDS: &[&str] = &[\n");
    for id in en.keys() {
        let _ = writeln!(out, "    {id:?},");
    }
    out.push_str("];\n");
    out
}
