//! The appraisal's assumptions: name, currency, period, discount rate, growth, optimism
//! bias (one-off and running), the reality check, the price base year and inflation.

use leptos::prelude::*;

use super::field::{Field, Kind};
use super::rows::per_load;
use crate::ui::model::{ids, use_lang};
use sharecalc_core::engine::CURRENCIES;
use sharecalc_core::i18n::{t, Msg};

/// The assumptions fieldset.
#[component]
pub fn Assumptions() -> impl IntoView {
    let lang = use_lang();
    let boxes = per_load(move |d| {
        view! {
                <Field id="title".into() label=t(lang, Msg::EditorTitleLabel) value=d.title kind=Kind::Text width="app-input--full" />
                <div class="app-form-group">
                    <label class="app-label" for="currency">{t(lang, Msg::EditorCurrencyLabel)}</label>
                    <select
                        class="app-select"
                        id="currency"
                        name="currency"
                        bind:value=d.currency
                    >
                        {CURRENCIES
                            .iter()
                            .map(|c| view! { <option value=*c selected=move || d.currency.with(|x| x == c)>{*c}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="app-grid">
                    <Field
                        id="first-year".into()
                        label=t(lang, Msg::EditorFirstYearLabel)
                        hint=t(lang, Msg::EditorFirstYearHint)
                        value=d.first_year
                        kind=Kind::Whole
                        width="app-input--width-5"
                    />
                    <Field
                        id="horizon-years".into()
                        label=t(lang, Msg::EditorHorizonLabel)
                        hint=t(lang, Msg::EditorHorizonHint)
                        value=d.horizon_years
                        kind=Kind::Whole
                        width="app-input--width-3"
                    />
                    <Field
                        id="discount-rate".into()
                        label=t(lang, Msg::EditorDiscountLabel)
                        hint=t(lang, Msg::EditorDiscountHint)
                        value=d.discount_rate
                        kind=Kind::Percent
                        width="app-input--width-4"
                    />
                    <Field
                        id="cost-growth".into()
                        label=t(lang, Msg::EditorGrowthLabel)
                        hint=t(lang, Msg::EditorGrowthHint)
                        value=d.cost_growth
                        kind=Kind::Percent
                        width="app-input--width-4"
                    />
                    <Field
                        id="optimism-bias".into()
                        label=t(lang, Msg::EditorOptimismLabel)
                        hint=t(lang, Msg::EditorOptimismHint)
                        value=d.optimism_bias
                        kind=Kind::Percent
                        width="app-input--width-4"
                    />
                    <Field
                        id=ids::OPTIMISM_BIAS_RUNNING.into()
                        label=t(lang, Msg::EditorOptimismRunningLabel)
                        hint=t(lang, Msg::EditorOptimismRunningHint)
                        value=d.optimism_bias_running
                        kind=Kind::Percent
                        width="app-input--width-4"
                    />
                    <Field
                        id="realisation".into()
                        label=t(lang, Msg::EditorRealisationLabel)
                        hint=t(lang, Msg::EditorRealisationHint)
                        value=d.realisation
                        kind=Kind::Percent
                        width="app-input--width-4"
                    />
                    <Field
                        id=ids::PRICE_BASE_YEAR.into()
                        label=t(lang, Msg::EditorPriceBaseLabel)
                        hint=t(lang, Msg::EditorPriceBaseHint)
                        value=d.price_base_year
                        kind=Kind::Whole
                        width="app-input--width-5"
                    />
                    <Field
                        id=ids::INFLATION.into()
                        label=t(lang, Msg::EditorInflationLabel)
                        hint=t(lang, Msg::EditorInflationHint)
                        value=d.inflation
                        kind=Kind::Percent
                        width="app-input--width-4"
                    />
                </div>
        }
    });
    view! {
        <section class="app-section" aria-labelledby="assumptions-heading">
            <h2 id="assumptions-heading">{t(lang, Msg::EditorAssumptionsHeading)}</h2>
            {boxes}
        </section>
    }
}
