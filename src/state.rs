//! The app's state: the core's `Session` (the record, and every rule about changing it) behind
//! signals. Components read signals and send `Command`s with `Store::send`; the store hands each
//! command to the session and updates exactly the signals its `Changes` name. It decides nothing
//! about the record itself, and it is the only writer of its signals.
//!
//! Clients are keyed: each has its own signal, its scores are a memo of that signal (with the
//! thresholds and today), and so is its dashboard row. An edit to one client re-runs what reads
//! that client only; the list of ids changes only when a client is added or removed.

use std::collections::HashMap;

use chrono::NaiveDate;
use clientwise_core::i18n::{Lang, Msg};
use clientwise_core::import::SavedMapping;
use clientwise_core::model::reminder::{BackupReminder, Due};
use clientwise_core::model::{Client, ClientId, Settings, Thresholds};
use clientwise_core::portfolio::{self, Row};
use clientwise_core::scoring::{Assessment, assess};
use clientwise_core::session::{Changes, Command, Session};
use clientwise_core::storage::{LoadProblem, WriteError, backup};
use leptos::prelude::*;

use crate::browser::{self, storage::BrowserKv};
use crate::text::t;

/// What the banners and the header show about the record and its storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub problems: Vec<LoadProblem>,
    /// The last write that failed, until the next one succeeds or the user dismisses it.
    pub write_error: Option<WriteError>,
    pub conflicts: Vec<ClientId>,
    pub cleared_elsewhere: bool,
    /// UTF-16 code units of the browser's quota in use.
    pub usage: usize,
    /// The percentage used, when the user should be warned.
    pub usage_warning: Option<u8>,
    /// `Some(version)` when the data is read-only.
    pub read_only: Option<u64>,
    pub reminder: BackupReminder,
    pub reminder_due: Option<Due>,
    /// Successful writes since the page opened, so a live region can announce "Saved.".
    pub saves: u32,
}

impl Status {
    fn of(session: &Session<BrowserKv>) -> Status {
        Status {
            problems: session.problems().to_vec(),
            write_error: session.write_error().cloned(),
            conflicts: session.conflicts().to_vec(),
            cleared_elsewhere: session.cleared_elsewhere(),
            usage: session.usage(),
            usage_warning: session.usage_warning(),
            read_only: session.read_only(),
            reminder: *session.reminder(),
            reminder_due: session.reminder_due(),
            saves: session.saves(),
        }
    }
}

/// One client's signals.
#[derive(Clone)]
struct Keyed {
    record: ArcRwSignal<Client>,
    scores: ArcMemo<Assessment>,
    row: ArcMemo<Row>,
}

#[derive(Clone, Copy)]
pub struct Store {
    session: StoredValue<Session<BrowserKv>>,
    /// The clients' ids in the user's order.
    ids: RwSignal<Vec<ClientId>>,
    keyed: StoredValue<HashMap<ClientId, Keyed>>,
    pub settings: ReadSignal<Settings>,
    write_settings: WriteSignal<Settings>,
    /// The scoring thresholds alone, so that a change of the user's name re-scores no one.
    thresholds: Memo<Thresholds>,
    /// Counts the times the settings were replaced from elsewhere (a restore, another tab), so
    /// that open settings forms reload them; a form's own save does not count.
    pub settings_replaced: ReadSignal<u32>,
    write_settings_replaced: WriteSignal<u32>,
    pub status: ReadSignal<Status>,
    write_status: WriteSignal<Status>,
    read_only: Memo<bool>,
    /// The day on the user's calendar: what scores, overdue days and letters are computed for,
    /// and the date new entries get. It moves on when the date changes (see `Store::start`).
    pub today: ReadSignal<NaiveDate>,
    write_today: WriteSignal<NaiveDate>,
    /// The screen's language: chosen here before, else the browser's preferences.
    pub screen_lang: ReadSignal<Lang>,
    write_screen_lang: WriteSignal<Lang>,
    /// Column mappings remembered for import layouts Clientwise does not know.
    pub import_mappings: ReadSignal<Vec<SavedMapping>>,
    write_import_mappings: WriteSignal<Vec<SavedMapping>>,
    /// Whether the browser agreed to keep the data when space runs low (`None`: unknown yet).
    /// A fact about the browser, not the record: the store asks, the browser answers.
    pub persisted: ReadSignal<Option<bool>>,
    write_persisted: WriteSignal<Option<bool>>,
}

impl Store {
    /// Loads everything from localStorage, as of `today`.
    pub fn open(today: NaiveDate) -> Store {
        let session = Session::open(BrowserKv, today);
        let (settings, write_settings) = signal(session.settings().clone());
        let (settings_replaced, write_settings_replaced) = signal(0);
        let (status, write_status) = signal(Status::of(&session));
        let (today, write_today) = signal(today);
        let (screen_lang, write_screen_lang) = signal(session.language().unwrap_or_else(|| {
            Lang::negotiate(browser::preferred_languages().iter().map(String::as_str))
        }));
        let (import_mappings, write_import_mappings) = signal(session.import_mappings().to_vec());
        let (persisted, write_persisted) = signal(None);
        let ids = RwSignal::new(session.clients().iter().map(|c| c.id).collect());
        let read_only = Memo::new(move |_| status.with(|s| s.read_only.is_some()));
        let thresholds = Memo::new(move |_| settings.with(|s| s.thresholds));
        let store = Store {
            session: StoredValue::new(session),
            ids,
            keyed: StoredValue::new(HashMap::new()),
            settings,
            write_settings,
            thresholds,
            settings_replaced,
            write_settings_replaced,
            status,
            write_status,
            read_only,
            today,
            write_today,
            screen_lang,
            write_screen_lang,
            import_mappings,
            write_import_mappings,
            persisted,
            write_persisted,
        };
        let keyed = store.session.with_value(|s| {
            s.clients()
                .iter()
                .map(|c| (c.id, store.keyed_for(c.clone())))
                .collect()
        });
        store.keyed.set_value(keyed);
        store
    }

    /// A client's signals: its record, and its scores and dashboard row as memos of it.
    fn keyed_for(&self, client: Client) -> Keyed {
        let record = ArcRwSignal::new(client);
        let (thresholds, today) = (self.thresholds, self.today);
        let scores = ArcMemo::new({
            let record = record.clone();
            move |_| {
                let thresholds = thresholds.get();
                record.with(|c| assess(c, &thresholds, today.get()))
            }
        });
        let row = ArcMemo::new({
            let (record, scores) = (record.clone(), scores.clone());
            move |_| {
                let thresholds = thresholds.get();
                record.with(|c| {
                    scores.with(|a| {
                        portfolio::row(
                            c,
                            a,
                            thresholds.slow_answer_days,
                            thresholds.slow_approval_days,
                            today.get(),
                        )
                    })
                })
            }
        });
        Keyed {
            record,
            scores,
            row,
        }
    }

    /// Starts following the calendar and other tabs' changes, and asks whether storage is
    /// persistent.
    pub fn start(self) {
        // A new day is put off while the user is typing: the messages on screen are written from
        // the date ("overdue for 30 days"), and rewriting one under their hands would lose it.
        browser::clock::watch_date(self.today.get_untracked(), move |day| {
            let typing = browser::has_unsaved_typing();
            if !typing {
                self.send(Command::NewDay(day));
            }
            !typing
        });
        browser::on_storage_change(move |key| {
            self.send(Command::OtherTabChanged(key));
        });
        leptos::task::spawn_local(async move {
            self.write_persisted.set(browser::storage_persisted().await);
        });
    }

    /// Hands `command` to the session and updates what it changed.
    pub fn send(&self, command: Command) -> Changes {
        let own_settings = matches!(command, Command::SaveSettings(_));
        let Some(changes) = self.session.try_update_value(|s| s.handle(command)) else {
            return Changes::default();
        };
        self.apply(&changes, own_settings);
        changes
    }

    fn apply(&self, changes: &Changes, own_settings: bool) {
        let mut membership = !changes.removed.is_empty();
        self.session.with_value(|session| {
            for id in &changes.clients {
                let Some(client) = session.client(*id).cloned() else {
                    continue;
                };
                let existing = self.keyed.with_value(|k| k.get(id).cloned());
                match existing {
                    Some(keyed) => keyed.record.set(client),
                    None => {
                        let keyed = self.keyed_for(client);
                        self.keyed.update_value(|k| {
                            k.insert(*id, keyed);
                        });
                        membership = true;
                    }
                }
            }
            self.keyed.update_value(|k| {
                for id in &changes.removed {
                    k.remove(id);
                }
            });
            if membership {
                self.ids
                    .set(session.clients().iter().map(|c| c.id).collect());
            }
            if changes.settings {
                self.write_settings.set(session.settings().clone());
                if !own_settings {
                    self.write_settings_replaced.update(|n| *n += 1);
                }
            }
            if changes.today {
                self.write_today.set(session.today());
            }
            if changes.language
                && let Some(lang) = session.language()
            {
                self.write_screen_lang.set(lang);
            }
            if changes.mappings {
                self.write_import_mappings
                    .set(session.import_mappings().to_vec());
            }
            if changes.status {
                self.write_status.set(Status::of(session));
            }
        });
        if changes.ask_to_persist && self.persisted.get_untracked() == Some(false) {
            self.ask_to_persist();
        }
    }

    pub fn provide(self) {
        provide_context(self);
    }

    pub fn use_context() -> Store {
        expect_context::<Store>()
    }

    /// Whether edits are disabled, tracked.
    pub fn is_read_only(&self) -> bool {
        self.read_only.get()
    }

    /// The clients' ids in the user's order, tracked (changes when a client comes or goes).
    pub fn ids(&self) -> Vec<ClientId> {
        self.ids.get()
    }

    pub fn has_clients(&self) -> bool {
        self.ids.with(|ids| !ids.is_empty())
    }

    fn keyed(&self, id: ClientId) -> Option<Keyed> {
        // Tracks the list, so that a reader waiting for a client sees it arrive (or go).
        self.ids.track();
        self.keyed.with_value(|k| k.get(&id).cloned())
    }

    /// The client with `id`, tracked: a change to another client does not re-run the reader.
    pub fn client(&self, id: ClientId) -> Option<Client> {
        self.keyed(id).map(|k| k.record.get())
    }

    /// Reads client `id` without cloning it, tracked.
    pub fn with_client<T>(&self, id: ClientId, f: impl FnOnce(&Client) -> T) -> Option<T> {
        self.keyed(id).map(|k| k.record.with(f))
    }

    /// The scores of client `id`, tracked.
    pub fn assessment(&self, id: ClientId) -> Option<Assessment> {
        self.keyed(id).map(|k| k.scores.get())
    }

    /// Whether client `id` is in the record, tracked.
    pub fn has_client(&self, id: ClientId) -> bool {
        self.ids.with(|ids| ids.contains(&id))
    }

    /// Client `id`'s own record and scores, for a page about that client: read in place, never
    /// copied, and kept at their last value if the client goes (while the page gives way).
    pub fn client_signals(&self, id: ClientId) -> Option<(Signal<Client>, Signal<Assessment>)> {
        let keyed = self.keyed.with_value(|k| k.get(&id).cloned())?;
        Some((keyed.record.read_only().into(), keyed.scores.into()))
    }

    /// Every client's dashboard row, in the user's order, tracked.
    pub fn rows(&self) -> Vec<Row> {
        self.each(|keyed| keyed.row.get())
    }

    /// Every client, tracked (for the plans of an import or a restore, which see them all).
    pub fn all_clients(&self) -> Vec<Client> {
        self.each(|keyed| keyed.record.get())
    }

    /// `f` of each client's signals, in the user's order, tracked.
    fn each<T>(&self, f: impl Fn(&Keyed) -> T) -> Vec<T> {
        let ids = self.ids.get();
        self.keyed
            .with_value(|k| ids.iter().filter_map(|id| k.get(id).map(&f)).collect())
    }

    /// Whether the user has no name in settings to sign messages with.
    pub fn is_unsigned(&self) -> bool {
        self.settings.with(|s| s.owner_name.trim().is_empty())
    }

    /// Asks the browser to keep the data when space runs low.
    pub fn ask_to_persist(&self) {
        let store = *self;
        leptos::task::spawn_local(async move {
            store.write_persisted.set(browser::persist_storage().await);
        });
    }

    /// The whole in-memory record (unsaved changes included) as a backup file's contents.
    pub fn backup_json(&self) -> String {
        self.session.with_value(|s| {
            backup::encode(s.clients(), Some(s.settings()), &browser::clock::now_iso())
        })
    }

    /// Offers the backup as a download, and resets the backup reminder.
    pub fn download_backup(&self) -> bool {
        let name = format!("clientwise-backup-{}.json", self.today.get_untracked());
        let started = browser::download(&name, "application/json", &self.backup_json());
        if started {
            self.send(Command::BackupTaken);
        }
        started
    }

    /// Resolves a conflict by keeping both versions (this tab's as a copy).
    pub fn keep_both(&self, id: ClientId) {
        let name = self.with_client(id, |c| c.name.clone()).unwrap_or_default();
        self.send(Command::KeepBoth {
            client: id,
            copy_name: t(Msg::CopyName(name)),
        });
    }

    /// The raw stored value of `key` (an unreadable record or its quarantine copy).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.session.with_value(|s| s.raw(key))
    }
}
