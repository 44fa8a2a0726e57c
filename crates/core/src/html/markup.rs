//! [`Html`]: markup that is safe by construction. Text can only go in escaped, and the only
//! markup that goes in unescaped is a `&'static str` written in this crate's source (or
//! another `Html`). A name, a title or a message that contains `<script>` therefore comes out
//! as the words `<script>`, whichever function wrote it: nothing has to remember to escape.
//!
//! Nothing here must take a `String` or a `&str` that is not `'static` as markup.

use std::fmt::Write as _;

/// A piece of HTML in which every piece of text was escaped on the way in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Empty HTML, with room for `bytes` of it, for a part that is written piece by piece.
    pub fn with_capacity(bytes: usize) -> Html {
        Html(String::with_capacity(bytes))
    }

    /// HTML of about `bytes`, written by `write`: how a part that is also written into a larger
    /// whole is had on its own.
    pub fn written(bytes: usize, write: impl FnOnce(&mut Html)) -> Html {
        let mut html = Html::with_capacity(bytes);
        write(&mut html);
        html
    }

    /// `text`, escaped: the words as the reader should see them.
    pub fn text(text: &str) -> Html {
        let mut html = Html::with_capacity(text.len());
        html.push_text(text);
        html
    }

    /// Adds markup written in the source, such as `"<p>"` or `" class=\"app-table\""`.
    #[inline(never)]
    pub fn push(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Adds `text`, escaped for an element or a quoted attribute.
    #[inline(never)]
    pub fn push_text(&mut self, text: &str) -> &mut Html {
        escape(&mut self.0, text);
        self
    }

    /// Adds `text`, escaped, between two pieces of markup: `wrap("<p>", words, "</p>")`.
    #[inline(never)]
    pub fn wrap(&mut self, open: &'static str, text: &str, close: &'static str) -> &mut Html {
        self.push(open).push_text(text).push(close)
    }

    /// Adds ` name="value"`, the value escaped.
    #[inline(never)]
    pub fn attribute(&mut self, name: &'static str, value: &str) -> &mut Html {
        self.push(" ")
            .push(name)
            .push("=\"")
            .push_text(value)
            .push("\"")
    }

    /// Adds HTML written elsewhere, already safe.
    #[inline(never)]
    pub fn push_html(&mut self, html: &Html) -> &mut Html {
        self.0.push_str(&html.0);
        self
    }

    /// Adds a number as Rust writes it (`472`, `-0.5`): digits, a point and a sign, never
    /// markup.
    pub fn push_number(&mut self, number: f64) -> &mut Html {
        let _ = write!(self.0, "{number}");
        self
    }

    /// Adds a number to `decimals` places, for coordinates in a drawing.
    #[inline(never)]
    pub fn push_fixed(&mut self, number: f64, decimals: usize) -> &mut Html {
        let _ = write!(self.0, "{number:.decimals$}");
        self
    }

    /// True when nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The HTML, for `innerHTML` and for tests.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Html> for String {
    /// The HTML as text, at the edge where a program hands it to the browser.
    fn from(html: Html) -> String {
        html.0
    }
}

/// Writes `text` into `out` with the five characters that mean something in HTML escaped.
fn escape(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_goes_in_escaped_and_markup_as_written() {
        assert_eq!(
            Html::text("Back office \"A\" & <B>'s").as_str(),
            "Back office &quot;A&quot; &amp; &lt;B&gt;&#39;s"
        );
        assert_eq!(Html::text("£1,200").as_str(), "£1,200");
        let mut html = Html::default();
        html.push("<p")
            .attribute("title", "a\"b")
            .wrap(">", "<i>", "</p>")
            .push_number(-0.5)
            .push_fixed(2.26, 1)
            .push_number(472.0);
        assert_eq!(
            html.as_str(),
            "<p title=\"a&quot;b\">&lt;i&gt;</p>-0.52.3472"
        );
        assert!(Html::default().is_empty());
        assert_eq!(String::from(Html::text("<")), "&lt;");
    }
}
