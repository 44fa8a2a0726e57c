//! Where a scenario's figures came from, when they were filled in from a publication (the
//! sharecalc extension field `source`, `docs/format.md`): the licences of published data ask
//! for an attribution wherever the figures are shown, so the scenario carries it with it.

use serde::Serialize;

/// A publication a scenario's figures started from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Source {
    /// English councils' Revenue Account budgets 2023-24 (DLUHC), with mySociety's register
    /// of councils for names and populations.
    #[serde(rename = "england-ra-2023-24")]
    EnglandBudgets2023,
}

impl Source {
    /// Every publication sharecalc knows.
    pub const ALL: [Source; 1] = [Source::EnglandBudgets2023];

    /// The value written in the file's `source` field.
    pub fn code(self) -> &'static str {
        match self {
            Source::EnglandBudgets2023 => "england-ra-2023-24",
        }
    }

    /// The financial year the figures are for, as published ("2023-24").
    pub fn year(self) -> &'static str {
        match self {
            Source::EnglandBudgets2023 => "2023-24",
        }
    }

    /// The financial year whose prices the figures are in, as a scenario's `price_base_year`
    /// (2023 for 2023-24): budgets published for a year are in that year's prices.
    pub fn price_base_year(self) -> i32 {
        match self {
            Source::EnglandBudgets2023 => 2023,
        }
    }

    /// Reads a `source` value; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_match_what_is_written() {
        for s in Source::ALL {
            assert_eq!(Source::from_code(s.code()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).ok(),
                Some(format!("\"{}\"", s.code()))
            );
            assert!(s.code().ends_with(s.year()));
            assert!(s.year().starts_with(&s.price_base_year().to_string()));
        }
        assert_eq!(Source::from_code("england-ra-2022-23"), None);
    }
}
