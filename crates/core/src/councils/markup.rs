//! The picker's markup as HTML text: written once (the name box, the services, the button)
//! with slots the calculator writes again as the choice changes (the councils found, the
//! councils chosen, what typing found, problems). Written here, pure, so it is tested
//! natively and costs the calculator's download little: its framework would make a view type
//! for every part.
//!
//! The calculator listens on the picker as a whole: elements carry what a click or a change
//! means (`data-code` on a council found, `data-remove`, `data-line`, `data-focus`,
//! `data-action`).

use std::fmt::Write as _;

use super::file::{Council, Councils, Nation};
use super::fill::{line_name, overlaps};
use super::search::{elsewhere, normalise};
use super::{attribution, Elsewhere};
use crate::engine::Source;
use crate::html::escape;
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
pub fn loading(lang: Lang) -> String {
    format!(
        "<p class=\"app-hint\" role=\"status\" data-testid=\"councils-loading\">{}</p>",
        escape(t(lang, Msg::CouncilsLoading))
    )
}

/// The file could not be had: what to do, and a button to try again (`data-action="retry"`).
pub fn failed(lang: Lang) -> String {
    format!(
        "<div class=\"app-notice app-notice--error\" role=\"alert\" data-testid=\"councils-failed\">\
<h3 class=\"app-notice__title\">{}</h3><p>{}</p>\
<button type=\"button\" class=\"app-button app-button--secondary\" data-action=\"retry\">{}</button></div>",
        escape(t(lang, Msg::CouncilsLoadFailedTitle)),
        escape(t(lang, Msg::CouncilsLoadFailed)),
        escape(t(lang, Msg::CouncilsTryAgain)),
    )
}

/// The picker, written once the file is here: the name box, the councils chosen, the
/// services (those in `ticked`, indices into the file's lines, ticked), what the figures are
/// and the button (`data-action="use"`).
pub fn picker(lang: Lang, data: &Councils, ticked: &[usize]) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let label = escape(t(lang, Msg::CouncilsSearchLabel));
    // The key's name is the same in both languages, as on the keyboard: marked as English.
    let hint = escape(&fill(lang, Msg::CouncilsSearchHint, &[("enter", &NAME)]))
        .replace(NAME, "<kbd lang=\"en-GB\">Enter</kbd>");
    let _ = write!(
        out,
        "<div data-slot=\"{}\"></div>\
<div class=\"app-form-group app-combobox\" data-group=\"search\">\
<label class=\"app-label\" for=\"{INPUT_ID}\">{label}</label>\
<div class=\"app-hint\" id=\"{INPUT_ID}-hint\">{}</div><div data-slot=\"{}\"></div>\
<div class=\"app-combobox__wrapper\">\
<input class=\"app-input app-input--full\" id=\"{INPUT_ID}\" type=\"text\" role=\"combobox\" autocomplete=\"off\" \
spellcheck=\"false\" aria-autocomplete=\"list\" aria-controls=\"{LIST_ID}\" aria-expanded=\"false\" \
aria-describedby=\"{INPUT_ID}-hint\" data-testid=\"council-search\">\
<ul class=\"app-combobox__list\" id=\"{LIST_ID}\" role=\"listbox\" aria-label=\"{label}\" hidden \
data-testid=\"council-options\" data-slot=\"{}\"></ul></div>\
<div class=\"app-visually-hidden\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\" \
data-testid=\"council-search-status\" data-slot=\"{}\"></div><div data-slot=\"{}\"></div></div>\
<h3 id=\"councils-chosen-heading\">{}</h3><div data-slot=\"{}\"></div>",
        slots::ERRORS,
        hint,
        slots::SEARCH_ERROR,
        slots::OPTIONS,
        slots::STATUS,
        slots::NOTES,
        escape(t(lang, Msg::CouncilsChosenHeading)),
        slots::CHOSEN,
    );
    let _ = write!(
        out,
        "<div class=\"app-form-group\" data-group=\"lines\">\
<fieldset class=\"app-fieldset\" aria-describedby=\"council-lines-hint council-lines-back-office\">\
<legend class=\"app-label app-councils__legend\">{}</legend>\
<div class=\"app-hint\" id=\"council-lines-hint\">{}</div>\
<p class=\"app-notice\" id=\"council-lines-back-office\" data-testid=\"councils-back-office\">{}</p>\
<div data-slot=\"{}\"></div><div class=\"app-councils__lines\" data-testid=\"council-lines\">",
        escape(t(lang, Msg::CouncilsServicesLegend)),
        escape(t(lang, Msg::CouncilsServicesHint)),
        escape(t(lang, Msg::CouncilsBackOffice)),
        slots::LINES_ERROR,
    );
    for i in data.usable_lines() {
        let Some(line) = data.lines.get(i) else {
            continue;
        };
        let id = line_id(&line.code);
        let published = fill(
            lang,
            Msg::CouncilsLinePublished,
            &[("name", &NAME), ("number", &line.number)],
        );
        let (before, after) = published.split_once(NAME).unwrap_or((&published, ""));
        let checked = if ticked.contains(&i) { " checked" } else { "" };
        let _ = write!(
            out,
            "<div class=\"app-checkbox\"><input type=\"checkbox\" id=\"{id}\" data-line=\"{i}\" \
aria-describedby=\"{id}-hint\"{checked}><div><label class=\"app-checkbox__label\" for=\"{id}\">{}</label>\
<div class=\"app-hint\" id=\"{id}-hint\">{}<span lang=\"en-GB\">{}</span>{}</div></div></div>",
            escape(&line_name(lang, data, i)),
            escape(before),
            escape(&line.published_name),
            escape(after),
        );
    }
    let [_, ogl, register] = attribution(lang, data.source);
    let _ = write!(
        out,
        "</div></fieldset></div><p>{}</p>\
<ul class=\"app-list app-councils__source\" data-testid=\"councils-source\"><li>{}</li><li>{}</li></ul>\
<p class=\"app-hint\">{}</p>\
<button type=\"button\" class=\"app-button\" data-action=\"use\" data-testid=\"councils-use\">{}</button>",
        escape(t(lang, Msg::CouncilsFiguresAre)),
        escape(ogl),
        escape(register),
        escape(t(lang, Msg::CouncilsReplaces)),
        escape(t(lang, Msg::CouncilsUse)),
    );
    out
}

/// The councils found, the first [`LISTED`], with option `active` marked as the one the
/// arrow keys reached.
pub fn options(lang: Lang, found: &[&Council], active: Option<usize>) -> String {
    let mut out = String::new();
    for (i, c) in found.iter().take(LISTED).enumerate() {
        let on = active == Some(i);
        let _ = write!(
            out,
            "<li class=\"app-combobox__option{}\" id=\"{}\" role=\"option\" aria-selected=\"{on}\" data-code=\"{}\">\
<span lang=\"en-GB\">{}</span><span class=\"app-visually-hidden\">, </span>\
<span class=\"app-combobox__kind\">{}</span></li>",
            if on { " app-combobox__option--active" } else { "" },
            option_id(i),
            escape(&c.code),
            escape(&c.name),
            escape(c.kind.words(lang)),
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
pub fn notes(lang: Lang, data: &Councils, query: &str, found: usize) -> String {
    let mut out = String::new();
    if normalise(query).is_empty() {
        return out;
    }
    if found == 0 {
        let _ = write!(
            out,
            "<p class=\"app-hint\" data-testid=\"councils-no-match\">{}</p>",
            escape(&fill(
                lang,
                Msg::CouncilsNoMatch,
                &[("query", &query.trim())]
            ))
        );
    }
    for e in elsewhere(data, query) {
        let _ = write!(
            out,
            "<p class=\"app-notice\" data-testid=\"councils-elsewhere\">{}</p>",
            escape(&elsewhere_words(lang, e))
        );
    }
    out
}

/// The councils chosen, each with its type and a Remove button (`data-remove`), and what a
/// county chosen with districts inside it means.
pub fn chosen(lang: Lang, source: Source, councils: &[&Council]) -> String {
    let mut out = String::new();
    if councils.is_empty() {
        let _ = write!(
            out,
            "<p class=\"app-hint\">{}</p>",
            escape(t(lang, Msg::CouncilsChosenNone))
        );
        return out;
    }
    out.push_str("<ul class=\"app-councils__chosen\" aria-labelledby=\"councils-chosen-heading\" data-testid=\"councils-chosen\">");
    let no_return = fill(lang, Msg::CouncilsNoReturn, &[("year", &source.year())]);
    for c in councils {
        let (code, name) = (escape(&c.code), escape(&c.name));
        let _ = write!(
            out,
            "<li class=\"app-councils__council\"><span class=\"app-councils__name\" lang=\"en-GB\">{name}</span>\
<span class=\"app-hint app-councils__kind\">{}</span>{}\
<button type=\"button\" class=\"app-button app-button--secondary app-button--small\" id=\"{}\" data-remove=\"{code}\">\
{}<span class=\"app-visually-hidden\"> {name}</span></button></li>",
            escape(c.kind.words(lang)),
            if c.has_return() {
                String::new()
            } else {
                format!(
                    "<span class=\"app-hint app-councils__kind\">{}</span>",
                    escape(&no_return)
                )
            },
            remove_id(&c.code),
            escape(t(lang, Msg::EditorRemove)),
        );
    }
    out.push_str("</ul>");
    for o in overlaps(councils) {
        let _ = write!(
            out,
            "<p class=\"app-notice app-notice--warning\" data-testid=\"councils-overlap\">{}</p>",
            escape(&o.words(lang))
        );
    }
    out
}

/// An error message for one box, with "Error:" for screen readers; nothing without one.
pub fn error_message(lang: Lang, id: &str, message: Option<&str>) -> String {
    message.map_or_else(String::new, |m| {
        format!(
            "<p class=\"app-error-message\" id=\"{id}-error\"><span class=\"app-visually-hidden\">{} </span>{}</p>",
            escape(t(lang, Msg::EditorErrorHidden)),
            escape(m)
        )
    })
}

/// The GOV.UK error summary: each problem (the box's id and the message) links to its box
/// (`data-focus`); nothing without a problem.
pub fn errors(lang: Lang, problems: &[(String, String)]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"app-error-summary\" aria-labelledby=\"{ERRORS_ID}-title\" tabindex=\"-1\" id=\"{ERRORS_ID}\" \
data-testid=\"councils-errors\"><h3 class=\"app-error-summary__title\" id=\"{ERRORS_ID}-title\">{}</h3>\
<ul class=\"app-error-summary__list\">",
        escape(t(lang, Msg::ErrorSummaryTitle))
    );
    for (id, message) in problems {
        let id = escape(id);
        let _ = write!(
            out,
            "<li><a href=\"#{id}\" data-focus=\"{id}\">{}</a></li>",
            escape(message)
        );
    }
    out.push_str("</ul></div>");
    out
}

/// Where a scenario's figures came from, with the attribution the publication's licence asks
/// for: the calculator's method section and the residents' summary show it for a scenario
/// filled in from published figures.
pub fn source(lang: Lang, source: Source) -> String {
    let mut out = format!(
        "<h3>{}</h3><ul class=\"app-list app-list--bullet\">",
        escape(t(lang, Msg::SourceHeading))
    );
    for line in attribution(lang, source) {
        let _ = write!(out, "<li>{}</li>", escape(line));
    }
    out.push_str("</ul>");
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
        let welsh = picker(Lang::Cy, &d, &[]);
        assert!(
            welsh.contains("Llyfrgelloedd")
                && welsh.contains("<span lang=\"en-GB\">Library service</span>")
        );
    }

    #[test]
    fn options_mark_the_one_the_arrows_reached_and_escape_names() {
        let d = data();
        let found = search(&d, "a");
        let html = options(Lang::En, &found, Some(1));
        assert!(html.contains("id=\"council-option-0\" role=\"option\" aria-selected=\"false\" data-code=\"E07000105\""));
        assert!(html.contains("app-combobox__option--active\" id=\"council-option-1\" role=\"option\" aria-selected=\"true\""));
        assert!(html.contains("District council"));
        let odd = Council {
            name: "<b>&".into(),
            ..d.councils[0].clone()
        };
        assert!(options(Lang::En, &[&odd], None).contains("&lt;b&gt;&amp;"));
        let many: Vec<&Council> = std::iter::repeat_n(&d.councils[0], 12).collect();
        assert_eq!(
            options(Lang::En, &many, None)
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
        assert!(notes(Lang::En, &d, "cardiff", 0).contains("data-testid=\"councils-elsewhere\""));
        assert!(notes(Lang::En, &d, "<x>", 0).contains("matches “&lt;x&gt;”"));
        assert_eq!(notes(Lang::En, &d, "  ", 0), "");
        assert_eq!(notes(Lang::En, &d, "kent", 1), "");
    }

    #[test]
    fn the_chosen_list_has_remove_buttons_and_says_what_overlaps() {
        let d = data();
        let source = d.source;
        assert!(chosen(Lang::En, source, &[]).contains("No councils chosen yet."));
        let all: Vec<&Council> = d.councils.iter().collect();
        let html = chosen(Lang::En, source, &all);
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
        assert_eq!(errors(Lang::En, &[]), "");
        let html = errors(Lang::Cy, &[("council-search".into(), "Dewiswch".into())]);
        assert!(
            html.contains("<a href=\"#council-search\" data-focus=\"council-search\">Dewiswch</a>")
        );
        assert_eq!(error_message(Lang::En, "x", None), "");
        assert!(error_message(Lang::En, "x", Some("Choose")).contains("id=\"x-error\""));
        assert!(failed(Lang::En).contains("data-action=\"retry\""));
        assert!(loading(Lang::Cy).contains("role=\"status\""));
        assert!(
            source(Lang::En, Source::EnglandBudgets2023).contains("Open Government Licence v3.0")
        );
    }
}
