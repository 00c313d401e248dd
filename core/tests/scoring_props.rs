//! Properties every score keeps, whatever the history: it stays within 0–100, it depends on
//! dates only relative to today, and more trouble never lowers it.

mod common;

use chrono::{Days, NaiveDate};
use clientwise_core::model::{
    Cents, Client, ClientId, EntryBody, Invoice, Payment, Request, Thresholds,
};
use clientwise_core::scoring::{Assessment, Band, Confidence, Pattern, assess};
use clientwise_core::storage::codec::{decode_client, encode_client};
use proptest::prelude::*;
use serde_json::Value;

fn today() -> impl Strategy<Value = NaiveDate> {
    (0_i64..4600).prop_map(common::day)
}

fn thresholds() -> impl Strategy<Value = Thresholds> {
    (0_u16..30, 0_u16..30, 0_u16..30, 1_u16..400).prop_map(|(a, g, p, h)| Thresholds {
        slow_answer_days: a,
        grace_days: g,
        slow_approval_days: p,
        half_life_days: h,
    })
}

/// Moves every date in a stored client by `days`, through its JSON form, so ids stay put.
fn shifted(client: &Client, days: i64) -> Client {
    fn walk(v: &mut Value, days: i64) {
        match v {
            Value::String(s) => {
                if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    *s = (d + chrono::Duration::days(days))
                        .format("%Y-%m-%d")
                        .to_string();
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, days)),
            Value::Object(map) => map.values_mut().for_each(|i| walk(i, days)),
            _ => {}
        }
    }
    let mut value: Value = serde_json::from_str(&encode_client(client, 1)).expect("json");
    walk(&mut value["client"], days);
    decode_client(&value.to_string(), client.id)
        .expect("shifted client decodes")
        .0
}

/// One evidence line as seen: days before today, points, and the kind of reason.
type Line = (i64, i32, String);

/// What a user sees of an assessment, with evidence dates made relative to today.
fn seen(a: &Assessment, today: NaiveDate) -> Vec<(u8, String, Vec<Line>)> {
    a.patterns
        .iter()
        .map(|p| {
            let evidence = p
                .evidence
                .iter()
                .map(|e| {
                    let reason = format!("{:?}", e.reason);
                    let reason = reason.split(' ').next().unwrap_or_default().to_owned();
                    ((today - e.date).num_days(), e.points, reason)
                })
                .collect();
            (p.score, format!("{:?} {:?}", p.band, p.trend), evidence)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn scores_stay_within_0_to_100(client in common::client(1, 30), today in today(), th in thresholds()) {
        let a = assess(&client, &th, today);
        for p in &a.patterns {
            prop_assert!(p.score <= 100);
            for e in &p.evidence {
                prop_assert!(e.date <= today, "evidence from after today: {:?}", e);
            }
        }
        // The verdict is the worst band, held at "watch" only for a hard time or thin evidence.
        let worst = a.patterns.iter().map(|p| p.band).max().unwrap_or(Band::Healthy);
        let held = a.verdict.extra_mile || matches!(a.verdict.confidence, Confidence::Low { .. });
        if held {
            prop_assert_eq!(a.verdict.level, worst.min(Band::Watch));
        } else {
            prop_assert_eq!(a.verdict.level, worst);
        }
    }

    #[test]
    fn moving_every_date_and_today_together_changes_nothing(
        client in common::client(1, 25),
        today in today(),
        offset in -2000_i64..2000,
        th in thresholds(),
    ) {
        let moved_today = today + chrono::Duration::days(offset);
        let before = assess(&client, &th, today);
        let after = assess(&shifted(&client, offset), &th, moved_today);
        prop_assert_eq!(seen(&before, today), seen(&after, moved_today));
        prop_assert_eq!(before.verdict.level, after.verdict.level);
        prop_assert_eq!(before.verdict.driver, after.verdict.driver);
        prop_assert_eq!(before.verdict.extra_mile, after.verdict.extra_mile);
    }

    #[test]
    fn adding_an_invoice_paid_late_never_lowers_non_paying(
        client in common::client(1, 25),
        today in today(),
        th in thresholds(),
        issued_ago in 0_u64..1500,
        terms in 0_u64..60,
        late_beyond_grace in 1_u64..120,
        amount in 1_i64..100_000_00,
    ) {
        let issued = today.checked_sub_days(Days::new(issued_ago + terms + u64::from(th.grace_days) + late_beyond_grace)).unwrap_or(today);
        let due = issued + chrono::Duration::days(terms as i64);
        let paid = due + chrono::Duration::days(i64::from(th.grace_days) + late_beyond_grace as i64);
        let before = assess(&client, &th, today).pattern(Pattern::NonPaying).score;
        let mut more = client.clone();
        more.add_entry(EntryBody::Invoice(Invoice {
            number: "LATE".into(),
            issued,
            due,
            amount: Cents(amount),
            payments: vec![Payment { date: paid, amount: Cents(amount) }],
        }));
        let after = assess(&more, &th, today).pattern(Pattern::NonPaying).score;
        prop_assert!(after >= before, "{before} → {after}");
    }

    #[test]
    fn adding_an_unanswered_request_never_lowers_unresponsive(
        client in common::client(1, 25),
        today in today(),
        th in thresholds(),
        sent_ago in 0_u64..400,
    ) {
        let before = assess(&client, &th, today).pattern(Pattern::Unresponsive).score;
        let mut more = client.clone();
        more.add_entry(EntryBody::Request(Request {
            sent: today.checked_sub_days(Days::new(sent_ago)).unwrap_or(today),
            topic: "Still waiting".into(),
            answered: None,
        }));
        let after = assess(&more, &th, today).pattern(Pattern::Unresponsive).score;
        prop_assert!(after >= before, "{before} → {after}");
    }
}

#[test]
fn an_empty_client_is_healthy_and_not_yet_judged() {
    let client = Client::new(ClientId(1), "New");
    let a = assess(&client, &Thresholds::DEFAULT, common::day(100));
    assert!(
        a.patterns
            .iter()
            .all(|p| p.score == 0 && p.evidence.is_empty())
    );
    assert!(matches!(a.verdict.confidence, Confidence::Low { .. }));
}
