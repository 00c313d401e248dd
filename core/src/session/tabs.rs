//! Other tabs of the same browser: following what they write, and the conflicts that arise when
//! this tab holds a version it could not save. A client this tab could not save is never
//! replaced silently: the user keeps both, or takes the other version.

use super::{Changes, Session};
use crate::model::ClientId;
use crate::storage::{
    CLIENT_KEY_PREFIX, KvStore, REMINDER_KEY, Reloaded, SETTINGS_KEY, WriteError, codec,
};

impl<S: KvStore> Session<S> {
    /// Another tab changed `key` (or, with `None`, cleared everything).
    pub(super) fn other_tab_changed(&mut self, key: Option<String>, changes: &mut Changes) {
        changes.status = true;
        let Some(key) = key else {
            self.cleared_elsewhere = true;
            return;
        };
        if let Some(id) = key
            .strip_prefix(CLIENT_KEY_PREFIX)
            .and_then(|id| id.parse().ok())
            .map(ClientId)
        {
            if self.unsaved.contains(&id) {
                // This tab holds a version it could not save: never replace it silently.
                self.add_conflict(id);
            } else {
                self.take_stored(id, changes);
            }
        } else if key == SETTINGS_KEY {
            if let Ok(settings) = self.repo.reload_settings() {
                self.settings = settings;
                changes.settings = true;
            }
        } else if key == REMINDER_KEY {
            let raw = self.repo.raw(REMINDER_KEY);
            if let Some(Ok(reminder)) = raw.map(|raw| codec::decode_reminder(&raw)) {
                self.reminder = reminder;
            }
        }
    }

    /// Replaces this tab's version of client `id` with the stored one (another tab's).
    fn take_stored(&mut self, id: ClientId, changes: &mut Changes) {
        match self.repo.reload_client(id) {
            Reloaded::Changed(client) => {
                let client = *client;
                match self.clients.iter_mut().find(|c| c.id == id) {
                    Some(existing) => *existing = client,
                    None => self.clients.push(client),
                }
                changes.client(id);
            }
            Reloaded::Removed => {
                self.clients.retain(|c| c.id != id);
                changes.remove(id);
            }
            // Kept as it is here; the key is protected, so nothing is written over it.
            Reloaded::Failed(_) => return,
        }
        self.unsaved.remove(&id);
        self.conflicts.retain(|c| *c != id);
        changes.status = true;
    }

    /// Resolves a conflict by taking the other tab's version of client `id`.
    pub(super) fn use_other_version(&mut self, id: ClientId, changes: &mut Changes) {
        self.take_stored(id, changes);
        if matches!(self.write_error, Some(WriteError::Conflict { id: e }) if e == id) {
            self.write_error = None;
        }
        changes.status = true;
    }

    /// Resolves a conflict by keeping both: this tab's version is saved as a new client named
    /// `copy_name`, then the other tab's version is taken. If the copy cannot be saved, nothing
    /// else happens, so this tab's version is never lost.
    pub(super) fn keep_both(&mut self, id: ClientId, copy_name: String, changes: &mut Changes) {
        let Some(mut mine) = self.client(id).cloned() else {
            return;
        };
        mine.id = self.repo.new_client_id();
        mine.name = copy_name;
        if self.save(mine, changes) {
            self.use_other_version(id, changes);
        }
    }
}
