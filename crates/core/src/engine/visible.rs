//! What a name looks like on the page, rather than the characters it is made of: a name must
//! show something, must not reverse the text around it, and two names that look alike are
//! the same name. Used by validation and by the saved list's names.

/// Characters that change the direction of the text around them without showing themselves:
/// the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). A name
/// holding one can make "Heron" and the figures after it read backwards.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing and take no space: zero-width spaces and joiners, marks and
/// controls of direction, the byte order mark, soft hyphens, fillers, variation selectors and
/// tags. White space is not among them: it takes space.
fn is_invisible(c: char) -> bool {
    is_direction_control(c)
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{061c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206a}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

/// True when `text` holds invisible characters and nothing that shows: it would look empty
/// on the page while not being empty. Plain spaces alone are an empty text, not this.
pub fn only_invisible(text: &str) -> bool {
    text.chars().any(is_invisible) && text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// The name as a reader tells names apart: invisible characters dropped, white space
/// trimmed and single, letters in lower case ([`crate::letter_case`]). Two names with the
/// same key look the same.
pub fn name_key(name: &str) -> String {
    let shown: String = name.chars().filter(|c| !is_invisible(*c)).collect();
    crate::letter_case::lowercase(&shown.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_spacing_and_what_does_not_show() {
        assert_eq!(name_key(" Heron\u{200b}  Vale "), "heron vale");
        assert_eq!(name_key("ÉCLAIR"), "éclair");
        assert_ne!(name_key("Heron Vale"), name_key("HeronVale"));
        assert!(only_invisible("\u{200b} "));
        assert!(!only_invisible("   "));
        assert!(!only_invisible("a\u{200b}"));
        assert!(!only_invisible(""));
    }
}
