//! The picker's markup as HTML text: written once (the name box, the services, the button)
//! with slots the calculator writes again as the choice changes (the councils found, the
//! councils chosen, what typing found, problems). Written here, pure, so it is tested
//! natively and costs the calculator's download little: its framework would make a view type
//! for every part.
//!
//! The calculator listens on the picker as a whole: elements carry what a click or a change
//! means (`data-code` on a council found, `data-remove`, `data-line`, `data-focus`,
//! `data-action`).

use super::file::{Council, Councils, Line, Nation};
use super::fill::{line_name, overlaps};
use super::search::{elsewhere, normalise};
use super::{attribution, Elsewhere};
use crate::engine::Source;
use crate::html::Html;
use crate::i18n::{count, fill, t, Lang, Msg};

/// The council name box.
pub const INPUT_ID: &str = "council-search";
/// The list of councils found.
pub const LIST_ID: &str = "council-options";
/// The picker's error summary.
pub const ERRORS_ID: &str = "councils-errors";
/// The most councils listed at once; typing more finds the others.
pub const LISTED: usize = 10;

/// The slots of [`picker`], by name.
pub mod slots {
    /// The error summary.
    pub const ERRORS: &str = "councils-errors";
    /// The name box's error message.
    pub const SEARCH_ERROR: &str = "council-search-error";
    /// The councils found (the list's options).
    pub const OPTIONS: &str = "council-options";
    /// What typing found, or what the last choice did, for screen readers.
    pub const STATUS: &str = "council-status";
    /// No council found; a Welsh or Scottish council.
    pub const NOTES: &str = "council-notes";
    /// The councils chosen, and a county chosen with its districts.
    pub const CHOSEN: &str = "councils-chosen";
    /// The services' error message.
    pub const LINES_ERROR: &str = "council-lines-error";
    /// The file is on its way, could not be had, or the picker itself.
    pub const BODY: &str = "councils-body";
}

/// The id of option `i` of the list.
pub fn option_id(i: usize) -> String {
    format!("council-option-{i}")
}

/// The id of the Remove button of the council with ONS code `code`.
pub fn remove_id(code: &str) -> String {
    format!("council-remove-{code}")
}

/// The id of the checkbox for the line with database code `code`.
pub fn line_id(code: &str) -> String {
    format!("council-line-{code}")
}

/// The id of the first service's checkbox, which the services' problems link to.
pub fn first_line_id(data: &Councils) -> String {
    data.usable_lines()
        .first()
        .and_then(|&i| data.lines.get(i))
        .map(|l| line_id(&l.code))
        .unwrap_or_default()
}

/// Stands for the published name while the sentence around it is put into words, so that
/// the name (English on a Welsh page) can be marked as English.
const NAME: &str = "\u{1}";

/// While the file is on its way.
pub fn loading(lang: Lang) -> Html {
    Html::written(128, |out| {
        out.wrap(
            "<p class=\"app-hint\" role=\"status\" data-testid=\"councils-loading\">",
            t(lang, Msg::CouncilsLoading),
            "</p>",
        );
    })
}

/// The file could not be had: what to do, and a button to try again (`data-action="retry"`).
pub fn failed(lang: Lang) -> Html {
    Html::written(512, |out| {
        out.wrap(
            "<div class=\"app-notice app-notice--error\" role=\"alert\" data-testid=\"councils-failed\">\
<h3 class=\"app-notice__title\">",
            t(lang, Msg::CouncilsLoadFailedTitle),
            "</h3>",
        )
        .wrap("<p>", t(lang, Msg::CouncilsLoadFailed), "</p>")
        .wrap(
            "<button type=\"button\" class=\"app-button app-button--secondary\" data-action=\"retry\">",
            t(lang, Msg::CouncilsTryAgain),
            "</button></div>",
        );
    })
}

/// `words` with the [`NAME`] mark in it replaced by `name` written by `mark`: how a name in
/// another language, or a key, is marked inside a translated sentence.
fn around_name(out: &mut Html, words: &str, mark: impl FnOnce(&mut Html)) {
    let (before, after) = words.split_once(NAME).unwrap_or((words, ""));
    out.push_text(before);
    mark(out);
    out.push_text(after);
}

/// An empty slot `name`.
fn slot(out: &mut Html, name: &str) {
    out.push("<div")
        .attribute("data-slot", name)
        .push("></div>");
}

/// The picker, written once the file is here: the name box, the councils chosen, the
/// services (those in `ticked`, indices into the file's lines, ticked), what the figures are
/// and the button (`data-action="use"`).
pub fn picker(lang: Lang, data: &Councils, ticked: &[usize]) -> Html {
    let mut out = Html::with_capacity(16 * 1024);
    let label = t(lang, Msg::CouncilsSearchLabel);
    slot(&mut out, slots::ERRORS);
    out.push("<div class=\"app-form-group app-combobox\" data-group=\"search\">")
        .push("<label class=\"app-label\"")
        .attribute("for", INPUT_ID)
        .wrap(">", label, "</label>")
        .push("<div class=\"app-hint\" id=\"council-search-hint\">");
    // The key's name is the same in both languages, as on the keyboard: marked as English.
    let hint = fill(lang, Msg::CouncilsSearchHint, &[("enter", &NAME)]);
    around_name(&mut out, &hint, |out| {
        out.push("<kbd lang=\"en-GB\">Enter</kbd>");
    });
    out.push("</div>");
    slot(&mut out, slots::SEARCH_ERROR);
    out.push("<div class=\"app-combobox__wrapper\"><input class=\"app-input app-input--full\"")
        .attribute("id", INPUT_ID)
        .push(
            " type=\"text\" role=\"combobox\" autocomplete=\"off\" spellcheck=\"false\" \
aria-autocomplete=\"list\"",
        )
        .attribute("aria-controls", LIST_ID)
        .push(" aria-expanded=\"false\" aria-describedby=\"council-search-hint\" data-testid=\"council-search\">")
        .push("<ul class=\"app-combobox__list\"")
        .attribute("id", LIST_ID)
        .push(" role=\"listbox\"")
        .attribute("aria-label", label)
        .push(" hidden data-testid=\"council-options\"")
        .attribute("data-slot", slots::OPTIONS)
        .push("></ul></div>")
        .push(
            "<div class=\"app-visually-hidden\" role=\"status\" aria-live=\"polite\" \
aria-atomic=\"true\" data-testid=\"council-search-status\"",
        )
        .attribute("data-slot", slots::STATUS)
        .push("></div>");
    slot(&mut out, slots::NOTES);
    out.push("</div>").wrap(
        "<h3 id=\"councils-chosen-heading\">",
        t(lang, Msg::CouncilsChosenHeading),
        "</h3>",
    );
    slot(&mut out, slots::CHOSEN);
    out.push(
        "<div class=\"app-form-group\" data-group=\"lines\">\
<fieldset class=\"app-fieldset\" aria-describedby=\"council-lines-hint council-lines-back-office\">",
    )
    .wrap(
        "<legend class=\"app-label app-councils__legend\">",
        t(lang, Msg::CouncilsServicesLegend),
        "</legend>",
    )
    .wrap(
        "<div class=\"app-hint\" id=\"council-lines-hint\">",
        t(lang, Msg::CouncilsServicesHint),
        "</div>",
    )
    .wrap(
        "<p class=\"app-notice\" id=\"council-lines-back-office\" data-testid=\"councils-back-office\">",
        t(lang, Msg::CouncilsBackOffice),
        "</p>",
    );
    slot(&mut out, slots::LINES_ERROR);
    out.push("<div class=\"app-councils__lines\" data-testid=\"council-lines\">");
    for i in data.usable_lines() {
        if let Some(line) = data.lines.get(i) {
            line_checkbox(&mut out, lang, data, i, ticked.contains(&i), line);
        }
    }
    let [_, ogl, register] = attribution(lang, data.source);
    out.push("</div></fieldset></div>")
        .wrap("<p>", t(lang, Msg::CouncilsFiguresAre), "</p>")
        .push("<ul class=\"app-list app-councils__source\" data-testid=\"councils-source\">")
        .wrap("<li>", ogl, "</li>")
        .wrap("<li>", register, "</li></ul>")
        .wrap(
            "<p class=\"app-hint\">",
            t(lang, Msg::CouncilsReplaces),
            "</p>",
        )
        .wrap(
            "<button type=\"button\" class=\"app-button\" data-action=\"use\" data-testid=\"councils-use\">",
            t(lang, Msg::CouncilsUse),
            "</button>",
        );
    out
}

/// One service's checkbox (`data-line` is its index in the file's lines), with the name it
/// was published under, marked as English.
fn line_checkbox(out: &mut Html, lang: Lang, data: &Councils, i: usize, on: bool, line: &Line) {
    let id = line_id(&line.code);
    let hint = format!("{id}-hint");
    out.push("<div class=\"app-checkbox\"><input type=\"checkbox\"")
        .attribute("id", &id)
        .attribute("data-line", &i.to_string())
        .attribute("aria-describedby", &hint)
        .push(if on { " checked>" } else { ">" })
        .push("<div><label class=\"app-checkbox__label\"")
        .attribute("for", &id)
        .wrap(">", &line_name(lang, data, i), "</label>")
        .push("<div class=\"app-hint\"")
        .attribute("id", &hint)
        .push(">");
    let published = fill(
        lang,
        Msg::CouncilsLinePublished,
        &[("name", &NAME), ("number", &line.number)],
    );
    around_name(out, &published, |out| {
        out.wrap("<span lang=\"en-GB\">", &line.published_name, "</span>");
    });
    out.push("</div></div></div>");
}

/// The councils found, the first [`LISTED`], with option `active` marked as the one the
/// arrow keys reached.
pub fn options(lang: Lang, found: &[&Council], active: Option<usize>) -> Html {
    let mut out = Html::default();
    for (i, c) in found.iter().take(LISTED).enumerate() {
        let on = active == Some(i);
        out.push(if on {
            "<li class=\"app-combobox__option app-combobox__option--active\""
        } else {
            "<li class=\"app-combobox__option\""
        })
        .attribute("id", &option_id(i))
        .push(" role=\"option\"")
        .push(if on {
            " aria-selected=\"true\""
        } else {
            " aria-selected=\"false\""
        })
        .attribute("data-code", &c.code)
        .wrap("><span lang=\"en-GB\">", &c.name, "</span>")
        .push("<span class=\"app-visually-hidden\">, </span>")
        .wrap(
            "<span class=\"app-combobox__kind\">",
            c.kind.words(lang),
            "</span></li>",
        );
    }
    out
}

/// What typing `query` found, for screen readers: how many councils, or that none matches,
/// and any Welsh or Scottish council it names.
pub fn status(lang: Lang, data: &Councils, query: &str, found: usize) -> String {
    let mut words = if found == 0 {
        fill(lang, Msg::CouncilsNoMatch, &[("query", &query.trim())])
    } else if found > LISTED {
        let n = count(lang, Msg::CouncilsResults, found as u64, &[]);
        fill(
            lang,
            Msg::CouncilsResultsMore,
            &[("found", &n), ("shown", &LISTED)],
        )
    } else {
        count(lang, Msg::CouncilsResults, found as u64, &[])
    };
    for e in elsewhere(data, query) {
        if !words.ends_with('.') {
            words.push('.');
        }
        words.push(' ');
        words.push_str(&elsewhere_words(lang, e));
    }
    words
}

/// "Cardiff is in Wales. Figures for Welsh councils are not available here yet…"
fn elsewhere_words(lang: Lang, e: &Elsewhere) -> String {
    let msg = match e.nation {
        Nation::Wales => Msg::CouncilsInWales,
        Nation::Scotland => Msg::CouncilsInScotland,
    };
    fill(lang, msg, &[("name", &e.name)])
}

/// What typing `query` found, on the page: that no council in England matches, and any Welsh
/// or Scottish council it names; nothing before anything is typed.
pub fn notes(lang: Lang, data: &Councils, query: &str, found: usize) -> Html {
    let mut out = Html::default();
    if normalise(query).is_empty() {
        return out;
    }
    if found == 0 {
        out.wrap(
            "<p class=\"app-hint\" data-testid=\"councils-no-match\">",
            &fill(lang, Msg::CouncilsNoMatch, &[("query", &query.trim())]),
            "</p>",
        );
    }
    for e in elsewhere(data, query) {
        out.wrap(
            "<p class=\"app-notice\" data-testid=\"councils-elsewhere\">",
            &elsewhere_words(lang, e),
            "</p>",
        );
    }
    out
}

/// The councils chosen, each with its type and a Remove button (`data-remove`), and what a
/// county chosen with districts inside it means.
pub fn chosen(lang: Lang, source: Source, councils: &[&Council]) -> Html {
    let mut out = Html::default();
    if councils.is_empty() {
        out.wrap(
            "<p class=\"app-hint\">",
            t(lang, Msg::CouncilsChosenNone),
            "</p>",
        );
        return out;
    }
    out.push("<ul class=\"app-councils__chosen\" aria-labelledby=\"councils-chosen-heading\" data-testid=\"councils-chosen\">");
    let no_return = fill(lang, Msg::CouncilsNoReturn, &[("year", &source.year())]);
    for c in councils {
        out.wrap(
            "<li class=\"app-councils__council\"><span class=\"app-councils__name\" lang=\"en-GB\">",
            &c.name,
            "</span>",
        )
        .wrap(
            "<span class=\"app-hint app-councils__kind\">",
            c.kind.words(lang),
            "</span>",
        );
        if !c.has_return() {
            out.wrap(
                "<span class=\"app-hint app-councils__kind\">",
                &no_return,
                "</span>",
            );
        }
        out.push(
            "<button type=\"button\" class=\"app-button app-button--secondary app-button--small\"",
        )
        .attribute("id", &remove_id(&c.code))
        .attribute("data-remove", &c.code)
        .wrap(">", t(lang, Msg::EditorRemove), "")
        .wrap(
            "<span class=\"app-visually-hidden\"> ",
            &c.name,
            "</span></button></li>",
        );
    }
    out.push("</ul>");
    for o in overlaps(councils) {
        out.wrap(
            "<p class=\"app-notice app-notice--warning\" data-testid=\"councils-overlap\">",
            &o.words(lang),
            "</p>",
        );
    }
    out
}

/// An error message for one box, with "Error:" for screen readers; nothing without one.
pub fn error_message(lang: Lang, id: &str, message: Option<&str>) -> Html {
    let mut out = Html::default();
    if let Some(m) = message {
        out.push("<p class=\"app-error-message\"")
            .attribute("id", &format!("{id}-error"))
            .wrap(
                "><span class=\"app-visually-hidden\">",
                t(lang, Msg::EditorErrorHidden),
                " </span>",
            )
            .wrap("", m, "</p>");
    }
    out
}

/// The GOV.UK error summary: each problem (the box's id and the message) links to its box
/// (`data-focus`); nothing without a problem.
pub fn errors(lang: Lang, problems: &[(String, String)]) -> Html {
    let mut out = Html::default();
    if problems.is_empty() {
        return out;
    }
    out.push(
        "<div class=\"app-error-summary\" aria-labelledby=\"councils-errors-title\" tabindex=\"-1\"",
    )
    .attribute("id", ERRORS_ID)
    .push(" data-testid=\"councils-errors\">")
    .wrap(
        "<h3 class=\"app-error-summary__title\" id=\"councils-errors-title\">",
        t(lang, Msg::ErrorSummaryTitle),
        "</h3><ul class=\"app-error-summary__list\">",
    );
    for (id, message) in problems {
        out.push("<li><a")
            .attribute("href", &format!("#{id}"))
            .attribute("data-focus", id)
            .wrap(">", message, "</a></li>");
    }
    out.push("</ul></div>");
    out
}

/// Where a scenario's figures came from, with the attribution the publication's licence asks
/// for: the calculator's method section and the residents' summary show it for a scenario
/// filled in from published figures.
pub fn source(lang: Lang, source: Source) -> Html {
    let mut out = Html::with_capacity(1024);
    out.wrap("<h3>", t(lang, Msg::SourceHeading), "</h3>")
        .push("<ul class=\"app-list app-list--bullet\">");
    for line in attribution(lang, source) {
        out.wrap("<li>", line, "</li>");
    }
    out.push("</ul>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils::{parse, search, SAMPLE};

    fn data() -> Councils {
        parse(SAMPLE).unwrap()
    }

    #[test]
    fn the_picker_has_every_slot_the_box_and_a_ticked_checkbox_per_line() {
        let d = data();
        let html = picker(Lang::En, &d, &[1]);
        let html = html.as_str();
        for slot in [
            slots::ERRORS,
            slots::SEARCH_ERROR,
            slots::OPTIONS,
            slots::STATUS,
            slots::NOTES,
            slots::CHOSEN,
            slots::LINES_ERROR,
        ] {
            assert!(html.contains(&format!("data-slot=\"{slot}\"")), "{slot}");
        }
        assert!(html.contains("role=\"combobox\""));
        assert!(html.contains("and <kbd lang=\"en-GB\">Enter</kbd> to choose one."));
        assert!(html.contains("aria-controls=\"council-options\""));
        assert!(html.contains("id=\"council-line-envcll\" data-line=\"0\" aria-describedby=\"council-line-envcll-hint\">"));
        assert!(html.contains("id=\"council-line-cullib\" data-line=\"1\" aria-describedby=\"council-line-cullib-hint\" checked>"));
        assert!(
            html.contains("Published as “<span lang=\"en-GB\">Library service</span>” (line 505).")
        );
        assert!(html.contains("mySociety, CC BY 4.0"));
        let welsh = String::from(picker(Lang::Cy, &d, &[]));
        assert!(
            welsh.contains("Llyfrgelloedd")
                && welsh.contains("<span lang=\"en-GB\">Library service</span>")
        );
    }

    #[test]
    fn options_mark_the_one_the_arrows_reached_and_escape_names() {
        let d = data();
        let found = search(&d, "a");
        let html = String::from(options(Lang::En, &found, Some(1)));
        assert!(html.contains("id=\"council-option-0\" role=\"option\" aria-selected=\"false\" data-code=\"E07000105\""));
        assert!(html.contains("app-combobox__option--active\" id=\"council-option-1\" role=\"option\" aria-selected=\"true\""));
        assert!(html.contains("District council"));
        let odd = Council {
            name: "<b>&".into(),
            ..d.councils[0].clone()
        };
        assert!(options(Lang::En, &[&odd], None)
            .as_str()
            .contains("&lt;b&gt;&amp;"));
        let many: Vec<&Council> = std::iter::repeat_n(&d.councils[0], 12).collect();
        assert_eq!(
            options(Lang::En, &many, None)
                .as_str()
                .matches("role=\"option\"")
                .count(),
            LISTED
        );
    }

    #[test]
    fn what_typing_found_is_said_and_shown() {
        let d = data();
        assert_eq!(status(Lang::En, &d, "as", 1), "1 council found");
        assert!(status(Lang::En, &d, "a", 2).starts_with("2 councils found. Cardiff is in Wales."));
        assert_eq!(
            status(Lang::En, &d, "x", 11),
            "11 councils found. The first 10 are listed: type more of the name to find the others."
        );
        assert!(status(Lang::En, &d, " Narnia ", 0)
            .starts_with("No council in England matches “Narnia”."));
        assert!(status(Lang::En, &d, "cardiff", 0).contains("Cardiff is in Wales."));
        assert!(notes(Lang::En, &d, "cardiff", 0)
            .as_str()
            .contains("data-testid=\"councils-elsewhere\""));
        assert!(notes(Lang::En, &d, "<x>", 0)
            .as_str()
            .contains("matches “&lt;x&gt;”"));
        assert!(notes(Lang::En, &d, "  ", 0).is_empty());
        assert!(notes(Lang::En, &d, "kent", 1).is_empty());
    }

    #[test]
    fn the_chosen_list_has_remove_buttons_and_says_what_overlaps() {
        let d = data();
        let source = d.source;
        assert!(chosen(Lang::En, source, &[])
            .as_str()
            .contains("No councils chosen yet."));
        let all: Vec<&Council> = d.councils.iter().collect();
        let html = String::from(chosen(Lang::En, source, &all));
        assert!(html.contains("id=\"council-remove-E07000105\" data-remove=\"E07000105\">Remove<span class=\"app-visually-hidden\"> Ashford</span>"));
        assert!(
            html.contains("No budget published for 2023-24"),
            "Slough sent no return"
        );
        assert_eq!(html.matches("data-testid=\"councils-overlap\"").count(), 1);
        assert!(html.contains("Ashford is a district inside Kent."));
    }

    #[test]
    fn problems_link_to_their_boxes() {
        assert!(errors(Lang::En, &[]).is_empty());
        let html = String::from(errors(
            Lang::Cy,
            &[("council-search".into(), "Dewiswch".into())],
        ));
        assert!(
            html.contains("<a href=\"#council-search\" data-focus=\"council-search\">Dewiswch</a>")
        );
        assert!(error_message(Lang::En, "x", None).is_empty());
        assert!(error_message(Lang::En, "x", Some("Choose"))
            .as_str()
            .contains("id=\"x-error\""));
        assert!(failed(Lang::En).as_str().contains("data-action=\"retry\""));
        assert!(loading(Lang::Cy).as_str().contains("role=\"status\""));
        assert!(source(Lang::En, Source::EnglandBudgets2023)
            .as_str()
            .contains("Open Government Licence v3.0"));
    }
}
