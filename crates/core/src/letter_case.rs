//! Upper and lower case for the letters names are written in, without the standard library's
//! Unicode case tables. Those tables (about 25 KB, 10 KB gzip) were the largest single piece of
//! the residents' program, which a phone downloads before it shows a figure, and that program
//! needs case only to tell two partners' names apart and to start a Welsh sentence with a
//! capital. The letters covered are Latin (ASCII, Latin-1, Latin Extended-A and Latin Extended
//! Additional, which holds Welsh ẁ ẃ ẅ ỳ), modern Greek and basic Cyrillic, each mapped exactly
//! as the standard library maps it (a test compares every one); any other character is left as
//! written.

/// Upper-case letters from `first` to `last`, every `step`-th, whose lower case is `delta`
/// away.
struct Run {
    first: u32,
    last: u32,
    delta: i32,
    step: u32,
}

impl Run {
    /// Whether `c` is one of this run's upper-case letters.
    fn holds(&self, c: u32) -> bool {
        (self.first..=self.last).contains(&c) && (c - self.first).is_multiple_of(self.step)
    }

    /// The letter `delta` from `c` (`delta` is negative for upper case).
    fn shift(c: u32, delta: i32) -> Option<char> {
        c.checked_add_signed(delta).and_then(char::from_u32)
    }
}

const fn run(first: u32, last: u32, delta: i32, step: u32) -> Run {
    Run {
        first,
        last,
        delta,
        step,
    }
}

/// Every upper-case letter covered, in runs that share one distance to their lower case.
const RUNS: [Run; 19] = [
    run(0x41, 0x5A, 32, 1),     // A–Z
    run(0xC0, 0xD6, 32, 1),     // À–Ö
    run(0xD8, 0xDE, 32, 1),     // Ø–Þ
    run(0x100, 0x12E, 1, 2),    // Ā–Į: upper case even, lower case odd
    run(0x132, 0x136, 1, 2),    // Ĳ–Ķ
    run(0x139, 0x147, 1, 2),    // Ĺ–Ň: upper case odd
    run(0x14A, 0x176, 1, 2),    // Ŋ–Ŷ, with Welsh Ŵ and Ŷ
    run(0x178, 0x178, -121, 1), // Ÿ, whose ÿ is in Latin-1
    run(0x179, 0x17D, 1, 2),    // Ź–Ž
    run(0x386, 0x386, 38, 1),   // Ά
    run(0x388, 0x38A, 37, 1),   // Έ–Ί
    run(0x38C, 0x38C, 64, 1),   // Ό
    run(0x38E, 0x38F, 63, 1),   // Ύ–Ώ
    run(0x391, 0x3A1, 32, 1),   // Α–Ρ
    run(0x3A3, 0x3AB, 32, 1),   // Σ–Ϋ
    run(0x400, 0x40F, 80, 1),   // Ѐ–Џ
    run(0x410, 0x42F, 32, 1),   // А–Я
    run(0x1E00, 0x1E94, 1, 2),  // Ḁ–Ẕ, with Welsh Ẁ, Ẃ and Ẅ
    run(0x1EA0, 0x1EFE, 1, 2),  // Ạ–Ỿ, with Welsh Ỳ
];

/// `c` in lower case, when it is a covered upper-case letter; else `c`.
pub fn lower(c: char) -> char {
    let code = u32::from(c);
    RUNS.iter()
        .find(|r| r.holds(code))
        .and_then(|r| Run::shift(code, r.delta))
        .unwrap_or(c)
}

/// `c` in upper case, when it is the lower case of a covered letter; else `c`.
pub fn upper(c: char) -> char {
    let code = u32::from(c);
    RUNS.iter()
        .find(|r| Run::shift(code, -r.delta).is_some_and(|u| r.holds(u32::from(u))))
        .and_then(|r| Run::shift(code, -r.delta))
        .unwrap_or(c)
}

/// `text` in lower case, letter by letter ([`lower`]).
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks whose every letter is covered.
    const COVERED: [std::ops::RangeInclusive<u32>; 6] = [
        0..=0x17F,
        0x386..=0x3AB,
        0x3AC..=0x3CE,
        0x400..=0x45F,
        0x1E00..=0x1E9D,
        0x1E9F..=0x1EFF,
    ];

    /// What the standard library gives for `c`, when it is one character.
    fn single(mut mapped: impl Iterator<Item = char>) -> Option<char> {
        let first = mapped.next()?;
        mapped.next().is_none().then_some(first)
    }

    #[test]
    fn every_covered_letter_is_cased_as_the_standard_library_cases_it() {
        for c in COVERED.into_iter().flatten().filter_map(char::from_u32) {
            // Letters the standard library writes as two (İ, ß in upper case) stay as written.
            let std_lower = single(c.to_lowercase()).unwrap_or(c);
            assert_eq!(
                lower(c),
                std_lower,
                "lower case of {c} (U+{:04X})",
                u32::from(c)
            );
            // ς and ϐ-like variants have an upper case whose lower case is another letter:
            // only round trips are covered.
            let std_upper = single(c.to_uppercase())
                .filter(|u| single(u.to_lowercase()) == Some(c))
                .unwrap_or(c);
            if COVERED.iter().any(|r| r.contains(&u32::from(std_upper))) {
                assert_eq!(
                    upper(c),
                    std_upper,
                    "upper case of {c} (U+{:04X})",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn other_characters_are_left_as_written() {
        for c in ['中', 'Ա', 'ß', 'ẞ', '1', ' ', '\u{10400}', '\u{0130}'] {
            assert_eq!(lower(c), c);
        }
        assert_eq!(lowercase("YNYS MÔN, ŴY, ẀYN"), "ynys môn, ŵy, ẁyn");
        assert_eq!(upper('ŷ'), 'Ŷ');
        assert_eq!(upper('ÿ'), 'Ÿ');
    }
}
