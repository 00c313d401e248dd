//! Hungarian for the scores: pattern and band names, one-line summaries, and the sentence behind
//! each piece of evidence.

use std::borrow::Cow;

use super::{LANG, count, days};
use crate::i18n::words::capitalised;
use crate::i18n::{date, hours, money};
use crate::model::{Cents, Currency};
use crate::scoring::{
    Band, Pattern, Reason, Summary, Trend, Weight, controlling, non_paying, unresponsive,
};

fn n(n: u32, noun: &str) -> String {
    count(n as usize, noun)
}

pub(super) fn pattern(p: Pattern) -> &'static str {
    match p {
        Pattern::Unresponsive => "Nem reagáló",
        Pattern::Controlling => "Kontrolláló",
        Pattern::NonPaying => "Nem fizető",
    }
}

pub(super) fn band(b: Band) -> &'static str {
    match b {
        Band::Healthy => "Rendben",
        Band::Watch => "Figyelendő",
        Band::Act => "Lépni kell",
        Band::WalkAway => "Ideje elválni",
    }
}

pub(super) fn trend(t: Trend) -> &'static str {
    match t {
        Trend::Better => "Jobb, mint 90 nappal ezelőtt",
        Trend::Same => "Nagyjából ugyanaz, mint 90 nappal ezelőtt",
        Trend::Worse => "Rosszabb, mint 90 nappal ezelőtt",
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
        (true, false) => format!("{}%-os súllyal számít: régebbi", w.percent).into(),
        (false, true) => {
            format!("{}%-os súllyal számít: nehéz időszakban történt", w.percent).into()
        }
        (true, true) => format!(
            "{}%-os súllyal számít: régebbi, és nehéz időszakban történt",
            w.percent
        )
        .into(),
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
        return "Még egy számla sem vált esedékessé.".into();
    }
    let mut parts = vec![if s.late == 0 {
        format!("{}, mind határidőre kifizetve", n(s.due, "esedékes számla"))
    } else {
        format!(
            "{}, ebből {} késve kifizetve",
            n(s.due, "esedékes számla"),
            s.late
        )
    }];
    if s.drifting {
        parts.push("számláról számlára egyre később".into());
    }
    if s.overdue > Cents::ZERO {
        let overdue = money(LANG, s.overdue, currency);
        parts.push(match s.oldest_overdue_days {
            Some(d) => format!("lejárt tartozás: {overdue}, a legrégebbi {d} napja lejárt"),
            None => format!("lejárt tartozás: {overdue}"),
        });
    }
    format!("{}.", parts.join("; "))
}

fn unresponsive_summary(s: &unresponsive::Summary) -> String {
    if s.requests == 0 && s.deadlines_slipped == 0 {
        return "Nincs naplózott kérés.".into();
    }
    let mut parts = Vec::new();
    if let Some(m) = s.median_days {
        parts.push(format!("a válaszidő mediánja {}", days(m)));
    }
    if s.open_long > 0 {
        parts.push(format!(
            "{} több mint 2 hete nyitott",
            n(s.open_long, "kérés")
        ));
    } else if s.open > 0 {
        parts.push(format!("{} vár válaszra", n(s.open, "kérés")));
    }
    if s.deadlines_slipped > 0 {
        parts.push(format!("{} csúszott", n(s.deadlines_slipped, "határidő")));
    }
    if parts.is_empty() {
        parts.push(n(s.requests, "naplózott kérés"));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

fn controlling_summary(s: &controlling::Summary) -> String {
    if s.items == 0 && s.incidents == 0 {
        return "Nincs naplózott jóváhagyás.".into();
    }
    let mut parts = Vec::new();
    if s.items > 0 {
        parts.push(format!(
            "{} közül {} igényelt többet a díjban foglalt {}nél",
            n(s.items, "anyag"),
            s.over_contract,
            n(u32::from(s.included), "javítási kör"),
        ));
    }
    if let Some(m) = s.median_wait_days {
        parts.push(format!("a jóváhagyásra várás mediánja {}", days(m)));
    }
    if s.incidents > 0 {
        parts.push(format!(
            "{} (visszatartott hozzáférés, hibáztatás vagy nyomásgyakorlás)",
            n(s.incidents, "incidens")
        ));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

/// "Label: rest", or just the rest when there is no label to name.
fn about(label: &str, rest: &str) -> String {
    if label.is_empty() {
        capitalised(rest)
    } else {
        format!("{label}: {rest}")
    }
}

/// ", legutóbb: label", or nothing when there is no label to name.
fn latest(label: &str) -> String {
    if label.is_empty() {
        String::new()
    } else {
        format!(", legutóbb: {label}")
    }
}

/// The sentence for one piece of evidence about the entry called `label`.
pub(super) fn evidence(label: &str, reason: &Reason, currency: Currency) -> String {
    match *reason {
        Reason::PaidLate {
            days: d,
            later_than_before,
        } => {
            let later = if later_than_before {
                ", később, mint az előző számla"
            } else {
                ""
            };
            about(label, &format!("{} késéssel fizetve{later}", days(d)))
        }
        Reason::Unpaid {
            days: d,
            outstanding,
        } => about(
            label,
            &format!(
                "{d} nappal a fizetési határidő után is kifizetetlen (kiegyenlítetlen: {})",
                money(LANG, outstanding, currency)
            ),
        ),
        Reason::Drift {
            cycles,
            from_days,
            to_days,
        } => format!(
            "Számláról számlára későbbi fizetés: a késés {from_days} napról {to_days} napra nőtt \
             {} át{}",
            n(cycles + 1, "számlán"),
            latest(label)
        ),
        Reason::WorkWhileUnpaid { duration, entries } => format!(
            "{} munka ({}) naplózva, miközben egy számla már lejárt{}",
            hours(LANG, duration),
            n(entries, "bejegyzés"),
            latest(label)
        ),
        Reason::SlowAnswer { days: d } => about(label, &format!("{} után jött válasz", days(d))),
        Reason::Unanswered { days: d } => {
            about(label, &format!("{} után is válaszra vár", days(d)))
        }
        Reason::ExtraRounds { rounds, included } => about(
            label,
            &format!(
                "{} a díjban foglalt {} helyett",
                n(u32::from(rounds), "javítási kör"),
                included
            ),
        ),
        Reason::SlowApproval { days: d } => about(label, &format!("{} után jóváhagyva", days(d))),
        Reason::AwaitingApproval { days: d } => {
            about(label, &format!("{} után is jóváhagyásra vár", days(d)))
        }
        Reason::TrivialReapproval { rounds } => about(
            label,
            &format!(
                "apró módosítások, mégis {} alkalommal ment vissza jóváhagyásra",
                rounds
            ),
        ),
        Reason::ApprovalShare { items, percent } => format!(
            "A naplózott munka {percent}%-ához kellett az ügyfél jóváhagyása ({})",
            n(items, "anyag")
        ),
        Reason::Incident(_) => label.to_owned(),
        Reason::RepeatedAfterWarning { warned } => format!(
            "Újra megtörtént, miután szóvá tetted ({})",
            date(LANG, warned)
        ),
        Reason::ImprovedAfterWarning { warned } => format!(
            "Azóta nem történt ilyen, hogy szóvá tetted ({}): a korábbi bizonyítékok fele \
             súllyal számítanak",
            date(LANG, warned)
        ),
    }
}
