//! Clientwise's pure core: the client record and its evidence log, the forms that edit it, the
//! storage schema with its migrations and the repository that keeps it safe, the message
//! catalogue, and the example data.
//!
//! Nothing here touches the browser, a UI framework or the clock: "today" is always an argument,
//! and storage is any `storage::KvStore`. Everything can therefore be tested with `cargo test`.

pub mod draft;
pub mod example;
pub mod export;
pub mod i18n;
pub mod import;
pub mod model;
pub mod playbook;
pub mod portfolio;
pub mod report;
pub mod scoring;
pub mod session;
pub mod storage;
