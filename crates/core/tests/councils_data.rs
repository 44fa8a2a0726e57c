//! The compact file the calculator ships (`assets/councils.tsv`) says exactly what the
//! published tables say. This test reads the originals in `data/` itself (its own Mac Roman
//! decoding and CSV parsing, nothing from `scripts/councils.py`) and compares every council,
//! every line and every figure, every name, type, county and population.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use sharecalc_core::councils::{parse, Councils, Figure, Kind, Nation};

/// Mac Roman's bytes 0x80–0xFF (Apple's published mapping).
#[rustfmt::skip]
const MAC_ROMAN: [char; 128] = [
    '\u{00C4}', '\u{00C5}', '\u{00C7}', '\u{00C9}', '\u{00D1}', '\u{00D6}', '\u{00DC}', '\u{00E1}',
    '\u{00E0}', '\u{00E2}', '\u{00E4}', '\u{00E3}', '\u{00E5}', '\u{00E7}', '\u{00E9}', '\u{00E8}',
    '\u{00EA}', '\u{00EB}', '\u{00ED}', '\u{00EC}', '\u{00EE}', '\u{00EF}', '\u{00F1}', '\u{00F3}',
    '\u{00F2}', '\u{00F4}', '\u{00F6}', '\u{00F5}', '\u{00FA}', '\u{00F9}', '\u{00FB}', '\u{00FC}',
    '\u{2020}', '\u{00B0}', '\u{00A2}', '\u{00A3}', '\u{00A7}', '\u{2022}', '\u{00B6}', '\u{00DF}',
    '\u{00AE}', '\u{00A9}', '\u{2122}', '\u{00B4}', '\u{00A8}', '\u{2260}', '\u{00C6}', '\u{00D8}',
    '\u{221E}', '\u{00B1}', '\u{2264}', '\u{2265}', '\u{00A5}', '\u{00B5}', '\u{2202}', '\u{2211}',
    '\u{220F}', '\u{03C0}', '\u{222B}', '\u{00AA}', '\u{00BA}', '\u{03A9}', '\u{00E6}', '\u{00F8}',
    '\u{00BF}', '\u{00A1}', '\u{00AC}', '\u{221A}', '\u{0192}', '\u{2248}', '\u{2206}', '\u{00AB}',
    '\u{00BB}', '\u{2026}', '\u{00A0}', '\u{00C0}', '\u{00C3}', '\u{00D5}', '\u{0152}', '\u{0153}',
    '\u{2013}', '\u{2014}', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\u{00F7}', '\u{25CA}',
    '\u{00FF}', '\u{0178}', '\u{2044}', '\u{20AC}', '\u{2039}', '\u{203A}', '\u{FB01}', '\u{FB02}',
    '\u{2021}', '\u{00B7}', '\u{201A}', '\u{201E}', '\u{2030}', '\u{00C2}', '\u{00CA}', '\u{00C1}',
    '\u{00CB}', '\u{00C8}', '\u{00CD}', '\u{00CE}', '\u{00CF}', '\u{00CC}', '\u{00D3}', '\u{00D4}',
    '\u{F8FF}', '\u{00D2}', '\u{00DA}', '\u{00DB}', '\u{00D9}', '\u{0131}', '\u{02C6}', '\u{02DC}',
    '\u{00AF}', '\u{02D8}', '\u{02D9}', '\u{02DA}', '\u{00B8}', '\u{02DD}', '\u{02DB}', '\u{02C7}',
];

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn mac_roman(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0..=0x7F => char::from(b),
            _ => MAC_ROMAN[usize::from(b - 0x80)],
        })
        .collect()
}

/// RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and line
/// breaks; rows end with LF or CRLF.
fn csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// What a published cell says, read independently of the app's file.
fn published(cell: &str) -> Figure {
    match cell.trim() {
        "..." | "\u{2026}" | "Category discontinued" | "" => Figure::NotPublished,
        number => Figure::Thousands(
            number
                .replace(',', "")
                .parse()
                .unwrap_or_else(|_| panic!("not a figure: {cell:?}")),
        ),
    }
}

fn shipped() -> Councils {
    let text = fs::read_to_string(repo("assets/councils.tsv")).expect("assets/councils.tsv");
    parse(&text).expect("the shipped file reads")
}

fn ra() -> Vec<Vec<String>> {
    let bytes = fs::read(repo("data/england-ra-2023-24/RA_2023-24_data_Part_1.csv"))
        .expect("the Revenue Account table");
    csv(&mac_roman(&bytes))
}

fn register() -> Vec<BTreeMap<String, String>> {
    let text = fs::read_to_string(repo(
        "data/uk-local-authorities/uk_local_authorities_future.csv",
    ))
    .expect("the register");
    let rows = csv(&text);
    let (header, rows) = rows.split_first().expect("a header");
    rows.iter()
        .map(|r| header.iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

#[test]
fn the_table_decodes_as_mac_roman() {
    let rows = ra();
    assert_eq!(rows[2][0].trim(), "Data are reported in \u{a3} thousand.");
    assert!(rows[9]
        .iter()
        .any(|n| n.contains("management \u{2013} bus lane")));
    assert!(rows[9]
        .iter()
        .any(|n| n.contains("young people\u{2019}s services")));
    assert!(rows.iter().flatten().any(|c| c == "\u{2026}"));
    assert!(rows[9..]
        .iter()
        .all(|r| r.len() == rows[9].len() || r.iter().all(String::is_empty)));
}

#[test]
fn every_figure_equals_the_published_table() {
    let data = shipped();
    let rows = ra();
    let (codes, names) = (&rows[6], &rows[9]);
    assert_eq!(names[1], "ONS Code");
    assert!(
        rows[0][0].contains(data.source.year()),
        "the table is for {}",
        data.source.year()
    );
    let by_code: BTreeMap<&str, &Vec<String>> = rows[10..]
        .iter()
        .filter(|r| ["SD", "SC", "UA", "MD", "LB"].contains(&r.get(3).map_or("", String::as_str)))
        .map(|r| (r[1].as_str(), r))
        .collect();
    assert_eq!(by_code.len(), 317, "English councils in the table");
    assert_eq!(data.councils.len(), by_code.len(), "every council, once");
    assert!(
        data.councils.windows(2).all(|w| w[0].name < w[1].name),
        "in name order, which search keeps within each rank"
    );
    assert_eq!(data.lines.len(), 23, "the usable lines");
    assert_eq!(
        data.usable_lines().len(),
        data.lines.len(),
        "the app names every line"
    );
    let columns: Vec<usize> = data
        .lines
        .iter()
        .map(|l| {
            let i = codes
                .iter()
                .position(|c| *c == l.code)
                .expect("the line's column");
            assert_eq!(names[i].trim(), l.published_name);
            assert_eq!(rows[8][i], l.number);
            i
        })
        .collect();
    let mut compared = 0;
    for council in &data.councils {
        let row = by_code[council.code.as_str()];
        let kind = match row[3].as_str() {
            "SD" => Kind::District,
            "SC" => Kind::County,
            "UA" => Kind::Unitary,
            "MD" => Kind::Metropolitan,
            _ => Kind::LondonBorough,
        };
        assert_eq!(council.kind, kind, "{}", council.name);
        for (line, &column) in columns.iter().enumerate() {
            assert_eq!(
                council.figure(line),
                published(&row[column]),
                "{} ({}), {}",
                council.name,
                council.code,
                data.lines[line].published_name
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 317 * 23);
    let no_return: Vec<&str> = data
        .councils
        .iter()
        .filter(|c| !c.has_return())
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        no_return.len(),
        12,
        "the dozen councils with no return: {no_return:?}"
    );
    assert!(no_return.contains(&"Slough") && no_return.contains(&"Cumberland"));
}

#[test]
fn names_types_counties_and_populations_equal_the_register() {
    let data = shipped();
    let register = register();
    let current: Vec<&BTreeMap<String, String>> = register
        .iter()
        .filter(|r| r["current-authority"] == "True")
        .collect();
    let by_gss: BTreeMap<&str, &BTreeMap<String, String>> = current
        .iter()
        .map(|r| (r["gss-code"].as_str(), *r))
        .collect();
    for c in &data.councils {
        let r = by_gss[c.code.as_str()];
        assert_eq!(r["nation"], "England");
        // The file keeps names on one line with single spaces ("North Somerset  Council").
        let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(c.name, spaced(&r["nice-name"]));
        assert_eq!(c.official_name, spaced(&r["official-name"]));
        let population = r["pop-2020"].parse::<f64>().ok().map(|p| p as u64);
        assert_eq!(c.population, population, "{}", c.name);
        let county = current
            .iter()
            .find(|x| {
                x["local-authority-code"] == r["county-la"] && x["local-authority-type"] == "CTY"
            })
            .map(|x| x["gss-code"].clone());
        assert_eq!(c.county, county, "{}", c.name);
        assert_eq!(c.county.is_some(), c.kind == Kind::District, "{}", c.name);
    }
    let nations = |nation: &str| current.iter().filter(|r| r["nation"] == nation).count();
    let listed = |n: Nation| data.elsewhere.iter().filter(|e| e.nation == n).count();
    assert_eq!(listed(Nation::Wales), nations("Wales"));
    assert_eq!(listed(Nation::Scotland), nations("Scotland"));
    assert_eq!(
        listed(Nation::Wales) + listed(Nation::Scotland),
        data.elsewhere.len()
    );
}
