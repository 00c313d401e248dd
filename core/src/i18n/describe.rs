//! How an evidence entry reads in the log: a headline and a few detail lines, in the user's
//! language, with money in the client's currency. Pure, so the app, the reports and the tests all
//! see the same words.

use super::{Lang, Msg, date, hours, money, text};
use crate::model::{Client, Currency, Entry, EntryBody};
use crate::scoring::Evidence;

/// The headline and detail lines of one entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Described {
    pub headline: String,
    pub details: Vec<String>,
}

pub fn entry(lang: Lang, entry: &Entry, currency: Currency) -> Described {
    let t = |m: Msg| text(lang, &m).into_owned();
    let d = |day| date(lang, day);
    match &entry.body {
        EntryBody::Request(r) => Described {
            headline: t(Msg::RequestSummary(r.topic.clone())),
            details: vec![match r.answered {
                Some(answered) => t(Msg::AnsweredAfter((answered - r.sent).num_days())),
                None => t(Msg::WaitingSince(d(r.sent))),
            }],
        },
        EntryBody::Approval(a) => {
            let mut details = vec![match a.approved {
                Some(day) => t(Msg::ApprovedOn(d(day))),
                None => t(Msg::WaitingForApproval),
            }];
            if a.trivial {
                details.push(t(Msg::TrivialFlag));
            }
            Described {
                headline: t(Msg::ApprovalSummary(a.item.clone(), a.rounds)),
                details,
            }
        }
        EntryBody::Invoice(i) => {
            let mut details = vec![t(Msg::DueOn(d(i.due)))];
            match i.settled_on() {
                Some(day) => details.push(t(Msg::PaidInFull(d(day)))),
                None => details.push(t(Msg::Outstanding(money(lang, i.outstanding(), currency)))),
            }
            Described {
                headline: t(Msg::InvoiceSummary(
                    i.number.clone(),
                    money(lang, i.amount, currency),
                )),
                details,
            }
        }
        EntryBody::Incident(i) => Described {
            headline: t(Msg::Incident(i.kind)),
            details: non_empty(&i.note),
        },
        EntryBody::Work(w) => Described {
            headline: t(Msg::WorkSummary(
                hours(lang, w.duration),
                w.description.clone(),
            )),
            details: if w.deliverable.is_empty() {
                Vec::new()
            } else {
                vec![t(Msg::ForDeliverable(w.deliverable.clone()))]
            },
        },
        EntryBody::Intervention(i) => Described {
            headline: t(Msg::Intervention(i.kind)),
            details: non_empty(&i.text),
        },
        EntryBody::Note(n) => Described {
            headline: n.text.lines().next().unwrap_or_default().to_owned(),
            details: n.text.lines().skip(1).map(str::to_owned).collect(),
        },
    }
}

/// A short name for an entry, to refer to it inside a sentence ("Invoice BC-05", "“Logo
/// files”").
pub fn label(lang: Lang, entry: &Entry) -> String {
    let msg = match &entry.body {
        EntryBody::Invoice(i) => Msg::InvoiceLabel(i.number.clone()),
        EntryBody::Request(r) => Msg::QuotedLabel(r.topic.clone()),
        EntryBody::Approval(a) => Msg::QuotedLabel(a.item.clone()),
        EntryBody::Work(w) => Msg::WorkLabel(date(lang, w.date)),
        EntryBody::Incident(i) => Msg::Incident(i.kind),
        EntryBody::Intervention(i) => Msg::Intervention(i.kind),
        EntryBody::Note(n) => {
            Msg::QuotedLabel(n.text.lines().next().unwrap_or_default().to_owned())
        }
    };
    text(lang, &msg).into_owned()
}

/// The sentence explaining one piece of evidence about `client`'s log.
pub fn evidence(lang: Lang, evidence: &Evidence, client: &Client) -> String {
    let label = evidence
        .entry
        .and_then(|id| client.entry(id))
        .map(|e| label(lang, e))
        .unwrap_or_default();
    text(
        lang,
        &Msg::EvidenceLine(label, evidence.reason, client.currency),
    )
    .into_owned()
}

fn non_empty(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![text.to_owned()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cents, EntryId, Invoice, Payment, Request};
    use chrono::NaiveDate;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, day).expect("valid")
    }

    #[test]
    fn requests_say_how_long_they_waited() {
        let mut request = Request {
            sent: d(1),
            topic: "Logo files".into(),
            answered: Some(d(10)),
        };
        let e = |r: &Request| Entry {
            id: EntryId(1),
            body: EntryBody::Request(r.clone()),
        };
        let described = entry(Lang::En, &e(&request), Currency::EUR);
        assert_eq!(described.headline, "Asked: Logo files");
        assert_eq!(described.details, ["answered after 9 days"]);
        request.answered = None;
        assert_eq!(
            entry(Lang::En, &e(&request), Currency::EUR).details,
            ["waiting for an answer since 1 Mar 2026"]
        );
    }

    #[test]
    fn invoices_show_what_is_outstanding() {
        let invoice = Invoice {
            number: "INV-7".into(),
            issued: d(1),
            due: d(15),
            amount: Cents(1_500_00),
            payments: vec![Payment {
                date: d(20),
                amount: Cents(500_00),
            }],
        };
        let e = Entry {
            id: EntryId(1),
            body: EntryBody::Invoice(invoice),
        };
        let described = entry(Lang::En, &e, Currency::EUR);
        assert_eq!(described.headline, "Invoice INV-7: €1,500.00");
        assert_eq!(
            described.details,
            ["due 15 Mar 2026", "€1,000.00 outstanding"]
        );
    }
}
