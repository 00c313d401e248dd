//! Encoding and decoding of stored records: the envelope (`format`, `version`) around each DTO,
//! the migration to the current version, and errors that say what is wrong and where.
//!
//! Decoding is total: any string gives either a domain value or a `DecodeError`, never a panic
//! (serde_json also bounds nesting depth, so a hostile file cannot overflow the stack).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::dto_v3::{ClientDto, MappingDto, ReminderDto, SettingsDto};
use super::migrate::{self, CURRENT_VERSION, MigrateError};
use crate::import::SavedMapping;
use crate::model::reminder::BackupReminder;
use crate::model::{Client, ClientId, Settings};

/// The kinds of record Clientwise stores; each envelope names its kind in `format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Client,
    Index,
    Settings,
    Backup,
    Reminder,
    ImportMappings,
}

impl RecordKind {
    pub fn format(self) -> &'static str {
        match self {
            RecordKind::Client => "clientwise.client",
            RecordKind::Index => "clientwise.index",
            RecordKind::Settings => "clientwise.settings",
            RecordKind::Backup => "clientwise.backup",
            RecordKind::Reminder => "clientwise.reminder",
            RecordKind::ImportMappings => "clientwise.import-mappings",
        }
    }
}

/// Why a stored value or a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the data is too large ({bytes} bytes; the limit is {limit})")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the data is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("this is not a {expected:?} record of Clientwise")]
    WrongFormat { expected: RecordKind },
    #[error("the data has no version number")]
    NoVersion,
    #[error("data version {found} was never written by Clientwise")]
    TooOld { found: u64 },
    #[error("the data was written by a newer Clientwise (data version {found})")]
    Newer { found: u64 },
    #[error("the data could not be upgraded from version {from}: {reason}")]
    Migration { from: u32, reason: String },
    #[error("at {path}: {message}")]
    Invalid { path: String, message: String },
    #[error("the record is stored under client {key_id} but says it is client {record_id}")]
    IdMismatch { key_id: u32, record_id: u32 },
}

impl From<MigrateError> for DecodeError {
    fn from(e: MigrateError) -> Self {
        match e {
            MigrateError::TooOld { found } => DecodeError::TooOld { found },
            MigrateError::Newer { found } => DecodeError::Newer { found },
            MigrateError::Step { from, reason } => DecodeError::Migration { from, reason },
        }
    }
}

#[derive(Serialize, Deserialize)]
struct ClientRecord {
    format: String,
    version: u32,
    /// Incremented on every save; a save whose expected revision differs from the stored one was
    /// overtaken by another tab.
    rev: u64,
    client: ClientDto,
}

#[derive(Serialize, Deserialize)]
struct IndexRecord {
    format: String,
    version: u32,
    clients: Vec<u32>,
}

#[derive(Serialize, Deserialize)]
struct SettingsRecord {
    format: String,
    version: u32,
    settings: SettingsDto,
}

/// Parses `raw`, checks the envelope is of `kind`, and migrates it to the current version.
pub(crate) fn open(raw: &str, kind: RecordKind) -> Result<Value, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(kind.format()) {
        return Err(DecodeError::WrongFormat { expected: kind });
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::NoVersion)?;
    Ok(migrate::migrate(kind, value, version)?)
}

/// Deserialises a migrated envelope, naming the path of the first field that does not fit.
pub(crate) fn typed<T: DeserializeOwned>(value: Value) -> Result<T, DecodeError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        DecodeError::Invalid {
            path,
            message: e.into_inner().to_string(),
        }
    })
}

/// The data version a stored value claims, if it is JSON with a version at all.
pub fn stored_version(raw: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Head {
        version: u64,
    }
    serde_json::from_str::<Head>(raw).ok().map(|h| h.version)
}

pub fn encode_client(client: &Client, rev: u64) -> String {
    let record = ClientRecord {
        format: RecordKind::Client.format().into(),
        version: CURRENT_VERSION,
        rev,
        client: ClientDto::from_domain(client),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// A stored client and its revision. `key_id` is the id in the key it was stored under; a record
/// that claims another id was copied by hand and is refused rather than guessed at.
pub fn decode_client(raw: &str, key_id: ClientId) -> Result<(Client, u64), DecodeError> {
    let record: ClientRecord = typed(open(raw, RecordKind::Client)?)?;
    if record.client.id != key_id.0 {
        return Err(DecodeError::IdMismatch {
            key_id: key_id.0,
            record_id: record.client.id,
        });
    }
    let client = record
        .client
        .into_domain("client")
        .map_err(|e| DecodeError::Invalid {
            path: e.path,
            message: e.message.into(),
        })?;
    Ok((client, record.rev))
}

/// The revision of a stored client, read without decoding the rest.
pub fn peek_rev(raw: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Head {
        rev: u64,
    }
    serde_json::from_str::<Head>(raw).ok().map(|h| h.rev)
}

pub fn encode_index(ids: &[ClientId]) -> String {
    let record = IndexRecord {
        format: RecordKind::Index.format().into(),
        version: CURRENT_VERSION,
        clients: ids.iter().map(|id| id.0).collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode_index(raw: &str) -> Result<Vec<ClientId>, DecodeError> {
    let record: IndexRecord = typed(open(raw, RecordKind::Index)?)?;
    Ok(record.clients.into_iter().map(ClientId).collect())
}

pub fn encode_settings(settings: &Settings) -> String {
    let record = SettingsRecord {
        format: RecordKind::Settings.format().into(),
        version: CURRENT_VERSION,
        settings: SettingsDto::from_domain(settings),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode_settings(raw: &str) -> Result<Settings, DecodeError> {
    let record: SettingsRecord = typed(open(raw, RecordKind::Settings)?)?;
    Ok(record.settings.into_domain())
}

#[derive(Serialize, Deserialize)]
struct ReminderRecord {
    format: String,
    version: u32,
    reminder: ReminderDto,
}

pub fn encode_reminder(reminder: &BackupReminder) -> String {
    let record = ReminderRecord {
        format: RecordKind::Reminder.format().into(),
        version: CURRENT_VERSION,
        reminder: ReminderDto::from_domain(reminder),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode_reminder(raw: &str) -> Result<BackupReminder, DecodeError> {
    let record: ReminderRecord = typed(open(raw, RecordKind::Reminder)?)?;
    Ok(record.reminder.into_domain())
}

#[derive(Serialize, Deserialize)]
struct MappingsRecord {
    format: String,
    version: u32,
    mappings: Vec<MappingDto>,
}

pub fn encode_mappings(mappings: &[SavedMapping]) -> String {
    let record = MappingsRecord {
        format: RecordKind::ImportMappings.format().into(),
        version: CURRENT_VERSION,
        mappings: mappings.iter().map(MappingDto::from_domain).collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode_mappings(raw: &str) -> Result<Vec<SavedMapping>, DecodeError> {
    let record: MappingsRecord = typed(open(raw, RecordKind::ImportMappings)?)?;
    Ok(record
        .mappings
        .into_iter()
        .map(MappingDto::into_domain)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_failures_say_what_is_wrong() {
        let id = ClientId(1);
        assert!(matches!(
            decode_client("{not json", id),
            Err(DecodeError::NotJson { line: 1, .. })
        ));
        assert_eq!(
            decode_client(r#"{"format":"clientwise.index","version":1}"#, id),
            Err(DecodeError::WrongFormat {
                expected: RecordKind::Client
            })
        );
        assert_eq!(
            decode_client(r#"{"format":"clientwise.client"}"#, id),
            Err(DecodeError::NoVersion)
        );
        assert_eq!(
            decode_client(r#"{"format":"clientwise.client","version":9}"#, id),
            Err(DecodeError::Newer { found: 9 })
        );
        assert_eq!(
            decode_client(r#"{"format":"clientwise.client","version":0}"#, id),
            Err(DecodeError::TooOld { found: 0 })
        );
        assert_eq!(
            decode_client("[]", id),
            Err(DecodeError::WrongFormat {
                expected: RecordKind::Client
            })
        );
    }

    #[test]
    fn shape_errors_name_the_field() {
        let mut client = Client::new(ClientId(4), "Ada");
        client.add_entry(crate::model::EntryBody::Note(crate::model::Note {
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 2).expect("valid"),
            text: "hello".into(),
        }));
        let raw = encode_client(&client, 1).replace("2026-01-02", "2026-13-02");
        match decode_client(&raw, ClientId(4)) {
            Err(DecodeError::Invalid { path, message }) => {
                // Internally tagged enums buffer their content, so the path stops at the entry.
                assert_eq!(path, "client.entries[0]");
                assert!(message.contains("input is out of range"), "{message}");
            }
            other => panic!("expected a path, got {other:?}"),
        }
        let raw = encode_client(&client, 1).replace("\"EUR\"", "\"EURO\"");
        match decode_client(&raw, ClientId(4)) {
            Err(DecodeError::Invalid { path, .. }) => assert_eq!(path, "client.currency"),
            other => panic!("expected a path, got {other:?}"),
        }
    }

    #[test]
    fn a_record_under_the_wrong_key_is_refused() {
        let raw = encode_client(&Client::new(ClientId(4), "Ada"), 1);
        assert_eq!(
            decode_client(&raw, ClientId(5)),
            Err(DecodeError::IdMismatch {
                key_id: 5,
                record_id: 4
            })
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let raw = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(
            decode_index(&raw),
            Err(DecodeError::NotJson { .. })
        ));
    }

    #[test]
    fn index_and_settings_round_trip() {
        let ids = vec![ClientId(3), ClientId(1)];
        assert_eq!(decode_index(&encode_index(&ids)), Ok(ids));
        let settings = Settings {
            owner_name: "Sam".into(),
            business: "Sam Studio".into(),
            ..Settings::default()
        };
        assert_eq!(decode_settings(&encode_settings(&settings)), Ok(settings));
        assert_eq!(
            stored_version(&encode_settings(&Settings::default())),
            Some(u64::from(CURRENT_VERSION))
        );
    }
}
