//! Made-up example clients for a first-time user: one easy client and one for each difficult
//! pattern, plus a good client going through a hard time. Dates are relative to `today`, so the
//! examples always look current.

use chrono::{Days, NaiveDate};

use crate::model::{
    Approval, Cents, Client, ClientId, Currency, EntryBody, HardTime, Incident, IncidentKind,
    Intervention, InterventionKind, Invoice, Minutes, Note, Payment, PaymentTerms, Pricing,
    Request, Work,
};

struct Log<'a> {
    client: &'a mut Client,
    today: NaiveDate,
}

impl Log<'_> {
    fn ago(&self, days: u64) -> NaiveDate {
        self.today
            .checked_sub_days(Days::new(days))
            .unwrap_or(self.today)
    }

    fn request(&mut self, sent: u64, topic: &str, answered: Option<u64>) {
        let body = EntryBody::Request(Request {
            sent: self.ago(sent),
            topic: topic.into(),
            answered: answered.map(|a| self.ago(a)),
        });
        self.client.add_entry(body);
    }

    fn approval(
        &mut self,
        submitted: u64,
        item: &str,
        rounds: u16,
        approved: Option<u64>,
        trivial: bool,
    ) {
        let body = EntryBody::Approval(Approval {
            submitted: self.ago(submitted),
            item: item.into(),
            rounds,
            approved: approved.map(|a| self.ago(a)),
            trivial,
        });
        self.client.add_entry(body);
    }

    /// An invoice issued `issued` days ago, paid `paid_late` days after its due date (or not).
    fn invoice(&mut self, number: &str, issued: u64, amount: i64, paid_late: Option<i64>) {
        let issued = self.ago(issued);
        let due = self.client.contract.payment_terms.due_date(issued);
        let payments = paid_late
            .and_then(|late| due.checked_add_signed(chrono::Duration::days(late)))
            .filter(|date| *date <= self.today)
            .map(|date| Payment {
                date,
                amount: Cents(amount),
            })
            .into_iter()
            .collect();
        self.client.add_entry(EntryBody::Invoice(Invoice {
            number: number.into(),
            issued,
            due,
            amount: Cents(amount),
            payments,
        }));
    }

    fn work(&mut self, day: u64, minutes: u32, description: &str, deliverable: &str) {
        let body = EntryBody::Work(Work {
            date: self.ago(day),
            duration: Minutes(minutes),
            description: description.into(),
            deliverable: deliverable.into(),
        });
        self.client.add_entry(body);
    }

    fn incident(&mut self, day: u64, kind: IncidentKind, note: &str) {
        let body = EntryBody::Incident(Incident {
            date: self.ago(day),
            kind,
            note: note.into(),
        });
        self.client.add_entry(body);
    }

    fn intervention(&mut self, day: u64, kind: InterventionKind, text: &str) {
        let body = EntryBody::Intervention(Intervention {
            date: self.ago(day),
            kind,
            text: text.into(),
        });
        self.client.add_entry(body);
    }

    fn note(&mut self, day: u64, text: &str) {
        let body = EntryBody::Note(Note {
            date: self.ago(day),
            text: text.into(),
        });
        self.client.add_entry(body);
    }
}

fn client(id: ClientId, name: &str, company: &str, today: NaiveDate, months: u64) -> Client {
    let mut c = Client::new(id, name);
    c.company = company.into();
    c.contact = format!(
        "{}@example.com",
        name.split(' ').next().unwrap_or("hello").to_lowercase()
    );
    c.contract.started = today.checked_sub_days(Days::new(months * 30));
    c
}

/// The example clients, given ids by `next_id`.
pub fn clients(today: NaiveDate, mut next_id: impl FnMut() -> ClientId) -> Vec<Client> {
    let mut all = Vec::new();

    let mut c = client(next_id(), "Maya Lindqvist", "Harbour Dental", today, 7);
    c.contract.pricing = Pricing::Retainer(Cents(1_200_00));
    c.contract.accounts = vec!["Instagram".into(), "Facebook page".into()];
    c.contract.scope = "Three posts a week and a monthly report.".into();
    let mut log = Log {
        client: &mut c,
        today,
    };
    for (i, n) in (1..=6).enumerate() {
        log.invoice(
            &format!("HD-{n:02}"),
            190 - 30 * i as u64,
            1_200_00,
            Some(-2),
        );
        log.work(
            185 - 30 * i as u64,
            8 * 60,
            "Posts for the month",
            "Monthly posts",
        );
    }
    log.request(40, "Photos of the new clinic", Some(39));
    log.request(12, "Approval of the summer campaign theme", Some(10));
    log.approval(20, "Summer campaign visuals", 1, Some(18), false);
    all.push(c);

    let mut c = client(next_id(), "Tom Brightside", "Brightside Café", today, 8);
    c.contract.payment_terms = PaymentTerms::DayOfMonth(1);
    c.contract.pricing = Pricing::Retainer(Cents(900_00));
    c.contract.accounts = vec!["Instagram".into(), "Google Business profile".into()];
    let mut log = Log {
        client: &mut c,
        today,
    };
    let lateness = [Some(0), Some(6), Some(13), Some(24), None, None];
    for (i, late) in lateness.into_iter().enumerate() {
        log.invoice(
            &format!("BC-{:02}", i + 1),
            185 - 30 * i as u64,
            900_00,
            late,
        );
        log.work(
            180 - 30 * i as u64,
            10 * 60,
            "Posts and stories for the month",
            "Monthly posts",
        );
    }
    log.incident(
        40,
        IncidentKind::PromiseToPayLater,
        "“Keep going, I'll settle everything at the end of the season.”",
    );
    log.intervention(
        186,
        InterventionKind::PaymentTermsStated,
        "Confirmed that invoices are due on the 1st of each month.",
    );
    log.work(10, 6 * 60, "Autumn menu launch posts", "Autumn campaign");
    all.push(c);

    let mut c = client(next_id(), "Jonas Nordlys", "Nordlys Outdoor", today, 5);
    c.contract.pricing = Pricing::Hourly(Cents(75_00));
    c.contract.scope = "A new product catalogue site.".into();
    let mut log = Log {
        client: &mut c,
        today,
    };
    log.request(140, "Product list for the catalogue", Some(131));
    log.request(120, "Logo files in vector format", Some(102));
    log.request(90, "Feedback on the first page design", Some(70));
    log.incident(
        75,
        IncidentKind::DeadlineSlipped,
        "Launch moved by two weeks: waited for page feedback.",
    );
    log.intervention(
        60,
        InterventionKind::ResponsivenessExpectations,
        "Explained that I cannot move forward without their answers.",
    );
    log.request(45, "Prices for the winter range", None);
    log.request(30, "Sign-off on the checkout flow", None);
    log.request(18, "Shipping rules", None);
    log.invoice("NO-1", 100, 2_400_00, Some(3));
    log.work(
        95,
        12 * 60,
        "Catalogue structure and first designs",
        "Catalogue site",
    );
    all.push(c);

    let mut c = client(next_id(), "Vera Castell", "Vela Fashion", today, 6);
    c.contract.included_revisions = 2;
    c.contract.pricing = Pricing::Retainer(Cents(1_500_00));
    c.contract.accounts = vec!["Instagram".into(), "TikTok".into(), "Pinterest".into()];
    let mut log = Log {
        client: &mut c,
        today,
    };
    log.approval(120, "Spring lookbook post", 5, Some(104), false);
    log.approval(95, "Story highlight covers", 4, Some(85), true);
    log.approval(70, "Weekly post plan", 6, Some(55), true);
    log.incident(
        65,
        IncidentKind::AccessWithheld,
        "Still no access to the TikTok account; only Instagram shared.",
    );
    log.intervention(
        50,
        InterventionKind::WorkingWayExplained,
        "Explained that approving every post in advance makes the agreed plan impossible.",
    );
    log.approval(30, "Autumn campaign teaser", 7, Some(14), true);
    log.incident(
        12,
        IncidentKind::Blame,
        "Blamed me for low reach on posts she held back for a week.",
    );
    log.approval(8, "Weekly post plan", 3, None, false);
    for i in 0..5 {
        log.invoice(&format!("VF-{}", i + 1), 150 - 30 * i, 1_500_00, Some(1));
    }
    all.push(c);

    let mut c = client(next_id(), "Ilse Oakley", "Oak & Ivy Florists", today, 9);
    c.currency = "GBP".parse::<Currency>().unwrap_or_default();
    c.contract.pricing = Pricing::Retainer(Cents(600_00));
    let hard_start = today.checked_sub_days(Days::new(75)).unwrap_or(today);
    c.hard_times.push(HardTime {
        start: hard_start,
        end: today.checked_sub_days(Days::new(20)),
        note: "Owner in hospital; the shop ran on part-time staff.".into(),
    });
    let mut log = Log {
        client: &mut c,
        today,
    };
    log.invoice("OI-1", 160, 600_00, Some(0));
    log.invoice("OI-2", 130, 600_00, Some(1));
    log.invoice("OI-3", 70, 600_00, Some(25));
    log.invoice("OI-4", 40, 600_00, Some(9));
    log.invoice("OI-5", 10, 600_00, None);
    log.request(60, "Which bouquets to feature this month", Some(45));
    log.note(74, "Ilse called: she will be in hospital for a few weeks. Agreed to keep posting from the photo archive.");
    log.intervention(
        70,
        InterventionKind::ExtraMile,
        "Offered to run the account from the archive and to pause invoices if it helps.",
    );
    all.push(c);

    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntryKind;

    #[test]
    fn examples_are_dated_no_later_than_today_and_cover_every_kind() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid");
        let mut n = 0;
        let all = clients(today, || {
            n += 1;
            ClientId(n)
        });
        assert_eq!(all.len(), 5);
        for kind in EntryKind::ALL {
            assert!(all.iter().any(|c| c.count(kind) > 0), "{kind:?}");
        }
        for c in &all {
            for e in c.entries() {
                assert!(e.date() <= today, "{} {:?}", c.name, e);
            }
        }
    }
}
