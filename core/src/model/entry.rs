//! The evidence log: dated facts about working with a client, one variant per kind of fact.
//!
//! Each kind carries its own dates under the names the user thinks in (a request is *sent* and
//! *answered*, an invoice is *issued* and *due*). `Entry::date` is the one date the log is sorted
//! by. Scoring reads these facts; it never needs free text to mean something.

use chrono::NaiveDate;

use super::hours::Minutes;
use super::ids::EntryId;
use super::money::Cents;

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: EntryId,
    pub body: EntryBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EntryBody {
    Request(Request),
    Approval(Approval),
    Invoice(Invoice),
    Incident(Incident),
    Work(Work),
    Intervention(Intervention),
    Note(Note),
}

/// The kinds of entry, for filters, counts and picking a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    Request,
    Approval,
    Invoice,
    Incident,
    Work,
    Intervention,
    Note,
}

impl EntryKind {
    pub const ALL: [EntryKind; 7] = [
        EntryKind::Request,
        EntryKind::Approval,
        EntryKind::Invoice,
        EntryKind::Incident,
        EntryKind::Work,
        EntryKind::Intervention,
        EntryKind::Note,
    ];
}

/// A question or a request for input sent to the client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub sent: NaiveDate,
    pub topic: String,
    /// `None` while the client has not answered.
    pub answered: Option<NaiveDate>,
}

/// An item submitted to the client for approval.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Approval {
    pub submitted: NaiveDate,
    pub item: String,
    /// Revision rounds the client asked for before approving (0: approved as submitted).
    pub rounds: u16,
    /// `None` while still waiting for approval.
    pub approved: Option<NaiveDate>,
    /// The changes asked for were trivial (a comma, a colour shade) yet needed a re-approval.
    pub trivial: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invoice {
    pub number: String,
    pub issued: NaiveDate,
    pub due: NaiveDate,
    pub amount: Cents,
    /// Partial payments are allowed; the invoice is paid once they add up to the amount.
    pub payments: Vec<Payment>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payment {
    pub date: NaiveDate,
    pub amount: Cents,
}

impl Invoice {
    pub fn paid(&self) -> Cents {
        self.payments.iter().map(|p| p.amount).sum()
    }

    pub fn outstanding(&self) -> Cents {
        self.amount.saturating_sub(self.paid()).max(Cents::ZERO)
    }

    /// The date the invoice became paid in full, if it has.
    pub fn settled_on(&self) -> Option<NaiveDate> {
        let mut payments = self.payments.clone();
        payments.sort_by_key(|p| p.date);
        let mut total = Cents::ZERO;
        for payment in payments {
            total = total.saturating_add(payment.amount);
            if total >= self.amount {
                return Some(payment.date);
            }
        }
        None
    }
}

/// Something the client did that made the work harder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incident {
    pub date: NaiveDate,
    pub kind: IncidentKind,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IncidentKind {
    /// A deadline slipped because the client's input came late.
    DeadlineSlipped,
    /// Access to an account or asset needed for the work was withheld or restricted.
    AccessWithheld,
    /// The client blamed the freelancer for results.
    Blame,
    /// Pressure to work outside agreed hours.
    OutOfHoursPressure,
    /// Work asked for outside the agreed scope.
    ScopeCreep,
    Disrespect,
    /// "Keep working, I'll pay you at the end."
    PromiseToPayLater,
    Other,
}

impl IncidentKind {
    pub const ALL: [IncidentKind; 8] = [
        IncidentKind::DeadlineSlipped,
        IncidentKind::AccessWithheld,
        IncidentKind::Blame,
        IncidentKind::OutOfHoursPressure,
        IncidentKind::ScopeCreep,
        IncidentKind::Disrespect,
        IncidentKind::PromiseToPayLater,
        IncidentKind::Other,
    ];
}

/// Work done for the client on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Work {
    pub date: NaiveDate,
    pub duration: Minutes,
    pub description: String,
    /// The deliverable this work was part of, if any.
    pub deliverable: String,
}

/// A message sent to or a conversation held with the client to change how the work goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intervention {
    pub date: NaiveDate,
    pub kind: InterventionKind,
    pub text: String,
}

/// What an intervention was about. The kinds follow the staged remedies of the three patterns,
/// so that the next step and the before/after comparison can tell which remedy was tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterventionKind {
    /// The payment due date in the contract was stated to the client.
    PaymentTermsStated,
    /// A polite reminder that lets the client save face about a missed due date.
    PaymentReminder,
    /// Work was paused until payment arrives.
    WorkPaused,
    /// The client was told that work cannot move forward without timely answers.
    ResponsivenessExpectations,
    /// The client was told that the way of working makes the agreed work impossible.
    WorkingWayExplained,
    /// The extra-mile path for a client going through a hard time.
    ExtraMile,
    /// The client was told the relationship is ending.
    Termination,
    Other,
}

impl InterventionKind {
    pub const ALL: [InterventionKind; 8] = [
        InterventionKind::PaymentTermsStated,
        InterventionKind::PaymentReminder,
        InterventionKind::WorkPaused,
        InterventionKind::ResponsivenessExpectations,
        InterventionKind::WorkingWayExplained,
        InterventionKind::ExtraMile,
        InterventionKind::Termination,
        InterventionKind::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub date: NaiveDate,
    pub text: String,
}

impl Entry {
    /// The date the log is sorted by: when a request was sent, an item submitted, an invoice
    /// issued, or the day anything else happened.
    pub fn date(&self) -> NaiveDate {
        self.body.date()
    }

    pub fn kind(&self) -> EntryKind {
        self.body.kind()
    }
}

impl EntryBody {
    pub fn date(&self) -> NaiveDate {
        match self {
            EntryBody::Request(r) => r.sent,
            EntryBody::Approval(a) => a.submitted,
            EntryBody::Invoice(i) => i.issued,
            EntryBody::Incident(i) => i.date,
            EntryBody::Work(w) => w.date,
            EntryBody::Intervention(i) => i.date,
            EntryBody::Note(n) => n.date,
        }
    }

    pub fn kind(&self) -> EntryKind {
        match self {
            EntryBody::Request(_) => EntryKind::Request,
            EntryBody::Approval(_) => EntryKind::Approval,
            EntryBody::Invoice(_) => EntryKind::Invoice,
            EntryBody::Incident(_) => EntryKind::Incident,
            EntryBody::Work(_) => EntryKind::Work,
            EntryBody::Intervention(_) => EntryKind::Intervention,
            EntryBody::Note(_) => EntryKind::Note,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, day).expect("valid test date")
    }

    #[test]
    fn partial_payments_settle_an_invoice_when_they_add_up() {
        let mut invoice = Invoice {
            number: "A-1".into(),
            issued: d(1),
            due: d(15),
            amount: Cents(100_00),
            payments: vec![Payment {
                date: d(20),
                amount: Cents(40_00),
            }],
        };
        assert_eq!(invoice.outstanding(), Cents(60_00));
        assert_eq!(invoice.settled_on(), None);
        invoice.payments.push(Payment {
            date: d(10),
            amount: Cents(60_00),
        });
        assert_eq!(invoice.outstanding(), Cents::ZERO);
        // Settled by the later of the two payments, whatever order they were logged in.
        assert_eq!(invoice.settled_on(), Some(d(20)));
    }
}
