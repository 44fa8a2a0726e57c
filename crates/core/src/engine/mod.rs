//! The calculation engine: pure Rust, no browser, no signals. A [`Scenario`] (read from JSON
//! or built by the UI) is checked by [`validate`] and turned into [`Results`] by [`evaluate`];
//! the helpers here write those figures for people (money, percentages, CSV) and read what
//! people type. The contract is `spec/model.md`.

mod csv;
mod currency;
mod decimal;
mod error;
mod evaluate;
mod financial_year;
mod money;
mod parse;
mod path;
mod read;
mod results;
pub mod sample;
mod scenario;
mod source;
mod split;
mod terms;
mod uncertainty;
mod validate;
mod visible;
mod workings;

pub use csv::{results_csv, text_field, CSV_HEADER};
pub use currency::{currency_symbol, CURRENCIES};
pub use error::{field_problem, json_problem, FieldError};
pub use evaluate::evaluate;
pub use financial_year::financial_year_label;
pub use money::{
    format_money, format_money_compact, format_percent, group_thousands, MINUS, NOT_A_FIGURE,
};
pub use parse::{parse_cost, parse_money, parse_percent, parse_percent_list, parse_whole_number};
pub use path::{
    FieldPath, LeavingField, PartnerCostField, PartnerField, RangeEnd, ServiceField, SplitField,
    UncertaintyRange,
};
pub use results::{
    is_worse_off, CashFigures, CellFigures, PartnerFigures, Payback, PopulationGap, Results,
    ServiceFigures, YearFigures, WORSE_OFF_NPV,
};
pub use scenario::{
    defaults, remove_partner_costs, Leaving, Partner, PartnerCost, Scenario, Service, Split,
    FORMAT_VERSION, OLDEST_VERSION,
};
pub use source::Source;
/// Partner weights, for the analysis of what each partner gains (`crate::analysis`).
pub(crate) use split::weights;
/// The spec's formulas term by term, for the analysis's "what if" questions.
pub(crate) use terms::{
    base_offset, discount_factor, growth_factor, horizon, partner_costs_by_year, ServiceTerms,
};
pub use uncertainty::{uncertainty_defaults, Triangle, Uncertainty, MAX_MULTIPLIER};
pub use validate::{
    check_leaving, validate, FIRST_YEARS, HORIZONS, MAX_AMOUNT, MAX_NAME_CHARS, MAX_PARTNER_COSTS,
    MAX_TITLE_CHARS, PARTNER_COUNTS, PROFILE_TOLERANCE, RAMPS, SERVICE_COUNTS,
};
pub use visible::{is_direction_control, name_key, only_invisible};
pub use workings::{workings, ServiceWorkings, ServiceYearWorkings, Workings};
