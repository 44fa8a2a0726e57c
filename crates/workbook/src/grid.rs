//! Cell addresses as formulas write them: `C8`, `$C$8`, `'Year by year'!$K$3:$K$152`. Rows
//! and columns count from 0, as rust_xlsxwriter does; the text counts from 1, as Excel does.

use rust_xlsxwriter::utility::{column_number_to_name, quote_sheet_name};

/// One cell: its row and column, from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At {
    /// The row, from 0 (Excel's row 1).
    pub row: u32,
    /// The column, from 0 (Excel's column A).
    pub col: u16,
}

/// The cell at `row`, `col`.
pub(crate) fn at(row: u32, col: u16) -> At {
    At { row, col }
}

impl At {
    /// As Excel names it, relative: `C8`.
    pub fn a1(self) -> String {
        format!("{}{}", column_number_to_name(self.col), self.row + 1)
    }

    /// Absolute, for a formula that is not to move when copied: `$C$8`.
    pub(crate) fn abs(self) -> String {
        format!("${}${}", column_number_to_name(self.col), self.row + 1)
    }

    /// Absolute on another sheet: `'Inputs'!$C$8`.
    pub(crate) fn on(self, sheet: &str) -> String {
        format!("{}!{}", quote_sheet_name(sheet), self.abs())
    }

    /// The cell `n` columns to the right.
    pub(crate) fn right(self, n: u16) -> At {
        at(self.row, self.col + n)
    }
}

/// The cells from `first` to `last` on `sheet`, absolute: `'Inputs'!$B$20:$B$22`.
pub(crate) fn range(sheet: &str, first: At, last: At) -> String {
    format!("{}!{}:{}", quote_sheet_name(sheet), first.abs(), last.abs())
}

/// Text as a formula's string literal: quoted, with its quotes doubled.
pub(crate) fn literal(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}
