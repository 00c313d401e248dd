//! The session's drills, natively and in milliseconds: two tabs on one store, a write refused
//! for quota, data from a newer version, a corrupt record; and the rules a command carries out
//! (status moves, the parting checklist, the backup reminder, the space warning, import and
//! undo). The same drills also run end to end in Chromium (`e2e/tests/drills.spec.ts`).

mod common;

use chrono::{Days, NaiveDate};
use clientwise_core::i18n::Lang;
use clientwise_core::model::{
    Cents, Check, Client, ClientId, EntryBody, EntryKind, InterventionKind, Invoice, Note,
    Settings, Status,
};
use clientwise_core::session::{Changes, Command, Outcome, Session, USAGE_WARNING_PERCENT};
use clientwise_core::storage::{
    CLIENT_KEY_PREFIX, KvError, KvStore, LoadProblem, MemoryStore, QUOTA_UNITS, WriteError,
};

use common::SharedStore;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 17).expect("valid")
}

fn note(text: &str) -> EntryBody {
    EntryBody::Note(Note {
        date: today(),
        text: text.into(),
    })
}

/// Adds a client named `name` and returns its id.
fn add<S: KvStore>(session: &mut Session<S>, name: &str) -> ClientId {
    let changes = session.handle(Command::AddClient(Client::new(ClientId(0), name)));
    assert!(changes.saved(), "{changes:?}");
    changes.clients[0]
}

fn entries<S: KvStore>(session: &Session<S>, id: ClientId) -> usize {
    session.client(id).map_or(0, |c| c.entries().len())
}

/// Two tabs of one browser: what one saves, the other follows when told (the `storage` event).
fn tell(tab: &mut Session<SharedStore>, id: ClientId) -> Changes {
    tab.handle(Command::OtherTabChanged(Some(format!(
        "{CLIENT_KEY_PREFIX}{}",
        id.0
    ))))
}

#[test]
fn a_tab_follows_what_another_saves() {
    let shared = SharedStore::default();
    let mut a = Session::open(shared.clone(), today());
    let mut b = Session::open(shared.clone(), today());
    let id = add(&mut a, "Ada");
    let changes = tell(&mut b, id);
    assert_eq!(changes.clients, [id]);
    assert_eq!(b.client(id).map(|c| c.name.as_str()), Some("Ada"));

    // B logs on top of what it followed; A follows and logs on top again: nothing is lost.
    assert!(
        b.handle(Command::AddEntry {
            client: id,
            body: note("from b")
        })
        .saved()
    );
    tell(&mut a, id);
    assert!(
        a.handle(Command::AddEntry {
            client: id,
            body: note("from a")
        })
        .saved()
    );
    assert_eq!(entries(&a, id), 2);
    let reopened = Session::open(shared, today());
    assert_eq!(entries(&reopened, id), 2);
}

#[test]
fn two_tabs_changing_one_client_make_a_conflict_that_keeps_both() {
    let shared = SharedStore::default();
    let mut a = Session::open(shared.clone(), today());
    let id = add(&mut a, "Ada");
    let mut b = Session::open(shared.clone(), today());

    assert!(
        a.handle(Command::AddEntry {
            client: id,
            body: note("a")
        })
        .saved()
    );
    // B has not heard of A's save yet: its write is refused as a conflict, not lost.
    let refused = b.handle(Command::AddEntry {
        client: id,
        body: note("b"),
    });
    assert_eq!(
        refused.outcome,
        Outcome::Refused(WriteError::Conflict { id })
    );
    assert_eq!(b.conflicts(), [id]);
    assert_eq!(b.write_error(), None, "a conflict is not a failed write");
    assert_eq!(entries(&b, id), 1, "B still shows its own entry");
    // When A's change arrives, B's unsaved version is not replaced.
    tell(&mut b, id);
    assert_eq!(entries(&b, id), 1);
    assert_eq!(b.conflicts(), [id]);

    let kept = b.handle(Command::KeepBoth {
        client: id,
        copy_name: "Ada (copy)".into(),
    });
    assert!(kept.saved());
    assert!(b.conflicts().is_empty());
    let copy = kept
        .clients
        .iter()
        .find(|c| **c != id)
        .copied()
        .expect("a copy");
    let stored = Session::open(shared, today());
    let texts = |id| -> Vec<String> {
        stored
            .client(id)
            .expect("stored")
            .entries()
            .iter()
            .filter_map(|e| match &e.body {
                EntryBody::Note(n) => Some(n.text.clone()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(texts(id), ["a"], "the other tab's version");
    assert_eq!(texts(copy), ["b"], "this tab's version, as a copy");
    assert_eq!(
        stored.client(copy).map(|c| c.name.as_str()),
        Some("Ada (copy)")
    );
}

#[test]
fn using_the_other_version_ends_the_conflict() {
    let shared = SharedStore::default();
    let mut a = Session::open(shared.clone(), today());
    let id = add(&mut a, "Ada");
    let mut b = Session::open(shared.clone(), today());
    a.handle(Command::AddEntry {
        client: id,
        body: note("a"),
    });
    b.handle(Command::AddEntry {
        client: id,
        body: note("b"),
    });
    assert_eq!(b.conflicts(), [id]);
    let changes = b.handle(Command::UseOtherVersion(id));
    assert_eq!(changes.clients, [id]);
    assert!(b.conflicts().is_empty());
    assert_eq!(entries(&b, id), 1);
    // And the next edit saves over the revision it now knows.
    assert!(
        b.handle(Command::AddEntry {
            client: id,
            body: note("again")
        })
        .saved()
    );
}

#[test]
fn a_delete_in_another_tab_removes_the_client_here() {
    let shared = SharedStore::default();
    let mut a = Session::open(shared.clone(), today());
    let id = add(&mut a, "Ada");
    let mut b = Session::open(shared.clone(), today());
    assert!(a.handle(Command::DeleteClient(id)).saved());
    let changes = tell(&mut b, id);
    assert_eq!(changes.removed, [id]);
    assert!(b.client(id).is_none());
}

#[test]
fn clearing_the_site_elsewhere_keeps_everything_here() {
    let shared = SharedStore::default();
    let mut a = Session::open(shared.clone(), today());
    let id = add(&mut a, "Ada");
    shared.0.borrow_mut().map.clear();
    let changes = a.handle(Command::OtherTabChanged(None));
    assert!(changes.status);
    assert!(a.cleared_elsewhere());
    assert!(a.client(id).is_some());
    a.handle(Command::DismissClearedElsewhere);
    assert!(!a.cleared_elsewhere());
}

#[test]
fn a_write_refused_for_quota_keeps_the_edit_in_memory_until_a_later_write_succeeds() {
    let mut session = Session::open(MemoryStore::default(), today());
    let id = add(&mut session, "Ada");
    session.store_mut().quota_bytes = Some(session.store_mut().used_bytes());
    let refused = session.handle(Command::AddEntry {
        client: id,
        body: note("kept in memory"),
    });
    assert_eq!(
        refused.outcome,
        Outcome::Refused(WriteError::Store(KvError::QuotaExceeded))
    );
    assert_eq!(entries(&session, id), 1, "the edit is kept on screen");
    assert_eq!(
        session.write_error(),
        Some(&WriteError::Store(KvError::QuotaExceeded))
    );
    assert!(session.conflicts().is_empty());

    session.store_mut().quota_bytes = None;
    let saved = session.handle(Command::AddEntry {
        client: id,
        body: note("later"),
    });
    assert!(saved.saved());
    assert_eq!(session.write_error(), None);
    let store = session.store_mut().clone();
    assert_eq!(entries(&Session::open(store, today()), id), 2);
}

#[test]
fn data_from_a_newer_version_is_read_only_and_never_written() {
    let mut store = MemoryStore::default();
    store
        .set(
            &format!("{CLIENT_KEY_PREFIX}1"),
            r#"{"format":"clientwise.client","version":99,"rev":1,"client":{}}"#,
        )
        .expect("set");
    let before = store.map.clone();
    let mut session = Session::open(store, today());
    assert_eq!(session.read_only(), Some(99));
    assert!(
        session
            .problems()
            .iter()
            .any(|p| matches!(p, LoadProblem::Newer { found: 99, .. }))
    );
    let refused = session.handle(Command::AddClient(Client::new(ClientId(0), "Ada")));
    assert_eq!(refused.outcome, Outcome::Refused(WriteError::ReadOnly));
    session.handle(Command::SnoozeReminder);
    session.handle(Command::ChooseLanguage(Lang::Fi));
    assert_eq!(session.store_mut().map, before, "nothing written");
    assert_eq!(
        session.reminder_due(),
        None,
        "no backup reminder over read-only data"
    );
}

#[test]
fn a_corrupt_record_is_kept_aside_and_never_overwritten() {
    let mut store = MemoryStore::default();
    let key = format!("{CLIENT_KEY_PREFIX}1");
    store.set(&key, "{not json").expect("set");
    let mut session = Session::open(store, today());
    assert!(matches!(
        session.problems(),
        [LoadProblem::Unreadable {
            kept_as: Some(_),
            ..
        }]
    ));
    let id = add(&mut session, "Ada");
    assert_ne!(id, ClientId(1), "the unreadable record's id stays reserved");
    assert_eq!(session.raw(&key).as_deref(), Some("{not json"));
    session.handle(Command::DismissProblem(0));
    assert!(session.problems().is_empty());
    assert_eq!(session.raw(&key).as_deref(), Some("{not json"));
}

#[test]
fn a_profile_edit_keeps_entries_logged_meanwhile() {
    let shared = SharedStore::default();
    let mut a = Session::open(shared.clone(), today());
    let id = add(&mut a, "Ada");
    // The form opened on this copy; an entry is logged (here, or followed from another tab).
    let mut profile = a.client(id).cloned().expect("client");
    a.handle(Command::AddEntry {
        client: id,
        body: note("meanwhile"),
    });
    profile.company = "Lovelace Ltd".into();
    assert!(a.handle(Command::EditProfile { id, profile }).saved());
    let client = a.client(id).expect("client");
    assert_eq!(client.company, "Lovelace Ltd");
    assert_eq!(client.entries().len(), 1);
}

#[test]
fn the_parting_checklist_moves_the_status_both_ways() {
    let mut session = Session::open(MemoryStore::default(), today());
    let id = add(&mut session, "Ada");
    session.handle(Command::StartParting(id));
    let client = session.client(id).expect("client").clone();
    assert_eq!(client.status, Status::Parting);
    let mut parting = client.parting.clone().expect("a checklist");
    assert_eq!(parting.started, today());

    for check in Check::ALL {
        parting.set(check, true);
    }
    parting.notice_given = Some(today());
    session.handle(Command::EditParting {
        client: id,
        parting: parting.clone(),
    });
    assert_eq!(session.client(id).map(|c| c.status), Some(Status::Former));

    parting.set(Check::FinalReport, false);
    session.handle(Command::EditParting {
        client: id,
        parting,
    });
    assert_eq!(session.client(id).map(|c| c.status), Some(Status::Parting));
    // Starting again keeps the checklist as it is.
    session.handle(Command::StartParting(id));
    let kept = session.client(id).and_then(|c| c.parting.clone());
    assert!(kept.is_some_and(|p| p.is_checked(Check::CoolOff)));
}

#[test]
fn parting_starts_with_the_reason_the_verdict_points_to() {
    let mut session = Session::open(MemoryStore::default(), today());
    let id = add(&mut session, "Ada");
    for (n, ago) in [(1, 200_u64), (2, 150), (3, 100)] {
        let issued = today().checked_sub_days(Days::new(ago)).expect("day");
        session.handle(Command::AddEntry {
            client: id,
            body: EntryBody::Invoice(Invoice {
                number: format!("A-{n}"),
                issued,
                due: issued,
                amount: Cents(500_00),
                payments: Vec::new(),
            }),
        });
    }
    session.handle(Command::StartParting(id));
    let reason = session
        .client(id)
        .and_then(|c| c.parting.clone())
        .map(|p| p.reason);
    assert_eq!(reason, Some(clientwise_core::model::PartingReason::Payment));
}

#[test]
fn a_message_marked_as_sent_is_logged_today() {
    let mut session = Session::open(MemoryStore::default(), today());
    let id = add(&mut session, "Ada");
    session.handle(Command::NewDay(today().succ_opt().expect("day")));
    session.handle(Command::MarkSent {
        client: id,
        kind: InterventionKind::PaymentReminder,
        text: "Hello".into(),
    });
    let client = session.client(id).expect("client");
    let entry = &client.entries()[0];
    assert_eq!(entry.kind(), EntryKind::Intervention);
    assert_eq!(entry.date(), today().succ_opt().expect("day"));
}

#[test]
fn the_backup_reminder_counts_saved_changes_and_resets_on_a_backup() {
    let mut session = Session::open(MemoryStore::default(), today());
    session.handle(Command::SetReminderEvery {
        changes: 3,
        days: 0,
    });
    let id = add(&mut session, "Ada");
    session.handle(Command::AddEntry {
        client: id,
        body: note("one"),
    });
    assert_eq!(session.reminder_due(), None);
    session.handle(Command::AddEntry {
        client: id,
        body: note("two"),
    });
    assert_eq!(session.reminder_due().map(|d| d.changes), Some(3));
    session.handle(Command::SnoozeReminder);
    assert_eq!(session.reminder_due(), None);
    session.handle(Command::BackupTaken);
    assert_eq!(session.reminder().changes_since, 0);
    // A refused write is not a change worth a backup reminder.
    session.store_mut().quota_bytes = Some(0);
    session.handle(Command::AddEntry {
        client: id,
        body: note("refused"),
    });
    assert_eq!(session.reminder().changes_since, 0);
}

#[test]
fn the_first_saved_change_asks_the_browser_to_keep_the_data() {
    let mut session = Session::open(MemoryStore::default(), today());
    let first = session.handle(Command::SaveSettings(Settings::default()));
    assert!(first.ask_to_persist);
    let second = session.handle(Command::AddClient(Client::new(ClientId(0), "Ada")));
    assert!(!second.ask_to_persist);
}

#[test]
fn the_space_warning_starts_at_its_threshold_and_can_be_put_off() {
    let mut session = Session::open(MemoryStore::default(), today());
    let id = add(&mut session, "Ada");
    assert_eq!(session.usage_warning(), None);
    // A note long enough to fill the quota past the threshold (UTF-16 units, as browsers count).
    let units = QUOTA_UNITS * usize::from(USAGE_WARNING_PERCENT) / 100;
    session.handle(Command::AddEntry {
        client: id,
        body: note(&"x".repeat(units)),
    });
    assert_eq!(session.usage_warning(), Some(USAGE_WARNING_PERCENT));
    session.handle(Command::DismissUsageWarning);
    assert_eq!(session.usage_warning(), None);
}

#[test]
fn examples_load_beside_the_users_clients() {
    let mut session = Session::open(MemoryStore::default(), today());
    let mine = add(&mut session, "Ada");
    let changes = session.handle(Command::LoadExamples(Lang::En));
    assert_eq!(changes.clients.len(), 5);
    assert!(!changes.clients.contains(&mine));
    assert_eq!(session.clients().len(), 6);
}

#[test]
fn a_new_day_moves_the_session_on() {
    let mut session = Session::open(MemoryStore::default(), today());
    let tomorrow = today().succ_opt().expect("day");
    let changes = session.handle(Command::NewDay(tomorrow));
    assert!(changes.today);
    assert_eq!(session.today(), tomorrow);
    assert!(!session.handle(Command::NewDay(tomorrow)).today);
}

#[test]
fn an_import_and_its_undo_leave_the_stored_record_as_it_was() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/toggl.csv"),
    )
    .expect("fixture");
    let opened = clientwise_core::import::open(&text).expect("reads");
    let source = opened.source.expect("recognised");
    let parsed = clientwise_core::import::formats::parse_known(source, &opened.table, None);

    let mut session = Session::open(MemoryStore::default(), today());
    add(&mut session, "Ada");
    let before = session.store_mut().map.clone();
    let plan = clientwise_core::import::plan::plan(&parsed, session.clients());
    let imported = session.handle(Command::Import(plan));
    assert!(imported.saved());
    assert!(
        session.clients().len() > 1,
        "the file's clients were created"
    );

    let undone = session.handle(Command::UndoImport(1));
    assert!(undone.saved());
    assert_eq!(session.clients().len(), 1);
    let clients = |map: &std::collections::BTreeMap<String, String>| -> Vec<String> {
        map.keys()
            .filter(|k| k.starts_with(CLIENT_KEY_PREFIX))
            .cloned()
            .collect()
    };
    assert_eq!(clients(&session.store_mut().map), clients(&before));
}
