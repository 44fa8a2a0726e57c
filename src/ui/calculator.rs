//! The full calculator's content: examples, the error summary, the editor beside the
//! figures at a glance, then the figures in full, sharing and the method. With `lock=1`
//! everything that edits, saves or imports is left out.

use leptos::prelude::*;

use super::analysis::Analysis;
use super::compare::CompareOptions;
use super::councils::StartFromCouncils;
use super::editor::{Assumptions, ErrorSummary, PartnerCosts, Partners, Services};
use super::embed::EmbedGenerator;
use super::examples::ExamplePicker;
use super::keep::Keep;
use super::later::AfterFirstPaint;
use super::results::{AtAGlance, Details, Evidence, Method};
use super::share::SharePanel;
use crate::ui::model::{use_lang, use_options};
use sharecalc_core::i18n::{t, Msg};

/// The calculator page's content.
#[component]
pub fn Calculator() -> impl IntoView {
    let locked = use_options().lock;
    let lang = use_lang();
    view! {
        <p class="app-lead">{t(lang, Msg::CalculatorLead)}</p>
        {(!locked).then(|| view! { <ExamplePicker /> <StartFromCouncils /> <ErrorSummary /> })}
        <div class="app-layout" class:app-layout--locked=locked>
            <AtAGlance />
            // The figures at a glance are painted first; everything else a moment later.
            <AfterFirstPaint>
                {(!locked).then(|| view! {
                    <div class="app-editor">
                        <Partners />
                        <Services />
                        <PartnerCosts />
                        <Assumptions />
                    </div>
                })}
            </AfterFirstPaint>
        </div>
        <AfterFirstPaint>
            <Details />
            {(!locked).then(|| view! { <CompareOptions /> })}
            <Analysis />
            <SharePanel />
            <Keep read_only=locked />
            {(!locked).then(|| view! { <EmbedGenerator /> })}
            <Method />
            <Evidence />
        </AfterFirstPaint>
    }
}
