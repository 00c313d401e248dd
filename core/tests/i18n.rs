//! The five languages checked against each other: every key of the catalogue is rendered in
//! every language with recognisable values, and each language must show every value the English
//! shows, leak no `{placeholder}`, and not fall back to English. No key may go unused by the app.
//! One letter and one report per language are kept as golden files for a native reader to
//! review (`UPDATE_GOLDEN=1 cargo test -p clientwise-core --test i18n` writes them).
//!
//! A text that is rightly the same as the English in a language (a loanword, a proper name) is
//! listed, one per line, in `tests/i18n/same-as-english/<tag>.txt`.

mod common;
#[path = "i18n/samples.rs"]
mod samples;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clientwise_core::draft::Problem;
use clientwise_core::export::{self, ReportFormat};
use clientwise_core::i18n::{self, Lang, Msg, ReportText};
use clientwise_core::import::plan::PlanSkip;
use clientwise_core::import::{Kind, ReadError, SkipReason, Source, formats::Role};
use clientwise_core::model::{
    Cents, Check, Currency, EntryKind, IncidentKind, InterventionKind, Minutes, PartingReason,
    PaymentTerms, Status,
};
use clientwise_core::playbook::Step;
use clientwise_core::playbook::letters::{
    self, Alternatives, Letter, LetterKind, Overdue, Waiting,
};
use clientwise_core::report::{Range, ReportKind};
use clientwise_core::scoring::{
    Band, Pattern, Reason, Summary, Trend, Weight, controlling, non_paying, unresponsive,
};
use clientwise_core::storage::{DecodeError, RecordKind};

/// A value a message shows, so that each language can be checked to show it too.
#[derive(Clone, Debug)]
pub enum V {
    Text(String),
    Num(i64),
    OptNum(Option<i64>),
    Date(NaiveDate),
    Money(Cents),
    Hours(Minutes),
    Many(Vec<V>),
}

/// A recognisable piece of user text: the `i`th text argument of a message.
pub fn text(i: usize) -> String {
    format!("⟦t{i}⟧")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub fn langs() -> Vec<(Lang, Vec<V>)> {
    Lang::ALL.iter().map(|l| (*l, vec![])).collect()
}
fn plain<T: Clone>(all: &[T]) -> Vec<(T, Vec<V>)> {
    all.iter().map(|x| (x.clone(), vec![])).collect()
}
pub fn entry_kinds() -> Vec<(EntryKind, Vec<V>)> {
    plain(&EntryKind::ALL)
}
pub fn incident_kinds() -> Vec<(IncidentKind, Vec<V>)> {
    plain(&IncidentKind::ALL)
}
pub fn intervention_kinds() -> Vec<(InterventionKind, Vec<V>)> {
    plain(&InterventionKind::ALL)
}
pub fn statuses() -> Vec<(Status, Vec<V>)> {
    plain(&Status::ALL)
}
pub fn patterns() -> Vec<(Pattern, Vec<V>)> {
    plain(&Pattern::ALL)
}
pub fn checks() -> Vec<(Check, Vec<V>)> {
    plain(&Check::ALL)
}
pub fn import_kinds() -> Vec<(Kind, Vec<V>)> {
    plain(&Kind::ALL)
}
pub fn bands() -> Vec<(Band, Vec<V>)> {
    plain(&[Band::Healthy, Band::Watch, Band::Act, Band::WalkAway])
}
pub fn trends() -> Vec<(Trend, Vec<V>)> {
    plain(&[Trend::Better, Trend::Same, Trend::Worse])
}
pub fn steps() -> Vec<(Step, Vec<V>)> {
    let mut all = vec![
        Step::Nothing,
        Step::ExtraMile,
        Step::StatePaymentTerms,
        Step::PaymentReminder,
        Step::PauseWork,
        Step::ResumeWork,
        Step::AskForTimelyAnswers,
        Step::ExplainWayOfWorking,
    ];
    for p in Pattern::ALL {
        all.push(Step::KeepWatching(p));
        all.push(Step::PartWays(p));
    }
    plain(&all)
}
pub fn problems() -> Vec<(Problem, Vec<V>)> {
    use Problem::*;
    let mut all = plain(&[
        Required,
        NotADate,
        NotANumber,
        NotAWholeNumber,
        Negative,
        TooManyDecimals,
        TooLarge,
        NotACurrency,
        HoursTooLong,
        TextTooLong,
        AnsweredBeforeSent,
        ApprovedBeforeSubmitted,
        DueBeforeIssued,
        EndBeforeStart,
        PaymentsExceedAmount,
        ZeroAmount,
    ]);
    all.push((OutOfRange { min: 3, max: 28 }, vec![V::Num(3), V::Num(28)]));
    all
}
pub fn sources() -> Vec<(Source, Vec<V>)> {
    use Source::*;
    plain(&[
        Toggl,
        Clockify,
        HarvestTime,
        Kimai,
        InvoiceNinjaInvoices,
        InvoiceNinjaPayments,
        FreshBooks,
        HarvestInvoices,
        Generic,
    ])
}
pub fn roles() -> Vec<(Role, Vec<V>)> {
    use Role::*;
    plain(&[
        Client,
        Date,
        Duration,
        Description,
        Project,
        Number,
        Amount,
        Due,
        Paid,
        PaidOn,
        Currency,
        Invoice,
    ])
}
pub fn record_kinds() -> Vec<(RecordKind, Vec<V>)> {
    use RecordKind::*;
    plain(&[Client, Index, Settings, Backup, Reminder, ImportMappings])
}
pub fn decode_errors() -> Vec<(DecodeError, Vec<V>)> {
    use DecodeError::*;
    vec![
        (
            TooLarge {
                bytes: 71,
                limit: 64,
            },
            vec![],
        ),
        (
            NotJson {
                line: 7,
                column: 19,
            },
            vec![V::Num(7), V::Num(19)],
        ),
        (
            WrongFormat {
                expected: RecordKind::Backup,
            },
            vec![],
        ),
        (NoVersion, vec![]),
        (TooOld { found: 0 }, vec![]),
        (Newer { found: 9 }, vec![V::Num(9)]),
        (
            Migration {
                from: 1,
                reason: text(5),
            },
            vec![V::Text(text(5))],
        ),
        (
            Invalid {
                path: text(6),
                message: text(7),
            },
            vec![V::Text(text(6)), V::Text(text(7))],
        ),
        (
            IdMismatch {
                key_id: 31,
                record_id: 32,
            },
            vec![],
        ),
    ]
}
pub fn read_errors() -> Vec<(ReadError, Vec<V>)> {
    vec![
        (ReadError::TooLarge { bytes: 60_000_000 }, vec![]),
        (ReadError::Empty, vec![]),
        (ReadError::NotCsv, vec![]),
    ]
}
pub fn plan_skips() -> Vec<(PlanSkip, Vec<V>)> {
    use SkipReason::*;
    let mut all: Vec<(PlanSkip, Vec<V>)> = [
        (MissingClient, vec![]),
        (MissingDate, vec![]),
        (BadDate(text(8)), vec![V::Text(text(8))]),
        (BadDuration(text(8)), vec![V::Text(text(8))]),
        (BadAmount(text(8)), vec![V::Text(text(8))]),
        (MissingNumber, vec![]),
        (NegativeAmount(text(8)), vec![V::Text(text(8))]),
        (NotApplicable(text(8)), vec![V::Text(text(8))]),
    ]
    .into_iter()
    .map(|(r, v)| (PlanSkip::Parse(r), v))
    .collect();
    all.push((PlanSkip::AlreadyImported, vec![]));
    all.push((PlanSkip::InvoiceExists(text(9)), vec![V::Text(text(9))]));
    all.push((PlanSkip::UnknownInvoice(text(9)), vec![V::Text(text(9))]));
    all.push((
        PlanSkip::OtherCurrency("CHF".parse().expect("valid")),
        vec![V::Text("CHF".into())],
    ));
    all
}
pub fn reasons() -> Vec<(Reason, Vec<V>)> {
    use Reason::*;
    let warned = day(2026, 4, 9);
    let mut all = vec![
        (
            Unpaid {
                days: 12,
                outstanding: Cents(1_234_50),
            },
            vec![V::Num(12), V::Money(Cents(1_234_50))],
        ),
        (
            Drift {
                cycles: 3,
                from_days: 4,
                to_days: 19,
            },
            vec![V::Num(3), V::Num(4), V::Num(19)],
        ),
        (
            WorkWhileUnpaid {
                duration: Minutes(750),
                entries: 6,
            },
            vec![V::Hours(Minutes(750)), V::Num(6)],
        ),
        (SlowAnswer { days: 9 }, vec![V::Num(9)]),
        (Unanswered { days: 16 }, vec![V::Num(16)]),
        (
            ExtraRounds {
                rounds: 7,
                included: 2,
            },
            vec![V::Num(7), V::Num(2)],
        ),
        (SlowApproval { days: 13 }, vec![V::Num(13)]),
        (AwaitingApproval { days: 22 }, vec![V::Num(22)]),
        (TrivialReapproval { rounds: 4 }, vec![V::Num(4)]),
        (
            ApprovalShare {
                items: 11,
                percent: 64,
            },
            vec![V::Num(11), V::Num(64)],
        ),
        (RepeatedAfterWarning { warned }, vec![V::Date(warned)]),
        (ImprovedAfterWarning { warned }, vec![V::Date(warned)]),
    ];
    for days in [1, 2, 5, 21] {
        for later_than_before in [true, false] {
            all.push((
                PaidLate {
                    days,
                    later_than_before,
                },
                vec![V::Num(days)],
            ));
        }
    }
    all.extend(IncidentKind::ALL.map(|k| (Incident(k), vec![])));
    all
}
pub fn weights() -> Vec<(Weight, Vec<V>)> {
    let mut all = Vec::new();
    for (faded, hard_time) in [(false, false), (true, false), (false, true), (true, true)] {
        all.push((
            Weight {
                percent: 37,
                faded,
                hard_time,
            },
            if faded || hard_time {
                vec![V::Num(37)]
            } else {
                vec![]
            },
        ));
    }
    all
}
pub fn summaries() -> Vec<(Summary, Vec<V>)> {
    let mut all = Vec::new();
    for (due, late, drifting, oldest) in [
        (0, 0, false, None),
        (5, 2, true, Some(33)),
        (1, 1, false, Some(1)),
    ] {
        let s = non_paying::Summary {
            due,
            late,
            worst_days_late: 17,
            overdue: Cents(980_00),
            oldest_overdue_days: oldest,
            drifting,
            median_days_late: oldest,
        };
        all.push((Summary::NonPaying(s), vec![]));
    }
    for (requests, median, open) in [(0, None, 0), (6, Some(3), 2), (1, Some(1), 1)] {
        let s = unresponsive::Summary {
            requests,
            median_days: median,
            worst_days: median.map(|m| m + 8),
            open,
            open_long: open.min(1),
            deadlines_slipped: open,
        };
        all.push((Summary::Unresponsive(s), vec![]));
    }
    for (items, over, waiting) in [(0, 0, 0), (7, 3, 2), (1, 1, 1)] {
        let s = controlling::Summary {
            items,
            over_contract: over,
            included: 2,
            median_wait_days: (items > 0).then_some(6),
            waiting,
            incidents: waiting,
        };
        all.push((Summary::Controlling(s), vec![]));
    }
    all
}
pub fn parting_reasons() -> Vec<(PartingReason, Vec<V>)> {
    use PartingReason::*;
    vec![
        (Payment, vec![]),
        (Responsiveness, vec![]),
        (Control, vec![]),
        (Fit, vec![]),
        (Custom(text(4)), vec![V::Text(text(4))]),
    ]
}

/// Each way a value can be written in `lang`.
fn written(lang: Lang, value: &V, out: &mut Vec<String>) {
    match value {
        V::Text(t) => out.push(t.clone()),
        V::Num(n) => out.push(n.to_string()),
        V::OptNum(n) => out.extend(n.map(|n| n.to_string())),
        V::Date(d) => out.push(i18n::date(lang, *d)),
        V::Money(c) => out.push(i18n::money(lang, *c, Currency::EUR)),
        V::Hours(m) => out.push(i18n::hours(lang, *m)),
        V::Many(values) => values.iter().for_each(|v| written(lang, v, out)),
    }
}

/// Texts rightly the same as the English in `lang`.
fn same_as_english(lang: Lang) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/i18n/same-as-english")
        .join(format!("{}.txt", lang.tag()));
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Names that every language writes the same way.
const PROPER_NAMES: &[&str] = &[
    "Clientwise",
    "Toggl Track",
    "Toggl",
    "Clockify",
    "Harvest",
    "Kimai",
    "Invoice Ninja",
    "FreshBooks",
    "CSV",
    "JSON",
    "Markdown",
    "HTML",
    "SHA-256",
    "PDF",
    "English",
    "Հայերեն",
    "Suomi",
    "Hrvatski",
    "Magyar",
];

/// `text` without the sample values and the proper names.
fn without_names(text: &str) -> String {
    let mut rest = text.to_owned();
    for name in PROPER_NAMES {
        rest = rest.replace(name, " ");
    }
    while let Some(start) = rest.find('⟦') {
        let end = rest[start..]
            .find('⟧')
            .map_or(rest.len(), |e| start + e + '⟧'.len_utf8());
        rest.replace_range(start..end, " ");
    }
    rest
}

fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Every problem of `lang` over `(key, values, English, translation)` quadruples.
fn problems_in<K: std::fmt::Debug>(
    lang: Lang,
    rendered: impl IntoIterator<Item = (K, Vec<V>, String, String)>,
    same: &BTreeSet<String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, values, english, translated) in rendered {
        let mut en_values = Vec::new();
        let mut lang_values = Vec::new();
        for v in &values {
            written(Lang::En, v, &mut en_values);
            written(lang, v, &mut lang_values);
        }
        for (en_v, lang_v) in en_values.iter().zip(&lang_values) {
            if english.contains(en_v.as_str()) && !translated.contains(lang_v.as_str()) {
                problems.push(format!("{key:?}: shows no {lang_v:?}: {translated:?}"));
            }
        }
        if translated.contains('{') != english.contains('{')
            || translated.contains('}') != english.contains('}')
        {
            problems.push(format!("{key:?}: a placeholder leaks: {translated:?}"));
        }
        if translated.trim().is_empty() != english.trim().is_empty() {
            problems.push(format!(
                "{key:?}: empty in one language only: {translated:?}"
            ));
        }
        if lang != Lang::En && !english.trim().is_empty() && translated == english {
            let same_by_nature =
                same.contains(&translated) || !has_words(&without_names(&translated));
            if !same_by_nature {
                problems.push(format!(
                    "{key:?}: still English: {translated:?} (if rightly the same, list it in \
                     tests/i18n/same-as-english/{}.txt)",
                    lang.tag()
                ));
            }
        }
    }
    problems
}

fn report_problems(lang: Lang, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problem(s) in {:?}:\n{}",
        problems.len(),
        lang,
        problems.join("\n")
    );
}

#[test]
fn every_message_shows_its_values_in_every_language() {
    let msgs = samples::msgs();
    for lang in Lang::ALL {
        let same = same_as_english(lang);
        let rendered = msgs.iter().map(|(msg, values)| {
            (
                msg.clone(),
                values.clone(),
                i18n::text(Lang::En, msg).into_owned(),
                i18n::text(lang, msg).into_owned(),
            )
        });
        report_problems(lang, problems_in(lang, rendered, &same));
    }
}

#[test]
fn every_report_text_shows_its_values_in_every_language() {
    let texts = samples::report_texts();
    for lang in Lang::ALL {
        let same = same_as_english(lang);
        let rendered = texts.iter().map(|(key, values)| {
            (
                key.clone(),
                values.clone(),
                i18n::report_text(Lang::En, key),
                i18n::report_text(lang, key),
            )
        });
        report_problems(lang, problems_in(lang, rendered, &same));
    }
}

fn sample_letters() -> Vec<(Letter, Vec<V>)> {
    let due = day(2026, 9, 30);
    let end = day(2026, 12, 23);
    let overdue = vec![
        Overdue {
            number: text(20),
            outstanding: Cents(1_200_00),
            due,
            days: 54,
        },
        Overdue {
            number: text(21),
            outstanding: Cents(80_00),
            due,
            days: 1,
        },
    ];
    let waiting = vec![
        Waiting {
            topic: text(22),
            sent: due,
            days: 54,
        },
        Waiting {
            topic: text(23),
            sent: due,
            days: 2,
        },
    ];
    let overdue_values = vec![
        V::Text(text(20)),
        V::Money(Cents(1_200_00)),
        V::Date(due),
        V::Text(text(21)),
        V::Money(Cents(80_00)),
    ];
    let mut kinds: Vec<(LetterKind, Vec<V>)> = Vec::new();
    for terms in [
        PaymentTerms::DaysAfterInvoice(0),
        PaymentTerms::DaysAfterInvoice(1),
        PaymentTerms::DaysAfterInvoice(14),
        PaymentTerms::DaysAfterInvoice(21),
        PaymentTerms::DayOfMonth(2),
        PaymentTerms::DayOfMonth(15),
    ] {
        kinds.push((LetterKind::PaymentTerms { terms }, vec![]));
        kinds.push((
            LetterKind::PaymentReminder {
                terms,
                overdue: overdue.clone(),
            },
            overdue_values.clone(),
        ));
        // A late payer with nothing overdue today.
        kinds.push((
            LetterKind::PaymentReminder {
                terms,
                overdue: vec![],
            },
            vec![],
        ));
    }
    kinds.push((
        LetterKind::PauseWork {
            overdue: overdue.clone(),
        },
        overdue_values.clone(),
    ));
    kinds.push((
        LetterKind::PauseWork {
            overdue: overdue[..1].to_vec(),
        },
        overdue_values[..3].to_vec(),
    ));
    kinds.push((LetterKind::PauseWork { overdue: vec![] }, vec![]));
    kinds.push((LetterKind::ResumeWork, vec![]));
    for deadlines_slipped in [0, 1, 3] {
        kinds.push((
            LetterKind::TimelyAnswers {
                waiting: waiting.clone(),
                deadlines_slipped,
            },
            vec![V::Text(text(22)), V::Text(text(23)), V::Date(due)],
        ));
        kinds.push((
            LetterKind::TimelyAnswers {
                waiting: vec![],
                deadlines_slipped,
            },
            vec![],
        ));
    }
    for (items_over, access_withheld) in [(0, false), (1, true), (4, false)] {
        kinds.push((
            LetterKind::WayOfWorking {
                items_over,
                included: 2,
                access_withheld,
            },
            vec![],
        ));
    }
    kinds.push((LetterKind::ExtraMile, vec![]));
    for (reason, reason_values) in parting_reasons() {
        for (alternatives, accounts, owed) in [
            (None, vec![], Cents(0)),
            (
                Some(Alternatives {
                    colleague: text(24),
                    provider_kind: text(25),
                }),
                vec![text(26), text(27)],
                Cents(2_450_00),
            ),
        ] {
            let mut values = reason_values.clone();
            values.push(V::Date(end));
            if let Some(a) = &alternatives {
                values.push(V::Text(a.colleague.clone()));
                values.push(V::Text(a.provider_kind.clone()));
            }
            values.extend(accounts.iter().cloned().map(V::Text));
            values.push(V::Money(owed));
            kinds.push((
                LetterKind::Termination {
                    reason: reason.clone(),
                    notice_days: 30,
                    notice_end: end,
                    alternatives,
                    accounts,
                    owed,
                },
                values,
            ));
        }
    }
    let mut letters = Vec::new();
    for (sender_name, sender_business) in [(text(30), text(31)), (String::new(), String::new())] {
        for (kind, values) in &kinds {
            let mut values = values.clone();
            values.push(V::Text(text(32)));
            values.extend(
                [&sender_name, &sender_business]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .map(V::Text),
            );
            letters.push((
                Letter {
                    kind: kind.clone(),
                    recipient: text(32),
                    full_name: text(32),
                    company: text(33),
                    currency: Currency::EUR,
                    sender_name: sender_name.clone(),
                    sender_business: sender_business.clone(),
                },
                values,
            ));
        }
    }
    letters
}

#[test]
fn every_letter_says_the_same_things_in_every_language() {
    let letters = sample_letters();
    for lang in Lang::ALL {
        let same = same_as_english(lang);
        let rendered = letters.iter().flat_map(|(letter, values)| {
            let en = i18n::letter(Lang::En, letter);
            let tr = i18n::letter(lang, letter);
            let name = format!("{:?}", letter.kind);
            [
                (format!("subject of {name}"), vec![], en.subject, tr.subject),
                (format!("body of {name}"), values.clone(), en.body, tr.body),
            ]
        });
        report_problems(lang, problems_in(lang, rendered, &same));
    }
}

/// The sample letters written from an empty list: nothing overdue, no question waiting, no
/// account to hand over.
fn empty_list_letters() -> Vec<Letter> {
    sample_letters()
        .into_iter()
        .map(|(letter, _)| letter)
        .filter(|letter| match &letter.kind {
            LetterKind::PaymentReminder { overdue, .. } | LetterKind::PauseWork { overdue } => {
                overdue.is_empty()
            }
            LetterKind::TimelyAnswers { waiting, .. } => waiting.is_empty(),
            LetterKind::Termination { accounts, .. } => accounts.is_empty(),
            _ => false,
        })
        .collect()
}

#[test]
fn a_letter_from_an_empty_list_introduces_no_list() {
    let letters = empty_list_letters();
    for kind in [
        "PaymentReminder",
        "PauseWork",
        "TimelyAnswers",
        "Termination",
    ] {
        assert!(
            letters.iter().any(|l| debug_name(&l.kind) == kind),
            "no empty-list sample of {kind}"
        );
    }
    for lang in Lang::ALL {
        for letter in &letters {
            let m = i18n::letter(lang, letter);
            let lines: Vec<&str> = m.body.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                // A colon, or the Armenian բութ `՝`, introduces a list; with nothing to list, the
                // next line must not be blank or missing. (The Armenian `։` is a full stop that
                // ends every paragraph, so it introduces nothing.)
                let introduces = line.trim_end().ends_with([':', '՝']);
                let nothing_follows = lines.get(i + 1).is_none_or(|next| next.trim().is_empty());
                assert!(
                    !(introduces && nothing_follows),
                    "{lang:?} {:?}: {line:?} introduces a list that isn't there:\n{}",
                    letter.kind,
                    m.body
                );
            }
            let subject = &m.subject;
            assert!(
                !subject
                    .trim_end()
                    .ends_with([':', '՝', '։', ',', ';', '-', '–', '—']),
                "{lang:?} {:?}: the subject ends with a separator: {subject:?}",
                letter.kind
            );
            assert!(
                !subject.contains("  ") && subject.trim() == subject,
                "{lang:?} {:?}: stray spaces in the subject: {subject:?}",
                letter.kind
            );
            assert!(
                subject.chars().next().is_some_and(|c| !c.is_lowercase()),
                "{lang:?} {:?}: the subject starts in lowercase: {subject:?}",
                letter.kind
            );
        }
    }
}

/// The variant names of `enum name` in the catalogue's source.
fn variants(name: &str) -> Vec<String> {
    let source = read(&crate_dir().join("src/i18n/mod.rs"));
    let start = source
        .find(&format!("pub enum {name} {{"))
        .expect("the enum is in the catalogue");
    let body = &source[start..];
    let body = &body[body.find('{').expect("a body") + 1..body.find("\n}").expect("an end")];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .map(|l| l.split(['(', ',']).next().unwrap_or_default().to_owned())
        .collect()
}

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn debug_name<T: std::fmt::Debug>(value: &T) -> String {
    let debug = format!("{value:?}");
    debug
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_samples_cover_every_key() {
    let covered: BTreeSet<String> = samples::msgs().iter().map(|(m, _)| debug_name(m)).collect();
    let missing: Vec<String> = variants("Msg")
        .into_iter()
        .filter(|v| !covered.contains(v))
        .collect();
    assert!(
        missing.is_empty(),
        "add samples (tests/i18n/samples.rs) for {missing:?}"
    );
    let covered: BTreeSet<String> = samples::report_texts()
        .iter()
        .map(|(m, _)| debug_name(m))
        .collect();
    let missing: Vec<String> = variants("ReportText")
        .into_iter()
        .filter(|v| !covered.contains(v))
        .collect();
    assert!(
        missing.is_empty(),
        "add samples (tests/i18n/samples.rs) for {missing:?}"
    );
}

/// All Rust sources of the app and the core, except the language modules themselves.
fn sources_using_the_catalogue() -> String {
    fn walk(dir: &Path, out: &mut String) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            let is_language = path.parent().is_some_and(|p| p.ends_with("i18n"))
                && Lang::ALL.iter().any(|l| path.ends_with(l.tag()));
            if path.is_dir() && !is_language {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/mod.rs")
            {
                out.push_str(&read(&path));
                out.push('\n');
            }
        }
    }
    let mut all = String::new();
    walk(&crate_dir().join("src"), &mut all);
    walk(&crate_dir().join("../src"), &mut all);
    all
}

#[test]
fn no_key_is_unused() {
    let sources = sources_using_the_catalogue();
    // The report modules import `ReportText as R`.
    let used = |enum_name: &str, variant: &str| {
        let aliases: &[&str] = if enum_name == "ReportText" {
            &["ReportText", "R"]
        } else {
            &[enum_name]
        };
        aliases.iter().any(|alias| {
            let qualified = format!("{alias}::{variant}");
            sources.match_indices(&qualified).any(|(i, _)| {
                let before = sources[..i].chars().next_back();
                let after = &sources[i + qualified.len()..];
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
    };
    let unused: Vec<String> = ["Msg", "ReportText"]
        .iter()
        .flat_map(|e| {
            variants(e)
                .into_iter()
                .filter(|v| !used(e, v))
                .map(move |v| format!("{e}::{v}"))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "keys nothing uses (delete them, or use them): {unused:?}"
    );
}

fn golden(name: &str, actual: &str) {
    common::golden(&format!("i18n/{name}"), actual);
}

fn today() -> NaiveDate {
    day(2026, 11, 23)
}

#[test]
fn one_letter_and_one_report_per_language_read_as_expected() {
    for lang in Lang::ALL {
        let (client, settings) = (common::late_payer(lang, today()), common::signed_settings());
        let reminder = letters::for_step(Step::PaymentReminder, &client, &settings, today())
            .expect("a reminder letter");
        let termination = letters::termination(&client, &settings, today());
        let mut text = String::new();
        for letter in [reminder, termination] {
            let message = i18n::letter(lang, &letter);
            text.push_str(&format!(
                "Subject: {}\n\n{}\n\n----\n\n",
                message.subject, message.body
            ));
        }
        golden(&format!("{}-letters.txt", lang.tag()), &text);
        let range = Range::whole(&client, today());
        let report = export::report(
            ReportKind::Final,
            ReportFormat::Markdown,
            lang,
            &client,
            &settings,
            range,
            today(),
        );
        golden(&format!("{}-final-report.md", lang.tag()), &report.contents);
    }
}

#[test]
fn languages_are_chosen_from_the_browser_preferences() {
    assert_eq!(Lang::negotiate(["de-DE", "fi-FI", "en"]), Lang::Fi);
    assert_eq!(Lang::negotiate(["HU"]), Lang::Hu);
    assert_eq!(Lang::negotiate(["hy-AM"]), Lang::Hy);
    assert_eq!(Lang::negotiate(["sr-Latn-RS", "en"]), Lang::Hr);
    assert_eq!(Lang::negotiate(["de", "fr"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::from_tag("xx"), None);
}
