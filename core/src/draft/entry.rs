//! The entry form: one flat set of inputs, of which each kind of entry uses its own few.
//!
//! Keeping one draft for all kinds lets the user switch the kind while filling the form without
//! losing the date or the text already typed.

use chrono::NaiveDate;

use super::{
    Field, FieldErrors, Problem, amount, date, date_for_input, duration, nonzero, optional_date,
    required_text, text, whole_number,
};
use crate::i18n::Lang;
use crate::model::hours::hours_for_input;
use crate::model::money::amount_for_input;
use crate::model::{
    Approval, Cents, Client, Entry, EntryBody, EntryKind, Incident, IncidentKind, Intervention,
    InterventionKind, Invoice, Minutes, Note, Payment, Request, Work,
};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentDraft {
    pub date: String,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryDraft {
    pub kind: EntryKind,
    /// Sent, submitted, issued, or the day it happened.
    pub date: String,
    pub answered: String,
    pub approved: String,
    /// Left empty, the due date follows the client's payment terms.
    pub due: String,
    pub topic: String,
    pub item: String,
    pub rounds: String,
    pub trivial: bool,
    pub number: String,
    pub amount: String,
    pub payments: Vec<PaymentDraft>,
    pub incident: IncidentKind,
    pub intervention: InterventionKind,
    pub hours: String,
    pub description: String,
    pub deliverable: String,
    /// An incident's note, an intervention's text, or a note.
    pub text: String,
}

impl EntryDraft {
    /// An empty form for a new entry of `kind`, dated `today`.
    pub fn new(kind: EntryKind, today: NaiveDate) -> EntryDraft {
        EntryDraft {
            kind,
            date: date_for_input(today),
            answered: String::new(),
            approved: String::new(),
            due: String::new(),
            topic: String::new(),
            item: String::new(),
            rounds: "0".into(),
            trivial: false,
            number: String::new(),
            amount: String::new(),
            payments: Vec::new(),
            incident: IncidentKind::DeadlineSlipped,
            intervention: InterventionKind::PaymentReminder,
            hours: String::new(),
            description: String::new(),
            deliverable: String::new(),
            text: String::new(),
        }
    }

    /// The same form with its numbers written the way `lang` writes them (`1,5` hours,
    /// `900,00`), for a screen in that language; either way of writing reads back the same.
    pub fn localised(mut self, lang: Lang) -> EntryDraft {
        let local = |text: &str| crate::i18n::locale::for_input(lang, text);
        self.amount = local(&self.amount);
        self.hours = local(&self.hours);
        for p in &mut self.payments {
            p.amount = local(&p.amount);
        }
        self
    }

    /// The form filled from an existing entry of `client`, for editing.
    pub fn from_entry(entry: &Entry, client: &Client) -> EntryDraft {
        let mut d = EntryDraft::new(entry.kind(), entry.date());
        let opt = |date: Option<NaiveDate>| date.map(date_for_input).unwrap_or_default();
        let money = |cents: Cents| amount_for_input(cents, client.currency);
        match &entry.body {
            EntryBody::Request(r) => {
                d.topic = r.topic.clone();
                d.answered = opt(r.answered);
            }
            EntryBody::Approval(a) => {
                d.item = a.item.clone();
                d.rounds = a.rounds.to_string();
                d.approved = opt(a.approved);
                d.trivial = a.trivial;
            }
            EntryBody::Invoice(i) => {
                d.number = i.number.clone();
                d.due = date_for_input(i.due);
                d.amount = money(i.amount);
                d.payments = i
                    .payments
                    .iter()
                    .map(|p| PaymentDraft {
                        date: date_for_input(p.date),
                        amount: money(p.amount),
                    })
                    .collect();
            }
            EntryBody::Incident(i) => {
                d.incident = i.kind;
                d.text = i.note.clone();
            }
            EntryBody::Work(w) => {
                d.hours = hours_for_input(w.duration);
                d.description = w.description.clone();
                d.deliverable = w.deliverable.clone();
            }
            EntryBody::Intervention(i) => {
                d.intervention = i.kind;
                d.text = i.text.clone();
            }
            EntryBody::Note(n) => d.text = n.text.clone(),
        }
        d
    }

    /// Validates the form for `client` (whose currency reads the amounts and whose payment terms
    /// fill an empty due date) and returns the entry's content, or every problem found.
    pub fn validate(&self, client: &Client) -> Result<EntryBody, FieldErrors> {
        let mut errors = FieldErrors::default();
        let day = errors.check(Field::Date, date(&self.date));
        let body = match self.kind {
            EntryKind::Request => {
                let topic = errors.check(Field::Topic, required_text(&self.topic));
                let answered = errors.check(Field::Answered, optional_date(&self.answered));
                if let (Some(sent), Some(Some(answered))) = (day, answered)
                    && answered < sent
                {
                    errors.push(Field::Answered, Problem::AnsweredBeforeSent);
                }
                zip3(day, topic, answered).map(|(sent, topic, answered)| {
                    EntryBody::Request(Request {
                        sent,
                        topic,
                        answered,
                    })
                })
            }
            EntryKind::Approval => {
                let item = errors.check(Field::Item, required_text(&self.item));
                let rounds = errors.check(Field::Rounds, whole_number(&self.rounds, 0, 100));
                let approved = errors.check(Field::Approved, optional_date(&self.approved));
                if let (Some(submitted), Some(Some(approved))) = (day, approved)
                    && approved < submitted
                {
                    errors.push(Field::Approved, Problem::ApprovedBeforeSubmitted);
                }
                zip3(day, item, approved).zip(rounds).map(
                    |((submitted, item, approved), rounds)| {
                        EntryBody::Approval(Approval {
                            submitted,
                            item,
                            rounds: rounds as u16,
                            approved,
                            trivial: self.trivial,
                        })
                    },
                )
            }
            EntryKind::Invoice => self.invoice(day, client, &mut errors),
            EntryKind::Incident => {
                let note = errors.check(Field::Note, text(&self.text));
                day.zip(note).map(|(date, note)| {
                    EntryBody::Incident(Incident {
                        date,
                        kind: self.incident,
                        note,
                    })
                })
            }
            EntryKind::Work => {
                let duration = errors.check(
                    Field::Hours,
                    duration(&self.hours).and_then(|m| {
                        if m == Minutes(0) {
                            Err(Problem::ZeroAmount)
                        } else {
                            Ok(m)
                        }
                    }),
                );
                let description =
                    errors.check(Field::Description, required_text(&self.description));
                let deliverable = errors.check(Field::Deliverable, text(&self.deliverable));
                zip3(day, duration, description).zip(deliverable).map(
                    |((date, duration, description), deliverable)| {
                        EntryBody::Work(Work {
                            date,
                            duration,
                            description,
                            deliverable,
                        })
                    },
                )
            }
            EntryKind::Intervention => {
                let body = errors.check(Field::Text, text(&self.text));
                day.zip(body).map(|(date, text)| {
                    EntryBody::Intervention(Intervention {
                        date,
                        kind: self.intervention,
                        text,
                    })
                })
            }
            EntryKind::Note => {
                let body = errors.check(Field::Text, required_text(&self.text));
                day.zip(body)
                    .map(|(date, text)| EntryBody::Note(Note { date, text }))
            }
        };
        match body {
            Some(body) if errors.is_empty() => Ok(body),
            _ => Err(errors),
        }
    }

    fn invoice(
        &self,
        issued: Option<NaiveDate>,
        client: &Client,
        errors: &mut FieldErrors,
    ) -> Option<EntryBody> {
        let number = errors.check(Field::Number, required_text(&self.number));
        let due = match errors.check(Field::Due, optional_date(&self.due)) {
            Some(Some(due)) => Some(due),
            Some(None) => issued.map(|i| client.contract.payment_terms.due_date(i)),
            None => None,
        };
        if let (Some(issued), Some(due)) = (issued, due)
            && due < issued
        {
            errors.push(Field::Due, Problem::DueBeforeIssued);
        }
        let total = errors.check(
            Field::Amount,
            amount(&self.amount, client.currency).and_then(nonzero),
        );
        let mut payments = Vec::new();
        let mut payments_ok = true;
        for (i, p) in self.payments.iter().enumerate() {
            if p.date.trim().is_empty() && p.amount.trim().is_empty() {
                continue;
            }
            let date = errors.check(Field::PaymentDate(i), date(&p.date));
            let paid = errors.check(
                Field::PaymentAmount(i),
                amount(&p.amount, client.currency).and_then(nonzero),
            );
            match date.zip(paid) {
                Some((date, amount)) => payments.push(Payment { date, amount }),
                None => payments_ok = false,
            }
        }
        payments.sort_by_key(|p| p.date);
        if let Some(total) = total
            && payments_ok
            && payments.iter().map(|p| p.amount).sum::<Cents>() > total
        {
            errors.push(Field::Payments, Problem::PaymentsExceedAmount);
        }
        let (issued, due, number, amount) = (issued?, due?, number?, total?);
        Some(EntryBody::Invoice(Invoice {
            number,
            issued,
            due,
            amount,
            payments,
        }))
    }
}

fn zip3<A, B, C>(a: Option<A>, b: Option<B>, c: Option<C>) -> Option<(A, B, C)> {
    Some((a?, b?, c?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClientId, PaymentTerms};

    fn client() -> Client {
        let mut c = Client::new(ClientId(1), "Ada");
        c.contract.payment_terms = PaymentTerms::DaysAfterInvoice(30);
        c
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 10).expect("valid")
    }

    #[test]
    fn every_kind_round_trips_through_its_form() {
        let mut c = client();
        let mut drafts = Vec::new();
        for kind in EntryKind::ALL {
            let mut d = EntryDraft::new(kind, today());
            d.topic = "Logo colours?".into();
            d.answered = "2026-03-12".into();
            d.item = "Post 1".into();
            d.rounds = "3".into();
            d.number = "INV-7".into();
            d.amount = "1,500.00".into();
            d.payments = vec![PaymentDraft {
                date: "2026-04-20".into(),
                amount: "500".into(),
            }];
            d.hours = "2.5".into();
            d.description = "Drafted posts".into();
            d.text = "Said the invoice would be paid next month".into();
            drafts.push(d);
        }
        for d in &drafts {
            let body = d.validate(&c).expect("valid form");
            assert_eq!(body.kind(), d.kind);
            let id = c.add_entry(body.clone());
            let entry = c.entry(id).expect("just added");
            let again = EntryDraft::from_entry(entry, &c)
                .validate(&c)
                .expect("an entry's own form is valid");
            assert_eq!(again, body);
        }
        let invoice = c
            .entries()
            .iter()
            .find_map(|e| match &e.body {
                EntryBody::Invoice(i) => Some(i.clone()),
                _ => None,
            })
            .expect("invoice added");
        // Due date left empty: the contract's 30 days apply.
        assert_eq!(
            invoice.due,
            NaiveDate::from_ymd_opt(2026, 4, 9).expect("valid")
        );
        assert_eq!(invoice.outstanding(), Cents(100_000));
    }

    #[test]
    fn dates_out_of_order_are_refused_next_to_the_later_field() {
        let c = client();
        let mut d = EntryDraft::new(EntryKind::Request, today());
        d.topic = "Copy for the landing page".into();
        d.answered = "2026-03-01".into();
        let e = d.validate(&c).expect_err("answered before sent");
        assert_eq!(
            e.for_field(Field::Answered),
            Some(Problem::AnsweredBeforeSent)
        );

        let mut d = EntryDraft::new(EntryKind::Invoice, today());
        d.number = "1".into();
        d.amount = "10".into();
        d.due = "2026-03-09".into();
        let e = d.validate(&c).expect_err("due before issued");
        assert_eq!(e.for_field(Field::Due), Some(Problem::DueBeforeIssued));

        let mut d = EntryDraft::new(EntryKind::Approval, today());
        d.item = "Banner".into();
        d.approved = "2026-02-01".into();
        let e = d.validate(&c).expect_err("approved before submitted");
        assert_eq!(
            e.for_field(Field::Approved),
            Some(Problem::ApprovedBeforeSubmitted)
        );
    }

    #[test]
    fn bad_numbers_are_refused() {
        let c = client();
        let mut d = EntryDraft::new(EntryKind::Work, today());
        d.hours = "-2".into();
        let e = d.validate(&c).expect_err("negative hours");
        assert_eq!(e.for_field(Field::Hours), Some(Problem::Negative));
        assert_eq!(e.for_field(Field::Description), Some(Problem::Required));

        let mut d = EntryDraft::new(EntryKind::Invoice, today());
        d.number = "9".into();
        d.amount = "100".into();
        d.payments = vec![
            PaymentDraft {
                date: "2026-03-20".into(),
                amount: "80".into(),
            },
            PaymentDraft::default(),
            PaymentDraft {
                date: "2026-03-21".into(),
                amount: "30".into(),
            },
        ];
        let e = d.validate(&c).expect_err("overpaid");
        assert_eq!(
            e.for_field(Field::Payments),
            Some(Problem::PaymentsExceedAmount)
        );

        d.payments[2].amount = "abc".into();
        let e = d.validate(&c).expect_err("bad payment");
        assert_eq!(
            e.for_field(Field::PaymentAmount(2)),
            Some(Problem::NotANumber)
        );
        assert_eq!(e.for_field(Field::Payments), None);
    }

    #[test]
    fn an_empty_date_is_required() {
        let mut d = EntryDraft::new(EntryKind::Note, today());
        d.date.clear();
        d.text = "x".into();
        let e = d.validate(&client()).expect_err("no date");
        assert_eq!(e.for_field(Field::Date), Some(Problem::Required));
    }

    #[test]
    fn a_localised_form_reads_back_the_same_entry() {
        use crate::model::{Invoice, Payment, Work};
        let mut client = Client::new(crate::model::ClientId(1), "Ada");
        let day = NaiveDate::from_ymd_opt(2026, 3, 5).expect("valid");
        let invoice = client.add_entry(EntryBody::Invoice(Invoice {
            number: "7".into(),
            issued: day,
            due: day,
            amount: Cents(1_234_50),
            payments: vec![Payment {
                date: day,
                amount: Cents(1_000_00),
            }],
        }));
        let work = client.add_entry(EntryBody::Work(Work {
            date: day,
            duration: crate::model::Minutes(90),
            description: "Posts".into(),
            deliverable: String::new(),
        }));
        for lang in Lang::ALL {
            for id in [invoice, work] {
                let entry = client.entry(id).expect("logged").clone();
                let draft = EntryDraft::from_entry(&entry, &client).localised(lang);
                if lang != Lang::En && id == invoice {
                    assert_eq!(draft.amount, "1234,50", "{lang:?}");
                }
                let body = draft.validate(&client).expect("valid");
                assert_eq!(body, entry.body, "{lang:?}");
            }
        }
    }
}
