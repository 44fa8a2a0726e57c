//! "Saved in this browser": save the scenario under a name, and open, rename, duplicate or
//! delete (with undo) what was saved. Every change is made to the list as stored now, so a
//! second tab's changes are not overwritten by a stale copy.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::store;
use crate::ui::focus::focus_later;
use crate::ui::model::{use_calc, use_lang};
use crate::ui::replace::{use_replacer, Place, Replaced};
use sharecalc_core::codec::saved::{self, Removed, SavedEntry};
use sharecalc_core::i18n::{fill, t, Lang, Msg};
use sharecalc_core::report::dates::date_time_words;

/// The id of the Undo button, which takes focus after a delete.
const UNDO_ID: &str = "saved-undo";

/// The list on the page and what the page says about it, in the page's language; cheap to
/// copy into handlers.
#[derive(Clone, Copy)]
struct List {
    /// The language of what the list says.
    lang: Lang,
    /// The readable entries, as last stored.
    entries: RwSignal<Vec<SavedEntry>>,
    /// Why some stored entries are not listed, or why nothing can be stored.
    notes: RwSignal<Vec<String>>,
    /// Whether what could not be read is kept as it is (so the page says so).
    keeping: RwSignal<bool>,
    /// What the last action did, for `role="status"`.
    status: RwSignal<String>,
    /// Why the last action failed, for `role="alert"`.
    problem: RwSignal<Option<String>>,
    /// The entry last deleted, while it can still be put back.
    removed: RwSignal<Option<Removed>>,
}

impl List {
    /// The list as stored when the page opened.
    fn new(lang: Lang) -> List {
        let (entries, notes, keeping) = match store::load() {
            Ok(list) => {
                let mut notes: Vec<String> = list.skipped.iter().map(|s| s.message(lang)).collect();
                let backup = list.unreadable.as_deref().map(store::back_up);
                notes.extend(
                    backup
                        .and_then(Result::ok)
                        .map(|key| fill(lang, Msg::KeepSavedBackedUp, &[("key", &key)])),
                );
                (list.entries, notes, !list.kept.is_empty())
            }
            Err(message) => (Vec::new(), vec![t(lang, message).to_owned()], false),
        };
        List {
            lang,
            entries: RwSignal::new(entries),
            notes: RwSignal::new(notes),
            keeping: RwSignal::new(keeping),
            status: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
            removed: RwSignal::new(None),
        }
    }

    /// Applies `op` to the list as stored now and stores the result; `None`, with the
    /// reason shown, when `op` finds nothing to change or the browser refuses.
    fn change<T>(self, op: impl FnOnce(&mut Vec<SavedEntry>) -> Option<T>) -> Option<T> {
        let result = store::load().and_then(|list| {
            let mut entries = list.entries.clone();
            let changed = op(&mut entries)
                .ok_or(Msg::KeepSavedGone)
                .and_then(|out| store::store(&list, &entries).map(|()| out));
            // After a refusal the list as stored is still the truth, so that is what shows.
            self.entries.set(if changed.is_ok() {
                entries
            } else {
                list.entries
            });
            changed
        });
        match result {
            Ok(out) => {
                self.notes.set(Vec::new());
                self.keeping.set(false);
                self.problem.set(None);
                self.removed.set(None);
                Some(out)
            }
            Err(message) => {
                self.refuse(t(self.lang, message).to_owned());
                None
            }
        }
    }

    /// Reports why an action was not done, in place of what the last one did.
    fn refuse(self, problem: String) {
        self.status.set(String::new());
        self.problem.set(Some(problem));
    }

    /// Reports a change that worked: `msg` about the saved scenario `name`.
    fn say(self, msg: Msg, name: &str) {
        self.status.set(fill(self.lang, msg, &[("name", &name)]));
    }
}

/// A new entry id: the time and a random part, unique enough for one person's list.
fn new_id() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    format!("{:x}-{random:x}", js_sys::Date::now() as u64)
}

/// Now, as ISO 8601 text for [`SavedEntry::saved_at`].
fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// When an entry was saved, in words and this device's time zone; the stored text as it is
/// when it is not a date.
fn when(lang: Lang, iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    let words = i32::try_from(date.get_full_year()).ok().and_then(|year| {
        date_time_words(
            lang,
            year,
            date.get_month() + 1,
            date.get_date(),
            date.get_hours(),
            date.get_minutes(),
        )
    });
    match words {
        Some(words) if !date.get_time().is_nan() => words,
        _ => iso.to_owned(),
    }
}

/// An element id for an entry's controls; ids stored by another program may hold anything,
/// so only safe characters are kept.
fn dom_id(id: &str, part: &str) -> String {
    let safe: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("saved-{safe}-{part}")
}

/// The saved scenarios panel.
#[component]
pub fn Saved() -> impl IntoView {
    let calc = use_calc();
    let lang = use_lang();
    let list = List::new(lang);
    let typed = RwSignal::new(None::<String>);
    let name = move || {
        typed
            .get()
            .unwrap_or_else(|| calc.scenario.with(|s| s.title.clone()))
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if calc.use_figures() {
            list.refuse(t(lang, Msg::KeepNotComplete).to_owned());
            return;
        }
        let scenario = calc.scenario.get_untracked();
        let name = match typed.get_untracked() {
            Some(n) if !n.trim().is_empty() => n.trim().to_owned(),
            _ if !scenario.title.trim().is_empty() => scenario.title.trim().to_owned(),
            _ => t(lang, Msg::KeepSavedUntitled).to_owned(),
        };
        if let Err(why) = saved::check_name(&name) {
            list.refuse(why.render(lang));
            return;
        }
        let entry = SavedEntry {
            id: new_id(),
            name: name.clone(),
            saved_at: now_iso(),
            scenario,
        };
        let saved = list.change(|e| {
            saved::upsert(e, entry);
            Some(())
        });
        if saved.is_some() {
            typed.set(None);
            list.say(Msg::KeepSavedSaved, &name);
        }
    };
    let undo = move |_| {
        let Some(removed) = list.removed.get_untracked() else {
            return;
        };
        let (id, name) = (removed.entry.id.clone(), removed.entry.name.clone());
        let restored = list.change(|e| {
            saved::restore(e, removed);
            Some(())
        });
        if restored.is_some() {
            list.say(Msg::KeepSavedBack, &name);
            focus_later(dom_id(&id, "open"));
        }
    };
    view! {
        <section class="app-keep__saved" aria-labelledby="saved-heading">
            <h3 id="saved-heading">{t(lang, Msg::KeepSavedHeading)}</h3>
            <p class="app-hint" data-testid="saved-note">
                {t(lang, Msg::KeepSavedNote)}
            </p>
            <form class="app-keep__save" on:submit=save>
                <div class="app-form-group app-form-group--inline">
                    <label class="app-label" for="save-name">{t(lang, Msg::KeepSavedNameLabel)}</label>
                    <input class="app-input app-input--full" id="save-name" type="text" autocomplete="off"
                        bind:value=(Signal::derive(name), SignalSetter::<String>::map(move |v| typed.set(Some(v)))) />
                    <button type="submit" class="app-button" data-testid="save-scenario">{t(lang, Msg::KeepSavedButton)}</button>
                </div>
            </form>
            <Show when=move || list.notes.with(|n| !n.is_empty())>
                <div class="app-notice app-notice--warning" data-testid="saved-notes">
                    <ul class="app-keep__notes">
                        {move || list.notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    <Show when=move || list.keeping.get()>
                        <p>{t(lang, Msg::KeepSavedNotesKept)}</p>
                    </Show>
                </div>
            </Show>
            {move || list.problem.get().map(|message| view! {
                <p class="app-notice app-notice--error" role="alert" data-testid="saved-problem">{message}</p>
            })}
            <div class="app-keep__feedback">
                <p class="app-hint" role="status" data-testid="saved-status">{move || list.status.get()}</p>
                <Replaced place=Place::Saved>
                    <p>{t(lang, Msg::ReplaceCanUndo)}</p>
                </Replaced>
                {move || list.removed.get().map(|r| view! {
                    <button type="button" class="app-button app-button--secondary" id=UNDO_ID on:click=undo>
                        {t(lang, Msg::KeepSavedUndo)}<span class="app-visually-hidden">" " {fill(lang, Msg::KeepSavedUndoHidden, &[("name", &r.entry.name)])}</span>
                    </button>
                })}
            </div>
            <Show
                when=move || list.entries.with(|e| !e.is_empty())
                fallback=move || view! { <p class="app-hint" data-testid="saved-empty">{t(lang, Msg::KeepSavedEmpty)}</p> }
            >
                <ul class="app-keep__list" data-testid="saved-list">
                    <For
                        each=move || list.entries.get()
                        key=|e| (e.id.clone(), e.name.clone(), e.saved_at.clone())
                        let:entry
                    >
                        <Entry entry=entry list=list />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// One saved scenario: its name and date, and what can be done with it.
#[component]
fn Entry(entry: SavedEntry, list: List) -> impl IntoView {
    let calc = use_calc();
    let replacer = use_replacer();
    let lang = use_lang();
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(entry.name.clone());
    let id = entry.id.clone();
    let name = entry.name.clone();
    let open = {
        let (scenario, name) = (entry.scenario.clone(), name.clone());
        move |_| {
            let what = format!("{} {name}", t(lang, Msg::KeepSavedOpen));
            replacer.replace(calc, &scenario, what, Place::Saved);
            list.problem.set(None);
            list.say(Msg::KeepSavedOpened, &name);
        }
    };
    // Adds the saved scenario as an option beside the one being edited (Compare options).
    let compare = {
        let (scenario, name) = (entry.scenario.clone(), name.clone());
        move |_| {
            let added = calc.others.try_update(|o| {
                (o.len() + 1 < sharecalc_core::compare::MAX_OPTIONS).then(|| {
                    o.push(scenario.clone());
                    o.len()
                })
            });
            let words = match added.flatten() {
                Some(i) => fill(
                    lang,
                    Msg::KeepSavedCompared,
                    &[
                        ("name", &name),
                        ("letter", &sharecalc_core::compare::letter(i)),
                    ],
                ),
                None => t(lang, Msg::KeepSavedCompareFull).to_owned(),
            };
            list.status.set(words);
        }
    };
    let duplicate = {
        let id = id.clone();
        move |_| {
            let copied = list.change(|e| {
                saved::duplicate(lang, e, &id, new_id(), now_iso()).then(|| {
                    let i = e.iter().position(|x| x.id == id).unwrap_or(0) + 1;
                    e.get(i).map(|c| c.name.clone()).unwrap_or_default()
                })
            });
            if let Some(copy) = copied {
                list.say(Msg::KeepSavedCopied, &copy);
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if let Some(removed) = list.change(|e| saved::remove(e, &id)) {
                list.say(Msg::KeepSavedDeleted, &removed.entry.name);
                list.removed.set(Some(removed));
                focus_later(UNDO_ID.to_owned());
            }
        }
    };
    let start_rename = {
        let input = dom_id(&id, "new-name");
        move |_| {
            renaming.set(true);
            focus_later(input.clone());
        }
    };
    let rename = {
        let (id, old) = (id.clone(), name.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let wanted = new_name.get_untracked().trim().to_owned();
            if wanted.is_empty() {
                list.refuse(t(lang, Msg::KeepSavedRenameEmpty).to_owned());
                return;
            }
            if let Err(why) = saved::check_name(&wanted) {
                list.refuse(why.render(lang));
                return;
            }
            if list
                .change(|e| saved::rename(e, &id, &wanted).then_some(()))
                .is_some()
            {
                list.status.set(fill(
                    lang,
                    Msg::KeepSavedRenamed,
                    &[("old", &old), ("new", &wanted)],
                ));
                focus_later(dom_id(&id, "rename"));
            }
        }
    };
    let cancel = {
        let button = dom_id(&id, "rename");
        move |_| {
            renaming.set(false);
            focus_later(button.clone());
        }
    };
    let hidden_name = move || view! { <span class="app-visually-hidden">" " {name.clone()}</span> };
    view! {
        <li class="app-keep__entry" data-testid="saved-entry">
            <p class="app-keep__name">{entry.name.clone()}</p>
            <p class="app-hint app-keep__date">{fill(lang, Msg::KeepSavedWhen, &[("when", &when(lang, &entry.saved_at))])}</p>
            <Show
                when=move || renaming.get()
                fallback={
                    let (open, duplicate, delete, start_rename) = (open.clone(), duplicate.clone(), delete.clone(), start_rename.clone());
                    let id = id.clone();
                    let hidden_name = hidden_name.clone();
                    move || view! {
                        <div class="app-keep__actions">
                            <button type="button" class="app-button app-button--secondary app-button--small" id=dom_id(&id, "open") on:click=open.clone()>{t(lang, Msg::KeepSavedOpen)} {hidden_name()}</button>
                            <button type="button" class="app-button app-button--secondary app-button--small" id=dom_id(&id, "rename") on:click=start_rename.clone()>{t(lang, Msg::KeepSavedRename)} {hidden_name()}</button>
                            <button type="button" class="app-button app-button--secondary app-button--small" on:click=duplicate.clone()>{t(lang, Msg::KeepSavedDuplicate)} {hidden_name()}</button>
                            <button type="button" class="app-button app-button--secondary app-button--small" on:click=compare.clone()>{t(lang, Msg::KeepSavedCompare)} {hidden_name()}</button>
                            <button type="button" class="app-button app-button--warning app-button--small" on:click=delete.clone()>{t(lang, Msg::KeepSavedDelete)} {hidden_name()}</button>
                        </div>
                    }
                }
            >
                <form class="app-keep__rename" on:submit=rename.clone()>
                    <div class="app-form-group app-form-group--inline">
                        <label class="app-label" for=dom_id(&entry.id, "new-name")>{fill(lang, Msg::KeepSavedNewName, &[("name", &entry.name)])}</label>
                        <input class="app-input app-input--full" id=dom_id(&entry.id, "new-name") type="text" autocomplete="off"
                            bind:value=new_name />
                        <button type="submit" class="app-button app-button--small">{t(lang, Msg::KeepSavedSaveName)}</button>
                        <button type="button" class="app-button app-button--secondary app-button--small" on:click=cancel.clone()>{t(lang, Msg::KeepSavedCancel)}</button>
                    </div>
                </form>
            </Show>
        </li>
    }
}
