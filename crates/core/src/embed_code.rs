//! The HTML a council web team pastes into its own page to embed sharecalc: an iframe that
//! works on its own at a fixed height, a plain link for anyone who prefers a full tab, and
//! `embed.js`, which resizes the iframe to its content. The snippet's words (the frame's
//! title, the link) are in the embed's own language, which may differ from the page's.

use crate::display::{to_query, DisplayOptions};
use crate::html::Html;
use crate::i18n::{fill, t, Msg};

/// What the iframe may do: run the app, read its own files and storage, open links and
/// downloads. Nothing else (no forms, no top navigation, no modals).
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/// The fixed height an embed starts at, and keeps where the host page has no JavaScript.
pub const DEFAULT_HEIGHT: u32 = 1200;

/// The address of the app with `options` and the scenario `fragment` (without `#`).
/// `base` is where the app lives, e.g. `https://calc.example.org/sharecalc/`.
pub fn app_url(base: &str, options: &DisplayOptions, fragment: &str) -> String {
    let query = to_query(options);
    if fragment.is_empty() {
        format!("{base}{query}")
    } else {
        format!("{base}{query}#{fragment}")
    }
}

/// The snippet to paste: the iframe (marked `data-sharecalc` for `embed.js`), a link that
/// opens the calculator in its own tab, and the `embed.js` script tag, worded in
/// `options.lang` so a screen reader on the host page names the frame in the embed's language.
pub fn snippet(
    base: &str,
    options: &DisplayOptions,
    fragment: &str,
    scenario_title: &str,
    height: u32,
) -> String {
    let mut framed = options.clone();
    framed.embed = true;
    let mut full = options.clone();
    full.embed = false;
    let lang = options.lang;
    let title = if scenario_title.trim().is_empty() {
        t(lang, Msg::EmbedFrameTitle).to_owned()
    } else {
        fill(
            lang,
            Msg::EmbedFrameTitleNamed,
            &[("title", &scenario_title.trim())],
        )
    };
    let height = f64::from(height);
    let mut html = Html::with_capacity(1024);
    html.push("<iframe data-sharecalc")
        .attribute("src", &app_url(base, &framed, fragment))
        .attribute("title", &title)
        .push(" width=\"100%\" height=\"")
        .push_number(height)
        .push("\" style=\"width:100%;height:")
        .push_number(height)
        .push("px;border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\" sandbox=\"")
        .push(SANDBOX)
        .push("\" allow=\"clipboard-write\"></iframe>\n<p><a")
        .attribute("href", &app_url(base, &full, fragment))
        .wrap(
            " target=\"_blank\" rel=\"noopener\">",
            t(lang, Msg::EmbedOpenLink),
            "</a></p>\n<script",
        )
        .attribute("src", &format!("{base}embed.js"))
        .push(" async></script>");
    html.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::{parse, View};

    #[test]
    fn the_snippet_frames_the_summary_and_links_the_full_page() {
        let options = parse("view=summary&lock=1");
        assert_eq!(options.view, View::Summary);
        let html = snippet(
            "https://calc.example.org/",
            &options,
            "s=abc",
            "Back office \"A\" & <B>",
            900,
        );
        assert!(html.starts_with("<iframe data-sharecalc src=\"https://calc.example.org/?view=summary&amp;embed=1&amp;lock=1#s=abc\""));
        assert!(html.contains(
            "title=\"Shared services calculator: Back office &quot;A&quot; &amp; &lt;B&gt;\""
        ));
        assert!(html.contains("height=\"900\"") && html.contains("height:900px"));
        assert!(
            html.contains("loading=\"lazy\"") && html.contains("referrerpolicy=\"no-referrer\"")
        );
        assert!(html.contains(&format!("sandbox=\"{SANDBOX}\"")));
        assert!(html.contains("<a href=\"https://calc.example.org/?view=summary&amp;lock=1#s=abc\" target=\"_blank\" rel=\"noopener\">"));
        assert!(html.ends_with("<script src=\"https://calc.example.org/embed.js\" async></script>"));
    }

    #[test]
    fn an_empty_title_still_names_the_frame() {
        let html = snippet("/", &DisplayOptions::default(), "", " ", DEFAULT_HEIGHT);
        assert!(html.contains("title=\"Shared services calculator\""));
        assert!(html.contains("src=\"/?embed=1\""));
    }

    #[test]
    fn a_welsh_embed_is_worded_in_welsh() {
        let options = parse("lang=cy");
        let html = snippet("/", &options, "", "Swyddfa gefn", DEFAULT_HEIGHT);
        assert!(html.contains("src=\"/?embed=1&amp;lang=cy\""), "{html}");
        assert!(
            html.contains("title=\"Cyfrifiannell gwasanaethau a rennir: Swyddfa gefn\""),
            "{html}"
        );
        assert!(html.contains(">Agor y gyfrifiannell gwasanaethau a rennir mewn tab newydd</a>"));
        let untitled = snippet("/", &options, "", "", DEFAULT_HEIGHT);
        assert!(untitled.contains("title=\"Cyfrifiannell gwasanaethau a rennir\""));
    }
}
