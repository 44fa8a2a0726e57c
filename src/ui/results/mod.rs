//! The results: headlines, the plain-English paragraph, charts, tables, the CSV and
//! spreadsheet downloads, and how the figures are worked out. Views read the engine's results; none computes.

pub mod chart;
mod charts;
mod drawn;
mod method;
mod tables;
mod workbook;

use leptos::prelude::*;

use crate::ui::download::download;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::html::results::headlines;
use sharecalc_core::i18n::{fill, t, Msg};
use sharecalc_core::report::words;

pub use charts::Charts;
pub use drawn::Drawn;
pub use method::{Evidence, Method};
pub use tables::PartnersTable;

/// The figures at a glance: headlines and the plain-English paragraph, with a warning when
/// they are not those of what is typed now.
#[component]
pub fn AtAGlance() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let summary = move || {
        calc.scenario
            .with(|s| calc.results.with(|r| words::summary(lang, s, r)))
    };
    let figures = Memo::new(move |_| {
        calc.scenario
            .with(|s| calc.results.with(|r| headlines(lang, s, r)))
    });
    view! {
        <section class="app-glance" aria-labelledby="results-heading">
            <h2 id="results-heading">{t(lang, Msg::ResultsHeading)}</h2>
            <Show when=move || calc.is_stale()>
                <div class="app-notice app-notice--warning" data-testid="stale-notice">
                    <strong>{t(lang, Msg::ResultsStaleTitle)}" "</strong>
                    {t(lang, Msg::ResultsStaleDetail)}
                </div>
            </Show>
            <dl class="app-headlines" inner_html=move || figures.with(|h| h.as_str().to_owned())></dl>
            <h3>{t(lang, Msg::ResultsPlainWordsHeading)}</h3>
            <p class="app-summary" data-testid="plain-english">{summary}</p>
        </section>
    }
}

/// The figures in full: charts, tables and the downloads (CSV, spreadsheet).
#[component]
pub fn Details() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let (download_note, set_download_note) = signal(String::new());
    let download_csv = move |_| {
        // With options kept to compare, every option's rows, behind an `option` column.
        let (name, csv) = calc.with_options(|all| {
            let title = all
                .first()
                .map(|o| o.scenario.title.as_str())
                .unwrap_or_default();
            (
                sharecalc_core::codec::file::file_name(title, "csv"),
                sharecalc_core::compare::csv(all),
            )
        });
        let note = if download(&name, "text/csv;charset=utf-8", &csv) {
            fill(lang, Msg::ResultsDownloaded, &[("name", &name)])
        } else {
            t(lang, Msg::DownloadRefused).to_owned()
        };
        set_download_note.set(note);
    };
    view! {
        <section class="app-section" aria-labelledby="details-heading">
            <h2 id="details-heading">{t(lang, Msg::ResultsDetailsHeading)}</h2>
            <Charts />
            <PartnersTable />
            <tables::YearsTable />
            <tables::CashTable />
            <div class="app-actions">
                <button type="button" class="app-button" data-testid="download-csv" on:click=download_csv>
                    {t(lang, Msg::ResultsDownloadCsv)}
                </button>
                <workbook::WorkbookButton note=set_download_note />
                <p class="app-hint" role="status" data-testid="download-note">{download_note}</p>
            </div>
        </section>
    }
}
