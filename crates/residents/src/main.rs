//! The residents' pages in the browser, with no UI framework: the summary (`?view=summary`), the
//! page a resident opens from a council's link or website, often on an old phone over mobile
//! data, so it downloads and starts in a fraction of the calculator's time (`BENCHMARKS.md`);
//! and the accessibility statement (`?view=accessibility`), which every page links to.
//!
//! Data flows one way, as in the calculator: the link → a scenario → [`sharecalc_core::engine`] →
//! the HTML of [`sharecalc_core::html::residents`] → the page. The page is written once per
//! link; moving the reality check writes only the figures' slots again. Nothing here can panic.
//!
//! It also draws the calculator's page while the calculator's much bigger program downloads
//! (`index.html`'s loader starts this one first): the figures at a glance and a loading status
//! ([`sharecalc_core::html::preview`]), until the calculator takes the page over.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};

use sharecalc_core::codec::opened::read_fragment;
use sharecalc_core::display::{DisplayOptions, View};
use sharecalc_core::embed_code::app_url;
use sharecalc_core::engine::{evaluate, format_money, Scenario};
use sharecalc_core::examples::default_scenario;
use sharecalc_core::html::frame::switch_href;
use sharecalc_core::html::residents::{
    figures, page, what_if_percent, Page, Part, LATER_ID, WHAT_IF_ID,
};
use sharecalc_core::html::Html;
use sharecalc_core::i18n::{fill, t, Msg};
use sharecalc_web::address::{current_fragment, current_query, page_base};
use sharecalc_web::frame::report_height_to_host;
use sharecalc_web::options::display_options;
use sharecalc_web::{document, frame_clicks, set_lang, slots, window};

/// The allocator: a free list of about a kilobyte of code, in place of the standard library's
/// dlmalloc (about 8 KB), which was a fixed cost of every first visit to the summary. This
/// program is single-threaded (wasm without threads) and makes few, small allocations: a page
/// of HTML per link, the figures again as the reality check moves.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the program runs on one thread; nothing here starts another.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// How long the reality check must stay still before the new figures are announced.
const QUIET_MS: i32 = 1000;

/// What the page shows: the linked scenario as planned and the reality check's share.
struct State {
    options: DisplayOptions,
    /// The fragment the page was last written for.
    fragment: String,
    planned: Scenario,
    /// The share of planned savings the reality check is set to, once moved.
    what_if: Option<f64>,
    /// The pending announcement, cancelled when the control moves again.
    announcement: Option<i32>,
}

type Shared = Rc<RefCell<State>>;

/// Starts the page: reads the options and the link, writes the page and listens to it.
fn main() {
    let options = display_options();
    let lang = options.lang;
    set_lang(lang);
    if let Some(doc) = document() {
        doc.set_title(t(lang, Msg::PageTitle));
    }
    let state = Rc::new(RefCell::new(State {
        options,
        fragment: String::new(),
        planned: default_scenario(lang),
        what_if: None,
        announcement: None,
    }));
    open_link(&state);
    listen(&state);
    report_height_to_host();
    sharecalc_web::scroll_regions::watch();
}

/// The page's root element, `.app-page`.
fn root() -> Option<web_sys::Element> {
    document()?.query_selector(".app-page").ok()?
}

/// Reads the link in the address bar and writes the page for it.
fn open_link(state: &Shared) {
    let fragment = current_fragment();
    let mut st = state.borrow_mut();
    if st.fragment == fragment && root().is_some() {
        return;
    }
    let lang = st.options.lang;
    let opened = read_fragment(&fragment);
    let (planned, broken) = match opened.editing {
        None => (default_scenario(lang), None),
        Some(Ok(s)) => (s, None),
        Some(Err(error)) => (default_scenario(lang), Some(error.message(lang))),
    };
    // Links leaving the page carry the link as it came; when its scenario cannot be read, the
    // page shows the example, and so do they.
    let carried = if broken.is_some() {
        ""
    } else {
        fragment.as_str()
    };
    let href = |view: View, embed: bool| {
        let options = DisplayOptions {
            view,
            embed,
            ..st.options.clone()
        };
        app_url(&page_base(), &options, carried)
    };
    let html = page(&Page {
        view: st.options.view,
        lang,
        embed: st.options.embed,
        lock: st.options.lock,
        switch_href: switch_href(lang, &current_query(), carried),
        statement_href: href(View::Accessibility, false),
        full_href: href(View::Editor, false),
        broken,
        problems: opened.problems.iter().map(|p| p.message(lang)).collect(),
    });
    match (root(), document().and_then(|d| d.body())) {
        (Some(old), _) => old.set_outer_html(html.as_str()),
        (None, Some(body)) => {
            let _ = body.insert_adjacent_html("beforeend", html.as_str());
        }
        (None, None) => return,
    }
    st.fragment = fragment;
    st.planned = planned;
    st.what_if = None;
    let view = st.options.view;
    drop(st);
    match view {
        View::Summary => {
            show_figures(state, &[Part::Glance]);
            show_later(state);
        }
        // The calculator's preview has only the figures at a glance.
        View::Editor => {
            show_figures(state, &[Part::Glance]);
        }
        View::Accessibility => {}
    }
}

/// Draws and shows the part of the page below the figures at a glance once the first paint is
/// done: an animation frame, then a task.
fn show_later(state: &Shared) {
    let Some(window) = window() else {
        return;
    };
    let state = state.clone();
    let reveal = Closure::once_into_js(move || {
        show_figures(&state, &[Part::Later]);
        if let Some(later) = document().and_then(|d| d.get_element_by_id(LATER_ID)) {
            let _ = later.remove_attribute("hidden");
        }
    });
    let after_paint = Closure::once_into_js(move || {
        if let Some(window) = sharecalc_web::window() {
            let _ = window.set_timeout_with_callback(reveal.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_paint.unchecked_ref());
}

/// Works out the figures with the reality check applied and writes the slots of `parts`;
/// returns what a screen reader is told once the control is still.
fn show_figures(state: &Shared, parts: &[Part]) -> String {
    let st = state.borrow();
    let lang = st.options.lang;
    let mut shown = st.planned.clone();
    if let Some(share) = st.what_if {
        shown.realisation = share;
    }
    let results = evaluate(&shown);
    if let Some(root) = root() {
        for part in parts {
            for (name, html) in figures(*part, lang, &st.planned, &shown, &results) {
                slots::fill(&root, &name, &html);
            }
        }
        if let Ok(Some(input)) = root.query_selector(&format!("#{WHAT_IF_ID}")) {
            let percent = what_if_percent(&shown);
            let _ = input.set_attribute("aria-valuetext", &format!("{percent}%"));
            if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                input.set_value(&percent.to_string());
            }
        }
    }
    let money = |amount: f64| format_money(amount, &shown.currency);
    fill(
        lang,
        Msg::AnnounceUpdated,
        &[
            ("npv", &money(results.npv)),
            ("saving", &money(results.recurring_saving)),
        ],
    )
}

/// The reality check moved: new figures now, and a polite announcement once it is still.
fn on_what_if(state: &Shared, value: &str) {
    let Ok(percent) = value.parse::<f64>() else {
        return;
    };
    state.borrow_mut().what_if = Some((percent / 100.0).clamp(0.0, 1.0));
    let words = show_figures(state, &[Part::Glance, Part::Later]);
    announce_later(state, words);
}

/// Writes `words` into the live region once the control has been still for [`QUIET_MS`].
fn announce_later(state: &Shared, words: String) {
    let Some(window) = window() else {
        return;
    };
    let mut st = state.borrow_mut();
    if let Some(pending) = st.announcement.take() {
        window.clear_timeout_with_handle(pending);
    }
    let announce = Closure::once_into_js(move || {
        if let Some(root) = root() {
            slots::fill(&root, "announcer", &Html::text(&words));
        }
    });
    st.announcement = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(announce.unchecked_ref(), QUIET_MS)
        .ok();
}

/// Listens for the reality check, the frame's clicks and a link changed by hand, for the life
/// of the page. The calculator's preview is not the page's for long: it listens on its own
/// root, which the calculator removes when it takes the page over, and leaves the link to the
/// calculator, so that nothing here touches the calculator's page.
fn listen(state: &Shared) {
    let preview = state.borrow().options.view == View::Editor;
    let target: Option<web_sys::Element> = if preview {
        root()
    } else {
        document().and_then(|d| d.body()).map(Into::into)
    };
    let (Some(window), Some(target)) = (window(), target) else {
        return;
    };
    let on_input = {
        let state = state.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let input = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input.filter(|i| i.id() == WHAT_IF_ID) {
                on_what_if(&state, &input.value());
            }
        })
    };
    // The frame's clicks: the language switch is a plain link to the page in the other language.
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        frame_clicks::serve(&event, |_| false);
    });
    let on_hash_change = {
        let state = state.clone();
        Closure::<dyn Fn()>::new(move || open_link(&state))
    };
    let _ = target.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    let _ = target.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    if !preview {
        let _ = window.add_event_listener_with_callback(
            "hashchange",
            on_hash_change.as_ref().unchecked_ref(),
        );
    }
    // They listen for as long as the page is open.
    on_input.forget();
    on_click.forget();
    on_hash_change.forget();
}
