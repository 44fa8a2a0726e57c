//! Display options from the query string (everything before `#`): how the page looks, never
//! what the scenario is. Unknown or invalid values are ignored, never an error, so that a
//! council's embed code keeps working whatever is added to it.

pub use crate::i18n::Lang;
use crate::i18n::{Msg, Text};

/// Which page to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The full calculator.
    Editor,
    /// The read-only residents' summary (`view=summary`).
    Summary,
    /// The accessibility statement (`view=accessibility`), which UK public bodies must publish
    /// beside any page they offer.
    Accessibility,
}

/// A brand colour that is readable on the page's white background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    /// Red, green and blue.
    pub rgb: (u8, u8, u8),
}

impl Accent {
    /// The colour as CSS, `#1d70b8`.
    pub fn css(&self) -> String {
        let (r, g, b) = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The colour as the query string writes it, `1d70b8`.
    pub fn hex(&self) -> String {
        self.css().trim_start_matches('#').to_owned()
    }
}

/// The least contrast with white that text and controls need (WCAG 2.2 AA, 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// Every display option, with defaults for anything absent or unreadable.
#[derive(Clone, Debug, PartialEq)]
pub struct DisplayOptions {
    /// `view=summary` shows the residents' summary.
    pub view: View,
    /// `embed=1`: no page header or footer, no outer margins, leaving links open a new tab.
    pub embed: bool,
    /// `lang=cy` or `lang=en`.
    pub lang: Lang,
    /// `accent=RRGGBB`, when readable on white.
    pub accent: Option<Accent>,
    /// `lock=1`: no editing, saving or importing (a scenario a council publishes).
    pub lock: bool,
    /// Why an option given was not used (for the console), e.g. a low-contrast accent.
    pub warnings: Vec<Text>,
}

impl Default for DisplayOptions {
    fn default() -> Self {
        DisplayOptions {
            view: View::Editor,
            embed: false,
            lang: Lang::En,
            accent: None,
            lock: false,
            warnings: Vec::new(),
        }
    }
}

/// WCAG relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Reads `RRGGBB`, exactly six hex digits (with or without `#` or `%23`); `Err` says why it
/// cannot be used.
pub fn parse_accent(value: &str) -> Result<Accent, Text> {
    let hex = value
        .trim()
        .trim_start_matches("%23")
        .trim_start_matches('#');
    let byte = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
    };
    // Exactly six hex digits: `from_str_radix` alone would read "+1" as 1.
    let six_digits = hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit());
    let rgb = match (six_digits, byte(0), byte(2), byte(4)) {
        (true, Some(r), Some(g), Some(b)) => (r, g, b),
        _ => {
            return Err(Text::new(Msg::AccentNotAColour).arg("value", value));
        }
    };
    let ratio = contrast_ratio(rgb, (255, 255, 255));
    if ratio < MIN_CONTRAST {
        return Err(Text::new(Msg::AccentLowContrast)
            .arg("hex", hex)
            .arg("ratio", format!("{ratio:.2}"))
            .arg("min", MIN_CONTRAST));
    }
    Ok(Accent { rgb })
}

/// Reads the query string (with or without the leading `?`) by the one rule the page's
/// loader follows too (`URLSearchParams.get` in `Trunk.toml`), so both agree on which program
/// and view to show: each key's first value counts, keys and values percent-decoded with `+`
/// as a space.
pub fn parse(query: &str) -> DisplayOptions {
    let mut options = DisplayOptions::default();
    let mut seen: Vec<String> = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (form_decode(key), form_decode(value));
        if seen.contains(&key) {
            continue;
        }
        match (key.as_str(), value.as_str()) {
            ("view", "summary") => options.view = View::Summary,
            ("view", "accessibility") => options.view = View::Accessibility,
            ("embed", "1" | "true") => options.embed = true,
            ("lock", "1" | "true") => options.lock = true,
            ("lang", code) => options.lang = Lang::from_code(code).unwrap_or(options.lang),
            ("accent", v) => match parse_accent(v) {
                Ok(accent) => options.accent = Some(accent),
                Err(why) => options.warnings.push(why),
            },
            _ => {}
        }
        seen.push(key);
    }
    options
}

/// A query-string key or value as a browser reads it (`application/x-www-form-urlencoded`):
/// `+` is a space, then `%XX` escapes are decoded.
fn form_decode(text: &str) -> String {
    crate::codec::percent::decode(&text.replace('+', " "))
}

/// Writes the options back as a query string (`?view=summary&embed=1`), or `""` when all are
/// defaults; used for embed snippets and the "open the full calculator" link.
pub fn to_query(o: &DisplayOptions) -> String {
    let mut parts = Vec::new();
    match o.view {
        View::Editor => {}
        View::Summary => parts.push("view=summary".to_owned()),
        View::Accessibility => parts.push("view=accessibility".to_owned()),
    }
    if o.embed {
        parts.push("embed=1".to_owned());
    }
    if o.lang != Lang::En {
        parts.push(format!("lang={}", o.lang.code()));
    }
    if let Some(accent) = o.accent {
        parts.push(format!("accent={}", accent.hex()));
    }
    if o.lock {
        parts.push("lock=1".to_owned());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The query string `query` with its language set to `lang`, other options kept in their
/// order: what the address bar shows after the language switch, so a copied link opens in
/// the language the reader chose. English, the default, is written by leaving `lang` out.
pub fn with_lang(query: &str, lang: Lang) -> String {
    let mut parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| {
            !p.is_empty() && p.split('=').next().map(form_decode).as_deref() != Some("lang")
        })
        .map(str::to_owned)
        .collect();
    if lang != Lang::En {
        parts.push(format!("lang={}", lang.code()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_query_means_the_full_calculator() {
        assert_eq!(parse(""), DisplayOptions::default());
        assert_eq!(parse("?"), DisplayOptions::default());
    }

    #[test]
    fn every_option_is_read() {
        let o = parse("?view=summary&embed=1&lang=cy&accent=005ea5&lock=1");
        assert_eq!(o.view, View::Summary);
        assert!(o.embed && o.lock);
        assert_eq!(o.lang, Lang::Cy);
        assert_eq!(
            o.accent,
            Some(Accent {
                rgb: (0x00, 0x5e, 0xa5)
            })
        );
        assert!(o.warnings.is_empty());
        assert_eq!(
            to_query(&o),
            "?view=summary&embed=1&lang=cy&accent=005ea5&lock=1"
        );
    }

    #[test]
    fn unknown_and_invalid_values_are_ignored() {
        let o = parse("view=poster&embed=yes&lang=fr&lock=0&colour=red&accent=zzzzzz&&=");
        assert_eq!(o.view, View::Editor);
        assert!(!o.embed && !o.lock);
        assert_eq!(o.lang, Lang::En);
        assert_eq!(o.accent, None);
        assert_eq!(
            o.warnings.len(),
            1,
            "only the unreadable accent is worth a warning"
        );
    }

    #[test]
    fn a_low_contrast_accent_falls_back_with_a_warning() {
        // Yellow on white: (1.0 + 0.05) / (0.9278 + 0.05) ≈ 1.07.
        let o = parse("accent=ffff00");
        assert_eq!(o.accent, None);
        assert!(
            o.warnings[0].to_string().contains("1.07:1"),
            "{:?}",
            o.warnings
        );
        assert!(o.warnings[0].render(Lang::Cy).contains("1.07:1"));
        // GOV.UK blue #1d70b8 is 5.17:1 on white.
        assert!((contrast_ratio((0x1d, 0x70, 0xb8), (255, 255, 255)) - 5.17).abs() < 0.01);
        assert_eq!(contrast_ratio((0, 0, 0), (255, 255, 255)), 21.0);
        assert!(parse_accent("%231d70b8").is_ok());
    }

    #[test]
    fn the_address_is_read_as_the_loader_reads_it() {
        // URLSearchParams.get: the first value of a repeated parameter, percent-decoded
        // ('+' is a space), keys too.
        assert_eq!(
            parse("?view=accessibility&view=editor").view,
            View::Accessibility
        );
        assert_eq!(parse("?view=%61ccessibility").view, View::Accessibility);
        assert_eq!(parse("?%76iew=summary").view, View::Summary);
        assert_eq!(parse("?view=poster&view=summary").view, View::Editor);
        assert_eq!(parse("?lang=cy&lang=en").lang, Lang::Cy);
        assert_eq!(parse("?lang=%63y").lang, Lang::Cy);
        assert!(parse("?embed=%31").embed);
        let o = parse("?accent=%231d70b8&accent=ffff00");
        assert_eq!(o.accent.map(|a| a.hex()), Some("1d70b8".to_owned()));
        assert!(o.warnings.is_empty());
        // '+' is a space, so "+1+2+3" is " 1 2 3": not a colour.
        assert_eq!(parse("?accent=+1+2+3").accent, None);
    }

    #[test]
    fn an_accent_is_exactly_six_hex_digits() {
        for bad in [
            "+1+2+3",
            "-1-2-3",
            "+1d70b",
            "1d70b",
            "1d70b8a",
            " 1 2 3",
            "1d 70b8",
            "1d70b\u{fe0f}",
        ] {
            assert!(parse_accent(bad).is_err(), "{bad:?}");
        }
        for good in ["1d70b8", "1D70B8", "#1d70b8", "%231d70b8", " 1d70b8 "] {
            assert_eq!(
                parse_accent(good).map(|a| a.hex()),
                Ok("1d70b8".to_owned()),
                "{good:?}"
            );
        }
    }

    #[test]
    fn the_language_switch_rewrites_only_lang() {
        assert_eq!(with_lang("", Lang::Cy), "?lang=cy");
        assert_eq!(
            with_lang("?view=summary&lang=cy&embed=1", Lang::En),
            "?view=summary&embed=1"
        );
        assert_eq!(with_lang("?lang=en&lock=1", Lang::Cy), "?lock=1&lang=cy");
        assert_eq!(with_lang("?lang=cy", Lang::En), "");
        // Every way of writing `lang` goes, so the new one is the first (and only) one.
        assert_eq!(with_lang("?%6Cang=cy&lang=en", Lang::En), "");
    }

    #[test]
    fn the_accessibility_statement_has_its_own_view() {
        let o = parse("?view=accessibility&lang=cy");
        assert_eq!(o.view, View::Accessibility);
        assert_eq!(to_query(&o), "?view=accessibility&lang=cy");
    }
}
