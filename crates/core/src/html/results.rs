//! The headline figures, the partners and years tables, and "What has happened elsewhere",
//! as HTML (see [`crate::html`]).

use super::Html;
use crate::engine::{format_money, Results, Scenario, YearFigures};
use crate::i18n::{fill, t, Lang, Msg};
use crate::report::evidence::{CASES, SOURCES_LANG, SPLIT_PRACTICE, SPLIT_PRACTICE_SOURCE};
use crate::report::words;

/// One headline: label, the figure (with its test id) and a line of detail.
fn headline(out: &mut Html, label: &str, testid: &'static str, value: &str, detail: &str) {
    out.wrap(
        "<div class=\"app-headline\"><dt class=\"app-headline__label\">",
        label,
        "</dt><dd class=\"app-headline__value\" data-testid=\"",
    )
    .push(testid)
    .wrap("\">", value, "</dd><dd class=\"app-headline__detail\">")
    .wrap("", detail, "</dd></div>");
}

/// The inside of `<dl class="app-headlines">`: recurring saving, NPV, payback year,
/// break-even rate and the saving per resident (or why there is none).
pub fn headlines(lang: Lang, s: &Scenario, r: &Results) -> Html {
    let c = &s.currency;
    let share = words::recurring_detail(lang, s, r);
    let npv_detail = words::npv_detail(lang, s, r);
    let mut out = Html::with_capacity(1024);
    let h = &mut out;
    let label = |msg: Msg| t(lang, msg);
    let money = |amount: f64| format_money(amount, c);
    headline(
        h,
        label(Msg::HeadlineRecurringLabel),
        "recurring-saving",
        &money(r.recurring_saving),
        &share,
    );
    headline(
        h,
        label(Msg::HeadlineNpvLabel),
        "npv",
        &money(r.npv),
        &npv_detail,
    );
    headline(
        h,
        label(Msg::HeadlinePaybackLabel),
        "payback-year",
        &words::payback(lang, s, r),
        label(Msg::HeadlinePaybackDetail),
    );
    headline(
        h,
        label(Msg::HeadlineBreakEvenLabel),
        "break-even-rate",
        &words::break_even_value(lang, r),
        &words::break_even(lang, s, r),
    );
    let (value, detail) = match (r.per_resident, words::per_resident_missing(lang, s, r)) {
        (Some(per_resident), _) => (
            words::pence(per_resident, c),
            label(Msg::HeadlinePerResidentDetail).to_owned(),
        ),
        (None, Some(why)) => (label(Msg::HeadlinePerResidentNone).to_owned(), why),
        (None, None) => return out,
    };
    headline(
        h,
        label(Msg::HeadlinePerResidentLabel),
        "per-resident",
        &value,
        &detail,
    );
    out
}

/// The figures at a glance with empty slots: the headlines ([`headlines`]), the plain
/// English and where the figures come from, as the residents' summary and the calculator's preview draw them (the calculator's
/// own is the same markup, in Leptos, with its warning that the figures are stale).
pub fn glance(lang: Lang) -> Html {
    let mut out = Html::with_capacity(512);
    out.wrap(
        "<section class=\"app-glance\" aria-labelledby=\"results-heading\"><h2 id=\"results-heading\">",
        t(lang, Msg::ResultsHeading),
        "</h2><dl class=\"app-headlines\" data-slot=\"headlines\"></dl>",
    )
    .wrap("<h3>", t(lang, Msg::ResultsPlainWordsHeading), "</h3>")
    .push(
        "<p class=\"app-summary\" data-testid=\"plain-english\" data-slot=\"plain-english\"></p>\
<div class=\"app-source\" data-testid=\"summary-source\" data-slot=\"source\"></div></section>",
    );
    out
}

/// Starts a table with a caption and a header row: `(words, numeric)` per column.
fn table_head(out: &mut Html, caption: &str, columns: &[(&str, bool)]) {
    out.wrap(
        "<table class=\"app-table\"><caption class=\"app-table__caption\">",
        caption,
        "</caption><thead><tr>",
    );
    for (words, numeric) in columns {
        let open = if *numeric {
            "<th scope=\"col\" class=\"app-table__numeric\">"
        } else {
            "<th scope=\"col\">"
        };
        out.wrap(open, words, "</th>");
    }
    out.push("</tr></thead><tbody>");
}

/// Opens a row (`open`, e.g. `"<tr>"`) with its heading, then amounts to the pound.
fn money_row(out: &mut Html, open: &'static str, heading: &str, amounts: &[f64], currency: &str) {
    out.push(open).wrap("<th scope=\"row\">", heading, "</th>");
    for amount in amounts {
        out.wrap(
            "<td class=\"app-table__numeric\">",
            &format_money(*amount, currency),
            "</td>",
        );
    }
}

/// Each partner's costs alone and shared, net saving and NPV, with a partner worse off than
/// going alone (the engine's one test, on its NPV) flagged in words. When some partner bears
/// one-off costs of its own, they get their own column, apart from its share of the shared
/// cost, so that the columns add up: cost alone − share − own costs = net saving.
pub fn partners_table(lang: Lang, s: &Scenario, r: &Results) -> Html {
    let mut out = Html::with_capacity(2048);
    let caption = fill(
        lang,
        Msg::ResultsPartnersCaption,
        &[("years", &words::years(lang, s))],
    );
    let own = r.partners.iter().any(|f| f.own_costs != 0.0);
    let mut columns = vec![
        (t(lang, Msg::KindPartner), false),
        (t(lang, Msg::ResultsCostAlone), true),
        (t(lang, Msg::ResultsPartnersShareOfShared), true),
    ];
    if own {
        columns.push((t(lang, Msg::ResultsPartnersOwnCosts), true));
    }
    columns.extend([
        (t(lang, Msg::ResultsNetSaving), true),
        (t(lang, Msg::HeadlineNpvLabel), true),
        (t(lang, Msg::ResultsPartnersOutcome), false),
    ]);
    table_head(&mut out, &caption, &columns);
    for (p, f) in s.partners.iter().zip(&r.partners) {
        let worse = f.worse_off();
        let (open, verdict) = if worse {
            (
                "<tr class=\"app-table__row--worse\">",
                Msg::ResultsPartnersPaysMore,
            )
        } else {
            ("<tr>", Msg::ResultsPartnersSaves)
        };
        let amounts: Vec<f64> = if own {
            vec![
                f.standalone,
                f.shared - f.own_costs,
                f.own_costs,
                f.net,
                f.npv,
            ]
        } else {
            vec![f.standalone, f.shared, f.net, f.npv]
        };
        money_row(&mut out, open, &p.name, &amounts, &s.currency);
        out.wrap("<td>", t(lang, verdict), "</td></tr>");
    }
    out.push("</tbody></table>");
    out
}

/// The same years in cash, for a council's medium-term financial plan: each amount with
/// inflation from the price base year, not discounted, labelled with the inflation rate.
pub fn cash_table(lang: Lang, s: &Scenario, r: &Results) -> Html {
    year_table(lang, &words::cash_caption(lang, s), r, &s.currency, |y| {
        let c = &y.cash;
        [c.standalone, c.shared, c.net, c.cumulative]
    })
}

/// Standalone, shared, net saving and cumulative, each year.
pub fn years_table(lang: Lang, r: &Results, currency: &str) -> Html {
    let caption = fill(
        lang,
        Msg::ResultsYearsCaption,
        &[("prices", &words::prices(lang, r))],
    );
    year_table(lang, &caption, r, currency, |y| {
        [y.standalone, y.shared, y.net, y.cumulative]
    })
}

/// A row a year of cost alone, cost shared, net saving and cumulative net saving, taken from
/// each year's figures by `amounts` (real terms, or the same in cash).
fn year_table(
    lang: Lang,
    caption: &str,
    r: &Results,
    currency: &str,
    amounts: impl Fn(&YearFigures) -> [f64; 4],
) -> Html {
    let mut out = Html::with_capacity(4096);
    table_head(
        &mut out,
        caption,
        &[
            (t(lang, Msg::ResultsYear), false),
            (t(lang, Msg::ResultsCostAlone), true),
            (t(lang, Msg::ResultsYearsCostShared), true),
            (t(lang, Msg::ResultsNetSaving), true),
            (t(lang, Msg::ResultsCumulativeNetSaving), true),
        ],
    );
    for y in &r.years {
        money_row(&mut out, "<tr>", &y.label, &amounts(y), currency);
        out.push("</tr>");
    }
    out.push("</tbody></table>");
    out
}

/// A heading and a scrolling region named by it, holding the slot `slot`, for a wide table.
pub fn table_region(heading_id: &'static str, heading: &str, slot: &'static str) -> Html {
    let mut out = Html::with_capacity(256);
    out.push("<h3 id=\"")
        .push(heading_id)
        .wrap("\">", heading, "</h3>")
        .push("<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"")
        .push(heading_id)
        .push("\" tabindex=\"0\" data-slot=\"")
        .push(slot)
        .push("\"></div>");
    out
}

/// "What has happened elsewhere": reported outcomes with their sources, so that nobody
/// mistakes the 20% headline for a promise. Sources are cited as published, in English.
pub fn evidence(lang: Lang) -> Html {
    let words = |msg: Msg| t(lang, msg);
    let mut out = Html::with_capacity(4096);
    out.wrap(
        "<section class=\"app-section\" aria-labelledby=\"evidence-heading\">\
<h2 id=\"evidence-heading\">",
        words(Msg::EvidenceHeading),
        "</h2>",
    )
    .wrap("<p>", words(Msg::EvidenceIntro), "</p>")
    .push(
        "<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"evidence-heading\" tabindex=\"0\">\
<table class=\"app-table app-table--text\"><thead><tr>",
    )
    .wrap("<th scope=\"col\">", words(Msg::EvidenceCase), "</th>")
    .wrap("<th scope=\"col\">", words(Msg::EvidenceReported), "</th>")
    .wrap("<th scope=\"col\">", words(Msg::EvidenceSource), "</th>")
    .push("</tr></thead><tbody>");
    for c in CASES {
        out.wrap("<tr><th scope=\"row\">", words(c.case), "</th>")
            .wrap("<td>", words(c.reported), "</td>")
            .push("<td lang=\"")
            .push(SOURCES_LANG)
            .wrap("\">", c.source, "</td></tr>");
    }
    out.wrap(
        "</tbody></table></div><h3>",
        words(Msg::EvidenceSplitHeading),
        "</h3>",
    )
    .wrap("<p>", words(SPLIT_PRACTICE), " (")
    .push_text(words(Msg::EvidenceSourceCited))
    .push(" <span lang=\"")
    .push(SOURCES_LANG)
    .wrap("\">", SPLIT_PRACTICE_SOURCE, "</span>.)</p></section>");
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
        let html = html.as_str();
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
        let html = html.as_str();
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
        let html = html.as_str();
        assert_eq!(html.matches("<th scope=\"row\">").count(), r.years.len());
        let last = r
            .years
            .last()
            .map(|y| format_money(y.cumulative, &s.currency));
        assert!(html.contains(&format!("{}</td></tr></tbody>", last.unwrap_or_default())));
    }

    /// One service of £1,000,000 a year saving 10% from Year 1, two partners, no costs and no
    /// discounting, at 2% inflation: every year nets £100,000 in real terms.
    fn level() -> Scenario {
        let mut s = Scenario::from_json_str(
            r#"{"version": 2, "horizon_years": 3, "discount_rate": 0, "optimism_bias": 0,
                "inflation": 0.02, "partners": [{"name": "A"}, {"name": "B"}],
                "services": [{"name": "Finance", "baseline": [600000, 400000],
                "saving_rate": 0.1, "ramp_years": 1, "one_off_cost": 0}]}"#,
        )
        .expect("a valid scenario");
        s.title = "Level".into();
        s
    }

    #[test]
    fn the_cash_table_raises_each_year_by_inflation_from_the_price_base() {
        let s = level();
        let r = evaluate(&s);
        let html = cash_table(Lang::En, &s, &r);
        let html = html.as_str();
        assert!(
            html.contains("Cash, at 2% inflation a year, not discounted"),
            "{html}"
        );
        // Net saving in cash: 100,000 × 1, × 1.02, × 1.0404; cumulative 100,000, 202,000, 306,040.
        for row in [
            "<th scope=\"row\">2027/28</th><td class=\"app-table__numeric\">£1,000,000</td><td class=\"app-table__numeric\">£900,000</td><td class=\"app-table__numeric\">£100,000</td><td class=\"app-table__numeric\">£100,000</td>",
            "<th scope=\"row\">2028/29</th><td class=\"app-table__numeric\">£1,020,000</td><td class=\"app-table__numeric\">£918,000</td><td class=\"app-table__numeric\">£102,000</td><td class=\"app-table__numeric\">£202,000</td>",
            "<th scope=\"row\">2029/30</th><td class=\"app-table__numeric\">£1,040,400</td><td class=\"app-table__numeric\">£936,360</td><td class=\"app-table__numeric\">£104,040</td><td class=\"app-table__numeric\">£306,040</td>",
        ] {
            assert!(html.contains(row), "{row}\n{html}");
        }
    }

    #[test]
    fn own_costs_get_their_own_column_and_the_columns_add_up() {
        let mut s = level();
        let r = evaluate(&s);
        let plain = partners_table(Lang::En, &s, &r);
        assert!(!plain.as_str().contains("Its own one-off costs"));
        s.partner_costs.push(crate::engine::PartnerCost {
            partner: 1,
            label: "Redundancy".into(),
            year: 1,
            amount: 50_000.0,
        });
        let r = evaluate(&s);
        let html = partners_table(Lang::En, &s, &r);
        let html = html.as_str();
        assert!(html.contains("Its own one-off costs"), "{html}");
        // B: alone 3 × 400,000 = 1,200,000; its share 3 × 360,000 = 1,080,000; own 50,000;
        // net 1,200,000 − 1,080,000 − 50,000 = 70,000 (and NPV the same, undiscounted).
        let b = "<th scope=\"row\">B</th><td class=\"app-table__numeric\">£1,200,000</td><td class=\"app-table__numeric\">£1,080,000</td><td class=\"app-table__numeric\">£50,000</td><td class=\"app-table__numeric\">£70,000</td><td class=\"app-table__numeric\">£70,000</td>";
        assert!(html.contains(b), "{html}");
    }

    #[test]
    fn the_evidence_cites_every_source_in_english() {
        let html = evidence(Lang::Cy);
        let html = html.as_str();
        assert_eq!(html.matches("lang=\"en-GB\"").count(), CASES.len() + 1);
        assert!(html.contains(Html::text(t(Lang::Cy, Msg::EvidenceHeading)).as_str()));
    }
}
