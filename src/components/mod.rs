//! Reusable pieces of the interface: form controls, the client and entry forms, the evidence
//! log, confirmation buttons and the storage banners.

pub mod banners;
pub mod charts;
pub mod client_form;
pub mod confirm;
pub mod document;
pub mod entry_form;
pub mod evidence_log;
pub mod field;
pub mod message;
pub mod next_step;
pub mod parting;
pub mod restore;
pub mod scores;
