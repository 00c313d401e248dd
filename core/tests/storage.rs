//! The repository against every way stored data goes wrong: corrupt values, newer versions, a full
//! quota, two tabs, half-finished writes and foreign keys. Each test checks that nothing stored
//! was overwritten or dropped.

mod common;

use clientwise_core::i18n::Lang;
use clientwise_core::model::reminder::BackupReminder;
use clientwise_core::model::{Client, ClientId, EntryBody, Note, Settings};
use clientwise_core::storage::codec::{encode_client, encode_index};
use clientwise_core::storage::migrate::CURRENT_VERSION;
use clientwise_core::storage::repo::client_key;
use clientwise_core::storage::{
    DecodeError, INDEX_KEY, KvError, KvStore, LANGUAGE_KEY, LoadProblem, MemoryStore, REMINDER_KEY,
    RecordKind, Reloaded, Repo, SETTINGS_KEY, WriteError,
};
use common::{SharedStore, day};

/// The `version` member of a stored record, as it is written.
fn version(n: u32) -> String {
    format!("\"version\":{n}")
}

fn named(repo: &mut Repo<impl KvStore>, name: &str) -> Client {
    let mut c = Client::new(repo.new_client_id(), name);
    c.add_entry(EntryBody::Note(Note {
        date: day(10),
        text: format!("first note about {name}"),
    }));
    c
}

/// A store holding three saved clients (ids 1, 2, 3), in the order C, A, B.
fn three_clients() -> (MemoryStore, Vec<Client>) {
    let (mut repo, _) = Repo::open(MemoryStore::default());
    let a = named(&mut repo, "A");
    let b = named(&mut repo, "B");
    let c = named(&mut repo, "C");
    for client in [&c, &a, &b] {
        repo.save_client(client).expect("saves");
    }
    (repo.store_mut().clone(), vec![c, a, b])
}

#[test]
fn saved_clients_load_back_in_order() {
    let (store, clients) = three_clients();
    let (_, snapshot) = Repo::open(store);
    assert_eq!(snapshot.clients, clients);
    assert!(snapshot.problems.is_empty());
}

#[test]
fn a_corrupt_client_is_quarantined_and_never_overwritten() {
    let (mut store, clients) = three_clients();
    let bad_key = client_key(clients[1].id);
    let garbage = "{\"format\":\"clientwise.client\",\"version\":1,\"rev\":1,\"client\":{\"id\":";
    store.map.insert(bad_key.clone(), garbage.into());
    store
        .map
        .insert("someone-else:key".into(), "their data".into());

    let (mut repo, snapshot) = Repo::open(store);
    let names: Vec<&str> = snapshot.clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["C", "B"]);
    let [
        LoadProblem::Unreadable {
            key,
            kind,
            reason,
            kept_as: Some(kept),
        },
    ] = &snapshot.problems[..]
    else {
        panic!(
            "expected one unreadable client, got {:?}",
            snapshot.problems
        );
    };
    assert_eq!((key, kind), (&bad_key, &RecordKind::Client));
    assert!(matches!(reason, DecodeError::NotJson { .. }));
    assert_eq!(repo.raw(kept).as_deref(), Some(garbage));
    assert_eq!(repo.raw(&bad_key).as_deref(), Some(garbage));

    // The unreadable client's id stays taken, and its key cannot be written.
    let fresh = repo.new_client_id();
    assert!(fresh.0 > 3);
    let mut impostor = Client::new(clients[1].id, "Impostor");
    impostor.notes = "would overwrite".into();
    assert_eq!(repo.save_client(&impostor), Err(WriteError::Protected));
    assert_eq!(repo.raw(&bad_key).as_deref(), Some(garbage));
    assert_eq!(repo.raw("someone-else:key").as_deref(), Some("their data"));

    // Loading again reuses the same quarantine copy instead of piling up copies.
    let store = repo.store_mut().clone();
    let keys_before = store.map.len();
    let (_, again) = Repo::open(store.clone());
    assert_eq!(again.problems, snapshot.problems);
    assert_eq!(store.map.len(), keys_before);
}

#[test]
fn hostile_values_are_each_refused_with_a_reason() {
    let valid = encode_client(&Client::new(ClientId(1), "A"), 1);
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("null", "null".into()),
        ("array", "[1,2]".into()),
        ("other format", valid.replace("clientwise.client", "clientwise.index")),
        ("version 0", valid.replace(&version(CURRENT_VERSION), &version(0))),
        ("string version", valid.replace(&version(CURRENT_VERSION), "\"version\":\"1\"")),
        ("negative rev", valid.replace("\"rev\":1", "\"rev\":-1")),
        ("bad currency", valid.replace("\"EUR\"", "\"€\"")),
        ("id of another client", valid.replace("\"id\":1", "\"id\":2")),
        ("deep nesting", format!("{}{}", "[".repeat(5000), "]".repeat(5000))),
        (
            "negative amount",
            valid.replace(
                "\"entries\":[]",
                r#""entries":[{"kind":"invoice","id":1,"number":"1","issued":"2026-01-01","due":"2026-01-02","amount":-5}]"#,
            ),
        ),
        (
            "duplicate entry ids",
            valid.replace(
                "\"entries\":[]",
                r#""entries":[{"kind":"note","id":1,"date":"2026-01-01","text":"a"},{"kind":"note","id":1,"date":"2026-01-01","text":"b"}]"#,
            ),
        ),
        (
            "unknown entry kind",
            valid.replace("\"entries\":[]", r#""entries":[{"kind":"gossip","id":1}]"#),
        ),
    ];
    for (label, raw) in cases {
        let mut store = MemoryStore::default();
        store.map.insert(client_key(ClientId(1)), raw.clone());
        let (_, snapshot) = Repo::open(store);
        assert!(snapshot.clients.is_empty(), "{label}");
        assert!(
            matches!(
                &snapshot.problems[..],
                [LoadProblem::Unreadable {
                    kept_as: Some(_),
                    ..
                }]
            ),
            "{label}: {:?}",
            snapshot.problems
        );
    }
}

#[test]
fn a_corrupt_index_or_settings_loses_nothing() {
    let (mut store, clients) = three_clients();
    store.map.insert(INDEX_KEY.into(), "not json".into());
    store.map.insert(
        SETTINGS_KEY.into(),
        "{\"format\":\"clientwise.settings\"}".into(),
    );
    let (mut repo, snapshot) = Repo::open(store);
    // Every client is still found by its key (in id order, the index being unreadable).
    let mut ids: Vec<ClientId> = snapshot.clients.iter().map(|c| c.id).collect();
    ids.sort();
    let mut expected: Vec<ClientId> = clients.iter().map(|c| c.id).collect();
    expected.sort();
    assert_eq!(ids, expected);
    assert_eq!(snapshot.settings, Settings::default());
    assert_eq!(snapshot.problems.len(), 2);
    // Once the old values are copied aside, new settings can be saved.
    let settings = Settings {
        owner_name: "Sam".into(),
        ..Settings::default()
    };
    repo.save_settings(&settings).expect("settings save");
    assert_eq!(
        repo.raw("clientwise:quarantine:index").as_deref(),
        Some("not json")
    );
    let (_, after) = Repo::open(repo.store_mut().clone());
    assert_eq!(after.settings, settings);
}

#[test]
fn data_from_a_newer_version_makes_everything_read_only() {
    let (mut store, clients) = three_clients();
    let next = CURRENT_VERSION + 1;
    let newer = encode_client(&clients[0], 7).replace(&version(CURRENT_VERSION), &version(next));
    store.map.insert(client_key(clients[0].id), newer.clone());
    let before = store.map.clone();

    let (mut repo, snapshot) = Repo::open(store);
    assert_eq!(repo.read_only(), Some(u64::from(next)));
    assert_eq!(snapshot.clients.len(), 2);
    assert!(matches!(
        &snapshot.problems[..],
        [LoadProblem::Newer { found, .. }] if *found == u64::from(next)
    ));
    assert_eq!(
        repo.save_client(&snapshot.clients[0]),
        Err(WriteError::ReadOnly)
    );
    assert_eq!(repo.delete_client(clients[1].id), Err(WriteError::ReadOnly));
    assert_eq!(
        repo.save_settings(&Settings::default()),
        Err(WriteError::ReadOnly)
    );
    // Not even a quarantine copy is written: the newer value is valid data, not corruption.
    assert_eq!(repo.store_mut().map, before);
}

#[test]
fn a_full_quota_refuses_the_write_and_keeps_the_stored_value() {
    let (mut store, _) = three_clients();
    store.quota_bytes = Some(store.used_bytes() + 50);
    let (mut repo, snapshot) = Repo::open(store);
    let mut edited = snapshot.clients[0].clone();
    let before = repo.raw(&client_key(edited.id));
    edited.notes = "x".repeat(500);
    assert_eq!(
        repo.save_client(&edited),
        Err(WriteError::Store(KvError::QuotaExceeded))
    );
    assert_eq!(repo.raw(&client_key(edited.id)), before);
    // With room again, the same edit saves (the failed attempt did not advance the revision).
    repo.store_mut().quota_bytes = None;
    repo.save_client(&edited).expect("saves once there is room");
    let (_, after) = Repo::open(repo.store_mut().clone());
    assert_eq!(after.clients[0].notes.len(), 500);
}

#[test]
fn two_tabs_never_silently_overwrite_each_other() {
    let (store, _) = three_clients();
    let shared = SharedStore::default();
    *shared.0.borrow_mut() = store;
    let (mut tab_a, seen_a) = Repo::open(shared.clone());
    let (mut tab_b, seen_b) = Repo::open(shared.clone());

    let mut from_a = seen_a.clients[0].clone();
    from_a.notes = "edited in tab A".into();
    tab_a.save_client(&from_a).expect("first save wins");

    let mut from_b = seen_b.clients[0].clone();
    from_b.notes = "edited in tab B".into();
    assert_eq!(
        tab_b.save_client(&from_b),
        Err(WriteError::Conflict { id: from_b.id })
    );
    assert_eq!(
        tab_b.delete_client(from_b.id),
        Err(WriteError::Conflict { id: from_b.id })
    );

    // Tab A keeps saving; tab B, once reloaded, saves on top of A's version.
    from_a.notes = "edited twice in tab A".into();
    tab_a
        .save_client(&from_a)
        .expect("own revisions do not conflict");
    let (mut tab_b, reloaded) = Repo::open(shared.clone());
    assert_eq!(reloaded.clients[0].notes, "edited twice in tab A");
    tab_b.save_client(&from_b).expect("after reload");

    // New clients created in both tabs get different ids.
    let new_a = named(&mut tab_a, "new in A");
    tab_a.save_client(&new_a).expect("saves");
    let new_b = named(&mut tab_b, "new in B");
    assert_ne!(new_a.id, new_b.id);
    tab_b.save_client(&new_b).expect("saves");
    let (_, all) = Repo::open(shared);
    assert_eq!(all.clients.len(), 5);
}

#[test]
fn a_tab_follows_the_other_tabs_changes_and_then_saves_on_top() {
    let (store, _) = three_clients();
    let shared = SharedStore::default();
    *shared.0.borrow_mut() = store;
    let (mut tab_a, seen_a) = Repo::open(shared.clone());
    let (mut tab_b, _) = Repo::open(shared.clone());

    let mut edited = seen_a.clients[0].clone();
    edited.notes = "edited in tab A".into();
    tab_a.save_client(&edited).expect("saves");
    // Tab B hears of the change (the browser's storage event) and reads the client again.
    let Reloaded::Changed(mut seen) = tab_b.reload_client(edited.id) else {
        panic!("the change is read")
    };
    assert_eq!(seen.notes, "edited in tab A");
    seen.notes.push_str(", then in tab B");
    tab_b.save_client(&seen).expect("no conflict once followed");

    // A deletion in one tab is a removal in the other.
    let gone = seen_a.clients[1].id;
    tab_a.delete_client(gone).expect("deletes");
    assert_eq!(tab_b.reload_client(gone), Reloaded::Removed);
    let (_, all) = Repo::open(shared);
    assert_eq!(all.clients.len(), 2);
    assert_eq!(all.clients[0].notes, "edited in tab A, then in tab B");
}

#[test]
fn usage_counts_every_key_of_clientwise_and_nothing_else() {
    let (mut store, _) = three_clients();
    store.map.insert("someone-else".into(), "x".repeat(1000));
    store
        .map
        .insert("clientwise:quarantine:client:9".into(), "Ünï".into());
    let measured = |store: &MemoryStore| -> usize {
        store
            .map
            .iter()
            .filter(|(k, _)| k.starts_with("clientwise:"))
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    };
    let (mut repo, snapshot) = Repo::open(store);
    assert_eq!(repo.usage(), measured(repo.store_mut()));
    let mut big = snapshot.clients[0].clone();
    big.notes = "a longer note".repeat(100);
    repo.save_client(&big).expect("saves");
    repo.delete_client(snapshot.clients[1].id).expect("deletes");
    let mut reminder = snapshot.reminder;
    reminder.record_change(day(3));
    repo.save_reminder(&reminder).expect("saves");
    assert_eq!(repo.usage(), measured(repo.store_mut()));
}

#[test]
fn the_backup_reminder_is_kept_per_browser() {
    let (store, _) = three_clients();
    let (mut repo, snapshot) = Repo::open(store);
    assert_eq!(snapshot.reminder, BackupReminder::default());
    let mut reminder = snapshot.reminder;
    reminder.every_days = 3;
    reminder.record_change(day(1));
    reminder.snooze(day(2));
    repo.save_reminder(&reminder).expect("saves");
    let (_, again) = Repo::open(repo.store_mut().clone());
    assert_eq!(again.reminder, reminder);
    assert!(again.problems.is_empty());

    repo.store_mut()
        .set(REMINDER_KEY, "{broken")
        .expect("hand-broken");
    let (_, broken) = Repo::open(repo.store_mut().clone());
    assert_eq!(broken.reminder, BackupReminder::default());
    assert_eq!(
        broken.clients.len(),
        3,
        "a broken reminder loses nothing else"
    );
}

#[test]
fn half_finished_writes_resolve_safely() {
    let (mut store, clients) = three_clients();
    // A client saved but the index not yet updated: still loaded.
    let orphan = Client::new(ClientId(9), "Orphan");
    store
        .map
        .insert(client_key(orphan.id), encode_client(&orphan, 1));
    // A client whose key was removed but the index not yet rewritten: stays deleted.
    let ids: Vec<ClientId> = clients.iter().map(|c| c.id).chain([ClientId(4)]).collect();
    store.map.insert(INDEX_KEY.into(), encode_index(&ids));
    let (mut repo, snapshot) = Repo::open(store);
    let names: Vec<&str> = snapshot.clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["C", "A", "B", "Orphan"]);
    assert!(snapshot.problems.is_empty());
    assert!(repo.new_client_id().0 > 9);
}

#[test]
fn deleting_removes_only_that_client() {
    let (store, clients) = three_clients();
    let (mut repo, _) = Repo::open(store);
    repo.delete_client(clients[1].id).expect("deletes");
    let (_, after) = Repo::open(repo.store_mut().clone());
    let names: Vec<&str> = after.clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["C", "B"]);
}

#[test]
fn an_unlistable_store_opens_read_only() {
    struct Broken;
    impl KvStore for Broken {
        fn get(&self, _: &str) -> Result<Option<String>, KvError> {
            Err(KvError::Unavailable("SecurityError".into()))
        }
        fn set(&mut self, _: &str, _: &str) -> Result<(), KvError> {
            Err(KvError::Unavailable("SecurityError".into()))
        }
        fn remove(&mut self, _: &str) -> Result<(), KvError> {
            Err(KvError::Unavailable("SecurityError".into()))
        }
        fn keys(&self) -> Result<Vec<String>, KvError> {
            Err(KvError::Unavailable("SecurityError".into()))
        }
    }
    let (mut repo, snapshot) = Repo::open(Broken);
    assert!(matches!(&snapshot.problems[..], [LoadProblem::Storage(_)]));
    assert_eq!(
        repo.save_settings(&Settings::default()),
        Err(WriteError::ReadOnly)
    );
}

#[test]
fn remembered_import_columns_come_back() {
    use clientwise_core::import::{Kind, Mapping, SavedMapping, remember};
    let (store, _) = three_clients();
    let (mut repo, snapshot) = Repo::open(store);
    assert!(snapshot.import_mappings.is_empty());
    let mut all = Vec::new();
    for n in 0..25 {
        remember(
            &mut all,
            SavedMapping {
                signature: format!("day|customer|hrs|{n}"),
                kind: Kind::Time,
                mapping: Mapping {
                    date: Some(0),
                    client: Some(1),
                    duration: Some(n),
                    ..Mapping::default()
                },
            },
        );
    }
    assert_eq!(all.len(), clientwise_core::import::MAX_SAVED_MAPPINGS);
    assert_eq!(all[0].signature, "day|customer|hrs|24", "newest first");
    repo.save_import_mappings(&all).expect("saves");
    let (_, again) = Repo::open(repo.store_mut().clone());
    assert_eq!(again.import_mappings, all);
    assert!(again.problems.is_empty());
}

#[test]
fn the_screen_language_is_remembered_apart_from_the_record() {
    let (store, clients) = three_clients();
    let (mut repo, snapshot) = Repo::open(store);
    assert_eq!(
        snapshot.language, None,
        "no choice yet: the browser's preferences apply"
    );
    repo.save_language(Lang::Hr).expect("saves");
    let (mut repo, snapshot) = Repo::open(repo.store_mut().clone());
    assert_eq!(snapshot.language, Some(Lang::Hr));
    assert_eq!(snapshot.clients, clients);
    assert_eq!(repo.raw(LANGUAGE_KEY).as_deref(), Some("hr"));
    // Whatever else is found there is no choice, and nothing is set aside for it.
    repo.store_mut()
        .set(LANGUAGE_KEY, "{not a tag")
        .expect("written behind its back");
    let (_, snapshot) = Repo::open(repo.store_mut().clone());
    assert_eq!(snapshot.language, None);
    assert!(snapshot.problems.is_empty());
}
