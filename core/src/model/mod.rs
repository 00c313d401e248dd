//! The domain model: clients, their contracts and their evidence logs, with the value types
//! (ids, money, hours) they are made of. Pure data and the rules that keep it consistent; no
//! storage format, no user-interface text.

pub mod client;
pub mod entry;
pub mod hours;
pub mod ids;
pub mod money;
pub mod parting;
pub mod reminder;

pub use client::{
    Added, Client, Contract, DEFAULT_INCLUDED_REVISIONS, DEFAULT_NOTICE_DAYS, DEFAULT_PAYMENT_DAYS,
    HardTime, Imported, PaymentTerms, Pricing, Status,
};
pub use entry::{
    Approval, Entry, EntryBody, EntryKind, Incident, IncidentKind, Intervention, InterventionKind,
    Invoice, Note, Payment, Request, Work,
};
pub use hours::Minutes;
pub use ids::{ClientId, EntryId};
pub use money::{Cents, Currency};
pub use parting::{Check, Parting, PartingReason};

/// A client's name as it is compared when matching records from elsewhere (a backup, an
/// import): case and spacing ignored, so "Bolt  Ltd" and "bolt ltd" are the same client.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the user says about themselves (to sign letters and head reports), and the few scoring
/// thresholds they may tune.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub owner_name: String,
    pub business: String,
    pub thresholds: Thresholds,
}

/// The scoring thresholds a user may reasonably want to tune; everything else in the scoring is
/// fixed and documented where it is used (`scoring`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// An answer that takes longer than this many days counts as slow.
    pub slow_answer_days: u16,
    /// Days after the due date before a payment counts as late (banks and weekends need a few).
    pub grace_days: u16,
    /// Days an approval may reasonably take before waiting on it counts.
    pub slow_approval_days: u16,
    /// Evidence loses half its weight every this many days, so old trouble fades.
    pub half_life_days: u16,
}

impl Thresholds {
    /// Three working days for an answer or an approval, three days of grace on payments, and a
    /// half-life of a quarter: after a year, trouble weighs a sixteenth of what it did.
    pub const DEFAULT: Thresholds = Thresholds {
        slow_answer_days: 3,
        grace_days: 3,
        slow_approval_days: 3,
        half_life_days: 90,
    };
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds::DEFAULT
    }
}
