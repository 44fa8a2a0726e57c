//! The picker's state and how it is drawn: what is typed, the council the arrow keys reached,
//! the councils chosen, the services ticked, what the last choice did and what stops the
//! figures being used. After every change [`draw`] writes the slots whose HTML changed and
//! the name box's attributes.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use sharecalc_core::councils::markup::{self, slots, INPUT_ID, LISTED, LIST_ID};
use sharecalc_core::councils::{
    council_names, fill as fill_scenario, normalise, overlaps, search, Council, Councils, Handoff,
    MAX_COUNCILS, MIN_COUNCILS,
};
use sharecalc_core::html::Html;
use sharecalc_core::i18n::{count, fill, t, Lang, Msg};

use crate::events;
use crate::fetch;

/// Where the file of councils is.
pub enum Load {
    /// Not asked for yet.
    Idle,
    /// On its way.
    Loading,
    /// Read.
    Ready(Rc<Councils>),
    /// It could not be fetched or read; Try again asks again.
    Failed,
}

/// Everything the picker knows.
pub struct Picker {
    /// The page's language.
    pub lang: Lang,
    /// The element the picker is drawn in.
    pub container: Option<web_sys::Element>,
    /// Where "Use these figures" goes.
    on_use: Option<js_sys::Function>,
    /// The file of councils.
    pub load: Load,
    /// What is typed in the name box.
    pub query: String,
    /// The council found that the arrow keys reached.
    pub active: Option<usize>,
    /// Whether Escape or leaving the box closed the list.
    pub closed: bool,
    /// The councils chosen, by ONS code, in the order chosen.
    pub chosen: Vec<String>,
    /// The lines ticked, as indices into the file's lines.
    pub lines: Vec<usize>,
    /// What the last choice did, for screen readers.
    pub said: String,
    /// What stops "Use these figures": the box to fix and the message.
    pub problems: Vec<(String, String)>,
    /// The HTML each slot holds now, so that only changes are written.
    written: BTreeMap<&'static str, Html>,
    /// The listener on the container, kept alive while the picker is.
    listener: Option<Closure<dyn Fn(web_sys::Event)>>,
}

/// The picker, shared by the listeners.
pub type Shared = Rc<RefCell<Picker>>;

thread_local! {
    /// The one picker of the page, kept when the calculator draws its page again.
    static PICKER: Shared = Rc::new(RefCell::new(Picker {
        lang: Lang::En,
        container: None,
        on_use: None,
        load: Load::Idle,
        query: String::new(),
        active: None,
        closed: false,
        chosen: Vec::new(),
        lines: Vec::new(),
        said: String::new(),
        problems: Vec::new(),
        written: BTreeMap::new(),
        listener: None,
    }));
}

/// Draws the picker in `container` and listens to it, fetching the file if it is not here.
/// Opened again in the same place, it is left as it is (and listened to once).
pub fn mount(container: web_sys::Element, lang: Lang, on_use: js_sys::Function) {
    let shared = PICKER.with(Rc::clone);
    {
        let mut p = shared.borrow_mut();
        p.on_use = Some(on_use);
        let same = p
            .container
            .as_ref()
            .is_some_and(|c| c.is_same_node(Some(&container)));
        if same && p.lang == lang {
            return;
        }
        if let (Some(old), Some(listener)) = (&p.container, &p.listener) {
            for kind in events::KINDS {
                let _ = old
                    .remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
            }
        }
        let listener = events::listener(shared.clone());
        for kind in events::KINDS {
            let _ =
                container.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
        p.lang = lang;
        p.container = Some(container);
        p.listener = Some(listener);
    }
    draw_body(&shared);
    let idle = matches!(shared.borrow().load, Load::Idle);
    if idle {
        fetch::start(shared);
    }
}

impl Picker {
    /// The file, once it is here.
    pub fn data(&self) -> Option<Rc<Councils>> {
        match &self.load {
            Load::Ready(data) => Some(data.clone()),
            _ => None,
        }
    }

    /// The chosen councils, in order.
    fn councils<'a>(&self, data: &'a Councils) -> Vec<&'a Council> {
        self.chosen.iter().filter_map(|c| data.council(c)).collect()
    }

    /// The councils found for what is typed, not yet chosen, best first.
    pub fn found<'a>(&self, data: &'a Councils) -> Vec<&'a Council> {
        search(data, &self.query)
            .into_iter()
            .filter(|c| !self.chosen.contains(&c.code))
            .collect()
    }

    /// Whether the list of councils found is open.
    pub fn expanded(&self, data: &Councils) -> bool {
        !self.closed && !self.found(data).is_empty()
    }

    /// The message about box `id`, if something stops the figures being used there.
    fn problem(&self, id: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|(at, _)| at == id)
            .map(|(_, m)| m.as_str())
    }

    /// Adds the council with ONS code `code` and says so, with what a county and its
    /// districts chosen together mean.
    pub fn add(&mut self, data: &Councils, code: &str) {
        let lang = self.lang;
        let Some(council) = data.council(code) else {
            return;
        };
        let name = &council.name;
        self.said = if self.chosen.iter().any(|x| x == code) {
            fill(lang, Msg::CouncilsAlready, &[("name", name)])
        } else if self.chosen.len() >= MAX_COUNCILS {
            t(lang, Msg::CouncilsFull).to_owned()
        } else {
            self.chosen.push(code.to_owned());
            self.problems.retain(|(id, _)| id != INPUT_ID);
            let mut said = fill(
                lang,
                Msg::CouncilsAdded,
                &[("name", name), ("chosen", &how_many(lang, &self.chosen))],
            );
            for overlap in overlaps(&self.councils(data)) {
                if overlap.county == *name || overlap.districts.contains(name) {
                    said.push(' ');
                    said.push_str(&overlap.words(lang));
                }
            }
            said
        };
        self.query.clear();
        self.active = None;
    }

    /// Takes the council with ONS code `code` off the list and says so.
    pub fn remove(&mut self, data: &Councils, code: &str) {
        self.chosen.retain(|x| x != code);
        let name = data
            .council(code)
            .map(|c| c.name.as_str())
            .unwrap_or_default();
        self.said = fill(
            self.lang,
            Msg::CouncilsRemoved,
            &[
                ("name", &name),
                ("chosen", &how_many(self.lang, &self.chosen)),
            ],
        );
    }

    /// "Use these figures": what stops it, or the result for the calculator (and the function
    /// to hand it to).
    pub fn use_figures(&mut self, data: &Councils) -> Option<(js_sys::Function, String)> {
        let lang = self.lang;
        self.problems.clear();
        if self.chosen.len() < MIN_COUNCILS {
            self.problems.push((
                INPUT_ID.to_owned(),
                t(lang, Msg::CouncilsNeedCouncils).to_owned(),
            ));
        }
        if self.lines.is_empty() {
            self.problems.push((
                markup::first_line_id(data),
                t(lang, Msg::CouncilsNeedServices).to_owned(),
            ));
        }
        if !self.problems.is_empty() {
            return None;
        }
        let councils = self.councils(data);
        let lines: Vec<usize> = data
            .usable_lines()
            .into_iter()
            .filter(|i| self.lines.contains(i))
            .collect();
        let filled = fill_scenario(lang, data, &councils, &lines);
        let gaps = filled
            .gaps
            .iter()
            .map(|g| {
                let partner = match g.place {
                    sharecalc_core::councils::Place::Population { partner }
                    | sharecalc_core::councils::Place::Cost { partner, .. } => partner,
                };
                let name = councils.get(partner).map(|c| c.name.as_str()).unwrap_or("");
                (g.place, g.words(lang, name, data.source))
            })
            .collect::<Vec<_>>();
        let mut words = fill(
            lang,
            Msg::CouncilsFilled,
            &[
                ("year", &data.source.year()),
                ("councils", &council_names(lang, &councils)),
            ],
        );
        if !gaps.is_empty() {
            words.push(' ');
            words.push_str(&count(
                lang,
                Msg::CouncilsFilledGaps,
                gaps.len() as u64,
                &[],
            ));
        }
        let handoff = Handoff {
            scenario: filled.scenario,
            gaps,
            filled: words,
            what: t(lang, Msg::CouncilsUse).to_owned(),
        };
        self.on_use.clone().map(|f| (f, handoff.encode()))
    }
}

/// "3 councils chosen", in `lang`.
fn how_many(lang: Lang, chosen: &[String]) -> String {
    count(lang, Msg::CouncilsChosenCount, chosen.len() as u64, &[])
}

/// Hands the result to the calculator.
pub fn hand_over(to: &js_sys::Function, json: &str) {
    let _ = to.call1(&JsValue::NULL, &JsValue::from_str(json));
}

/// Writes the picker afresh (the file arriving, or failing), then its slots.
pub fn draw_body(shared: &Shared) {
    {
        let mut p = shared.borrow_mut();
        let html = match &p.load {
            Load::Idle | Load::Loading => markup::loading(p.lang),
            Load::Failed => markup::failed(p.lang),
            Load::Ready(data) => markup::picker(p.lang, data, &p.lines),
        };
        if let Some(c) = &p.container {
            c.set_inner_html(html.as_str());
        }
        p.written.clear();
    }
    draw(shared);
}

/// Writes each slot whose HTML changed, and the name box's attributes.
pub fn draw(shared: &Shared) {
    let mut p = shared.borrow_mut();
    let (Some(data), Some(root)) = (p.data(), p.container.clone()) else {
        return;
    };
    let lang = p.lang;
    let found = p.found(&data);
    let typed = !normalise(&p.query).is_empty();
    let first_line = markup::first_line_id(&data);
    let status = if typed {
        markup::status(lang, &data, &p.query, found.len())
    } else {
        p.said.clone()
    };
    let wanted = [
        (slots::ERRORS, markup::errors(lang, &p.problems)),
        (
            slots::SEARCH_ERROR,
            markup::error_message(lang, INPUT_ID, p.problem(INPUT_ID)),
        ),
        (
            slots::LINES_ERROR,
            markup::error_message(lang, "council-lines", p.problem(&first_line)),
        ),
        (slots::OPTIONS, markup::options(lang, &found, p.active)),
        (slots::STATUS, Html::text(&status)),
        (
            slots::NOTES,
            markup::notes(lang, &data, &p.query, found.len()),
        ),
        (
            slots::CHOSEN,
            markup::chosen(lang, data.source, &p.councils(&data)),
        ),
    ];
    for (name, html) in wanted {
        if p.written.get(name) != Some(&html) {
            sharecalc_web::slots::fill(&root, name, &html);
            p.written.insert(name, html);
        }
    }
    let expanded = !p.closed && !found.is_empty();
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let search_error = p.problem(INPUT_ID).is_some();
    if let Some(input) = find(&format!("#{INPUT_ID}")) {
        let _ = input.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        let _ = match p.active.filter(|&i| expanded && i < LISTED) {
            Some(i) => input.set_attribute("aria-activedescendant", &markup::option_id(i)),
            None => input.remove_attribute("aria-activedescendant"),
        };
        let described = if search_error {
            format!("{INPUT_ID}-hint {INPUT_ID}-error")
        } else {
            format!("{INPUT_ID}-hint")
        };
        let _ = input.set_attribute("aria-describedby", &described);
        let _ = input
            .class_list()
            .toggle_with_force("app-input--error", search_error);
        if p.query.is_empty() {
            if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                input.set_value("");
            }
        }
    }
    if let Some(list) = find(&format!("#{LIST_ID}")) {
        let _ = list.toggle_attribute_with_force("hidden", !expanded);
    }
    for (group, error) in [
        ("search", search_error),
        ("lines", p.problem(&first_line).is_some()),
    ] {
        if let Some(g) = find(&format!("[data-group=\"{group}\"]")) {
            let _ = g
                .class_list()
                .toggle_with_force("app-form-group--error", error);
        }
    }
}
