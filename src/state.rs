//! The app's state: the loaded record as signals, and every write, through the core's repository,
//! to localStorage. Provided once as context; pages read signals and call `Store` methods.
//!
//! A write is applied to memory first and to storage second, synchronously. If storage refuses,
//! the in-memory record keeps the change (nothing the user typed is lost), the failure is shown at
//! once, and the banner offers the whole in-memory record as a backup download.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use clientwise_core::example;
use clientwise_core::i18n::{Lang, Msg};
use clientwise_core::model::reminder::BackupReminder;
use clientwise_core::model::{
    Client, ClientId, EntryBody, Intervention, InterventionKind, Settings,
};
use clientwise_core::scoring::{Assessment, assess};
use clientwise_core::storage::restore::Applied;
use clientwise_core::storage::{
    CLIENT_KEY_PREFIX, LoadProblem, Plan, REMINDER_KEY, Reloaded, Repo, SETTINGS_KEY, WriteError,
    backup, codec,
};
use leptos::prelude::*;

use crate::browser::{self, storage::BrowserKv};
use crate::text::t;

#[derive(Clone, Copy)]
pub struct Store {
    pub clients: RwSignal<Vec<Client>>,
    pub settings: RwSignal<Settings>,
    /// What loading found wrong, shown until dismissed.
    pub problems: RwSignal<Vec<LoadProblem>>,
    /// The last write that failed, until the next one succeeds or the user dismisses it.
    pub write_error: RwSignal<Option<WriteError>>,
    /// Counts successful saves, so a live region can announce "Saved." after each one.
    pub saves: RwSignal<u32>,
    /// `Some(version)` when the data is read-only (see `Repo::read_only`).
    pub read_only: RwSignal<Option<u64>>,
    /// Each client's scores. A save re-scores only the client it saved; a change of thresholds
    /// re-scores everyone.
    pub assessments: RwSignal<HashMap<ClientId, Assessment>>,
    /// Counts restores that replaced the settings, so that open settings forms reload them.
    pub settings_restored: RwSignal<u32>,
    /// Clients changed in another tab while this tab holds a version it could not save: the
    /// user chooses to keep both or take the other version.
    pub conflicts: RwSignal<Vec<ClientId>>,
    /// Another tab cleared all of the site's data; this tab still holds everything.
    pub cleared_elsewhere: RwSignal<bool>,
    /// How much of the browser's quota Clientwise uses (UTF-16 code units, see `QUOTA_UNITS`).
    pub usage: RwSignal<usize>,
    /// The user put off the "storage almost full" warning for this session.
    pub usage_warning_dismissed: RwSignal<bool>,
    /// Whether the browser agreed to keep the data when space runs low (`None`: unknown yet).
    pub persisted: RwSignal<Option<bool>>,
    /// This browser's backup reminder.
    pub reminder: RwSignal<BackupReminder>,
    /// Column mappings remembered for import layouts Clientwise does not know.
    pub import_mappings: RwSignal<Vec<clientwise_core::import::SavedMapping>>,
    /// The day on the user's calendar: what scores, overdue days and letters are computed for,
    /// and the date new entries get. It moves on when the date changes (see `Store::start`).
    pub today: ReadSignal<NaiveDate>,
    write_today: WriteSignal<NaiveDate>,
    /// The screen's language: chosen here before, else the browser's preferences.
    pub screen_lang: RwSignal<Lang>,
    repo: StoredValue<Repo<BrowserKv>>,
    /// Clients whose version on screen is not the stored one because a write failed.
    unsaved: StoredValue<HashSet<ClientId>>,
}

impl Store {
    /// Loads everything from localStorage, scored as of `today`.
    pub fn open(today: NaiveDate) -> Store {
        let (repo, snapshot) = Repo::open(BrowserKv);
        let (today_signal, write_today) = signal(today);
        let assessments = score_all(&snapshot.clients, &snapshot.settings, today);
        let usage = repo.usage();
        Store {
            clients: RwSignal::new(snapshot.clients),
            settings: RwSignal::new(snapshot.settings),
            problems: RwSignal::new(snapshot.problems),
            write_error: RwSignal::new(None),
            saves: RwSignal::new(0),
            read_only: RwSignal::new(repo.read_only()),
            assessments: RwSignal::new(assessments),
            settings_restored: RwSignal::new(0),
            conflicts: RwSignal::new(Vec::new()),
            cleared_elsewhere: RwSignal::new(false),
            usage: RwSignal::new(usage),
            usage_warning_dismissed: RwSignal::new(false),
            persisted: RwSignal::new(None),
            reminder: RwSignal::new(snapshot.reminder),
            import_mappings: RwSignal::new(snapshot.import_mappings),
            today: today_signal,
            write_today,
            screen_lang: RwSignal::new(snapshot.language.unwrap_or_else(|| {
                Lang::negotiate(browser::preferred_languages().iter().map(String::as_str))
            })),
            repo: StoredValue::new(repo),
            unsaved: StoredValue::new(HashSet::new()),
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
                self.set_today(day);
            }
            !typing
        });
        browser::on_storage_change(move |key| self.on_other_tab(key));
        leptos::task::spawn_local(async move {
            self.persisted.set(browser::storage_persisted().await);
        });
    }

    /// Another tab changed `key` (or, with `None`, cleared everything).
    fn on_other_tab(&self, key: Option<String>) {
        let Some(key) = key else {
            self.cleared_elsewhere.set(true);
            return;
        };
        if let Some(id) = key
            .strip_prefix(CLIENT_KEY_PREFIX)
            .and_then(|id| id.parse().ok())
            .map(ClientId)
        {
            if self.unsaved.with_value(|u| u.contains(&id)) {
                // This tab holds a version it could not save: never replace it silently.
                self.add_conflict(id);
            } else {
                self.take_stored(id);
            }
        } else if key == SETTINGS_KEY {
            let reloaded = self.repo.try_update_value(|repo| repo.reload_settings());
            if let Some(Ok(settings)) = reloaded {
                self.apply_settings(settings);
                self.settings_restored.update(|n| *n += 1);
            }
        } else if key == REMINDER_KEY {
            let raw = self.repo.with_value(|repo| repo.raw(REMINDER_KEY));
            if let Some(Ok(reminder)) = raw.map(|raw| codec::decode_reminder(&raw)) {
                self.reminder.set(reminder);
            }
        }
        self.read_only
            .set(self.repo.with_value(|repo| repo.read_only()));
        self.usage.set(self.repo.with_value(|repo| repo.usage()));
    }

    /// Replaces this tab's version of client `id` with the stored one (another tab's).
    fn take_stored(&self, id: ClientId) {
        let Some(reloaded) = self.repo.try_update_value(|repo| repo.reload_client(id)) else {
            return;
        };
        match reloaded {
            Reloaded::Changed(client) => {
                let client = *client;
                self.rescore(&client);
                self.clients
                    .update(|all| match all.iter_mut().find(|c| c.id == id) {
                        Some(existing) => *existing = client,
                        None => all.push(client),
                    });
            }
            Reloaded::Removed => {
                self.clients.update(|all| all.retain(|c| c.id != id));
                self.assessments.update(|all| {
                    all.remove(&id);
                });
            }
            // Kept as it is here; the key is protected, so nothing is written over it.
            Reloaded::Failed(_) => return,
        }
        self.unsaved.update_value(|u| {
            u.remove(&id);
        });
        self.conflicts.update(|c| c.retain(|x| *x != id));
    }

    /// Moves the record on to `day`: everyone is scored again, and every view that shows a date
    /// or a count of days follows.
    pub fn set_today(&self, day: NaiveDate) {
        if self.today.get_untracked() == day {
            return;
        }
        self.write_today.set(day);
        let settings = self.settings.get_untracked();
        let all = self
            .clients
            .with_untracked(|c| score_all(c, &settings, day));
        self.assessments.set(all);
    }

    fn add_conflict(&self, id: ClientId) {
        self.conflicts.update(|c| {
            if !c.contains(&id) {
                c.push(id);
            }
        });
    }

    /// Resolves a conflict by taking the other tab's version of client `id`.
    pub fn use_other_version(&self, id: ClientId) {
        self.take_stored(id);
        if matches!(self.write_error.get_untracked(), Some(WriteError::Conflict { id: e }) if e == id)
        {
            self.write_error.set(None);
        }
    }

    /// Resolves a conflict by keeping both: this tab's version is saved as a new client (named as
    /// a copy), then the other tab's version is taken. If the copy cannot be saved, nothing else
    /// happens, so this tab's version is never lost.
    pub fn keep_both(&self, id: ClientId) {
        let Some(mut mine) = self
            .clients
            .with_untracked(|all| all.iter().find(|c| c.id == id).cloned())
        else {
            return;
        };
        mine.id = self.new_client_id();
        mine.name = t(Msg::CopyName(mine.name.clone()));
        if self.save_client(mine) {
            self.use_other_version(id);
        }
    }

    fn apply_settings(&self, settings: Settings) {
        let rescore = self
            .settings
            .with_untracked(|s| s.thresholds != settings.thresholds);
        if rescore {
            let all = self
                .clients
                .with_untracked(|c| score_all(c, &settings, self.today.get_untracked()));
            self.assessments.set(all);
        }
        self.settings.set(settings);
    }

    /// Asks the browser to keep the data when space runs low, once it holds something worth
    /// keeping.
    pub fn ask_to_persist(&self) {
        let store = *self;
        leptos::task::spawn_local(async move {
            store.persisted.set(browser::persist_storage().await);
        });
    }

    /// Counts a saved change for the backup reminder.
    fn count_change(&self) {
        self.reminder
            .update(|r| r.record_change(self.today.get_untracked()));
        self.save_reminder();
        if self.persisted.get_untracked() == Some(false) && self.saves.get_untracked() == 1 {
            self.ask_to_persist();
        }
    }

    fn save_reminder(&self) {
        let reminder = self.reminder.get_untracked();
        // Best effort: the reminder is a courtesy, never worth an error about the record.
        let _ = self
            .repo
            .try_update_value(|repo| repo.save_reminder(&reminder));
        self.usage.set(self.repo.with_value(|repo| repo.usage()));
    }

    /// Puts the backup reminder off for another period.
    pub fn snooze_reminder(&self) {
        self.reminder
            .update(|r| r.snooze(self.today.get_untracked()));
        self.save_reminder();
    }

    /// Sets how often the backup reminder shows (0 turns a trigger off).
    pub fn set_reminder_every(&self, changes: u16, days: u16) -> bool {
        self.reminder.update(|r| {
            r.every_changes = changes;
            r.every_days = days;
        });
        let reminder = self.reminder.get_untracked();
        let result = self
            .repo
            .try_update_value(|repo| repo.save_reminder(&reminder))
            .unwrap_or(Err(WriteError::ReadOnly));
        self.report(result)
    }

    /// The scores of client `id`, tracked.
    pub fn assessment(&self, id: ClientId) -> Option<Assessment> {
        self.assessments.with(|all| all.get(&id).cloned())
    }

    fn rescore(&self, client: &Client) {
        let thresholds = self.settings.with_untracked(|s| s.thresholds);
        let assessment = assess(client, &thresholds, self.today.get_untracked());
        self.assessments.update(|all| {
            all.insert(client.id, assessment);
        });
    }

    pub fn provide(self) {
        provide_context(self);
    }

    pub fn use_context() -> Store {
        expect_context::<Store>()
    }

    /// Whether edits are disabled.
    pub fn is_read_only(&self) -> bool {
        self.read_only.with(Option::is_some)
    }

    /// The client with `id`, tracked.
    pub fn client(&self, id: ClientId) -> Option<Client> {
        self.clients
            .with(|all| all.iter().find(|c| c.id == id).cloned())
    }

    /// An id for a client about to be created.
    pub fn new_client_id(&self) -> ClientId {
        self.repo
            .try_update_value(|repo| repo.new_client_id())
            .unwrap_or(ClientId(u32::MAX))
    }

    fn report(&self, result: Result<(), WriteError>) -> bool {
        self.usage.set(self.repo.with_value(|repo| repo.usage()));
        match result {
            Ok(()) => {
                self.write_error.set(None);
                self.saves.update(|n| *n += 1);
                true
            }
            Err(WriteError::Conflict { id }) => {
                // Shown as a conflict with its two ways out, not as a failed write.
                self.write_error.set(None);
                self.add_conflict(id);
                false
            }
            Err(e) => {
                self.write_error.set(Some(e));
                false
            }
        }
    }

    /// Saves a new or edited client. The in-memory record takes the change even if storage
    /// refuses it; the return value says whether it is stored.
    pub fn save_client(&self, client: Client) -> bool {
        let result = self
            .repo
            .try_update_value(|repo| repo.save_client(&client))
            .unwrap_or(Err(WriteError::ReadOnly));
        self.rescore(&client);
        let id = client.id;
        self.clients
            .update(|all| match all.iter_mut().find(|c| c.id == client.id) {
                Some(existing) => *existing = client,
                None => all.push(client),
            });
        self.unsaved.update_value(|u| {
            if result.is_ok() {
                u.remove(&id);
            } else {
                u.insert(id);
            }
        });
        let saved = self.report(result);
        if saved {
            self.count_change();
        }
        saved
    }

    /// Deletes a client. Unlike an edit, a refused delete leaves the client on screen: showing it
    /// gone while it is still stored would be a lie the next reload exposes.
    pub fn delete_client(&self, id: ClientId) -> bool {
        let result = self
            .repo
            .try_update_value(|repo| repo.delete_client(id))
            .unwrap_or(Err(WriteError::ReadOnly));
        if result.is_ok() {
            self.clients.update(|all| all.retain(|c| c.id != id));
            self.assessments.update(|all| {
                all.remove(&id);
            });
        }
        let deleted = self.report(result);
        if deleted {
            self.count_change();
        }
        deleted
    }

    pub fn save_settings(&self, settings: Settings) -> bool {
        let result = self
            .repo
            .try_update_value(|repo| repo.save_settings(&settings))
            .unwrap_or(Err(WriteError::ReadOnly));
        self.apply_settings(settings);
        let saved = self.report(result);
        if saved {
            self.count_change();
        }
        saved
    }

    /// Logs a message the user sent to `client` as an intervention dated today, and saves.
    pub fn log_sent(&self, mut client: Client, kind: InterventionKind, text: String) -> bool {
        client.add_entry(EntryBody::Intervention(Intervention {
            date: self.today.get_untracked(),
            kind,
            text,
        }));
        self.save_client(client)
    }

    /// Whether the user has no name in settings to sign messages with.
    pub fn is_unsigned(&self) -> bool {
        self.settings.with(|s| s.owner_name.trim().is_empty())
    }

    /// Adds the example clients beside the user's own; returns how many were added.
    pub fn load_examples(&self) -> usize {
        let today = self.today.get_untracked();
        let examples = example::clients(crate::text::lang(), today, || self.new_client_id());
        let count = examples.len();
        for client in examples {
            self.save_client(client);
        }
        count
    }

    /// The whole in-memory record (unsaved changes included) as a backup file's contents.
    pub fn backup_json(&self) -> String {
        let clients = self.clients.get_untracked();
        let settings = self.settings.get_untracked();
        backup::encode(&clients, Some(&settings), &browser::clock::now_iso())
    }

    /// Offers the backup as a download, and resets the backup reminder.
    pub fn download_backup(&self) -> bool {
        let today = self.today.get_untracked();
        let name = format!("clientwise-backup-{today}.json");
        let started = browser::download(&name, "application/json", &self.backup_json());
        if started {
            self.reminder.update(|r| r.record_backup(today));
            self.save_reminder();
        }
        started
    }

    /// Applies a restore plan (see `storage::restore`). Memory follows what was written; on a
    /// refused write the error is shown and everything already written stays.
    pub fn restore(&self, plan: &Plan) -> Applied {
        let applied = self
            .repo
            .try_update_value(|repo| repo.apply_restore(plan))
            .unwrap_or_else(|| Applied {
                saved: Vec::new(),
                removed: Vec::new(),
                settings: None,
                error: Some(WriteError::ReadOnly),
            });
        if let Some(settings) = &applied.settings {
            self.settings.set(settings.clone());
            let all = self
                .clients
                .with_untracked(|c| score_all(c, settings, self.today.get_untracked()));
            self.assessments.set(all);
            self.settings_restored.update(|n| *n += 1);
        }
        for client in &applied.saved {
            self.rescore(client);
        }
        self.clients.update(|all| {
            all.retain(|c| !applied.removed.contains(&c.id));
            for client in &applied.saved {
                match all.iter_mut().find(|c| c.id == client.id) {
                    Some(existing) => *existing = client.clone(),
                    None => all.push(client.clone()),
                }
            }
        });
        self.assessments.update(|all| {
            for id in &applied.removed {
                all.remove(id);
            }
        });
        if self.report(applied.error.clone().map_or(Ok(()), Err)) {
            self.count_change();
        }
        applied
    }

    /// Imports what `plan` adds, as the next import number. Every client it touches is saved on
    /// its own; the return value says whether all of them were.
    pub fn import(&self, plan: &clientwise_core::import::plan::Plan) -> bool {
        use clientwise_core::import::plan as import;
        let clients = self.clients.get_untracked();
        let number = import::next_import(&clients);
        let changed = import::apply(plan, &clients, number, || self.new_client_id());
        // Stops at the first refused write: the error is shown, and what was saved can be undone.
        changed.into_iter().all(|client| self.save_client(client))
    }

    /// Remembers the columns picked for a layout (best effort: a courtesy, like the reminder).
    pub fn remember_mapping(&self, saved: clientwise_core::import::SavedMapping) {
        self.import_mappings
            .update(|all| clientwise_core::import::remember(all, saved));
        let all = self.import_mappings.get_untracked();
        let _ = self
            .repo
            .try_update_value(|repo| repo.save_import_mappings(&all));
        self.usage.set(self.repo.with_value(|repo| repo.usage()));
    }

    /// Switches the screen to `lang` (the app rebuilds its views) and remembers it in this
    /// browser. Where it cannot be remembered (read-only or full storage) it still applies until
    /// the page is closed.
    pub fn choose_language(&self, lang: Lang) {
        let _ = self.repo.try_update_value(|repo| repo.save_language(lang));
        self.usage.set(self.repo.with_value(|repo| repo.usage()));
        self.screen_lang.set(lang);
    }

    /// Takes import `number` back out (see `import::plan::undo`).
    pub fn undo_import(&self, number: u32) -> bool {
        let clients = self.clients.get_untracked();
        let (save, delete) = clientwise_core::import::plan::undo(&clients, number);
        // Clients are saved before any is deleted, and a refused write stops the rest.
        save.into_iter().all(|client| self.save_client(client))
            && delete.into_iter().all(|id| self.delete_client(id))
    }

    /// The raw stored value of `key` (an unreadable record or its quarantine copy).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.repo.with_value(|repo| repo.raw(key))
    }
}

fn score_all(
    clients: &[Client],
    settings: &Settings,
    today: NaiveDate,
) -> HashMap<ClientId, Assessment> {
    clients
        .iter()
        .map(|c| (c.id, assess(c, &settings.thresholds, today)))
        .collect()
}
