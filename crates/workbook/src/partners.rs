//! The Partners sheet: each partner's totals over the period and its net present value, summed
//! from Year by year, and how each service's shared cost is split between them (w(s,p), which
//! every row of Year by year uses).

use rust_xlsxwriter::XlsxError;

use sharecalc_core::engine::{is_worse_off, Results, Scenario, Workings, WORSE_OFF_NPV};
use sharecalc_core::i18n::{fill, t, Lang, Msg};
use sharecalc_core::report::words;

use crate::formulas::sum_where;
use crate::grid::{at, literal};
use crate::inputs::{basis_names, cost_column, is_basis, partner_column};
use crate::layout::{cost_col, service_col, year_col, Assumption, Layout};
use crate::sheet::{Sheet, Style, Value};

/// Columns of the partners' totals.
mod col {
    pub const NAME: u16 = 0;
    pub const ALONE: u16 = 1;
    pub const SHARED: u16 = 2;
    pub const OWN: u16 = 3;
    pub const NET: u16 = 4;
    pub const NPV: u16 = 5;
    pub const WORSE_OFF: u16 = 6;
}

/// The column of the Partners sheet that says whether a partner pays more than going alone.
pub(crate) const WORSE_OFF_COL: u16 = col::WORSE_OFF;

/// "Yes" or "No", as the Partners sheet answers whether a partner pays more.
pub(crate) fn yes_no(lang: Lang, yes: bool) -> &'static str {
    t(
        lang,
        if yes {
            Msg::WorkbookYes
        } else {
            Msg::WorkbookNo
        },
    )
}

/// Writes the Partners sheet.
pub(crate) fn write(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
    w: &Workings,
) -> Result<(), XlsxError> {
    let caption = fill(
        lang,
        Msg::ResultsPartnersCaption,
        &[("years", &words::years(lang, s))],
    );
    sh.text(at(0, 0), &caption, Style::Plain)?;
    let header = l.partners_sheet_header();
    sh.headers(
        at(header, 0),
        &[
            t(lang, Msg::KindPartner),
            t(lang, Msg::ResultsCostAlone),
            t(lang, Msg::ResultsPartnersShareOfShared),
            t(lang, Msg::WorkbookColOwnCosts),
            t(lang, Msg::ResultsNetSaving),
            t(lang, Msg::HeadlineNpvLabel),
            t(lang, Msg::ResultsPartnersPaysMore),
        ],
    )?;
    totals(sh, l, lang, s, r)?;
    weights(sh, l, lang, s, w)?;
    sh.widths(0, &[36.0, 18.0, 18.0, 18.0, 18.0, 18.0, 22.0])?;
    if l.partners > 5 {
        sh.widths(7, &vec![18.0; l.partners - 5])?;
    }
    sh.ws.set_freeze_panes(header + 1, 1)?;
    Ok(())
}

fn totals(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
) -> Result<(), XlsxError> {
    let names = l.year_column(year_col::PARTNER);
    let uplift = format!("(1+{})", l.input(Assumption::OptimismBias));
    for (p, (partner, f)) in s.partners.iter().zip(&r.partners).enumerate() {
        let cell = |c| l.partner_total(p, c);
        let name = cell(col::NAME).a1();
        let sum = |c| format!("={}", sum_where(&names, &name, &l.year_column(c)));
        sh.formula(
            cell(col::NAME),
            &format!("={}", l.partner(p).on(l.sheets.inputs)),
            Value::Text(partner.name.clone()),
            Style::Plain,
        )?;
        sh.formula(
            cell(col::ALONE),
            &sum(year_col::ALONE),
            Value::Number(f.standalone),
            Style::Money,
        )?;
        sh.formula(
            cell(col::SHARED),
            &sum(year_col::SHARED),
            Value::Number(f.shared),
            Style::Money,
        )?;
        if l.costs == 0 {
            sh.number(cell(col::OWN), 0.0, Style::Money)?;
        } else {
            // Only costs in a year appraised count, as on Year by year.
            let years = cost_column(l, cost_col::YEAR);
            let own = format!(
                "=SUMPRODUCT(--EXACT({},{name}),--({years}>=1),--({years}<={}),{})*{uplift}",
                cost_column(l, cost_col::PARTNER),
                l.input(Assumption::Horizon),
                cost_column(l, cost_col::AMOUNT),
            );
            sh.formula(
                cell(col::OWN),
                &own,
                Value::Number(f.own_costs),
                Style::Money,
            )?;
        }
        let net = format!("={}-{}", cell(col::ALONE).a1(), cell(col::SHARED).a1());
        sh.formula(cell(col::NET), &net, Value::Number(f.net), Style::Money)?;
        sh.formula(
            cell(col::NPV),
            &sum(year_col::DISCOUNTED),
            Value::Number(f.npv),
            Style::Money,
        )?;
        let worse = format!(
            "=IF({}<{WORSE_OFF_NPV},{},{})",
            cell(col::NPV).a1(),
            literal(yes_no(lang, true)),
            literal(yes_no(lang, false))
        );
        let answer = yes_no(lang, is_worse_off(f.npv));
        sh.formula(
            cell(col::WORSE_OFF),
            &worse,
            Value::Text(answer.to_owned()),
            Style::Plain,
        )?;
    }
    // The total row.
    let total = |c| l.partner_total(l.partners, c);
    sh.text(
        total(col::NAME),
        t(lang, Msg::WorkbookColAllPartners),
        Style::Header,
    )?;
    let all =
        |f: fn(&sharecalc_core::engine::PartnerFigures) -> f64| r.partners.iter().map(f).sum();
    let columns: [(u16, f64); 5] = [
        (col::ALONE, all(|f| f.standalone)),
        (col::SHARED, all(|f| f.shared)),
        (col::OWN, all(|f| f.own_costs)),
        (col::NET, all(|f| f.net)),
        (col::NPV, all(|f| f.npv)),
    ];
    for (c, value) in columns {
        let (first, last) = (
            l.partner_total(0, c),
            l.partner_total(l.partners.saturating_sub(1), c),
        );
        sh.formula(
            total(c),
            &format!("=SUM({}:{})", first.a1(), last.a1()),
            Value::Number(value),
            Style::Money,
        )?;
    }
    Ok(())
}

/// w(s,p) as a formula: by the basis named in the services block, each partner's own
/// baseline, population or driver value over the total, or equal shares (also when the total
/// is 0, as the engine does).
fn weights(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    w: &Workings,
) -> Result<(), XlsxError> {
    let header = l.weights_header;
    sh.text(
        at(header - 1, 0),
        t(lang, Msg::WorkbookWeightsHeading),
        Style::Heading,
    )?;
    sh.text(at(header, 0), t(lang, Msg::KindService), Style::Header)?;
    let inputs = l.sheets.inputs;
    for (p, partner) in s.partners.iter().enumerate() {
        sh.formula(
            at(header, 1 + p as u16),
            &format!("={}", l.partner(p).on(inputs)),
            Value::Text(partner.name.clone()),
            Style::Header,
        )?;
    }
    let [_, population, equal, driver] = basis_names(lang);
    let n = l.partners;
    let share = |values: &str, own: &str| format!("IF(SUM({values})=0,1/{n},{own}/SUM({values}))");
    for (i, (v, vw)) in s.services.iter().zip(&w.services).enumerate() {
        let basis = l.service(i, service_col::BASIS).on(inputs);
        sh.formula(
            at(l.weight(i, 0).row, 0),
            &format!("={}", l.service(i, service_col::NAME).on(inputs)),
            Value::Text(v.name.clone()),
            Style::Plain,
        )?;
        let baselines =
            crate::grid::range(inputs, l.baseline(i, 0), l.baseline(i, n.saturating_sub(1)));
        let drivers = crate::grid::range(inputs, l.driver(i, 0), l.driver(i, n.saturating_sub(1)));
        let populations = partner_column(l, 1);
        for p in 0..n {
            let formula = format!(
                "=IF({},1/{n},IF({},{},IF({},{},{})))",
                is_basis(&basis, equal),
                is_basis(&basis, population),
                share(&populations, &l.partner(p).right(1).on(inputs)),
                is_basis(&basis, driver),
                share(&drivers, &l.driver(i, p).on(inputs)),
                share(&baselines, &l.baseline(i, p).on(inputs)),
            );
            let weight = vw.weights.get(p).copied().unwrap_or(0.0);
            sh.formula(
                l.weight(i, p),
                &formula,
                Value::Number(weight),
                Style::Percent,
            )?;
        }
    }
    Ok(())
}
