//! "Start from real councils (England, 2023-24 budgets)": the picker's place on the page. The
//! picker itself is its own program (`crates/councils/`), which this starts only when someone
//! opens it, so that a first visit downloads neither the picker nor the councils' budgets;
//! what it hands back ("Use these figures") replaces the scenario, with Undo.

mod apply;
mod program;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use crate::ui::model::{use_calc, use_lang};
use crate::ui::replace::{use_replacer, Place, Replaced};
use apply::{apply, Target};
use program::{start, Status};
use sharecalc_core::i18n::{t, Msg};

/// The picker's place on the page, kept while the page's language changes; provided by the
/// page.
#[derive(Clone, Copy)]
pub struct Picker {
    /// Whether the picker is open.
    open: StoredValue<bool>,
    /// Where its program is.
    status: StoredValue<Status>,
    /// Its program, once started (the JavaScript module).
    module: StoredValue<Option<wasm_bindgen::JsValue>, LocalStorage>,
    /// What "Use these figures" did, shown with Undo.
    filled: RwSignal<String>,
}

impl Picker {
    /// Closed, and nothing fetched.
    pub fn new() -> Picker {
        Picker {
            open: StoredValue::new(false),
            status: StoredValue::new(Status::Idle),
            module: StoredValue::new_local(None),
            filled: RwSignal::new(String::new()),
        }
    }
}

/// The picker, closed until opened; opening it starts its program, which fetches the file of
/// councils.
#[component]
pub fn StartFromCouncils() -> impl IntoView {
    // The page provides both; a picker drawn without them works on its own.
    let picker = use_context::<Picker>().unwrap_or_else(Picker::new);
    let lang = use_lang();
    let target = Target {
        calc: use_calc(),
        replacer: use_replacer(),
    };
    let container = NodeRef::<Div>::new();
    // Where the program hands "Use these figures"; it goes with this view.
    let on_use = StoredValue::new_local(Closure::<dyn Fn(String)>::new(move |json: String| {
        apply(&json, target, picker);
    }));
    let toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        picker.open.set_value(open);
        if open {
            start(picker, container, lang, on_use);
        }
    };
    // Drawn again in another language: the program draws the picker again, as it was.
    container.on_load(move |_| {
        if picker.open.get_value() {
            start(picker, container, lang, on_use);
        }
    });
    // Try again, when the program itself could not be fetched.
    let retry = move |ev: leptos::ev::MouseEvent| {
        let asked = event_target::<web_sys::Element>(&ev)
            .closest("[data-action=\"retry\"]")
            .ok()
            .flatten()
            .is_some();
        if asked && picker.status.get_value() == Status::Failed {
            start(picker, container, lang, on_use);
        }
    };
    view! {
        <details class="app-details app-councils" open=picker.open.get_value() on:toggle=toggle data-testid="councils">
            <summary>{t(lang, Msg::CouncilsHeading)}</summary>
            <div class="app-councils__body">
                <p>{t(lang, Msg::CouncilsIntro)}</p>
                <p class="app-hint">{t(lang, Msg::CouncilsOnlyEngland)}</p>
                <div id="councils-picker" node_ref=container on:click=retry></div>
                <Replaced place=Place::Councils>
                    <h3 class="app-notice__title">{t(lang, Msg::CouncilsFilledTitle)}</h3>
                    <p data-testid="councils-filled">{move || picker.filled.get()}</p>
                </Replaced>
            </div>
        </details>
    }
}
