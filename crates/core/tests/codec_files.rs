//! Scenario files and the list of scenarios saved in this browser: round trips, what people's
//! editors do to files, errors that name the field, and a damaged store that still opens.

use serde_json::{json, Value};
use sharecalc_core::codec::file::{file_name, from_file_json, to_file_json};
use sharecalc_core::codec::saved::{
    backup_key, duplicate, parse_saved, remove, rename, restore, serialise_saved, upsert,
    SavedEntry, SavedList, BACKUP_KEY, STORAGE_KEY,
};
use sharecalc_core::codec::LinkError;
use sharecalc_core::engine::sample::typical;
use sharecalc_core::engine::Scenario;
use sharecalc_core::i18n::Lang;

fn entry(id: &str, name: &str) -> SavedEntry {
    SavedEntry {
        id: id.to_owned(),
        name: name.to_owned(),
        saved_at: "2027-04-01T09:30:00Z".to_owned(),
        scenario: typical(),
    }
}

fn ids(entries: &[SavedEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.id.as_str()).collect()
}

/// The notes about what was left out of a saved list, in `lang`.
fn notes(list: &SavedList, lang: Lang) -> Vec<String> {
    list.skipped.iter().map(|s| s.message(lang)).collect()
}

fn scenario_json() -> Value {
    serde_json::from_str(&typical().to_json_string()).unwrap_or_default()
}

#[test]
fn a_file_round_trips_and_is_readable_json() {
    let text = to_file_json(&typical());
    assert!(
        text.starts_with("{\n  \"version\": 2,\n  \"title\": "),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
    assert_eq!(from_file_json(&text), Ok(typical()));
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", to_file_json(&typical()));
    assert_eq!(from_file_json(&text), Ok(typical()));
}

#[test]
fn an_invalid_file_names_the_field() {
    let mut v = scenario_json();
    v["services"][2]["baseline"][1] = json!(-1);
    let e = from_file_json(&v.to_string()).unwrap_err();
    assert_eq!(
        e.file_message(Lang::En),
        "This file's scenario has a problem: services[2].baseline[1]: must be 0 or more."
    );
    v["horizon_years"] = json!("ten");
    match from_file_json(&v.to_string()) {
        Err(LinkError::Invalid { errors }) => {
            let paths: Vec<String> = errors.iter().map(|e| e.path.to_string()).collect();
            assert_eq!(paths, ["horizon_years", "services[2].baseline[1]"]);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_file_that_is_not_a_scenario_says_so() {
    let e = from_file_json("Year,Cost\n2027,100\n").unwrap_err();
    assert_eq!(e, LinkError::NotScenario);
    assert_eq!(
        e.file_message(Lang::En),
        "This file is not a sharecalc scenario. Choose a scenario file that sharecalc saved (its \
         name ends in .json), or a .csv file of costs."
    );
    assert_eq!(
        e.file_message(Lang::Cy),
        "Nid yw'r ffeil hon yn senario sharecalc. Dewiswch ffeil senario a gadwyd gan \
         sharecalc (mae ei henw'n gorffen gyda .json), neu ffeil .csv o gostau."
    );
    // Another program's JSON, and a list of anything but scenarios, are not scenarios either.
    assert_eq!(
        from_file_json("{\"name\": \"x\", \"dependencies\": {}}"),
        Err(LinkError::NotScenario)
    );
    assert_eq!(from_file_json("[1, 2]"), Err(LinkError::NotScenario));
    // A scenario that stops part-way is cut short, in words.
    let mut text = to_file_json(&typical());
    text.truncate(text.len() / 2);
    let e = from_file_json(&text).unwrap_err();
    assert_eq!(
        e.file_message(Lang::En),
        "This file is cut short: the scenario in it stops before its end, so part of it is \
         missing. Download or save the scenario again."
    );
    let mut v = scenario_json();
    v["version"] = json!(3);
    assert_eq!(
        from_file_json(&v.to_string()),
        Err(LinkError::NewerVersion { found: 3 })
    );
}

#[test]
fn file_names_are_safe_and_readable() {
    assert_eq!(
        file_name("Shared back office: 2027", "json"),
        "shared-back-office-2027.json"
    );
    assert_eq!(file_name("", "json"), "sharecalc-scenario.json");
    assert_eq!(
        file_name("Shared back office: 2027", "csv"),
        "shared-back-office-2027.csv"
    );
    let long = file_name(&"Revenues and benefits ".repeat(10), "json");
    let stem = long.trim_end_matches(".json");
    assert!(stem.len() <= 60 && !stem.ends_with('-'), "{long}");
    assert!(stem
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
}

#[test]
fn saved_scenarios_round_trip() {
    assert_eq!(STORAGE_KEY, "sharecalc.saved.v1");
    let entries = vec![entry("a", "Option A"), entry("b", "Option B")];
    let text = serialise_saved(&entries, &[]);
    let stored: Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(stored[1]["name"], "Option B");
    assert_eq!(stored[0]["saved_at"], "2027-04-01T09:30:00Z");
    assert_eq!(stored[0]["scenario"]["version"], 2);
    assert_eq!(
        parse_saved(Some(&text)),
        SavedList {
            entries,
            ..SavedList::default()
        }
    );
}

#[test]
fn nothing_saved_is_an_empty_list() {
    assert_eq!(parse_saved(None), SavedList::default());
    assert_eq!(parse_saved(Some("[]")), SavedList::default());
}

#[test]
fn bad_entries_are_left_out_with_a_message_naming_them() {
    let mut corrupted = serde_json::to_value(entry("c", "Budget 2027")).unwrap_or_default();
    corrupted["scenario"]["services"][0]["saving_rate"] = json!("lots");
    let mut newer = serde_json::to_value(entry("n", "From the future")).unwrap_or_default();
    newer["scenario"]["version"] = json!(3);
    let text = json!([
        corrupted,
        { "id": "x", "title": "Someone else's data" },
        serde_json::to_value(entry("g", "Good one")).unwrap_or_default(),
        "just a string",
        newer,
        serde_json::to_value(entry("g", "Same id again")).unwrap_or_default(),
    ])
    .to_string();
    let list = parse_saved(Some(&text));
    assert_eq!(list.entries, [entry("g", "Good one")]);
    assert_eq!(
        notes(&list, Lang::En),
        [
            "Saved scenario \"Budget 2027\" is not shown. This saved scenario has a problem: \
             services[0].saving_rate: must be a number."
                .to_owned(),
            "Saved scenario 2 is not shown. It was not saved by this version of sharecalc: \
             its \"name\" is missing or not text."
                .to_owned(),
            "Saved scenario 4 is not shown. It was not saved by this version of sharecalc: \
             it is not a saved scenario."
                .to_owned(),
            "Saved scenario \"From the future\" is not shown. This scenario was made with a \
             newer version of sharecalc (format 3). Open it with the latest version."
                .to_owned(),
            "Saved scenario \"Same id again\" is not shown: another saved scenario has its id."
                .to_owned(),
        ]
    );
}

#[test]
fn saved_entries_left_out_are_explained_in_welsh() {
    let mut newer = serde_json::to_value(entry("n", "Budget 2027")).unwrap_or_default();
    newer["scenario"]["version"] = json!(3);
    let text = json!([newer, "just a string"]).to_string();
    assert_eq!(
        notes(&parse_saved(Some(&text)), Lang::Cy),
        [
            "Senario wedi'i gadw \"Budget 2027\": nid yw'n cael ei ddangos. Cafodd y senario hwn \
             ei greu gyda fersiwn fwy newydd o sharecalc (fformat 3). Agorwch ef gyda'r fersiwn \
             ddiweddaraf.",
            "Senario wedi'i gadw 2: nid yw'n cael ei ddangos. Ni chafodd ei gadw gan y fersiwn \
             hon o sharecalc: nid yw'n senario wedi'i gadw.",
        ]
    );
    let mut entries = vec![entry("a", "Opsiwn A")];
    assert!(duplicate(
        Lang::Cy,
        &mut entries,
        "a",
        "a2".to_owned(),
        String::new()
    ));
    assert_eq!(entries[1].name, "Opsiwn A (copi)");
}

#[test]
fn an_invalid_file_is_explained_in_welsh() {
    let mut v = scenario_json();
    v["services"][2]["baseline"][1] = json!(-1);
    let e = from_file_json(&v.to_string()).unwrap_err();
    assert_eq!(
        e.file_message(Lang::Cy),
        "Mae problem gyda'r senario yn y ffeil hon: \
         services[2].baseline[1]: rhaid i'r gwerth fod yn 0 neu fwy."
    );
    assert_eq!(
        LinkError::TooLarge.file_message(Lang::Cy),
        "Mae'r ffeil hon yn cynnwys llawer mwy o ddata nag unrhyw senario sharecalc, felly ni \
         chafodd ei hagor."
    );
}

#[test]
fn a_wholly_corrupt_store_is_an_empty_list_and_one_message() {
    for text in ["{not json", "{\"entries\": []}", "", "null"] {
        let list = parse_saved(Some(text));
        assert!(list.entries.is_empty(), "{text}");
        assert_eq!(
            notes(&list, Lang::En),
            ["The scenarios saved in this browser could not be read, so none are shown."],
            "{text}"
        );
    }
}

/// A stored list with entries this version cannot read between readable ones, each written
/// the way another program might write it (spacing, key order, big numbers).
const NEWER: &str = r#"{"id":"n","name":"From the future","saved_at":"2030-01-01T00:00:00Z", "scenario": {"version": 3, "title": "Later", "z_new_field": [1e400, 0.1000000000000000055511151231257827]}}"#;
const FOREIGN: &str = r#"{ "title" : "Someone else's data",  "id":"x" }"#;
const STRING: &str = r#""just a string""#;

fn stored_with_unreadable_entries() -> String {
    let good = |id, name| serde_json::to_string(&entry(id, name)).unwrap_or_default();
    format!(
        "[{NEWER},{},{FOREIGN},{STRING},{}]",
        good("a", "A"),
        good("b", "B")
    )
}

#[test]
fn entries_that_cannot_be_read_are_written_back_untouched_in_place() {
    let list = parse_saved(Some(&stored_with_unreadable_entries()));
    assert_eq!(ids(&list.entries), ["a", "b"]);
    assert_eq!(list.skipped.len(), 3);
    // Renaming writes every unreadable entry back byte for byte, where it was.
    let mut entries = list.entries.clone();
    assert!(rename(&mut entries, "b", "B, renamed"));
    let renamed = serialise_saved(&entries, &list.kept);
    let a = serde_json::to_string(&entries[0]).unwrap_or_default();
    let b = serde_json::to_string(&entries[1]).unwrap_or_default();
    assert_eq!(renamed, format!("[{NEWER},{a},{FOREIGN},{STRING},{b}]"));
    // Read again, then changed again: still there, still untouched.
    let again = parse_saved(Some(&renamed));
    assert_eq!(again.kept, list.kept);
    let mut entries = again.entries.clone();
    upsert(&mut entries, entry("c", "C"));
    let removed = remove(&mut entries, "a").expect("a is there");
    let c = serde_json::to_string(&entries[0]).unwrap_or_default();
    assert_eq!(
        serialise_saved(&entries, &again.kept),
        format!("[{NEWER},{c},{b},{FOREIGN},{STRING}]"),
        "what followed the deleted entry goes last, still whole"
    );
    restore(&mut entries, removed);
    assert_eq!(ids(&entries), ["c", "a", "b"]);
    // An entry with an id already listed is kept too, not dropped.
    let twice = format!("[{a},{a}]");
    assert_eq!(
        serialise_saved(
            &parse_saved(Some(&twice)).entries,
            &parse_saved(Some(&twice)).kept
        ),
        twice
    );
}

#[test]
fn a_store_that_is_not_a_list_is_backed_up_before_a_fresh_start() {
    assert_eq!(BACKUP_KEY, "sharecalc.saved.v1.backup");
    for text in ["{not json", "{\"entries\": []}", "null", "\u{feff}[]x"] {
        let list = parse_saved(Some(text));
        assert_eq!(list.unreadable.as_deref(), Some(text), "{text}");
        assert!(list.entries.is_empty() && list.kept.is_empty(), "{text}");
    }
    // Nothing to keep when nothing was there.
    assert_eq!(parse_saved(Some("")).unreadable, None);
    assert_eq!(parse_saved(Some("[]")).unreadable, None);
    // The backup goes to the first key that is free or already holds the same text.
    let storage = |pairs: &'static [(&'static str, &'static str)]| {
        move |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        backup_key("{not json", storage(&[])),
        Some(BACKUP_KEY.to_owned())
    );
    assert_eq!(
        backup_key("{not json", storage(&[(BACKUP_KEY, "{not json")])),
        Some(BACKUP_KEY.to_owned())
    );
    assert_eq!(
        backup_key(
            "{not json",
            storage(&[
                (BACKUP_KEY, "older"),
                ("sharecalc.saved.v1.backup-2", "older still")
            ])
        ),
        Some("sharecalc.saved.v1.backup-3".to_owned())
    );
    assert_eq!(
        backup_key("{not json", |_: &str| Some("taken".to_owned())),
        None
    );
}

#[test]
fn saving_replaces_in_place_or_adds_first() {
    let mut entries = vec![entry("a", "A"), entry("b", "B")];
    let mut changed = entry("b", "B, revised");
    changed.scenario = Scenario {
        horizon_years: 20,
        ..typical()
    };
    upsert(&mut entries, changed.clone());
    assert_eq!(entries, [entry("a", "A"), changed]);
    upsert(&mut entries, entry("c", "C"));
    assert_eq!(ids(&entries), ["c", "a", "b"]);
}

#[test]
fn renaming_and_duplicating_find_the_entry_by_id() {
    let mut entries = vec![entry("a", "A"), entry("b", "Option B")];
    assert!(rename(&mut entries, "a", "Option A"));
    assert!(!rename(&mut entries, "zz", "Nothing"));
    assert_eq!(entries[0].name, "Option A");
    assert!(duplicate(
        Lang::En,
        &mut entries,
        "a",
        "a2".to_owned(),
        "2027-05-01T10:00:00Z".to_owned()
    ));
    assert!(!duplicate(
        Lang::En,
        &mut entries,
        "zz",
        "x".to_owned(),
        String::new()
    ));
    assert_eq!(ids(&entries), ["a", "a2", "b"]);
    assert_eq!(entries[1].name, "Copy of Option A");
    assert_eq!(entries[1].saved_at, "2027-05-01T10:00:00Z");
    assert_eq!(entries[1].scenario, entries[0].scenario);
}

#[test]
fn a_saved_name_is_held_to_the_titles_limits() {
    use sharecalc_core::codec::saved::check_name;
    use sharecalc_core::engine::MAX_TITLE_CHARS;
    let longest = "n".repeat(MAX_TITLE_CHARS);
    assert_eq!(check_name(&longest), Ok(()));
    assert_eq!(check_name("Option A"), Ok(()));
    let problem = |name: &str, lang| check_name(name).map_err(|e| e.render(lang));
    assert_eq!(
        problem(&"n".repeat(100_000), Lang::En),
        Err("The name must be 200 characters or fewer".to_owned())
    );
    assert_eq!(
        problem(&format!("{longest}x"), Lang::Cy),
        Err("Rhaid i'r enw fod yn 200 nod neu lai".to_owned())
    );
    assert_eq!(
        problem("\u{200b}", Lang::En),
        Err("The name must have characters you can see, not only invisible ones".to_owned())
    );
    assert_eq!(
        problem("A\u{202e}B", Lang::Cy),
        Err("Ni all yr enw gynnwys nodau cudd sy'n newid cyfeiriad y testun".to_owned())
    );
}

#[test]
fn removing_can_be_undone() {
    let mut entries = vec![entry("a", "A"), entry("b", "B"), entry("c", "C")];
    assert_eq!(remove(&mut entries, "zz"), None);
    let removed = remove(&mut entries, "b").expect("b is there");
    assert_eq!((removed.index, removed.entry.name.as_str()), (1, "B"));
    assert_eq!(ids(&entries), ["a", "c"]);
    restore(&mut entries, removed);
    assert_eq!(ids(&entries), ["a", "b", "c"]);
    let removed = remove(&mut entries, "c").expect("c is there");
    entries.clear();
    restore(&mut entries, removed);
    assert_eq!(ids(&entries), ["c"]);
}

#[test]
fn options_travel_in_one_file_and_a_broken_one_is_reported_alone() {
    use sharecalc_core::codec::file::{from_options_file_json, to_options_file_json};
    let mut a = sharecalc_core::examples::default_scenario(sharecalc_core::i18n::Lang::En);
    a.title = "A".into();
    let mut b = a.clone();
    b.title = "B".into();
    b.services.truncate(2);
    // One option: exactly the spec's single-scenario file.
    assert_eq!(
        to_options_file_json(std::slice::from_ref(&a)),
        sharecalc_core::codec::file::to_file_json(&a)
    );
    let both = to_options_file_json(&[a.clone(), b.clone()]);
    assert!(both.starts_with("[\n{"));
    let read = from_options_file_json(&both).expect("a list of scenarios");
    assert_eq!(read.held, 2);
    assert_eq!(read.dropped_message(), None);
    let read = read.options;
    assert_eq!(read.len(), 2);
    assert_eq!(read[0].as_ref().ok(), Some(&a));
    assert_eq!(read[1].as_ref().ok(), Some(&b));
    // A plain scenario file is one option.
    assert_eq!(
        from_options_file_json(&sharecalc_core::codec::file::to_file_json(&b))
            .expect("one")
            .options
            .len(),
        1
    );
    // A broken second option is reported by itself; the first still opens.
    let broken = format!(
        "[{}, {{\"version\": 1, \"partners\": []}}]",
        a.to_json_string()
    );
    let read = from_options_file_json(&broken).expect("a list").options;
    assert!(read[0].is_ok());
    let message = read[1]
        .as_ref()
        .expect_err("invalid")
        .file_message(Lang::En);
    assert!(message.contains("partners"), "{message}");
    // Not JSON, or an empty list, fails whole.
    assert!(from_options_file_json("[").is_err());
    assert!(from_options_file_json("[]").is_err());
}

#[test]
fn a_file_of_more_options_than_can_be_compared_says_how_many_it_held() {
    use sharecalc_core::codec::file::from_options_file_json;
    let good = typical().to_json_string();
    let mut items = vec![good.clone(); 100];
    items[1] = "{\"version\": 1, \"partners\": []}".to_owned();
    let read = from_options_file_json(&format!("[{}]", items.join(","))).expect("a list");
    assert_eq!(read.held, 100);
    assert_eq!(read.options.len(), 4);
    assert!(read.options[1].is_err());
    let said = |lang| read.dropped_message().map(|m| m.render(lang));
    assert_eq!(
        said(Lang::En).as_deref(),
        Some("This file holds 100 scenarios, but sharecalc compares at most 4, so only the first 4 were opened.")
    );
    assert_eq!(
        said(Lang::Cy).as_deref(),
        Some("Mae'r ffeil hon yn cynnwys 100 o senarios, ond mae sharecalc yn cymharu 4 ar y mwyaf, felly dim ond y 4 cyntaf a agorwyd.")
    );
}

proptest::proptest! {
    /// Any stored list, readable entries and others mixed in any order (repeated ids too),
    /// is written back exactly as it was when nothing is changed.
    #[test]
    fn a_stored_list_read_and_written_back_is_unchanged(
        picks in proptest::collection::vec(0usize..9, 0..12)
    ) {
        let good = |id| serde_json::to_string(&entry(id, "Name")).unwrap_or_default();
        let pool = [
            good("a"), good("b"), good("c"), NEWER.to_owned(), FOREIGN.to_owned(),
            STRING.to_owned(), "[1, 2]".to_owned(), "{}".to_owned(), "3.10".to_owned(),
        ];
        let items: Vec<&str> = picks.iter().filter_map(|&i| pool.get(i)).map(String::as_str).collect();
        let text = format!("[{}]", items.join(","));
        let list = parse_saved(Some(&text));
        proptest::prop_assert_eq!(serialise_saved(&list.entries, &list.kept), text);
    }
}
