//! The full backup: every client and the settings in one JSON file, with the data version, so
//! that a backup taken today can be read by every later Clientwise through the migration chain.
//!
//! It is also what the user is offered when the browser refuses to store an edit: the in-memory
//! record, edit included, as a file they can keep.

use serde::{Deserialize, Serialize};

use super::codec::{self, DecodeError, RecordKind};
use super::dto_v3::{ClientDto, SettingsDto};
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
    /// Absent from a file that carries clients only (the export of one client).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    settings: Option<SettingsDto>,
    clients: Vec<ClientDto>,
}

/// A decoded backup.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub exported_at: String,
    pub settings: Option<Settings>,
    pub clients: Vec<Client>,
}

/// The backup file of `clients`, with `settings` when it is a full backup.
/// No text a person types is this long; a longer one is a wrong or hostile file, refused before
/// it can fill the browser's storage.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Refuses any string longer than `MAX_TEXT_CHARS`, naming where it is.
fn check_text_lengths(value: &serde_json::Value, path: &mut String) -> Result<(), DecodeError> {
    use serde_json::Value;
    match value {
        Value::String(s) if s.chars().count() > MAX_TEXT_CHARS => Err(DecodeError::Invalid {
            path: if path.is_empty() {
                ".".into()
            } else {
                path.clone()
            },
            message: format!("text longer than {MAX_TEXT_CHARS} characters"),
        }),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_text_lengths(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                check_text_lengths(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

pub fn encode(clients: &[Client], settings: Option<&Settings>, exported_at: &str) -> String {
    let record = BackupRecord {
        format: RecordKind::Backup.format().into(),
        version: CURRENT_VERSION,
        exported_at: exported_at.into(),
        settings: settings.map(SettingsDto::from_domain),
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
    let value = codec::open(raw, RecordKind::Backup)?;
    check_text_lengths(&value, &mut String::new())?;
    let record: BackupRecord = codec::typed(value)?;
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
        settings: record.settings.map(SettingsDto::into_domain),
        clients,
    })
}
