//! Writing cells with one of a few styles: the workbook's look (money in the scenario's
//! currency with thousands separators, percentages, shaded inputs) is decided here once, and a
//! formula is always written with the value it gives, so a viewer that does not recalculate
//! still shows the right figure.

use rust_xlsxwriter::{
    Format, FormatAlign, FormatBorder, FormatPattern, Formula, Worksheet, XlsxError,
};

use crate::grid::At;

/// How a cell looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    Title,
    Heading,
    /// A table's column header: bold, wrapped, a line beneath.
    Header,
    /// A paragraph of the Method sheet.
    Wrap,
    Money,
    Percent,
    /// A growth, discount or inflation factor: six decimals, as the CSV writes them.
    Factor,
    Whole,
    /// The same looks, shaded: a cell the reader may change.
    InputText,
    InputMoney,
    InputPercent,
    InputWhole,
    /// A count of people, with thousands separators.
    InputCount,
}

/// The formats behind each [`Style`].
pub(crate) struct Styles {
    plain: Format,
    title: Format,
    heading: Format,
    header: Format,
    wrap: Format,
    money: Format,
    percent: Format,
    factor: Format,
    whole: Format,
    input_text: Format,
    input_money: Format,
    input_percent: Format,
    input_whole: Format,
    input_count: Format,
}

/// The shade of a cell the reader may change: the pale yellow finance teams use for inputs.
const INPUT_FILL: u32 = 0xFFF2CC;

fn input(format: &Format) -> Format {
    format
        .clone()
        .set_pattern(FormatPattern::Solid)
        .set_background_color(INPUT_FILL)
        .set_border(FormatBorder::Thin)
        .set_border_color(0xBFBFBF)
}

impl Styles {
    /// The styles for amounts in the currency whose symbol is `symbol`.
    pub fn new(symbol: &str) -> Styles {
        let symbol = symbol.replace('"', "");
        let money =
            Format::new().set_num_format(format!("\"{symbol}\"#,##0.00;-\"{symbol}\"#,##0.00"));
        let percent = Format::new().set_num_format("0.0#%");
        let whole = Format::new().set_num_format("0");
        let plain = Format::new();
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            heading: Format::new().set_bold().set_font_size(12),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border_bottom(FormatBorder::Thin),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            factor: Format::new().set_num_format("0.000000"),
            input_text: input(&plain),
            input_money: input(&money),
            input_percent: input(&percent),
            input_whole: input(&whole),
            input_count: input(&Format::new().set_num_format("#,##0")),
            plain,
            money,
            percent,
            whole,
        }
    }

    fn get(&self, style: Style) -> &Format {
        match style {
            Style::Plain => &self.plain,
            Style::Title => &self.title,
            Style::Heading => &self.heading,
            Style::Header => &self.header,
            Style::Wrap => &self.wrap,
            Style::Money => &self.money,
            Style::Percent => &self.percent,
            Style::Factor => &self.factor,
            Style::Whole => &self.whole,
            Style::InputText => &self.input_text,
            Style::InputMoney => &self.input_money,
            Style::InputPercent => &self.input_percent,
            Style::InputWhole => &self.input_whole,
            Style::InputCount => &self.input_count,
        }
    }
}

/// What a formula gives, written beside it for viewers that do not recalculate.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Number(f64),
    Text(String),
    Bool(bool),
}

impl Value {
    /// As the file stores it. Left empty when the file would misread it: a figure that is not
    /// a number, or text that looks like a number or a truth value (the file marks a text
    /// result only by its not being one); a spreadsheet then shows the formula's own result.
    fn stored(&self) -> String {
        match self {
            Value::Number(x) if x.is_finite() => x.to_string(),
            Value::Number(_) => String::new(),
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
            Value::Text(text) => {
                let misread =
                    text.trim().parse::<f64>().is_ok() || text == "TRUE" || text == "FALSE";
                if misread {
                    String::new()
                } else {
                    text.clone()
                }
            }
        }
    }
}

/// A worksheet being written, with the workbook's styles.
pub(crate) struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    styles: &'a Styles,
}

impl<'a> Sheet<'a> {
    pub fn new(ws: &'a mut Worksheet, styles: &'a Styles) -> Sheet<'a> {
        Sheet { ws, styles }
    }

    /// Writes text.
    pub fn text(&mut self, at: At, text: &str, style: Style) -> Result<(), XlsxError> {
        let format = self.styles.get(style);
        self.ws
            .write_string_with_format(at.row, at.col, text, format)?;
        Ok(())
    }

    /// Writes a number.
    pub fn number(&mut self, at: At, x: f64, style: Style) -> Result<(), XlsxError> {
        let format = self.styles.get(style);
        self.ws
            .write_number_with_format(at.row, at.col, x, format)?;
        Ok(())
    }

    /// Writes an empty cell with a style: an input left blank, ready to be filled in.
    pub fn blank(&mut self, at: At, style: Style) -> Result<(), XlsxError> {
        let format = self.styles.get(style);
        self.ws.write_blank(at.row, at.col, format)?;
        Ok(())
    }

    /// Writes a formula and the value it gives.
    pub fn formula(
        &mut self,
        at: At,
        formula: &str,
        value: Value,
        style: Style,
    ) -> Result<(), XlsxError> {
        let format = self.styles.get(style);
        let formula = Formula::new(formula).set_result(value.stored());
        self.ws
            .write_formula_with_format(at.row, at.col, formula, format)?;
        Ok(())
    }

    /// Writes a row of column headers from `at` rightwards.
    pub fn headers(&mut self, at: At, headers: &[&str]) -> Result<(), XlsxError> {
        for (i, header) in headers.iter().enumerate() {
            self.text(at.right(i as u16), header, Style::Header)?;
        }
        Ok(())
    }

    /// Sets the width of columns from `first` on, in characters.
    pub fn widths(&mut self, first: u16, widths: &[f64]) -> Result<(), XlsxError> {
        for (i, width) in widths.iter().enumerate() {
            self.ws.set_column_width(first + i as u16, *width)?;
        }
        Ok(())
    }
}
