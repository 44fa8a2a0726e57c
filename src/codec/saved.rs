//! The format of "saved scenarios in this browser": one JSON array under [`STORAGE_KEY`],
//! each entry `{"id", "name", "saved_at", "scenario"}`, and the small list operations the
//! page offers. Pure: the UI reads and writes storage. Reading never fails: a corrupted or
//! foreign entry is left out with a message naming it, so one bad entry cannot lose the rest.

use serde::Serialize;
use serde_json::{Map, Value};

use super::error::{LinkError, Source};
use super::version::scenario_from_value;
use crate::engine::Scenario;

/// The browser storage key; the `v1` is this list's format, so a future change of the
/// entry shape can use a new key without misreading this one.
pub const STORAGE_KEY: &str = "sharecalc.saved.v1";

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

/// What [`parse_saved`] found: the entries it could read and a message for each it could not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedList {
    /// Readable entries, in stored order.
    pub entries: Vec<SavedEntry>,
    /// One plain-English message per entry left out (or one for a wholly unreadable store),
    /// naming it, for the page to show.
    pub skipped: Vec<String>,
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
/// read is left out and described in [`SavedList::skipped`].
pub fn parse_saved(text: Option<&str>) -> SavedList {
    let mut list = SavedList::default();
    let Some(text) = text else {
        return list;
    };
    let Ok(Value::Array(items)) = serde_json::from_str(text) else {
        list.skipped.push(
            "The scenarios saved in this browser could not be read, so none are shown.".to_owned(),
        );
        return list;
    };
    for (i, item) in items.into_iter().enumerate() {
        let label = label(&item, i);
        match read_entry(item) {
            Ok(entry) if list.entries.iter().any(|e| e.id == entry.id) => list.skipped.push(
                format!("{label} is not shown: another saved scenario has its id."),
            ),
            Ok(entry) => list.entries.push(entry),
            Err(message) => list
                .skipped
                .push(format!("{label} is not shown. {message}")),
        }
    }
    list
}

/// The text to store for `entries`.
pub fn serialise_saved(entries: &[SavedEntry]) -> String {
    // Cannot fail: every key is a string and serde_json writes non-finite numbers as null.
    serde_json::to_string(entries).unwrap_or_default()
}

/// Saves `entry`: replaces the entry with the same id where it stands, or puts it first,
/// as the newest.
pub fn upsert(entries: &mut Vec<SavedEntry>, entry: SavedEntry) {
    match entries.iter_mut().find(|e| e.id == entry.id) {
        Some(stored) => *stored = entry,
        None => entries.insert(0, entry),
    }
}

/// Gives the entry `id` a new name; `false` when there is no such entry.
pub fn rename(entries: &mut [SavedEntry], id: &str, name: &str) -> bool {
    let found = entries.iter_mut().find(|e| e.id == id);
    found.map(|e| e.name = name.to_owned()).is_some()
}

/// Puts a copy of entry `id`, named "Copy of …", right after it, with the caller's new id
/// and time; `false` when there is no such entry.
pub fn duplicate(
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
        name: format!("Copy of {}", original.name),
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

/// How a message names an entry: by its name when it has one, else by its place.
fn label(item: &Value, index: usize) -> String {
    match item.get("name").and_then(Value::as_str).map(str::trim) {
        Some(name) if !name.is_empty() => format!("Saved scenario \"{name}\""),
        _ => format!("Saved scenario {}", index + 1),
    }
}

/// One entry, or why it cannot be read.
fn read_entry(item: Value) -> Result<SavedEntry, String> {
    let Value::Object(mut o) = item else {
        return Err(foreign("it is not a saved scenario"));
    };
    let id = text(&o, "id")?;
    let name = text(&o, "name")?;
    let saved_at = text(&o, "saved_at")?;
    let scenario = o
        .remove("scenario")
        .ok_or_else(|| foreign("it holds no scenario"))?;
    let scenario =
        scenario_from_value(scenario).map_err(|e: LinkError| e.describe(Source::Saved))?;
    Ok(SavedEntry {
        id,
        name,
        saved_at,
        scenario,
    })
}

/// The text field `key` of an entry, or why it is not there.
fn text(o: &Map<String, Value>, key: &str) -> Result<String, String> {
    match o.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err(foreign(&format!("its \"{key}\" is missing or not text"))),
    }
}

/// The message for an entry not in the shape sharecalc saves.
fn foreign(why: &str) -> String {
    format!("It was not saved by this version of sharecalc: {why}.")
}
