//! The four or five figures a councillor asks for first.

use leptos::prelude::*;

use crate::engine::{format_money, format_percent};
use crate::i18n::{fill, t, Msg};
use crate::report::words;
use crate::ui::state::{use_calc, use_lang};

/// Recurring saving, NPV, payback year, break-even rate and (with populations) the saving
/// per resident.
#[component]
pub fn Headlines() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let r = calc.results;
    let s = calc.shown;
    let c = move || calc.currency();
    let share = move || {
        r.with(|r| match r.recurring_saving_share {
            Some(share) => fill(
                lang,
                Msg::HeadlineRecurringShare,
                &[
                    ("share", &format_percent(share, 1)),
                    ("spend", &format_money(r.baseline_year1, &c())),
                ],
            ),
            None => t(lang, Msg::HeadlineRecurringNoShare).to_owned(),
        })
    };
    let npv_detail = move || {
        s.with(|s| {
            fill(
                lang,
                Msg::HeadlineNpvDetail,
                &[
                    ("years", &words::years(lang, s)),
                    ("rate", &format_percent(s.discount_rate, 1)),
                ],
            )
        })
    };
    let per_resident = move || r.with(|r| r.per_resident);
    view! {
        <dl class="app-headlines">
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::HeadlineRecurringLabel)}</dt>
                <dd class="app-headline__value" data-testid="recurring-saving">{move || r.with(|r| format_money(r.recurring_saving, &c()))}</dd>
                <dd class="app-headline__detail">{share}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::HeadlineNpvLabel)}</dt>
                <dd class="app-headline__value" data-testid="npv">{move || r.with(|r| format_money(r.npv, &c()))}</dd>
                <dd class="app-headline__detail">{npv_detail}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::HeadlinePaybackLabel)}</dt>
                <dd class="app-headline__value" data-testid="payback-year">{move || s.with(|s| r.with(|r| words::payback(lang, s, r)))}</dd>
                <dd class="app-headline__detail">{t(lang, Msg::HeadlinePaybackDetail)}</dd>
            </div>
            <div class="app-headline">
                <dt class="app-headline__label">{t(lang, Msg::HeadlineBreakEvenLabel)}</dt>
                <dd class="app-headline__value" data-testid="break-even-rate">{move || r.with(|r| words::break_even_value(lang, r))}</dd>
                <dd class="app-headline__detail">{move || r.with(|r| words::break_even(lang, r))}</dd>
            </div>
            <Show when=move || per_resident().is_some()>
                <div class="app-headline">
                    <dt class="app-headline__label">{t(lang, Msg::HeadlinePerResidentLabel)}</dt>
                    <dd class="app-headline__value" data-testid="per-resident">{move || per_resident().map(|v| words::pence(v, &c()))}</dd>
                    <dd class="app-headline__detail">{t(lang, Msg::HeadlinePerResidentDetail)}</dd>
                </div>
            </Show>
        </dl>
    }
}
