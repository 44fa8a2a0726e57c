//! The link is the state: the address bar's fragment follows the scenario (and any options
//! kept to compare with it) as it is edited (debounced `history.replaceState`, so no history
//! entry per keystroke), a link opened or changed by hand is loaded, and a broken link is
//! reported without breaking the page or touching the address bar.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::codec::link::{decode_fragment, encode_fragment};
use crate::codec::LinkError;
use crate::engine::Scenario;
use crate::i18n::{fill, Lang, Msg, Text};
use crate::ui::state::Calc;

/// What the page learnt from a link. Problems are kept as values, not words, because the
/// page can change language while it shows them.
pub struct Opened {
    /// The scenario to edit: `None` when the link has none (show the default example),
    /// `Err` with why when it cannot be read.
    pub editing: Option<Result<Scenario, LinkError>>,
    /// The other options to compare, those that could be read.
    pub others: Vec<Scenario>,
    /// One per other option that could not be read, and one if options were left out.
    pub problems: Vec<LinkProblem>,
}

/// Part of a link that is not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    /// Option `number` of `total` could not be read.
    Option {
        /// Its place in the link, counting the scenario being edited as 1.
        number: usize,
        /// How many options the link holds.
        total: usize,
        /// Why it could not be read.
        error: LinkError,
    },
    /// Options beyond the most a link carries were left out.
    Dropped(Text),
}

impl LinkProblem {
    /// The sentence for the page, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LinkProblem::Option {
                number,
                total,
                error,
            } => fill(
                lang,
                Msg::LinkOptionProblem,
                &[
                    ("number", number),
                    ("total", total),
                    ("reason", &error.message(lang)),
                ],
            ),
            LinkProblem::Dropped(text) => text.render(lang),
        }
    }
}

/// The fragment of the address bar, without `#`.
pub fn current_fragment() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned()
}

/// Reads a fragment: the first `s=` is the scenario being edited, the rest are options.
pub fn read_fragment(fragment: &str) -> Opened {
    let decoded = decode_fragment(fragment);
    let dropped = decoded.dropped_message().map(LinkProblem::Dropped);
    let total = decoded.options.len();
    let mut options = decoded.options.into_iter();
    let editing = options.next();
    let mut opened = Opened {
        editing,
        others: Vec::new(),
        problems: Vec::new(),
    };
    for (i, option) in options.enumerate() {
        match option {
            Ok(s) => opened.others.push(s),
            Err(error) => opened.problems.push(LinkProblem::Option {
                number: i + 2,
                total,
                error,
            }),
        }
    }
    opened.problems.extend(dropped);
    opened
}

/// The fragment for the scenario being edited and the options kept beside it.
pub fn fragment_for(current: &Scenario, others: &[Scenario]) -> String {
    let mut all = Vec::with_capacity(others.len() + 1);
    all.push(current.clone());
    all.extend(others.iter().cloned());
    encode_fragment(&all)
}

/// The full address of a fragment: this page, its display options, and the fragment.
pub fn link_to(fragment: &str) -> String {
    let search = window().location().search().unwrap_or_default();
    format!("{}{search}#{fragment}", page_base())
}

/// Where the app lives: this page's address without query or fragment, the base of every
/// link and embed code the app writes.
pub fn page_base() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Keeps the address bar in step with the scenario and its options, and loads links changed
/// by hand. `broken` holds why a link's scenario could not be read; while it is shown the
/// address bar is left alone, so that nothing in the link is lost. `problems` holds the
/// options that could not be read.
pub fn sync_with_address_bar(
    calc: Calc,
    broken: RwSignal<Option<LinkError>>,
    problems: RwSignal<Vec<LinkProblem>>,
) {
    let written = StoredValue::new(current_fragment());
    // The settled fragment changes once typing pauses, so the address bar is written once per
    // pause (and its encoding done once), with no history entry.
    Effect::new(move |first: Option<()>| {
        // Tracks the settled scenario and options, and encodes only when there is something to
        // write: never while the page opens.
        calc.settled.track();
        calc.others.track();
        let is_broken = broken.with(Option::is_some) || problems.with(|p| !p.is_empty());
        if first.is_none() || is_broken {
            return;
        }
        let fragment = calc.settled_fragment.get_untracked();
        if fragment == written.get_value() {
            return;
        }
        let url = format!("#{fragment}");
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        written.set_value(fragment);
    });

    let on_hash_change = Closure::<dyn Fn()>::new(move || {
        let fragment = current_fragment();
        if fragment == written.get_value() {
            return;
        }
        written.set_value(fragment.clone());
        let opened = read_fragment(&fragment);
        match opened.editing {
            None => {}
            Some(Ok(s)) => {
                broken.set(None);
                calc.draft.load(&s);
                calc.others.set(opened.others);
                problems.set(opened.problems);
            }
            Some(Err(error)) => broken.set(Some(error)),
        }
    });
    let _ = window()
        .add_event_listener_with_callback("hashchange", on_hash_change.as_ref().unchecked_ref());
    on_hash_change.forget(); // lives as long as the page
}
