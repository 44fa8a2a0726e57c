//! The calculator's layers, checked on its source: the model (`src/ui/model/`) never imports a
//! view, so data flows one way (what was typed → scenario → figures → views) and no import
//! circle can come back. A path that leaves the model (`crate::ui::editor`, or `super::` once
//! too often) fails this test with the file and line.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with how many modules deep below the model it is
/// (`model/mod.rs` is 0, `model/build.rs` 1, `model/build/tests.rs` 2).
fn sources(dir: &Path, depth: usize, out: &mut Vec<(PathBuf, usize)>) {
    // A folder that cannot be read adds nothing; the test then fails on too few files.
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, depth + 1, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let is_mod = path.file_name().is_some_and(|n| n == "mod.rs");
            out.push((path, if is_mod { depth } else { depth + 1 }));
        }
    }
}

/// Why `line` reaches outside the model from a file `depth` modules below it, if it does.
fn escape(line: &str, depth: usize) -> Option<String> {
    let code = line.split("//").next().unwrap_or_default();
    if code.contains("sharecalc::ui") {
        return Some("`sharecalc::ui` is the crate from outside".to_owned());
    }
    for (at, _) in code.match_indices("crate::") {
        let path = code.get(at..).unwrap_or_default();
        if !path.starts_with("crate::ui::model") {
            return Some(format!("`{path}` is outside the model"));
        }
    }
    let mut rest = code;
    while let Some(at) = rest.find("super::") {
        let mut chain = rest.get(at..).unwrap_or_default();
        let mut supers = 0;
        while let Some(after) = chain.strip_prefix("super::") {
            supers += 1;
            chain = after;
        }
        if supers > depth {
            return Some(format!(
                "{supers} × `super::` from depth {depth} leaves the model"
            ));
        }
        rest = chain;
    }
    None
}

#[test]
fn the_model_imports_no_view() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/model");
    let mut files = Vec::new();
    sources(&root, 0, &mut files);
    assert!(files.len() > 5, "the model's files are found: {files:?}");
    let mut problems = Vec::new();
    for (file, depth) in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if let Some(why) = escape(line, *depth) {
                problems.push(format!("{}:{}: {why}", file.display(), n + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_sees_a_view_import() {
    assert!(escape("use crate::ui::editor::Field;", 1).is_some());
    assert!(escape("use super::super::results::chart;", 1).is_some());
    assert!(escape("use super::super::compare;", 2).is_none());
    assert!(escape("use super::super::super::page;", 2).is_some());
    assert!(escape("use super::build::Issue;", 1).is_none());
    assert!(escape("use crate::ui::model::ids;", 1).is_none());
    assert!(escape("    // see crate::ui::editor for the boxes", 1).is_none());
}
