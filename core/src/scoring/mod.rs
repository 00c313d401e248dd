//! Scoring: how strongly a client shows each of the three difficult-client patterns, from 0 to
//! 100, with every point traced to a dated entry of the log, a trend against 90 days ago, and an
//! overall verdict.
//!
//! Scores are pure functions of (client, thresholds, today). A score is the sum of its evidence
//! points, capped at 100; each evidence item is one dated fact times its weight (recency, hard
//! time). Each pattern lives in its own module; this one owns the shared weighting, the
//! before/after effect of interventions (`interventions`), and the verdict (`verdict`).
//!
//! The rules are monotone by design: more trouble in the log never lowers a score. That is what
//! makes a score fair to read ("it went up because of this entry") and it is a tested property.

pub mod controlling;
mod interventions;
pub mod non_paying;
pub mod unresponsive;
mod verdict;

pub use verdict::{Confidence, Verdict};

use chrono::{Days, NaiveDate};

use crate::model::{Cents, Client, Entry, EntryId, IncidentKind, Minutes, Thresholds};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pattern {
    Unresponsive,
    Controlling,
    NonPaying,
}

impl Pattern {
    pub const ALL: [Pattern; 3] = [
        Pattern::Unresponsive,
        Pattern::Controlling,
        Pattern::NonPaying,
    ];
}

/// The band a score falls in, which is also the overall verdict's scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    Healthy,
    Watch,
    Act,
    WalkAway,
}

impl Band {
    /// Quarters of the scale: under 25 nothing needs doing; 75 and up is the worst band.
    pub fn of(score: u8) -> Band {
        match score {
            0..=24 => Band::Healthy,
            25..=49 => Band::Watch,
            50..=74 => Band::Act,
            _ => Band::WalkAway,
        }
    }
}

/// The score now against the score as the log stood `TREND_DAYS` ago.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trend {
    Better,
    Same,
    Worse,
}

/// How far back the trend looks: a quarter, long enough for a few billing cycles.
pub const TREND_DAYS: u64 = 90;

/// A change smaller than this is noise, not a trend.
const TREND_STEP: i32 = 10;

/// What one piece of evidence is about. Entry texts (an invoice number, a request's topic) are
/// not copied here: the evidence points at its entry, and whoever renders it looks the text up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Paid `days` after the due date; `later_than_before` when later than the previous cycle.
    PaidLate { days: i64, later_than_before: bool },
    /// Overdue by `days` and not paid in full.
    Unpaid { days: i64, outstanding: Cents },
    /// Lateness rose over `cycles` consecutive-ish billing cycles, from `from_days` to `to_days`.
    Drift {
        cycles: u32,
        from_days: i64,
        to_days: i64,
    },
    /// Work logged while an invoice was overdue and unpaid.
    WorkWhileUnpaid { duration: Minutes, entries: u32 },
    /// Answered after `days`.
    SlowAnswer { days: i64 },
    /// Still unanswered after `days`.
    Unanswered { days: i64 },
    /// `rounds` revision rounds where the contract includes `included`.
    ExtraRounds { rounds: u16, included: u16 },
    /// Approved after `days`.
    SlowApproval { days: i64 },
    /// Still waiting for approval after `days`.
    AwaitingApproval { days: i64 },
    /// Trivial changes that still needed `rounds` re-approvals.
    TrivialReapproval { rounds: u16 },
    /// `percent` of the logged work went through an approval (`items` items).
    ApprovalShare { items: u32, percent: u8 },
    /// An incident that belongs to this pattern.
    Incident(IncidentKind),
    /// The problem continued after the user raised it on `warned`.
    RepeatedAfterWarning { warned: NaiveDate },
    /// Nothing of the kind since the user raised it on `warned`: earlier evidence counts half.
    ImprovedAfterWarning { warned: NaiveDate },
}

/// How much of its base value an evidence item counts, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weight {
    pub percent: u8,
    /// Reduced because it is old.
    pub faded: bool,
    /// Reduced because it happened during a declared hard time.
    pub hard_time: bool,
}

impl Weight {
    pub const FULL: Weight = Weight {
        percent: 100,
        faded: false,
        hard_time: false,
    };
}

/// One dated fact behind a score and what it contributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The log entry this comes from, when there is one.
    pub entry: Option<EntryId>,
    pub date: NaiveDate,
    /// Points added to the score (negative for an improvement).
    pub points: i32,
    pub reason: Reason,
    pub weight: Weight,
    /// Still happening today (an unpaid invoice, an unanswered request).
    pub ongoing: bool,
}

/// The facts a pattern's one-line summary is written from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Summary {
    NonPaying(non_paying::Summary),
    Unresponsive(unresponsive::Summary),
    Controlling(controlling::Summary),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternScore {
    pub pattern: Pattern,
    /// 0 to 100.
    pub score: u8,
    pub band: Band,
    pub trend: Trend,
    pub summary: Summary,
    /// Newest first; the points add up to the score before the cap at 100.
    pub evidence: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// In the order of `Pattern::ALL`.
    pub patterns: [PatternScore; 3],
    pub verdict: Verdict,
}

impl Assessment {
    pub fn pattern(&self, pattern: Pattern) -> &PatternScore {
        &self.patterns[pattern as usize]
    }

    /// The highest of the three scores: how much risk the client carries, for sorting.
    pub fn risk(&self) -> u8 {
        self.patterns.iter().map(|p| p.score).max().unwrap_or(0)
    }
}

/// What scoring reads: the client, the user's thresholds, and the day it is, plus the log's
/// interventions gathered once (`interventions::warnings`).
pub(crate) struct Ctx<'a> {
    pub client: &'a Client,
    pub th: Thresholds,
    pub today: NaiveDate,
    pub warnings: &'a [interventions::Warning],
}

/// Evidence from inside a declared hard time counts a fifth: still on the record, but a client
/// going through something difficult is a client with a problem, not a problem client.
const HARD_TIME_FACTOR: f64 = 0.2;

impl Ctx<'_> {
    /// Entries that had happened by `today` (a scoring as of an earlier day ignores later ones).
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.client
            .entries()
            .iter()
            .filter(|e| e.date() <= self.today)
    }

    /// `date` if it had happened by today.
    pub fn known(&self, date: Option<NaiveDate>) -> Option<NaiveDate> {
        date.filter(|d| *d <= self.today)
    }

    pub fn days(from: NaiveDate, to: NaiveDate) -> i64 {
        (to - from).num_days()
    }

    /// The weight of a fact dated `date` that arose on `arose` (an invoice paid on `date` fell
    /// due on `arose`): halved every half-life of age, and cut to a fifth if it arose inside a
    /// hard time. Ongoing facts are weighed as of today.
    pub fn weight(&self, date: NaiveDate, arose: NaiveDate, ongoing: bool) -> (f64, Weight) {
        let age = if ongoing {
            0
        } else {
            Ctx::days(date, self.today).max(0)
        };
        let recency = (-(age as f64) / f64::from(self.th.half_life_days.max(1))).exp2();
        let hard_time = self.client.in_hard_time(arose);
        let factor = recency * if hard_time { HARD_TIME_FACTOR } else { 1.0 };
        let weight = Weight {
            percent: (factor * 100.0).round() as u8,
            faded: recency < 0.95,
            hard_time,
        };
        (factor, weight)
    }

    /// An evidence item worth `base` points before weighting, or `None` if it weighs nothing.
    pub fn evidence(
        &self,
        entry: Option<EntryId>,
        date: NaiveDate,
        base: f64,
        reason: Reason,
        ongoing: bool,
    ) -> Option<Evidence> {
        self.evidence_arising(entry, date, date, base, reason, ongoing)
    }

    /// Like `evidence`, for a fact dated `date` that arose on `arose` (see `weight`).
    pub fn evidence_arising(
        &self,
        entry: Option<EntryId>,
        date: NaiveDate,
        arose: NaiveDate,
        base: f64,
        reason: Reason,
        ongoing: bool,
    ) -> Option<Evidence> {
        let (factor, weight) = self.weight(date, arose, ongoing);
        let points = (base * factor).round() as i32;
        (points != 0).then_some(Evidence {
            entry,
            date,
            points,
            reason,
            weight,
            ongoing,
        })
    }
}

/// The raw result of one pattern before capping.
pub(crate) struct Raw {
    pub evidence: Vec<Evidence>,
    pub summary: Summary,
}

fn raw(ctx: &Ctx, pattern: Pattern) -> Raw {
    let mut raw = match pattern {
        Pattern::NonPaying => non_paying::evidence(ctx),
        Pattern::Unresponsive => unresponsive::evidence(ctx),
        Pattern::Controlling => controlling::evidence(ctx),
    };
    interventions::apply(ctx, pattern, &mut raw.evidence);
    raw
}

fn total(evidence: &[Evidence]) -> i32 {
    evidence.iter().map(|e| e.points).sum()
}

/// The score from a total of points: capped to 0..=100, and below the "act" band when there is
/// too little evidence to judge.
fn capped(points: i32, confidence: Confidence) -> u8 {
    let ceiling = match confidence {
        Confidence::Enough => 100,
        Confidence::Low { .. } => verdict::LOW_CONFIDENCE_CEILING,
    };
    points.clamp(0, i32::from(ceiling)) as u8
}

/// Scores `client` as of `today`.
pub fn assess(client: &Client, th: &Thresholds, today: NaiveDate) -> Assessment {
    let past_day = today
        .checked_sub_days(Days::new(TREND_DAYS))
        .unwrap_or(today);
    let warnings = interventions::warnings(client);
    let [confidence, past_confidence] = verdict::confidences(client, [today, past_day]);
    let ctx = Ctx {
        client,
        th: *th,
        today,
        warnings: &warnings,
    };
    let past = Ctx {
        today: past_day,
        ..ctx
    };
    let patterns = Pattern::ALL.map(|pattern| {
        let mut now = raw(&ctx, pattern);
        now.evidence
            .sort_by(|a, b| b.date.cmp(&a.date).then(b.points.cmp(&a.points)));
        let score = capped(total(&now.evidence), confidence);
        let before = capped(total(&raw(&past, pattern).evidence), past_confidence);
        let change = i32::from(score) - i32::from(before);
        let trend = if change >= TREND_STEP {
            Trend::Worse
        } else if change <= -TREND_STEP {
            Trend::Better
        } else {
            Trend::Same
        };
        PatternScore {
            pattern,
            score,
            band: Band::of(score),
            trend,
            summary: now.summary,
            evidence: now.evidence,
        }
    });
    let verdict = verdict::verdict(&ctx, &patterns, confidence);
    Assessment { patterns, verdict }
}

/// The median of `values` (the lower middle for an even count), or `None` if empty.
pub(crate) fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(values[(values.len() - 1) / 2])
}
