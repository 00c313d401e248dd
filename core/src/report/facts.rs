//! The numbers a report states, worked out of a client's log for a range of days: no words, no
//! formatting, so they can be tested exactly and laid out in any language.

use chrono::{Datelike, NaiveDate};

use super::Range;
use crate::model::{
    Approval, Cents, Client, EntryBody, Incident, Intervention, Minutes, Note, Request,
};

/// Work in one calendar month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub year: i32,
    pub month: u32,
    pub worked: Minutes,
    /// What was done: the deliverables worked on, in order of first mention; when the work named
    /// no deliverable, the distinct descriptions instead.
    pub done: Vec<String>,
}

/// Where an invoice stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvoiceState {
    /// Paid in full on `on`, `days_late` days after the due date (0 when on time).
    Paid { on: NaiveDate, days_late: i64 },
    /// Not paid in full and past its due date by `days`.
    Overdue { days: i64 },
    /// Not paid in full, not due yet.
    Open,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvoiceLine {
    pub number: String,
    pub issued: NaiveDate,
    pub due: NaiveDate,
    pub amount: Cents,
    pub paid: Cents,
    pub outstanding: Cents,
    pub state: InvoiceState,
}

impl InvoiceLine {
    /// Paid after its due date, or overdue now.
    pub fn was_late(&self) -> bool {
        match self.state {
            InvoiceState::Paid { days_late, .. } => days_late > 0,
            InvoiceState::Overdue { .. } => true,
            InvoiceState::Open => false,
        }
    }
}

/// A request and how long the client took (or has taken so far) to answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestLine {
    pub request: Request,
    pub waited_days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    pub range: Range,
    pub months: Vec<Month>,
    pub worked: Minutes,
    pub invoices: Vec<InvoiceLine>,
    pub invoiced: Cents,
    pub paid: Cents,
    pub outstanding: Cents,
    /// Each managed account and whether its access has been handed over.
    pub accounts: Vec<(String, bool)>,
    pub requests: Vec<RequestLine>,
    /// Items that took more revision rounds than the contract includes, or trivial re-approvals.
    pub approvals_beyond: Vec<Approval>,
    pub incidents: Vec<Incident>,
    pub interventions: Vec<Intervention>,
    pub notes: Vec<Note>,
}

/// The facts of `client`'s log within `range`, with invoices judged as of `today`.
pub fn facts(client: &Client, range: Range, today: NaiveDate) -> Facts {
    let mut entries: Vec<_> = client
        .entries()
        .iter()
        .filter(|e| range.contains(e.date()))
        .collect();
    entries.sort_by_key(|e| (e.date(), e.id));

    let mut facts = Facts {
        range,
        months: Vec::new(),
        worked: Minutes(0),
        invoices: Vec::new(),
        invoiced: Cents::ZERO,
        paid: Cents::ZERO,
        outstanding: Cents::ZERO,
        accounts: client
            .contract
            .accounts
            .iter()
            .map(|a| {
                let done = client
                    .parting
                    .as_ref()
                    .is_some_and(|p| p.handed_over.contains(a));
                (a.clone(), done)
            })
            .collect(),
        requests: Vec::new(),
        approvals_beyond: Vec::new(),
        incidents: Vec::new(),
        interventions: Vec::new(),
        notes: Vec::new(),
    };
    // Descriptions per month, used when a month's work named no deliverable.
    let mut descriptions: Vec<Vec<String>> = Vec::new();
    for entry in entries {
        match &entry.body {
            EntryBody::Work(w) => {
                let (year, month) = (w.date.year(), w.date.month());
                if facts
                    .months
                    .last()
                    .is_none_or(|m| (m.year, m.month) != (year, month))
                {
                    facts.months.push(Month {
                        year,
                        month,
                        worked: Minutes(0),
                        done: Vec::new(),
                    });
                    descriptions.push(Vec::new());
                }
                if let (Some(m), Some(d)) = (facts.months.last_mut(), descriptions.last_mut()) {
                    m.worked = [m.worked, w.duration].into_iter().sum();
                    push_distinct(&mut m.done, &w.deliverable);
                    push_distinct(d, &w.description);
                }
                facts.worked = [facts.worked, w.duration].into_iter().sum();
            }
            EntryBody::Invoice(i) => {
                let state = match i.settled_on() {
                    Some(on) => InvoiceState::Paid {
                        on,
                        days_late: (on - i.due).num_days().max(0),
                    },
                    None if today > i.due => InvoiceState::Overdue {
                        days: (today - i.due).num_days(),
                    },
                    None => InvoiceState::Open,
                };
                let paid = i.paid().min(i.amount);
                facts.invoiced = facts.invoiced.saturating_add(i.amount);
                facts.paid = facts.paid.saturating_add(paid);
                facts.outstanding = facts.outstanding.saturating_add(i.outstanding());
                facts.invoices.push(InvoiceLine {
                    number: i.number.clone(),
                    issued: i.issued,
                    due: i.due,
                    amount: i.amount,
                    paid,
                    outstanding: i.outstanding(),
                    state,
                });
            }
            EntryBody::Request(r) => facts.requests.push(RequestLine {
                waited_days: (r.answered.unwrap_or(today) - r.sent).num_days().max(0),
                request: r.clone(),
            }),
            EntryBody::Approval(a) => {
                if a.rounds > client.contract.included_revisions || (a.trivial && a.rounds > 0) {
                    facts.approvals_beyond.push(a.clone());
                }
            }
            EntryBody::Incident(i) => facts.incidents.push(i.clone()),
            EntryBody::Intervention(i) => facts.interventions.push(i.clone()),
            EntryBody::Note(n) => facts.notes.push(n.clone()),
        }
    }
    for (month, described) in facts.months.iter_mut().zip(descriptions) {
        if month.done.is_empty() {
            month.done = described;
        }
    }
    facts
}

fn push_distinct(list: &mut Vec<String>, item: &str) {
    let item = item.trim();
    if !item.is_empty() && !list.iter().any(|i| i == item) {
        list.push(item.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClientId, Invoice, Payment, Work};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).expect("valid")
    }

    fn work(date: NaiveDate, minutes: u32, description: &str, deliverable: &str) -> EntryBody {
        EntryBody::Work(Work {
            date,
            duration: Minutes(minutes),
            description: description.into(),
            deliverable: deliverable.into(),
        })
    }

    #[test]
    fn work_is_summed_by_month_with_what_was_done() {
        let mut client = Client::new(ClientId(1), "Ada");
        client.add_entry(work(d(3, 30), 60, "Sketches", "Logo"));
        client.add_entry(work(d(3, 2), 90, "Research", ""));
        client.add_entry(work(d(4, 1), 30, "Call", ""));
        client.add_entry(work(d(4, 9), 45, "Call", ""));
        client.add_entry(work(d(3, 31), 15, "More sketches", "Logo"));
        let range = Range {
            from: d(1, 1),
            to: d(12, 31),
        };
        let f = facts(&client, range, d(12, 31));
        assert_eq!(f.worked, Minutes(240));
        assert_eq!(
            f.months,
            vec![
                Month {
                    year: 2026,
                    month: 3,
                    worked: Minutes(165),
                    done: vec!["Logo".into()],
                },
                Month {
                    year: 2026,
                    month: 4,
                    worked: Minutes(75),
                    done: vec!["Call".into()],
                },
            ]
        );
        let march = Range {
            from: d(3, 1),
            to: d(3, 31),
        };
        assert_eq!(facts(&client, march, d(12, 31)).worked, Minutes(165));
    }

    #[test]
    fn invoices_say_when_they_were_paid_and_how_late() {
        let mut client = Client::new(ClientId(1), "Ada");
        let invoice = |n: &str, due: NaiveDate, payments: Vec<Payment>| {
            EntryBody::Invoice(Invoice {
                number: n.into(),
                issued: d(1, 1),
                due,
                amount: Cents(100_00),
                payments,
            })
        };
        let pay = |date, cents| Payment {
            date,
            amount: Cents(cents),
        };
        client.add_entry(invoice("on-time", d(1, 15), vec![pay(d(1, 15), 100_00)]));
        client.add_entry(invoice("late", d(1, 15), vec![pay(d(1, 25), 100_00)]));
        client.add_entry(invoice("partly", d(1, 15), vec![pay(d(1, 20), 40_00)]));
        client.add_entry(invoice("open", d(3, 1), vec![]));
        let f = facts(&client, Range::whole(&client, d(2, 1)), d(2, 1));
        let states: Vec<_> = f.invoices.iter().map(|i| i.state).collect();
        assert_eq!(
            states,
            [
                InvoiceState::Paid {
                    on: d(1, 15),
                    days_late: 0
                },
                InvoiceState::Paid {
                    on: d(1, 25),
                    days_late: 10
                },
                InvoiceState::Overdue { days: 17 },
                InvoiceState::Open,
            ]
        );
        assert_eq!(f.invoiced, Cents(400_00));
        assert_eq!(f.paid, Cents(240_00));
        assert_eq!(f.outstanding, Cents(160_00));
        let late: Vec<_> = f.invoices.iter().filter(|i| i.was_late()).collect();
        assert_eq!(late.len(), 2);
    }

    #[test]
    fn the_whole_range_spans_the_contract_and_the_log() {
        let mut client = Client::new(ClientId(1), "Ada");
        assert_eq!(
            Range::whole(&client, d(5, 5)),
            Range {
                from: d(5, 5),
                to: d(5, 5)
            }
        );
        client.add_entry(work(d(2, 1), 60, "x", ""));
        client.contract.started = Some(d(3, 1));
        assert_eq!(Range::whole(&client, d(5, 5)).from, d(2, 1));
        client.add_entry(work(d(6, 1), 60, "planned", ""));
        assert_eq!(Range::whole(&client, d(5, 5)).to, d(6, 1));
    }
}
