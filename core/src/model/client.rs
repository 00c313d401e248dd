//! A client: who they are, the contract terms agreed with them, their status, the periods in which
//! they were going through a hard time, and their dated evidence log.
//!
//! These are domain types: always valid once built (see `storage::dto_v3` for how stored data
//! becomes one, and `draft` for how a form does). They are not the storage format.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::i18n::Lang;

use super::entry::{Entry, EntryBody, EntryKind};
use super::ids::{ClientId, EntryId};
use super::money::{Cents, Currency};
use super::parting::Parting;

#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    pub id: ClientId,
    pub name: String,
    pub company: String,
    /// Email, phone, or whatever the user reaches them by: free text.
    pub contact: String,
    pub currency: Currency,
    pub contract: Contract,
    pub status: Status,
    pub notes: String,
    pub hard_times: Vec<HardTime>,
    /// The offboarding checklist, from "Start parting ways" on.
    pub parting: Option<Parting>,
    /// What came in from other tools' exports, so that a re-import skips it and an import can
    /// be undone.
    pub imported: Vec<Imported>,
    /// The import that created this client, if one did.
    pub created_by_import: Option<u32>,
    /// The language their messages, letters and final report are written in; `None` follows
    /// the language of the user's screen.
    pub language: Option<Lang>,
    entries: Vec<Entry>,
    /// The id the next entry gets; ids are never reused (see `ids`).
    next_entry_id: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Contract {
    pub payment_terms: PaymentTerms,
    /// Days of notice before the relationship ends (the source material's example: 30).
    pub notice_days: u16,
    /// Revision rounds per deliverable included in the price; rounds beyond this are what makes
    /// a client controlling, rounds within it are normal work.
    pub included_revisions: u16,
    pub pricing: Pricing,
    pub scope: String,
    /// The accounts and assets managed for the client, each handed over when parting.
    pub accounts: Vec<String>,
    /// When the engagement began, if known.
    pub started: Option<NaiveDate>,
}

pub const DEFAULT_NOTICE_DAYS: u16 = 30;
pub const DEFAULT_INCLUDED_REVISIONS: u16 = 2;
pub const DEFAULT_PAYMENT_DAYS: u16 = 14;

impl Default for Contract {
    fn default() -> Self {
        Contract {
            payment_terms: PaymentTerms::DaysAfterInvoice(DEFAULT_PAYMENT_DAYS),
            notice_days: DEFAULT_NOTICE_DAYS,
            included_revisions: DEFAULT_INCLUDED_REVISIONS,
            pricing: Pricing::None,
            scope: String::new(),
            accounts: Vec::new(),
            started: None,
        }
    }
}

/// One thing an import added to a client: the import's number, the fingerprint of the source row,
/// and what it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub import: u32,
    pub fingerprint: String,
    pub added: Added,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    Entry(EntryId),
    /// A payment added to an invoice already in the log.
    Payment {
        invoice: EntryId,
        date: NaiveDate,
        amount: Cents,
    },
}

/// When an invoice falls due, as written in the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentTerms {
    /// Net N: due N days after the invoice date.
    DaysAfterInvoice(u16),
    /// Due on a fixed day of each month (the source material's example: "the 1st of each
    /// month"). Days past the end of a short month mean its last day.
    DayOfMonth(u8),
}

impl PaymentTerms {
    /// The due date of an invoice issued on `issued` under these terms. For a fixed day of the
    /// month it is the first such day on or after the issue date.
    pub fn due_date(self, issued: NaiveDate) -> NaiveDate {
        match self {
            PaymentTerms::DaysAfterInvoice(days) => issued
                .checked_add_days(Days::new(u64::from(days)))
                .unwrap_or(issued),
            PaymentTerms::DayOfMonth(day) => {
                let this_month = day_in_month(issued, day);
                if this_month >= issued {
                    this_month
                } else {
                    let next = issued
                        .with_day(1)
                        .and_then(|first| first.checked_add_months(Months::new(1)))
                        .unwrap_or(issued);
                    day_in_month(next, day)
                }
            }
        }
    }
}

/// `day` of the month containing `date`, clamped to the month's last day.
fn day_in_month(date: NaiveDate, day: u8) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .map_or(28, |d| d.day());
    first
        .with_day(u32::from(day).clamp(1, last))
        .unwrap_or(first)
}

/// How the work is priced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pricing {
    #[default]
    None,
    /// A fixed amount per month.
    Retainer(Cents),
    /// An hourly rate.
    Hourly(Cents),
    /// A fixed price for the whole project.
    Project(Cents),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    #[default]
    Active,
    Paused,
    Parting,
    Former,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Active,
        Status::Paused,
        Status::Parting,
        Status::Former,
    ];
}

/// A period in which the client was going through a hard time (illness, a bereavement, a
/// business crisis). Evidence inside it is still shown but weighs little, and the advice becomes
/// the extra-mile path: a client *with* a problem is not a problem client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HardTime {
    pub start: NaiveDate,
    /// Still ongoing when `None`.
    pub end: Option<NaiveDate>,
    pub note: String,
}

impl HardTime {
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.start && self.end.is_none_or(|end| date <= end)
    }
}

impl Client {
    /// A new client with default contract terms and an empty log.
    pub fn new(id: ClientId, name: impl Into<String>) -> Client {
        Client {
            id,
            name: name.into(),
            company: String::new(),
            contact: String::new(),
            currency: Currency::default(),
            contract: Contract::default(),
            status: Status::default(),
            notes: String::new(),
            hard_times: Vec::new(),
            parting: None,
            imported: Vec::new(),
            created_by_import: None,
            language: None,
            entries: Vec::new(),
            next_entry_id: 1,
        }
    }

    /// Rebuilds a client from stored parts. `next_entry_id` is raised above every id in the log,
    /// so a hand-edited or imported record can never make ids collide.
    pub(crate) fn from_parts(
        mut client: Client,
        entries: Vec<Entry>,
        next_entry_id: u32,
    ) -> Client {
        let above_all = entries
            .iter()
            .map(|e| e.id.0.saturating_add(1))
            .max()
            .unwrap_or(1);
        client.next_entry_id = next_entry_id.max(above_all);
        client.entries = entries;
        client
    }

    /// Takes what the client form edits (who they are, the contract, the status, notes and hard
    /// times) from `edited`, and keeps this client's log and parting checklist: another tab may
    /// have logged entries while the form was open, and those must not be dropped.
    pub fn take_profile(&mut self, edited: Client) {
        self.name = edited.name;
        self.company = edited.company;
        self.contact = edited.contact;
        self.currency = edited.currency;
        self.contract = edited.contract;
        self.status = edited.status;
        self.notes = edited.notes;
        self.hard_times = edited.hard_times;
        self.language = edited.language;
    }

    /// The log in stored order (the order entries were added).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn next_entry_id(&self) -> u32 {
        self.next_entry_id
    }

    pub fn entry(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The log newest first; entries on the same date keep the most recently added first.
    pub fn entries_newest_first(&self) -> Vec<&Entry> {
        let mut sorted: Vec<&Entry> = self.entries.iter().collect();
        sorted.sort_by(|a, b| b.date().cmp(&a.date()).then(b.id.cmp(&a.id)));
        sorted
    }

    /// Adds an entry and returns the id it was given.
    pub fn add_entry(&mut self, body: EntryBody) -> EntryId {
        let mut id = EntryId(self.next_entry_id);
        if self.entry(id).is_some() {
            // Only a hand-made record can exhaust the ids (it set the next one to the maximum);
            // reuse the smallest free one rather than ever give two entries the same id.
            id = (1..=u32::MAX)
                .map(EntryId)
                .find(|id| self.entry(*id).is_none())
                .unwrap_or(id);
        }
        self.next_entry_id = self.next_entry_id.saturating_add(1);
        self.entries.push(Entry { id, body });
        id
    }

    /// Replaces the body of an entry; returns false if there is no such entry.
    pub fn update_entry(&mut self, id: EntryId, body: EntryBody) -> bool {
        match self.entries.iter_mut().find(|e| e.id == id) {
            Some(entry) => {
                entry.body = body;
                true
            }
            None => false,
        }
    }

    /// Removes an entry; returns false if there is no such entry. What an import recorded about
    /// it goes too.
    pub fn remove_entry(&mut self, id: EntryId) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.id != id);
        self.imported.retain(|i| match i.added {
            Added::Entry(e) | Added::Payment { invoice: e, .. } => e != id,
        });
        self.entries.len() != before
    }

    pub fn count(&self, kind: EntryKind) -> usize {
        self.entries.iter().filter(|e| e.kind() == kind).count()
    }

    /// Requests the client has not answered yet.
    pub fn open_requests(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(&e.body, EntryBody::Request(r) if r.answered.is_none()))
            .count()
    }

    /// Invoices not yet paid in full.
    pub fn unpaid_invoices(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(&e.body, EntryBody::Invoice(i) if i.outstanding() > Cents::ZERO))
            .count()
    }

    /// Whether `date` falls in a declared hard-time period.
    pub fn in_hard_time(&self, date: NaiveDate) -> bool {
        self.hard_times.iter().any(|h| h.contains(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::entry::Note;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn due_dates_follow_the_terms() {
        let net14 = PaymentTerms::DaysAfterInvoice(14);
        assert_eq!(net14.due_date(d(2026, 1, 25)), d(2026, 2, 8));
        let first = PaymentTerms::DayOfMonth(1);
        assert_eq!(first.due_date(d(2026, 3, 1)), d(2026, 3, 1));
        assert_eq!(first.due_date(d(2026, 3, 2)), d(2026, 4, 1));
        let last = PaymentTerms::DayOfMonth(31);
        assert_eq!(last.due_date(d(2026, 2, 10)), d(2026, 2, 28));
        assert_eq!(last.due_date(d(2026, 4, 30)), d(2026, 4, 30));
        assert_eq!(
            PaymentTerms::DayOfMonth(15).due_date(d(2026, 12, 20)),
            d(2027, 1, 15)
        );
    }

    #[test]
    fn entry_ids_are_never_reused() {
        let mut client = Client::new(ClientId(1), "Ada");
        let note = |t: &str| {
            EntryBody::Note(Note {
                date: d(2026, 1, 1),
                text: t.into(),
            })
        };
        let a = client.add_entry(note("a"));
        let b = client.add_entry(note("b"));
        assert!(client.remove_entry(b));
        let c = client.add_entry(note("c"));
        assert_ne!(b, c);
        assert!(a < c);
        assert!(!client.remove_entry(b));
    }

    #[test]
    fn newest_first_breaks_ties_by_insertion() {
        let mut client = Client::new(ClientId(1), "Ada");
        let note = |day, t: &str| {
            EntryBody::Note(Note {
                date: d(2026, 1, day),
                text: t.into(),
            })
        };
        client.add_entry(note(5, "older"));
        client.add_entry(note(9, "newest"));
        client.add_entry(note(5, "older, added later"));
        let texts: Vec<String> = client
            .entries_newest_first()
            .iter()
            .map(|e| match &e.body {
                EntryBody::Note(n) => n.text.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(texts, ["newest", "older, added later", "older"]);
    }

    #[test]
    fn a_profile_edit_keeps_the_log_as_it_is_now() {
        let mut open_in_form = Client::new(ClientId(1), "Ada");
        let mut now = open_in_form.clone();
        now.add_entry(EntryBody::Note(Note {
            date: d(2026, 1, 1),
            text: "logged in another tab".into(),
        }));
        open_in_form.name = "Ada Lovelace".into();
        open_in_form.contract.notice_days = 60;
        now.take_profile(open_in_form);
        assert_eq!(now.name, "Ada Lovelace");
        assert_eq!(now.contract.notice_days, 60);
        assert_eq!(now.entries().len(), 1);
        assert_eq!(now.next_entry_id(), 2);
    }

    #[test]
    fn hard_time_may_be_open_ended() {
        let open = HardTime {
            start: d(2026, 5, 1),
            end: None,
            note: String::new(),
        };
        assert!(!open.contains(d(2026, 4, 30)));
        assert!(open.contains(d(2030, 1, 1)));
        let closed = HardTime {
            end: Some(d(2026, 5, 31)),
            ..open
        };
        assert!(closed.contains(d(2026, 5, 31)));
        assert!(!closed.contains(d(2026, 6, 1)));
    }
}
