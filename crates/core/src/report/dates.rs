//! Dates and times in plain words ("27 November 2026, 14:05"; "27 Tachwedd 2026, 14:05"), as
//! a person in a UK council writes them. Pure: the caller reads the clock and the time zone.

use crate::i18n::{t, Lang, Msg};

/// Month names, January first.
const MONTHS: [Msg; 12] = [
    Msg::DatesMonthJanuary,
    Msg::DatesMonthFebruary,
    Msg::DatesMonthMarch,
    Msg::DatesMonthApril,
    Msg::DatesMonthMay,
    Msg::DatesMonthJune,
    Msg::DatesMonthJuly,
    Msg::DatesMonthAugust,
    Msg::DatesMonthSeptember,
    Msg::DatesMonthOctober,
    Msg::DatesMonthNovember,
    Msg::DatesMonthDecember,
];

/// "27 November 2026, 14:05" ("27 Tachwedd 2026, 14:05") for a local date and time, with
/// `month` from 1 (January); `None` for a date or time that cannot be, so the caller can fall
/// back to what it had.
pub fn date_time_words(
    lang: Lang,
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
) -> Option<String> {
    let name = t(
        lang,
        *MONTHS.get(usize::try_from(month.checked_sub(1)?).ok()?)?,
    );
    let valid = (1..=31).contains(&day) && hour < 24 && minute < 60;
    valid.then(|| format!("{day} {name} {year}, {hour:02}:{minute:02}"))
}

#[cfg(test)]
mod tests {
    use super::date_time_words;
    use crate::i18n::Lang;

    #[test]
    fn writes_the_day_month_year_and_24_hour_time() {
        assert_eq!(
            date_time_words(Lang::En, 2026, 11, 27, 14, 5).as_deref(),
            Some("27 November 2026, 14:05")
        );
        assert_eq!(
            date_time_words(Lang::En, 2027, 1, 1, 0, 0).as_deref(),
            Some("1 January 2027, 00:00")
        );
        assert_eq!(
            date_time_words(Lang::En, 2027, 12, 31, 23, 59).as_deref(),
            Some("31 December 2027, 23:59")
        );
    }

    #[test]
    fn welsh_names_the_month_in_welsh() {
        assert_eq!(
            date_time_words(Lang::Cy, 2026, 11, 27, 14, 5).as_deref(),
            Some("27 Tachwedd 2026, 14:05")
        );
        assert_eq!(
            date_time_words(Lang::Cy, 2027, 1, 1, 0, 0).as_deref(),
            Some("1 Ionawr 2027, 00:00")
        );
    }

    #[test]
    fn impossible_values_give_nothing() {
        assert_eq!(date_time_words(Lang::En, 2026, 0, 1, 0, 0), None);
        assert_eq!(date_time_words(Lang::En, 2026, 13, 1, 0, 0), None);
        assert_eq!(date_time_words(Lang::En, 2026, 1, 0, 0, 0), None);
        assert_eq!(date_time_words(Lang::En, 2026, 1, 1, 24, 0), None);
        assert_eq!(date_time_words(Lang::En, 2026, 1, 1, 0, 60), None);
    }
}
