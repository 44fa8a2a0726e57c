//! Three short Welsh words take a longer form before a vowel sound: "a" (and) becomes "ac",
//! "â" (with, as) "ag" and "na" (than) "nag": "rhwng 2 a 30" but "rhwng 2 ac 8", "Conwy ac
//! Ynys Môn". A message cannot choose, because the word after it is a placeholder's value, so
//! [`super::fill`] asks [`before_value`] as it writes each value in Welsh.
//!
//! A figure counts as the words it is read as, in the decimal system Welsh schools and
//! official Welsh use for figures: 1 "un", 8 "wyth", 11 to 19 "un deg …", 80 to 89 "wyth deg
//! …", 800 "wyth cant", and a leading group of thousands the same way (8,000 "wyth mil",
//! 18,500 "un deg wyth mil…"). 20 is read "ugain", as it almost always is. So "ac" goes
//! before 1, 8, 11–20, 80–89 and 800–899 (and those thousands, millions…), "a" before
//! everything else: 0 "dim", 10 "deg", 21 "dau ddeg un", 100 "cant", 1,000 "mil", 1,000,000
//! "miliwn", a negative figure "minws". A currency sign is read after the figure (£8 "wyth
//! punt"), so it is skipped; a decimal is read from its whole part (1.2m "un pwynt dau").

use std::borrow::Cow;

use crate::letter_case;

/// Each word that changes, and its form before a vowel sound.
const BEFORE_A_VOWEL: [(&str, &str); 3] = [("a", "ac"), ("â", "ag"), ("na", "nag")];

/// Welsh vowels, with the accents Welsh and borrowed names use.
const VOWELS: &str = "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ";

/// Whether Welsh says `value` starting with a vowel sound: a word starting with a vowel
/// ("Ynys Môn", "Afon"), or a figure read that way ("8", "£11m", "80%"; see the module).
pub fn said_with_vowel(value: &str) -> bool {
    let spoken = value.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_minus(c));
    match spoken.chars().next() {
        Some(c) if c.is_ascii_digit() => figure_said_with_vowel(spoken),
        Some(c) => VOWELS.contains(letter_case::lower(c)),
        None => false,
    }
}

fn is_minus(c: char) -> bool {
    c == '-' || c == crate::engine::MINUS
}

/// Whether the whole part of the figure `figure` starts with "un", "wyth" or "ugain".
fn figure_said_with_vowel(figure: &str) -> bool {
    let digits: String = figure
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return false; // dim
    }
    let leading_len = (digits.len() - 1) % 3 + 1;
    let leading: u32 = digits
        .get(..leading_len)
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    let has_thousands = digits.len() > 3;
    if has_thousands && leading == 1 {
        return false; // mil, miliwn, biliwn
    }
    match (leading / 100, leading % 100) {
        (0, rest) => matches!(rest, 1 | 8 | 11..=20 | 80..=89),
        (hundreds, _) => hundreds == 8,
    }
}

/// `literal`, a message's words just before a placeholder, as Welsh writes them before
/// `value`: a last word "a", "â" or "na" becomes "ac", "ag" or "nag" when `value` is said
/// with a vowel. `starts_message` says whether `literal` opens the message (otherwise a word
/// at its very start is the end of the value before it, not a word of its own).
pub(super) fn before_value<'a>(
    literal: &'a str,
    starts_message: bool,
    value: &str,
) -> Cow<'a, str> {
    let Some(words) = literal.strip_suffix(' ') else {
        return Cow::Borrowed(literal);
    };
    let found = BEFORE_A_VOWEL.iter().find_map(|(short, long)| {
        let lead = strip_word(words, short)?;
        let whole_word = match lead.chars().next_back() {
            Some(c) => !c.is_alphanumeric() && c != '\'' && c != '’',
            None => starts_message,
        };
        whole_word.then_some((lead, *long))
    });
    match found {
        Some((lead, long)) if said_with_vowel(value) => {
            let capital = words
                .get(lead.len()..)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            let long = if capital {
                capitalised(long)
            } else {
                long.to_owned()
            };
            Cow::Owned(format!("{lead}{long} "))
        }
        _ => Cow::Borrowed(literal),
    }
}

/// `text` without its last word `word` (in either case), or `None` if it does not end so.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let start = text.len().checked_sub(word.len())?;
    let end = text.get(start..)?;
    (end == word || end == capitalised(word))
        .then(|| text.get(..start))
        .flatten()
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| {
            std::iter::once(letter_case::upper(c))
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_said_with_a_vowel_are_the_ones_read_un_wyth_or_ugain() {
        let vowel: Vec<u32> = (0..=1000)
            .filter(|n| said_with_vowel(&n.to_string()))
            .collect();
        let mut expected = vec![1, 8];
        expected.extend(11..=20);
        expected.extend(80..=89);
        expected.extend(800..=899);
        assert_eq!(vowel, expected);
    }

    #[test]
    fn thousands_and_millions_are_read_from_their_leading_group() {
        for (figure, vowel) in [
            ("1,000", false),
            ("1,800", false),
            ("8,000", true),
            ("11,500", true),
            ("20,000", true),
            ("21,000", false),
            ("80,000", true),
            ("100,000", false),
            ("800,000", true),
            ("1,000,000", false),
            ("1,000,000,000,000", false),
            ("8000", true),
        ] {
            assert_eq!(said_with_vowel(figure), vowel, "{figure}");
        }
    }

    #[test]
    fn money_percentages_decimals_and_signs() {
        for (value, vowel) in [
            ("£8", true),
            ("£1.2m", true),
            ("£2.7m", false),
            ("£80m", true),
            ("£3.4bn", false),
            ("8%", true),
            ("18.5%", true),
            ("0%", false),
            ("0.8", false),
            ("\u{2212}£8m", false),
            ("-8", false),
            ("Ynys Môn", true),
            ("“Afon”", true),
            ("Conwy", false),
            ("", false),
        ] {
            assert_eq!(said_with_vowel(value), vowel, "{value}");
        }
    }

    #[test]
    fn the_word_before_a_value_is_lengthened_only_when_it_is_a_whole_word() {
        // (words before the value, whether they open the message, value, as written)
        let cases = [
            (" a ", false, "8", " ac "),
            (" a ", false, "9", " a "),
            ("; a ", false, "11", "; ac "),
            ("rhwng 0% a ", true, "80%", "rhwng 0% ac "),
            (" is na ", false, "8%", " is nag "),
            (" â ", false, "Afon", " ag "),
            ("A ", true, "Afon", "Ac "),
            ("a ", true, "8", "ac "),
            // Not the word "a": the end of another word, or of the value before it.
            (" yna ", false, "8", " yna "),
            ("a ", false, "8", "a "),
            (" a", false, "8", " a"),
            (" o ", false, "8", " o "),
        ];
        for (literal, starts_message, value, expected) in cases {
            assert_eq!(
                before_value(literal, starts_message, value),
                expected,
                "{literal:?} before {value:?}"
            );
        }
    }
}
