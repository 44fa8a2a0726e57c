//! Where everything is: the sheets' names and the row of every block, worked out once from the
//! scenario's shape, so that each sheet writes its own cells and the formulas of the others
//! refer to them without repeating any arithmetic on rows.

use sharecalc_core::engine::{
    FieldPath, PartnerCostField, PartnerField, Scenario, ServiceField, SplitField,
};
use sharecalc_core::i18n::{t, Lang, Msg};

use crate::grid::{at, At};

/// The six sheets' names, in the page's language.
pub(crate) struct Sheets {
    pub inputs: &'static str,
    pub years: &'static str,
    pub partners: &'static str,
    pub summary: &'static str,
    pub cash: &'static str,
    pub method: &'static str,
}

impl Sheets {
    fn new(lang: Lang) -> Sheets {
        Sheets {
            inputs: t(lang, Msg::WorkbookSheetInputs),
            years: t(lang, Msg::WorkbookSheetYears),
            partners: t(lang, Msg::WorkbookSheetPartners),
            summary: t(lang, Msg::WorkbookSheetSummary),
            cash: t(lang, Msg::WorkbookSheetCash),
            method: t(lang, Msg::WorkbookSheetMethod),
        }
    }
}

/// The assumptions, in the order the Inputs sheet lists them, each with its value in column B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Assumption {
    FirstYear,
    Horizon,
    DiscountRate,
    CostGrowth,
    Realisation,
    OptimismBias,
    OptimismBiasRunning,
    PriceBase,
    /// e = first year − price base, worked out by a formula.
    BaseOffset,
    Inflation,
    Currency,
}

impl Assumption {
    /// Every assumption, top to bottom.
    pub const ALL: [Assumption; 11] = [
        Assumption::FirstYear,
        Assumption::Horizon,
        Assumption::DiscountRate,
        Assumption::CostGrowth,
        Assumption::Realisation,
        Assumption::OptimismBias,
        Assumption::OptimismBiasRunning,
        Assumption::PriceBase,
        Assumption::BaseOffset,
        Assumption::Inflation,
        Assumption::Currency,
    ];

    /// The scenario field it holds, if it is one.
    fn field(self) -> Option<FieldPath> {
        Some(match self {
            Assumption::FirstYear => FieldPath::FirstYear,
            Assumption::Horizon => FieldPath::HorizonYears,
            Assumption::DiscountRate => FieldPath::DiscountRate,
            Assumption::CostGrowth => FieldPath::CostGrowth,
            Assumption::Realisation => FieldPath::Realisation,
            Assumption::OptimismBias => FieldPath::OptimismBias,
            Assumption::OptimismBiasRunning => FieldPath::OptimismBiasRunning,
            Assumption::PriceBase => FieldPath::PriceBaseYear,
            Assumption::Inflation => FieldPath::Inflation,
            Assumption::Currency => FieldPath::Currency,
            Assumption::BaseOffset => return None,
        })
    }
}

/// Columns of the Inputs sheet's services block.
pub(crate) mod service_col {
    pub const NAME: u16 = 0;
    pub const SAVING_RATE: u16 = 1;
    pub const GO_LIVE: u16 = 2;
    pub const RAMP_YEARS: u16 = 3;
    pub const ONE_OFF: u16 = 4;
    pub const RUNNING_RATE: u16 = 5;
    pub const FIXED_RUNNING: u16 = 6;
    pub const BASIS: u16 = 7;
    pub const DRIVER: u16 = 8;
    pub const FULL_YEAR: u16 = 9;
}

/// Columns of the Inputs sheet's block of partners' own costs.
pub(crate) mod cost_col {
    pub const PARTNER: u16 = 0;
    pub const LABEL: u16 = 1;
    pub const YEAR: u16 = 2;
    pub const AMOUNT: u16 = 3;
}

/// Columns of the Year by year sheet, in the spec's order of working.
pub(crate) mod year_col {
    pub const YEAR: u16 = 0;
    pub const FINANCIAL_YEAR: u16 = 1;
    pub const PARTNER: u16 = 2;
    pub const SERVICE: u16 = 3;
    pub const GROWTH: u16 = 4;
    pub const DISCOUNT: u16 = 5;
    pub const LIVE: u16 = 6;
    pub const RAMP: u16 = 7;
    pub const COMBINED: u16 = 8;
    pub const WEIGHT: u16 = 9;
    pub const ALONE: u16 = 10;
    pub const SAVING: u16 = 11;
    pub const RUNNING: u16 = 12;
    pub const ONE_OFF: u16 = 13;
    pub const SHARED: u16 = 14;
    pub const NET: u16 = 15;
    pub const DISCOUNTED: u16 = 16;
    /// How many columns there are.
    pub const COUNT: u16 = 17;
}

/// Columns of the Summary sheet's table of years.
pub(crate) mod total_col {
    pub const YEAR: u16 = 0;
    pub const FINANCIAL_YEAR: u16 = 1;
    pub const ALONE: u16 = 2;
    pub const SHARED: u16 = 3;
    pub const NET: u16 = 4;
    pub const CUMULATIVE: u16 = 5;
    pub const PAID_BACK: u16 = 6;
    pub const DISCOUNT: u16 = 7;
    pub const DISCOUNTED: u16 = 8;
}

/// The figures of the Summary sheet, top to bottom, each with its value in column B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Headline {
    PriceBase,
    Npv,
    Payback,
    Recurring,
    RecurringShare,
    PerResident,
    BreakEven,
    BreakEvenArriving,
    StandaloneTotal,
    SharedTotal,
    NetTotal,
    OneOffTotal,
    FullyInPlace,
    WorseOff,
}

impl Headline {
    /// Every figure, top to bottom.
    pub const ALL: [Headline; 14] = [
        Headline::PriceBase,
        Headline::Npv,
        Headline::Payback,
        Headline::Recurring,
        Headline::RecurringShare,
        Headline::PerResident,
        Headline::BreakEven,
        Headline::BreakEvenArriving,
        Headline::StandaloneTotal,
        Headline::SharedTotal,
        Headline::NetTotal,
        Headline::OneOffTotal,
        Headline::FullyInPlace,
        Headline::WorseOff,
    ];
}

/// The first data row of Year by year, below its caption and header.
const YEARS_FIRST_ROW: u32 = 2;
/// The first data row of the Partners sheet.
const PARTNERS_FIRST_ROW: u32 = 2;
/// The Summary's first figure, below the title and the header.
const HEADLINES_FIRST_ROW: u32 = 3;
/// The first data row of the Cash sheet, below its heading, note, inflation and header.
pub(crate) const CASH_FIRST_ROW: u32 = 5;
/// The Assumptions block's first row on Inputs, below the title, link, note and headings.
const ASSUMPTIONS_FIRST_ROW: u32 = 6;

/// Where every block is, for one scenario's shape.
pub(crate) struct Layout {
    pub sheets: Sheets,
    /// How many partners, services, years appraised and own costs.
    pub partners: usize,
    pub services: usize,
    pub years: u32,
    pub costs: usize,
    /// Whether each partner gets a row of its own costs in each year (when any partner has one).
    pub own_rows: bool,
    /// Header rows of the Inputs blocks; each block's data starts on the next row.
    pub partners_header: u32,
    pub services_header: u32,
    pub baselines_header: u32,
    pub drivers_header: u32,
    pub profile_header: u32,
    pub costs_header: u32,
    /// Header row of the Partners sheet's split of each service's shared cost.
    pub weights_header: u32,
    /// Header row of the Summary sheet's table of years.
    pub totals_header: u32,
}

/// The rows a block takes: heading, header and one row per item, then a blank row.
fn block(items: usize) -> u32 {
    u32::try_from(items).unwrap_or(u32::MAX).saturating_add(3)
}

impl Layout {
    /// The layout of `s`'s workbook in `lang`.
    pub fn new(s: &Scenario, lang: Lang, years: u32) -> Layout {
        let (partners, services, costs) =
            (s.partners.len(), s.services.len(), s.partner_costs.len());
        let assumptions_end = ASSUMPTIONS_FIRST_ROW + Assumption::ALL.len() as u32 + 1;
        let partners_header = assumptions_end + 1;
        let services_header = partners_header + block(partners);
        let baselines_header = services_header + block(services);
        let drivers_header = baselines_header + block(services);
        let profile_header = drivers_header + block(services);
        let costs_header = profile_header + block(services);
        let partner_rows = u32::try_from(partners).unwrap_or(u32::MAX);
        Layout {
            sheets: Sheets::new(lang),
            partners,
            services,
            years,
            costs,
            own_rows: costs > 0,
            partners_header,
            services_header,
            baselines_header,
            drivers_header,
            profile_header,
            costs_header,
            weights_header: PARTNERS_FIRST_ROW + partner_rows + 3,
            totals_header: HEADLINES_FIRST_ROW + Headline::ALL.len() as u32 + 2,
        }
    }

    /// The Inputs cell holding an assumption's value.
    pub fn assumption(&self, a: Assumption) -> At {
        let index = Assumption::ALL.iter().position(|x| *x == a).unwrap_or(0);
        at(ASSUMPTIONS_FIRST_ROW + index as u32, 1)
    }

    /// The header row of the Assumptions block.
    pub fn assumptions_header(&self) -> u32 {
        ASSUMPTIONS_FIRST_ROW - 1
    }

    /// An assumption's cell as another sheet's formula refers to it: `'Inputs'!$B$9`.
    pub fn input(&self, a: Assumption) -> String {
        self.assumption(a).on(self.sheets.inputs)
    }

    /// Partner `p`'s row in the Inputs partners block (name in A, population in B).
    pub fn partner(&self, p: usize) -> At {
        at(self.partners_header + 1 + p as u32, 0)
    }

    /// Service `s`'s cell in column `col` of the Inputs services block.
    pub fn service(&self, s: usize, col: u16) -> At {
        at(self.services_header + 1 + s as u32, col)
    }

    /// Service `s`'s baseline for partner `p`; `p == partners` is the "all partners" total.
    pub fn baseline(&self, s: usize, p: usize) -> At {
        at(self.baselines_header + 1 + s as u32, 1 + p as u16)
    }

    /// Service `s`'s driver value for partner `p`.
    pub fn driver(&self, s: usize, p: usize) -> At {
        at(self.drivers_header + 1 + s as u32, 1 + p as u16)
    }

    /// Service `s`'s share of its one-off cost in year `k` (from 1); `k == years + 1` is the
    /// total.
    pub fn profile(&self, s: usize, k: u32) -> At {
        at(self.profile_header + 1 + s as u32, k as u16)
    }

    /// Own cost `i`'s cell in column `col` of the Inputs block of partners' own costs.
    pub fn cost(&self, i: usize, col: u16) -> At {
        at(self.costs_header + 1 + i as u32, col)
    }

    /// The last row of Year by year per year: each partner's services, then its own costs.
    fn rows_per_partner(&self) -> u32 {
        self.services as u32 + u32::from(self.own_rows)
    }

    /// The Year by year row of year `k` (from 1), partner `p` and service `s`; `s == services`
    /// is the partner's own costs.
    pub fn year_row(&self, k: u32, p: usize, s: usize) -> u32 {
        let per_year = self.partners as u32 * self.rows_per_partner();
        YEARS_FIRST_ROW
            + k.saturating_sub(1) * per_year
            + p as u32 * self.rows_per_partner()
            + s as u32
    }

    /// A whole column of Year by year's data, for sums: `'Year by year'!$K$3:$K$152`.
    pub fn year_column(&self, col: u16) -> String {
        let last = self.year_row(self.years, self.partners.saturating_sub(1), self.services);
        let last = if self.own_rows {
            last
        } else {
            last.saturating_sub(1)
        };
        crate::grid::range(self.sheets.years, at(YEARS_FIRST_ROW, col), at(last, col))
    }

    /// The header row of Year by year.
    pub fn years_header(&self) -> u32 {
        YEARS_FIRST_ROW - 1
    }

    /// Partner `p`'s row on the Partners sheet; `p == partners` is the total row.
    pub fn partner_total(&self, p: usize, col: u16) -> At {
        at(PARTNERS_FIRST_ROW + p as u32, col)
    }

    /// The header row of the Partners sheet.
    pub fn partners_sheet_header(&self) -> u32 {
        PARTNERS_FIRST_ROW - 1
    }

    /// The share of service `s`'s shared cost that partner `p` pays, on the Partners sheet.
    pub fn weight(&self, s: usize, p: usize) -> At {
        at(self.weights_header + 1 + s as u32, 1 + p as u16)
    }

    /// The Summary cell holding a figure.
    pub fn headline(&self, h: Headline) -> At {
        let index = Headline::ALL.iter().position(|x| *x == h).unwrap_or(0);
        at(HEADLINES_FIRST_ROW + index as u32, 1)
    }

    /// The header row of the Summary's figures.
    pub fn headlines_header(&self) -> u32 {
        HEADLINES_FIRST_ROW - 1
    }

    /// Year `k`'s cell in column `col` of the Summary's table of years.
    pub fn total(&self, k: u32, col: u16) -> At {
        at(self.totals_header + k, col)
    }

    /// Year `k`'s row on the Cash sheet.
    pub fn cash_row(&self, k: u32) -> u32 {
        CASH_FIRST_ROW + k.saturating_sub(1)
    }

    /// The Inputs cell holding a field of the scenario, if the workbook has one for it.
    pub fn field(&self, field: FieldPath) -> Option<At> {
        let fits = |i: usize, n: usize| (i < n).then_some(());
        match field {
            FieldPath::Title => Some(at(0, 0)),
            FieldPath::Partner(p, Some(f)) => {
                fits(p, self.partners)?;
                let col = match f {
                    PartnerField::Name => 0,
                    PartnerField::Population => 1,
                };
                Some(self.partner(p).right(col))
            }
            FieldPath::Service(s, Some(f)) => {
                fits(s, self.services)?;
                self.service_field(s, f)
            }
            FieldPath::PartnerCost(i, Some(f)) => {
                fits(i, self.costs)?;
                let col = match f {
                    PartnerCostField::Partner => cost_col::PARTNER,
                    PartnerCostField::Label => cost_col::LABEL,
                    PartnerCostField::Year => cost_col::YEAR,
                    PartnerCostField::Amount => cost_col::AMOUNT,
                };
                Some(self.cost(i, col))
            }
            other => Assumption::ALL
                .into_iter()
                .find(|a| a.field() == Some(other))
                .map(|a| self.assumption(a)),
        }
    }

    fn service_field(&self, s: usize, f: ServiceField) -> Option<At> {
        let fits = |i: usize, n: usize| (i < n).then_some(());
        let col = match f {
            ServiceField::Name => service_col::NAME,
            ServiceField::SavingRate => service_col::SAVING_RATE,
            ServiceField::SavingsStartYear => service_col::GO_LIVE,
            ServiceField::RampYears => service_col::RAMP_YEARS,
            ServiceField::OneOffCost => service_col::ONE_OFF,
            ServiceField::RunningCostRate => service_col::RUNNING_RATE,
            ServiceField::FixedRunningCost => service_col::FIXED_RUNNING,
            ServiceField::Split(Some(SplitField::Basis)) => service_col::BASIS,
            ServiceField::Split(Some(SplitField::Label)) => service_col::DRIVER,
            ServiceField::Baseline(Some(p)) => {
                fits(p, self.partners)?;
                return Some(self.baseline(s, p));
            }
            ServiceField::Split(Some(SplitField::Values(Some(p)))) => {
                fits(p, self.partners)?;
                return Some(self.driver(s, p));
            }
            ServiceField::OneOffProfile(Some(j)) => {
                fits(j, self.years as usize)?;
                return Some(self.profile(s, j as u32 + 1));
            }
            _ => return None,
        };
        Some(self.service(s, col))
    }
}
