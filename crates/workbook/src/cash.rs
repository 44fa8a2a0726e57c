//! The Cash sheet, for the medium-term financial plan: each year's real totals from the
//! Summary times the inflation index I_k = (1 + inflation)^(k − 1 + e). Never discounted, and
//! never used for the net present value.

use rust_xlsxwriter::XlsxError;

use sharecalc_core::engine::{financial_year_label, Results, Scenario, Workings};
use sharecalc_core::i18n::{t, Lang, Msg};

use crate::formulas::financial_year;
use crate::grid::at;
use crate::layout::{total_col, Assumption, Layout, CASH_FIRST_ROW};
use crate::sheet::{Sheet, Style, Value};

/// Columns of the Cash sheet.
mod col {
    pub const YEAR: u16 = 0;
    pub const FINANCIAL_YEAR: u16 = 1;
    pub const INDEX: u16 = 2;
    pub const ALONE: u16 = 3;
    pub const SHARED: u16 = 4;
    pub const NET: u16 = 5;
    pub const CUMULATIVE: u16 = 6;
}

/// Writes the Cash sheet.
pub(crate) fn write(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
    w: &Workings,
) -> Result<(), XlsxError> {
    sh.text(at(0, 0), t(lang, Msg::WorkbookCashHeading), Style::Heading)?;
    sh.text(at(1, 0), t(lang, Msg::WorkbookCashNote), Style::Plain)?;
    let inflation = l.input(Assumption::Inflation);
    sh.text(at(2, 0), t(lang, Msg::WorkbookInflation), Style::Plain)?;
    sh.formula(
        at(2, 1),
        &format!("={inflation}"),
        Value::Number(s.inflation),
        Style::Percent,
    )?;
    let header = CASH_FIRST_ROW - 1;
    sh.headers(
        at(header, 0),
        &[
            t(lang, Msg::ResultsYear),
            t(lang, Msg::WorkbookColFinancialYear),
            t(lang, Msg::WorkbookColInflationIndex),
            t(lang, Msg::ResultsCostAlone),
            t(lang, Msg::ResultsYearsCostShared),
            t(lang, Msg::ResultsNetSaving),
            t(lang, Msg::ResultsCumulativeNetSaving),
        ],
    )?;
    let summary = l.sheets.summary;
    for (y, index) in r.years.iter().zip(&w.inflation_index) {
        let k = y.year;
        let cell = |c| at(l.cash_row(k), c);
        let year = cell(col::YEAR).a1();
        let times_index = |c| format!("={}*{}", l.total(k, c).on(summary), cell(col::INDEX).a1());
        sh.number(cell(col::YEAR), f64::from(k), Style::Whole)?;
        sh.formula(
            cell(col::FINANCIAL_YEAR),
            &financial_year(l, &year),
            Value::Text(financial_year_label(s.first_year, k)),
            Style::Plain,
        )?;
        let index_formula = format!(
            "=(1+{inflation})^({year}-1+{})",
            l.input(Assumption::BaseOffset)
        );
        sh.formula(
            cell(col::INDEX),
            &index_formula,
            Value::Number(*index),
            Style::Factor,
        )?;
        let cash = &y.cash;
        sh.formula(
            cell(col::ALONE),
            &times_index(total_col::ALONE),
            Value::Number(cash.standalone),
            Style::Money,
        )?;
        sh.formula(
            cell(col::SHARED),
            &times_index(total_col::SHARED),
            Value::Number(cash.shared),
            Style::Money,
        )?;
        sh.formula(
            cell(col::NET),
            &times_index(total_col::NET),
            Value::Number(cash.net),
            Style::Money,
        )?;
        let cumulative = if k == 1 {
            format!("={}", cell(col::NET).a1())
        } else {
            format!(
                "={}+{}",
                at(l.cash_row(k - 1), col::CUMULATIVE).a1(),
                cell(col::NET).a1()
            )
        };
        sh.formula(
            cell(col::CUMULATIVE),
            &cumulative,
            Value::Number(cash.cumulative),
            Style::Money,
        )?;
    }
    sh.widths(0, &[10.0, 14.0, 14.0, 18.0, 18.0, 18.0, 18.0])?;
    sh.ws.set_freeze_panes(CASH_FIRST_ROW, 0)?;
    Ok(())
}
