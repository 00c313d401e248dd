//! Unresponsive: requests that waited long for an answer or still wait, and deadlines that
//! slipped because the client's input came late.
//!
//! From the source material: you spend hours chasing answers, their project stalls, and they
//! end up asking "is that all you did?". The evidence is the wait itself, beyond what the user
//! considers a reasonable time to answer (`Thresholds::slow_answer_days`).

use super::{Ctx, Raw, Reason, median};
use crate::model::{EntryBody, IncidentKind};

/// A point per day of waiting beyond a reasonable answer time…
const POINTS_PER_SLOW_DAY: f64 = 1.0;
/// …up to 15 for one request: a single slow answer is an inconvenience, not a pattern.
const MAX_SLOW_POINTS: f64 = 15.0;
/// A question open for over two weeks has stalled the work it was asked for.
const LONG_OPEN_DAYS: i64 = 14;
const LONG_OPEN_POINTS: f64 = 5.0;
/// A missed deadline is the cost of their silence made visible.
const DEADLINE_SLIPPED_POINTS: f64 = 15.0;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub requests: u32,
    /// Median days to an answer, over answered requests.
    pub median_days: Option<i64>,
    /// The longest wait, open requests counted up to today.
    pub worst_days: Option<i64>,
    pub open: u32,
    /// Open for more than two weeks.
    pub open_long: u32,
    pub deadlines_slipped: u32,
}

pub(crate) fn evidence(ctx: &Ctx) -> Raw {
    let slow = i64::from(ctx.th.slow_answer_days);
    let mut evidence = Vec::new();
    let mut summary = Summary::default();
    let mut answer_days = Vec::new();
    for e in ctx.entries() {
        match &e.body {
            EntryBody::Request(r) => {
                summary.requests += 1;
                let answered = ctx.known(r.answered);
                let waited = Ctx::days(r.sent, answered.unwrap_or(ctx.today));
                summary.worst_days = Some(summary.worst_days.map_or(waited, |w| w.max(waited)));
                let beyond = (waited - slow).max(0) as f64;
                let base = (beyond * POINTS_PER_SLOW_DAY).min(MAX_SLOW_POINTS);
                match answered {
                    Some(day) => {
                        answer_days.push(waited);
                        if base > 0.0 {
                            let reason = Reason::SlowAnswer { days: waited };
                            evidence.extend(ctx.evidence(Some(e.id), day, base, reason, false));
                        }
                    }
                    None => {
                        summary.open += 1;
                        let long = waited > LONG_OPEN_DAYS;
                        if long {
                            summary.open_long += 1;
                        }
                        let base = base + if long { LONG_OPEN_POINTS } else { 0.0 };
                        if base > 0.0 {
                            let reason = Reason::Unanswered { days: waited };
                            evidence.extend(ctx.evidence(Some(e.id), r.sent, base, reason, true));
                        }
                    }
                }
            }
            EntryBody::Incident(i) if i.kind == IncidentKind::DeadlineSlipped => {
                summary.deadlines_slipped += 1;
                let reason = Reason::Incident(i.kind);
                evidence.extend(ctx.evidence(
                    Some(e.id),
                    i.date,
                    DEADLINE_SLIPPED_POINTS,
                    reason,
                    false,
                ));
            }
            _ => {}
        }
    }
    summary.median_days = median(&mut answer_days);
    Raw {
        evidence,
        summary: super::Summary::Unresponsive(summary),
    }
}
