//! What a page learns from a link's fragment: the scenario to show or edit, the other options
//! kept beside it, and the parts that could not be read, kept as values (not words) because
//! the page can change language while it shows them.

use super::link::decode_fragment;
use super::LinkError;
use crate::engine::Scenario;
use crate::i18n::{fill, Lang, Msg, Text};

/// What the page learnt from a link. Problems are kept as values, not words, because the
/// page can change language while it shows them.
pub struct Opened {
    /// The scenario to edit: `None` when the link has none (show the default example),
    /// `Err` with why when it cannot be read.
    pub editing: Option<Result<Scenario, LinkError>>,
    /// The other options to compare, those that could be read.
    pub others: Vec<Scenario>,
    /// One per other option that could not be read, and one if options were left out.
    pub problems: Vec<LinkProblem>,
}

/// Part of a link that is not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    /// Option `number` of `total` could not be read.
    Option {
        /// Its place in the link, counting the scenario being edited as 1.
        number: usize,
        /// How many options the link holds.
        total: usize,
        /// Why it could not be read.
        error: LinkError,
    },
    /// Options beyond the most a link carries were left out.
    Dropped(Text),
}

impl LinkProblem {
    /// The sentence for the page, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LinkProblem::Option {
                number,
                total,
                error,
            } => fill(
                lang,
                Msg::LinkOptionProblem,
                &[
                    ("number", number),
                    ("total", total),
                    ("reason", &error.message(lang)),
                ],
            ),
            LinkProblem::Dropped(text) => text.render(lang),
        }
    }
}

/// Reads a fragment: the first `s=` is the scenario being edited, the rest are options.
pub fn read_fragment(fragment: &str) -> Opened {
    let decoded = decode_fragment(fragment);
    let dropped = decoded.dropped_message().map(LinkProblem::Dropped);
    let total = decoded.options.len();
    let mut options = decoded.options.into_iter();
    let editing = options.next();
    let mut opened = Opened {
        editing,
        others: Vec::new(),
        problems: Vec::new(),
    };
    for (i, option) in options.enumerate() {
        match option {
            Ok(s) => opened.others.push(s),
            Err(error) => opened.problems.push(LinkProblem::Option {
                number: i + 2,
                total,
                error,
            }),
        }
    }
    opened.problems.extend(dropped);
    opened
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::link::encode_fragment;
    use crate::examples::default_scenario;

    #[test]
    fn the_first_scenario_is_edited_and_broken_options_are_named() {
        let s = default_scenario(Lang::En);
        let good = encode_fragment(&[s.clone(), s.clone()]);
        let opened = read_fragment(&format!("{good}&s=broken"));
        assert_eq!(opened.editing, Some(Ok(s.clone())));
        assert_eq!(opened.others, vec![s]);
        assert_eq!(opened.problems.len(), 1);
        let words = opened.problems[0].message(Lang::En);
        assert!(words.contains('3'), "{words}");
        assert!(read_fragment("").editing.is_none());
        assert!(matches!(read_fragment("s=broken").editing, Some(Err(_))));
    }
}
