//! The playbook: what to do now, worked out from the verdict and from what the user has already
//! logged, following the staged remedies of the source material.
//!
//! - Non-paying: state when payment is due → a polite reminder that lets them save face → pause
//!   work until payment (and resume promptly once it arrives) → part ways.
//! - Unresponsive: a firm, polite note that work cannot move without timely answers → part ways.
//! - Controlling: explain that this way of working makes the agreed work impossible → part ways
//!   if nothing changes.
//! - A client going through a hard time: the extra-mile path instead.
//!
//! A stage counts as done when its intervention is in the log; logging a sent message is what
//! moves the playbook on. `letters` fills each stage's message from the record.

pub mod letters;

use chrono::{Days, NaiveDate};

use crate::model::{Client, EntryBody, InterventionKind, Thresholds};
use crate::scoring::{Assessment, Band, Pattern, Reason};

/// After a reminder, a week for payment to arrive before pausing work.
pub const REMINDER_WAIT_DAYS: u64 = 7;
/// After pausing work, two weeks before parting ways.
pub const PAUSE_WAIT_DAYS: u64 = 14;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Healthy: nothing to do.
    Nothing,
    /// A stage has been taken and nothing new calls for the next one yet.
    KeepWatching(Pattern),
    /// A hard time: apologise for any misunderstanding, offer to fix something, help.
    ExtraMile,
    StatePaymentTerms,
    PaymentReminder,
    PauseWork,
    /// Payment arrived while work was paused: say so and resume promptly.
    ResumeWork,
    AskForTimelyAnswers,
    ExplainWayOfWorking,
    PartWays(Pattern),
}

impl Step {
    /// The intervention that logging this step's message records.
    pub fn intervention(self) -> Option<InterventionKind> {
        Some(match self {
            Step::StatePaymentTerms => InterventionKind::PaymentTermsStated,
            Step::PaymentReminder => InterventionKind::PaymentReminder,
            Step::PauseWork => InterventionKind::WorkPaused,
            Step::AskForTimelyAnswers => InterventionKind::ResponsivenessExpectations,
            Step::ExplainWayOfWorking => InterventionKind::WorkingWayExplained,
            Step::ExtraMile => InterventionKind::ExtraMile,
            Step::ResumeWork => InterventionKind::Other,
            Step::Nothing | Step::KeepWatching(_) | Step::PartWays(_) => return None,
        })
    }
}

/// What to do about one pattern (or about the client as a whole).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advice {
    pub pattern: Option<Pattern>,
    pub step: Step,
    /// The stage's position in its remedy (1-based) and the number of stages.
    pub stage: Option<(u8, u8)>,
    /// The last stage taken, and when.
    pub last_taken: Option<(InterventionKind, NaiveDate)>,
    /// Before this day, give the client time to respond to the last stage.
    pub wait_until: Option<NaiveDate>,
}

impl Advice {
    fn new(pattern: Option<Pattern>, step: Step) -> Advice {
        Advice {
            pattern,
            step,
            stage: None,
            last_taken: None,
            wait_until: None,
        }
    }
}

/// What to do now about `client`, most pressing first: the extra-mile path during a hard time,
/// nothing for a healthy client, otherwise the current stage of each pattern's remedy from the
/// "watch" band up.
pub fn advise(
    client: &Client,
    assessment: &Assessment,
    th: &Thresholds,
    today: NaiveDate,
) -> Vec<Advice> {
    if assessment.verdict.extra_mile {
        let mut advice = Advice::new(None, Step::ExtraMile);
        advice.last_taken = last(client, today, None, |k| k == InterventionKind::ExtraMile);
        return vec![advice];
    }
    let mut patterns: Vec<_> = assessment
        .patterns
        .iter()
        .filter(|p| p.band >= Band::Watch)
        .collect();
    if patterns.is_empty() || assessment.verdict.level == Band::Healthy {
        return vec![Advice::new(None, Step::Nothing)];
    }
    patterns.sort_by_key(|p| std::cmp::Reverse(p.score));
    patterns
        .into_iter()
        .map(|p| {
            let repeated = p
                .evidence
                .iter()
                .any(|e| matches!(e.reason, Reason::RepeatedAfterWarning { .. }));
            match p.pattern {
                Pattern::NonPaying => non_paying(client, th, today),
                Pattern::Unresponsive => warned(
                    client,
                    today,
                    p.pattern,
                    InterventionKind::ResponsivenessExpectations,
                    Step::AskForTimelyAnswers,
                    repeated,
                ),
                Pattern::Controlling => warned(
                    client,
                    today,
                    p.pattern,
                    InterventionKind::WorkingWayExplained,
                    Step::ExplainWayOfWorking,
                    repeated,
                ),
            }
        })
        .collect()
}

/// The latest intervention up to `today` (and from `since`, if given) whose kind passes `wanted`.
fn last(
    client: &Client,
    today: NaiveDate,
    since: Option<NaiveDate>,
    wanted: impl Fn(InterventionKind) -> bool,
) -> Option<(InterventionKind, NaiveDate)> {
    client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Intervention(i)
                if wanted(i.kind) && i.date <= today && since.is_none_or(|s| i.date >= s) =>
            {
                Some((i.kind, i.date))
            }
            _ => None,
        })
        .max_by_key(|(_, d)| *d)
}

fn plus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}

/// Two-stage remedies: say it once, firmly and politely; if it happens again, part ways.
fn warned(
    client: &Client,
    today: NaiveDate,
    pattern: Pattern,
    kind: InterventionKind,
    first: Step,
    repeated: bool,
) -> Advice {
    let told = last(client, today, None, |k| k == kind);
    let (step, stage) = match (told, repeated) {
        (None, _) => (first, 1),
        (Some(_), true) => (Step::PartWays(pattern), 2),
        (Some(_), false) => (Step::KeepWatching(pattern), 1),
    };
    Advice {
        pattern: Some(pattern),
        step,
        stage: Some((stage, 2)),
        last_taken: told,
        wait_until: None,
    }
}

/// The non-paying remedy, staged by what happened since the oldest unpaid invoice fell overdue.
fn non_paying(client: &Client, th: &Thresholds, today: NaiveDate) -> Advice {
    // Overdue beyond the grace days, the same rule the messages list invoices by.
    let overdue_since = letters::overdue(client, th, today).first().map(|o| o.due);
    let is = |kind: InterventionKind| move |k: InterventionKind| k == kind;
    let terms = last(
        client,
        today,
        None,
        is(InterventionKind::PaymentTermsStated),
    );
    let pattern = Some(Pattern::NonPaying);
    let advice = |step, stage: u8, last_taken, wait_until| Advice {
        pattern,
        step,
        stage: Some((stage, 4)),
        last_taken,
        wait_until,
    };
    let Some(since) = overdue_since else {
        // Paid up. If work was paused for payment, resume it promptly; otherwise make sure the
        // terms are stated, and watch the next invoice.
        let latest = last(client, today, None, |k| {
            matches!(
                k,
                InterventionKind::PaymentTermsStated
                    | InterventionKind::PaymentReminder
                    | InterventionKind::WorkPaused
            )
        });
        return match (latest, terms) {
            (Some((InterventionKind::WorkPaused, _)), _) => Advice {
                last_taken: latest,
                ..Advice::new(pattern, Step::ResumeWork)
            },
            (_, None) => advice(Step::StatePaymentTerms, 1, latest, None),
            (_, Some(_)) => advice(Step::KeepWatching(Pattern::NonPaying), 1, latest, None),
        };
    };
    let paused = last(client, today, Some(since), is(InterventionKind::WorkPaused));
    let reminded = last(
        client,
        today,
        Some(since),
        is(InterventionKind::PaymentReminder),
    );
    match (paused, reminded) {
        (Some(p), _) => advice(
            Step::PartWays(Pattern::NonPaying),
            4,
            Some(p),
            Some(plus(p.1, PAUSE_WAIT_DAYS)),
        ),
        (None, Some(r)) => advice(
            Step::PauseWork,
            3,
            Some(r),
            Some(plus(r.1, REMINDER_WAIT_DAYS)),
        ),
        // The reminder states the due date too, so an overdue invoice goes straight to it.
        (None, None) => advice(Step::PaymentReminder, 2, terms, None),
    }
}
