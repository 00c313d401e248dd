//! The app's state: the loaded record as signals, and every write, through the core's repository,
//! to localStorage. Provided once as context; pages read signals and call `Store` methods.
//!
//! A write is applied to memory first and to storage second, synchronously. If storage refuses,
//! the in-memory record keeps the change (nothing the user typed is lost), the failure is shown at
//! once, and the banner offers the whole in-memory record as a backup download.

use std::collections::HashMap;

use chrono::NaiveDate;
use clientwise_core::example;
use clientwise_core::model::{
    Client, ClientId, EntryBody, Intervention, InterventionKind, Settings,
};
use clientwise_core::scoring::{Assessment, assess};
use clientwise_core::storage::restore::Applied;
use clientwise_core::storage::{LoadProblem, Plan, Repo, WriteError, backup};
use leptos::prelude::*;

use crate::browser::{self, storage::BrowserKv};

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
    /// The day scores are computed for, read from the clock once when the app starts.
    pub today: NaiveDate,
    repo: StoredValue<Repo<BrowserKv>>,
}

impl Store {
    /// Loads everything from localStorage.
    pub fn open() -> Store {
        let (repo, snapshot) = Repo::open(BrowserKv);
        let today = browser::today();
        let assessments = score_all(&snapshot.clients, &snapshot.settings, today);
        Store {
            clients: RwSignal::new(snapshot.clients),
            settings: RwSignal::new(snapshot.settings),
            problems: RwSignal::new(snapshot.problems),
            write_error: RwSignal::new(None),
            saves: RwSignal::new(0),
            read_only: RwSignal::new(repo.read_only()),
            assessments: RwSignal::new(assessments),
            settings_restored: RwSignal::new(0),
            today,
            repo: StoredValue::new(repo),
        }
    }

    /// The scores of client `id`, tracked.
    pub fn assessment(&self, id: ClientId) -> Option<Assessment> {
        self.assessments.with(|all| all.get(&id).cloned())
    }

    fn rescore(&self, client: &Client) {
        let thresholds = self.settings.with_untracked(|s| s.thresholds);
        let assessment = assess(client, &thresholds, self.today);
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
        match result {
            Ok(()) => {
                self.write_error.set(None);
                self.saves.update(|n| *n += 1);
                true
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
        self.clients
            .update(|all| match all.iter_mut().find(|c| c.id == client.id) {
                Some(existing) => *existing = client,
                None => all.push(client),
            });
        self.report(result)
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
        self.report(result)
    }

    pub fn save_settings(&self, settings: Settings) -> bool {
        let result = self
            .repo
            .try_update_value(|repo| repo.save_settings(&settings))
            .unwrap_or(Err(WriteError::ReadOnly));
        let rescore = self
            .settings
            .with_untracked(|s| s.thresholds != settings.thresholds);
        if rescore {
            let all = self
                .clients
                .with_untracked(|c| score_all(c, &settings, self.today));
            self.assessments.set(all);
        }
        self.settings.set(settings);
        self.report(result)
    }

    /// Logs a message the user sent to `client` as an intervention dated today, and saves.
    pub fn log_sent(&self, mut client: Client, kind: InterventionKind, text: String) -> bool {
        client.add_entry(EntryBody::Intervention(Intervention {
            date: self.today,
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
        let examples = example::clients(self.today, || self.new_client_id());
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
        backup::encode(&clients, Some(&settings), &browser::now_iso())
    }

    /// Offers the backup as a download.
    pub fn download_backup(&self) -> bool {
        let name = format!("clientwise-backup-{}.json", browser::today());
        browser::download(&name, "application/json", &self.backup_json())
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
                .with_untracked(|c| score_all(c, settings, self.today));
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
        self.report(applied.error.clone().map_or(Ok(()), Err));
        applied
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
