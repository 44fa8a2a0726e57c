//! The page frame both programs draw around their content, written once: the skip link, the
//! header with the language switch, the notices about a link that could not be read, and the
//! footer with the link to the accessibility statement. Embedded in a council's page (`embed=1`)
//! there is no skip link, header or footer: the language switch stands alone above `<main>`, and
//! the statement link closes `<main>`.
//!
//! The residents' page writes the whole frame with [`page`]. The calculator draws the parts
//! around its own `<main>` ([`top`], [`notices`], [`main_end`], [`bottom`]) and writes their
//! slots again when the link they carry changes. Both serve the frame's clicks with one
//! listener (`sharecalc_web::frame_clicks`), which reads what a click asks for from
//! [`CLICK_ATTRIBUTE`] as a [`Click`].
//!
//! Each part is written by a `write_…` function into the HTML it is part of, and had on its own
//! through a public function: [`page`] writes one string with no copies, which keeps the
//! residents' wasm small.

use super::Html;
use crate::display::with_lang;
use crate::i18n::{t, Lang, Msg};

/// The id of `<main>`, where the skip link and a closed notice send focus.
pub const MAIN_ID: &str = "main";

/// The id of the link to the other language, focused again after the calculator switches.
pub const SWITCH_ID: &str = "language-switch";

/// The attribute of a frame control saying what a click on it asks for ([`Click::read`]).
pub const CLICK_ATTRIBUTE: &str = "data-frame-click";

/// The CSS selector of the frame's controls.
pub const CLICK_SELECTOR: &str = "[data-frame-click]";

/// The slot of the language switch's items ([`language_items`]): their link carries the scenario.
pub const LANGUAGE_SLOT: &str = "language";

/// The slot of the notices about the link ([`notice_list`]).
pub const NOTICES_SLOT: &str = "notices";

/// The slot of the link to the accessibility statement ([`statement_link`]), which carries the
/// scenario.
pub const STATEMENT_SLOT: &str = "statement-link";

/// What the page shows while the link's scenario cannot be read, so that its notice says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instead {
    /// The example scenario: the page was opened from the broken link.
    Example,
    /// The scenario that was on screen before the link changed to the broken one.
    WhatYouHad,
}

/// A notice about the link the page was opened from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The link's scenario could not be read (see [`Instead`] for what is shown).
    BrokenLink,
    /// Some of the link's other options could not be read.
    BrokenOptions,
}

/// What a click on a control of the frame asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Click {
    /// The skip link: focus `<main>`, leaving the address (whose fragment is the scenario) alone.
    Skip,
    /// The language switch: this page in that language.
    Language(Lang),
    /// A notice's button: close it.
    Close(Notice),
}

impl Click {
    /// Every click the frame's controls ask for.
    const ALL: [Click; 5] = [
        Click::Skip,
        Click::Language(Lang::En),
        Click::Language(Lang::Cy),
        Click::Close(Notice::BrokenLink),
        Click::Close(Notice::BrokenOptions),
    ];

    /// The value of [`CLICK_ATTRIBUTE`] that asks for this.
    fn value(self) -> &'static str {
        match self {
            Click::Skip => "skip",
            Click::Language(Lang::En) => "language-en",
            Click::Language(Lang::Cy) => "language-cy",
            Click::Close(Notice::BrokenLink) => "close-link",
            Click::Close(Notice::BrokenOptions) => "close-options",
        }
    }

    /// What a control whose [`CLICK_ATTRIBUTE`] is `value` asks for; `None` for anything else.
    pub fn read(value: &str) -> Option<Click> {
        Click::ALL.into_iter().find(|c| c.value() == value)
    }
}

/// Adds ` data-frame-click="…"` for `click`.
fn asks_for(out: &mut Html, click: Click) {
    out.push(" data-frame-click=\"")
        .push(click.value())
        .push("\"");
}

/// What the frame shows besides the content: its language, whether it is embedded, and the two
/// links that carry the scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame<'a> {
    /// The page's language.
    pub lang: Lang,
    /// Inside a council's page: no skip link, header or footer; the statement opens in a new tab.
    pub embed: bool,
    /// The same page in the other language.
    pub switch_href: &'a str,
    /// The accessibility statement.
    pub statement_href: &'a str,
}

/// The whole page (the residents' program): the frame around a heading and `content`.
pub fn page(f: &Frame, heading: &str, content: &Html) -> Html {
    let mut out = Html::with_capacity(content.as_str().len() + 4096);
    out.push(if f.embed {
        "<div class=\"app-page app-page--embed\">"
    } else {
        "<div class=\"app-page\">"
    });
    write_top(&mut out, f);
    out.push("<main class=\"app-main app-width\" id=\"main\" tabindex=\"-1\">")
        .wrap("<h1 class=\"app-title\">", heading, "</h1>")
        .push_html(content);
    write_main_end(&mut out, f);
    out.push("</main>");
    write_bottom(&mut out, f);
    out.push("</div>");
    out
}

/// Before `<main>`: the skip link and the header, with the site's name and the language
/// switch; embedded, the language switch alone.
pub fn top(f: &Frame) -> Html {
    Html::written(1024, |out| write_top(out, f))
}

fn write_top(out: &mut Html, f: &Frame) {
    let lang = f.lang;
    if !f.embed {
        out.push("<a class=\"app-skip-link\" href=\"#main\"");
        asks_for(out, Click::Skip);
        out.wrap(">", t(lang, Msg::PageSkipLink), "</a>")
            .push("<header class=\"app-header\"><div class=\"app-width app-header__bar\"><div>")
            .push("<p class=\"app-header__name\">sharecalc</p>")
            .wrap(
                "<p class=\"app-header__tagline\">",
                t(lang, Msg::PageBrandTagline),
                "</p></div>",
            );
    }
    // "English | Cymraeg", with its items in the slot [`LANGUAGE_SLOT`].
    out.push("<nav class=\"app-language\"")
        .attribute("aria-label", t(lang, Msg::PageLanguageLabel))
        .push("><ul class=\"app-language__list\" data-slot=\"language\">");
    write_language_items(out, lang, f.switch_href);
    out.push("</ul></nav>");
    if !f.embed {
        out.push("</div></header>");
    }
}

/// The address of this page in the other language than `current`: the page's `query` with
/// its language changed, and the scenario's `fragment`. Relative, so that it stays on this page.
pub fn switch_href(current: Lang, query: &str, fragment: &str) -> String {
    let other = Lang::ALL
        .into_iter()
        .find(|l| *l != current)
        .unwrap_or(current);
    let query = with_lang(query, other);
    let query = if query.is_empty() { "?" } else { &query };
    format!("{query}#{fragment}")
}

/// The language switch's items: the current language in words, the other a link to this page
/// in it (`href`), a real link that can also be opened in a new tab. The bar between them is
/// drawn, not read out.
pub fn language_items(current: Lang, href: &str) -> Html {
    Html::written(256, |out| write_language_items(out, current, href))
}

fn write_language_items(out: &mut Html, current: Lang, href: &str) {
    let mut open = "<li>";
    for lang in Lang::ALL {
        out.push(open);
        open = "<li><span class=\"app-language__bar\" aria-hidden=\"true\">|</span>";
        let tag = lang.tag();
        if lang == current {
            out.push("<span aria-current=\"true\" lang=\"").push(tag);
        } else {
            out.push("<a id=\"language-switch\"")
                .attribute("href", href)
                .push(" hreflang=\"")
                .push(tag)
                .push("\"");
            asks_for(out, Click::Language(lang));
            out.push(" lang=\"").push(tag);
        }
        let close = if lang == current {
            "</span></li>"
        } else {
            "</a></li>"
        };
        out.wrap("\">", lang.own_name(), close);
    }
}

/// The slot [`NOTICES_SLOT`] holding the notices about the link ([`notice_list`]).
pub fn notices(lang: Lang, broken: Option<(&str, Instead)>, problems: &[String]) -> Html {
    Html::written(1024, |out| {
        out.push("<div data-slot=\"notices\">");
        write_notice_list(out, lang, broken, problems);
        out.push("</div>");
    })
}

/// Why the link's scenario could not be read (`broken`, with what is shown instead) and which
/// of its other options could not be (`problems`), each in a notice with a button that closes
/// it.
pub fn notice_list(lang: Lang, broken: Option<(&str, Instead)>, problems: &[String]) -> Html {
    Html::written(1024, |out| write_notice_list(out, lang, broken, problems))
}

fn write_notice_list(
    out: &mut Html,
    lang: Lang,
    broken: Option<(&str, Instead)>,
    problems: &[String],
) {
    if let Some((message, instead)) = broken {
        out.push("<div class=\"app-notice app-notice--error\" role=\"alert\" data-testid=\"link-problem\">")
            .wrap("<h2 class=\"app-notice__title\">", t(lang, Msg::PageBrokenLinkTitle), "</h2>")
            .wrap("<p>", message, "</p>");
        let (kept, button) = match instead {
            Instead::Example => (Msg::PageBrokenLinkKept, Msg::PageStartFromExample),
            Instead::WhatYouHad => (Msg::PageBrokenLinkStill, Msg::PageCarryOnWithThis),
        };
        notice_end(out, lang, kept, (Click::Close(Notice::BrokenLink), button));
    }
    if !problems.is_empty() {
        out.push("<div class=\"app-notice app-notice--error\" role=\"alert\" data-testid=\"option-problem\">")
            .wrap("<h2 class=\"app-notice__title\">", t(lang, Msg::PageBrokenOptionsTitle), "</h2>")
            .push("<ul class=\"app-list\">");
        for problem in problems {
            out.wrap("<li>", problem, "</li>");
        }
        out.push("</ul>");
        let close = (Click::Close(Notice::BrokenOptions), Msg::PageCarryOn);
        notice_end(out, lang, Msg::PageBrokenOptionsKept, close);
    }
}

/// A notice's last paragraph (`kept`: what is kept), its button and its end.
fn notice_end(out: &mut Html, lang: Lang, kept: Msg, (click, button): (Click, Msg)) {
    out.wrap("<p>", t(lang, kept), "</p>")
        .push("<button type=\"button\" class=\"app-button app-button--secondary\"");
    asks_for(out, click);
    out.wrap(">", t(lang, button), "</button></div>");
}

/// At the end of `<main>`: embedded, the link to the accessibility statement (there is no
/// footer); otherwise nothing.
pub fn main_end(f: &Frame) -> Html {
    Html::written(256, |out| write_main_end(out, f))
}

fn write_main_end(out: &mut Html, f: &Frame) {
    if f.embed {
        out.push("<p class=\"app-embed-footer\" data-slot=\"statement-link\">");
        write_statement_link(out, f.lang, f.embed, f.statement_href);
        out.push("</p>");
    }
}

/// After `<main>`: the footer, with the link to the accessibility statement; embedded, nothing.
pub fn bottom(f: &Frame) -> Html {
    Html::written(1024, |out| write_bottom(out, f))
}

fn write_bottom(out: &mut Html, f: &Frame) {
    if !f.embed {
        let lang = f.lang;
        out.push("<footer class=\"app-footer\"><div class=\"app-width\">")
            .wrap("<p>", t(lang, Msg::PageFooterPrivate), "</p>")
            .wrap("<p>", t(lang, Msg::PageFooterIllustrative), "</p>")
            .push("<p data-slot=\"statement-link\">");
        write_statement_link(out, lang, f.embed, f.statement_href);
        out.push("</p></div></footer>");
    }
}

/// The link to the accessibility statement (`href`), for the slot [`STATEMENT_SLOT`].
/// Embedded, it opens in a new tab, leaving the council's page alone.
pub fn statement_link(lang: Lang, embed: bool, href: &str) -> Html {
    Html::written(256, |out| write_statement_link(out, lang, embed, href))
}

fn write_statement_link(out: &mut Html, lang: Lang, embed: bool, href: &str) {
    out.push("<a").attribute("href", href).push(if embed {
        " target=\"_blank\" rel=\"noopener\">"
    } else {
        " data-testid=\"statement-link\">"
    });
    out.wrap("", t(lang, Msg::PageFooterAccessibility), "</a>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(lang: Lang, embed: bool) -> Frame<'static> {
        Frame {
            lang,
            embed,
            switch_href: "?lang=cy#s=a&b",
            statement_href: "/?view=accessibility#s=x",
        }
    }

    #[test]
    fn every_click_reads_back_as_itself() {
        let notices = [Notice::BrokenLink, Notice::BrokenOptions];
        let all = [Click::Skip]
            .into_iter()
            .chain(Lang::ALL.map(Click::Language))
            .chain(notices.map(Click::Close));
        for click in all {
            assert_eq!(Click::read(click.value()), Some(click));
            let mut html = Html::default();
            asks_for(&mut html, click);
            let attribute = format!(" {CLICK_ATTRIBUTE}=\"{}\"", click.value());
            assert_eq!(html.as_str(), attribute);
        }
        assert_eq!(CLICK_SELECTOR, format!("[{CLICK_ATTRIBUTE}]"));
        assert_eq!(Click::read("language-fr"), None);
        assert_eq!(Click::read(""), None);
    }

    #[test]
    fn the_language_switch_is_in_the_header_before_main() {
        let html = page(&sample(Lang::En, false), "Title", &Html::text("x"));
        let html = html.as_str();
        let at = |s: &str| html.find(s).unwrap_or(usize::MAX);
        assert!(at("<a class=\"app-skip-link\"") < at("<header"));
        assert!(at("<header") < at("<nav class=\"app-language\""));
        assert!(at("<nav class=\"app-language\"") < at("</header>"));
        assert!(at("</header>") < at("<main"));
        assert!(html.contains("<h1 class=\"app-title\">Title</h1>x</main><footer"));
        assert!(html.contains("href=\"?lang=cy#s=a&amp;b\" hreflang=\"cy\""));
        assert!(html.contains("<span class=\"app-language__bar\" aria-hidden=\"true\">|</span>"));
        // Embedded: no skip link, header or footer; the switch stands above <main>.
        let embedded = page(&sample(Lang::En, true), "Title", &Html::default());
        let embedded = embedded.as_str();
        assert!(!embedded.contains("<header") && !embedded.contains("<footer"));
        assert!(!embedded.contains("app-skip-link"));
        assert!(embedded.find("<nav").unwrap_or(usize::MAX) < embedded.find("<main").unwrap_or(0));
        assert!(embedded
            .contains("target=\"_blank\" rel=\"noopener\">Accessibility statement</a></p></main>"));
    }

    #[test]
    fn the_slots_and_ids_the_programs_look_for_are_written() {
        let has = |html: Html, what: String| assert!(html.as_str().contains(&what), "{what}");
        let slot = |name: &str| format!("data-slot=\"{name}\"");
        for embed in [false, true] {
            let f = sample(Lang::Cy, embed);
            has(top(&f), slot(LANGUAGE_SLOT));
            let end = if embed { main_end(&f) } else { bottom(&f) };
            has(end, slot(STATEMENT_SLOT));
            has(page(&f, "", &Html::default()), format!("id=\"{MAIN_ID}\""));
        }
        has(notices(Lang::En, None, &[]), slot(NOTICES_SLOT));
        has(language_items(Lang::En, ""), format!("id=\"{SWITCH_ID}\""));
        has(
            top(&sample(Lang::En, false)),
            format!("href=\"#{MAIN_ID}\""),
        );
    }

    #[test]
    fn the_switch_keeps_the_other_options_and_the_scenario() {
        let to_welsh = switch_href(Lang::En, "?view=summary", "s=x");
        assert_eq!(to_welsh, "?view=summary&lang=cy#s=x");
        assert_eq!(switch_href(Lang::Cy, "?lang=cy", "s=x"), "?#s=x");
    }

    #[test]
    fn the_other_language_is_the_link_that_asks_for_it() {
        let welsh = language_items(Lang::Cy, "?#s=x");
        let welsh = welsh.as_str();
        assert!(welsh.contains("<span aria-current=\"true\" lang=\"cy\">Cymraeg</span>"));
        assert!(welsh.contains("data-frame-click=\"language-en\" lang=\"en-GB\">English</a>"));
        assert_eq!(welsh.matches("id=\"language-switch\"").count(), 1);
    }

    #[test]
    fn each_notice_closes_with_its_own_button() {
        let problems = vec!["Option 2".to_owned()];
        let html = notices(
            Lang::En,
            Some(("Nid yw'r ddolen", Instead::Example)),
            &problems,
        );
        let html = html.as_str();
        assert!(html.starts_with("<div data-slot=\"notices\">"));
        assert!(html.contains("<p>Nid yw&#39;r ddolen</p>"));
        assert!(html.contains("data-frame-click=\"close-link\">Start from the example</button>"));
        assert!(html.contains("<li>Option 2</li>"));
        assert!(html.contains("data-frame-click=\"close-options\">Carry on without them</button>"));
        assert!(notice_list(Lang::En, None, &[]).is_empty());
    }

    #[test]
    fn a_broken_link_notice_says_what_the_page_really_shows() {
        let example = notice_list(Lang::En, Some(("Broken.", Instead::Example)), &[]);
        assert!(example
            .as_str()
            .contains("The page shows the example scenario instead."));
        assert!(example
            .as_str()
            .contains(">Start from the example</button>"));
        let had = notice_list(Lang::Cy, Some(("Broken.", Instead::WhatYouHad)), &[]);
        let had = had.as_str();
        assert!(
            had.contains("Mae&#39;r dudalen yn dal i ddangos y senario a oedd gennych."),
            "{had}"
        );
        assert!(!had.contains("enghreifftiol"), "{had}");
        assert!(
            had.contains(">Parhau gyda&#39;r senario hwn</button>"),
            "{had}"
        );
    }

    #[test]
    fn options_left_out_of_a_long_link_are_not_said_to_be_shown() {
        // A link with 6 options: the first 4 open, the other 2 are left out.
        let dropped = crate::codec::link::decode_fragment(&format!(
            "s={0}&s={0}&s={0}&s={0}&s={0}&s={0}",
            crate::codec::link::encode_payload(&crate::examples::default_scenario(Lang::En))
        ))
        .dropped_message()
        .map(|m| m.render(Lang::En));
        let problems: Vec<String> = dropped.into_iter().collect();
        let html = notice_list(Lang::En, None, &problems);
        let text = html.as_str();
        assert!(text.contains("only the first 4 are shown"), "{text}");
        assert!(!text.contains("The other options are shown"), "{text}");
        assert!(
            text.contains("The options that could be opened are shown."),
            "{text}"
        );
    }
}
