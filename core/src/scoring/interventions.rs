//! The effect of speaking up: behaviour before and after the user raised the problem with the
//! client (an intervention of the pattern's kind).
//!
//! - If the problem happened again after they were told, that is evidence of its own: a client
//!   who was told and did not listen is closer to "walk away".
//! - If, a month on, nothing of the kind has happened since, the evidence from before counts
//!   half: the client listened.
//!
//! Both rules only ever add points for more trouble, so a score stays monotone in the log.

use chrono::{Days, NaiveDate};

use super::{Ctx, Evidence, Pattern, Reason, Weight};
use crate::model::{Client, EntryBody, EntryId, InterventionKind};

/// The message needs a week to work before a repeat counts against it.
const GRACE_DAYS: u64 = 7;
/// A month without a repeat is a month of changed behaviour.
const SETTLED_DAYS: i64 = 30;
/// Each warning the client did not heed.
const REPEATED_POINTS: f64 = 12.0;
/// Only the latest few warnings are weighed; older ones are covered by recency.
const MAX_WARNINGS: usize = 3;

/// The interventions that raise each pattern's problem with the client.
fn raises(pattern: Pattern, kind: InterventionKind) -> bool {
    use InterventionKind as K;
    match pattern {
        Pattern::NonPaying => matches!(
            kind,
            K::PaymentTermsStated | K::PaymentReminder | K::WorkPaused
        ),
        Pattern::Unresponsive => kind == K::ResponsivenessExpectations,
        Pattern::Controlling => kind == K::WorkingWayExplained,
    }
}

/// An intervention: when, which entry, and what it was about.
pub(crate) type Warning = (NaiveDate, EntryId, InterventionKind);

/// Every intervention in the log, gathered once per assessment for all patterns and both days.
pub(crate) fn warnings(client: &Client) -> Vec<Warning> {
    client
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            EntryBody::Intervention(i) => Some((i.date, e.id, i.kind)),
            _ => None,
        })
        .collect()
}

pub(crate) fn apply(ctx: &Ctx, pattern: Pattern, evidence: &mut Vec<Evidence>) {
    // The latest `MAX_WARNINGS` warnings of this pattern, newest first, without allocating:
    // scoring runs on every edit and over whole portfolios.
    let mut latest: [Option<(NaiveDate, EntryId)>; MAX_WARNINGS] = [None; MAX_WARNINGS];
    for &(date, id, kind) in ctx.warnings {
        if date <= ctx.today && raises(pattern, kind) {
            let mut item = Some((date, id));
            for slot in &mut latest {
                if item > *slot {
                    std::mem::swap(slot, &mut item);
                }
            }
        }
    }
    let warnings = latest.iter().flatten().copied();
    let Some((last_warned, last_id)) = latest[0] else {
        return;
    };
    let problems = || evidence.iter().filter(|e| e.points > 0);
    let mut added = Vec::new();
    for (warned, id) in warnings {
        let after = warned
            .checked_add_days(Days::new(GRACE_DAYS))
            .unwrap_or(warned);
        let latest_repeat = problems()
            .filter(|e| e.ongoing || e.date > after)
            .map(|e| if e.ongoing { ctx.today } else { e.date })
            .max();
        if let Some(day) = latest_repeat {
            let reason = Reason::RepeatedAfterWarning { warned };
            added.extend(ctx.evidence(Some(id), day, REPEATED_POINTS, reason, day == ctx.today));
        }
    }
    let (warned, id) = (last_warned, last_id);
    let settled = Ctx::days(warned, ctx.today) >= SETTLED_DAYS;
    if added.is_empty() && settled {
        let before: i32 = problems()
            .filter(|e| !e.ongoing && e.date < warned)
            .map(|e| e.points)
            .sum();
        if before > 1 {
            added.push(Evidence {
                entry: Some(id),
                date: warned,
                points: -(before / 2),
                reason: Reason::ImprovedAfterWarning { warned },
                weight: Weight::FULL,
                ongoing: false,
            });
        }
    }
    evidence.extend(added);
}
