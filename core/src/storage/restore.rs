//! Restoring a backup file: a plan that says, before anything is written, which clients the file
//! adds, which it replaces and which it leaves as they are, then the writes through the
//! repository.
//!
//! - **Merge** keeps every client in this browser and brings in the file's: a file client that
//!   matches a local one (same id and name, or else the same name) replaces it; any other is
//!   added. Your settings stay.
//! - **Replace** makes this browser hold exactly what the file holds: clients are matched the
//!   same way and replaced, the rest of the file's are added, local clients the file lacks are
//!   deleted, and the file's settings (when it has them) replace yours. A client is never shown
//!   as "replaced" by one with another name: that is an addition and a deletion.
//!
//! Names match ignoring case and spacing (`model::name_key`). A file client whose id is taken by
//! another client (or by an unreadable record kept aside) gets a new id: nothing is overwritten
//! that the plan did not list.

use std::collections::BTreeSet;

use super::KvStore;
use super::backup::Backup;
use super::repo::{Repo, WriteError};
use crate::model::{Client, ClientId, Settings, name_key};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RestoreMode {
    Merge,
    Replace,
}

/// What a restore will do. Built by `plan`, shown to the user, then applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub mode: RestoreMode,
    /// Clients new to this browser, with the file's ids (renumbered when applied if taken).
    pub add: Vec<Client>,
    /// The file's version of local clients, already carrying the local ids.
    pub replace: Vec<Client>,
    /// Local clients identical to the file's.
    pub unchanged: Vec<(ClientId, String)>,
    /// Local clients a replace deletes (always empty for a merge).
    pub remove: Vec<(ClientId, String)>,
    /// Settings to write (a replace with a file that has settings).
    pub settings: Option<Settings>,
}

impl Plan {
    /// Whether applying the plan would change nothing.
    pub fn is_empty(&self) -> bool {
        self.add.is_empty()
            && self.replace.is_empty()
            && self.remove.is_empty()
            && self.settings.is_none()
    }
}

/// Works out what restoring `backup` over `current` in `mode` would do. Pure: nothing is written.
pub fn plan(
    current: &[Client],
    current_settings: &Settings,
    backup: Backup,
    mode: RestoreMode,
) -> Plan {
    let mut matched: BTreeSet<ClientId> = BTreeSet::new();
    let mut plan = Plan {
        mode,
        add: Vec::new(),
        replace: Vec::new(),
        unchanged: Vec::new(),
        remove: Vec::new(),
        settings: match mode {
            RestoreMode::Replace => backup.settings.filter(|s| s != current_settings),
            RestoreMode::Merge => None,
        },
    };
    for mut incoming in backup.clients {
        let key = name_key(&incoming.name);
        let free = |c: &&Client| !matched.contains(&c.id);
        let by_id = current
            .iter()
            .filter(free)
            .find(|c| c.id == incoming.id && name_key(&c.name) == key);
        let local = by_id.or_else(|| {
            current
                .iter()
                .filter(free)
                .find(|c| name_key(&c.name) == key)
        });
        match local {
            Some(local) => {
                matched.insert(local.id);
                incoming.id = local.id;
                if incoming == *local {
                    plan.unchanged.push((local.id, local.name.clone()));
                } else {
                    plan.replace.push(incoming);
                }
            }
            None => plan.add.push(incoming),
        }
    }
    if mode == RestoreMode::Replace {
        plan.remove = current
            .iter()
            .filter(|c| !matched.contains(&c.id))
            .map(|c| (c.id, c.name.clone()))
            .collect();
    }
    plan
}

/// What applying a plan did. On an error, everything before it was written and nothing after.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// Clients written, as stored (added ones with the id they were given).
    pub saved: Vec<Client>,
    pub removed: Vec<ClientId>,
    pub settings: Option<Settings>,
    pub error: Option<WriteError>,
}

impl<S: KvStore> Repo<S> {
    /// Applies a restore plan: replacements first, then additions, the settings, and deletions
    /// last, so that a write refused half-way (a full quota) never leaves fewer clients than
    /// before. Stops at the first refused write and says what was done.
    pub fn apply_restore(&mut self, plan: &Plan) -> Applied {
        let mut applied = Applied {
            saved: Vec::new(),
            removed: Vec::new(),
            settings: None,
            error: None,
        };
        let result = (|| {
            for client in &plan.replace {
                self.save_client(client)?;
                applied.saved.push(client.clone());
            }
            for client in &plan.add {
                let mut client = client.clone();
                if client.id.0 == 0 || !self.id_is_free(client.id) {
                    client.id = self.new_client_id();
                }
                self.save_client(&client)?;
                applied.saved.push(client);
            }
            if let Some(settings) = &plan.settings {
                self.save_settings(settings)?;
                applied.settings = Some(settings.clone());
            }
            for (id, _) in &plan.remove {
                self.delete_client(*id)?;
                applied.removed.push(*id);
            }
            Ok::<(), WriteError>(())
        })();
        applied.error = result.err();
        applied
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Thresholds;
    use crate::storage::MemoryStore;

    fn named(id: u32, name: &str, notes: &str) -> Client {
        let mut c = Client::new(ClientId(id), name);
        c.notes = notes.into();
        c
    }

    fn backup(clients: Vec<Client>, settings: Option<Settings>) -> Backup {
        Backup {
            exported_at: String::new(),
            settings,
            clients,
        }
    }

    #[test]
    fn merge_matches_by_id_and_name_then_by_name() {
        let current = vec![
            named(1, "Acme", ""),
            named(2, "Bolt Ltd", ""),
            named(3, "Cora", ""),
        ];
        let file = backup(
            vec![
                named(1, "ACME", ""),         // same id, same name: unchanged
                named(7, "bolt  ltd", "new"), // other id, same name: replaces #2
                named(3, "Dune", ""),         // same id, other name: added
            ],
            Some(Settings::default()),
        );
        let plan = plan(&current, &Settings::default(), file, RestoreMode::Merge);
        assert_eq!(plan.unchanged, []);
        assert_eq!(plan.replace.len(), 2);
        assert_eq!(plan.replace[0].id, ClientId(1));
        assert_eq!(plan.replace[0].name, "ACME");
        assert_eq!(plan.replace[1].id, ClientId(2));
        assert_eq!(plan.add.len(), 1);
        assert_eq!(plan.add[0].name, "Dune");
        assert!(plan.remove.is_empty(), "a merge never deletes");
        assert_eq!(plan.settings, None, "a merge keeps your settings");
    }

    #[test]
    fn replace_removes_what_the_file_lacks_and_takes_its_settings() {
        let current = vec![named(1, "Acme", ""), named(2, "Bolt", "")];
        let settings = Settings {
            owner_name: "Sam".into(),
            ..Settings::default()
        };
        let file = backup(vec![named(1, "Acme", "")], Some(settings.clone()));
        let plan = plan(&current, &Settings::default(), file, RestoreMode::Replace);
        assert_eq!(plan.unchanged, [(ClientId(1), "Acme".to_owned())]);
        assert_eq!(plan.remove, [(ClientId(2), "Bolt".to_owned())]);
        assert_eq!(plan.settings, Some(settings));
    }

    #[test]
    fn applying_renumbers_taken_ids_and_writes_everything() {
        let (mut repo, _) = Repo::open(MemoryStore::default());
        let mine = named(1, "Acme", "");
        repo.save_client(&mine).expect("saves");
        let file = backup(
            vec![named(1, "Zeta", "theirs"), named(5, "Acme", "new notes")],
            Some(Settings {
                thresholds: Thresholds {
                    grace_days: 9,
                    ..Thresholds::DEFAULT
                },
                ..Settings::default()
            }),
        );
        let plan = plan(&[mine], &Settings::default(), file, RestoreMode::Merge);
        let applied = repo.apply_restore(&plan);
        assert_eq!(applied.error, None);
        let (_, snapshot) = Repo::open(repo.store_mut().clone());
        let names: Vec<(u32, &str, &str)> = snapshot
            .clients
            .iter()
            .map(|c| (c.id.0, c.name.as_str(), c.notes.as_str()))
            .collect();
        assert_eq!(names, [(1, "Acme", "new notes"), (2, "Zeta", "theirs")]);
        assert_eq!(snapshot.settings, Settings::default());
    }
}
