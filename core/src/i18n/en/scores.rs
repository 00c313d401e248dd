//! English for the scores: pattern and band names, one-line summaries, and the sentence behind
//! each piece of evidence.

use std::borrow::Cow;

use super::{LANG, days, plural};
use crate::i18n::words::capitalised;
use crate::i18n::{date, hours, money};
use crate::model::{Cents, Currency};
use crate::scoring::{
    Band, Pattern, Reason, Summary, Trend, Weight, controlling, non_paying, unresponsive,
};

fn count(n: u32, one: &str, other: &str) -> String {
    plural(n as usize, one, other)
}

pub(super) fn pattern(p: Pattern) -> &'static str {
    match p {
        Pattern::Unresponsive => "Unresponsive",
        Pattern::Controlling => "Controlling",
        Pattern::NonPaying => "Non-paying",
    }
}

pub(super) fn band(b: Band) -> &'static str {
    match b {
        Band::Healthy => "Healthy",
        Band::Watch => "Watch",
        Band::Act => "Act",
        Band::WalkAway => "Walk away",
    }
}

pub(super) fn trend(t: Trend) -> &'static str {
    match t {
        Trend::Better => "Better than 90 days ago",
        Trend::Same => "About the same as 90 days ago",
        Trend::Worse => "Worse than 90 days ago",
    }
}

pub(super) fn points(p: i32) -> String {
    if p < 0 {
        format!("−{}", -p)
    } else {
        format!("+{p}")
    }
}

pub(super) fn weight(w: Weight) -> Cow<'static, str> {
    match (w.faded, w.hard_time) {
        (false, false) => "".into(),
        (true, false) => format!("counts {}%: older", w.percent).into(),
        (false, true) => format!("counts {}%: during a hard time", w.percent).into(),
        (true, true) => format!("counts {}%: older, and during a hard time", w.percent).into(),
    }
}

pub(super) fn summary(s: &Summary, currency: Currency) -> String {
    match s {
        Summary::NonPaying(s) => non_paying_summary(s, currency),
        Summary::Unresponsive(s) => unresponsive_summary(s),
        Summary::Controlling(s) => controlling_summary(s),
    }
}

fn non_paying_summary(s: &non_paying::Summary, currency: Currency) -> String {
    if s.due == 0 {
        return "No invoice has fallen due yet.".into();
    }
    let mut parts = vec![if s.late == 0 {
        format!(
            "{} due, all paid on time",
            count(s.due, "invoice", "invoices")
        )
    } else {
        format!(
            "{} of {} due paid late",
            s.late,
            count(s.due, "invoice", "invoices")
        )
    }];
    if s.drifting {
        parts.push("later and later each cycle".into());
    }
    if s.overdue > Cents::ZERO {
        let oldest = s.oldest_overdue_days.map(days).unwrap_or_default();
        parts.push(format!(
            "{} overdue, the oldest for {oldest}",
            money(LANG, s.overdue, currency)
        ));
    }
    format!("{}.", parts.join("; "))
}

fn unresponsive_summary(s: &unresponsive::Summary) -> String {
    if s.requests == 0 && s.deadlines_slipped == 0 {
        return "No requests logged.".into();
    }
    let mut parts = Vec::new();
    if let Some(m) = s.median_days {
        parts.push(format!("answers take {} on median", days(m)));
    }
    if s.open_long > 0 {
        parts.push(format!(
            "{} open for over 2 weeks",
            count(s.open_long, "request", "requests")
        ));
    } else if s.open > 0 {
        parts.push(format!(
            "{} waiting for an answer",
            count(s.open, "request", "requests")
        ));
    }
    if s.deadlines_slipped > 0 {
        parts.push(format!(
            "{} slipped",
            count(s.deadlines_slipped, "deadline", "deadlines")
        ));
    }
    if parts.is_empty() {
        parts.push(count(s.requests, "request logged", "requests logged"));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

fn controlling_summary(s: &controlling::Summary) -> String {
    if s.items == 0 && s.incidents == 0 {
        return "No approvals logged.".into();
    }
    let mut parts = Vec::new();
    if s.items > 0 {
        parts.push(format!(
            "{} of {} needed more than the {} included",
            s.over_contract,
            count(s.items, "item", "items"),
            count(u32::from(s.included), "revision round", "revision rounds"),
        ));
    }
    if let Some(m) = s.median_wait_days {
        parts.push(format!("approvals take {} on median", days(m)));
    }
    if s.incidents > 0 {
        parts.push(format!(
            "{} of access withheld, blame or pressure",
            count(s.incidents, "incident", "incidents")
        ));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

/// The sentence for one piece of evidence about the entry called `label`.
pub(super) fn evidence(label: &str, reason: &Reason, currency: Currency) -> String {
    match *reason {
        Reason::PaidLate {
            days: d,
            later_than_before,
        } => {
            let later = if later_than_before {
                ", later than the cycle before"
            } else {
                ""
            };
            format!("{label} paid {} late{later}", days(d))
        }
        Reason::Unpaid {
            days: d,
            outstanding,
        } => format!(
            "{label} unpaid {} after its due date ({} outstanding)",
            days(d),
            money(LANG, outstanding, currency)
        ),
        Reason::Drift {
            cycles,
            from_days,
            to_days,
        } => format!(
            "Paid later cycle after cycle: from {} to {} late over {} invoices, up to {label}",
            days(from_days),
            days(to_days),
            cycles + 1
        ),
        Reason::WorkWhileUnpaid { duration, entries } => format!(
            "{} of work ({}) logged while an invoice was overdue, the latest {label}",
            hours(LANG, duration),
            count(entries, "entry", "entries"),
        ),
        Reason::SlowAnswer { days: d } => format!("{label} answered after {}", days(d)),
        Reason::Unanswered { days: d } => format!("{label} still unanswered after {}", days(d)),
        Reason::ExtraRounds { rounds, included } => format!(
            "{label}: {} where {} included",
            count(u32::from(rounds), "revision round", "revision rounds"),
            if included == 1 {
                "1 is".to_owned()
            } else {
                format!("{included} are")
            },
        ),
        Reason::SlowApproval { days: d } => format!("{label} approved after {}", days(d)),
        Reason::AwaitingApproval { days: d } => {
            format!("{label} still waiting for approval after {}", days(d))
        }
        Reason::TrivialReapproval { rounds } => format!(
            "{label}: trivial changes, yet sent back for approval {}",
            count(u32::from(rounds), "time", "times")
        ),
        Reason::ApprovalShare { items, percent } => format!(
            "{percent}% of the logged work needed their approval ({})",
            count(items, "item", "items")
        ),
        Reason::Incident(_) => label.to_owned(),
        Reason::RepeatedAfterWarning { warned } => format!(
            "It happened again after you raised it on {}",
            date(LANG, warned)
        ),
        Reason::ImprovedAfterWarning { warned } => format!(
            "Nothing of the kind since you raised it on {}: the evidence before counts half",
            date(LANG, warned)
        ),
    }
}
