//! The Inputs sheet: every assumption, partner and service of the scenario as labelled cells
//! with units, shaded where the reader may change them. Every other sheet's formulas start
//! here.

use rust_xlsxwriter::{DataValidation, Url, XlsxError};

use sharecalc_core::engine::{Scenario, Split, Workings};
use sharecalc_core::i18n::{fill, t, Lang, Msg};

use crate::grid::{at, literal, range, At};
use crate::layout::{cost_col, service_col, Assumption, Layout};
use crate::sheet::{Sheet, Style, Value};

/// The longest text a cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// The four ways of splitting a service's shared cost, as the sheet names them, in the order
/// the formulas of the Partners sheet test them.
pub(crate) fn basis_names(lang: Lang) -> [&'static str; 4] {
    [
        t(lang, Msg::EditorBasisBaseline),
        t(lang, Msg::EditorBasisPopulation),
        t(lang, Msg::EditorBasisEqual),
        t(lang, Msg::EditorBasisDriver),
    ]
}

fn basis_name(lang: Lang, split: &Split) -> &'static str {
    let [baseline, population, equal, driver] = basis_names(lang);
    match split {
        Split::Baseline => baseline,
        Split::Population => population,
        Split::Equal => equal,
        Split::Driver { .. } => driver,
    }
}

fn label(a: Assumption) -> Msg {
    match a {
        Assumption::FirstYear => Msg::EditorFirstYearLabel,
        Assumption::Horizon => Msg::EditorHorizonLabel,
        Assumption::DiscountRate => Msg::BuildLabelDiscountRate,
        Assumption::CostGrowth => Msg::BuildLabelCostGrowth,
        Assumption::Realisation => Msg::BuildLabelRealisation,
        Assumption::OptimismBias => Msg::BuildLabelOptimismBias,
        Assumption::OptimismBiasRunning => Msg::WorkbookOptimismRunning,
        Assumption::PriceBase => Msg::WorkbookPriceBase,
        Assumption::BaseOffset => Msg::WorkbookBaseOffset,
        Assumption::Inflation => Msg::WorkbookInflation,
        Assumption::Currency => Msg::EditorCurrencyLabel,
    }
}

fn unit(a: Assumption) -> Msg {
    match a {
        Assumption::FirstYear => Msg::WorkbookUnitFirstYear,
        Assumption::Horizon => Msg::WorkbookUnitHorizon,
        Assumption::DiscountRate | Assumption::CostGrowth => Msg::WorkbookUnitRealRate,
        Assumption::Realisation | Assumption::OptimismBias | Assumption::OptimismBiasRunning => {
            Msg::WorkbookUnitPercent
        }
        Assumption::PriceBase => Msg::WorkbookUnitPriceBase,
        Assumption::BaseOffset => Msg::WorkbookUnitWorkedOut,
        Assumption::Inflation => Msg::WorkbookUnitInflation,
        Assumption::Currency => Msg::WorkbookUnitCurrency,
    }
}

/// Writes the Inputs sheet.
pub(crate) fn write(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    w: &Workings,
    link: &str,
) -> Result<(), XlsxError> {
    let title = if s.title.trim().is_empty() {
        t(lang, Msg::BuildLabelScenario)
    } else {
        s.title.as_str()
    };
    sh.text(at(0, 0), title, Style::Title)?;
    sh.text(at(1, 0), t(lang, Msg::WorkbookLinkLabel), Style::Plain)?;
    write_link(sh, lang, at(1, 1), link)?;
    sh.text(at(2, 0), t(lang, Msg::WorkbookInputsIntro), Style::Plain)?;
    assumptions(sh, l, lang, s, w)?;
    partners(sh, l, lang, s)?;
    services(sh, l, lang, s, w)?;
    baselines(sh, l, lang, s, w)?;
    drivers(sh, l, lang, s)?;
    profiles(sh, l, lang, s, w)?;
    own_costs(sh, l, lang, s)?;
    let columns = (l.partners.max(l.years as usize) + 2).max(10);
    sh.widths(0, &[44.0])?;
    sh.widths(1, &vec![16.0; columns])?;
    sh.ws.set_freeze_panes(0, 1)?;
    Ok(())
}

/// The scenario's link, as a link when it is short enough for one, else as text.
fn write_link(sh: &mut Sheet, lang: Lang, cell: At, link: &str) -> Result<(), XlsxError> {
    match sh
        .ws
        .write_url_with_text(cell.row, cell.col, Url::new(link), link)
    {
        Ok(_) => Ok(()),
        Err(_) if link.chars().count() <= MAX_CELL_CHARS => sh.text(cell, link, Style::Plain),
        Err(_) => sh.text(cell, t(lang, Msg::WorkbookLinkTooLong), Style::Plain),
    }
}

/// A block's heading and column headers, the heading on the row above `header`.
fn heading(sh: &mut Sheet, header: u32, heading: &str, headers: &[&str]) -> Result<(), XlsxError> {
    sh.text(at(header - 1, 0), heading, Style::Heading)?;
    sh.headers(at(header, 0), headers)
}

fn assumptions(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    w: &Workings,
) -> Result<(), XlsxError> {
    heading(
        sh,
        l.assumptions_header(),
        t(lang, Msg::EditorAssumptionsHeading),
        &[
            t(lang, Msg::WorkbookColAssumption),
            t(lang, Msg::WorkbookColValue),
            t(lang, Msg::WorkbookColUnit),
        ],
    )?;
    for a in Assumption::ALL {
        let cell = l.assumption(a);
        sh.text(at(cell.row, 0), t(lang, label(a)), Style::Plain)?;
        sh.text(cell.right(1), t(lang, unit(a)), Style::Plain)?;
        match a {
            Assumption::FirstYear => sh.number(cell, f64::from(s.first_year), Style::InputWhole)?,
            Assumption::Horizon => sh.number(cell, f64::from(l.years), Style::Whole)?,
            Assumption::DiscountRate => sh.number(cell, s.discount_rate, Style::InputPercent)?,
            Assumption::CostGrowth => sh.number(cell, s.cost_growth, Style::InputPercent)?,
            Assumption::Realisation => sh.number(cell, s.realisation, Style::InputPercent)?,
            Assumption::OptimismBias => sh.number(cell, s.optimism_bias, Style::InputPercent)?,
            Assumption::OptimismBiasRunning => {
                sh.number(cell, s.optimism_bias_running, Style::InputPercent)?
            }
            Assumption::PriceBase => {
                sh.number(cell, f64::from(s.price_base()), Style::InputWhole)?
            }
            Assumption::BaseOffset => sh.formula(
                cell,
                &format!(
                    "={}-{}",
                    l.assumption(Assumption::FirstYear).a1(),
                    l.assumption(Assumption::PriceBase).a1()
                ),
                Value::Number(f64::from(w.base_offset)),
                Style::Whole,
            )?,
            Assumption::Inflation => sh.number(cell, s.inflation, Style::InputPercent)?,
            Assumption::Currency => sh.text(cell, &s.currency, Style::Plain)?,
        }
    }
    Ok(())
}

fn partners(sh: &mut Sheet, l: &Layout, lang: Lang, s: &Scenario) -> Result<(), XlsxError> {
    heading(
        sh,
        l.partners_header,
        t(lang, Msg::EditorPartnersHeading),
        &[
            t(lang, Msg::KindPartner),
            t(lang, Msg::EditorPartnersColPopulation),
        ],
    )?;
    for (p, partner) in s.partners.iter().enumerate() {
        let cell = l.partner(p);
        sh.text(cell, &partner.name, Style::InputText)?;
        match partner.population {
            Some(n) => sh.number(cell.right(1), n, Style::InputCount)?,
            None => sh.blank(cell.right(1), Style::InputCount)?,
        }
    }
    Ok(())
}

/// A formula repeating service `s`'s name from the services block, so a new name follows.
fn service_name(
    sh: &mut Sheet,
    l: &Layout,
    s: &Scenario,
    i: usize,
    cell: At,
) -> Result<(), XlsxError> {
    let name = s
        .services
        .get(i)
        .map(|v| v.name.clone())
        .unwrap_or_default();
    let source = l.service(i, service_col::NAME).a1();
    sh.formula(cell, &format!("={source}"), Value::Text(name), Style::Plain)
}

/// Column headers repeating each partner's name from the partners block, from `first` on.
fn partner_headers(sh: &mut Sheet, l: &Layout, s: &Scenario, first: At) -> Result<(), XlsxError> {
    for (p, partner) in s.partners.iter().enumerate() {
        let source = l.partner(p).a1();
        sh.formula(
            first.right(p as u16),
            &format!("={source}"),
            Value::Text(partner.name.clone()),
            Style::Header,
        )?;
    }
    Ok(())
}

fn services(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    w: &Workings,
) -> Result<(), XlsxError> {
    heading(
        sh,
        l.services_header,
        t(lang, Msg::EditorServicesHeading),
        &[
            t(lang, Msg::KindService),
            t(lang, Msg::EditorColPlannedSaving),
            t(lang, Msg::WorkbookColGoLive),
            t(lang, Msg::EditorColRampYears),
            t(lang, Msg::EditorColOneOff),
            t(lang, Msg::EditorColRunningCost),
            t(lang, Msg::WorkbookColFixedRunning),
            t(lang, Msg::EditorColSplit),
            t(lang, Msg::WorkbookColDriver),
            t(lang, Msg::WorkbookColFullYear),
        ],
    )?;
    for (i, (v, vw)) in s.services.iter().zip(&w.services).enumerate() {
        let cell = |col| l.service(i, col);
        sh.text(cell(service_col::NAME), &v.name, Style::InputText)?;
        sh.number(
            cell(service_col::SAVING_RATE),
            v.saving_rate,
            Style::InputPercent,
        )?;
        let go_live = f64::from(v.savings_start_year);
        sh.number(cell(service_col::GO_LIVE), go_live, Style::InputWhole)?;
        let ramp = f64::from(v.ramp_years);
        sh.number(cell(service_col::RAMP_YEARS), ramp, Style::InputWhole)?;
        sh.number(
            cell(service_col::ONE_OFF),
            v.one_off_cost,
            Style::InputMoney,
        )?;
        let running = v.running_cost_rate;
        sh.number(
            cell(service_col::RUNNING_RATE),
            running,
            Style::InputPercent,
        )?;
        let fixed = v.fixed_running_cost;
        sh.number(cell(service_col::FIXED_RUNNING), fixed, Style::InputMoney)?;
        sh.text(
            cell(service_col::BASIS),
            basis_name(lang, &v.split),
            Style::InputText,
        )?;
        match &v.split {
            Split::Driver { label, .. } => {
                sh.text(cell(service_col::DRIVER), label, Style::InputText)?
            }
            _ => sh.blank(cell(service_col::DRIVER), Style::InputText)?,
        }
        sh.formula(
            cell(service_col::FULL_YEAR),
            &format!(
                "={}+{}-1",
                cell(service_col::GO_LIVE).a1(),
                cell(service_col::RAMP_YEARS).a1()
            ),
            Value::Number(f64::from(vw.full_year)),
            Style::Whole,
        )?;
    }
    if l.services > 0 {
        let first = l.service(0, service_col::BASIS);
        let last = l.service(l.services - 1, service_col::BASIS);
        let choices = DataValidation::new().allow_list_strings(&basis_names(lang))?;
        sh.ws
            .add_data_validation(first.row, first.col, last.row, last.col, &choices)?;
    }
    Ok(())
}

fn baselines(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    w: &Workings,
) -> Result<(), XlsxError> {
    let header = l.baselines_header;
    heading(
        sh,
        header,
        t(lang, Msg::EditorCostsHeading),
        &[t(lang, Msg::KindService)],
    )?;
    partner_headers(sh, l, s, at(header, 1))?;
    let all = t(lang, Msg::WorkbookColAllPartners);
    sh.text(at(header, 1 + l.partners as u16), all, Style::Header)?;
    for (i, (v, vw)) in s.services.iter().zip(&w.services).enumerate() {
        service_name(sh, l, s, i, at(l.baseline(i, 0).row, 0))?;
        for p in 0..l.partners {
            let amount = v.baseline.get(p).copied().unwrap_or(0.0);
            sh.number(l.baseline(i, p), amount, Style::InputMoney)?;
        }
        let (first, last) = (
            l.baseline(i, 0),
            l.baseline(i, l.partners.saturating_sub(1)),
        );
        sh.formula(
            l.baseline(i, l.partners),
            &format!("=SUM({}:{})", first.a1(), last.a1()),
            Value::Number(vw.combined_year1),
            Style::Money,
        )?;
    }
    Ok(())
}

fn drivers(sh: &mut Sheet, l: &Layout, lang: Lang, s: &Scenario) -> Result<(), XlsxError> {
    let header = l.drivers_header;
    heading(
        sh,
        header,
        t(lang, Msg::EditorDriversHeading),
        &[t(lang, Msg::KindService)],
    )?;
    partner_headers(sh, l, s, at(header, 1))?;
    for (i, v) in s.services.iter().enumerate() {
        service_name(sh, l, s, i, at(l.driver(i, 0).row, 0))?;
        for p in 0..l.partners {
            match &v.split {
                Split::Driver { values, .. } => {
                    let value = values.get(p).copied().unwrap_or(0.0);
                    sh.number(l.driver(i, p), value, Style::InputText)?
                }
                _ => sh.blank(l.driver(i, p), Style::InputText)?,
            }
        }
    }
    Ok(())
}

fn profiles(
    sh: &mut Sheet,
    l: &Layout,
    lang: Lang,
    s: &Scenario,
    w: &Workings,
) -> Result<(), XlsxError> {
    let header = l.profile_header;
    heading(
        sh,
        header,
        t(lang, Msg::WorkbookProfileHeading),
        &[t(lang, Msg::KindService)],
    )?;
    for k in 1..=l.years {
        let title = fill(lang, Msg::WorkbookColYearN, &[("n", &k)]);
        sh.text(at(header, k as u16), &title, Style::Header)?;
    }
    sh.text(
        at(header, l.years as u16 + 1),
        t(lang, Msg::WorkbookColTotal),
        Style::Header,
    )?;
    for (i, (v, vw)) in s.services.iter().zip(&w.services).enumerate() {
        service_name(sh, l, s, i, at(l.profile(i, 1).row, 0))?;
        for k in 1..=l.years {
            match v.one_off_profile.get(k as usize - 1) {
                Some(share) => sh.number(l.profile(i, k), *share, Style::InputPercent)?,
                None => sh.blank(l.profile(i, k), Style::InputPercent)?,
            }
        }
        let (first, last) = (l.profile(i, 1), l.profile(i, l.years));
        sh.formula(
            l.profile(i, l.years + 1),
            &format!("=SUM({}:{})", first.a1(), last.a1()),
            Value::Number(vw.profile_total),
            Style::Percent,
        )?;
    }
    Ok(())
}

fn own_costs(sh: &mut Sheet, l: &Layout, lang: Lang, s: &Scenario) -> Result<(), XlsxError> {
    heading(
        sh,
        l.costs_header,
        t(lang, Msg::WorkbookPartnerCostsHeading),
        &[
            t(lang, Msg::KindPartner),
            t(lang, Msg::WorkbookColWhat),
            t(lang, Msg::WorkbookColYear),
            t(lang, Msg::WorkbookColAmount),
        ],
    )?;
    if s.partner_costs.is_empty() {
        return sh.text(
            l.cost(0, 0),
            t(lang, Msg::WorkbookPartnerCostsNone),
            Style::Plain,
        );
    }
    for (i, cost) in s.partner_costs.iter().enumerate() {
        let partner = s
            .partners
            .get(cost.partner)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        sh.formula(
            l.cost(i, cost_col::PARTNER),
            &format!("={}", l.partner(cost.partner).a1()),
            Value::Text(partner),
            Style::InputText,
        )?;
        sh.text(l.cost(i, cost_col::LABEL), &cost.label, Style::InputText)?;
        sh.number(
            l.cost(i, cost_col::YEAR),
            f64::from(cost.year),
            Style::InputWhole,
        )?;
        sh.number(l.cost(i, cost_col::AMOUNT), cost.amount, Style::InputMoney)?;
    }
    Ok(())
}

/// One of the partners' own-costs columns of the Inputs sheet, for sums on other sheets.
pub(crate) fn cost_column(l: &Layout, col: u16) -> String {
    let last = l.costs.max(1) - 1;
    range(l.sheets.inputs, l.cost(0, col), l.cost(last, col))
}

/// A whole column of the Inputs services block, for sums on other sheets.
pub(crate) fn service_column(l: &Layout, col: u16) -> String {
    range(
        l.sheets.inputs,
        l.service(0, col),
        l.service(l.services.saturating_sub(1), col),
    )
}

/// The partners' names (or populations, `col` 1) on the Inputs sheet.
pub(crate) fn partner_column(l: &Layout, col: u16) -> String {
    range(
        l.sheets.inputs,
        l.partner(0).right(col),
        l.partner(l.partners.saturating_sub(1)).right(col),
    )
}

/// A formula's test that a service's basis is the one named `name`.
pub(crate) fn is_basis(basis: &str, name: &str) -> String {
    format!("{basis}={}", literal(name))
}
