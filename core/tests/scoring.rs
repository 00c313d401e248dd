//! Scoring against representative histories: each case is a client's log, written as a few
//! lines, with the band each pattern should land in and the verdict.

mod common;

use chrono::{Days, NaiveDate};
use clientwise_core::example;
use clientwise_core::i18n::Lang;
use clientwise_core::model::{
    Approval, Cents, Client, ClientId, EntryBody, HardTime, Incident, IncidentKind, Intervention,
    InterventionKind, Invoice, Minutes, Payment, Pricing, Request, Thresholds, Work,
};
use clientwise_core::scoring::{Band, Confidence, Pattern, Reason, Trend, assess};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid")
}

fn ago(days: u64) -> NaiveDate {
    today().checked_sub_days(Days::new(days)).expect("valid")
}

/// A small language for writing histories: each method logs one entry, `days` before today.
struct History(Client);

impl History {
    fn new() -> History {
        let mut c = Client::new(ClientId(1), "Test client");
        c.contract.pricing = Pricing::Retainer(Cents(1_000_00));
        History(c)
    }

    /// A monthly invoice issued `issued` days ago, due 14 days later, paid `late` days after
    /// the due date (`None`: unpaid).
    fn invoice(mut self, issued: u64, late: Option<i64>) -> History {
        let issued = ago(issued);
        let due = issued + chrono::Duration::days(14);
        let payments = late
            .map(|l| due + chrono::Duration::days(l))
            .filter(|d| *d <= today())
            .map(|date| Payment {
                date,
                amount: Cents(1_000_00),
            })
            .into_iter()
            .collect();
        self.0.add_entry(EntryBody::Invoice(Invoice {
            number: format!("T-{}", self.0.next_entry_id()),
            issued,
            due,
            amount: Cents(1_000_00),
            payments,
        }));
        self
    }

    /// Monthly invoices, the oldest first, paid with these lateness values.
    fn cycles(mut self, lateness: &[Option<i64>]) -> History {
        let n = lateness.len() as u64;
        for (i, late) in lateness.iter().enumerate() {
            self = self.invoice(30 * (n - i as u64) + 10, *late);
        }
        self
    }

    fn request(mut self, sent: u64, answered_after: Option<u64>) -> History {
        self.0.add_entry(EntryBody::Request(Request {
            sent: ago(sent),
            topic: "A question".into(),
            answered: answered_after.map(|a| ago(sent - a)),
        }));
        self
    }

    fn approval(
        mut self,
        submitted: u64,
        rounds: u16,
        wait: Option<u64>,
        trivial: bool,
    ) -> History {
        self.0.add_entry(EntryBody::Approval(Approval {
            submitted: ago(submitted),
            item: "A post".into(),
            rounds,
            approved: wait.map(|w| ago(submitted - w)),
            trivial,
        }));
        self
    }

    fn incident(mut self, day: u64, kind: IncidentKind) -> History {
        self.0.add_entry(EntryBody::Incident(Incident {
            date: ago(day),
            kind,
            note: String::new(),
        }));
        self
    }

    fn intervention(mut self, day: u64, kind: InterventionKind) -> History {
        self.0.add_entry(EntryBody::Intervention(Intervention {
            date: ago(day),
            kind,
            text: String::new(),
        }));
        self
    }

    fn work(mut self, day: u64, hours: u32) -> History {
        self.0.add_entry(EntryBody::Work(Work {
            date: ago(day),
            duration: Minutes(hours * 60),
            description: "Work".into(),
            deliverable: String::new(),
        }));
        self
    }

    fn hard_time(mut self, from: u64, to: Option<u64>) -> History {
        self.0.hard_times.push(HardTime {
            start: ago(from),
            end: to.map(ago),
            note: String::new(),
        });
        self
    }
}

struct Case {
    name: &'static str,
    history: History,
    unresponsive: Band,
    controlling: Band,
    non_paying: Band,
    verdict: Band,
}

fn cases() -> Vec<Case> {
    use Band::*;
    let on_time = [Some(0); 6];
    vec![
        Case {
            name: "steady payer, prompt answers",
            history: History::new()
                .cycles(&on_time)
                .request(60, Some(1))
                .request(20, Some(2))
                .approval(40, 1, Some(2), false),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Healthy,
        },
        Case {
            name: "steady small delay is not a drift",
            history: History::new().cycles(&[Some(6); 6]),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Healthy,
        },
        Case {
            name: "one late invoice, then fixed",
            history: History::new().cycles(&[
                Some(0),
                Some(20),
                Some(0),
                Some(1),
                Some(0),
                Some(0),
            ]),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Healthy,
        },
        Case {
            name: "drifting payer: on time, then later every cycle, now unpaid",
            history: History::new()
                .cycles(&[Some(0), Some(5), Some(12), Some(20), None])
                .work(15, 10),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: WalkAway,
            verdict: WalkAway,
        },
        Case {
            name: "promise to pay later with an unpaid invoice",
            history: History::new()
                .cycles(&[Some(0), Some(0), Some(0), None])
                .incident(20, IncidentKind::PromiseToPayLater),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Act,
            verdict: Act,
        },
        Case {
            name: "slow to answer, several questions open for weeks",
            history: History::new()
                .cycles(&on_time)
                .request(120, Some(10))
                .request(80, Some(15))
                .request(40, None)
                .request(25, None)
                .incident(50, IncidentKind::DeadlineSlipped),
            unresponsive: Act,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Act,
        },
        Case {
            name: "told about answers and still silent",
            history: History::new()
                .cycles(&on_time)
                .request(120, Some(12))
                .request(90, Some(14))
                .intervention(60, InterventionKind::ResponsivenessExpectations)
                .request(45, None)
                .request(30, None)
                .request(20, None)
                .incident(25, IncidentKind::DeadlineSlipped),
            unresponsive: WalkAway,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: WalkAway,
        },
        Case {
            name: "rounds within the contract are not control",
            history: History::new()
                .cycles(&on_time)
                .approval(100, 2, Some(2), false)
                .approval(70, 2, Some(1), false)
                .approval(40, 1, Some(2), false)
                .approval(10, 2, Some(2), false),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Healthy,
        },
        Case {
            name: "controlling: many rounds, trivial re-approvals, access withheld, blame",
            history: History::new()
                .cycles(&on_time)
                .approval(100, 5, Some(12), true)
                .approval(70, 6, Some(14), true)
                .approval(40, 4, Some(10), false)
                .approval(10, 5, None, true)
                .incident(60, IncidentKind::AccessWithheld)
                .incident(15, IncidentKind::Blame),
            unresponsive: Healthy,
            controlling: WalkAway,
            non_paying: Healthy,
            verdict: WalkAway,
        },
        Case {
            name: "difficult long ago, fine for a year",
            history: History::new()
                .invoice(560, Some(40))
                .invoice(530, Some(35))
                .request(550, Some(30))
                .approval(540, 7, Some(20), true)
                .incident(545, IncidentKind::Blame)
                .cycles(&[Some(0); 12]),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Healthy,
        },
        Case {
            name: "late payments during a hard time weigh little",
            history: History::new().hard_time(150, Some(30)).cycles(&[
                Some(0),
                Some(30),
                Some(25),
                Some(28),
                Some(0),
            ]),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Healthy,
            verdict: Healthy,
        },
        Case {
            name: "two weeks of history: not enough to judge",
            history: History::new().request(14, None).invoice(40, None),
            unresponsive: Healthy,
            controlling: Healthy,
            non_paying: Watch,
            verdict: Watch,
        },
    ]
}

#[test]
fn representative_histories_land_in_their_bands() {
    let mut failures = Vec::new();
    for case in cases() {
        let a = assess(&case.history.0, &Thresholds::DEFAULT, today());
        let got = (
            a.pattern(Pattern::Unresponsive).band,
            a.pattern(Pattern::Controlling).band,
            a.pattern(Pattern::NonPaying).band,
            a.verdict.level,
        );
        let want = (
            case.unresponsive,
            case.controlling,
            case.non_paying,
            case.verdict,
        );
        if got != want {
            let scores: Vec<u8> = a.patterns.iter().map(|p| p.score).collect();
            failures.push(format!(
                "{}: want {want:?}, got {got:?} (scores {scores:?})",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_point_is_traced_to_a_dated_entry() {
    for case in cases() {
        let client = &case.history.0;
        let a = assess(client, &Thresholds::DEFAULT, today());
        let ceiling = match a.verdict.confidence {
            Confidence::Enough => 100,
            Confidence::Low { .. } => 49,
        };
        for p in &a.patterns {
            let sum: i32 = p.evidence.iter().map(|e| e.points).sum();
            assert_eq!(i32::from(p.score), sum.clamp(0, ceiling), "{}", case.name);
            for e in &p.evidence {
                let entry = e.entry.and_then(|id| client.entry(id));
                assert!(
                    entry.is_some(),
                    "{}: evidence without an entry {e:?}",
                    case.name
                );
                assert!(
                    e.date <= today(),
                    "{}: evidence from the future {e:?}",
                    case.name
                );
            }
        }
    }
}

#[test]
fn the_drift_is_explained_cycle_by_cycle() {
    let client = History::new()
        .cycles(&[Some(0), Some(5), Some(12), Some(20), None])
        .0;
    let a = assess(&client, &Thresholds::DEFAULT, today());
    let np = a.pattern(Pattern::NonPaying);
    assert!(
        np.evidence
            .iter()
            .any(|e| matches!(e.reason, Reason::Drift { cycles: 4, .. }))
    );
    assert!(np.evidence.iter().any(|e| matches!(
        e.reason,
        Reason::PaidLate {
            days: 20,
            later_than_before: true
        }
    )));
    assert_eq!(np.trend, Trend::Worse);
    assert_eq!(a.verdict.driver, Some(Pattern::NonPaying));
}

#[test]
fn listening_after_a_warning_lowers_the_concern() {
    let base = History::new()
        .cycles(&[Some(0); 4])
        .request(200, Some(20))
        .request(170, Some(25))
        .request(140, Some(18));
    let without = assess(&base.0, &Thresholds::DEFAULT, today());
    let listened = base
        .intervention(120, InterventionKind::ResponsivenessExpectations)
        .request(60, Some(1));
    let with = assess(&listened.0, &Thresholds::DEFAULT, today());
    let (before, after) = (
        without.pattern(Pattern::Unresponsive).score,
        with.pattern(Pattern::Unresponsive).score,
    );
    assert!(
        after < before,
        "improvement lowers the score: {before} → {after}"
    );
    assert!(
        with.pattern(Pattern::Unresponsive)
            .evidence
            .iter()
            .any(|e| matches!(e.reason, Reason::ImprovedAfterWarning { .. }) && e.points < 0)
    );
}

#[test]
fn too_little_history_says_so_and_never_judges_harshly() {
    let client = History::new().invoice(20, None).request(10, None).0;
    let a = assess(&client, &Thresholds::DEFAULT, today());
    assert!(matches!(a.verdict.confidence, Confidence::Low { .. }));
    assert!(a.verdict.level <= Band::Watch);
    assert!(a.patterns.iter().all(|p| p.score <= 49));
}

#[test]
fn a_hard_time_calls_for_the_extra_mile() {
    let client = History::new()
        .cycles(&[Some(0), Some(10), Some(20), Some(30), None])
        .hard_time(100, None)
        .0;
    let a = assess(&client, &Thresholds::DEFAULT, today());
    assert!(a.verdict.extra_mile);
    assert!(a.verdict.level <= Band::Watch);
}

#[test]
fn the_example_clients_show_what_they_are_made_up_to_show() {
    let mut n = 0;
    let clients = example::clients(Lang::En, today(), || {
        n += 1;
        ClientId(n)
    });
    let verdicts: Vec<(String, Band, Option<Pattern>, bool)> = clients
        .iter()
        .map(|c| {
            let a = assess(c, &Thresholds::DEFAULT, today());
            (
                c.company.clone(),
                a.verdict.level,
                a.verdict.driver,
                a.verdict.extra_mile,
            )
        })
        .collect();
    let expected = vec![
        ("Harbour Dental".to_owned(), Band::Healthy, None, false),
        (
            "Brightside Café".to_owned(),
            Band::WalkAway,
            Some(Pattern::NonPaying),
            false,
        ),
        (
            "Nordlys Outdoor".to_owned(),
            Band::WalkAway,
            Some(Pattern::Unresponsive),
            false,
        ),
        (
            "Vela Fashion".to_owned(),
            Band::WalkAway,
            Some(Pattern::Controlling),
            false,
        ),
        ("Oak & Ivy Florists".to_owned(), Band::Healthy, None, true),
    ];
    assert_eq!(verdicts, expected);
}

#[test]
fn a_drift_counts_far_more_than_a_steady_delay_of_the_same_total() {
    let steady = History::new()
        .cycles(&[Some(13), Some(13), Some(13), Some(13), Some(13)])
        .0;
    let drifting = History::new()
        .cycles(&[Some(0), Some(5), Some(12), Some(20), Some(28)])
        .0;
    let score = |c: &Client| {
        assess(c, &Thresholds::DEFAULT, today())
            .pattern(Pattern::NonPaying)
            .score
    };
    let (steady, drifting) = (score(&steady), score(&drifting));
    assert!(steady > 0, "a steady delay is still on the record");
    assert!(
        drifting >= steady * 2,
        "drift {drifting} against steady {steady}"
    );
}

#[test]
fn evidence_reads_as_sentences_about_named_entries() {
    use clientwise_core::i18n::{Lang, describe};
    let client = History::new()
        .cycles(&[Some(0), Some(5), Some(12), Some(20), None])
        .0;
    let a = assess(&client, &Thresholds::DEFAULT, today());
    let lines: Vec<String> = a
        .pattern(Pattern::NonPaying)
        .evidence
        .iter()
        .map(|e| describe::evidence(Lang::En, e, &client))
        .collect();
    let numbers: Vec<String> = client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Invoice(i) => Some(i.number.clone()),
            _ => None,
        })
        .collect();
    let expect = [
        format!(
            "Invoice {} unpaid 26 days after its due date (€1,000.00 outstanding)",
            numbers[4]
        ),
        format!(
            "Invoice {} paid 20 days late, later than the cycle before",
            numbers[3]
        ),
        format!(
            "Paid later cycle after cycle: from 0 days to 26 days late over 5 invoices, up to Invoice {}",
            numbers[4]
        ),
    ];
    for line in expect {
        assert!(lines.contains(&line), "missing {line:?} in {lines:#?}");
    }
}
