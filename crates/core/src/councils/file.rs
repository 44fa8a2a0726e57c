//! Reads the compact file of English councils and their published budgets
//! (`assets/councils.tsv`, written by `scripts/councils.py`; its layout is described there).
//! Every line is checked: a file that is cut short or changed is refused with the line number,
//! never half read.

use crate::engine::Source;

/// The first line of the file: its name and the version of its layout.
const HEADER: &str = "sharecalc-councils\t1";
/// What a figure not published is written as.
const NOT_PUBLISHED: &str = ".";
/// Fields of an English council before its figures: code, type, name, official name, county,
/// population.
const COUNCIL_FIELDS: usize = 6;

/// The kinds of English council, as the Revenue Account table classes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A shire district: the lower tier, inside a county.
    District,
    /// A shire county: the upper tier over its districts.
    County,
    /// A unitary authority: both tiers in one.
    Unitary,
    /// A metropolitan district.
    Metropolitan,
    /// A London borough (and the City of London, which the table classes with them).
    LondonBorough,
}

impl Kind {
    /// Every kind, in the order the table lists them.
    pub const ALL: [Kind; 5] = [
        Kind::District,
        Kind::County,
        Kind::Unitary,
        Kind::Metropolitan,
        Kind::LondonBorough,
    ];

    /// The letter the file writes.
    fn letter(self) -> &'static str {
        match self {
            Kind::District => "D",
            Kind::County => "C",
            Kind::Unitary => "U",
            Kind::Metropolitan => "M",
            Kind::LondonBorough => "L",
        }
    }
}

/// A nation whose councils' figures are not in the file yet (only their names are).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nation {
    /// Wales (StatsWales publishes the figures).
    Wales,
    /// Scotland (the Local Financial Returns).
    Scotland,
}

/// One published figure, in £ thousand, exactly as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// A figure; below 0 where the service's income exceeds its cost (net income).
    Thousands(i64),
    /// No figure was published (no return, a line discontinued, an empty cell).
    NotPublished,
}

/// A service line of the Revenue Account, as the file names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The table's database code (row 7), stable from year to year, e.g. `envcll`.
    pub code: String,
    /// The line number on the form, e.g. `581`.
    pub number: String,
    /// The column's name as published, e.g. "Waste collection".
    pub published_name: String,
}

/// A current English council with its published figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Council {
    /// The ONS code, e.g. `E07000223`.
    pub code: String,
    /// What kind of council it is.
    pub kind: Kind,
    /// Its short name, e.g. "Adur".
    pub name: String,
    /// Its full name, e.g. "Adur District Council".
    pub official_name: String,
    /// For a district, the ONS code of the county it is in.
    pub county: Option<String>,
    /// Residents in 2020, when known.
    pub population: Option<u64>,
    /// One figure per line of [`Councils::lines`], in that order.
    pub figures: Vec<Figure>,
}

impl Council {
    /// The figure for line `line` of [`Councils::lines`].
    pub fn figure(&self, line: usize) -> Figure {
        self.figures
            .get(line)
            .copied()
            .unwrap_or(Figure::NotPublished)
    }

    /// Whether the council published any figure at all: a council that sent no return has
    /// none.
    pub fn has_return(&self) -> bool {
        self.figures.iter().any(|f| *f != Figure::NotPublished)
    }
}

/// A Welsh or Scottish council, named so the app can say its figures are not here yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Elsewhere {
    /// Its short name, e.g. "Cardiff".
    pub name: String,
    /// Its full name, e.g. "City of Cardiff Council".
    pub official_name: String,
    /// Where it is.
    pub nation: Nation,
}

/// Everything in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Councils {
    /// The publication the figures come from.
    pub source: Source,
    /// The service lines, in the order of each council's figures.
    pub lines: Vec<Line>,
    /// The English councils, by name.
    pub councils: Vec<Council>,
    /// Welsh and Scottish councils, by name.
    pub elsewhere: Vec<Elsewhere>,
}

impl Councils {
    /// The council with ONS code `code`.
    pub fn council(&self, code: &str) -> Option<&Council> {
        self.councils.iter().find(|c| c.code == code)
    }
}

/// Why the file could not be read: the line (counted from 1) and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The line of the file.
    pub line: usize,
    /// What is wrong, for the browser's console (the page says only that it cannot be read).
    pub problem: &'static str,
}

/// Reads the file's text.
pub fn parse(text: &str) -> Result<Councils, FileError> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    let fail = |line: usize, problem: &'static str| FileError { line, problem };
    match lines.next() {
        Some((_, HEADER)) => {}
        other => return Err(fail(other.map_or(1, |(n, _)| n), "not a councils file")),
    }
    let mut source = None;
    let mut out_lines = Vec::new();
    let mut councils = Vec::new();
    let mut elsewhere = Vec::new();
    for (n, text) in lines {
        let fields: Vec<&str> = text.split('\t').collect();
        match fields.as_slice() {
            ["year", year] => {
                let found = Source::ALL.into_iter().find(|s| s.year() == *year);
                source = Some(found.ok_or(fail(n, "a year sharecalc has no source for"))?);
            }
            ["line", code, number, name] => {
                if !councils.is_empty() {
                    return Err(fail(n, "a line after the councils"));
                }
                out_lines.push(Line {
                    code: (*code).to_owned(),
                    number: (*number).to_owned(),
                    published_name: (*name).to_owned(),
                });
            }
            [_, "W" | "S", name, official] => elsewhere.push(Elsewhere {
                name: (*name).to_owned(),
                official_name: (*official).to_owned(),
                nation: if fields.get(1) == Some(&"W") {
                    Nation::Wales
                } else {
                    Nation::Scotland
                },
            }),
            [code, kind, name, official, county, population, figures @ ..] => {
                let kind = Kind::ALL
                    .into_iter()
                    .find(|k| k.letter() == *kind)
                    .ok_or(fail(n, "an unknown type of council"))?;
                if figures.len() != out_lines.len()
                    || COUNCIL_FIELDS + figures.len() != fields.len()
                {
                    return Err(fail(n, "not one figure for each line"));
                }
                let figures = figures
                    .iter()
                    .map(|f| read_figure(f).ok_or(fail(n, "a figure that is not a whole number")))
                    .collect::<Result<Vec<_>, _>>()?;
                let population = match *population {
                    "" => None,
                    p => Some(
                        p.parse()
                            .map_err(|_| fail(n, "a population that is not a count"))?,
                    ),
                };
                if name.is_empty() {
                    return Err(fail(n, "a council with no name"));
                }
                councils.push(Council {
                    code: (*code).to_owned(),
                    kind,
                    name: (*name).to_owned(),
                    official_name: (*official).to_owned(),
                    county: (!county.is_empty()).then(|| (*county).to_owned()),
                    population,
                    figures,
                });
            }
            _ => return Err(fail(n, "a line that is not a year, line or council")),
        }
    }
    let source = source.ok_or(fail(1, "no year"))?;
    if councils.is_empty() {
        return Err(fail(1, "no councils"));
    }
    Ok(Councils {
        source,
        lines: out_lines,
        councils,
        elsewhere,
    })
}

/// A figure as written: whole thousands, or `.` for none.
fn read_figure(text: &str) -> Option<Figure> {
    if text == NOT_PUBLISHED {
        return Some(Figure::NotPublished);
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().map(Figure::Thousands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils::SAMPLE;

    #[test]
    fn reads_councils_figures_and_names_elsewhere() {
        let c = parse(SAMPLE).unwrap();
        assert_eq!(c.source, Source::EnglandBudgets2023);
        assert_eq!(c.lines.len(), 2);
        assert_eq!(c.lines[1].published_name, "Library service");
        let ashford = c.council("E07000105").unwrap();
        assert_eq!(ashford.kind, Kind::District);
        assert_eq!(ashford.county.as_deref(), Some("E10000016"));
        assert_eq!(ashford.figure(0), Figure::Thousands(1200));
        assert_eq!(ashford.figure(9), Figure::NotPublished);
        let slough = c.council("E06000039").unwrap();
        assert_eq!(slough.population, None);
        assert!(!slough.has_return());
        assert_eq!(c.elsewhere[0].nation, Nation::Wales);
    }

    #[test]
    fn refuses_a_changed_or_cut_file_naming_the_line() {
        assert_eq!(parse("").unwrap_err().line, 1);
        assert_eq!(
            parse("<!doctype html>").unwrap_err().problem,
            "not a councils file"
        );
        let short = SAMPLE.replace("\t1200\t0\n", "\t1200\n");
        assert_eq!(parse(&short).unwrap_err().line, 6);
        let bad = SAMPLE.replace("1200", "1,200");
        assert_eq!(parse(&bad).unwrap_err().line, 6);
        let year = SAMPLE.replace("2023-24", "1999-00");
        assert_eq!(parse(&year).unwrap_err().line, 3);
        assert!(parse(&SAMPLE.replace("\tD\t", "\tX\t")).is_err());
        assert!(parse("sharecalc-councils\t1\nyear\t2023-24\n").is_err());
    }

    #[test]
    fn figures_are_whole_thousands_or_a_dot() {
        assert_eq!(read_figure("-300"), Some(Figure::Thousands(-300)));
        assert_eq!(read_figure("."), Some(Figure::NotPublished));
        for bad in ["", "-", "1.5", "1,200", "...", "+3", " 3"] {
            assert_eq!(read_figure(bad), None, "{bad}");
        }
    }
}
