//! Restoring backups: a backup restored into an empty browser gives back exactly what was backed
//! up, and a hostile or broken file is refused with a reason and changes nothing.

mod common;

use clientwise_core::model::{Client, ClientId, EntryBody, Note, Settings};
use clientwise_core::storage::backup::{self, MAX_BACKUP_BYTES, MAX_TEXT_CHARS};
use clientwise_core::storage::restore::plan;
use clientwise_core::storage::{DecodeError, MemoryStore, Repo, RestoreMode, WriteError};
use proptest::prelude::*;

fn stored(store: &MemoryStore) -> Vec<(String, Option<String>)> {
    use clientwise_core::storage::KvStore;
    let mut keys = store.keys().expect("listable");
    keys.sort();
    keys.into_iter()
        .map(|k| {
            let v = store.get(&k).expect("readable");
            (k, v)
        })
        .collect()
}

/// A browser holding one client and some settings.
fn occupied() -> (Repo<MemoryStore>, Vec<Client>, Settings) {
    let (mut repo, _) = Repo::open(MemoryStore::default());
    let client = Client::new(repo.new_client_id(), "Ada");
    repo.save_client(&client).expect("saves");
    let settings = Settings {
        owner_name: "Sam".into(),
        ..Settings::default()
    };
    repo.save_settings(&settings).expect("saves");
    (repo, vec![client], settings)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn backup_then_restore_into_an_empty_browser_is_the_identity(
        a in common::client(1, 6),
        b in common::client(2, 6),
        c in common::client(5, 6),
        owner in ".{0,20}",
        mode in prop_oneof![Just(RestoreMode::Merge), Just(RestoreMode::Replace)],
    ) {
        let settings = Settings { owner_name: owner, ..Settings::default() };
        let clients = vec![a, b, c];
        let raw = backup::encode(&clients, Some(&settings), "2026-11-23T10:00:00Z");

        let (mut repo, empty) = Repo::open(MemoryStore::default());
        let decoded = backup::decode(&raw).expect("decodes");
        let plan = plan(&empty.clients, &empty.settings, decoded, RestoreMode::Replace);
        prop_assert_eq!(plan.add.len(), 3);
        let applied = repo.apply_restore(&plan);
        prop_assert_eq!(applied.error, None);

        let (_, snapshot) = Repo::open(repo.store_mut().clone());
        prop_assert!(snapshot.problems.is_empty());
        prop_assert_eq!(&snapshot.clients, &clients);
        prop_assert_eq!(&snapshot.settings, &settings);

        // Restoring the same file again changes nothing, in either mode.
        let again = plan_again(&snapshot.clients, &snapshot.settings, &raw, mode);
        prop_assert!(again.is_empty(), "{:?}", again);
    }
}

fn plan_again(
    clients: &[Client],
    settings: &Settings,
    raw: &str,
    mode: RestoreMode,
) -> clientwise_core::storage::Plan {
    plan(
        clients,
        settings,
        backup::decode(raw).expect("decodes"),
        mode,
    )
}

#[test]
fn hostile_backups_are_refused_with_a_reason() {
    let mut ada = Client::new(ClientId(1), "Ada");
    ada.add_entry(EntryBody::Note(Note {
        date: chrono::NaiveDate::from_ymd_opt(2026, 1, 2).expect("valid"),
        text: "hello".into(),
    }));
    let valid = backup::encode(&[ada], Some(&Settings::default()), "");
    let twins = backup::encode(
        &[
            Client::new(ClientId(1), "Ada"),
            Client::new(ClientId(2), "Twin"),
        ],
        None,
        "",
    )
    .replace("\"id\": 2", "\"id\": 1");
    let current = &format!(
        "\"version\": {}",
        clientwise_core::storage::migrate::CURRENT_VERSION
    );
    let cases: Vec<(&str, String)> = vec![
        ("not JSON", "PK\u{3}\u{4} a zip file".to_owned()),
        (
            "another format",
            r#"{"format":"clientwise.client","version":1}"#.to_owned(),
        ),
        ("a newer version", valid.replace(current, "\"version\": 99")),
        (
            "an unknown old version",
            valid.replace(current, "\"version\": 0"),
        ),
        ("no version", valid.replace(&format!("{current},"), "")),
        (
            "a wrong type",
            valid.replace("\"name\": \"Ada\"", "\"name\": 42"),
        ),
        ("a bad date", valid.replace("2026-01-02", "2026-02-30")),
        (
            "an unknown entry kind",
            valid.replace("\"note\"", "\"gossip\""),
        ),
        ("duplicate ids", twins),
        (
            "deep nesting",
            format!(
                "{{\"format\":\"clientwise.backup\",\"version\":1,\"clients\":[],\"x\":{}{}}}",
                "[".repeat(10_000),
                "]".repeat(10_000)
            ),
        ),
        (
            "a huge text",
            valid.replace(
                "\"name\": \"Ada\"",
                &format!("\"name\": \"{}\"", "A".repeat(MAX_TEXT_CHARS + 1)),
            ),
        ),
        ("a huge file", " ".repeat(MAX_BACKUP_BYTES + 1)),
    ];
    for (what, raw) in cases {
        let (mut repo, clients, settings) = occupied();
        let before = stored(repo.store_mut());
        let error = backup::decode(&raw).expect_err(what);
        match (what, &error) {
            ("a newer version", DecodeError::Newer { found: 99 })
            | ("an unknown old version", DecodeError::TooOld { found: 0 })
            | ("no version", DecodeError::NoVersion)
            | ("a huge file", DecodeError::TooLarge { .. })
            | ("not JSON" | "deep nesting", DecodeError::NotJson { .. })
            | ("another format", DecodeError::WrongFormat { .. }) => {}
            ("a huge text", DecodeError::Invalid { path, .. }) => {
                assert_eq!(path, "clients[0].name")
            }
            ("a wrong type", DecodeError::Invalid { path, .. }) => {
                assert_eq!(path, "clients[0].name")
            }
            ("duplicate ids", DecodeError::Invalid { path, .. }) => {
                assert_eq!(path, "clients[1].id")
            }
            ("a bad date" | "an unknown entry kind", DecodeError::Invalid { path, message }) => {
                assert!(path.starts_with("clients[0].entries[0]"), "{what}: {path}");
                assert!(
                    message.contains("out of range") || message.contains("gossip"),
                    "{what}: {message}"
                );
            }
            _ => panic!("{what}: unexpected {error:?}"),
        }
        // Nothing was planned, so nothing was written: the browser is as it was.
        assert_eq!(stored(repo.store_mut()), before, "{what}");
        let (_, snapshot) = Repo::open(repo.store_mut().clone());
        assert_eq!(snapshot.clients, clients);
        assert_eq!(snapshot.settings, settings);
    }
}

#[test]
fn a_client_file_restores_without_touching_settings() {
    let (mut repo, clients, settings) = occupied();
    let mut theirs = Client::new(ClientId(1), "Bea");
    theirs.notes = "from another browser".into();
    let raw = backup::encode(std::slice::from_ref(&theirs), None, "");
    let decoded = backup::decode(&raw).expect("decodes");
    assert_eq!(decoded.settings, None);
    let plan = plan(&clients, &settings, decoded, RestoreMode::Replace);
    assert_eq!(plan.settings, None, "a file without settings keeps yours");
    assert_eq!(
        plan.add.len(),
        1,
        "another name is another client, whatever its id"
    );
    assert_eq!(plan.remove, [(ClientId(1), "Ada".to_owned())]);
    let applied = repo.apply_restore(&plan);
    assert_eq!(applied.error, None);
    let (_, snapshot) = Repo::open(repo.store_mut().clone());
    assert_eq!(snapshot.settings, settings);
    let names: Vec<(u32, &str)> = snapshot
        .clients
        .iter()
        .map(|c| (c.id.0, c.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [(2, "Bea")],
        "added under a new id, then Ada deleted"
    );
}

#[test]
fn a_full_quota_stops_the_restore_before_deleting_anything() {
    let (mut repo, clients, settings) = occupied();
    let big: Vec<Client> = (10..20)
        .map(|i| {
            let mut c = Client::new(ClientId(i), format!("Client {i}"));
            c.notes = "x".repeat(2_000);
            c
        })
        .collect();
    let raw = backup::encode(&big, None, "");
    let plan = plan(
        &clients,
        &settings,
        backup::decode(&raw).expect("decodes"),
        RestoreMode::Replace,
    );
    assert_eq!(plan.remove.len(), 1);
    let used = repo.store_mut().used_bytes();
    repo.store_mut().quota_bytes = Some(used + 10_000);
    let applied = repo.apply_restore(&plan);
    assert!(matches!(applied.error, Some(WriteError::Store(_))));
    assert!(applied.saved.len() < big.len());
    assert!(
        applied.removed.is_empty(),
        "nothing deleted after a refused write"
    );
    let (_, snapshot) = Repo::open(repo.store_mut().clone());
    assert_eq!(
        snapshot.clients[0], clients[0],
        "the local client is still there"
    );
    assert_eq!(snapshot.clients.len(), 1 + applied.saved.len());
}

/// The worked example in the published format documentation is a backup this version restores.
#[test]
fn the_documented_example_restores() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/backup-example.json");
    let raw = std::fs::read_to_string(path).expect("docs/backup-example.json exists");
    let decoded = backup::decode(&raw).expect("the documented example decodes");
    assert!(decoded.settings.is_some());
    assert!(decoded.clients.len() >= 2);
    let again = backup::decode(&backup::encode(
        &decoded.clients,
        decoded.settings.as_ref(),
        &decoded.exported_at,
    ))
    .expect("re-encodes");
    assert_eq!(again, decoded);
}
