//! What each key, click and tick inside the picker means. One listener on the picker for
//! every kind of event (its markup is HTML text): the element an event reached says what it is
//! (`data-code` on a council found, `data-remove`, `data-line`, `data-focus`, `data-action`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use sharecalc_core::councils::markup::{first_line_id, remove_id, ERRORS_ID, INPUT_ID, LISTED};
use sharecalc_web::focus;

use crate::fetch;
use crate::picker::{draw, hand_over, Shared};

/// The kinds of event the picker listens to.
pub const KINDS: [&str; 6] = [
    "input",
    "keydown",
    "focusout",
    "mousedown",
    "click",
    "change",
];

/// The one listener for every kind of event.
pub fn listener(shared: Shared) -> Closure<dyn Fn(web_sys::Event)> {
    Closure::new(move |ev: web_sys::Event| handle(&shared, &ev))
}

/// The element an event reached.
fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// The value of `attribute` on the nearest element from the event's target up that has it.
fn marked(ev: &web_sys::Event, attribute: &str) -> Option<String> {
    target(ev)?
        .closest(&format!("[{attribute}]"))
        .ok()
        .flatten()?
        .get_attribute(attribute)
}

/// Sends each event to what handles its kind, then draws what changed.
fn handle(shared: &Shared, ev: &web_sys::Event) {
    if marked(ev, "data-action").as_deref() == Some("retry") && ev.type_() == "click" {
        fetch::start(shared.clone());
        return;
    }
    let Some(data) = shared.borrow().data() else {
        return;
    };
    let in_box = target(ev).is_some_and(|t| t.id() == INPUT_ID);
    let mut focus_on = None;
    let mut hand = None;
    {
        let mut p = shared.borrow_mut();
        match ev.type_().as_str() {
            "input" if in_box => {
                let typed = target(ev)
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .map(|i| i.value())
                    .unwrap_or_default();
                p.query = typed;
                p.active = None;
                p.closed = false;
            }
            "keydown" if in_box => {
                let Some(key) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let found: Vec<String> = p.found(&data).iter().map(|c| c.code.clone()).collect();
                let shown = found.len().min(LISTED);
                let expanded = p.expanded(&data);
                match key.key().as_str() {
                    "ArrowDown" if shown > 0 => {
                        ev.prevent_default();
                        p.closed = false;
                        p.active = Some(p.active.map_or(0, |i| (i + 1).min(shown - 1)));
                    }
                    "ArrowUp" if expanded => {
                        ev.prevent_default();
                        p.active = p.active.and_then(|i| i.checked_sub(1));
                    }
                    "Enter" if expanded => {
                        ev.prevent_default();
                        if let Some(code) = p.active.and_then(|i| found.get(i)) {
                            p.add(&data, code);
                        }
                    }
                    "Escape" if expanded => {
                        ev.prevent_default();
                        p.closed = true;
                        p.active = None;
                    }
                    _ => return,
                }
            }
            "focusout" if in_box => {
                p.closed = true;
                p.active = None;
            }
            "mousedown" => {
                if marked(ev, "data-code").is_some() {
                    ev.prevent_default();
                }
                return;
            }
            "click" => {
                if let Some(code) = marked(ev, "data-code") {
                    p.add(&data, &code);
                    focus_on = Some(INPUT_ID.to_owned());
                } else if let Some(code) = marked(ev, "data-remove") {
                    let at = p.chosen.iter().position(|x| *x == code);
                    p.remove(&data, &code);
                    let next = at.and_then(|i| p.chosen.get(i).or(p.chosen.last()));
                    focus_on = Some(next.map_or_else(|| INPUT_ID.to_owned(), |c| remove_id(c)));
                } else if let Some(id) = marked(ev, "data-focus") {
                    ev.prevent_default();
                    focus(&id);
                    return;
                } else if marked(ev, "data-action").as_deref() == Some("use") {
                    hand = p.use_figures(&data);
                    if hand.is_none() {
                        focus_on = Some(ERRORS_ID.to_owned());
                    }
                } else {
                    return;
                }
            }
            "change" => {
                let Some(line) = marked(ev, "data-line").and_then(|l| l.parse::<usize>().ok())
                else {
                    return;
                };
                let on = target(ev)
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .is_some_and(|i| i.checked());
                p.lines.retain(|x| *x != line);
                if on {
                    p.lines.push(line);
                    let first = first_line_id(&data);
                    p.problems.retain(|(id, _)| *id != first);
                }
            }
            _ => return,
        }
    }
    draw(shared);
    if let Some(id) = focus_on {
        focus(&id);
    }
    if let Some((to, json)) = hand {
        hand_over(&to, &json);
        draw(shared);
    }
}
