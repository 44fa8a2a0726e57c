//! Reading workbooks back for the tests: LibreOffice recalculating every formula and writing
//! each sheet as CSV, the cells the workbook itself stores (formulas' cached values), and an
//! input changed in the file as a reader would change it.
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test support, as the tests themselves: a failure stops the test at once and says where"
)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

/// The CSV filter: comma, double quotes, UTF-8, full precision ("save as shown" off), values
/// not formulas, every sheet to its own file (`-1`).
const CSV_FILTER: &str =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/// LibreOffice's setting that recalculates every formula of an xlsx file on loading it
/// (OOXMLRecalcMode 0, "always"), rather than trusting the values the file stores.
const ALWAYS_RECALCULATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#;

/// A sheet as rows of cells' text.
pub type Grid = Vec<Vec<String>>;

/// Every sheet of every workbook, as LibreOffice recalculated it: file stem → sheet → grid.
pub struct Recalculated {
    pub books: HashMap<String, HashMap<String, Grid>>,
}

impl Recalculated {
    /// The sheet `sheet` of the workbook `stem`.
    pub fn sheet(&self, stem: &str, sheet: &str) -> &Grid {
        self.books
            .get(stem)
            .and_then(|b| b.get(sheet))
            .unwrap_or_else(|| panic!("LibreOffice wrote no sheet {sheet:?} for {stem}"))
    }
}

/// A new empty folder for this run.
fn scratch(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("sharecalc-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Recalculates every workbook with LibreOffice in one run (`soffice --convert-to csv`
/// recalculates each formula before writing) and reads every sheet back. Fails, never skips,
/// when LibreOffice is missing: `scripts/setup.sh` installs it.
pub fn recalculate(books: &[(String, Vec<u8>)]) -> Recalculated {
    let dir = scratch("workbooks");
    let profile = dir.join("profile");
    std::fs::create_dir_all(profile.join("user")).expect("a profile folder");
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        ALWAYS_RECALCULATE,
    )
    .expect("the recalculation setting");
    let out = dir.join("out");
    let mut paths = Vec::new();
    for (stem, bytes) in books {
        let path = dir.join(format!("{stem}.xlsx"));
        std::fs::write(&path, bytes).expect("a workbook file");
        paths.push(path);
    }
    let started = Instant::now();
    let run = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir"])
        .arg(&out)
        .args(&paths)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap_or_else(|e| {
            panic!("LibreOffice (soffice) must be installed to test the workbooks: run scripts/setup.sh ({e})")
        });
    eprintln!(
        "soffice recalculated {} workbooks in {:.1} s",
        books.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        run.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut result = Recalculated {
        books: HashMap::new(),
    };
    for entry in std::fs::read_dir(&out).expect("soffice's output") {
        let path = entry.expect("an output file").path();
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let Some((stem, sheet)) = books
            .iter()
            .find_map(|(stem, _)| name.strip_prefix(&format!("{stem}-")).map(|s| (stem, s)))
        else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("a CSV file");
        result
            .books
            .entry(stem.clone())
            .or_default()
            .insert(sheet.to_owned(), parse_csv(&text));
    }
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line ends), read as the
/// app reads a CSV of baselines.
pub fn parse_csv(text: &str) -> Grid {
    sharecalc_core::codec::cells::split(text, ',')
}

/// A cell's text as a number: LibreOffice writes a percentage with its sign.
pub fn number(text: &str) -> Option<f64> {
    match text.strip_suffix('%') {
        Some(percent) => percent.parse::<f64>().ok().map(|x| x / 100.0),
        None => text.parse().ok(),
    }
}

/// The files of an xlsx workbook by name.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an xlsx is a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("a file of the zip");
            let mut data = Vec::new();
            file.read_to_end(&mut data).expect("its bytes");
            (file.name().expect("a file name").into_owned(), data)
        })
        .collect()
}

/// The workbook again, from its files.
pub fn rezip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, data) in files {
        out.start_file(name.as_str(), options)
            .expect("a new file in the zip");
        out.write_all(data).expect("its bytes");
    }
    out.finish().expect("the zip").into_inner()
}

/// The XML of sheet number `n` (from 1, in the workbook's order).
pub fn sheet_xml(files: &[(String, Vec<u8>)], n: usize) -> String {
    let name = format!("xl/worksheets/sheet{n}.xml");
    let data = files
        .iter()
        .find(|(f, _)| *f == name)
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(data).expect("UTF-8 XML")
}

/// One cell the workbook stores: its address, whether it holds a formula, and the value
/// stored with it (a formula's cached value), XML entities undone.
#[derive(Debug)]
pub struct StoredCell {
    pub address: String,
    pub formula: Option<String>,
    pub value: String,
    /// `t="s"` (an index into the shared strings), `t="str"`, `t="b"`, or empty for a number.
    pub kind: String,
}

fn attribute(tag: &str, name: &str) -> String {
    tag.split_once(&format!(" {name}=\""))
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(v, _)| v.to_owned())
        .unwrap_or_default()
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text.get(start..)?.find(close)? + start;
    text.get(start..end)
}

/// Undoes the XML escapes rust_xlsxwriter writes.
pub fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every cell of a sheet's XML.
pub fn stored_cells(xml: &str) -> Vec<StoredCell> {
    let mut cells = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<c ") {
        rest = &rest[start..];
        let tag_end = rest.find('>').expect("a closed tag");
        let tag = &rest[..tag_end];
        if tag.ends_with('/') {
            rest = &rest[tag_end..];
            continue;
        }
        let end = rest.find("</c>").expect("a closed cell");
        let body = &rest[tag_end + 1..end];
        cells.push(StoredCell {
            address: attribute(tag, "r"),
            formula: between(body, "<f>", "</f>").map(unescape),
            value: between(body, "<v>", "</v>")
                .map(unescape)
                .unwrap_or_default(),
            kind: attribute(tag, "t"),
        });
        rest = &rest[end..];
    }
    cells
}

/// The row and column (from 0) of an address like `AB12`.
pub fn row_col(address: &str) -> (usize, usize) {
    let letters: String = address
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let row: usize = address[letters.len()..].parse().expect("a row number");
    let col = letters
        .bytes()
        .fold(0usize, |acc, b| acc * 26 + usize::from(b - b'A' + 1));
    (row - 1, col - 1)
}

/// The workbook with the number in `address` on sheet `n` replaced by `value`, as a reader
/// typing a new figure into that cell would leave it.
pub fn with_number(bytes: &[u8], n: usize, address: &str, value: f64) -> Vec<u8> {
    let mut files = unzip(bytes);
    let name = format!("xl/worksheets/sheet{n}.xml");
    let xml = sheet_xml(&files, n);
    let open = format!("<c r=\"{address}\"");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("no cell {address}"));
    let end = start + xml[start..].find("</c>").expect("a closed cell");
    let cell = &xml[start..end];
    assert!(
        !cell.contains("<f>") && !cell.contains(" t="),
        "{address} is not a number: {cell}"
    );
    let v = cell.find("<v>").expect("a value") + start;
    let changed = format!("{}<v>{value}</v>{}", &xml[..v], &xml[end..]);
    let entry = files
        .iter_mut()
        .find(|(f, _)| *f == name)
        .expect("the sheet");
    entry.1 = changed.into_bytes();
    rezip(&files)
}
