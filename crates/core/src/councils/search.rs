//! Finding councils by part of a name, as typed: case, "&" or "and", full stops and
//! apostrophes do not matter ("kings lynn" finds "King's Lynn"), and the full name counts too
//! ("royal borough" finds Kensington and Chelsea).

use super::file::{Council, Councils, Elsewhere};

/// Text reduced to what a search compares: lower case, "&" as "and", no punctuation, single
/// spaces.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase) {
        match ch {
            '&' => out.push_str(" and "),
            '\'' | '\u{2019}' | '.' => {}
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How well `query` (normalised, not empty) matches a name: lower is better; `None` when it
/// does not.
fn rank(query: &str, name: &str, official: &str) -> Option<u8> {
    let name = normalise(name);
    if name.starts_with(query) {
        Some(0)
    } else if name.contains(&format!(" {query}")) {
        Some(1)
    } else if name.contains(query) {
        Some(2)
    } else if normalise(official).contains(query) {
        Some(3)
    } else {
        None
    }
}

/// The English councils whose name contains `query`: names that start with it first, then
/// names with a word that starts with it, then the rest, each in the file's order (by name).
pub fn search<'a>(data: &'a Councils, query: &str) -> Vec<&'a Council> {
    let query = normalise(query);
    if query.is_empty() {
        return Vec::new();
    }
    let ranked: Vec<(u8, &Council)> = data
        .councils
        .iter()
        .filter_map(|c| rank(&query, &c.name, &c.official_name).map(|r| (r, c)))
        .collect();
    (0..=3)
        .flat_map(|best| {
            ranked
                .iter()
                .filter(move |(r, _)| *r == best)
                .map(|(_, c)| *c)
        })
        .collect()
}

/// The Welsh and Scottish councils whose name contains `query`, so the page can say that
/// their figures are not here yet.
pub fn elsewhere<'a>(data: &'a Councils, query: &str) -> Vec<&'a Elsewhere> {
    let query = normalise(query);
    if query.is_empty() {
        return Vec::new();
    }
    data.elsewhere
        .iter()
        .filter(|e| rank(&query, &e.name, &e.official_name).is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils::{parse, SAMPLE};

    fn names(found: Vec<&Council>) -> Vec<&str> {
        found.into_iter().map(|c| c.name.as_str()).collect()
    }

    #[test]
    fn punctuation_case_and_ampersands_do_not_matter() {
        assert_eq!(
            normalise("King's Lynn & West Norfolk"),
            "kings lynn and west norfolk"
        );
        assert_eq!(normalise("  St. Helens "), "st helens");
        assert_eq!(normalise("Ynys Môn"), "ynys môn");
        assert_eq!(normalise("Bristol, City of"), "bristol city of");
    }

    #[test]
    fn names_starting_with_the_query_come_first() {
        let c = parse(SAMPLE).unwrap();
        assert_eq!(
            names(search(&c, "a")),
            ["Ashford", "Kings Lynn and West Norfolk"]
        );
        assert_eq!(
            names(search(&c, "s")),
            ["Slough", "Ashford", "Kings Lynn and West Norfolk"]
        );
        assert_eq!(names(search(&c, "KING'S")), ["Kings Lynn and West Norfolk"]);
        assert_eq!(names(search(&c, "west")), ["Kings Lynn and West Norfolk"]);
        assert_eq!(names(search(&c, "county council")), ["Kent"]);
        assert!(search(&c, "  ").is_empty());
        assert!(search(&c, "Cardiff").is_empty());
    }

    #[test]
    fn welsh_and_scottish_councils_are_found_apart() {
        let c = parse(SAMPLE).unwrap();
        assert_eq!(elsewhere(&c, "cardiff").len(), 1);
        assert!(elsewhere(&c, "kent").is_empty());
        assert!(elsewhere(&c, "").is_empty());
    }
}
