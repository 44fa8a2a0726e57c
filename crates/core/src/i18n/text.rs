//! A message chosen but not yet put into words, so pure code (validation, link reading,
//! analysis) can say what it found without knowing the reader's language.

use std::fmt;

use super::{count, fill, Lang, Msg};

/// A message id with its arguments; [`Text::render`] writes it in a language.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// Which message.
    pub msg: Msg,
    /// Values for its `{placeholders}`, already written as text (numbers, names, paths).
    pub args: Vec<(&'static str, Arg)>,
    /// The count that picks a plural form, when the message has them.
    pub n: Option<u64>,
}

/// One placeholder's value: plain text, or another message rendered in the same language
/// (so "service 3" inside a sentence is Welsh in a Welsh sentence).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Written as given: a name the user typed, a number, a field path.
    Plain(String),
    /// Put into words in the reader's language.
    Text(Box<Text>),
}

impl Text {
    /// A message with no arguments yet.
    pub fn new(msg: Msg) -> Text {
        Text {
            msg,
            args: Vec::new(),
            n: None,
        }
    }

    /// Adds the value of `{name}`.
    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Text {
        self.args.push((name, Arg::Plain(value.to_string())));
        self
    }

    /// Adds `{name}` as another message, put into words in the same language.
    pub fn text(mut self, name: &'static str, value: Text) -> Text {
        self.args.push((name, Arg::Text(Box::new(value))));
        self
    }

    /// Sets the count `{n}` that picks the plural form.
    pub fn count(mut self, n: u64) -> Text {
        self.n = Some(n);
        self
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let written = match v {
                    Arg::Plain(s) => s.clone(),
                    Arg::Text(t) => t.render(lang),
                };
                (*k, written)
            })
            .collect();
        let args: Vec<(&str, &dyn fmt::Display)> = values
            .iter()
            .map(|(k, v)| (*k, v as &dyn fmt::Display))
            .collect();
        match self.n {
            Some(n) => count(lang, self.msg, n, &args),
            None => fill(lang, self.msg, &args),
        }
    }
}

impl fmt::Display for Text {
    /// The English words, for logs and for tests that read messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}
