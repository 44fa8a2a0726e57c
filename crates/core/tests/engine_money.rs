//! Writing and reading money, percentages and whole numbers the way officers type and read them.

use sharecalc_core::engine::{
    currency_symbol, format_money, format_money_compact, format_percent, parse_money,
    parse_percent, parse_percent_list, parse_whole_number, CURRENCIES,
};
use sharecalc_core::i18n::{Lang, Text};

#[test]
fn currencies_and_symbols() {
    assert_eq!(CURRENCIES.first(), Some(&"GBP"));
    let symbols: Vec<&str> = CURRENCIES.iter().map(|c| currency_symbol(c)).collect();
    assert_eq!(symbols, ["£", "€", "$", "A$", "NZ$", "C$"]);
    assert_eq!(currency_symbol("XYZ"), "");
}

#[test]
fn money_in_whole_units() {
    let cases = [
        (1_234_567.0, "£1,234,567"),
        (-45_000.0, "\u{2212}£45,000"),
        (0.0, "£0"),
        (-0.0, "£0"),
        (-0.4, "£0"),
        (0.5, "£1"),
        (-0.5, "\u{2212}£1"),
        (999.49, "£999"),
        (1_000.0, "£1,000"),
        (100.0, "£100"),
        (1e12, "£1,000,000,000,000"),
        (2.675, "£3"),
        (1_234_567.5, "£1,234,568"),
    ];
    for (amount, expected) in cases {
        assert_eq!(format_money(amount, "GBP"), expected, "{amount}");
    }
    assert_eq!(format_money(250_000.0, "NZD"), "NZ$250,000");
    assert_eq!(format_money(-1.0, "EUR"), "\u{2212}€1");
    assert_eq!(format_money(f64::NAN, "GBP"), "—");
    assert_eq!(format_money(f64::INFINITY, "GBP"), "—");
    assert_eq!(format_money(1e300, "GBP").len(), "£".len() + 301 + 100);
}

#[test]
fn compact_money() {
    let cases = [
        (1_200_000.0, "£1.2m"),
        (12_000_000.0, "£12m"),
        (12_400_000.0, "£12m"),
        (3_400_000_000.0, "£3.4bn"),
        (450_000.0, "£450,000"),
        (999_999.4, "£999,999"),
        (999_999.6, "£1m"),
        (1_000_000.0, "£1m"),
        (1_250_000.0, "£1.3m"),
        (1_040_000.0, "£1m"),
        (9_960_000.0, "£10m"),
        (999_600_000.0, "£1bn"),
        (999_400_000.0, "£999m"),
        (25_000_000_000.0, "£25bn"),
        (1_234_000_000_000.0, "£1,234bn"),
        (-1_200_000.0, "\u{2212}£1.2m"),
        (-45_000.0, "\u{2212}£45,000"),
        (0.0, "£0"),
    ];
    for (amount, expected) in cases {
        assert_eq!(
            format_money_compact(amount, "GBP", Lang::En),
            expected,
            "{amount}"
        );
    }
    assert_eq!(format_money_compact(2_500_000.0, "AUD", Lang::En), "A$2.5m");
    assert_eq!(format_money_compact(f64::NAN, "GBP", Lang::En), "—");
}

#[test]
fn welsh_short_money_writes_millions_as_m_and_billions_as_bn() {
    // Welsh style is £3.5m, as in English (the November 2026 review; it was £1.2M before).
    let cases = [
        (1_200_000.0, "£1.2m"),
        (450_000.0, "£450,000"),
        (25_000_000_000.0, "£25bn"),
        (-1_200_000.0, "\u{2212}£1.2m"),
    ];
    for (amount, expected) in cases {
        assert_eq!(
            format_money_compact(amount, "GBP", Lang::Cy),
            expected,
            "{amount}"
        );
    }
}

#[test]
fn percentages() {
    let cases = [
        (0.155, 1, "15.5%"),
        (0.2, 1, "20%"),
        (0.035, 1, "3.5%"),
        (0.035, 0, "4%"),
        (-0.1, 0, "\u{2212}10%"),
        (1.0 / 3.0, 2, "33.33%"),
        (0.0, 1, "0%"),
        (-0.0001, 1, "0%"),
        (0.1003462882, 1, "10%"),
        (0.258333, 1, "25.8%"),
        (12.345, 0, "1,235%"),
    ];
    for (fraction, decimals, expected) in cases {
        assert_eq!(
            format_percent(fraction, decimals),
            expected,
            "{fraction} to {decimals}"
        );
    }
    assert_eq!(format_percent(0.5, usize::MAX), "50%");
    assert_eq!(format_percent(f64::NAN, 1), "—");
}

#[test]
fn parsing_money_as_people_type_it() {
    let cases = [
        ("£1,200,000", 1_200_000.0),
        ("1.2m", 1_200_000.0),
        ("250k", 250_000.0),
        (" 300 000 ", 300_000.0),
        ("1.5bn", 1_500_000_000.0),
        ("£1.2M", 1_200_000.0),
        ("1200000.50", 1_200_000.5),
        ("£ 45", 45.0),
        ("1.2 m", 1_200_000.0),
        ("0.1", 0.1),
        (".5", 0.5),
        ("0", 0.0),
        ("1,234,567.89", 1_234_567.89),
        ("1.000001m", 1_000_001.0),
        ("0.0000001bn", 100.0),
        ("300\u{a0}000", 300_000.0),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_money(text, "GBP"), Ok(expected), "{text:?}");
    }
}

#[test]
fn parsing_money_keeps_a_minus_for_validation_to_judge() {
    // A leading minus is read; the range check ("must be 0 or more") belongs to validate.
    assert_eq!(parse_money("-5", "GBP"), Ok(-5.0));
    assert_eq!(parse_money("\u{2212}£1.2m", "GBP"), Ok(-1_200_000.0));
    assert_eq!(parse_money("£-45", "GBP"), Ok(-45.0));
    assert_eq!(
        parse_money("-0", "GBP").map(f64::is_sign_negative),
        Ok(false)
    );
}

/// A parse result with its error in English words, as the page shows it.
fn english<T>(result: Result<T, Text>) -> Result<T, String> {
    result.map_err(|e| e.render(Lang::En))
}

#[test]
fn parsing_money_refuses_what_it_cannot_be_sure_of() {
    let help = Err("Enter an amount, like £250,000 or 1.2m".to_owned());
    for text in [
        "abc", "1.2.3", "", "   ", "--5", "5mm", "£", "m", "1,2", "12,34", "1,2345", ",100", "1.",
        "£1.2x", "1e6", "5%", "-£-5", "1 2",
    ] {
        assert_eq!(english(parse_money(text, "GBP")), help, "{text:?}");
    }
    assert_eq!(
        english(parse_money(&"9".repeat(400), "GBP")),
        Err("Enter a smaller number".to_owned())
    );
}

#[test]
fn parsing_money_takes_the_scenarios_own_sign() {
    for (text, currency, expected) in [
        ("€250k", "EUR", 250_000.0),
        ("NZ$1,000", "NZD", 1_000.0),
        ("A$2.5K", "AUD", 2_500.0),
        ("C$3", "CAD", 3.0),
        ("$1,000", "USD", 1_000.0),
        // Australians, New Zealanders and Canadians write their own dollars as "$".
        ("$1,000", "AUD", 1_000.0),
        ("-$5", "NZD", -5.0),
        ("1,000", "EUR", 1_000.0),
    ] {
        assert_eq!(
            parse_money(text, currency),
            Ok(expected),
            "{text:?} in {currency}"
        );
    }
}

#[test]
fn parsing_money_refuses_another_currencys_sign() {
    for (text, currency, message) in [
        (
            "$1,000",
            "GBP",
            "This scenario is in £, not $. Enter an amount like £250,000",
        ),
        (
            "€250k",
            "GBP",
            "This scenario is in £, not €. Enter an amount like £250,000",
        ),
        (
            "-€5",
            "GBP",
            "This scenario is in £, not €. Enter an amount like £250,000",
        ),
        (
            "£5",
            "EUR",
            "This scenario is in €, not £. Enter an amount like €250,000",
        ),
        (
            "A$5",
            "USD",
            "This scenario is in $, not A$. Enter an amount like $250,000",
        ),
        (
            "NZ$5",
            "AUD",
            "This scenario is in A$, not NZ$. Enter an amount like A$250,000",
        ),
    ] {
        assert_eq!(
            english(parse_money(text, currency)),
            Err(message.to_owned()),
            "{text:?} in {currency}"
        );
    }
    assert_eq!(
        parse_money("$1,000", "GBP").map_err(|e| e.render(Lang::Cy)),
        Err("Mae'r senario hwn mewn £, nid $. Rhowch swm fel £250,000".to_owned())
    );
}

#[test]
fn a_list_of_percentages_is_one_per_year_separated_by_commas_or_semicolons() {
    let cases: [(&str, &[f64]); 5] = [
        ("100", &[1.0]),
        ("50, 50", &[0.5, 0.5]),
        ("60%;40 %", &[0.6, 0.4]),
        (" 25 , 25,25,25 ", &[0.25, 0.25, 0.25, 0.25]),
        ("0, 100", &[0.0, 1.0]),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse_percent_list(text).as_deref(),
            Ok(expected),
            "{text:?}"
        );
    }
    let help = Err("Enter a percentage for each year, separated by commas, like 50, 50".to_owned());
    for text in ["", "50,", "50 50", "half, half", "50,,50", "1.5.0"] {
        assert_eq!(english(parse_percent_list(text)), help, "{text:?}");
    }
}

#[test]
fn parsing_percentages() {
    let cases = [
        ("15%", 0.15),
        ("15", 0.15),
        (" 15.5 % ", 0.155),
        ("3.5", 0.035),
        ("0", 0.0),
        ("-10%", -0.1),
        ("100", 1.0),
        ("0.5%", 0.005),
        ("200%", 2.0),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_percent(text), Ok(expected), "{text:?}");
    }
    let help = Err("Enter a percentage, like 15%".to_owned());
    for text in [
        "abc", "", "%", "15%%", "1.2.3", "1,5", "15 %%", "--5", "five",
    ] {
        assert_eq!(english(parse_percent(text)), help, "{text:?}");
    }
}

#[test]
fn parsing_whole_numbers() {
    assert_eq!(parse_whole_number("10"), Ok(10));
    assert_eq!(parse_whole_number(" 2027 "), Ok(2027));
    assert_eq!(parse_whole_number("-3"), Ok(-3));
    let help = Err("Enter a whole number, like 10".to_owned());
    for text in ["10.5", "2,027", "", "ten", "1e3", "--1", "+"] {
        assert_eq!(english(parse_whole_number(text)), help, "{text:?}");
    }
    assert_eq!(
        english(parse_whole_number("99999999999999999999")),
        Err("Enter a smaller number".to_owned())
    );
}
