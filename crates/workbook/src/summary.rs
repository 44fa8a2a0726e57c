//! The Summary sheet: the headline figures (net present value, payback, recurring saving,
//! break-even rate and the share that must actually arrive), each a formula, then every
//! year's totals for all partners together, from which the payback year is found.

use rust_xlsxwriter::XlsxError;

use sharecalc_core::engine::{financial_year_label, Results, Scenario};
use sharecalc_core::i18n::{fill, t, Lang, Msg};
use sharecalc_core::report::words;

use crate::formulas::{discount_factor, financial_year};
use crate::grid::{at, literal, range};
use crate::inputs::{partner_column, service_column};
use crate::layout::{service_col, total_col as col, year_col, Assumption, Headline, Layout};
use crate::partners::{yes_no, WORSE_OFF_COL};
use crate::sheet::{Sheet, Style, Value};

/// Writes the Summary sheet.
pub(crate) fn write(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
) -> Result<(), XlsxError> {
    let title = if s.title.trim().is_empty() {
        t(lang, Msg::BuildLabelScenario)
    } else {
        s.title.as_str()
    };
    sh.text(at(0, 0), title, Style::Title)?;
    sh.headers(
        at(l.headlines_header(), 0),
        &[
            t(lang, Msg::WorkbookColFigure),
            t(lang, Msg::WorkbookColValue),
            t(lang, Msg::WorkbookColNotes),
        ],
    )?;
    years(sh, l, lang, s, r)?;
    for h in Headline::ALL {
        headline(sh, l, lang, s, r, h)?;
    }
    sh.widths(0, &[44.0, 18.0, 18.0, 18.0, 18.0, 18.0, 12.0, 12.0, 18.0])?;
    sh.ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A column of the table of years, for sums and look-ups.
fn totals(l: &Layout, c: u16) -> String {
    range(l.sheets.summary, l.total(1, c), l.total(l.years, c))
}

fn headline(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
    h: Headline,
) -> Result<(), XlsxError> {
    let cell = l.headline(h);
    let here = |other| l.headline(other).a1();
    let none = t(lang, Msg::ReportBreakEvenValueNone);
    let not_shown = t(lang, Msg::HeadlinePerResidentNone);
    let number_or =
        |x: Option<f64>, text: &str| x.map_or_else(|| Value::Text(text.to_owned()), Value::Number);
    let realisation = l.input(Assumption::Realisation);
    let spend = service_column_total(l);
    let first = l.input(Assumption::FirstYear);
    let (label, note, formula, value, style) = match h {
        Headline::PriceBase => {
            let base = l.input(Assumption::PriceBase);
            (
                Msg::WorkbookPriceBase,
                Some(Msg::WorkbookPricesNote),
                format!("={base}&\"/\"&RIGHT({base}+1,2)"),
                Value::Text(r.price_base_label.clone()),
                Style::Plain,
            )
        }
        Headline::Npv => (
            Msg::HeadlineNpvLabel,
            Some(Msg::WorkbookNpvNote),
            format!("=SUM({})", totals(l, col::DISCOUNTED)),
            Value::Number(r.npv),
            Style::Money,
        ),
        Headline::Payback => (
            Msg::HeadlinePaybackLabel,
            Some(Msg::HeadlinePaybackDetail),
            format!(
                "=IFERROR(INDEX({},MATCH(TRUE,{},0)),{})",
                totals(l, col::FINANCIAL_YEAR),
                totals(l, col::PAID_BACK),
                literal(&fill(
                    lang,
                    Msg::ReportPaybackNone,
                    &[("years", &words::years(lang, s))]
                ))
            ),
            Value::Text(words::payback(lang, s, r)),
            Style::Plain,
        ),
        Headline::Recurring => {
            let uplift = format!("(1+{})", l.input(Assumption::OptimismBiasRunning));
            (
                Msg::HeadlineRecurringLabel,
                Some(Msg::WorkbookRecurringNote),
                format!(
                    "=SUMPRODUCT({spend},{})*{realisation}-(SUMPRODUCT({spend},{})+SUM({}))*{uplift}",
                    service_column(l, service_col::SAVING_RATE),
                    service_column(l, service_col::RUNNING_RATE),
                    service_column(l, service_col::FIXED_RUNNING),
                ),
                Value::Number(r.recurring_saving),
                Style::Money,
            )
        }
        Headline::RecurringShare => (
            Msg::WorkbookRecurringShare,
            None,
            format!(
                "=IF(SUM({spend})=0,{},{}/SUM({spend}))",
                literal(not_shown),
                here(Headline::Recurring)
            ),
            number_or(r.recurring_saving_share, not_shown),
            Style::Percent,
        ),
        Headline::PerResident => {
            let people = partner_column(l, 1);
            (
                Msg::HeadlinePerResidentLabel,
                Some(Msg::HeadlinePerResidentDetail),
                format!(
                    "=IF(AND(COUNT({people})={},MIN({people})>0),{}/SUM({people}),{})",
                    l.partners,
                    here(Headline::Recurring),
                    literal(not_shown)
                ),
                number_or(r.per_resident, not_shown),
                Style::Money,
            )
        }
        Headline::BreakEven => {
            let ybys = |c| l.year_column(c);
            let discount = ybys(year_col::DISCOUNT);
            (
                Msg::HeadlineBreakEvenLabel,
                Some(Msg::WorkbookBreakEvenNote),
                format!(
                    "=IF({realisation}*SUMPRODUCT({discount},{},{},{})=0,{},(SUMPRODUCT({discount},{})+SUMPRODUCT({discount},{}))/({realisation}*SUMPRODUCT({discount},{},{},{})))",
                    ybys(year_col::WEIGHT),
                    ybys(year_col::COMBINED),
                    ybys(year_col::RAMP),
                    literal(none),
                    ybys(year_col::RUNNING),
                    ybys(year_col::ONE_OFF),
                    ybys(year_col::WEIGHT),
                    ybys(year_col::COMBINED),
                    ybys(year_col::RAMP),
                ),
                number_or(r.break_even_rate, none),
                Style::Percent,
            )
        }
        Headline::BreakEvenArriving => (
            Msg::WorkbookBreakEvenArriving,
            Some(Msg::WorkbookBreakEvenArrivingNote),
            format!(
                "=IF(ISNUMBER({rate}),{rate}*{realisation},{})",
                literal(none),
                rate = here(Headline::BreakEven)
            ),
            number_or(r.break_even_arriving, none),
            Style::Percent,
        ),
        Headline::StandaloneTotal => sum(
            Msg::WorkbookStandaloneTotal,
            totals(l, col::ALONE),
            r.standalone_total,
        ),
        Headline::SharedTotal => sum(
            Msg::WorkbookSharedTotal,
            totals(l, col::SHARED),
            r.shared_total,
        ),
        Headline::NetTotal => sum(Msg::WorkbookNetTotal, totals(l, col::NET), r.net_total),
        Headline::OneOffTotal => sum(
            Msg::WorkbookOneOffTotal,
            l.year_column(year_col::ONE_OFF),
            r.one_off_total,
        ),
        Headline::FullyInPlace => {
            let full = format!("MAX({})", service_column(l, service_col::FULL_YEAR));
            (
                Msg::WorkbookFullyInPlace,
                Some(Msg::WorkbookFullyInPlaceNote),
                format!("={first}+{full}-1&\"/\"&RIGHT({first}+{full},2)"),
                Value::Text(financial_year_label(s.first_year, r.fully_in_place_year)),
                Style::Plain,
            )
        }
        Headline::WorseOff => {
            let answers = range(
                l.sheets.partners,
                l.partner_total(0, WORSE_OFF_COL),
                l.partner_total(l.partners.saturating_sub(1), WORSE_OFF_COL),
            );
            let worse = r.partners.iter().filter(|p| p.worse_off()).count();
            (
                Msg::WorkbookWorseOffCount,
                None,
                format!("=COUNTIF({answers},{})", literal(yes_no(lang, true))),
                Value::Number(worse as f64),
                Style::Whole,
            )
        }
    };
    sh.text(at(cell.row, 0), t(lang, label), Style::Plain)?;
    sh.formula(cell, &formula, value, style)?;
    if let Some(note) = note {
        sh.text(cell.right(1), t(lang, note), Style::Plain)?;
    }
    Ok(())
}

/// A total over the period: its label, no note, the sum and its value.
fn sum(label: Msg, values: String, value: f64) -> (Msg, Option<Msg>, String, Value, Style) {
    (
        label,
        None,
        format!("=SUM({values})"),
        Value::Number(value),
        Style::Money,
    )
}

/// The partners' combined Year 1 spend on each service, from the Inputs baselines block.
fn service_column_total(l: &Layout) -> String {
    range(
        l.sheets.inputs,
        l.baseline(0, l.partners),
        l.baseline(l.services.saturating_sub(1), l.partners),
    )
}

/// The table of years: all partners together, summed from Year by year.
fn years(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
) -> Result<(), XlsxError> {
    let header = l.totals_header;
    sh.text(
        at(header - 1, 0),
        t(lang, Msg::WorkbookEachYearHeading),
        Style::Heading,
    )?;
    sh.headers(
        at(header, 0),
        &[
            t(lang, Msg::ResultsYear),
            t(lang, Msg::WorkbookColFinancialYear),
            t(lang, Msg::ResultsCostAlone),
            t(lang, Msg::ResultsYearsCostShared),
            t(lang, Msg::ResultsNetSaving),
            t(lang, Msg::ResultsCumulativeNetSaving),
            t(lang, Msg::WorkbookColPaidBack),
            t(lang, Msg::WorkbookColDiscount),
            t(lang, Msg::WorkbookColDiscounted),
        ],
    )?;
    let years_col = l.year_column(year_col::YEAR);
    for y in &r.years {
        let k = y.year;
        let cell = |c| l.total(k, c);
        let year = cell(col::YEAR).a1();
        let sum_of = |c| format!("=SUMIF({years_col},{year},{})", l.year_column(c));
        sh.number(cell(col::YEAR), f64::from(k), Style::Whole)?;
        sh.formula(
            cell(col::FINANCIAL_YEAR),
            &financial_year(l, &year),
            Value::Text(financial_year_label(s.first_year, k)),
            Style::Plain,
        )?;
        sh.formula(
            cell(col::ALONE),
            &sum_of(year_col::ALONE),
            Value::Number(y.standalone),
            Style::Money,
        )?;
        sh.formula(
            cell(col::SHARED),
            &sum_of(year_col::SHARED),
            Value::Number(y.shared),
            Style::Money,
        )?;
        let net = format!("={}-{}", cell(col::ALONE).a1(), cell(col::SHARED).a1());
        sh.formula(cell(col::NET), &net, Value::Number(y.net), Style::Money)?;
        let cumulative = if k == 1 {
            format!("={}", cell(col::NET).a1())
        } else {
            format!(
                "={}+{}",
                l.total(k - 1, col::CUMULATIVE).a1(),
                cell(col::NET).a1()
            )
        };
        sh.formula(
            cell(col::CUMULATIVE),
            &cumulative,
            Value::Number(y.cumulative),
            Style::Money,
        )?;
        let paid = format!("={}>0", cell(col::CUMULATIVE).a1());
        sh.formula(
            cell(col::PAID_BACK),
            &paid,
            Value::Bool(y.cumulative > 0.0),
            Style::Plain,
        )?;
        sh.formula(
            cell(col::DISCOUNT),
            &discount_factor(l, &year),
            Value::Number(y.discount_factor),
            Style::Factor,
        )?;
        let discounted = format!("={}*{}", cell(col::DISCOUNT).a1(), cell(col::NET).a1());
        sh.formula(
            cell(col::DISCOUNTED),
            &discounted,
            Value::Number(y.discounted_net),
            Style::Money,
        )?;
    }
    Ok(())
}
