//! Controlling: revision rounds beyond the contract, waiting on approvals, re-approvals of trivial
//! changes, most of the work needing approval, access withheld, and blame.
//!
//! Rounds within the contract are the agreed work, not control; only the rounds beyond it count.
//! From the source material: they approve every post, nitpick, share only some accounts, and are
//! the first to blame you when results disappoint.

use super::{Ctx, Raw, Reason, median};
use crate::model::{EntryBody, IncidentKind};

/// Each round beyond the contract…
const POINTS_PER_EXTRA_ROUND: f64 = 7.0;
/// …up to four of them per item: one extra round is a preference, four are a pattern.
const MAX_EXTRA_ROUND_POINTS: f64 = 28.0;
/// Waiting on an approval beyond a reasonable time, per day, up to 10 for one item.
const POINTS_PER_APPROVAL_DAY: f64 = 0.7;
const MAX_APPROVAL_WAIT_POINTS: f64 = 10.0;
/// A trivial change that still had to go back for approval.
const TRIVIAL_REAPPROVAL_POINTS: f64 = 5.0;
/// When most logged work goes through an approval, nothing moves without them. Judged once
/// there are enough items to speak of a habit.
const APPROVAL_SHARE_MIN_ITEMS: u32 = 4;
const APPROVAL_SHARE_THRESHOLD: f64 = 0.6;
const APPROVAL_SHARE_POINTS: f64 = 8.0;

/// Points for incidents that belong to this pattern, and why each weighs what it does.
fn incident_points(kind: IncidentKind) -> Option<f64> {
    match kind {
        // Makes coordinated work nearly impossible.
        IncidentKind::AccessWithheld => Some(20.0),
        // The controlling client is the first to blame you.
        IncidentKind::Blame => Some(15.0),
        // Every small action treated as make-or-break, whatever the hour.
        IncidentKind::OutOfHoursPressure => Some(8.0),
        IncidentKind::Disrespect => Some(8.0),
        // Deciding the work beyond what was agreed.
        IncidentKind::ScopeCreep => Some(5.0),
        // Belong to the other patterns, or to none.
        IncidentKind::DeadlineSlipped | IncidentKind::PromiseToPayLater | IncidentKind::Other => {
            None
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Items submitted for approval.
    pub items: u32,
    /// Items that needed more rounds than the contract includes.
    pub over_contract: u32,
    pub included: u16,
    /// Median days to an approval, over approved items.
    pub median_wait_days: Option<i64>,
    pub waiting: u32,
    pub incidents: u32,
}

pub(crate) fn evidence(ctx: &Ctx) -> Raw {
    let included = ctx.client.contract.included_revisions;
    let slow = i64::from(ctx.th.slow_approval_days);
    let mut evidence = Vec::new();
    let mut summary = Summary {
        included,
        ..Summary::default()
    };
    let mut waits = Vec::new();
    let mut work_entries = 0_u32;
    let mut latest_item = None;
    for e in ctx.entries() {
        match &e.body {
            EntryBody::Approval(a) => {
                summary.items += 1;
                if latest_item.is_none_or(|(d, _)| a.submitted >= d) {
                    latest_item = Some((a.submitted, e.id));
                }
                let extra = a.rounds.saturating_sub(included);
                if extra > 0 {
                    summary.over_contract += 1;
                    let base =
                        (f64::from(extra) * POINTS_PER_EXTRA_ROUND).min(MAX_EXTRA_ROUND_POINTS);
                    let reason = Reason::ExtraRounds {
                        rounds: a.rounds,
                        included,
                    };
                    evidence.extend(ctx.evidence(Some(e.id), a.submitted, base, reason, false));
                }
                let approved = ctx.known(a.approved);
                let waited = Ctx::days(a.submitted, approved.unwrap_or(ctx.today));
                let beyond = (waited - slow).max(0) as f64;
                let base = (beyond * POINTS_PER_APPROVAL_DAY).min(MAX_APPROVAL_WAIT_POINTS);
                match approved {
                    Some(day) => {
                        waits.push(waited);
                        let reason = Reason::SlowApproval { days: waited };
                        evidence.extend(ctx.evidence(Some(e.id), day, base, reason, false));
                    }
                    None => {
                        summary.waiting += 1;
                        let reason = Reason::AwaitingApproval { days: waited };
                        evidence.extend(ctx.evidence(Some(e.id), a.submitted, base, reason, true));
                    }
                }
                if a.trivial && a.rounds > 0 {
                    let reason = Reason::TrivialReapproval { rounds: a.rounds };
                    evidence.extend(ctx.evidence(
                        Some(e.id),
                        a.submitted,
                        TRIVIAL_REAPPROVAL_POINTS,
                        reason,
                        false,
                    ));
                }
            }
            EntryBody::Work(_) => work_entries += 1,
            EntryBody::Incident(i) => {
                if let Some(points) = incident_points(i.kind) {
                    summary.incidents += 1;
                    let reason = Reason::Incident(i.kind);
                    evidence.extend(ctx.evidence(Some(e.id), i.date, points, reason, false));
                }
            }
            _ => {}
        }
    }
    summary.median_wait_days = median(&mut waits);

    // The share of approvals among all logged items of work. Only raised, never lowered, by a
    // new approval once past the threshold, and it weighs as recent as the latest item.
    let share = f64::from(summary.items) / f64::from((summary.items + work_entries).max(1));
    if summary.items >= APPROVAL_SHARE_MIN_ITEMS
        && share >= APPROVAL_SHARE_THRESHOLD
        && let Some((date, id)) = latest_item
    {
        let reason = Reason::ApprovalShare {
            items: summary.items,
            percent: (share * 100.0).round() as u8,
        };
        evidence.extend(ctx.evidence(Some(id), date, APPROVAL_SHARE_POINTS, reason, false));
    }
    Raw {
        evidence,
        summary: super::Summary::Controlling(summary),
    }
}
