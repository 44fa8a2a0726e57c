//! "Start from real councils (England, 2023-24 budgets)": pick 2–20 current English councils
//! by name, then the services to share, and "Use these figures" fills the scenario with their
//! published budgets (`sharecalc_core::councils`), which Undo can take back. The file of
//! councils is fetched when the picker is first opened, never on a first visit.

mod chosen;
mod data;
mod lines;
mod search_box;
mod use_figures;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::state::use_lang;
use chosen::Chosen;
use data::{fetch_once, Load};
use lines::Lines;
use search_box::SearchBox;
use sharecalc_core::councils::{overlaps, Council, Councils, MAX_COUNCILS};
use sharecalc_core::i18n::{count, fill, t, Lang, Msg};
use use_figures::{Problems, UseFigures};

/// The picker's state, kept while the page's language changes; provided by the page.
#[derive(Clone, Copy)]
pub struct Picker {
    /// Whether the picker is open.
    open: RwSignal<bool>,
    /// The file of councils.
    load: RwSignal<Load>,
    /// The councils chosen, by ONS code, in the order chosen.
    chosen: RwSignal<Vec<String>>,
    /// The lines ticked, as indices into the file's lines.
    lines: RwSignal<Vec<usize>>,
    /// What the last choice did, for screen readers.
    said: RwSignal<String>,
    /// What stops "Use these figures": the box to fix and the message.
    problems: RwSignal<Vec<(String, String)>>,
    /// What "Use these figures" did, shown with Undo.
    filled: RwSignal<String>,
}

impl Picker {
    /// Closed, with nothing chosen and nothing fetched.
    pub fn new() -> Picker {
        Picker {
            open: RwSignal::new(false),
            load: RwSignal::new(Load::Idle),
            chosen: RwSignal::new(Vec::new()),
            lines: RwSignal::new(Vec::new()),
            said: RwSignal::new(String::new()),
            problems: RwSignal::new(Vec::new()),
            filled: RwSignal::new(String::new()),
        }
    }

    /// The chosen councils, in order.
    fn councils(self, data: &Councils) -> Vec<&Council> {
        self.chosen
            .with(|codes| codes.iter().filter_map(|c| data.council(c)).collect())
    }

    /// "3 councils chosen", in `lang`.
    fn how_many(self, lang: Lang) -> String {
        let n = self.chosen.with_untracked(Vec::len);
        count(lang, Msg::CouncilsChosenCount, n as u64, &[])
    }

    /// Adds the council with ONS code `code` and says so, with what a county and its
    /// districts chosen together mean.
    fn add(self, lang: Lang, data: &Councils, code: &str) {
        let Some(council) = data.council(code) else {
            return;
        };
        let name = &council.name;
        if self.chosen.with_untracked(|c| c.iter().any(|x| x == code)) {
            self.said
                .set(fill(lang, Msg::CouncilsAlready, &[("name", name)]));
            return;
        }
        if self.chosen.with_untracked(Vec::len) >= MAX_COUNCILS {
            self.said.set(t(lang, Msg::CouncilsFull).to_owned());
            return;
        }
        self.chosen.update(|c| c.push(code.to_owned()));
        self.problems
            .update(|p| p.retain(|(id, _)| id != search_box::INPUT_ID));
        let mut said = fill(
            lang,
            Msg::CouncilsAdded,
            &[("name", name), ("chosen", &self.how_many(lang))],
        );
        let councils = self.councils(data);
        for overlap in overlaps(&councils) {
            if overlap.county == *name || overlap.districts.contains(name) {
                said.push(' ');
                said.push_str(&overlap.words(lang));
            }
        }
        self.said.set(said);
    }

    /// Takes the council with ONS code `code` off the list and says so.
    fn remove(self, lang: Lang, data: &Councils, code: &str) {
        self.chosen.update(|c| c.retain(|x| x != code));
        let name = data
            .council(code)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        self.said.set(fill(
            lang,
            Msg::CouncilsRemoved,
            &[("name", &name), ("chosen", &self.how_many(lang))],
        ));
    }
}

/// The picker, closed until opened; opening it fetches the file of councils.
#[component]
pub fn StartFromCouncils() -> impl IntoView {
    let picker = expect_context::<Picker>();
    let lang = use_lang();
    let toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        picker.open.set(open);
        if open {
            fetch_once(picker.load);
        }
    };
    view! {
        <details class="app-details app-councils" open=picker.open.get_untracked() on:toggle=toggle data-testid="councils">
            <summary>{t(lang, Msg::CouncilsHeading)}</summary>
            <div class="app-councils__body">
                <p>{t(lang, Msg::CouncilsIntro)}</p>
                <p class="app-hint">{t(lang, Msg::CouncilsOnlyEngland)}</p>
                {move || match picker.load.get() {
                    Load::Idle | Load::Loading => view! {
                        <p class="app-hint" role="status" data-testid="councils-loading">{t(lang, Msg::CouncilsLoading)}</p>
                    }.into_any(),
                    Load::Failed => view! {
                        <div class="app-notice app-notice--error" role="alert" data-testid="councils-failed">
                            <h3 class="app-notice__title">{t(lang, Msg::CouncilsLoadFailedTitle)}</h3>
                            <p>{t(lang, Msg::CouncilsLoadFailed)}</p>
                            <button type="button" class="app-button app-button--secondary" on:click=move |_| fetch_once(picker.load)>
                                {t(lang, Msg::CouncilsTryAgain)}
                            </button>
                        </div>
                    }.into_any(),
                    Load::Ready(data) => view! { <Choose data=data /> }.into_any(),
                }}
            </div>
        </details>
    }
}

/// The councils, the services and the button, once the file is here.
#[component]
fn Choose(data: Arc<Councils>) -> impl IntoView {
    view! {
        <Problems />
        <SearchBox data=data.clone() />
        <Chosen data=data.clone() />
        <Lines data=data.clone() />
        <UseFigures data=data />
    }
}
