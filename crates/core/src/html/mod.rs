//! The read-only parts of a page written as HTML text by pure functions: the headline figures,
//! the charts and the results tables. Two front ends draw them: the calculator (Leptos), which
//! puts them into its page with `inner_html`, and the residents' page (`crates/residents/`), which
//! has no UI framework so that a phone downloads and starts it quickly. Written once, here,
//! they look the same in both, and being pure they are tested natively, markup and all.
//!
//! A part that changes with the figures is a *slot*: an element marked `data-slot="name"` in a
//! skeleton written once, whose content is written again when the figures change. Anything
//! around it (an open `<details>`, a scrolled table) is left as the reader left it.

pub mod chart;
pub mod residents;
pub mod results;
pub mod statement;

/// Escapes text for an HTML element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
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
    out
}

/// The CSS selector of the slot `name`.
pub fn slot_selector(name: &str) -> String {
    format!("[data-slot=\"{name}\"]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape("Back office \"A\" & <B>'s"),
            "Back office &quot;A&quot; &amp; &lt;B&gt;&#39;s"
        );
        assert_eq!(escape("£1,200"), "£1,200");
    }
}
