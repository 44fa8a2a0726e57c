//! The spreadsheet download: a scenario as an Excel workbook in which every figure is a live
//! formula of the inputs, so that an officer or an auditor can check each one and change an
//! assumption and see every figure follow, exactly as sharecalc would compute it.
//!
//! Sheets: Inputs (every assumption, partner and service, labelled with units), Year by year
//! (the spec's formulas for each year, partner and service), Partners, Summary (net present
//! value, payback, recurring saving, break-even rate), Cash (the medium-term financial plan's
//! view) and Method (how, in words, and where the figures come from). Each formula is written
//! with the value the engine gives, so a viewer that does not recalculate shows the right
//! figures too. Everything is in the page's language.
//!
//! Pure Rust: the browser reaches it through `crates/workbook-program`, loaded only when the
//! download is asked for.

mod cash;
mod formulas;
mod grid;
mod inputs;
mod layout;
mod method;
mod partners;
mod sheet;
mod summary;
mod years;

use rust_xlsxwriter::{DocProperties, Workbook};

use sharecalc_core::engine::{currency_symbol, evaluate, workings, FieldPath, Scenario, HORIZONS};
use sharecalc_core::i18n::{t, Lang, Msg};

pub use grid::At;
pub use rust_xlsxwriter::XlsxError;

use layout::Layout;
use sheet::{Sheet, Styles};

/// The workbook of a valid scenario `s` whose link is `link`, in `lang`, as the bytes of an
/// `.xlsx` file.
pub fn workbook(lang: Lang, s: &Scenario, link: &str) -> Result<Vec<u8>, XlsxError> {
    let r = evaluate(s);
    let w = workings(s);
    let years = u32::try_from(r.years.len()).unwrap_or(u32::MAX);
    let l = Layout::new(s, lang, years);
    let styles = Styles::new(currency_symbol(&s.currency));
    let mut book = Workbook::new();
    let title = if s.title.trim().is_empty() {
        t(lang, Msg::BuildLabelScenario)
    } else {
        s.title.as_str()
    };
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_comment(t(lang, Msg::WorkbookMadeWith)),
    );
    let names = &l.sheets;
    inputs::write(
        &mut sheet(&mut book, names.inputs, &styles)?,
        &l,
        lang,
        s,
        &w,
        link,
    )?;
    years::write(
        &mut sheet(&mut book, names.years, &styles)?,
        &l,
        lang,
        s,
        &r,
        &w,
    )?;
    partners::write(
        &mut sheet(&mut book, names.partners, &styles)?,
        &l,
        lang,
        s,
        &r,
        &w,
    )?;
    summary::write(
        &mut sheet(&mut book, names.summary, &styles)?,
        &l,
        lang,
        s,
        &r,
    )?;
    cash::write(
        &mut sheet(&mut book, names.cash, &styles)?,
        &l,
        lang,
        s,
        &r,
        &w,
    )?;
    method::write(&mut sheet(&mut book, names.method, &styles)?, lang, link)?;
    book.save_to_buffer()
}

/// A new sheet called `name` at the end of `book`.
fn sheet<'a>(
    book: &'a mut Workbook,
    name: &str,
    styles: &'a Styles,
) -> Result<Sheet<'a>, XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    Ok(Sheet::new(ws, styles))
}

/// The cell of the Inputs sheet (the workbook's first) that holds `field` of `s`, if the
/// workbook has one: for instance, to change an input of a downloaded workbook and see its
/// figures follow.
pub fn input_cell(s: &Scenario, field: FieldPath) -> Option<At> {
    let years = s.horizon_years.min(*HORIZONS.end());
    Layout::new(s, Lang::En, years).field(field)
}
