//! The domain model: clients, their contracts and their evidence logs, with the value types
//! (ids, money, hours) they are made of. Pure data and the rules that keep it consistent; no
//! storage format, no user-interface text.

pub mod client;
pub mod entry;
pub mod hours;
pub mod ids;
pub mod money;

pub use client::{
    Client, Contract, DEFAULT_INCLUDED_REVISIONS, DEFAULT_NOTICE_DAYS, DEFAULT_PAYMENT_DAYS,
    HardTime, PaymentTerms, Pricing, Status,
};
pub use entry::{
    Approval, Entry, EntryBody, EntryKind, Incident, IncidentKind, Intervention, InterventionKind,
    Invoice, Note, Payment, Request, Work,
};
pub use hours::Minutes;
pub use ids::{ClientId, EntryId};
pub use money::{Cents, Currency};

/// What the user says about themselves, used to sign letters and head reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub owner_name: String,
    pub business: String,
}
