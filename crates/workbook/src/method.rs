//! The Method sheet: what each sheet holds and how every figure is worked out, in words, and
//! where the figures come from.

use rust_xlsxwriter::XlsxError;

use sharecalc_core::i18n::{t, Lang, Msg};

use crate::grid::at;
use crate::sheet::{Sheet, Style};

/// The sheet's paragraphs, top to bottom; `None` leaves a blank line.
const PARAGRAPHS: &[Option<(Msg, Style)>] = &[
    Some((Msg::MethodHeading, Style::Title)),
    None,
    Some((Msg::WorkbookMethodSheetsHeading, Style::Heading)),
    Some((Msg::WorkbookMethodInputs, Style::Wrap)),
    Some((Msg::WorkbookMethodYears, Style::Wrap)),
    Some((Msg::WorkbookMethodPartners, Style::Wrap)),
    Some((Msg::WorkbookMethodSummary, Style::Wrap)),
    Some((Msg::WorkbookMethodCash, Style::Wrap)),
    Some((Msg::WorkbookMethodLayout, Style::Wrap)),
    None,
    Some((Msg::WorkbookMethodFormulasHeading, Style::Heading)),
    Some((Msg::MethodCostAlone, Style::Wrap)),
    Some((Msg::MethodSavings, Style::Wrap)),
    Some((Msg::MethodCostsOfSharing, Style::Wrap)),
    Some((Msg::MethodSplit, Style::Wrap)),
    Some((Msg::MethodNetSaving, Style::Wrap)),
    Some((Msg::MethodNpv, Style::Wrap)),
    Some((Msg::MethodBreakEven, Style::Wrap)),
    Some((Msg::WorkbookMethodRealTerms, Style::Wrap)),
    None,
    Some((Msg::WorkbookSourceHeading, Style::Heading)),
    Some((Msg::WorkbookSourceEntered, Style::Wrap)),
    Some((Msg::WorkbookMadeWith, Style::Wrap)),
    Some((Msg::WorkbookLinkLabel, Style::Plain)),
];

/// Writes the Method sheet; the scenario's link goes last, as text a reader can copy.
pub(crate) fn write(sh: &mut Sheet, lang: Lang, link: &str) -> Result<(), XlsxError> {
    let mut row = 0;
    for paragraph in PARAGRAPHS {
        if let Some((msg, style)) = paragraph {
            sh.text(at(row, 0), t(lang, *msg), *style)?;
        }
        row += 1;
    }
    // A link too long for a cell is named on the Inputs sheet instead.
    if sh.text(at(row, 0), link, Style::Plain).is_err() {
        sh.text(at(row, 0), t(lang, Msg::WorkbookLinkTooLong), Style::Plain)?;
    }
    sh.widths(0, &[110.0])?;
    Ok(())
}
