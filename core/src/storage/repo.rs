//! The repository: loads the whole record from a key-value store and writes it back one client at
//! a time, under rules that make losing data impossible rather than unlikely.
//!
//! - One key per client plus an index key: a save writes one client (and the index only when the
//!   set of clients changes), so an edit costs the size of one client, not of everything.
//! - A value that cannot be decoded is copied, unchanged, under a quarantine key, reported, and
//!   never written over: its client id stays reserved and its key is never saved to.
//! - A value written by a newer Clientwise makes the whole repository read-only: writing older
//!   records beside newer ones could corrupt the newer app's data.
//! - Each client carries a revision. A save checks that the stored revision is still the one that
//!   was loaded; if another tab saved in between, the save is refused as a conflict instead of
//!   silently replacing the other tab's work.
//! - The index orders clients; the keys themselves are the truth. A client key missing from the
//!   index (a crash between the two writes) is still loaded.

use std::collections::{BTreeMap, BTreeSet};

use super::codec::{self, DecodeError, RecordKind};
use super::{
    CLIENT_KEY_PREFIX, INDEX_KEY, KvError, KvStore, LANGUAGE_KEY, MAPPINGS_KEY, PREFIX,
    QUARANTINE_PREFIX, REMINDER_KEY, SETTINGS_KEY,
};
use crate::i18n::Lang;
use crate::import::SavedMapping;
use crate::model::reminder::BackupReminder;
use crate::model::{Client, ClientId, Settings};

/// Something found while loading that the user must be told about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// A stored value could not be read. `kept_as` is the quarantine key holding an exact copy,
    /// or `None` if the copy could not be written (the original is left in place either way).
    Unreadable {
        key: String,
        kind: RecordKind,
        reason: DecodeError,
        kept_as: Option<String>,
    },
    /// A value was written by a newer Clientwise; everything is read-only.
    Newer { key: String, found: u64 },
    /// The store itself failed (storage disabled, or blocked by the browser's settings).
    Storage(KvError),
}

/// Why a write did not happen. In every case the caller keeps its in-memory data.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    #[error("the data is read-only because a newer Clientwise wrote it")]
    ReadOnly,
    #[error("this client was changed in another tab or window")]
    Conflict { id: ClientId },
    #[error("this record could not be read and is protected from being overwritten")]
    Protected,
    #[error(transparent)]
    Store(#[from] KvError),
}

/// What a load found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// In the user's order (the index), then any client missing from the index by id.
    pub clients: Vec<Client>,
    pub settings: Settings,
    /// This browser's backup reminder (not part of the record).
    pub reminder: BackupReminder,
    /// The column mappings remembered for import layouts (not part of the record).
    pub import_mappings: Vec<SavedMapping>,
    /// The screen language chosen in this browser, if one was (not part of the record).
    pub language: Option<Lang>,
    pub problems: Vec<LoadProblem>,
}

pub struct Repo<S: KvStore> {
    store: S,
    /// The stored revision of each loaded client.
    revs: BTreeMap<ClientId, u64>,
    order: Vec<ClientId>,
    /// Keys whose value could not be read: never written, never removed.
    protected: BTreeSet<String>,
    /// Ids in use by any stored record, readable or not.
    reserved: BTreeSet<ClientId>,
    /// The newest data version seen, when it is newer than this build's.
    newer: Option<u64>,
    /// The size of each of Clientwise's keys (key and value, in UTF-16 code units).
    sizes: BTreeMap<String, usize>,
}

/// What reading a client again found.
#[derive(Clone, Debug, PartialEq)]
pub enum Reloaded {
    Changed(Box<Client>),
    /// Another tab deleted it.
    Removed,
    /// It cannot be read (or storage failed); the key is now protected here.
    Failed(DecodeError),
}

/// A key and value's size as browsers count it against the quota.
fn units(key: &str, value: &str) -> usize {
    key.encode_utf16().count() + value.encode_utf16().count()
}

pub fn client_key(id: ClientId) -> String {
    format!("{CLIENT_KEY_PREFIX}{}", id.0)
}

impl<S: KvStore> Repo<S> {
    /// Loads everything. Never fails: whatever cannot be read is reported in the snapshot's
    /// problems and everything else is returned.
    pub fn open(store: S) -> (Repo<S>, Snapshot) {
        let mut repo = Repo {
            store,
            revs: BTreeMap::new(),
            order: Vec::new(),
            protected: BTreeSet::new(),
            reserved: BTreeSet::new(),
            newer: None,
            sizes: BTreeMap::new(),
        };
        let mut snapshot = Snapshot::default();
        let keys = match repo.store.keys() {
            Ok(keys) => keys,
            Err(e) => {
                snapshot.problems.push(LoadProblem::Storage(e));
                // Without a listing nothing can be trusted to be complete: writing now could
                // overwrite what could not be seen.
                repo.newer = Some(0);
                return (repo, snapshot);
            }
        };
        let keys: BTreeSet<String> = keys.into_iter().filter(|k| k.starts_with(PREFIX)).collect();

        if let Some(raw) = repo.read(SETTINGS_KEY, &mut snapshot) {
            match codec::decode_settings(&raw) {
                Ok(settings) => snapshot.settings = settings,
                Err(reason) => repo.set_aside(
                    SETTINGS_KEY,
                    RecordKind::Settings,
                    &raw,
                    reason,
                    &mut snapshot,
                ),
            }
        }
        // A bare language tag; anything else is treated as no choice (the browser's preferences
        // apply), since it is a preference, not a record.
        snapshot.language = repo
            .store
            .get(LANGUAGE_KEY)
            .ok()
            .flatten()
            .and_then(|tag| Lang::from_tag(&tag));
        if let Some(raw) = repo.read(REMINDER_KEY, &mut snapshot) {
            match codec::decode_reminder(&raw) {
                Ok(reminder) => snapshot.reminder = reminder,
                Err(reason) => repo.set_aside(
                    REMINDER_KEY,
                    RecordKind::Reminder,
                    &raw,
                    reason,
                    &mut snapshot,
                ),
            }
        }
        if let Some(raw) = repo.read(MAPPINGS_KEY, &mut snapshot) {
            match codec::decode_mappings(&raw) {
                Ok(mappings) => snapshot.import_mappings = mappings,
                Err(reason) => repo.set_aside(
                    MAPPINGS_KEY,
                    RecordKind::ImportMappings,
                    &raw,
                    reason,
                    &mut snapshot,
                ),
            }
        }
        let mut indexed = Vec::new();
        if let Some(raw) = repo.read(INDEX_KEY, &mut snapshot) {
            match codec::decode_index(&raw) {
                Ok(ids) => indexed = ids,
                Err(reason) => {
                    repo.set_aside(INDEX_KEY, RecordKind::Index, &raw, reason, &mut snapshot)
                }
            }
        }
        let stored: BTreeSet<ClientId> = keys
            .iter()
            .filter_map(|k| k.strip_prefix(CLIENT_KEY_PREFIX))
            .filter_map(|id| id.parse().ok().map(ClientId))
            .collect();
        repo.reserved.extend(indexed.iter().copied());
        repo.reserved.extend(stored.iter().copied());

        let mut seen = BTreeSet::new();
        let in_order = indexed
            .into_iter()
            .filter(|id| stored.contains(id))
            .chain(stored.iter().copied())
            .filter(|id| seen.insert(*id));
        let in_order: Vec<ClientId> = in_order.collect();
        for id in in_order {
            let key = client_key(id);
            let Some(raw) = repo.read(&key, &mut snapshot) else {
                continue;
            };
            match codec::decode_client(&raw, id) {
                Ok((client, rev)) => {
                    repo.revs.insert(id, rev);
                    repo.order.push(id);
                    snapshot.clients.push(client);
                }
                Err(reason) => {
                    repo.set_aside(&key, RecordKind::Client, &raw, reason, &mut snapshot)
                }
            }
        }
        // Quarantined copies and anything else under the prefix count against the quota too.
        for key in &keys {
            if !repo.sizes.contains_key(key)
                && let Ok(Some(raw)) = repo.store.get(key)
            {
                repo.sizes.insert(key.clone(), units(key, &raw));
            }
        }
        (repo, snapshot)
    }

    fn read(&mut self, key: &str, snapshot: &mut Snapshot) -> Option<String> {
        match self.store.get(key) {
            Ok(value) => {
                if let Some(raw) = &value {
                    self.sizes.insert(key.to_owned(), units(key, raw));
                }
                value
            }
            Err(e) => {
                self.protected.insert(key.to_owned());
                snapshot.problems.push(LoadProblem::Storage(e));
                None
            }
        }
    }

    /// Handles a value that did not decode: a newer version makes everything read-only; anything
    /// else is copied to quarantine. Either way its key is protected.
    fn set_aside(
        &mut self,
        key: &str,
        kind: RecordKind,
        raw: &str,
        reason: DecodeError,
        snapshot: &mut Snapshot,
    ) {
        self.protected.insert(key.to_owned());
        if let DecodeError::Newer { found } = reason {
            self.newer = Some(self.newer.map_or(found, |n| n.max(found)));
            snapshot.problems.push(LoadProblem::Newer {
                key: key.to_owned(),
                found,
            });
            return;
        }
        let kept_as = self.quarantine(key, raw);
        // Settings and the index are replaced by fresh values once an exact copy of the old one
        // is safe; a client's key stays protected, its id reserved, until the user decides.
        if kind != RecordKind::Client && kept_as.is_some() {
            self.protected.remove(key);
        }
        snapshot.problems.push(LoadProblem::Unreadable {
            key: key.to_owned(),
            kind,
            reason,
            kept_as,
        });
    }

    /// Copies `raw` under a quarantine key for `key`, reusing an identical earlier copy (so a
    /// reload does not pile up copies) and never replacing a different one.
    fn quarantine(&mut self, key: &str, raw: &str) -> Option<String> {
        let base = format!("{QUARANTINE_PREFIX}{}", key.trim_start_matches(PREFIX));
        for n in 1..=100 {
            let candidate = if n == 1 {
                base.clone()
            } else {
                format!("{base}:{n}")
            };
            match self.store.get(&candidate) {
                Ok(Some(existing)) if existing == raw => return Some(candidate),
                Ok(Some(_)) => continue,
                Ok(None) => {
                    return self.put(&candidate, raw).ok().map(|()| candidate);
                }
                Err(_) => return None,
            }
        }
        None
    }

    /// `Some(version)` when the data is read-only because a newer Clientwise wrote it (0 when the
    /// store could not even be listed).
    pub fn read_only(&self) -> Option<u64> {
        self.newer
    }

    /// An id no stored record uses, readable or not, and no other tab has taken since loading.
    pub fn new_client_id(&mut self) -> ClientId {
        let mut next = self.reserved.iter().next_back().map_or(1, |id| id.0 + 1);
        while matches!(self.store.get(&client_key(ClientId(next))), Ok(Some(_))) {
            next += 1;
        }
        let id = ClientId(next);
        self.reserved.insert(id);
        id
    }

    /// Whether a client could be stored under `id` as a new client: no record, readable or not,
    /// uses it.
    pub fn id_is_free(&self, id: ClientId) -> bool {
        !self.reserved.contains(&id) && matches!(self.store.get(&client_key(id)), Ok(None))
    }

    fn check_writable(&self, key: &str) -> Result<(), WriteError> {
        if self.newer.is_some() {
            return Err(WriteError::ReadOnly);
        }
        if self.protected.contains(key) {
            return Err(WriteError::Protected);
        }
        Ok(())
    }

    /// Fails with `Conflict` unless the stored revision of `id` is the one this repository last
    /// loaded or wrote (for a new client: that nothing is stored under its key).
    fn check_unchanged(&self, id: ClientId, key: &str) -> Result<(), WriteError> {
        let stored = self.store.get(key)?;
        let stored_rev = stored.as_deref().map(codec::peek_rev);
        match (self.revs.get(&id), stored_rev) {
            (None, None) => Ok(()),
            (Some(mine), Some(Some(theirs))) if *mine == theirs => Ok(()),
            _ => Err(WriteError::Conflict { id }),
        }
    }

    /// Saves one client (new or edited). Synchronous: when it returns `Ok`, a reload finds it.
    pub fn save_client(&mut self, client: &Client) -> Result<(), WriteError> {
        let key = client_key(client.id);
        self.check_writable(&key)?;
        self.check_unchanged(client.id, &key)?;
        let rev = self.revs.get(&client.id).map_or(1, |r| r + 1);
        self.put(&key, &codec::encode_client(client, rev))?;
        self.revs.insert(client.id, rev);
        self.reserved.insert(client.id);
        if !self.order.contains(&client.id) {
            self.order.push(client.id);
            // The client itself is safe; if the index cannot be written, the next load still
            // finds the client by its key.
            self.write_index();
        }
        Ok(())
    }

    /// Deletes one client, unless another tab changed it since it was loaded.
    pub fn delete_client(&mut self, id: ClientId) -> Result<(), WriteError> {
        let key = client_key(id);
        self.check_writable(&key)?;
        self.check_unchanged(id, &key)?;
        // The key goes first: a crash before the index is rewritten leaves an index entry
        // without a key, which loading skips, never a deleted client coming back.
        self.del(&key)?;
        self.revs.remove(&id);
        self.order.retain(|o| *o != id);
        self.write_index();
        Ok(())
    }

    fn write_index(&mut self) {
        if self.check_writable(INDEX_KEY).is_ok() {
            // Best effort by design (see `save_client`).
            let _ = self.put(INDEX_KEY, &codec::encode_index(&self.order));
        }
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), WriteError> {
        self.check_writable(SETTINGS_KEY)?;
        self.put(SETTINGS_KEY, &codec::encode_settings(settings))?;
        Ok(())
    }

    /// Saves this browser's backup reminder (read-only data leaves it alone too: a newer version
    /// owns every key).
    pub fn save_reminder(&mut self, reminder: &BackupReminder) -> Result<(), WriteError> {
        self.check_writable(REMINDER_KEY)?;
        self.put(REMINDER_KEY, &codec::encode_reminder(reminder))?;
        Ok(())
    }

    /// Remembers the screen language chosen in this browser.
    pub fn save_language(&mut self, lang: Lang) -> Result<(), WriteError> {
        self.check_writable(LANGUAGE_KEY)?;
        self.put(LANGUAGE_KEY, lang.tag())?;
        Ok(())
    }

    /// Saves the remembered import column mappings.
    pub fn save_import_mappings(&mut self, mappings: &[SavedMapping]) -> Result<(), WriteError> {
        self.check_writable(MAPPINGS_KEY)?;
        self.put(MAPPINGS_KEY, &codec::encode_mappings(mappings))?;
        Ok(())
    }

    /// How much of the browser's quota Clientwise's keys use, in UTF-16 code units (see
    /// `QUOTA_UNITS`).
    pub fn usage(&self) -> usize {
        self.sizes.values().sum()
    }

    /// Reads client `id` again after another tab changed it. Updates what this repository
    /// expects to find there, so that the next save here is checked against the new revision.
    pub fn reload_client(&mut self, id: ClientId) -> Reloaded {
        let key = client_key(id);
        let raw = match self.store.get(&key) {
            Ok(raw) => raw,
            Err(e) => {
                return Reloaded::Failed(DecodeError::Invalid {
                    path: key,
                    message: e.to_string(),
                });
            }
        };
        let Some(raw) = raw else {
            self.revs.remove(&id);
            self.order.retain(|o| *o != id);
            self.sizes.remove(&key);
            return Reloaded::Removed;
        };
        self.sizes.insert(key.clone(), units(&key, &raw));
        self.reserved.insert(id);
        match codec::decode_client(&raw, id) {
            Ok((client, rev)) => {
                self.revs.insert(id, rev);
                if !self.order.contains(&id) {
                    self.order.push(id);
                }
                self.protected.remove(&key);
                Reloaded::Changed(Box::new(client))
            }
            Err(reason) => {
                if let DecodeError::Newer { found } = reason {
                    self.newer = Some(self.newer.map_or(found, |n| n.max(found)));
                }
                // Another tab's value this tab cannot read: never write over it from here.
                self.protected.insert(key);
                Reloaded::Failed(reason)
            }
        }
    }

    /// Reads the settings again after another tab changed them.
    pub fn reload_settings(&mut self) -> Result<Settings, DecodeError> {
        match self.store.get(SETTINGS_KEY) {
            Ok(Some(raw)) => {
                self.sizes
                    .insert(SETTINGS_KEY.to_owned(), units(SETTINGS_KEY, &raw));
                let decoded = codec::decode_settings(&raw);
                if let Err(DecodeError::Newer { found }) = decoded {
                    self.newer = Some(self.newer.map_or(found, |n| n.max(found)));
                }
                decoded
            }
            Ok(None) => Ok(Settings::default()),
            Err(e) => Err(DecodeError::Invalid {
                path: SETTINGS_KEY.to_owned(),
                message: e.to_string(),
            }),
        }
    }

    fn put(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.store.set(key, value)?;
        self.sizes.insert(key.to_owned(), units(key, value));
        Ok(())
    }

    fn del(&mut self, key: &str) -> Result<(), KvError> {
        self.store.remove(key)?;
        self.sizes.remove(key);
        Ok(())
    }

    /// The raw value of a quarantined or unreadable key, for the user to download.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.store.get(key).ok().flatten()
    }

    /// For tests and drills that need to change the store behind the repository's back.
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }
}
