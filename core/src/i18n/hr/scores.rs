//! Croatian for the scores: pattern and band names, one-line summaries, and the sentence behind
//! each piece of evidence.

use std::borrow::Cow;

use super::{LANG, days, days_gen, lower_first, pick, plural};
use crate::i18n::words::capitalised;
use crate::i18n::{date, hours, money};
use crate::model::{Cents, Currency};
use crate::scoring::{
    Band, Pattern, Reason, Summary, Trend, Weight, controlling, non_paying, unresponsive,
};

fn count(n: u32, one: &str, few: &str, other: &str) -> String {
    plural(n as usize, one, few, other)
}

/// "N krug/kruga/krugova izmjena".
fn rounds(n: u32) -> String {
    count(n, "krug izmjena", "kruga izmjena", "krugova izmjena")
}

pub(super) fn pattern(p: Pattern) -> &'static str {
    match p {
        Pattern::Unresponsive => "Nedostupnost",
        Pattern::Controlling => "Pretjerana kontrola",
        Pattern::NonPaying => "Neplaćanje",
    }
}

/// The pattern after "za" (accusative, lower case): "ocjena za pretjeranu kontrolu".
pub(super) fn pattern_object(p: Pattern) -> &'static str {
    match p {
        Pattern::Unresponsive => "nedostupnost",
        Pattern::Controlling => "pretjeranu kontrolu",
        Pattern::NonPaying => "neplaćanje",
    }
}

pub(super) fn band(b: Band) -> &'static str {
    match b {
        Band::Healthy => "Sve u redu",
        Band::Watch => "Pratiti",
        Band::Act => "Reagirati",
        Band::WalkAway => "Prekinuti suradnju",
    }
}

pub(super) fn trend(t: Trend) -> &'static str {
    match t {
        Trend::Better => "Bolje nego prije 90 dana",
        Trend::Same => "Otprilike isto kao prije 90 dana",
        Trend::Worse => "Lošije nego prije 90 dana",
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
        (true, false) => format!("vrijedi {p}\u{a0}%: stariji unos").into(),
        (false, true) => format!("vrijedi {p}\u{a0}%: iz teškog razdoblja").into(),
        (true, true) => format!("vrijedi {p}\u{a0}%: stariji unos, iz teškog razdoblja").into(),
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
        return "Nijedan račun još nije dospio.".into();
    }
    let due = u64::from(s.due);
    let mut parts = vec![if s.late == 0 {
        format!(
            "{} {}, {}",
            pick(due, "dospio je", "dospjela su", "dospjelo je"),
            count(s.due, "račun", "računa", "računa"),
            pick(
                due,
                "plaćen na vrijeme",
                "svi plaćeni na vrijeme",
                "svi plaćeni na vrijeme"
            )
        )
    } else {
        format!(
            "s kašnjenjem plaćeno: {} od {} {}",
            s.late,
            s.due,
            pick(
                due,
                "dospjelog računa",
                "dospjela računa",
                "dospjelih računa"
            )
        )
    }];
    if s.drifting {
        parts.push("kašnjenje raste iz ciklusa u ciklus".into());
    }
    if s.overdue > Cents::ZERO {
        let oldest = s.oldest_overdue_days.map(days).unwrap_or_default();
        parts.push(format!(
            "{} u kašnjenju, najstariji račun kasni {oldest}",
            money(LANG, s.overdue, currency)
        ));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

fn unresponsive_summary(s: &unresponsive::Summary) -> String {
    if s.requests == 0 && s.deadlines_slipped == 0 {
        return "Nema zabilježenih upita.".into();
    }
    let mut parts = Vec::new();
    if let Some(m) = s.median_days {
        parts.push(format!("odgovori obično stižu za {}", days(m)));
    }
    if s.open_long > 0 {
        parts.push(format!(
            "{} {}",
            count(s.open_long, "upit", "upita", "upita"),
            pick(
                u64::from(s.open_long),
                "otvoren je dulje od 2 tjedna",
                "otvorena su dulje od 2 tjedna",
                "otvoreno je dulje od 2 tjedna"
            )
        ));
    } else if s.open > 0 {
        parts.push(format!(
            "{} {}",
            count(s.open, "upit", "upita", "upita"),
            pick(
                u64::from(s.open),
                "čeka odgovor",
                "čekaju odgovor",
                "čeka odgovor"
            )
        ));
    }
    if s.deadlines_slipped > 0 {
        parts.push(format!(
            "{} {}",
            pick(
                u64::from(s.deadlines_slipped),
                "prekoračen je",
                "prekoračena su",
                "prekoračeno je"
            ),
            count(s.deadlines_slipped, "rok", "roka", "rokova")
        ));
    }
    if parts.is_empty() {
        parts.push(format!(
            "{} {}",
            pick(
                u64::from(s.requests),
                "zabilježen je",
                "zabilježena su",
                "zabilježeno je"
            ),
            count(s.requests, "upit", "upita", "upita")
        ));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

fn controlling_summary(s: &controlling::Summary) -> String {
    if s.items == 0 && s.incidents == 0 {
        return "Nema zabilježenih odobrenja.".into();
    }
    let mut parts = Vec::new();
    if s.items > 0 {
        let included = u64::from(s.included);
        parts.push(format!(
            "kod {} od {} {} trebalo je više od {} {}",
            s.over_contract,
            s.items,
            pick(u64::from(s.items), "stavke", "stavke", "stavki"),
            s.included,
            pick(
                included,
                "uključenog kruga izmjena",
                "uključena kruga izmjena",
                "uključenih krugova izmjena"
            ),
        ));
    }
    if let Some(m) = s.median_wait_days {
        parts.push(format!("odobrenja obično stižu za {}", days(m)));
    }
    if s.incidents > 0 {
        parts.push(format!(
            "{} (uskraćen pristup, okrivljavanje ili pritisak)",
            count(s.incidents, "poteškoća", "poteškoće", "poteškoća")
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
                ", kasnije nego u prethodnom ciklusu"
            } else {
                ""
            };
            format!("{label} plaćen je {} nakon dospijeća{later}", days(d))
        }
        Reason::Unpaid {
            days: d,
            outstanding,
        } => format!(
            "{label} ni {} nakon dospijeća nije plaćen (nepodmireno: {})",
            days(d),
            money(LANG, outstanding, currency)
        ),
        Reason::Drift {
            cycles,
            from_days,
            to_days,
        } => format!(
            "Kašnjenje raste iz ciklusa u ciklus: od {} do {} kroz {}, posljednji je {}",
            days_gen(from_days),
            days_gen(to_days),
            count(cycles + 1, "račun", "računa", "računa"),
            lower_first(label)
        ),
        Reason::WorkWhileUnpaid { duration, entries } => format!(
            "{} rada ({}) zabilježeno dok je račun bio u kašnjenju; posljednji unos: {label}",
            hours(LANG, duration),
            count(entries, "unos", "unosa", "unosa"),
        ),
        Reason::SlowAnswer { days: d } => {
            format!("{label}: odgovor je stigao tek nakon {}", days_gen(d))
        }
        Reason::Unanswered { days: d } => {
            format!("{label}: još bez odgovora nakon {}", days_gen(d))
        }
        Reason::ExtraRounds {
            rounds: r,
            included,
        } => format!(
            "{label}: {}, a {} {included}",
            rounds(u32::from(r)),
            pick(
                u64::from(included),
                "uključen je",
                "uključena su",
                "uključeno je"
            ),
        ),
        Reason::SlowApproval { days: d } => {
            format!("{label}: odobreno tek nakon {}", days_gen(d))
        }
        Reason::AwaitingApproval { days: d } => {
            format!("{label}: još čeka odobrenje nakon {}", days_gen(d))
        }
        Reason::TrivialReapproval { rounds: r } => format!(
            "{label}: sitne izmjene, a ipak je {} vraćeno na odobrenje",
            count(u32::from(r), "put", "puta", "puta")
        ),
        Reason::ApprovalShare { items, percent } => format!(
            "Za {percent}\u{a0}% zabilježenog rada trebalo je klijentovo odobrenje ({})",
            count(items, "stavka", "stavke", "stavki")
        ),
        Reason::Incident(_) => label.to_owned(),
        Reason::RepeatedAfterWarning { warned } => format!(
            "Ponovilo se nakon što ste na to upozorili {}",
            date(LANG, warned)
        ),
        Reason::ImprovedAfterWarning { warned } => format!(
            "Od {}, kad ste na to upozorili, ništa se slično nije ponovilo: raniji dokazi \
             vrijede upola",
            date(LANG, warned)
        ),
    }
}
