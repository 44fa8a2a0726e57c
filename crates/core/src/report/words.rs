//! The figures in plain words, for residents as much as officers: short sentences, the
//! reader's words, numbers with units. Every number comes from the engine's results; every
//! word comes from the message files, in the reader's language.

use crate::engine::{
    financial_year_label, format_money, format_money_compact, format_percent, PopulationGap,
    Results, Scenario,
};
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

/// The one phrase for the price base, everywhere: "2027/28 prices, real terms".
pub fn prices(lang: Lang, r: &Results) -> String {
    fill(lang, Msg::ReportPrices, &[("year", &r.price_base_label)])
}

/// The cash view's label: "Cash, at 2% inflation a year, not discounted".
pub fn cash_caption(lang: Lang, s: &Scenario) -> String {
    fill(
        lang,
        Msg::ReportCashCaption,
        &[("inflation", &format_percent(s.inflation, 1))],
    )
}

/// The detail under the recurring saving: its share of current spend, in the price base's
/// prices, and a warning when some service is not fully in place within the period.
pub fn recurring_detail(lang: Lang, s: &Scenario, r: &Results) -> String {
    let prices = prices(lang, r);
    let mut text = match r.recurring_saving_share {
        Some(share) => fill(
            lang,
            Msg::HeadlineRecurringShare,
            &[
                ("share", &format_percent(share, 1)),
                ("spend", &format_money(r.baseline_year1, &s.currency)),
                ("prices", &prices),
            ],
        ),
        None => fill(lang, Msg::HeadlineRecurringNoShare, &[("prices", &prices)]),
    };
    if let Some(last) = not_in_place_by(r) {
        text.push(' ');
        text.push_str(&fill(
            lang,
            Msg::HeadlineRecurringNotInPlace,
            &[("last", &last)],
        ));
    }
    text
}

/// The last year's label when some service is not fully in place by then.
fn not_in_place_by(r: &Results) -> Option<String> {
    if r.fully_in_place_within_period() {
        return None;
    }
    r.years.last().map(|y| y.label.clone())
}

/// The detail under the net present value.
pub fn npv_detail(lang: Lang, s: &Scenario, r: &Results) -> String {
    fill(
        lang,
        Msg::HeadlineNpvDetail,
        &[
            ("years", &years(lang, s)),
            ("rate", &format_percent(s.discount_rate, 1)),
            ("prices", &prices(lang, r)),
        ],
    )
}

/// The break-even sentence under its headline. The rate is a *planned* rate; when less than
/// all the planned savings arrive, a second sentence gives the share of spend that must
/// actually be saved, and says which is which.
pub fn break_even(lang: Lang, s: &Scenario, r: &Results) -> String {
    match r.break_even_rate {
        Some(rate) if rate <= 0.0 => t(lang, Msg::ReportBreakEvenFree).to_owned(),
        Some(rate) if rate > 1.0 => fill(
            lang,
            Msg::ReportBreakEvenImpossible,
            &[("rate", &format_percent(rate, 1))],
        ),
        Some(rate) => {
            let mut text = fill(
                lang,
                Msg::ReportBreakEvenRate,
                &[("rate", &format_percent(rate, 1))],
            );
            if let Some(arriving) = r.break_even_arriving.filter(|_| s.realisation < 1.0) {
                text.push(' ');
                text.push_str(&fill(
                    lang,
                    Msg::ReportBreakEvenArriving,
                    &[
                        ("share", &format_percent(s.realisation, 1)),
                        ("arriving", &format_percent(arriving, 1)),
                    ],
                ));
            }
            text
        }
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

/// Why there is no saving per resident, naming the partner without a population; `None`
/// when there is one.
pub fn per_resident_missing(lang: Lang, s: &Scenario, r: &Results) -> Option<String> {
    let (msg, index) = match r.per_resident_gap? {
        PopulationGap::Missing(i) => (Msg::ReportPerResidentMissing, i),
        PopulationGap::Zero(i) => (Msg::ReportPerResidentZero, i),
    };
    let name = s.partners.get(index).map_or("", |p| p.name.as_str());
    Some(fill(lang, msg, &[("partner", &name)]))
}

/// Names of the partners worse off than going alone: the engine's one test, on their NPV.
pub fn worse_off(s: &Scenario, r: &Results) -> Vec<String> {
    s.partners
        .iter()
        .zip(&r.partners)
        .filter(|(_, f)| f.worse_off())
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

/// The paragraph a resident reads first: one fact a sentence, short sentences.
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
    let mut sentences = vec![fill(
        lang,
        opening,
        &[
            ("partners", &partners),
            ("services", &services),
            ("amount", &money(r.recurring_saving.abs())),
        ],
    )];
    sentences.push(fill(
        lang,
        Msg::ReportSummaryRealisation,
        &[("share", &format_percent(s.realisation, 1))],
    ));
    sentences.push(t(lang, Msg::ReportSummaryEvidence).to_owned());
    sentences.extend(starts(lang, s));
    if let Some(last) = not_in_place_by(r) {
        sentences.push(fill(lang, Msg::ReportSummaryNotInPlace, &[("last", &last)]));
    }
    if r.one_off_total > 0.0 {
        sentences.push(fill(
            lang,
            Msg::ReportSummaryOneOff,
            &[("amount", &money(r.one_off_total))],
        ));
    }
    sentences.extend(own_costs(lang, s, r));
    sentences.push(match &r.payback {
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
    sentences.push(fill(
        lang,
        over,
        &[("years", &years(lang, s)), ("amount", &money(r.npv.abs()))],
    ));
    sentences.push(fill(
        lang,
        Msg::ReportSummaryDiscounting,
        &[
            ("rate", &format_percent(s.discount_rate, 1)),
            ("prices", &prices(lang, r)),
        ],
    ));
    let losers = worse_off(s, r);
    if !losers.is_empty() {
        let msg = if losers.len() == 1 {
            Msg::ReportSummaryLoserOne
        } else {
            Msg::ReportSummaryLosersEach
        };
        sentences.push(fill(lang, msg, &[("names", &join(lang, &losers))]));
    }
    sentences.join(" ")
}

/// When sharing starts: "Sharing would start in 2028/29.", or the first and last go-live
/// years when services start in different years.
fn starts(lang: Lang, s: &Scenario) -> Option<String> {
    let first = s.services.iter().map(|v| v.savings_start_year).min()?;
    let last = s.services.iter().map(|v| v.savings_start_year).max()?;
    let label = |k: u32| financial_year_label(s.first_year, k);
    Some(if first == last {
        fill(lang, Msg::ReportStarts, &[("year", &label(first))])
    } else {
        fill(
            lang,
            Msg::ReportStartsBetween,
            &[("first", &label(first)), ("last", &label(last))],
        )
    })
}

/// The part of the one-off costs that falls on single partners, and on whom.
fn own_costs(lang: Lang, s: &Scenario, r: &Results) -> Option<String> {
    if r.partner_costs_total <= 0.0 {
        return None;
    }
    let names: Vec<String> = s
        .partners
        .iter()
        .zip(&r.partners)
        .filter(|(_, f)| f.own_costs > 0.0)
        .map(|(p, _)| p.name.clone())
        .collect();
    let msg = if names.len() == 1 {
        Msg::ReportSummaryOwnCostOne
    } else {
        Msg::ReportSummaryOwnCostsMany
    };
    Some(fill(
        lang,
        msg,
        &[
            (
                "amount",
                &format_money_compact(r.partner_costs_total, &s.currency, lang),
            ),
            ("names", &join(lang, &names)),
        ],
    ))
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

    /// The example scenario as it was before format v2 (every service live from Year 1, one-off
    /// costs all in Year 1, no optimism bias, no partner's own costs), so that the figures
    /// these tests pin stay those worked out before v2.
    fn before_v2(lang: Lang) -> Scenario {
        let mut s = default_scenario(lang);
        for service in &mut s.services {
            service.savings_start_year = 1;
            service.one_off_profile = vec![1.0];
        }
        s.optimism_bias = 0.0;
        s.partner_costs.clear();
        s
    }

    /// The example scenario, changed step by step so that every kind of sentence appears: as
    /// it is, less arriving, one service, no one-off cost, no saving, a partner worse off.
    fn steps() -> Vec<Scenario> {
        let mut s = before_v2(Lang::En);
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
    fn the_english_summary_in_full() {
        // Summary, payback, break-even sentence and value for each step. The figures are those
        // pinned before format v2 (£4.9m a year, £4.4m one-off, 2028/29, £33m, 4.6%…); the
        // words are v2's: one fact a sentence, the share that arrives always stated, the price
        // base named, payback "not discounted", and the break-even rate called planned, with the
        // share of spend that must actually be saved when less than all of it arrives
        // (11.4% × 40% = 4.6%).
        let expected = [
            ["Once fully in place, sharing these 6 services would save the 4 partners £4.9m a year between them. This assumes 100% of the planned savings arrive. Shared services elsewhere have often saved less than planned. Sharing would start in 2027/28. Setting up the sharing would cost £4.4m once. It would pay for itself by the end of 2028/29 (not discounted). Over 10 years, the partners would together be £33m better off than if each ran its services alone. This counts later years for less, at a 3.5% real discount rate, in 2027/28 prices, real terms.", "2028/29", "Sharing pays for itself if the planned saving is at least 4.6% of current spend.", "4.6%"],
            ["Once fully in place, sharing these 6 services would save the 4 partners £1.6m a year between them. This assumes 40% of the planned savings arrive. Shared services elsewhere have often saved less than planned. Sharing would start in 2027/28. Setting up the sharing would cost £4.4m once. It would pay for itself by the end of 2031/32 (not discounted). Over 10 years, the partners would together be £7.2m better off than if each ran its services alone. This counts later years for less, at a 3.5% real discount rate, in 2027/28 prices, real terms.", "2031/32", "Sharing pays for itself if the planned saving is at least 11.4% of current spend. That is the planned rate, before the reality check: with 40% of planned savings arriving, at least 4.6% of current spend must actually be saved.", "11.4%"],
            ["Once fully in place, sharing this service would save the 4 partners £156,000 a year between them. This assumes 40% of the planned savings arrive. Shared services elsewhere have often saved less than planned. Sharing would start in 2027/28. Setting up the sharing would cost £450,000 once. It would pay for itself by the end of 2031/32 (not discounted). Over 10 years, the partners would together be £687,144 better off than if each ran its services alone. This counts later years for less, at a 3.5% real discount rate, in 2027/28 prices, real terms.", "2031/32", "Sharing pays for itself if the planned saving is at least 11.3% of current spend. That is the planned rate, before the reality check: with 40% of planned savings arriving, at least 4.5% of current spend must actually be saved.", "11.3%"],
            ["Once fully in place, sharing this service would save the 4 partners £468,000 a year between them. This assumes 100% of the planned savings arrive. Shared services elsewhere have often saved less than planned. Sharing would start in 2027/28. It would pay for itself by the end of 2027/28 (not discounted). Over 10 years, the partners would together be £3.5m better off than if each ran its services alone. This counts later years for less, at a 3.5% real discount rate, in 2027/28 prices, real terms.", "2027/28", "Sharing pays for itself if the planned saving is at least 2.3% of current spend.", "2.3%"],
            ["Even once fully in place, sharing this service would cost the 4 partners £52,000 a year more between them. This assumes 100% of the planned savings arrive. Shared services elsewhere have often saved less than planned. Sharing would start in 2027/28. It would not pay for itself within 10 years. Over 10 years, the partners would together be £447,600 worse off than if each ran its services alone. This counts later years for less, at a 3.5% real discount rate, in 2027/28 prices, real terms. Heron Vale District Council, Kestrel Borough Council and Oakbridge District Council would each pay more than going alone under the chosen cost split.", "Does not pay back within 10 years", "Sharing pays for itself if the planned saving is at least 2.3% of current spend.", "2.3%"],
            ["Once fully in place, sharing this service would save the 4 partners £208,000 a year between them. This assumes 100% of the planned savings arrive. Shared services elsewhere have often saved less than planned. Sharing would start in 2027/28. It would pay for itself by the end of 2027/28 (not discounted). Over 10 years, the partners would together be £1.5m better off than if each ran its services alone. This counts later years for less, at a 3.5% real discount rate, in 2027/28 prices, real terms. Marshfield District Council would pay more than going alone under the chosen cost split.", "2027/28", "Sharing pays for itself if the planned saving is at least 2.3% of current spend.", "2.3%"]
        ];
        for (s, want) in steps().iter().zip(expected) {
            let r = evaluate(s);
            let got = [
                summary(Lang::En, s, &r),
                payback(Lang::En, s, &r),
                break_even(Lang::En, s, &r),
                break_even_value(Lang::En, &r),
            ];
            assert_eq!(got, want);
        }
    }

    /// The sentences of a paragraph, split after each full stop that ends one.
    fn sentences(text: &str) -> Vec<&str> {
        text.split_inclusive(". ").map(str::trim).collect()
    }

    #[test]
    fn the_english_summary_keeps_its_sentences_short() {
        // Plain English: on average at most 20 words a sentence, and none over 25, for every
        // step above and every example as it ships.
        let mut all: Vec<Scenario> = steps();
        all.extend(
            crate::examples::EXAMPLES
                .iter()
                .map(|e| (e.build)(Lang::En)),
        );
        for s in &all {
            let text = summary(Lang::En, s, &evaluate(s));
            let counts: Vec<usize> = sentences(&text)
                .iter()
                .map(|x| x.split_whitespace().count())
                .collect();
            let average = counts.iter().sum::<usize>() as f64 / counts.len() as f64;
            assert!(average <= 20.0, "average {average}: {text}");
            assert!(counts.iter().all(|&n| n <= 25), "{counts:?}: {text}");
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
            text.starts_with("Unwaith y bydd yr arbedion llawn ar waith, byddai rhannu'r 6 gwasanaeth hyn yn arbed £1.6m y flwyddyn i'r 4 o bartneriaid rhyngddyn nhw."),
            "{text}"
        );
        for sentence in [
            " Mae hyn yn tybio bod 40% o'r arbedion a gynlluniwyd yn cyrraedd. ",
            " Byddai'n talu amdano'i hun erbyn diwedd 2031/32 (heb ddisgowntio). ",
            " Dros 10 o flynyddoedd, ",
        ] {
            assert!(text.contains(sentence), "{sentence} in {text}");
        }
        assert!(
            text.ends_with(
                "ar gyfradd ddisgowntio real o 3.5%, mewn prisiau 2027/28, termau real."
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
