//! A stored log entry (unchanged since version 1): one tagged object per entry, with its own dates.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Invalid, cents};
use crate::model::{
    Approval, Entry, EntryBody, EntryId, Incident, IncidentKind, Intervention, InterventionKind,
    Invoice, Minutes, Note, Payment, Request, Work,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryDto {
    Request {
        id: u32,
        sent: NaiveDate,
        topic: String,
        #[serde(default)]
        answered: Option<NaiveDate>,
    },
    Approval {
        id: u32,
        submitted: NaiveDate,
        item: String,
        rounds: u16,
        #[serde(default)]
        approved: Option<NaiveDate>,
        #[serde(default)]
        trivial: bool,
    },
    Invoice {
        id: u32,
        number: String,
        issued: NaiveDate,
        due: NaiveDate,
        amount: i64,
        #[serde(default)]
        payments: Vec<PaymentDto>,
    },
    Incident {
        id: u32,
        date: NaiveDate,
        incident: IncidentKindDto,
        #[serde(default)]
        note: String,
    },
    Work {
        id: u32,
        date: NaiveDate,
        minutes: u32,
        description: String,
        #[serde(default)]
        deliverable: String,
    },
    Intervention {
        id: u32,
        date: NaiveDate,
        intervention: InterventionKindDto,
        #[serde(default)]
        text: String,
    },
    Note {
        id: u32,
        date: NaiveDate,
        text: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaymentDto {
    pub date: NaiveDate,
    pub amount: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKindDto {
    DeadlineSlipped,
    AccessWithheld,
    Blame,
    OutOfHoursPressure,
    ScopeCreep,
    Disrespect,
    PromiseToPayLater,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionKindDto {
    PaymentTermsStated,
    PaymentReminder,
    WorkPaused,
    ResponsivenessExpectations,
    WorkingWayExplained,
    ExtraMile,
    Termination,
    Other,
}

impl EntryDto {
    pub fn from_domain(entry: &Entry) -> EntryDto {
        let id = entry.id.0;
        match &entry.body {
            EntryBody::Request(r) => EntryDto::Request {
                id,
                sent: r.sent,
                topic: r.topic.clone(),
                answered: r.answered,
            },
            EntryBody::Approval(a) => EntryDto::Approval {
                id,
                submitted: a.submitted,
                item: a.item.clone(),
                rounds: a.rounds,
                approved: a.approved,
                trivial: a.trivial,
            },
            EntryBody::Invoice(i) => EntryDto::Invoice {
                id,
                number: i.number.clone(),
                issued: i.issued,
                due: i.due,
                amount: i.amount.0,
                payments: i
                    .payments
                    .iter()
                    .map(|p| PaymentDto {
                        date: p.date,
                        amount: p.amount.0,
                    })
                    .collect(),
            },
            EntryBody::Incident(i) => EntryDto::Incident {
                id,
                date: i.date,
                incident: IncidentKindDto::from_domain(i.kind),
                note: i.note.clone(),
            },
            EntryBody::Work(w) => EntryDto::Work {
                id,
                date: w.date,
                minutes: w.duration.0,
                description: w.description.clone(),
                deliverable: w.deliverable.clone(),
            },
            EntryBody::Intervention(i) => EntryDto::Intervention {
                id,
                date: i.date,
                intervention: InterventionKindDto::from_domain(i.kind),
                text: i.text.clone(),
            },
            EntryBody::Note(n) => EntryDto::Note {
                id,
                date: n.date,
                text: n.text.clone(),
            },
        }
    }

    pub(super) fn into_domain(self, at: &str) -> Result<Entry, Invalid> {
        let (id, body) = match self {
            EntryDto::Request {
                id,
                sent,
                topic,
                answered,
            } => (
                id,
                EntryBody::Request(Request {
                    sent,
                    topic,
                    answered,
                }),
            ),
            EntryDto::Approval {
                id,
                submitted,
                item,
                rounds,
                approved,
                trivial,
            } => (
                id,
                EntryBody::Approval(Approval {
                    submitted,
                    item,
                    rounds,
                    approved,
                    trivial,
                }),
            ),
            EntryDto::Invoice {
                id,
                number,
                issued,
                due,
                amount,
                payments,
            } => {
                let amount = cents(amount, || format!("{at}.amount"))?;
                let payments = payments
                    .into_iter()
                    .enumerate()
                    .map(|(i, p)| {
                        Ok(Payment {
                            date: p.date,
                            amount: cents(p.amount, || format!("{at}.payments[{i}].amount"))?,
                        })
                    })
                    .collect::<Result<Vec<_>, Invalid>>()?;
                (
                    id,
                    EntryBody::Invoice(Invoice {
                        number,
                        issued,
                        due,
                        amount,
                        payments,
                    }),
                )
            }
            EntryDto::Incident {
                id,
                date,
                incident,
                note,
            } => (
                id,
                EntryBody::Incident(Incident {
                    date,
                    kind: incident.into_domain(),
                    note,
                }),
            ),
            EntryDto::Work {
                id,
                date,
                minutes,
                description,
                deliverable,
            } => (
                id,
                EntryBody::Work(Work {
                    date,
                    duration: Minutes(minutes),
                    description,
                    deliverable,
                }),
            ),
            EntryDto::Intervention {
                id,
                date,
                intervention,
                text,
            } => (
                id,
                EntryBody::Intervention(Intervention {
                    date,
                    kind: intervention.into_domain(),
                    text,
                }),
            ),
            EntryDto::Note { id, date, text } => (id, EntryBody::Note(Note { date, text })),
        };
        Ok(Entry {
            id: EntryId(id),
            body,
        })
    }
}

impl IncidentKindDto {
    fn from_domain(kind: IncidentKind) -> Self {
        match kind {
            IncidentKind::DeadlineSlipped => Self::DeadlineSlipped,
            IncidentKind::AccessWithheld => Self::AccessWithheld,
            IncidentKind::Blame => Self::Blame,
            IncidentKind::OutOfHoursPressure => Self::OutOfHoursPressure,
            IncidentKind::ScopeCreep => Self::ScopeCreep,
            IncidentKind::Disrespect => Self::Disrespect,
            IncidentKind::PromiseToPayLater => Self::PromiseToPayLater,
            IncidentKind::Other => Self::Other,
        }
    }

    fn into_domain(self) -> IncidentKind {
        match self {
            Self::DeadlineSlipped => IncidentKind::DeadlineSlipped,
            Self::AccessWithheld => IncidentKind::AccessWithheld,
            Self::Blame => IncidentKind::Blame,
            Self::OutOfHoursPressure => IncidentKind::OutOfHoursPressure,
            Self::ScopeCreep => IncidentKind::ScopeCreep,
            Self::Disrespect => IncidentKind::Disrespect,
            Self::PromiseToPayLater => IncidentKind::PromiseToPayLater,
            Self::Other => IncidentKind::Other,
        }
    }
}

impl InterventionKindDto {
    fn from_domain(kind: InterventionKind) -> Self {
        match kind {
            InterventionKind::PaymentTermsStated => Self::PaymentTermsStated,
            InterventionKind::PaymentReminder => Self::PaymentReminder,
            InterventionKind::WorkPaused => Self::WorkPaused,
            InterventionKind::ResponsivenessExpectations => Self::ResponsivenessExpectations,
            InterventionKind::WorkingWayExplained => Self::WorkingWayExplained,
            InterventionKind::ExtraMile => Self::ExtraMile,
            InterventionKind::Termination => Self::Termination,
            InterventionKind::Other => Self::Other,
        }
    }

    fn into_domain(self) -> InterventionKind {
        match self {
            Self::PaymentTermsStated => InterventionKind::PaymentTermsStated,
            Self::PaymentReminder => InterventionKind::PaymentReminder,
            Self::WorkPaused => InterventionKind::WorkPaused,
            Self::ResponsivenessExpectations => InterventionKind::ResponsivenessExpectations,
            Self::WorkingWayExplained => InterventionKind::WorkingWayExplained,
            Self::ExtraMile => InterventionKind::ExtraMile,
            Self::Termination => InterventionKind::Termination,
            Self::Other => InterventionKind::Other,
        }
    }
}
