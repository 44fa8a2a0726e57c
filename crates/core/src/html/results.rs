//! The headline figures, the partners and years tables, and "What has happened elsewhere",
//! as HTML (see [`crate::html`]).

use std::fmt::Write as _;

use super::escape;
use crate::engine::{format_money, Results, Scenario};
use crate::i18n::{fill, t, Lang, Msg};
use crate::report::evidence::{CASES, SOURCES_LANG, SPLIT_PRACTICE, SPLIT_PRACTICE_SOURCE};
use crate::report::words;

/// One headline: label, the figure (with its test id) and a line of detail.
fn headline(out: &mut String, label: Msg, lang: Lang, testid: &str, value: &str, detail: &str) {
    let _ = write!(
        out,
        "<div class=\"app-headline\"><dt class=\"app-headline__label\">{}</dt>\
<dd class=\"app-headline__value\" data-testid=\"{testid}\">{}</dd>\
<dd class=\"app-headline__detail\">{}</dd></div>",
        escape(t(lang, label)),
        escape(value),
        escape(detail)
    );
}

/// The inside of `<dl class="app-headlines">`: recurring saving, NPV, payback year,
/// break-even rate and the saving per resident (or why there is none).
pub fn headlines(lang: Lang, s: &Scenario, r: &Results) -> String {
    let c = &s.currency;
    let share = words::recurring_detail(lang, s, r);
    let npv_detail = words::npv_detail(lang, s, r);
    let mut out = String::with_capacity(1024);
    let h = &mut out;
    let money = |amount: f64| format_money(amount, c);
    headline(
        h,
        Msg::HeadlineRecurringLabel,
        lang,
        "recurring-saving",
        &money(r.recurring_saving),
        &share,
    );
    headline(
        h,
        Msg::HeadlineNpvLabel,
        lang,
        "npv",
        &money(r.npv),
        &npv_detail,
    );
    let payback = words::payback(lang, s, r);
    headline(
        h,
        Msg::HeadlinePaybackLabel,
        lang,
        "payback-year",
        &payback,
        t(lang, Msg::HeadlinePaybackDetail),
    );
    let break_even = words::break_even_value(lang, r);
    headline(
        h,
        Msg::HeadlineBreakEvenLabel,
        lang,
        "break-even-rate",
        &break_even,
        &words::break_even(lang, s, r),
    );
    let (value, detail) = match (r.per_resident, words::per_resident_missing(lang, s, r)) {
        (Some(per_resident), _) => (
            words::pence(per_resident, c),
            t(lang, Msg::HeadlinePerResidentDetail).to_owned(),
        ),
        (None, Some(why)) => (t(lang, Msg::HeadlinePerResidentNone).to_owned(), why),
        (None, None) => return out,
    };
    headline(
        h,
        Msg::HeadlinePerResidentLabel,
        lang,
        "per-resident",
        &value,
        &detail,
    );
    out
}

/// Starts a table with a caption and a header row: `(words, numeric)` per column.
fn table_head(out: &mut String, caption: &str, columns: &[(&str, bool)]) {
    let _ = write!(
        out,
        "<table class=\"app-table\"><caption class=\"app-table__caption\">{}</caption><thead><tr>",
        escape(caption)
    );
    for (words, numeric) in columns {
        let class = if *numeric {
            " class=\"app-table__numeric\""
        } else {
            ""
        };
        let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", escape(words));
    }
    out.push_str("</tr></thead><tbody>");
}

/// A row: its heading, then amounts to the pound.
fn money_row(out: &mut String, class: &str, heading: &str, amounts: &[f64], currency: &str) {
    let _ = write!(out, "<tr{class}><th scope=\"row\">{}</th>", escape(heading));
    for amount in amounts {
        let _ = write!(
            out,
            "<td class=\"app-table__numeric\">{}</td>",
            escape(&format_money(*amount, currency))
        );
    }
}

/// Each partner's costs alone and shared, net saving and NPV, with a partner worse off than
/// going alone (the engine's one test, on its NPV) flagged in words.
pub fn partners_table(lang: Lang, s: &Scenario, r: &Results) -> String {
    let mut out = String::with_capacity(2048);
    let caption = fill(
        lang,
        Msg::ResultsPartnersCaption,
        &[("years", &words::years(lang, s))],
    );
    table_head(
        &mut out,
        &caption,
        &[
            (t(lang, Msg::KindPartner), false),
            (t(lang, Msg::ResultsCostAlone), true),
            (t(lang, Msg::ResultsPartnersShareOfShared), true),
            (t(lang, Msg::ResultsNetSaving), true),
            (t(lang, Msg::HeadlineNpvLabel), true),
            (t(lang, Msg::ResultsPartnersOutcome), false),
        ],
    );
    for (p, f) in s.partners.iter().zip(&r.partners) {
        let worse = f.worse_off();
        let (class, verdict) = if worse {
            (
                " class=\"app-table__row--worse\"",
                Msg::ResultsPartnersPaysMore,
            )
        } else {
            ("", Msg::ResultsPartnersSaves)
        };
        let amounts = [f.standalone, f.shared, f.net, f.npv];
        money_row(&mut out, class, &p.name, &amounts, &s.currency);
        let _ = write!(out, "<td>{}</td></tr>", escape(t(lang, verdict)));
    }
    out.push_str("</tbody></table>");
    out
}

/// Standalone, shared, net saving and cumulative, each year.
pub fn years_table(lang: Lang, r: &Results, currency: &str) -> String {
    let mut out = String::with_capacity(4096);
    let caption = fill(
        lang,
        Msg::ResultsYearsCaption,
        &[("prices", &words::prices(lang, r))],
    );
    table_head(
        &mut out,
        &caption,
        &[
            (t(lang, Msg::ResultsYear), false),
            (t(lang, Msg::ResultsCostAlone), true),
            (t(lang, Msg::ResultsYearsCostShared), true),
            (t(lang, Msg::ResultsNetSaving), true),
            (t(lang, Msg::ResultsCumulativeNetSaving), true),
        ],
    );
    for y in &r.years {
        let amounts = [y.standalone, y.shared, y.net, y.cumulative];
        money_row(&mut out, "", &y.label, &amounts, currency);
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// A heading and a scrolling region named by it, holding the slot `slot`, for a wide table.
pub fn table_region(heading_id: &str, heading: &str, slot: &str) -> String {
    format!(
        "<h3 id=\"{heading_id}\">{}</h3>\
<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"{heading_id}\" tabindex=\"0\" data-slot=\"{slot}\"></div>",
        escape(heading)
    )
}

/// "What has happened elsewhere": reported outcomes with their sources, so that nobody
/// mistakes the 20% headline for a promise. Sources are cited as published, in English.
pub fn evidence(lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        "<section class=\"app-section\" aria-labelledby=\"evidence-heading\">\
<h2 id=\"evidence-heading\">{}</h2><p>{}</p>\
<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"evidence-heading\" tabindex=\"0\">\
<table class=\"app-table app-table--text\"><thead><tr>\
<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(t(lang, Msg::EvidenceHeading)),
        escape(t(lang, Msg::EvidenceIntro)),
        escape(t(lang, Msg::EvidenceCase)),
        escape(t(lang, Msg::EvidenceReported)),
        escape(t(lang, Msg::EvidenceSource)),
    );
    for c in CASES {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td lang=\"{SOURCES_LANG}\">{}</td></tr>",
            escape(t(lang, c.case)),
            escape(t(lang, c.reported)),
            escape(c.source)
        );
    }
    let _ = write!(
        out,
        "</tbody></table></div><h3>{}</h3><p>{} ({} <span lang=\"{SOURCES_LANG}\">{}</span>.)</p></section>",
        escape(t(lang, Msg::EvidenceSplitHeading)),
        escape(t(lang, SPLIT_PRACTICE)),
        escape(t(lang, Msg::EvidenceSourceCited)),
        escape(SPLIT_PRACTICE_SOURCE)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::examples::default_scenario;

    #[test]
    fn the_headlines_carry_the_engine_figures_to_the_penny() {
        let s = default_scenario(Lang::En);
        let r = evaluate(&s);
        let html = headlines(Lang::En, &s, &r);
        let npv = format!(
            "data-testid=\"npv\">{}</dd>",
            format_money(r.npv, &s.currency)
        );
        assert!(html.contains(&npv), "{html}");
        assert!(html.contains("data-testid=\"payback-year\""));
        assert_eq!(html.contains("per-resident"), r.per_resident.is_some());
    }

    #[test]
    fn a_partner_worse_off_is_flagged_and_names_are_escaped() {
        let mut s = default_scenario(Lang::En);
        s.partners[0].name = "Heron & <Vale>".into();
        let r = evaluate(&s);
        let html = partners_table(Lang::En, &s, &r);
        assert!(html.contains("<th scope=\"row\">Heron &amp; &lt;Vale&gt;</th>"));
        assert_eq!(html.matches("<tr").count(), s.partners.len() + 1);
        let worse = r.partners.iter().filter(|f| f.worse_off()).count();
        assert_eq!(html.matches("app-table__row--worse").count(), worse);
        assert_eq!(
            html.matches(t(Lang::En, Msg::ResultsPartnersPaysMore))
                .count(),
            worse
        );
    }

    #[test]
    fn the_years_table_has_a_row_a_year() {
        let s = default_scenario(Lang::Cy);
        let r = evaluate(&s);
        let html = years_table(Lang::Cy, &r, &s.currency);
        assert_eq!(html.matches("<th scope=\"row\">").count(), r.years.len());
        let last = r
            .years
            .last()
            .map(|y| format_money(y.cumulative, &s.currency));
        assert!(html.contains(&format!("{}</td></tr></tbody>", last.unwrap_or_default())));
    }

    #[test]
    fn the_evidence_cites_every_source_in_english() {
        let html = evidence(Lang::Cy);
        assert_eq!(html.matches("lang=\"en-GB\"").count(), CASES.len() + 1);
        assert!(html.contains(&escape(t(Lang::Cy, Msg::EvidenceHeading))));
    }
}
