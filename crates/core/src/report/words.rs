//! The figures in plain words, for residents as much as officers: short sentences, the
//! reader's words, numbers with units. Every number comes from the engine's results; every
//! word comes from the message files, in the reader's language.

use crate::engine::{format_money_compact, format_percent, Results, Scenario};
use crate::i18n::{fill, t, Lang, Msg};

/// A plural message for a count held as a `usize`, such as `Msg::CountYears`: "1 partner",
/// "4 partners"; "1 flwyddyn", "3 blynedd".
pub fn count(lang: Lang, msg: Msg, n: usize) -> String {
    crate::i18n::count(lang, msg, u64::try_from(n).unwrap_or(u64::MAX), &[])
}

/// The headline payback text: "2031/32", or "Does not pay back within 10 years".
pub fn payback(lang: Lang, s: &Scenario, r: &Results) -> String {
    match &r.payback {
        Some(p) => p.label.clone(),
        None => fill(lang, Msg::ReportPaybackNone, &[("years", &years(lang, s))]),
    }
}

/// The appraisal period in words: "10 years", "10 o flynyddoedd".
pub fn years(lang: Lang, s: &Scenario) -> String {
    crate::i18n::count(lang, Msg::CountYears, s.horizon_years.into(), &[])
}

/// The break-even sentence under its headline.
pub fn break_even(lang: Lang, r: &Results) -> String {
    match r.break_even_rate {
        Some(rate) if rate <= 0.0 => t(lang, Msg::ReportBreakEvenFree).to_owned(),
        Some(rate) if rate > 1.0 => fill(
            lang,
            Msg::ReportBreakEvenImpossible,
            &[("rate", &format_percent(rate, 1))],
        ),
        Some(rate) => fill(
            lang,
            Msg::ReportBreakEvenRate,
            &[("rate", &format_percent(rate, 1))],
        ),
        None => t(lang, Msg::ReportBreakEvenNoSpend).to_owned(),
    }
}

/// The headline break-even value: "12.3%" or "None".
pub fn break_even_value(lang: Lang, r: &Results) -> String {
    r.break_even_rate.map_or_else(
        || t(lang, Msg::ReportBreakEvenValueNone).to_owned(),
        |rate| format_percent(rate, 1),
    )
}

/// Names of partners whose shared cost over the period exceeds going alone.
pub fn worse_off(s: &Scenario, r: &Results) -> Vec<String> {
    s.partners
        .iter()
        .zip(&r.partners)
        .filter(|(_, f)| f.net < -0.005)
        .map(|(p, _)| p.name.clone())
        .collect()
}

/// Joins names as "A", "A and B", "A, B and C" (Welsh "A, B a C", and "ac" before a vowel:
/// "A ac Ynys Môn", which [`fill`] chooses).
pub fn join(lang: Lang, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => fill(
            lang,
            Msg::ReportJoinAnd,
            &[("first", &init.join(", ")), ("last", last)],
        ),
    }
}

/// The paragraph a resident reads first.
pub fn summary(lang: Lang, s: &Scenario, r: &Results) -> String {
    let c = s.currency.as_str();
    let money = |amount: f64| format_money_compact(amount, c, lang);
    let partners = count(lang, Msg::CountPartners, s.partners.len());
    let services = count(lang, Msg::CountServices, s.services.len());
    let saves = r.recurring_saving > 0.0;
    let opening = match (saves, s.services.len() == 1) {
        (true, true) => Msg::ReportSummarySavesOneService,
        (true, false) => Msg::ReportSummarySavesServices,
        (false, true) => Msg::ReportSummaryCostsOneService,
        (false, false) => Msg::ReportSummaryCostsServices,
    };
    let mut text = fill(
        lang,
        opening,
        &[
            ("partners", &partners),
            ("services", &services),
            (
                "amount",
                &money(if saves {
                    r.recurring_saving
                } else {
                    -r.recurring_saving
                }),
            ),
        ],
    );
    if r.one_off_total > 0.0 {
        text.push_str(&fill(
            lang,
            Msg::ReportSummaryAfterOneOff,
            &[("amount", &money(r.one_off_total))],
        ));
    }
    text.push_str(&match &r.payback {
        Some(p) => fill(lang, Msg::ReportSummaryPaysBack, &[("year", &p.label)]),
        None => fill(
            lang,
            Msg::ReportSummaryNoPayback,
            &[("years", &years(lang, s))],
        ),
    });
    let over = if r.npv >= 0.0 {
        Msg::ReportSummaryBetterOff
    } else {
        Msg::ReportSummaryWorseOff
    };
    let mut sentences = vec![fill(
        lang,
        over,
        &[
            ("years", &years(lang, s)),
            ("rate", &format_percent(s.discount_rate, 1)),
            ("amount", &money(r.npv.abs())),
        ],
    )];
    let losers = worse_off(s, r);
    if !losers.is_empty() {
        let msg = if losers.len() == 1 {
            Msg::ReportSummaryLoserOne
        } else {
            Msg::ReportSummaryLosersEach
        };
        sentences.push(fill(lang, msg, &[("names", &join(lang, &losers))]));
    }
    if s.realisation < 1.0 {
        sentences.push(fill(
            lang,
            Msg::ReportSummaryRealisation,
            &[("share", &format_percent(s.realisation, 1))],
        ));
    }
    for sentence in sentences {
        text.push(' ');
        text.push_str(&sentence);
    }
    text
}

/// A small amount with pence, such as a saving per resident: "£4.70", "−£0.35".
pub fn pence(amount: f64, currency: &str) -> String {
    let sign = if amount < -0.004 { "\u{2212}" } else { "" };
    format!(
        "{sign}{}{:.2}",
        crate::engine::currency_symbol(currency),
        amount.abs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate, Split};
    use crate::examples::default_scenario;

    /// The example scenario, changed step by step so that every kind of sentence appears: as
    /// it is, less arriving, one service, no one-off cost, no saving, a partner worse off.
    fn steps() -> Vec<Scenario> {
        let mut s = default_scenario(Lang::En);
        let mut out = vec![s.clone()];
        s.realisation = 0.4;
        out.push(s.clone());
        s.services.truncate(1);
        out.push(s.clone());
        s.services[0].one_off_cost = 0.0;
        s.realisation = 1.0;
        out.push(s.clone());
        s.services[0].saving_rate = 0.0;
        out.push(s.clone());
        s.services[0].saving_rate = 0.1;
        s.services[0].split = Split::Equal;
        out.push(s);
        out
    }

    #[test]
    fn the_english_is_as_it_always_was() {
        // Summary, payback, break-even sentence and value, as written before the words moved
        // into the message files.
        let expected = [
            ["If these 4 partners share these 6 services, they would together spend £4.9m a year less once the savings are fully in place, after one-off costs of £4.4m; the sharing pays back in 2028/29. Over 10 years, counting later years for less (a 3.5% discount rate), the partners would together be £33m better off than if each ran its services alone.", "2028/29", "Sharing pays for itself if savings reach at least 4.6% of current spend.", "4.6%"],
            ["If these 4 partners share these 6 services, they would together spend £1.6m a year less once the savings are fully in place, after one-off costs of £4.4m; the sharing pays back in 2031/32. Over 10 years, counting later years for less (a 3.5% discount rate), the partners would together be £7.2m better off than if each ran its services alone. This assumes only 40% of the planned savings arrive.", "2031/32", "Sharing pays for itself if savings reach at least 11.4% of current spend.", "11.4%"],
            ["If these 4 partners share this service, they would together spend £156,000 a year less once the savings are fully in place, after one-off costs of £450,000; the sharing pays back in 2031/32. Over 10 years, counting later years for less (a 3.5% discount rate), the partners would together be £687,144 better off than if each ran its services alone. This assumes only 40% of the planned savings arrive.", "2031/32", "Sharing pays for itself if savings reach at least 11.3% of current spend.", "11.3%"],
            ["If these 4 partners share this service, they would together spend £468,000 a year less once the savings are fully in place; the sharing pays back in 2027/28. Over 10 years, counting later years for less (a 3.5% discount rate), the partners would together be £3.5m better off than if each ran its services alone.", "2027/28", "Sharing pays for itself if savings reach at least 2.3% of current spend.", "2.3%"],
            ["If these 4 partners share this service, they would together spend £52,000 a year more, even once the savings are fully in place; the sharing does not pay back within 10 years. Over 10 years, counting later years for less (a 3.5% discount rate), the partners would together be £447,600 worse off than if each ran its services alone. Heron Vale District Council, Kestrel Borough Council and Oakbridge District Council would each pay more than going alone under the chosen cost split.", "Does not pay back within 10 years", "Sharing pays for itself if savings reach at least 2.3% of current spend.", "2.3%"],
            ["If these 4 partners share this service, they would together spend £208,000 a year less once the savings are fully in place; the sharing pays back in 2027/28. Over 10 years, counting later years for less (a 3.5% discount rate), the partners would together be £1.5m better off than if each ran its services alone. Marshfield District Council would pay more than going alone under the chosen cost split.", "2027/28", "Sharing pays for itself if savings reach at least 2.3% of current spend.", "2.3%"]
        ];
        for (s, want) in steps().iter().zip(expected) {
            let r = evaluate(s);
            let got = [
                summary(Lang::En, s, &r),
                payback(Lang::En, s, &r),
                break_even(Lang::En, &r),
                break_even_value(Lang::En, &r),
            ];
            assert_eq!(got, want);
        }
    }

    #[test]
    fn names_join_with_and_and_welsh_takes_ac_before_a_vowel() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(join(Lang::En, &names(&["A", "B", "C"])), "A, B and C");
        assert_eq!(join(Lang::En, &names(&["A", "B"])), "A and B");
        assert_eq!(join(Lang::En, &names(&["A"])), "A");
        assert_eq!(join(Lang::En, &[]), "");
        assert_eq!(
            join(Lang::Cy, &names(&["Conwy", "Gwynedd", "Môn"])),
            "Conwy, Gwynedd a Môn"
        );
        assert_eq!(
            join(Lang::Cy, &names(&["Conwy", "Ynys Môn"])),
            "Conwy ac Ynys Môn"
        );
        assert_eq!(
            join(Lang::Cy, &names(&["Conwy", "ardal"])),
            "Conwy ac ardal"
        );
    }

    #[test]
    fn the_residents_paragraph_reads_in_welsh() {
        let steps = steps();
        let s = &steps[1];
        let text = summary(Lang::Cy, s, &evaluate(s));
        assert!(
            text.starts_with("Pe bai'r 4 o bartneriaid hyn yn rhannu'r 6 gwasanaeth hyn, bydden nhw gyda'i gilydd yn gwario £1.6m y flwyddyn yn llai unwaith y bydd yr arbedion llawn ar waith"),
            "{text}"
        );
        assert!(
            text.contains("; mae'r rhannu'n talu'n ôl yn 2031/32."),
            "{text}"
        );
        assert!(text.contains("Dros 10 o flynyddoedd,"), "{text}");
        assert!(
            text.ends_with(
                "Mae hyn yn tybio mai dim ond 40% o'r arbedion a gynlluniwyd sy'n cyrraedd."
            ),
            "{text}"
        );
        let s = &steps[4];
        let r = evaluate(s);
        assert_eq!(
            payback(Lang::Cy, s, &r),
            "Nid yw'n talu'n ôl o fewn 10 o flynyddoedd"
        );
        assert!(summary(Lang::Cy, s, &r).contains(
            "Byddai Heron Vale District Council, Kestrel Borough Council ac Oakbridge District Council yr un yn talu mwy"
        ));
        assert_eq!(
            break_even_value(
                Lang::Cy,
                &Results {
                    break_even_rate: None,
                    ..r
                }
            ),
            "Dim"
        );
    }
}
