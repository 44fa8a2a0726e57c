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
mod read;
mod results;
pub mod sample;
mod scenario;
mod source;
mod split;
mod uncertainty;
mod validate;

pub use csv::{results_csv, text_field, CSV_HEADER};
pub use currency::{currency_symbol, CURRENCIES};
pub use error::FieldError;
pub use evaluate::evaluate;
pub use financial_year::financial_year_label;
pub use money::{format_money, format_money_compact, format_percent, MINUS, NOT_A_FIGURE};
pub use parse::{parse_money, parse_percent, parse_whole_number};
pub use results::{CellFigures, PartnerFigures, Payback, Results, ServiceFigures, YearFigures};
pub use scenario::{defaults, Partner, Scenario, Service, Split, FORMAT_VERSION};
pub use source::Source;
/// Partner weights, for the analysis of what each partner gains (`crate::analysis`).
pub(crate) use split::weights;
pub use uncertainty::{uncertainty_defaults, Triangle, Uncertainty, MAX_MULTIPLIER};
pub use validate::{
    validate, FIRST_YEARS, HORIZONS, MAX_AMOUNT, MAX_NAME_CHARS, MAX_TITLE_CHARS, PARTNER_COUNTS,
    RAMPS, SERVICE_COUNTS,
};
