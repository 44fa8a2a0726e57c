//! A block of figures from a spreadsheet: a range pasted from the clipboard, or a CSV file of
//! baselines (a service column, then a column per partner under a header row of their
//! names). Each cell is read as typing reads a money box ([`parse_money`]); blank cells are
//! left alone; each cell that cannot be read is its own problem, named by its row and
//! column, and nothing else is lost.

use super::cells::split;
use crate::engine::parse_cost;
use crate::i18n::{Msg, Text};

/// One cell of figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Empty, or only spaces: what it would fill is left as it is.
    Blank,
    /// An amount, with the text it was read from (kept, so a box shows what was pasted).
    Amount {
        /// The cell as copied, trimmed.
        text: String,
        /// Its value in pounds.
        value: f64,
    },
    /// Text that is not an amount.
    Unreadable {
        /// The cell as copied, trimmed.
        text: String,
        /// Why, and what to type instead.
        why: Text,
    },
}

impl Cell {
    /// Reads one cell's text as a money box of a scenario in `currency` would. Spreadsheets
    /// show negative amounts in brackets, "(1,200)": said as such, since no cost can be
    /// negative.
    pub fn read(text: &str, currency: &str) -> Cell {
        let text = text.trim();
        if text.is_empty() {
            return Cell::Blank;
        }
        match parse_cost(text, currency) {
            Ok(value) => Cell::Amount {
                text: text.to_owned(),
                value,
            },
            Err(why) => Cell::Unreadable {
                text: text.to_owned(),
                why,
            },
        }
    }
}

/// A block of figures, with the names found around it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// The header row's names, one per column of figures, when the first row was names.
    pub column_names: Option<Vec<String>>,
    /// The first column's names, one per row of figures, when the first column was names.
    pub row_names: Option<Vec<String>>,
    /// The figures, row by row (rows may differ in length).
    pub rows: Vec<Vec<Cell>>,
}

/// Where a cell that cannot be read is, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct CellProblem {
    /// Its row among the figures, from 0.
    pub row: usize,
    /// Its column among the figures, from 0.
    pub column: usize,
    /// The sentence naming it: its row's and column's names when the block has them, else
    /// its row and column numbers as copied (counting any header row and name column).
    pub text: Text,
}

impl Block {
    /// Reads a block pasted from a spreadsheet (tab-separated). The first row is taken as
    /// names when the block has another row and none of the first row's cells (past a name
    /// column) is an amount; the first column likewise. Amounts are in `currency`.
    pub fn from_pasted(text: &str, currency: &str) -> Block {
        let grid = split(text, '\t');
        let has_row_names = grid.iter().any(|r| r.len() > 1)
            && names_only(grid.iter().skip(1).filter_map(|r| r.first()), currency);
        let skip = usize::from(has_row_names);
        let has_column_names = grid.len() > 1
            && grid
                .first()
                .is_some_and(|r| names_only(r.iter().skip(skip), currency));
        Block::read(grid, has_column_names, has_row_names, currency)
    }

    /// The block pasted as `text` from the clipboard, or `None` when it is one cell: that is
    /// pasted into the box as typing would put it (a spreadsheet copies one cell with a line
    /// end after it, which a text box drops).
    pub fn from_clipboard(text: &str, currency: &str) -> Option<Block> {
        let grid = split(text, '\t');
        let cells: usize = grid.iter().map(Vec::len).sum();
        (cells > 1).then(|| Block::from_pasted(text, currency))
    }

    /// `grid` read as figures, its first row and column as names when said so.
    fn read(grid: Vec<Vec<String>>, column_names: bool, row_names: bool, currency: &str) -> Block {
        let mut rows = grid.into_iter();
        let skip = usize::from(row_names);
        let column_names = column_names.then(|| {
            rows.next()
                .unwrap_or_default()
                .into_iter()
                .skip(skip)
                .map(|n| n.trim().to_owned())
                .collect()
        });
        let mut names = Vec::new();
        let mut figures = Vec::new();
        for row in rows {
            let mut cells = row.into_iter();
            if row_names {
                names.push(cells.next().unwrap_or_default().trim().to_owned());
            }
            figures.push(cells.map(|c| Cell::read(&c, currency)).collect());
        }
        Block {
            column_names,
            row_names: row_names.then_some(names),
            rows: figures,
        }
    }

    /// Every cell that cannot be read, each with its own sentence, row by row.
    pub fn problems(&self) -> Vec<CellProblem> {
        let mut found = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let Cell::Unreadable { text, why } = cell {
                    found.push(CellProblem {
                        row: r,
                        column: c,
                        text: Text::new(Msg::PasteCellProblem)
                            .text("place", self.whereabouts(r, c))
                            .arg("text", text)
                            .text("why", why.clone()),
                    });
                }
            }
        }
        found
    }

    /// The words for the cell at figures' row `r`, column `c`.
    fn whereabouts(&self, r: usize, c: usize) -> Text {
        let named = |names: &Option<Vec<String>>, i: usize| {
            names
                .as_ref()
                .and_then(|n| n.get(i))
                .filter(|n| !n.is_empty())
                .cloned()
        };
        match (named(&self.row_names, r), named(&self.column_names, c)) {
            (Some(row), Some(column)) => Text::new(Msg::PastePlaceNamed)
                .arg("row", row)
                .arg("column", column),
            _ => Text::new(Msg::PastePlaceNumbered)
                .arg("row", r + 1 + usize::from(self.column_names.is_some()))
                .arg("column", c + 1 + usize::from(self.row_names.is_some())),
        }
    }

    /// The number of columns of figures: the widest row's, or the header's if wider.
    pub fn width(&self) -> usize {
        let widest = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        widest.max(self.column_names.as_ref().map_or(0, Vec::len))
    }
}

/// True when there is a cell with text and no cell is an amount: a row or column of names.
fn names_only<'a>(cells: impl Iterator<Item = &'a String>, currency: &str) -> bool {
    let mut any = false;
    for cell in cells {
        match Cell::read(cell, currency) {
            Cell::Amount { .. } => return false,
            Cell::Unreadable { .. } => any = true,
            Cell::Blank => {}
        }
    }
    any
}

/// Baselines from a CSV file: service names down the first column, partner names across the
/// header row, each service's baseline cost for each partner in its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Baselines {
    /// The partners' names, from the header row.
    pub partners: Vec<String>,
    /// The services' names, from the first column.
    pub services: Vec<String>,
    /// The figures, a row per service and a cell per partner (rows may be shorter).
    pub rows: Vec<Vec<Cell>>,
}

/// Reads a CSV file of baselines. Every problem is returned, each its own sentence: a file
/// with no partners or no services, a service or partner with no name, a row longer than
/// the header, and each cell that cannot be read (amounts in `currency`).
pub fn read_baselines_csv(text: &str, currency: &str) -> Result<Baselines, Vec<Text>> {
    let grid: Vec<Vec<String>> = split(text.trim_start_matches('\u{feff}'), ',')
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    let header_width = grid.first().map_or(0, Vec::len);
    let mut problems = Vec::new();
    if header_width < 2 {
        problems.push(Text::new(Msg::BaselinesCsvNoPartners));
    }
    if grid.len() < 2 {
        problems.push(Text::new(Msg::BaselinesCsvNoServices));
    }
    for (i, row) in grid.iter().enumerate().skip(1) {
        if row.len() > header_width && row.iter().skip(header_width).any(|c| !c.trim().is_empty()) {
            problems.push(Text::new(Msg::BaselinesCsvTooWide).arg("row", i + 1));
        }
    }
    let block = Block::read(grid, true, true, currency);
    let partners = block.column_names.clone().unwrap_or_default();
    let services = block.row_names.clone().unwrap_or_default();
    for (i, name) in partners.iter().enumerate() {
        if name.is_empty() {
            problems.push(Text::new(Msg::BaselinesCsvPartnerName).arg("column", i + 2));
        }
    }
    for (i, name) in services.iter().enumerate() {
        if name.is_empty() {
            problems.push(Text::new(Msg::BaselinesCsvServiceName).arg("row", i + 2));
        }
    }
    problems.extend(block.problems().into_iter().map(|p| p.text));
    if !problems.is_empty() {
        return Err(problems);
    }
    let rows = block
        .rows
        .into_iter()
        .map(|mut r| {
            r.truncate(partners.len());
            r
        })
        .collect();
    Ok(Baselines {
        partners,
        services,
        rows,
    })
}

/// A cost box of the services × partners table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The service's row, from 0.
    pub service: usize,
    /// The partner's column, from 0.
    pub partner: usize,
}

/// What pasting a block into a cost box does to the table: the boxes it fills, the services
/// and partners it needs beyond the table's (offered to the user, named from the block when
/// it has names), and its unreadable cells, each at the box it would have filled.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placement {
    /// Each box and the text to put in it (as copied, so it reads as typed).
    pub fills: Vec<(Slot, String)>,
    /// Names for the services the block reaches below the last ("" where it has none).
    pub new_services: Vec<String>,
    /// Names for the partners the block reaches past the last ("" where it has none).
    pub new_partners: Vec<String>,
    /// Each unreadable cell: the box it would fill and its named error.
    pub problems: Vec<(Slot, Text)>,
}

impl Block {
    /// Where this block goes when pasted into the box `at` of a table of `services` rows and
    /// `partners` columns: rightwards and downwards from it; blank cells fill nothing.
    pub fn place(&self, at: Slot, services: usize, partners: usize) -> Placement {
        let mut placed = Placement::default();
        for (r, row) in self.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let slot = Slot {
                    service: at.service + r,
                    partner: at.partner + c,
                };
                // What cannot be read is put in its box too, as if typed: nothing is lost.
                if let Cell::Amount { text, .. } | Cell::Unreadable { text, .. } = cell {
                    placed.fills.push((slot, text.clone()));
                }
            }
        }
        let problems = self.problems();
        placed.problems = problems
            .into_iter()
            .map(|p| {
                let slot = Slot {
                    service: at.service + p.row,
                    partner: at.partner + p.column,
                };
                (slot, p.text)
            })
            .collect();
        let name = |names: &Option<Vec<String>>, i: usize| {
            names
                .as_ref()
                .and_then(|n| n.get(i))
                .cloned()
                .unwrap_or_default()
        };
        placed.new_services = (services.saturating_sub(at.service)..self.rows.len())
            .map(|r| name(&self.row_names, r))
            .collect();
        placed.new_partners = (partners.saturating_sub(at.partner)..self.width())
            .map(|c| name(&self.column_names, c))
            .collect();
        placed
    }
}

/// The size of the costs table: services down, partners across.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    /// Its rows.
    pub services: usize,
    /// Its columns.
    pub partners: usize,
}

impl Placement {
    /// What pasting does to a table of size `now` that may grow to at most `most`: the new
    /// services and partners that fit in `most` (none when `most` is `now`: "fill only what
    /// fits"), and the fills and problems inside the table so grown. Cells past it are left
    /// out, as [`Placement::left_out`] counts.
    pub fn within(mut self, now: Table, most: Table) -> Placement {
        self.new_services
            .truncate(most.services.saturating_sub(now.services));
        self.new_partners
            .truncate(most.partners.saturating_sub(now.partners));
        let rows = now.services + self.new_services.len();
        let columns = now.partners + self.new_partners.len();
        let inside = |s: &Slot| s.service < rows && s.partner < columns;
        self.fills.retain(|(s, _)| inside(s));
        self.problems.retain(|(s, _)| inside(s));
        self
    }

    /// True when the block fits the table as it is: nothing to add.
    pub fn fits(&self) -> bool {
        self.new_services.is_empty() && self.new_partners.is_empty()
    }

    /// How many cells with something in them `self` fills that `kept` (this placement
    /// [`Placement::within`] a table) does not.
    pub fn left_out(&self, kept: &Placement) -> usize {
        self.fills.len().saturating_sub(kept.fills.len())
    }
}
