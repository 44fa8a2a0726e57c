//! The format of "saved scenarios in this browser": one JSON array under [`STORAGE_KEY`],
//! each entry `{"id", "name", "saved_at", "scenario"}`, and the small list operations the
//! page offers. Pure: the UI reads and writes storage. Reading never fails: a corrupted or
//! foreign entry is left out of the list with a note naming it, so one bad entry cannot lose
//! the rest. Nothing is ever lost either: an entry that cannot be read (a newer version's, a
//! damaged one) is kept as it was stored and written back in its place on every change, and
//! a store that is not a list at all is to be copied under [`backup_key`] before a fresh
//! list replaces it.

use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::error::{LinkError, Source};
use super::version::scenario_from_value;
use crate::engine::{is_direction_control, only_invisible, Scenario, MAX_TITLE_CHARS};
use crate::i18n::{fill, t, Lang, Msg, Text};

/// The browser storage key; the `v1` is this list's format, so a future change of the
/// entry shape can use a new key without misreading this one.
pub const STORAGE_KEY: &str = "sharecalc.saved.v1";

/// Where a store that is not a list is copied before a fresh list is started (or
/// `BACKUP_KEY-2`, `-3`… when that already holds something else): see [`backup_key`].
pub const BACKUP_KEY: &str = "sharecalc.saved.v1.backup";

/// Most backup keys tried before giving up (and so refusing to replace the store).
const MAX_BACKUPS: u32 = 100;

/// One scenario saved in this browser.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SavedEntry {
    /// Stable identifier, made by the UI; keys the list and survives renaming.
    pub id: String,
    /// The name the officer gave it, shown in the list.
    pub name: String,
    /// When it was saved, as ISO 8601 text given by the caller; shown, never parsed.
    pub saved_at: String,
    /// The scenario itself, stored in the spec's file format.
    pub scenario: Scenario,
}

/// What [`parse_saved`] found: the entries it could read and a note for each it could not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedList {
    /// Readable entries, in stored order.
    pub entries: Vec<SavedEntry>,
    /// One note per entry left out (or one for a wholly unreadable store), naming it, for the
    /// page to show with [`Skipped::message`].
    pub skipped: Vec<Skipped>,
    /// Every entry left out, exactly as stored, for [`serialise_saved`] to write back.
    pub kept: Vec<Kept>,
    /// The whole stored text when it is not a list of entries (and not blank): it must be
    /// copied under [`backup_key`] before anything replaces it.
    pub unreadable: Option<String>,
}

/// An entry this version cannot read, kept byte for byte where it was stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// The id of the readable entry stored just before it (`None`: before them all), so it
    /// is written back in the same place; after them all once that entry is gone.
    pub after: Option<String>,
    /// The entry's JSON, as stored.
    pub json: String,
}

/// Something stored that is not listed, kept as values so the page can say why in its
/// language.
#[derive(Clone, Debug, PartialEq)]
pub enum Skipped {
    /// The stored text is not a list of entries, so nothing is shown.
    Store,
    /// One entry, left out.
    Entry {
        /// How the note names it: by its name, or by its place when it has none.
        label: Text,
        /// Why it is left out.
        reason: Reason,
    },
}

/// Why one stored entry is not listed.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// An entry listed before it has the same id.
    SameId,
    /// It is not in the shape sharecalc saves; the text says what is wrong.
    Foreign(Text),
    /// Its scenario cannot be opened.
    Broken(LinkError),
}

impl Skipped {
    /// The note in `lang`: "Saved scenario 2 is not shown. …".
    pub fn message(&self, lang: Lang) -> String {
        let (label, reason) = match self {
            Skipped::Store => return t(lang, Msg::SavedUnreadable).to_owned(),
            Skipped::Entry { label, reason } => (label.render(lang), reason),
        };
        let why = match reason {
            Reason::SameId => return fill(lang, Msg::SavedSameId, &[("entry", &label)]),
            Reason::Foreign(why) => why.render(lang),
            Reason::Broken(error) => error.describe(lang, Source::Saved),
        };
        fill(
            lang,
            Msg::SavedNotShown,
            &[("entry", &label), ("reason", &why)],
        )
    }
}

/// An entry taken out by [`remove`], with its place, so [`restore`] can undo the removal.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    /// Where the entry was in the list.
    pub index: usize,
    /// The entry itself.
    pub entry: SavedEntry,
}

/// Reads the stored text (`None` when nothing was ever saved). Never fails: what cannot be
/// read is left out, described in [`SavedList::skipped`] and kept in [`SavedList::kept`] (or,
/// for a store that is not a list, [`SavedList::unreadable`]).
pub fn parse_saved(text: Option<&str>) -> SavedList {
    let mut list = SavedList::default();
    let Some(text) = text else {
        return list;
    };
    let Ok(items) = serde_json::from_str::<Vec<Box<RawValue>>>(text) else {
        list.skipped.push(Skipped::Store);
        list.unreadable = (!text.trim().is_empty()).then(|| text.to_owned());
        return list;
    };
    for (i, raw) in items.into_iter().enumerate() {
        let item: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
        let label = label(&item, i);
        let reason = match read_entry(item) {
            Ok(entry) if list.entries.iter().any(|e| e.id == entry.id) => Reason::SameId,
            Ok(entry) => {
                list.entries.push(entry);
                continue;
            }
            Err(reason) => reason,
        };
        list.skipped.push(Skipped::Entry { label, reason });
        list.kept.push(Kept {
            after: list.entries.last().map(|e| e.id.clone()),
            json: raw.get().to_owned(),
        });
    }
    list
}

/// The text to store for `entries`, with every entry in `kept` written back untouched: each
/// after the entry it followed, or last when that entry is no longer there.
pub fn serialise_saved(entries: &[SavedEntry], kept: &[Kept]) -> String {
    let after = |id: Option<&str>| -> Vec<String> {
        kept.iter()
            .filter(|k| k.after.as_deref() == id)
            .map(|k| k.json.clone())
            .collect()
    };
    let mut items = after(None);
    for entry in entries {
        // Cannot fail: every key is a string and serde_json writes non-finite numbers as null.
        items.push(serde_json::to_string(entry).unwrap_or_default());
        items.extend(after(Some(&entry.id)));
    }
    let orphans = kept.iter().filter(|k| {
        k.after
            .as_ref()
            .is_some_and(|id| !entries.iter().any(|e| &e.id == id))
    });
    items.extend(orphans.map(|k| k.json.clone()));
    format!("[{}]", items.join(","))
}

/// The key to copy an unreadable store's `text` under before a fresh list replaces it: the
/// first of [`BACKUP_KEY`], `BACKUP_KEY-2`, … that `stored` (what storage holds under a key)
/// shows is free or already holds this very text. `None` when none is, after
/// [`MAX_BACKUPS`]: then nothing may replace the store.
pub fn backup_key(text: &str, stored: impl Fn(&str) -> Option<String>) -> Option<String> {
    (1..=MAX_BACKUPS)
        .map(|n| match n {
            1 => BACKUP_KEY.to_owned(),
            n => format!("{BACKUP_KEY}-{n}"),
        })
        .find(|key| stored(key).is_none_or(|held| held == text))
}

/// Saves `entry`: replaces the entry with the same id where it stands, or puts it first,
/// as the newest.
pub fn upsert(entries: &mut Vec<SavedEntry>, entry: SavedEntry) {
    match entries.iter_mut().find(|e| e.id == entry.id) {
        Some(stored) => *stored = entry,
        None => entries.insert(0, entry),
    }
}

/// Whether `name` can name a saved scenario: like a scenario's title, at most
/// [`MAX_TITLE_CHARS`] characters, showing something, and not turning text backwards. The
/// error says what to change, in the reader's language.
pub fn check_name(name: &str) -> Result<(), Text> {
    if name.chars().count() > MAX_TITLE_CHARS {
        Err(Text::new(Msg::SavedNameTooLong).arg("max", MAX_TITLE_CHARS))
    } else if only_invisible(name) {
        Err(Text::new(Msg::SavedNameInvisible))
    } else if name.chars().any(is_direction_control) {
        Err(Text::new(Msg::SavedNameDirection))
    } else {
        Ok(())
    }
}

/// Gives the entry `id` a new name; `false` when there is no such entry.
pub fn rename(entries: &mut [SavedEntry], id: &str, name: &str) -> bool {
    let found = entries.iter_mut().find(|e| e.id == id);
    found.map(|e| e.name = name.to_owned()).is_some()
}

/// Puts a copy of entry `id`, named "Copy of …" in `lang`, right after it, with the caller's
/// new id and time; `false` when there is no such entry.
pub fn duplicate(
    lang: Lang,
    entries: &mut Vec<SavedEntry>,
    id: &str,
    new_id: String,
    saved_at: String,
) -> bool {
    let Some((i, original)) = entries.iter().enumerate().find(|(_, e)| e.id == id) else {
        return false;
    };
    let copy = SavedEntry {
        id: new_id,
        name: fill(lang, Msg::SavedCopyName, &[("name", &original.name)]),
        saved_at,
        scenario: original.scenario.clone(),
    };
    entries.insert(i + 1, copy);
    true
}

/// Takes out entry `id`, returning it with its place for [`restore`] ("Undo").
pub fn remove(entries: &mut Vec<SavedEntry>, id: &str) -> Option<Removed> {
    let index = entries.iter().position(|e| e.id == id)?;
    let entry = entries.remove(index);
    Some(Removed { index, entry })
}

/// Undoes [`remove`]: the entry goes back where it was, or last if the list has shrunk since.
pub fn restore(entries: &mut Vec<SavedEntry>, removed: Removed) {
    let index = removed.index.min(entries.len());
    entries.insert(index, removed.entry);
}

/// How a note names an entry: by its name when it has one, else by its place.
fn label(item: &Value, index: usize) -> Text {
    match item.get("name").and_then(Value::as_str).map(str::trim) {
        Some(name) if !name.is_empty() => Text::new(Msg::SavedEntryNamed).arg("name", name),
        _ => Text::new(Msg::SavedEntryNumbered).arg("n", index + 1),
    }
}

/// One entry, or why it cannot be read.
fn read_entry(item: Value) -> Result<SavedEntry, Reason> {
    let Value::Object(mut o) = item else {
        return Err(Reason::Foreign(Text::new(Msg::SavedForeignNotEntry)));
    };
    let id = text(&o, "id")?;
    let name = text(&o, "name")?;
    let saved_at = text(&o, "saved_at")?;
    let scenario = o
        .remove("scenario")
        .ok_or_else(|| Reason::Foreign(Text::new(Msg::SavedForeignNoScenario)))?;
    let scenario = scenario_from_value(scenario).map_err(Reason::Broken)?;
    Ok(SavedEntry {
        id,
        name,
        saved_at,
        scenario,
    })
}

/// The text field `key` of an entry, or why it is not there.
fn text(o: &Map<String, Value>, key: &str) -> Result<String, Reason> {
    match o.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err(Reason::Foreign(
            Text::new(Msg::SavedForeignField).arg("key", key),
        )),
    }
}
