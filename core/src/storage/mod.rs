//! How the record is kept: a key-value store (the browser's localStorage in the app, a map in
//! tests), the stored format with its versions and migrations, and the repository that reads and
//! writes through them without ever losing a record.
//!
//! Data is staged like this: stored JSON → versioned envelope → migration chain → DTOs of the
//! latest version → validated domain types. The domain types in `model` are never serialised
//! directly.

pub mod backup;
pub mod codec;
pub mod dto_v3;
pub mod migrate;
pub mod repo;
pub mod restore;

pub use codec::{DecodeError, RecordKind};
pub use repo::{LoadProblem, Reloaded, Repo, Snapshot, WriteError};
pub use restore::{Plan, RestoreMode};

use std::collections::BTreeMap;

/// Every key Clientwise writes starts with this, so that other data on the same origin is never
/// read, counted or touched.
pub const PREFIX: &str = "clientwise:";
pub const INDEX_KEY: &str = "clientwise:index";
pub const SETTINGS_KEY: &str = "clientwise:settings";
pub const CLIENT_KEY_PREFIX: &str = "clientwise:client:";
pub const QUARANTINE_PREFIX: &str = "clientwise:quarantine:";
pub const REMINDER_KEY: &str = "clientwise:reminder";
pub const MAPPINGS_KEY: &str = "clientwise:import-mappings";
/// The screen language chosen in this browser: a bare tag such as `fi`.
pub const LANGUAGE_KEY: &str = "clientwise:language";

/// What browsers let one site keep in localStorage: 5 MiB of UTF-16 text in Chrome, Firefox and
/// Safari alike (keys count too). Clientwise measures its use against this.
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// Why the store refused a read or a write.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KvError {
    /// The browser's storage quota is full.
    #[error("the browser's storage is full")]
    QuotaExceeded,
    /// Storage is disabled or failed for another reason (the browser's words).
    #[error("the browser refused to store data: {0}")]
    Unavailable(String),
}

impl KvError {
    /// Classifies a failed `localStorage` call by the exception's name and legacy code. Browsers
    /// disagree: Chrome and Safari throw `QuotaExceededError` (legacy code 22), older Firefox
    /// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014), and some embedded browsers only set the code.
    pub fn from_browser(name: &str, code: u16, message: &str) -> KvError {
        let quota_name = matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED");
        if quota_name || code == 22 || code == 1014 {
            KvError::QuotaExceeded
        } else if message.is_empty() {
            KvError::Unavailable(name.to_owned())
        } else {
            KvError::Unavailable(format!("{name}: {message}"))
        }
    }
}

/// A synchronous string key-value store: what `localStorage` offers. Writes are synchronous so
/// that a reload right after an edit finds the edit.
pub trait KvStore {
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError>;
    fn remove(&mut self, key: &str) -> Result<(), KvError>;
    /// Every key in the store (the repository filters by `PREFIX`).
    fn keys(&self) -> Result<Vec<String>, KvError>;
}

/// An in-memory store with an optional quota, for tests and drills.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub map: BTreeMap<String, String>,
    /// When set, a write that would make keys and values exceed this many bytes fails the way a
    /// full browser store does.
    pub quota_bytes: Option<usize>,
}

impl MemoryStore {
    pub fn used_bytes(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        if let Some(quota) = self.quota_bytes {
            let old = self.map.get(key).map_or(0, |v| key.len() + v.len());
            if self.used_bytes() - old + key.len() + value.len() > quota {
                return Err(KvError::QuotaExceeded);
            }
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self.map.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_browsers_quota_error_is_recognised() {
        for (name, code) in [
            ("QuotaExceededError", 22),
            ("NS_ERROR_DOM_QUOTA_REACHED", 1014),
            ("QuotaExceededError", 0),
            ("Error", 22),
        ] {
            assert_eq!(
                KvError::from_browser(name, code, "full"),
                KvError::QuotaExceeded
            );
        }
        assert_eq!(
            KvError::from_browser("SecurityError", 18, "The operation is insecure."),
            KvError::Unavailable("SecurityError: The operation is insecure.".into())
        );
    }

    #[test]
    fn memory_store_enforces_its_quota() {
        let mut store = MemoryStore {
            quota_bytes: Some(10),
            ..MemoryStore::default()
        };
        assert_eq!(store.set("a", "123456789"), Ok(()));
        assert_eq!(store.set("b", "1"), Err(KvError::QuotaExceeded));
        // Replacing a value only counts the difference.
        assert_eq!(store.set("a", "12345678"), Ok(()));
    }
}
