//! Where the freelancer's time and money go, across all clients: the figures behind the
//! dashboard, the Pareto ordering of trouble against revenue and hours, and the per-client
//! series the client page charts. Pure numbers; components only draw them.

use std::borrow::Borrow;

use chrono::{Months, NaiveDate};

use crate::model::{Cents, Client, ClientId, Currency, EntryBody, Minutes, Status};
use crate::scoring::{Assessment, Band, Trend};

/// One client's line on the dashboard. `Hash` lets a view tell a changed row from a moved one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    pub id: ClientId,
    pub name: String,
    pub company: String,
    pub status: Status,
    pub currency: Currency,
    pub verdict: Band,
    /// The three scores, in the order of `Pattern::ALL`.
    pub scores: [u8; 3],
    /// The worst trend of the three (worse beats same beats better).
    pub trend: Trend,
    /// Payments received in the twelve months up to today.
    pub revenue_12m: Cents,
    pub revenue_all: Cents,
    pub worked: Minutes,
    /// Revenue received (all time) per hour logged, in minor units; `None` without hours.
    pub hourly_rate: Option<Cents>,
    /// Money owed on invoices issued up to today.
    pub outstanding: Cents,
    /// Days the client kept the work waiting beyond the user's thresholds (slow answers and
    /// approvals, open ones counted up to today).
    pub wait_days: i64,
    /// Revision rounds asked for beyond what the contract includes.
    pub extra_rounds: u32,
    /// The trouble the client causes: every point of evidence against them, all patterns.
    pub trouble: u32,
}

/// The dashboard row of `client`, from its assessment, with `slow_days` the thresholds for a
/// slow answer and a slow approval.
pub fn row(
    client: &Client,
    assessment: &Assessment,
    slow_answer_days: u16,
    slow_approval_days: u16,
    today: NaiveDate,
) -> Row {
    let year_ago = today.checked_sub_months(Months::new(12)).unwrap_or(today);
    let mut revenue_12m = Cents::ZERO;
    let mut revenue_all = Cents::ZERO;
    let mut worked = Minutes(0);
    let mut wait_days = 0_i64;
    let mut extra_rounds = 0_u32;
    let included = client.contract.included_revisions;
    for entry in client.entries() {
        match &entry.body {
            EntryBody::Invoice(i) => {
                for p in i.payments.iter().filter(|p| p.date <= today) {
                    revenue_all = revenue_all.saturating_add(p.amount);
                    if p.date > year_ago {
                        revenue_12m = revenue_12m.saturating_add(p.amount);
                    }
                }
            }
            EntryBody::Work(w) if w.date <= today => {
                worked = [worked, w.duration].into_iter().sum();
            }
            EntryBody::Request(r) if r.sent <= today => {
                let waited = (r.answered.unwrap_or(today).min(today) - r.sent).num_days();
                wait_days += (waited - i64::from(slow_answer_days)).max(0);
            }
            EntryBody::Approval(a) if a.submitted <= today => {
                let waited = (a.approved.unwrap_or(today).min(today) - a.submitted).num_days();
                wait_days += (waited - i64::from(slow_approval_days)).max(0);
                extra_rounds += u32::from(a.rounds.saturating_sub(included));
            }
            _ => {}
        }
    }
    let hourly_rate = (worked.0 > 0).then(|| {
        // Minor units per hour, rounded to the nearest minor unit.
        Cents((revenue_all.0 as i128 * 60 / i128::from(worked.0)) as i64)
    });
    let trouble = assessment
        .patterns
        .iter()
        .flat_map(|p| &p.evidence)
        .map(|e| e.points.max(0) as u32)
        .sum();
    let trend = assessment
        .patterns
        .iter()
        .map(|p| p.trend)
        .max_by_key(|t| match t {
            Trend::Better => 0,
            Trend::Same => 1,
            Trend::Worse => 2,
        })
        .unwrap_or(Trend::Same);
    Row {
        id: client.id,
        name: client.name.clone(),
        company: client.company.clone(),
        status: client.status,
        currency: client.currency,
        verdict: assessment.verdict.level,
        scores: [
            assessment.patterns[0].score,
            assessment.patterns[1].score,
            assessment.patterns[2].score,
        ],
        trend,
        revenue_12m,
        revenue_all,
        worked,
        hourly_rate,
        outstanding: client.owed(today),
        wait_days,
        extra_rounds,
        trouble,
    }
}

/// The columns the dashboard sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// The worst verdict first, then the highest of the three scores.
    Risk,
    Trouble,
    Name,
    Revenue12m,
    RevenueAll,
    Hours,
    HourlyRate,
    Outstanding,
    Waiting,
    ExtraRounds,
}

/// Sorts `rows` by `key`, largest first (names A to Z), ties by name then id so the order is
/// stable whatever the input order.
pub fn sort(rows: &mut [Row], key: SortKey) {
    rows.sort_by(|a, b| compare(a, b, key));
}

/// The order of [`sort`]: whether `a` comes before `b` when sorted by `key`. For a view that
/// sorts positions or references rather than the rows themselves.
pub fn compare(a: &Row, b: &Row, key: SortKey) -> std::cmp::Ordering {
    let by_key = match key {
        SortKey::Risk => {
            let risk = |r: &Row| (r.verdict, r.scores.iter().copied().max().unwrap_or(0));
            risk(b).cmp(&risk(a))
        }
        SortKey::Name => by_name(a, b),
        SortKey::Trouble => b.trouble.cmp(&a.trouble),
        SortKey::Revenue12m => b.revenue_12m.cmp(&a.revenue_12m),
        SortKey::RevenueAll => b.revenue_all.cmp(&a.revenue_all),
        SortKey::Hours => b.worked.cmp(&a.worked),
        SortKey::HourlyRate => b.hourly_rate.cmp(&a.hourly_rate),
        SortKey::Outstanding => b.outstanding.cmp(&a.outstanding),
        SortKey::Waiting => b.wait_days.cmp(&a.wait_days),
        SortKey::ExtraRounds => b.extra_rounds.cmp(&a.extra_rounds),
    };
    by_key.then_with(|| by_name(a, b)).then(a.id.cmp(&b.id))
}

/// Names A to Z whatever their case, compared letter by letter without building a lowercase
/// copy of either (a sort compares each name about ten times).
fn by_name(a: &Row, b: &Row) -> std::cmp::Ordering {
    a.name
        .chars()
        .flat_map(char::to_lowercase)
        .cmp(b.name.chars().flat_map(char::to_lowercase))
}

/// One client on the Pareto curve: the shares of everything counted up to and including it.
#[derive(Clone, Debug, PartialEq)]
pub struct ParetoPoint {
    pub id: ClientId,
    pub name: String,
    /// This client's share of all trouble, 0–1.
    pub trouble_share: f64,
    /// Cumulative shares, 0–1, in the Pareto order.
    pub trouble: f64,
    /// A client whose revenue is in another currency than the one compared adds nothing here.
    pub revenue: f64,
    pub hours: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pareto {
    /// Clients ordered by the trouble they cause, most first.
    pub points: Vec<ParetoPoint>,
    /// The few clients that together cause at least `VITAL_SHARE` of all trouble.
    pub vital_few: Vec<ClientId>,
    /// The currency revenue shares are counted in (the one most clients use); clients in other
    /// currencies add no revenue to the curve.
    pub currency: Option<Currency>,
    /// How many clients were left out of the revenue curve for another currency.
    pub other_currency: usize,
}

/// "Most of the trouble": the clients that together cause this share are named.
pub const VITAL_SHARE: f64 = 0.8;

/// Orders clients (rows, or references to them) by trouble and accumulates the shares of
/// trouble, revenue (all time, in the most common currency) and hours. Clients without any
/// trouble come last, by revenue.
pub fn pareto<R: Borrow<Row>>(rows: &[R]) -> Pareto {
    let rows: Vec<&Row> = rows.iter().map(Borrow::borrow).collect();
    let mut counts: Vec<(Currency, usize)> = Vec::new();
    for r in &rows {
        match counts.iter_mut().find(|(c, _)| *c == r.currency) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.currency, 1)),
        }
    }
    let currency = counts.iter().max_by_key(|(_, n)| *n).map(|(c, _)| *c);
    let revenue_of = |r: &Row| {
        if Some(r.currency) == currency {
            r.revenue_all.0.max(0) as f64
        } else {
            0.0
        }
    };
    let mut order = rows.clone();
    order.sort_by(|a, b| {
        b.trouble
            .cmp(&a.trouble)
            .then_with(|| revenue_of(b).total_cmp(&revenue_of(a)))
            .then(a.id.cmp(&b.id))
    });
    let total_trouble: f64 = rows.iter().map(|r| f64::from(r.trouble)).sum();
    let total_revenue: f64 = rows.iter().copied().map(revenue_of).sum();
    let total_hours: f64 = rows.iter().map(|r| f64::from(r.worked.0)).sum();
    let share = |part: f64, total: f64| if total > 0.0 { part / total } else { 0.0 };
    let (mut trouble, mut revenue, mut hours) = (0.0, 0.0, 0.0);
    let mut vital_few = Vec::new();
    let mut points = Vec::with_capacity(order.len());
    for r in order {
        let before = share(trouble, total_trouble);
        trouble += f64::from(r.trouble);
        revenue += revenue_of(r);
        hours += f64::from(r.worked.0);
        if r.trouble > 0 && before < VITAL_SHARE {
            vital_few.push(r.id);
        }
        points.push(ParetoPoint {
            id: r.id,
            name: r.name.clone(),
            trouble_share: share(f64::from(r.trouble), total_trouble),
            trouble: share(trouble, total_trouble),
            revenue: share(revenue, total_revenue),
            hours: share(hours, total_hours),
        });
    }
    Pareto {
        points,
        vital_few,
        currency,
        other_currency: rows.iter().filter(|r| Some(r.currency) != currency).count(),
    }
}

/// A dated value for a client's charts, with the entry's short label.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub date: NaiveDate,
    pub value: i64,
    pub label: String,
    /// Still open: an unpaid invoice's lateness so far, an unanswered request's wait so far.
    pub open: bool,
}

/// Days late per invoice, by due date: paid invoices by the day they were settled, unpaid ones
/// up to today (only those already due). Early payment counts as 0.
pub fn lateness(client: &Client, today: NaiveDate) -> Vec<Point> {
    let mut points: Vec<Point> = client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Invoice(i) if i.due <= today || i.settled_on().is_some() => {
                let settled = i.settled_on();
                let until = settled.unwrap_or(today);
                Some(Point {
                    date: i.due,
                    value: (until - i.due).num_days().max(0),
                    label: i.number.clone(),
                    open: settled.is_none(),
                })
            }
            _ => None,
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label)));
    points
}

/// Days to an answer per request, by the day it was sent; open requests up to today.
pub fn answer_times(client: &Client, today: NaiveDate) -> Vec<Point> {
    let mut points: Vec<Point> = client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Request(r) if r.sent <= today => Some(Point {
                date: r.sent,
                value: (r.answered.unwrap_or(today) - r.sent).num_days().max(0),
                label: r.topic.clone(),
                open: r.answered.is_none(),
            }),
            _ => None,
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label)));
    points
}

/// Revision rounds per item submitted for approval, by the day it was submitted.
pub fn revision_rounds(client: &Client) -> Vec<Point> {
    let mut points: Vec<Point> = client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Approval(a) => Some(Point {
                date: a.submitted,
                value: i64::from(a.rounds),
                label: a.item.clone(),
                open: a.approved.is_none(),
            }),
            _ => None,
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label)));
    points
}

/// A "nice" top for an axis holding values up to `max`, and the step between its ticks: 1, 2 or
/// 5 times a power of ten, about four ticks.
pub fn nice_axis(max: i64) -> (i64, i64) {
    if max <= 0 {
        return (4, 1);
    }
    let rough = (max as f64 / 4.0).max(1.0);
    let power = 10_f64.powi(rough.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power) as i64;
    let step = step.max(1);
    let top = ((max + step - 1) / step) * step;
    (top, step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Approval, Invoice, Payment, Request, Thresholds, Work};
    use crate::scoring::assess;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).expect("valid")
    }

    fn today() -> NaiveDate {
        d(11, 23)
    }

    fn client(id: u32, name: &str) -> Client {
        Client::new(ClientId(id), name)
    }

    fn paid_invoice(
        c: &mut Client,
        issued: NaiveDate,
        due: NaiveDate,
        paid: NaiveDate,
        cents: i64,
    ) {
        c.add_entry(EntryBody::Invoice(Invoice {
            number: format!("I-{issued}"),
            issued,
            due,
            amount: Cents(cents),
            payments: vec![Payment {
                date: paid,
                amount: Cents(cents),
            }],
        }));
    }

    fn row_of(c: &Client) -> Row {
        let th = Thresholds::DEFAULT;
        row(c, &assess(c, &th, today()), 3, 3, today())
    }

    #[test]
    fn a_row_counts_revenue_hours_rate_and_lost_time() {
        let mut c = client(1, "Ada");
        c.contract.included_revisions = 2;
        paid_invoice(&mut c, d(1, 1), d(1, 15), d(1, 15), 1_000_00);
        paid_invoice(&mut c, d(2, 1), d(2, 15), d(2, 20), 2_000_00);
        // A payment over a year ago counts all time only.
        let long_ago = d(1, 1) - chrono::Duration::days(400);
        paid_invoice(&mut c, long_ago, long_ago, long_ago, 500_00);
        c.add_entry(EntryBody::Work(Work {
            date: d(1, 5),
            duration: Minutes(600),
            description: "x".into(),
            deliverable: String::new(),
        }));
        c.add_entry(EntryBody::Request(Request {
            sent: d(3, 1),
            topic: "logo".into(),
            answered: Some(d(3, 11)),
        }));
        c.add_entry(EntryBody::Approval(Approval {
            submitted: d(4, 1),
            item: "post".into(),
            rounds: 5,
            approved: Some(d(4, 3)),
            trivial: false,
        }));
        let r = row_of(&c);
        assert_eq!(r.revenue_12m, Cents(3_000_00));
        assert_eq!(r.revenue_all, Cents(3_500_00));
        assert_eq!(r.worked, Minutes(600));
        assert_eq!(r.hourly_rate, Some(Cents(350_00)), "3,500 over 10 hours");
        assert_eq!(r.wait_days, 7, "10 days to answer, 3 are normal");
        assert_eq!(r.extra_rounds, 3);
        assert!(r.trouble > 0);
        assert_eq!(row_of(&client(2, "Empty")).hourly_rate, None);
    }

    #[test]
    fn the_pareto_curve_names_the_few_who_cause_most_trouble() {
        let rows: Vec<Row> = [
            (1, "A", 80, 100),
            (2, "B", 15, 300),
            (3, "C", 5, 600),
            (4, "D", 0, 1000),
        ]
        .into_iter()
        .map(|(id, name, trouble, revenue)| Row {
            trouble,
            revenue_all: Cents(revenue),
            worked: Minutes(60),
            ..row_of(&client(id, name))
        })
        .collect();
        let p = pareto(&rows);
        let order: Vec<u32> = p.points.iter().map(|x| x.id.0).collect();
        assert_eq!(order, [1, 2, 3, 4]);
        assert_eq!(p.vital_few, [ClientId(1)], "A alone causes 80%");
        assert!((p.points[0].trouble - 0.8).abs() < 1e-9);
        assert!(
            (p.points[0].revenue - 0.05).abs() < 1e-9,
            "for 5% of revenue"
        );
        assert!((p.points[1].hours - 0.5).abs() < 1e-9);
        assert!((p.points[3].trouble - 1.0).abs() < 1e-9);
        assert!((p.points[3].revenue - 1.0).abs() < 1e-9);
    }

    #[test]
    fn sorting_is_total_and_stable() {
        let mut rows: Vec<Row> = [(3, "b"), (1, "B"), (2, "a")]
            .into_iter()
            .map(|(id, name)| row_of(&client(id, name)))
            .collect();
        sort(&mut rows, SortKey::Name);
        let ids: Vec<u32> = rows.iter().map(|r| r.id.0).collect();
        assert_eq!(ids, [2, 1, 3]);
        sort(&mut rows, SortKey::Outstanding);
        let again: Vec<u32> = rows.iter().map(|r| r.id.0).collect();
        assert_eq!(again, [2, 1, 3], "ties fall back to the name");
    }

    #[test]
    fn risk_puts_the_worst_verdict_first_then_the_highest_score() {
        let mut rows: Vec<Row> = [(1, "calm"), (2, "watch"), (3, "worse"), (4, "worst")]
            .into_iter()
            .map(|(id, name)| row_of(&client(id, name)))
            .collect();
        rows[1].verdict = Band::Watch;
        rows[1].scores = [30, 0, 0];
        rows[2].verdict = Band::Watch;
        rows[2].scores = [0, 0, 45];
        rows[3].verdict = Band::WalkAway;
        rows[3].scores = [0, 80, 0];
        sort(&mut rows, SortKey::Risk);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["worst", "worse", "watch", "calm"]);
    }

    #[test]
    fn lateness_follows_each_invoice() {
        let mut c = client(1, "Ada");
        paid_invoice(&mut c, d(1, 1), d(1, 15), d(1, 10), 100);
        paid_invoice(&mut c, d(2, 1), d(2, 15), d(2, 25), 100);
        c.add_entry(EntryBody::Invoice(Invoice {
            number: "open".into(),
            issued: d(11, 1),
            due: d(11, 13),
            amount: Cents(100),
            payments: vec![],
        }));
        c.add_entry(EntryBody::Invoice(Invoice {
            number: "future".into(),
            issued: d(11, 20),
            due: d(12, 20),
            amount: Cents(100),
            payments: vec![],
        }));
        let values: Vec<(i64, bool)> = lateness(&c, today())
            .iter()
            .map(|p| (p.value, p.open))
            .collect();
        assert_eq!(values, [(0, false), (10, false), (10, true)]);
    }

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice_axis(0), (4, 1));
        assert_eq!(nice_axis(3), (3, 1));
        assert_eq!(nice_axis(7), (8, 2));
        assert_eq!(nice_axis(53), (60, 20));
        assert_eq!(nice_axis(100), (100, 50));
        assert_eq!(nice_axis(1234), (1500, 500));
    }
}
