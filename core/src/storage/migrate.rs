//! The migration chain: brings a stored envelope of any released version up to the current one,
//! one version at a time, on untyped JSON.
//!
//! Every record kind (client, index, settings, backup, reminder) shares one schema version, so
//! that a single number says which app can read a browser profile or a backup. Step `i` of
//! `STEPS` turns version `i + 1` into version `i + 2`; a new version appends a step and never
//! edits an old one. `migrate_with` is also tested with a synthetic chain of real changes.
//!
//! - Version 1: the first release.
//! - Version 2: a client may record which of its entries and payments came from an import
//!   (`imported`, `created_by_import`), so that re-importing skips them and an import can be
//!   undone. Both fields are optional, so a version 1 record is already a valid version 2 one;
//!   the version still changes, so that a version 1 app opens version 2 data read-only instead of
//!   dropping those fields on its next save.
//! - Version 3: a client may say which language they read (`language`: `en`, `hy`, `fi`, `hr`
//!   or `hu`). Optional again, and a new version for the same reason.

use serde_json::Value;

use super::codec::RecordKind;

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 3;

/// The oldest version this build can read.
pub const OLDEST_VERSION: u32 = 1;

/// One step: the record kind and the envelope at version N, to the envelope at version N + 1.
pub type Step = fn(RecordKind, Value) -> Result<Value, String>;

const STEPS: &[Step] = &[v1_to_v2, v2_to_v3];

/// Version 2 only adds optional fields: nothing to change.
fn v1_to_v2(_: RecordKind, envelope: Value) -> Result<Value, String> {
    Ok(envelope)
}

/// Version 3 only adds an optional field: nothing to change.
fn v2_to_v3(_: RecordKind, envelope: Value) -> Result<Value, String> {
    Ok(envelope)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// Older than any version this build knows (never written by a released Clientwise).
    TooOld { found: u64 },
    /// Written by a newer Clientwise; this build must not guess at it.
    Newer { found: u64 },
    /// A step could not make sense of the record.
    Step { from: u32, reason: String },
}

/// Brings `envelope`, stored at version `found`, to `CURRENT_VERSION`.
pub fn migrate(kind: RecordKind, envelope: Value, found: u64) -> Result<Value, MigrateError> {
    migrate_with(STEPS, OLDEST_VERSION, kind, envelope, found)
}

/// The chain itself, over any list of steps whose first step reads version `oldest`.
pub fn migrate_with(
    steps: &[Step],
    oldest: u32,
    kind: RecordKind,
    mut envelope: Value,
    found: u64,
) -> Result<Value, MigrateError> {
    let current = u64::from(oldest) + steps.len() as u64;
    if found > current {
        return Err(MigrateError::Newer { found });
    }
    if found < u64::from(oldest) {
        return Err(MigrateError::TooOld { found });
    }
    let start = (found - u64::from(oldest)) as usize;
    for (i, step) in steps.iter().enumerate().skip(start) {
        let from = oldest + i as u32;
        envelope = step(kind, envelope).map_err(|reason| MigrateError::Step { from, reason })?;
        if let Some(object) = envelope.as_object_mut() {
            object.insert("version".into(), Value::from(from + 1));
        }
    }
    Ok(envelope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// v1 → v2: `name` is split into `first` and `last`.
    fn split_name(_: RecordKind, mut v: Value) -> Result<Value, String> {
        let name = v["name"].as_str().ok_or("no name")?.to_owned();
        let (first, last) = name.split_once(' ').unwrap_or((&name, ""));
        v["first"] = json!(first);
        v["last"] = json!(last);
        v.as_object_mut().ok_or("not an object")?.remove("name");
        Ok(v)
    }

    /// v2 → v3: `last` is upper-cased.
    fn upper_last(_: RecordKind, mut v: Value) -> Result<Value, String> {
        let last = v["last"].as_str().ok_or("no last name")?.to_uppercase();
        v["last"] = json!(last);
        Ok(v)
    }

    const CHAIN: &[Step] = &[split_name, upper_last];

    #[test]
    fn the_current_chain_reads_the_current_version_unchanged() {
        let v = json!({"format": "clientwise.index", "version": 3, "clients": [1]});
        assert_eq!(migrate(RecordKind::Index, v.clone(), 3), Ok(v.clone()));
        // Version 1 and 2 records are read as version 3.
        for old in [1, 2] {
            let mut older = v.clone();
            older["version"] = json!(old);
            assert_eq!(migrate(RecordKind::Index, older, old), Ok(v.clone()));
        }
        assert_eq!(CURRENT_VERSION, OLDEST_VERSION + STEPS.len() as u32);
    }

    #[test]
    fn steps_run_in_order_from_the_stored_version() {
        let v1 = json!({"version": 1, "name": "Ada Lovelace"});
        let v3 = migrate_with(CHAIN, 1, RecordKind::Client, v1, 1).expect("migrates");
        assert_eq!(
            v3,
            json!({"version": 3, "first": "Ada", "last": "LOVELACE"})
        );

        let v2 = json!({"version": 2, "first": "Ada", "last": "Byron"});
        let v3 = migrate_with(CHAIN, 1, RecordKind::Client, v2, 2).expect("migrates");
        assert_eq!(v3["last"], "BYRON");
        assert_eq!(v3["version"], 3);
    }

    #[test]
    fn versions_outside_the_chain_are_refused() {
        let v = json!({"version": 4});
        assert_eq!(
            migrate_with(CHAIN, 1, RecordKind::Client, v.clone(), 4),
            Err(MigrateError::Newer { found: 4 })
        );
        assert_eq!(
            migrate_with(CHAIN, 1, RecordKind::Client, v, 0),
            Err(MigrateError::TooOld { found: 0 })
        );
        assert_eq!(
            migrate(RecordKind::Client, json!({}), 4),
            Err(MigrateError::Newer { found: 4 })
        );
    }

    #[test]
    fn a_failing_step_names_its_version() {
        let v1 = json!({"version": 1});
        assert_eq!(
            migrate_with(CHAIN, 1, RecordKind::Client, v1, 1),
            Err(MigrateError::Step {
                from: 1,
                reason: "no name".into()
            })
        );
    }
}
