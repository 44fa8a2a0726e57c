//! The Year by year sheet: one row for each year, partner and service, in the order of the CSV
//! download, each figure the spec's formula written as an Excel formula of the Inputs; then,
//! when any partner bears a one-off cost of its own, a row of those costs for each partner.

use rust_xlsxwriter::XlsxError;

use sharecalc_core::engine::{
    financial_year_label, Results, Scenario, ServiceYearWorkings, Workings,
};
use sharecalc_core::i18n::{t, Lang, Msg};

use crate::formulas::{discount_factor, financial_year};
use crate::grid::{at, At};
use crate::inputs::cost_column;
use crate::layout::{cost_col, service_col, year_col as col, Assumption, Layout};
use crate::sheet::{Sheet, Style, Value};

/// The column headers, in column order.
fn headers(lang: Lang) -> [&'static str; col::COUNT as usize] {
    [
        t(lang, Msg::ResultsYear),
        t(lang, Msg::WorkbookColFinancialYear),
        t(lang, Msg::KindPartner),
        t(lang, Msg::KindService),
        t(lang, Msg::WorkbookColGrowth),
        t(lang, Msg::WorkbookColDiscount),
        t(lang, Msg::WorkbookColLive),
        t(lang, Msg::WorkbookColRamp),
        t(lang, Msg::WorkbookColCombined),
        t(lang, Msg::ResultsPartnersShareOfShared),
        t(lang, Msg::ResultsCostAlone),
        t(lang, Msg::WorkbookColSavingShare),
        t(lang, Msg::WorkbookColRunningShare),
        t(lang, Msg::WorkbookColOneOffShare),
        t(lang, Msg::ResultsYearsCostShared),
        t(lang, Msg::ResultsNetSaving),
        t(lang, Msg::WorkbookColDiscounted),
    ]
}

/// Writes the Year by year sheet.
pub(crate) fn write(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    r: &Results,
    w: &Workings,
) -> Result<(), XlsxError> {
    sh.text(at(0, 0), t(lang, Msg::WorkbookYearsCaption), Style::Plain)?;
    let header = l.years_header();
    sh.headers(at(header, 0), &headers(lang))?;
    for (k_index, year) in r.years.iter().enumerate() {
        let k = year.year;
        for p in 0..l.partners {
            let row = Row {
                l,
                k,
                p,
                growth: w.growth.get(k_index).copied().unwrap_or(1.0),
            };
            row.common(sh, s, year.discount_factor)?;
            for (i, vw) in w.services.iter().enumerate() {
                let Some(cell) = r.cell(k_index, p, i) else {
                    continue;
                };
                let at_row = |c| at(l.year_row(k, p, i), c);
                let yw = vw.years.get(k_index).copied();
                let name = s.services.get(i).map_or("", |v| v.name.as_str());
                row.service(sh, i, name, yw, vw.weights.get(p).copied().unwrap_or(0.0))?;
                let figures = [
                    (col::ALONE, cell.standalone),
                    (col::SAVING, cell.saving),
                    (col::RUNNING, cell.running),
                    (col::ONE_OFF, cell.one_off),
                    (col::SHARED, cell.shared),
                    (col::NET, cell.net),
                    (col::DISCOUNTED, year.discount_factor * cell.net),
                ];
                for (c, value) in figures {
                    sh.formula(
                        at_row(c),
                        &row.formula(i, c),
                        Value::Number(value),
                        Style::Money,
                    )?;
                }
            }
            if l.own_rows {
                row.own_costs(sh, lang, r.own_cost(k_index, p), year.discount_factor)?;
            }
        }
    }
    sh.widths(
        0,
        &[7.0, 11.0, 30.0, 30.0, 10.0, 10.0, 8.0, 12.0, 16.0, 11.0],
    )?;
    sh.widths(10, &[16.0; 7])?;
    sh.ws.set_freeze_panes(header + 1, col::SERVICE + 1)?;
    Ok(())
}

/// One partner's rows in one year.
struct Row<'a> {
    l: &'a Layout,
    k: u32,
    p: usize,
    growth: f64,
}

impl Row<'_> {
    fn at(&self, service: usize, c: u16) -> At {
        at(self.l.year_row(self.k, self.p, service), c)
    }

    /// The cell in column `c` of this row, relative: `K12`.
    fn cell(&self, service: usize, c: u16) -> String {
        self.at(service, c).a1()
    }

    /// Year, financial year, partner, growth and discount factors: on every row, services'
    /// and own costs' alike.
    fn common(&self, sh: &mut Sheet, s: &Scenario, discount: f64) -> Result<(), XlsxError> {
        let l = self.l;
        let partner = s
            .partners
            .get(self.p)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        let rows = l.services + usize::from(l.own_rows);
        for i in 0..rows {
            let year = self.cell(i, col::YEAR);
            sh.number(self.at(i, col::YEAR), f64::from(self.k), Style::Whole)?;
            sh.formula(
                self.at(i, col::FINANCIAL_YEAR),
                &financial_year(l, &year),
                Value::Text(financial_year_label(s.first_year, self.k)),
                Style::Plain,
            )?;
            sh.formula(
                self.at(i, col::PARTNER),
                &format!("={}", l.partner(self.p).on(l.sheets.inputs)),
                Value::Text(partner.clone()),
                Style::Plain,
            )?;
            let growth = format!("=(1+{})^({year}-1)", l.input(Assumption::CostGrowth));
            sh.formula(
                self.at(i, col::GROWTH),
                &growth,
                Value::Number(self.growth),
                Style::Factor,
            )?;
            sh.formula(
                self.at(i, col::DISCOUNT),
                &discount_factor(l, &year),
                Value::Number(discount),
                Style::Factor,
            )?;
        }
        Ok(())
    }

    /// Service `i`'s name and its terms this year: live, ramp, combined spend and weight.
    fn service(
        &self,
        sh: &mut Sheet,
        i: usize,
        name: &str,
        terms: Option<ServiceYearWorkings>,
        weight: f64,
    ) -> Result<(), XlsxError> {
        let l = self.l;
        let inputs = l.sheets.inputs;
        sh.formula(
            self.at(i, col::SERVICE),
            &format!("={}", l.service(i, service_col::NAME).on(inputs)),
            Value::Text(name.to_owned()),
            Style::Plain,
        )?;
        let (live, ramp, combined) =
            terms.map_or((false, 0.0, 0.0), |y| (y.live, y.ramp, y.combined));
        let year = self.cell(i, col::YEAR);
        let go_live = l.service(i, service_col::GO_LIVE).on(inputs);
        let ramp_years = l.service(i, service_col::RAMP_YEARS).on(inputs);
        let live_formula = format!("=IF({year}>={go_live},1,0)");
        let live_value = Value::Number(if live { 1.0 } else { 0.0 });
        sh.formula(
            self.at(i, col::LIVE),
            &live_formula,
            live_value,
            Style::Whole,
        )?;
        let ramp_formula = format!(
            "=IF({}=1,MIN(1,({year}-{go_live}+1)/{ramp_years}),0)",
            self.cell(i, col::LIVE)
        );
        sh.formula(
            self.at(i, col::RAMP),
            &ramp_formula,
            Value::Number(ramp),
            Style::Percent,
        )?;
        let combined_formula = format!(
            "={}*{}",
            l.baseline(i, l.partners).on(inputs),
            self.cell(i, col::GROWTH)
        );
        sh.formula(
            self.at(i, col::COMBINED),
            &combined_formula,
            Value::Number(combined),
            Style::Money,
        )?;
        let weight_formula = format!("={}", l.weight(i, self.p).on(l.sheets.partners));
        sh.formula(
            self.at(i, col::WEIGHT),
            &weight_formula,
            Value::Number(weight),
            Style::Percent,
        )
    }

    /// The formula of service `i`'s figure in column `c`: the spec's terms, each partner's
    /// share taken by its weight.
    fn formula(&self, i: usize, c: u16) -> String {
        let l = self.l;
        let inputs = l.sheets.inputs;
        let here = |c| self.cell(i, c);
        let service = |c| l.service(i, c).on(inputs);
        let uplift = |a| format!("(1+{})", l.input(a));
        match c {
            col::ALONE => format!(
                "={}*{}",
                l.baseline(i, self.p).on(inputs),
                here(col::GROWTH)
            ),
            col::SAVING => format!(
                "={}*{}*{}*{}*{}",
                here(col::WEIGHT),
                here(col::COMBINED),
                service(service_col::SAVING_RATE),
                l.input(Assumption::Realisation),
                here(col::RAMP)
            ),
            col::RUNNING => format!(
                "={}*{}*({}*{}+{}*{})*{}",
                here(col::WEIGHT),
                here(col::LIVE),
                here(col::COMBINED),
                service(service_col::RUNNING_RATE),
                service(service_col::FIXED_RUNNING),
                here(col::GROWTH),
                uplift(Assumption::OptimismBiasRunning)
            ),
            col::ONE_OFF => format!(
                "={}*{}*{}*{}",
                here(col::WEIGHT),
                service(service_col::ONE_OFF),
                l.profile(i, self.k).on(inputs),
                uplift(Assumption::OptimismBias)
            ),
            col::SHARED => format!(
                "={}*{}-{}+{}+{}",
                here(col::WEIGHT),
                here(col::COMBINED),
                here(col::SAVING),
                here(col::RUNNING),
                here(col::ONE_OFF)
            ),
            col::NET => format!("={}-{}", here(col::ALONE), here(col::SHARED)),
            _ => format!("={}*{}", here(col::DISCOUNT), here(col::NET)),
        }
    }

    /// The partner's own one-off costs this year: a row with nothing alone and the costs
    /// shared, from the Inputs block of own costs.
    fn own_costs(
        &self,
        sh: &mut Sheet,
        lang: Lang,
        amount: f64,
        discount: f64,
    ) -> Result<(), XlsxError> {
        let l = self.l;
        let i = l.services;
        let here = |c| self.cell(i, c);
        sh.text(
            self.at(i, col::SERVICE),
            t(lang, Msg::WorkbookOwnCostsRow),
            Style::Plain,
        )?;
        for c in [col::ALONE, col::SAVING, col::RUNNING] {
            sh.number(self.at(i, c), 0.0, Style::Money)?;
        }
        let years = cost_column(l, cost_col::YEAR);
        let own = format!(
            "=SUMPRODUCT(--EXACT({},{}),--({years}={}),{})*(1+{})",
            cost_column(l, cost_col::PARTNER),
            here(col::PARTNER),
            here(col::YEAR),
            cost_column(l, cost_col::AMOUNT),
            l.input(Assumption::OptimismBias)
        );
        sh.formula(
            self.at(i, col::ONE_OFF),
            &own,
            Value::Number(amount),
            Style::Money,
        )?;
        let shared = format!("={}", here(col::ONE_OFF));
        sh.formula(
            self.at(i, col::SHARED),
            &shared,
            Value::Number(amount),
            Style::Money,
        )?;
        let net = format!("={}-{}", here(col::ALONE), here(col::SHARED));
        sh.formula(
            self.at(i, col::NET),
            &net,
            Value::Number(-amount),
            Style::Money,
        )?;
        let discounted = format!("={}*{}", here(col::DISCOUNT), here(col::NET));
        sh.formula(
            self.at(i, col::DISCOUNTED),
            &discounted,
            Value::Number(-discount * amount),
            Style::Money,
        )
    }
}
