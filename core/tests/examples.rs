//! The example clients tell the same story whatever day they are loaded on: the journeys and the
//! first-time user both rely on it. Dates in the examples are counted back from today, and one
//! client is billed on the 1st of each month, so the days between a due date and today move
//! with the calendar; the verdicts, the scores that the page states and the stage of each remedy
//! must not.

use chrono::{Datelike, Days, NaiveDate};
use clientwise_core::example;
use clientwise_core::i18n::Lang;
use clientwise_core::model::{
    Client, ClientId, EntryBody, Intervention, InterventionKind, Thresholds,
};
use clientwise_core::playbook::{Step, advise};
use clientwise_core::scoring::{Band, Pattern, assess};

fn examples(today: NaiveDate) -> Vec<Client> {
    let mut n = 0;
    example::clients(Lang::En, today, || {
        n += 1;
        ClientId(n)
    })
}

/// Every day of three years, leap day and both ends of every month included.
fn every_day() -> impl Iterator<Item = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid");
    (0..3 * 366).filter_map(move |n| first.checked_add_days(Days::new(n)))
}

fn named<'a>(all: &'a [Client], name: &str) -> &'a Client {
    all.iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("an example named {name}"))
}

fn log_sent(client: &mut Client, kind: InterventionKind, date: NaiveDate) {
    client.add_entry(EntryBody::Intervention(Intervention {
        date,
        kind,
        text: "Sent.".into(),
    }));
}

#[test]
fn every_example_has_the_same_verdict_on_every_day() {
    let th = Thresholds::default();
    let expected = [
        ("Maya Lindqvist", Band::Healthy),
        ("Tom Brightside", Band::WalkAway),
        ("Jonas Nordlys", Band::WalkAway),
        ("Vera Castell", Band::WalkAway),
        ("Ilse Oakley", Band::Healthy),
    ];
    for today in every_day() {
        let all = examples(today);
        for (name, band) in expected {
            let a = assess(named(&all, name), &th, today);
            assert_eq!(a.verdict.level, band, "{name} on {today}");
        }
        let maya = assess(named(&all, "Maya Lindqvist"), &th, today);
        assert_eq!(maya.pattern(Pattern::NonPaying).score, 0, "Maya on {today}");
        let tom = assess(named(&all, "Tom Brightside"), &th, today);
        assert_eq!(tom.pattern(Pattern::NonPaying).score, 100, "Tom on {today}");
        assert_eq!(
            tom.pattern(Pattern::Unresponsive).score,
            0,
            "Tom on {today}"
        );
    }
}

#[test]
fn the_late_payer_goes_through_the_same_stages_on_every_day() {
    let th = Thresholds::default();
    for today in every_day() {
        let mut tom = named(&examples(today), "Tom Brightside").clone();
        let step = |tom: &Client| {
            let advice = advise(tom, &assess(tom, &th, today), &th, today);
            let first = advice.first().expect("advice");
            (first.step, first.stage)
        };
        assert_eq!(
            step(&tom),
            (Step::PaymentReminder, Some((2, 4))),
            "on {today}"
        );
        log_sent(&mut tom, InterventionKind::PaymentReminder, today);
        assert_eq!(step(&tom), (Step::PauseWork, Some((3, 4))), "on {today}");
        log_sent(&mut tom, InterventionKind::WorkPaused, today);
        assert_eq!(
            step(&tom).0,
            Step::PartWays(Pattern::NonPaying),
            "on {today}"
        );
    }
}

#[test]
fn the_late_payers_last_two_invoices_are_overdue_beyond_the_grace_on_every_day() {
    let th = Thresholds::default();
    for today in every_day() {
        let tom = named(&examples(today), "Tom Brightside").clone();
        let overdue: Vec<_> = tom
            .entries()
            .iter()
            .filter_map(|e| match &e.body {
                EntryBody::Invoice(i) if i.payments.is_empty() => Some(i),
                _ => None,
            })
            .collect();
        assert_eq!(overdue.len(), 2, "on {today}");
        for invoice in overdue {
            assert_eq!(invoice.due.day(), 1, "{} on {today}", invoice.number);
            let late = (today - invoice.due).num_days();
            assert!(
                late > i64::from(th.grace_days),
                "{} is {late} days late on {today}",
                invoice.number
            );
        }
    }
}
