//! Scores 1,000 clients holding 100,000 log entries in all, and prints how many entries per
//! second the scoring reads (the goal: at least 5 million natively). Run with
//! `cargo bench -p clientwise-core --bench scoring`. A figure to read, not a pass/fail test:
//! machines are noisy.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use clientwise_core::model::{
    Approval, Cents, Client, ClientId, EntryBody, Incident, IncidentKind, Intervention,
    InterventionKind, Invoice, Minutes, Payment, Pricing, Request, Thresholds, Work,
};
use clientwise_core::scoring::assess;

/// A small deterministic generator, so every run scores the same portfolio.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below.max(1)
    }
}

fn portfolio(today: NaiveDate, clients: u32, entries_each: u32) -> Vec<Client> {
    let mut rng = Lcg(42);
    (1..=clients)
        .map(|id| {
            let mut c = Client::new(ClientId(id), format!("Client {id}"));
            c.contract.pricing = Pricing::Retainer(Cents(1_000_00));
            for _ in 0..entries_each {
                let day = today
                    .checked_sub_days(Days::new(rng.next(730)))
                    .unwrap_or(today);
                let later = |n: u64| day.checked_add_days(Days::new(n)).filter(|d| *d <= today);
                let body = match rng.next(7) {
                    0 => EntryBody::Request(Request {
                        sent: day,
                        topic: "Question".into(),
                        answered: later(rng.next(20)),
                    }),
                    1 => EntryBody::Approval(Approval {
                        submitted: day,
                        item: "Post".into(),
                        rounds: rng.next(6) as u16,
                        approved: later(rng.next(15)),
                        trivial: rng.next(3) == 0,
                    }),
                    2 | 3 => {
                        let due = day.checked_add_days(Days::new(14)).unwrap_or(day);
                        let paid = due
                            .checked_add_days(Days::new(rng.next(30)))
                            .filter(|d| *d <= today);
                        EntryBody::Invoice(Invoice {
                            number: "INV".into(),
                            issued: day,
                            due,
                            amount: Cents(1_000_00),
                            payments: paid
                                .map(|date| Payment {
                                    date,
                                    amount: Cents(1_000_00),
                                })
                                .into_iter()
                                .collect(),
                        })
                    }
                    4 => EntryBody::Work(Work {
                        date: day,
                        duration: Minutes(rng.next(480) as u32 + 15),
                        description: "Work".into(),
                        deliverable: String::new(),
                    }),
                    5 => EntryBody::Incident(Incident {
                        date: day,
                        kind: IncidentKind::ALL[rng.next(8) as usize],
                        note: String::new(),
                    }),
                    _ => EntryBody::Intervention(Intervention {
                        date: day,
                        kind: InterventionKind::ALL[rng.next(8) as usize],
                        text: String::new(),
                    }),
                };
                c.add_entry(body);
            }
            c
        })
        .collect()
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid");
    let clients = portfolio(today, 1_000, 100);
    let entries: usize = clients.iter().map(|c| c.entries().len()).sum();
    let th = Thresholds::DEFAULT;
    // Warm up, then take the best of several rounds: the least disturbed by the machine.
    for c in &clients {
        black_box(assess(c, &th, today));
    }
    let mut best = f64::MAX;
    for _ in 0..7 {
        let start = Instant::now();
        for c in &clients {
            black_box(assess(black_box(c), &th, today));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let per_second = entries as f64 / best;
    println!(
        "scoring: {} clients, {entries} entries in {:.1} ms: {:.1} million entries/s (goal ≥ 5); one client of 100 entries in {:.1} µs",
        clients.len(),
        best * 1e3,
        per_second / 1e6,
        best * 1e6 / clients.len() as f64,
    );
}
