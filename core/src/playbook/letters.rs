//! The facts each message is written from, gathered from the record: who writes to whom, the
//! overdue invoices, the questions still waiting, the notice end date, the accounts to hand over.
//!
//! The wording lives in the message catalogue (`i18n::letter`), one set per language; this module
//! only decides what goes in, so every language says the same things.

use chrono::{Days, NaiveDate};

use super::Step;
use crate::model::{
    Cents, Client, Currency, EntryBody, IncidentKind, PartingReason, PaymentTerms, Settings,
    Thresholds,
};

/// An invoice past its due date and not paid in full.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    pub number: String,
    pub outstanding: Cents,
    pub due: NaiveDate,
    pub days: i64,
}

/// A question still waiting for an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub topic: String,
    pub sent: NaiveDate,
    pub days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternatives {
    pub colleague: String,
    pub provider_kind: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LetterKind {
    PaymentTerms {
        terms: PaymentTerms,
    },
    PaymentReminder {
        terms: PaymentTerms,
        overdue: Vec<Overdue>,
    },
    PauseWork {
        overdue: Vec<Overdue>,
    },
    ResumeWork,
    TimelyAnswers {
        waiting: Vec<Waiting>,
        deadlines_slipped: u32,
    },
    WayOfWorking {
        items_over: u32,
        included: u16,
        access_withheld: bool,
    },
    ExtraMile,
    Termination {
        reason: PartingReason,
        notice_days: u16,
        notice_end: NaiveDate,
        alternatives: Option<Alternatives>,
        accounts: Vec<String>,
        owed: Cents,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    /// How the client is greeted: their first name.
    pub recipient: String,
    /// Their name in full, for languages that greet by it (Hungarian writes the family name
    /// first, so a first word would be the family name alone).
    pub full_name: String,
    pub company: String,
    pub currency: Currency,
    /// The user's name and business, from settings (either may be empty).
    pub sender_name: String,
    pub sender_business: String,
}

/// Invoices overdue beyond the grace days on `today`, oldest first.
pub fn overdue(client: &Client, th: &Thresholds, today: NaiveDate) -> Vec<Overdue> {
    let mut list: Vec<Overdue> = client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Invoice(i) if i.outstanding() > Cents::ZERO => {
                let grace_end = i
                    .due
                    .checked_add_days(Days::new(u64::from(th.grace_days)))?;
                (grace_end < today).then(|| Overdue {
                    number: i.number.clone(),
                    outstanding: i.outstanding(),
                    due: i.due,
                    days: (today - i.due).num_days(),
                })
            }
            _ => None,
        })
        .collect();
    list.sort_by_key(|o| o.due);
    list
}

/// Requests with no answer yet, longest waiting first.
pub fn waiting(client: &Client, today: NaiveDate) -> Vec<Waiting> {
    let mut list: Vec<Waiting> = client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Request(r) if r.answered.is_none() && r.sent <= today => Some(Waiting {
                topic: r.topic.clone(),
                sent: r.sent,
                days: (today - r.sent).num_days(),
            }),
            _ => None,
        })
        .collect();
    list.sort_by_key(|w| w.sent);
    list
}

fn letter(kind: LetterKind, client: &Client, settings: &Settings) -> Letter {
    Letter {
        kind,
        recipient: client
            .name
            .split_whitespace()
            .next()
            .unwrap_or(&client.name)
            .to_owned(),
        full_name: client.name.trim().to_owned(),
        company: client.company.clone(),
        currency: client.currency,
        sender_name: settings.owner_name.clone(),
        sender_business: settings.business.clone(),
    }
}

/// The message for a step of the playbook, if the step has one.
pub fn for_step(
    step: Step,
    client: &Client,
    settings: &Settings,
    today: NaiveDate,
) -> Option<Letter> {
    let th = &settings.thresholds;
    let kind = match step {
        Step::StatePaymentTerms => LetterKind::PaymentTerms {
            terms: client.contract.payment_terms,
        },
        Step::PaymentReminder => LetterKind::PaymentReminder {
            terms: client.contract.payment_terms,
            overdue: overdue(client, th, today),
        },
        Step::PauseWork => LetterKind::PauseWork {
            overdue: overdue(client, th, today),
        },
        Step::ResumeWork => LetterKind::ResumeWork,
        Step::AskForTimelyAnswers => LetterKind::TimelyAnswers {
            waiting: waiting(client, today),
            deadlines_slipped: count_incidents(client, today, IncidentKind::DeadlineSlipped),
        },
        Step::ExplainWayOfWorking => {
            let included = client.contract.included_revisions;
            LetterKind::WayOfWorking {
                items_over: client
                    .entries()
                    .iter()
                    .filter(|e| matches!(&e.body, EntryBody::Approval(a) if a.rounds > included))
                    .count() as u32,
                included,
                access_withheld: count_incidents(client, today, IncidentKind::AccessWithheld) > 0,
            }
        }
        Step::ExtraMile => LetterKind::ExtraMile,
        Step::Nothing | Step::KeepWatching(_) | Step::PartWays(_) => return None,
    };
    Some(letter(kind, client, settings))
}

fn count_incidents(client: &Client, today: NaiveDate, kind: IncidentKind) -> u32 {
    client
        .entries()
        .iter()
        .filter(|e| matches!(&e.body, EntryBody::Incident(i) if i.kind == kind && i.date <= today))
        .count() as u32
}

/// The termination letter, from the client's parting checklist (or defaults when parting has
/// not started): one reason, the notice and its end date, alternatives unless turned off, and
/// the hand-over.
pub fn termination(client: &Client, settings: &Settings, today: NaiveDate) -> Letter {
    let parting = client.parting.clone();
    let reason = parting
        .as_ref()
        .map_or(PartingReason::Fit, |p| p.reason.clone());
    let notice_from = parting
        .as_ref()
        .and_then(|p| p.notice_given)
        .unwrap_or(today);
    let notice_days = client.contract.notice_days;
    let alternatives = parting
        .as_ref()
        .filter(|p| p.offer_alternatives)
        .map(|p| Alternatives {
            colleague: p.colleague.trim().to_owned(),
            provider_kind: p.provider_kind.trim().to_owned(),
        });
    let kind = LetterKind::Termination {
        reason,
        notice_days,
        notice_end: notice_from
            .checked_add_days(Days::new(u64::from(notice_days)))
            .unwrap_or(notice_from),
        alternatives,
        accounts: client.contract.accounts.clone(),
        owed: client.owed(today),
    };
    letter(kind, client, settings)
}
