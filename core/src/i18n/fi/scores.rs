//! Finnish for the scores: pattern and band names, one-line summaries, and the sentence behind
//! each piece of evidence.

use std::borrow::Cow;

use super::{LANG, days, days_genitive, days_measure, plural};
use crate::i18n::words::capitalised;
use crate::i18n::{date, hours, money};
use crate::model::{Cents, Currency};
use crate::scoring::{
    Band, Pattern, Reason, Summary, Trend, Weight, controlling, non_paying, unresponsive,
};

fn count(n: u32, one: &str, other: &str) -> String {
    plural(n as usize, one, other)
}

/// The patterns as nouns ("Maksamattomuus"), which also read lower-cased after a colon.
pub(super) fn pattern(p: Pattern) -> &'static str {
    match p {
        Pattern::Unresponsive => "Vastaamattomuus",
        Pattern::Controlling => "Kontrollinhalu",
        Pattern::NonPaying => "Maksamattomuus",
    }
}

pub(super) fn band(b: Band) -> &'static str {
    match b {
        Band::Healthy => "Kunnossa",
        Band::Watch => "Seuraa",
        Band::Act => "Toimi",
        Band::WalkAway => "Lopeta yhteistyö",
    }
}

pub(super) fn trend(t: Trend) -> &'static str {
    match t {
        Trend::Better => "Parempi kuin 90 päivää sitten",
        Trend::Same => "Suunnilleen sama kuin 90 päivää sitten",
        Trend::Worse => "Huonompi kuin 90 päivää sitten",
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
        (true, false) => format!("paino {}\u{a0}%: vanhempi todiste", w.percent).into(),
        (false, true) => format!("paino {}\u{a0}%: vaikean jakson ajalta", w.percent).into(),
        (true, true) => format!(
            "paino {}\u{a0}%: vanhempi ja vaikean jakson ajalta",
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
        return "Yksikään lasku ei ole vielä erääntynyt.".into();
    }
    let mut parts = vec![if s.late == 0 {
        format!(
            "{} erääntynyt, kaikki maksettu ajallaan",
            count(s.due, "lasku", "laskua")
        )
    } else {
        format!(
            "{} erääntyneestä laskusta {} maksettu myöhässä",
            s.due, s.late
        )
    }];
    if s.drifting {
        parts.push("maksut myöhästyvät kerta kerralta enemmän".into());
    }
    if s.overdue > Cents::ZERO {
        let amount = money(LANG, s.overdue, currency);
        parts.push(match s.oldest_overdue_days {
            Some(d) => format!("{amount} erääntynyt, vanhin {} myöhässä", days_measure(d)),
            None => format!("{amount} erääntynyt"),
        });
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

fn unresponsive_summary(s: &unresponsive::Summary) -> String {
    if s.requests == 0 && s.deadlines_slipped == 0 {
        return "Pyyntöjä ei ole kirjattu.".into();
    }
    let mut parts = Vec::new();
    if let Some(m) = s.median_days {
        parts.push(format!("vastaukseen kuluu mediaanina {}", days(m)));
    }
    if s.open_long > 0 {
        parts.push(format!(
            "{} avoinna yli 2 viikkoa",
            count(s.open_long, "pyyntö", "pyyntöä")
        ));
    } else if s.open > 0 {
        parts.push(format!(
            "{} odottaa vastausta",
            count(s.open, "pyyntö", "pyyntöä")
        ));
    }
    if s.deadlines_slipped > 0 {
        parts.push(format!(
            "{} venynyt",
            count(s.deadlines_slipped, "määräaika", "määräaikaa")
        ));
    }
    if parts.is_empty() {
        parts.push(count(s.requests, "pyyntö kirjattu", "pyyntöä kirjattu"));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

fn controlling_summary(s: &controlling::Summary) -> String {
    if s.items == 0 && s.incidents == 0 {
        return "Hyväksyntöjä ei ole kirjattu.".into();
    }
    let mut parts = Vec::new();
    if s.items > 0 {
        parts.push(format!(
            "{} kohteesta {} vaati enemmän korjauskierroksia kuin sopimukseen sisältyy ({})",
            s.items, s.over_contract, s.included,
        ));
    }
    if let Some(m) = s.median_wait_days {
        parts.push(format!("hyväksyntään kuluu mediaanina {}", days(m)));
    }
    if s.incidents > 0 {
        parts.push(format!(
            "{} (evätty pääsy, syyttely tai painostus)",
            count(s.incidents, "ongelmatilanne", "ongelmatilannetta")
        ));
    }
    format!("{}.", capitalised(&parts.join("; ")))
}

/// A label placed inside a sentence: "Lasku BC-05" becomes "lasku BC-05". Labels that start
/// with the user's own text are quoted (”…”), so only Clientwise's own words are lower-cased.
fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The sentence for one piece of evidence about the entry called `label` (a noun phrase in the
/// nominative: "Lasku BC-05", "”Logotiedostot”", "päivältä 5.3.2026").
pub(super) fn evidence(label: &str, reason: &Reason, currency: Currency) -> String {
    match *reason {
        Reason::PaidLate {
            days: d,
            later_than_before,
        } => {
            let later = if later_than_before {
                ", myöhemmin kuin edellinen lasku"
            } else {
                ""
            };
            format!("{label} maksettiin {} myöhässä{later}", days_measure(d))
        }
        Reason::Unpaid {
            days: d,
            outstanding,
        } => format!(
            "{label} on yhä maksamatta {} eräpäivän jälkeen (avoinna {})",
            days(d),
            money(LANG, outstanding, currency)
        ),
        Reason::Drift {
            cycles,
            from_days,
            to_days,
        } => format!(
            "Maksut myöhästyvät kerta kerralta enemmän: viive kasvoi {from_days} päivästä \
             {to_days} päivään {} laskun aikana, viimeisimpänä {}",
            cycles + 1,
            mid_sentence(label)
        ),
        Reason::WorkWhileUnpaid { duration, entries } => format!(
            "{} työtä ({}) kirjattu, vaikka lasku oli erääntynyt; viimeisin kirjaus {label}",
            hours(LANG, duration),
            count(entries, "kirjaus", "kirjausta"),
        ),
        Reason::SlowAnswer { days: d } => {
            format!("{label}: vastaus tuli {} kuluttua", days_genitive(d))
        }
        Reason::Unanswered { days: d } => {
            format!("{label}: yhä vastaamatta {} jälkeen", days_genitive(d))
        }
        Reason::ExtraRounds { rounds, included } => format!(
            "{label}: {}, vaikka sopimukseen sisältyy {included}",
            count(u32::from(rounds), "korjauskierros", "korjauskierrosta"),
        ),
        Reason::SlowApproval { days: d } => {
            format!("{label}: hyväksyttiin {} kuluttua", days_genitive(d))
        }
        Reason::AwaitingApproval { days: d } => {
            format!("{label}: odottanut hyväksyntää jo {}", days_measure(d))
        }
        Reason::TrivialReapproval { rounds } => format!(
            "{label}: pikkumuutoksia, silti lähetetty uudelleen hyväksyttäväksi {}",
            count(u32::from(rounds), "kerran", "kertaa")
        ),
        Reason::ApprovalShare { items, percent } => format!(
            "{percent}\u{a0}% kirjatusta työstä vaati asiakkaan hyväksynnän ({})",
            count(items, "kohde", "kohdetta")
        ),
        Reason::Incident(_) => label.to_owned(),
        Reason::RepeatedAfterWarning { warned } => format!(
            "Toistui sen jälkeen, kun otit asian puheeksi {}",
            date(LANG, warned)
        ),
        Reason::ImprovedAfterWarning { warned } => format!(
            "Ei vastaavaa sen jälkeen, kun otit asian puheeksi {}: sitä aiemmat todisteet \
             lasketaan puolella painolla",
            date(LANG, warned)
        ),
    }
}
