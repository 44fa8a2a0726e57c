//! The one-way data flow, wired once: draft (what was typed) → built (parsed and validated)
//! → scenario (the last valid one) → results (the engine's figures). Components read these
//! from context; only the editor writes, and only to the draft.

use leptos::prelude::*;

use super::box_errors::BoxErrors;
use super::build::{build, Built};
use super::draft::Draft;
use super::link::{fragment_for, link_to};
use super::settle::settled;
use sharecalc_core::compare::Compared;
use sharecalc_core::display::DisplayOptions;
use sharecalc_core::engine::{self, Results, Scenario};
use sharecalc_core::i18n::Lang;

/// Everything a component may read; cheap to copy.
#[derive(Clone, Copy)]
pub struct Calc {
    /// The language the page is shown in. Changing it redraws the page; the scenario, what
    /// was typed and the options kept all stay.
    pub lang: RwSignal<Lang>,
    /// What the user has typed.
    pub draft: Draft,
    /// The draft read and checked, with every problem.
    pub built: Memo<Built>,
    /// Each box's message from [`Calc::built`], one signal per box.
    pub errors: BoxErrors,
    /// The last valid scenario: the figures keep showing it while a box is unreadable.
    pub scenario: Memo<Scenario>,
    /// The engine's figures for [`Calc::scenario`].
    pub results: Memo<Results>,
    /// Other options kept to compare with the scenario being edited (at most 3).
    pub others: RwSignal<Vec<Scenario>>,
    /// The engine's figures for each of [`Calc::others`].
    pub others_results: Memo<Vec<Results>>,
    /// The link fragment for the scenario and its options, as of this moment. Encoding it is
    /// the costliest step of an edit on a large scenario, so nothing reads it on every key
    /// press: actions (copy the link, open the full calculator) read it when they happen.
    pub fragment: Memo<String>,
    /// The full link to [`Calc::fragment`], for the copy and share buttons.
    pub link: Memo<String>,
    /// [`Calc::scenario`] once typing pauses: what the analysis panels follow, so that their
    /// thousands of evaluations run once per pause, not once per key press.
    pub settled: ReadSignal<Scenario>,
    /// The engine's figures for [`Calc::settled`].
    pub settled_results: Memo<Results>,
    /// The fragment of [`Calc::settled`] and the options: what the address bar, the link on
    /// screen and the embed code show.
    pub settled_fragment: Memo<String>,
    /// The full link to [`Calc::settled_fragment`], shown on screen and as the QR code.
    pub settled_link: Memo<String>,
}

impl Calc {
    /// Wires the flow for a page that starts from `initial`.
    pub fn new(initial: Scenario, lang: Lang) -> Calc {
        let lang = RwSignal::new(lang);
        let draft = Draft::new(&initial);
        let built = Memo::new(move |_| build(&draft.typed(), lang.get()));
        let errors = BoxErrors::new(built);
        let scenario = Memo::new(move |previous: Option<&Scenario>| {
            built
                .with(|b| b.scenario.clone())
                .or_else(|| previous.cloned())
                .unwrap_or_else(|| initial.clone())
        });
        let results = Memo::new(move |_| scenario.with(engine::evaluate));
        let others = RwSignal::new(Vec::new());
        let others_results = Memo::new(move |_| {
            others.with(|o: &Vec<Scenario>| o.iter().map(engine::evaluate).collect())
        });
        let fragment = fragment_of(scenario, others);
        let link = link_of(fragment, lang);
        let settled = settled(scenario);
        let settled_results = Memo::new(move |_| settled.with(engine::evaluate));
        let settled_fragment = fragment_of(settled, others);
        let settled_link = link_of(settled_fragment, lang);
        Calc {
            lang,
            draft,
            built,
            errors,
            scenario,
            results,
            others,
            others_results,
            fragment,
            link,
            settled,
            settled_results,
            settled_fragment,
            settled_link,
        }
    }

    /// True while something typed is unreadable or invalid, so the figures are not current.
    pub fn is_stale(&self) -> bool {
        self.built.with(|b| b.scenario.is_none())
    }

    /// The currency code of the figures shown.
    pub fn currency(&self) -> String {
        self.scenario.with(|s| s.currency.clone())
    }

    /// Calls `f` with every option's scenario and figures, the one being edited first (as
    /// option A), tracking them all: what the comparison and the CSV download show.
    pub fn with_options<R>(&self, f: impl FnOnce(&[Compared]) -> R) -> R {
        self.scenario.with(|s| {
            self.results.with(|r| {
                self.others.with(|others| {
                    self.others_results.with(|results| {
                        let mut all = vec![Compared {
                            scenario: s,
                            results: r,
                        }];
                        all.extend(
                            others
                                .iter()
                                .zip(results)
                                .map(|(scenario, results)| Compared { scenario, results }),
                        );
                        f(&all)
                    })
                })
            })
        })
    }
}

/// The link fragment of `scenario` and the options kept beside it.
fn fragment_of<S>(scenario: S, others: RwSignal<Vec<Scenario>>) -> Memo<String>
where
    S: With<Value = Scenario> + Send + Sync + 'static,
{
    Memo::new(move |_| scenario.with(|s| others.with(|o| fragment_for(s, o))))
}

/// The full link to `fragment`. It carries the page's `?lang=`, so it is written again when
/// the language changes.
fn link_of(fragment: Memo<String>, lang: RwSignal<Lang>) -> Memo<String> {
    Memo::new(move |_| {
        lang.track();
        fragment.with(|f| link_to(f))
    })
}

/// The [`Calc`] provided by the page.
pub fn use_calc() -> Calc {
    #[allow(
        clippy::disallowed_methods,
        reason = "App provides Calc before it draws anything, and every component is drawn inside App"
    )]
    expect_context::<Calc>()
}

/// The page's display options (from its query string), or the defaults if none were given.
pub fn use_options() -> DisplayOptions {
    use_context::<DisplayOptions>().unwrap_or_default()
}

/// The page's language, for a component's words. Read once, without tracking: the whole page
/// is drawn again when the language changes, so every component starts with the new one.
pub fn use_lang() -> Lang {
    use_calc().lang.get_untracked()
}
