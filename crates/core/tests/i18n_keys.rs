//! The translation files are complete and tidy: every message is in both languages with the
//! plural forms each needs and the same placeholders, and every message is used by the code.
//! (`build.rs` refuses to compile a missing message; this test says so independently, and is
//! the only check that a message is still used.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use sharecalc_core::i18n::{count, fill, t, Lang, Msg};

/// id → plural forms given (empty for a plain message) and placeholders used.
fn messages(lang: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let text = fs::read_to_string(format!("locales/{lang}.txt")).expect("translation file");
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once(" = ").expect("id = text");
        let (id, form) = match key.split_once('[') {
            Some((id, form)) => (id, form.trim_end_matches(']')),
            None => (key, ""),
        };
        let entry = out.entry(id.to_owned()).or_default();
        if !form.is_empty() {
            entry.0.insert(form.to_owned());
        }
        for part in value.split('{').skip(1) {
            if let Some((name, _)) = part.split_once('}') {
                if name != "n" {
                    entry.1.insert(name.to_owned());
                }
            }
        }
    }
    out
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    let en = messages("en");
    let cy = messages("cy");
    let en_ids: BTreeSet<&String> = en.keys().collect();
    let cy_ids: BTreeSet<&String> = cy.keys().collect();
    assert_eq!(
        en_ids, cy_ids,
        "the two files must have the same message ids"
    );
    for (id, (forms, names)) in &en {
        let (cy_forms, cy_names) = &cy[id];
        assert_eq!(names, cy_names, "{id}: placeholders differ");
        if forms.is_empty() {
            assert!(cy_forms.is_empty(), "{id}: plural in Welsh only");
        } else {
            assert_eq!(
                forms,
                &set(&["one", "other"]),
                "{id}: English needs one and other"
            );
            assert_eq!(
                cy_forms,
                &set(&["zero", "one", "two", "few", "many", "other"]),
                "{id}: Welsh needs all six plural forms"
            );
        }
    }
    assert_eq!(en.len(), Msg::ALL.len(), "every message id is compiled in");
}

fn rust_sources(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&fs::read_to_string(&path).expect("source file"));
        }
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    // Every program's code: the core, the calculator (the workspace root) and the other crates.
    let mut code = String::new();
    rust_sources(Path::new("../../src"), &mut code);
    rust_sources(Path::new("../../crates"), &mut code);
    let unused: Vec<&str> = Msg::ALL
        .iter()
        .map(|m| m.id())
        .filter(|id| {
            let variant: String = id
                .split('-')
                .map(|w| w[..1].to_uppercase() + &w[1..])
                .collect();
            !code.contains(&format!("Msg::{variant}"))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn no_message_is_empty_or_left_in_english_by_mistake() {
    for m in Msg::ALL {
        let en = count(Lang::En, m, 5, &[]);
        let cy = count(Lang::Cy, m, 5, &[]);
        assert!(!en.trim().is_empty() && !cy.trim().is_empty(), "{}", m.id());
    }
    // Spot checks that the tables line up with the ids.
    assert_eq!(t(Lang::Cy, Msg::PageLanguageLabel), "Iaith");
    assert_eq!(t(Lang::En, Msg::HeadlineNpvLabel), "Net present value");
}

#[test]
fn welsh_counts_take_the_right_plural_form() {
    let years = |n| count(Lang::Cy, Msg::CountYears, n, &[]);
    assert_eq!(years(1), "1 flwyddyn");
    assert_eq!(years(2), "2 flynedd");
    assert_eq!(years(3), "3 blynedd");
    assert_eq!(years(10), "10 o flynyddoedd");
    assert_eq!(count(Lang::En, Msg::CountYears, 1, &[]), "1 year");
    assert_eq!(count(Lang::En, Msg::CountYears, 10, &[]), "10 years");
    let title = "x";
    assert_eq!(
        fill(Lang::Cy, Msg::PageTitleError, &[("title", &title)]),
        "Gwall: x"
    );
}
