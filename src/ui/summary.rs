//! The residents' summary (`view=summary`): the linked scenario's figures read-only, with one
//! control, the reality check, which changes the figures on screen but never the shared
//! scenario or its link.

use leptos::prelude::*;

use crate::display::{DisplayOptions, View};
use crate::embed_code::app_url;
use crate::engine::format_percent;
use crate::i18n::{fill, t, Msg};
use crate::ui::later::AfterFirstPaint;
use crate::ui::link::page_base;
use crate::ui::results::{AtAGlance, Charts, Evidence, PartnersTable};
use crate::ui::state::{use_calc, use_lang};

/// "What if only X% of the planned savings arrive?"
#[component]
fn RealityCheck() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let percent = move || calc.shown.with(|s| (s.realisation * 100.0).round() as i64);
    let hint = move || {
        calc.scenario.with(|s| {
            fill(
                lang,
                Msg::ResidentsWhatIfHint,
                &[("planned", &format_percent(s.realisation, 0))],
            )
        })
    };
    view! {
        <div class="app-reality-check">
            <label class="app-label" for="what-if">{t(lang, Msg::ResidentsWhatIfLabel)}</label>
            <div class="app-hint" id="what-if-hint">{hint}</div>
            <div class="app-reality-check__control">
                <input
                    type="range"
                    id="what-if"
                    min="0"
                    max="100"
                    step="5"
                    aria-describedby="what-if-hint"
                    aria-valuetext=move || format!("{}%", percent())
                    prop:value=move || percent().to_string()
                    on:input=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<f64>() {
                            calc.what_if.set(Some((value / 100.0).clamp(0.0, 1.0)));
                        }
                    }
                />
                <output for="what-if" class="app-reality-check__value" data-testid="what-if-value">{move || format!("{}%", percent())}</output>
            </div>
        </div>
    }
}

/// The summary page's content.
#[component]
pub fn Summary() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let display = expect_context::<DisplayOptions>();
    let title = move || calc.scenario.with(|s| s.title.clone());
    let new_tab = display.embed.then_some("_blank");
    let full = move || {
        let options = DisplayOptions {
            view: View::Editor,
            embed: false,
            ..display.clone()
        };
        calc.fragment.with(|f| app_url(&page_base(), &options, f))
    };
    view! {
        <h2 class="app-scenario-title">{title}</h2>
        <RealityCheck />
        <AtAGlance />
        // The headline figures are painted first; the charts and tables a moment later.
        <AfterFirstPaint>
            <Charts />
            <PartnersTable />
            <p class="app-open-full">
                <a href=full.clone() target=new_tab rel=new_tab.map(|_| "noopener") data-testid="open-full">
                    {t(lang, Msg::ResidentsOpenFull)}
                    {new_tab.map(|_| view! { <span class="app-visually-hidden">" "{t(lang, Msg::ResidentsNewTab)}</span> })}
                </a>
            </p>
            <Evidence />
        </AfterFirstPaint>
    }
}
