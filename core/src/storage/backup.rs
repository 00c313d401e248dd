//! The full backup: every client and the settings in one JSON file, with the data version, so
//! that a backup taken today can be read by every later Clientwise through the migration chain.
//!
//! It is also what the user is offered when the browser refuses to store an edit: the in-memory
//! record, edit included, as a file they can keep.

use serde::{Deserialize, Serialize};

use super::codec::{self, DecodeError, RecordKind};
use super::dto_v1::{ClientDto, SettingsDto};
use super::migrate::CURRENT_VERSION;
use crate::model::{Client, Settings};

/// A backup larger than this is refused before parsing: ten times the whole browser quota, so no
/// real backup comes near it, while a wrong file picked by mistake is refused at once.
pub const MAX_BACKUP_BYTES: usize = 50 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct BackupRecord {
    format: String,
    version: u32,
    /// When the backup was taken, as the app's clock said (ISO 8601); informative only.
    #[serde(default)]
    exported_at: String,
    settings: SettingsDto,
    clients: Vec<ClientDto>,
}

/// A decoded backup.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub exported_at: String,
    pub settings: Settings,
    pub clients: Vec<Client>,
}

pub fn encode(clients: &[Client], settings: &Settings, exported_at: &str) -> String {
    let record = BackupRecord {
        format: RecordKind::Backup.format().into(),
        version: CURRENT_VERSION,
        exported_at: exported_at.into(),
        settings: SettingsDto::from_domain(settings),
        clients: clients.iter().map(ClientDto::from_domain).collect(),
    };
    serde_json::to_string_pretty(&record).unwrap_or_default()
}

pub fn decode(raw: &str) -> Result<Backup, DecodeError> {
    if raw.len() > MAX_BACKUP_BYTES {
        return Err(DecodeError::TooLarge {
            bytes: raw.len(),
            limit: MAX_BACKUP_BYTES,
        });
    }
    let record: BackupRecord = codec::typed(codec::open(raw, RecordKind::Backup)?)?;
    let mut clients = Vec::with_capacity(record.clients.len());
    let mut ids = std::collections::BTreeSet::new();
    for (i, dto) in record.clients.into_iter().enumerate() {
        let at = format!("clients[{i}]");
        if !ids.insert(dto.id) {
            return Err(DecodeError::Invalid {
                path: format!("{at}.id"),
                message: "two clients have the same id".into(),
            });
        }
        let client = dto.into_domain(&at).map_err(|e| DecodeError::Invalid {
            path: e.path,
            message: e.message.into(),
        })?;
        clients.push(client);
    }
    Ok(Backup {
        exported_at: record.exported_at,
        settings: record.settings.into_domain(),
        clients,
    })
}
