//! Armenian for the scores: pattern and band names, one-line summaries, and the sentence behind
//! each piece of evidence. An entry's label opens its sentence, set off with «՝», so that no
//! user-typed name needs a case ending.

use std::borrow::Cow;

use super::{LANG, days};
use crate::i18n::words::capitalised;
use crate::i18n::{date, hours, money};
use crate::model::{Cents, Currency};
use crate::scoring::{
    Band, Pattern, Reason, Summary, Trend, Weight, controlling, non_paying, unresponsive,
};

/// A count with its noun (singular after a number in Armenian).
fn count(n: u32, noun: &str) -> String {
    super::count(n as usize, noun)
}

pub(super) fn pattern(p: Pattern) -> &'static str {
    match p {
        Pattern::Unresponsive => "Չարձագանքող",
        Pattern::Controlling => "Վերահսկող",
        Pattern::NonPaying => "Չվճարող",
    }
}

pub(super) fn band(b: Band) -> &'static str {
    match b {
        Band::Healthy => "Առողջ",
        Band::Watch => "Հետևել",
        Band::Act => "Գործել",
        Band::WalkAway => "Հեռանալ",
    }
}

pub(super) fn trend(t: Trend) -> &'static str {
    match t {
        Trend::Better => "Ավելի լավ, քան 90 օր առաջ",
        Trend::Same => "Մոտավորապես նույնը, ինչ 90 օր առաջ",
        Trend::Worse => "Ավելի վատ, քան 90 օր առաջ",
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
    let p = w.percent;
    match (w.faded, w.hard_time) {
        (false, false) => "".into(),
        (true, false) => format!("կշիռը՝ {p}%, քանի որ հին է").into(),
        (false, true) => format!("կշիռը՝ {p}%, քանի որ դժվար շրջանից է").into(),
        (true, true) => format!("կշիռը՝ {p}%, քանի որ հին է և դժվար շրջանից").into(),
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
        return "Դեռ ոչ մի հաշվի վճարման ժամկետ չի լրացել։".into();
    }
    let mut parts = vec![if s.late == 0 {
        format!(
            "{} վճարման ժամկետը լրացել է, բոլորը վճարվել են ժամանակին",
            count(s.due, "հաշվի")
        )
    } else {
        format!(
            "վճարման ենթակա {} {}-ը վճարվել է ուշացումով",
            count(s.due, "հաշվից"),
            s.late
        )
    }];
    if s.drifting {
        parts.push("ուշացումն աճում է ցիկլից ցիկլ".into());
    }
    if s.overdue > Cents::ZERO {
        let oldest = s.oldest_overdue_days.map(days).unwrap_or_default();
        parts.push(format!(
            "ժամկետանց է {}, ամենահինը՝ {oldest}",
            money(LANG, s.overdue, currency)
        ));
    }
    sentences(&parts)
}

fn unresponsive_summary(s: &unresponsive::Summary) -> String {
    if s.requests == 0 && s.deadlines_slipped == 0 {
        return "Հարցումներ գրանցված չեն։".into();
    }
    let mut parts = Vec::new();
    if let Some(m) = s.median_days {
        parts.push(format!("պատասխանը սովորաբար տևում է {}", days(m)));
    }
    if s.open_long > 0 {
        parts.push(format!(
            "{} բաց է 2 շաբաթից ավելի",
            count(s.open_long, "հարցում")
        ));
    } else if s.open > 0 {
        parts.push(format!("{} սպասում է պատասխանի", count(s.open, "հարցում")));
    }
    if s.deadlines_slipped > 0 {
        parts.push(format!(
            "տեղափոխվել է {}",
            count(s.deadlines_slipped, "վերջնաժամկետ")
        ));
    }
    if parts.is_empty() {
        parts.push(format!("գրանցված է {}", count(s.requests, "հարցում")));
    }
    sentences(&parts)
}

fn controlling_summary(s: &controlling::Summary) -> String {
    if s.items == 0 && s.incidents == 0 {
        return "Հաստատումներ գրանցված չեն։".into();
    }
    let mut parts = Vec::new();
    if s.items > 0 {
        parts.push(format!(
            "{} {}-ի համար պահանջվել է ավելին, քան ներառված ուղղումների {} փուլը",
            count(s.items, "նյութից"),
            s.over_contract,
            s.included,
        ));
    }
    if let Some(m) = s.median_wait_days {
        parts.push(format!("հաստատումը սովորաբար տևում է {}", days(m)));
    }
    if s.incidents > 0 {
        parts.push(format!(
            "{}՝ մուտքի չտրամադրում, մեղադրանք կամ ճնշում",
            count(s.incidents, "միջադեպ")
        ));
    }
    sentences(&parts)
}

/// Each part as a sentence of its own: Armenian has no semicolon to string them together.
fn sentences(parts: &[String]) -> String {
    parts
        .iter()
        .map(|part| format!("{}։", capitalised(part)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A label set inside a sentence: «հաշիվ BC-05», not «Հաշիվ BC-05».
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
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
                ", ավելի ուշ, քան նախորդ ցիկլում"
            } else {
                ""
            };
            format!("{label}՝ վճարվել է {} ուշացումով{later}", days(d))
        }
        Reason::Unpaid {
            days: d,
            outstanding,
        } => format!(
            "{label}՝ վճարման ժամկետից {} անց դեռ չի վճարվել (չվճարված՝ {})",
            days(d),
            money(LANG, outstanding, currency)
        ),
        Reason::Drift {
            cycles,
            from_days,
            to_days,
        } => format!(
            "Վճարումները ցիկլից ցիկլ ավելի են ուշանում՝ {} հաշվի ընթացքում ուշացումն աճել է \
             {from_days}-ից մինչև {}, վերջինը՝ {}",
            cycles + 1,
            days(to_days),
            lowercase_first(label)
        ),
        Reason::WorkWhileUnpaid { duration, entries } => format!(
            "{} աշխատանք ({}) գրանցվել է այն ժամանակ, երբ հաշիվը ժամկետանց էր, վերջինը՝ \
             {}",
            hours(LANG, duration),
            count(entries, "գրառում"),
            lowercase_first(label)
        ),
        Reason::SlowAnswer { days: d } => format!("{label}՝ պատասխանվել է {} անց", days(d)),
        Reason::Unanswered { days: d } => {
            format!("{label}՝ {} անց դեռ անպատասխան է", days(d))
        }
        Reason::ExtraRounds { rounds, included } => {
            format!("{label}՝ ուղղումների {rounds} փուլ՝ ներառված {included}-ի փոխարեն")
        }
        Reason::SlowApproval { days: d } => format!("{label}՝ հաստատվել է {} անց", days(d)),
        Reason::AwaitingApproval { days: d } => {
            format!("{label}՝ {} անց դեռ սպասում է հաստատման", days(d))
        }
        Reason::TrivialReapproval { rounds } => format!(
            "{label}՝ աննշան փոփոխություններ, բայց կրկին ուղարկվել է հաստատման {}",
            count(u32::from(rounds), "անգամ")
        ),
        Reason::ApprovalShare { items, percent } => format!(
            "Գրանցված աշխատանքի {percent}%-ը պահանջել է հաճախորդի հաստատումը ({})",
            count(items, "նյութ")
        ),
        Reason::Incident(_) => label.to_owned(),
        Reason::RepeatedAfterWarning { warned } => format!(
            "Նույնը կրկնվեց, չնայած {}-ին դուք բարձրացրել էիք այդ հարցը",
            date(LANG, warned)
        ),
        Reason::ImprovedAfterWarning { warned } => format!(
            "{}-ին հարցը բարձրացնելուց հետո նման բան չի կրկնվել, ուստի նախորդ ապացույցները \
             կշռում են կիսով չափ",
            date(LANG, warned)
        ),
    }
}
