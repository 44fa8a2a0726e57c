//! The QR code of the scenario's link, for a printed paper: drawn by the app as SVG (see
//! [`sharecalc_core::codec::qr`]), with a message instead when the link is too long for a phone to
//! scan reliably. Also the link written out in full, shown only on paper.

use leptos::prelude::*;

use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::codec::qr::qr_svg_path;
use sharecalc_core::i18n::{t, Msg};

/// The QR code and, on paper, the link in full.
#[component]
pub fn LinkQr() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let link = calc.settled_link;
    let code = Memo::new(move |_| link.with(|l| qr_svg_path(l)));
    let drawing = move || {
        match code.get() {
        Some(qr) => view! {
            <svg class="app-qr" role="img" aria-label=t(lang, Msg::KeepQrLabel)
                viewBox=format!("0 0 {0} {0}", qr.side) shape-rendering="crispEdges" focusable="false"
                data-testid="qr-code">
                <rect width=qr.side height=qr.side fill="#fff" />
                <path d=qr.path fill="#000" />
            </svg>
        }
        .into_any(),
        None => view! {
            <p class="app-notice" data-testid="qr-too-large">
                {t(lang, Msg::KeepQrTooLarge)}
            </p>
        }
        .into_any(),
    }
    };
    view! {
        <section class="app-keep__qr" aria-labelledby="qr-heading">
            <h3 id="qr-heading">{t(lang, Msg::KeepQrHeading)}</h3>
            <p class="app-hint app-screen-only">{t(lang, Msg::KeepQrHint)}</p>
            {drawing}
            <div class="app-print-only">
                <p class="app-keep__link-label">{t(lang, Msg::KeepQrLinkLabel)}</p>
                <p class="app-keep__link" data-testid="print-link">{move || link.get()}</p>
            </div>
        </section>
    }
}
