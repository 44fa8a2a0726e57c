//! Every word the app shows, in English and Welsh. The words live in `locales/en.txt` and
//! `locales/cy.txt`; `build.rs` turns them into [`Msg`] (one variant per message id, so a
//! typo in an id does not compile) and two tables. Pure code that must say something in the
//! reader's language either takes a [`Lang`] or returns a [`Text`] to be put into words later.

mod plural;
mod text;
mod welsh;

pub use plural::category;
pub use text::Text;
pub use welsh::said_with_vowel;

use std::fmt::Display;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language the app is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (en-GB), the default.
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Lang {
    /// Both languages, in the order the language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The code used in `?lang=`: `en` or `cy`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The BCP 47 tag for `<html lang>`: `en-GB` or `cy`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Cy => "cy",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// Reads a `?lang=` value; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// What separates a plural message's forms in the generated tables (see `build.rs`).
const FORM_SEPARATOR: char = '\u{1f}';

/// The words of a message that has no placeholders (of a plural one, its `other` form).
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    msg.forms(lang)
        .rsplit(FORM_SEPARATOR)
        .next()
        .unwrap_or_default()
}

/// A message with its `{placeholders}` filled from `args`. In Welsh, "a", "â" or "na" just
/// before a value said with a vowel becomes "ac", "ag" or "nag" ("rhwng 2 ac 8"; see
/// [`said_with_vowel`]), which the message itself cannot know.
pub fn fill(lang: Lang, msg: Msg, args: &[(&str, &dyn Display)]) -> String {
    substitute(lang, t(lang, msg), args)
}

/// A plural message for the count `n` (written where the text says `{n}`), with its other
/// placeholders filled from `args`: "1 year", "3 years"; "1 flwyddyn", "3 blynedd".
pub fn count(lang: Lang, msg: Msg, n: u64, args: &[(&str, &dyn Display)]) -> String {
    let forms = msg.forms(lang);
    let form = if forms.contains(FORM_SEPARATOR) {
        forms
            .split(FORM_SEPARATOR)
            .nth(category(lang, n) as usize)
            .unwrap_or_default()
    } else {
        forms
    };
    let mut all: Vec<(&str, &dyn Display)> = Vec::with_capacity(args.len() + 1);
    all.push(("n", &n));
    all.extend_from_slice(args);
    substitute(lang, form, &all)
}

/// Replaces each `{name}` in `template` with its value; an unknown name is left as written,
/// so a mistake shows on the page instead of breaking it. Welsh words before a value take
/// the form the value's first sound needs (see [`fill`]).
fn substitute(lang: Lang, template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut starts_message = true;
    while let Some((literal, after)) = rest.split_once('{') {
        let value = after.split_once('}').and_then(|(name, tail)| {
            args.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (v.to_string(), tail))
        });
        match value {
            Some((value, tail)) => {
                match lang {
                    Lang::Cy => out.push_str(&welsh::before_value(literal, starts_message, &value)),
                    Lang::En => out.push_str(literal),
                }
                out.push_str(&value);
                rest = tail;
            }
            None => {
                out.push_str(literal);
                out.push('{');
                rest = after;
            }
        }
        starts_message = false;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        let name: &dyn Display = &"Heron";
        assert_eq!(
            substitute(Lang::En, "{name} pays {x}", &[("name", name)]),
            "Heron pays {x}"
        );
        assert_eq!(substitute(Lang::En, "no braces", &[]), "no braces");
        assert_eq!(substitute(Lang::En, "{", &[]), "{");
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::Cy.tag(), "cy");
        assert_eq!(Lang::En.tag(), "en-GB");
    }
}
