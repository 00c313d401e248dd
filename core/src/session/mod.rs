//! One tab's record in use: the clients, settings and browser preferences loaded from storage,
//! every change to them as a `Command`, and the rules of what a command writes and what it
//! changes (status moves, the parting checklist's completion, the backup reminder, the
//! storage-space warning, refused writes and conflicts). The app sends commands, turns the
//! `Changes` it gets back into signals and touches the browser; it decides nothing itself.
//!
//! A write is applied to memory first and to storage second. If storage refuses it, the
//! in-memory record keeps the change (nothing the user typed is lost) and the refusal is kept in
//! `write_error` (or, for another tab's change, in `conflicts`) until a later write succeeds.
//!
//! Scores are not kept here: they are pure functions of a client, the thresholds and today
//! (`scoring::assess`), computed by whoever shows them.

mod command;
mod tabs;

use std::collections::BTreeSet;

use chrono::NaiveDate;

pub use command::{Changes, Command, Outcome};

use crate::example;
use crate::i18n::Lang;
use crate::import::{self, SavedMapping};
use crate::model::reminder::{BackupReminder, Due};
use crate::model::{
    Client, ClientId, EntryBody, Intervention, Parting, PartingReason, Settings, Status,
};
use crate::scoring::{Pattern, assess};
use crate::storage::{KvStore, LoadProblem, QUOTA_UNITS, Repo, WriteError};

/// Warn when Clientwise uses this much of the browser's quota: room is left for a few more
/// months of records and for the warning to be acted on.
pub const USAGE_WARNING_PERCENT: u8 = 80;

/// `used` (UTF-16 code units) as a whole percentage of the browser's quota.
pub fn usage_percent(used: usize) -> u8 {
    let percent = used.saturating_mul(100) / QUOTA_UNITS;
    percent.min(100) as u8
}

pub struct Session<S: KvStore> {
    repo: Repo<S>,
    /// In the user's order.
    clients: Vec<Client>,
    settings: Settings,
    reminder: BackupReminder,
    import_mappings: Vec<SavedMapping>,
    /// The screen language chosen in this browser, if one was.
    language: Option<Lang>,
    problems: Vec<LoadProblem>,
    write_error: Option<WriteError>,
    conflicts: Vec<ClientId>,
    /// Clients whose version here is not the stored one because a write failed.
    unsaved: BTreeSet<ClientId>,
    cleared_elsewhere: bool,
    usage_warning_dismissed: bool,
    saves: u32,
    today: NaiveDate,
}

impl<S: KvStore> Session<S> {
    /// Loads everything from `store`, as of `today`. Never fails: what cannot be read is listed
    /// in `problems`.
    pub fn open(store: S, today: NaiveDate) -> Session<S> {
        let (repo, snapshot) = Repo::open(store);
        Session {
            repo,
            clients: snapshot.clients,
            settings: snapshot.settings,
            reminder: snapshot.reminder,
            import_mappings: snapshot.import_mappings,
            language: snapshot.language,
            problems: snapshot.problems,
            write_error: None,
            conflicts: Vec::new(),
            unsaved: BTreeSet::new(),
            cleared_elsewhere: false,
            usage_warning_dismissed: false,
            saves: 0,
            today,
        }
    }

    pub fn clients(&self) -> &[Client] {
        &self.clients
    }

    pub fn client(&self, id: ClientId) -> Option<&Client> {
        self.clients.iter().find(|c| c.id == id)
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    pub fn import_mappings(&self) -> &[SavedMapping] {
        &self.import_mappings
    }

    pub fn language(&self) -> Option<Lang> {
        self.language
    }

    pub fn reminder(&self) -> &BackupReminder {
        &self.reminder
    }

    /// Whether to show the backup reminder today (never over read-only data: nothing new to keep).
    pub fn reminder_due(&self) -> Option<Due> {
        self.reminder
            .due(self.today)
            .filter(|_| self.read_only().is_none())
    }

    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    pub fn write_error(&self) -> Option<&WriteError> {
        self.write_error.as_ref()
    }

    /// Clients changed in another tab while this tab holds a version it could not save.
    pub fn conflicts(&self) -> &[ClientId] {
        &self.conflicts
    }

    /// Another tab cleared all of the site's data; this tab still holds everything.
    pub fn cleared_elsewhere(&self) -> bool {
        self.cleared_elsewhere
    }

    /// `Some(version)` when the data is read-only (see `Repo::read_only`).
    pub fn read_only(&self) -> Option<u64> {
        self.repo.read_only()
    }

    /// How much of the browser's quota Clientwise uses (UTF-16 code units).
    pub fn usage(&self) -> usize {
        self.repo.usage()
    }

    /// The percentage of the quota used, when it calls for a warning the user has not put off.
    pub fn usage_warning(&self) -> Option<u8> {
        let percent = usage_percent(self.usage());
        (percent >= USAGE_WARNING_PERCENT && !self.usage_warning_dismissed).then_some(percent)
    }

    /// How many writes have succeeded since the page was opened.
    pub fn saves(&self) -> u32 {
        self.saves
    }

    /// The raw stored value of `key` (an unreadable record or its quarantine copy).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.repo.raw(key)
    }

    /// The underlying store, for tests that stage a fault.
    pub fn store_mut(&mut self) -> &mut S {
        self.repo.store_mut()
    }

    /// Handles one command and says what changed.
    pub fn handle(&mut self, command: Command) -> Changes {
        let mut changes = Changes::default();
        match command {
            Command::AddClient(mut client) => {
                // The id is taken only now, so an abandoned form reserves nothing.
                client.id = self.repo.new_client_id();
                self.save(client, &mut changes);
            }
            Command::EditProfile { id, profile } => {
                let client = match self.client(id) {
                    Some(current) => {
                        let mut current = current.clone();
                        current.take_profile(profile);
                        current
                    }
                    // Deleted in another tab meanwhile: saving brings it back as edited.
                    None => profile,
                };
                self.save(client, &mut changes);
            }
            Command::DeleteClient(id) => {
                self.delete(id, &mut changes);
            }
            Command::AddEntry { client, body } => {
                self.edit_client(client, &mut changes, |c| {
                    c.add_entry(body);
                    true
                });
            }
            Command::EditEntry {
                client,
                entry,
                body,
            } => {
                self.edit_client(client, &mut changes, |c| {
                    c.update_entry(entry, body);
                    true
                });
            }
            Command::DeleteEntry { client, entry } => {
                self.edit_client(client, &mut changes, |c| c.remove_entry(entry));
            }
            Command::MarkSent { client, kind, text } => {
                let date = self.today;
                self.edit_client(client, &mut changes, |c| {
                    c.add_entry(EntryBody::Intervention(Intervention { date, kind, text }));
                    true
                });
            }
            Command::StartParting(id) => self.start_parting(id, &mut changes),
            Command::EditParting { client, parting } => {
                self.edit_client(client, &mut changes, |c| {
                    c.parting = Some(parting);
                    c.status = status_after_parting_change(c);
                    true
                });
            }
            Command::SaveSettings(settings) => {
                let result = self.repo.save_settings(&settings);
                self.settings = settings;
                changes.settings = true;
                if self.report(result, &mut changes) {
                    self.count_change(&mut changes);
                }
            }
            Command::SetReminderEvery { changes: n, days } => {
                self.reminder.every_changes = n;
                self.reminder.every_days = days;
                let result = self.repo.save_reminder(&self.reminder);
                self.report(result, &mut changes);
            }
            Command::SnoozeReminder => {
                self.reminder.snooze(self.today);
                self.save_reminder(&mut changes);
            }
            Command::BackupTaken => {
                self.reminder.record_backup(self.today);
                self.save_reminder(&mut changes);
            }
            Command::LoadExamples(lang) => {
                let repo = &mut self.repo;
                let examples = example::clients(lang, self.today, || repo.new_client_id());
                for client in examples {
                    self.save(client, &mut changes);
                }
            }
            Command::Restore(plan) => self.restore(&plan, &mut changes),
            Command::Import(plan) => {
                let number = import::plan::next_import(&self.clients);
                let repo = &mut self.repo;
                let changed =
                    import::plan::apply(&plan, &self.clients, number, || repo.new_client_id());
                // Stops at the first refused write: the error is shown, and what was saved can be
                // undone.
                for client in changed {
                    if !self.save(client, &mut changes) {
                        break;
                    }
                }
            }
            Command::UndoImport(number) => {
                let (save, delete) = import::plan::undo(&self.clients, number);
                // Clients are saved before any is deleted, and a refused write stops the rest.
                let saved = save.into_iter().all(|c| self.save(c, &mut changes));
                if saved {
                    for id in delete {
                        if !self.delete(id, &mut changes) {
                            break;
                        }
                    }
                }
            }
            Command::RememberMapping(saved) => {
                import::remember(&mut self.import_mappings, saved);
                // Best effort: a courtesy, never worth an error about the record.
                let _ = self.repo.save_import_mappings(&self.import_mappings);
                changes.mappings = true;
                changes.status = true;
            }
            Command::ChooseLanguage(lang) => {
                // Where it cannot be remembered (read-only or full storage) it still applies until
                // the page is closed.
                let _ = self.repo.save_language(lang);
                self.language = Some(lang);
                changes.language = true;
                changes.status = true;
            }
            Command::OtherTabChanged(key) => self.other_tab_changed(key, &mut changes),
            Command::KeepBoth { client, copy_name } => {
                self.keep_both(client, copy_name, &mut changes);
            }
            Command::UseOtherVersion(id) => self.use_other_version(id, &mut changes),
            Command::DismissProblem(index) => {
                if index < self.problems.len() {
                    self.problems.remove(index);
                }
                changes.status = true;
            }
            Command::DismissWriteError => {
                self.write_error = None;
                changes.status = true;
            }
            Command::DismissClearedElsewhere => {
                self.cleared_elsewhere = false;
                changes.status = true;
            }
            Command::DismissUsageWarning => {
                self.usage_warning_dismissed = true;
                changes.status = true;
            }
            Command::NewDay(day) => {
                if day != self.today {
                    self.today = day;
                    changes.today = true;
                    changes.status = true;
                }
            }
        }
        changes
    }

    /// Changes client `id` with `change` (which says whether anything changed) and saves it.
    fn edit_client(
        &mut self,
        id: ClientId,
        changes: &mut Changes,
        change: impl FnOnce(&mut Client) -> bool,
    ) -> bool {
        let Some(mut client) = self.client(id).cloned() else {
            return false;
        };
        change(&mut client) && self.save(client, changes)
    }

    fn start_parting(&mut self, id: ClientId, changes: &mut Changes) {
        let (today, thresholds) = (self.today, self.settings.thresholds);
        self.edit_client(id, changes, |c| {
            if c.parting.is_none() {
                // The reason the verdict points to; the letter lets the user pick another.
                let reason = match assess(c, &thresholds, today).verdict.driver {
                    Some(Pattern::NonPaying) => PartingReason::Payment,
                    Some(Pattern::Unresponsive) => PartingReason::Responsiveness,
                    Some(Pattern::Controlling) => PartingReason::Control,
                    None => PartingReason::Fit,
                };
                c.parting = Some(Parting::new(today, reason));
            }
            c.status = Status::Parting;
            true
        });
    }

    /// Saves a new or edited client. The in-memory record takes the change even if storage
    /// refuses it; the return value says whether it is stored.
    fn save(&mut self, client: Client, changes: &mut Changes) -> bool {
        let result = self.repo.save_client(&client);
        let id = client.id;
        match self.clients.iter_mut().find(|c| c.id == id) {
            Some(existing) => *existing = client,
            None => self.clients.push(client),
        }
        changes.client(id);
        if result.is_ok() {
            self.unsaved.remove(&id);
        } else {
            self.unsaved.insert(id);
        }
        let saved = self.report(result, changes);
        if saved {
            self.count_change(changes);
        }
        saved
    }

    /// Deletes a client. Unlike an edit, a refused delete leaves the client in the record:
    /// showing it gone while it is still stored would be a lie the next reload exposes.
    fn delete(&mut self, id: ClientId, changes: &mut Changes) -> bool {
        let result = self.repo.delete_client(id);
        if result.is_ok() {
            self.clients.retain(|c| c.id != id);
            self.unsaved.remove(&id);
            changes.remove(id);
        }
        let deleted = self.report(result, changes);
        if deleted {
            self.count_change(changes);
        }
        deleted
    }

    fn restore(&mut self, plan: &crate::storage::Plan, changes: &mut Changes) {
        let applied = self.repo.apply_restore(plan);
        if let Some(settings) = &applied.settings {
            self.settings = settings.clone();
            changes.settings = true;
        }
        self.clients.retain(|c| !applied.removed.contains(&c.id));
        for id in &applied.removed {
            changes.remove(*id);
        }
        for client in &applied.saved {
            match self.clients.iter_mut().find(|c| c.id == client.id) {
                Some(existing) => *existing = client.clone(),
                None => self.clients.push(client.clone()),
            }
            changes.client(client.id);
        }
        if self.report(applied.error.clone().map_or(Ok(()), Err), changes) {
            self.count_change(changes);
        }
        changes.restored = Some(applied);
    }

    /// Records a write's result: the last refused write is kept until the next one succeeds,
    /// and another tab's change is a conflict with its two ways out, not a failed write.
    fn report(&mut self, result: Result<(), WriteError>, changes: &mut Changes) -> bool {
        changes.status = true;
        match result {
            Ok(()) => {
                self.write_error = None;
                self.saves = self.saves.saturating_add(1);
                if changes.outcome == Outcome::Nothing {
                    changes.outcome = Outcome::Saved;
                }
                true
            }
            Err(error) => {
                if let WriteError::Conflict { id } = error {
                    self.write_error = None;
                    self.add_conflict(id);
                } else {
                    self.write_error = Some(error.clone());
                }
                if !matches!(changes.outcome, Outcome::Refused(_)) {
                    changes.outcome = Outcome::Refused(error);
                }
                false
            }
        }
    }

    /// Counts a saved change for the backup reminder; after the first, the browser is asked to
    /// keep the data (the record now holds something worth keeping).
    fn count_change(&mut self, changes: &mut Changes) {
        self.reminder.record_change(self.today);
        self.save_reminder(changes);
        if self.saves == 1 {
            changes.ask_to_persist = true;
        }
    }

    fn save_reminder(&mut self, changes: &mut Changes) {
        // Best effort: the reminder is a courtesy, never worth an error about the record.
        let _ = self.repo.save_reminder(&self.reminder);
        changes.status = true;
    }

    fn add_conflict(&mut self, id: ClientId) {
        if !self.conflicts.contains(&id) {
            self.conflicts.push(id);
        }
    }
}

/// The parting checklist decides the status: all done is a former client; undoing an item of a
/// former client's checklist makes them a parting client again.
fn status_after_parting_change(client: &Client) -> Status {
    let complete = client
        .parting
        .as_ref()
        .is_some_and(|p| p.is_complete(client));
    match (complete, client.status) {
        (true, _) => Status::Former,
        (false, Status::Former) => Status::Parting,
        (false, status) => status,
    }
}
