//! Non-paying ("keep working, I'll pay you at the end"): late and unpaid invoices, the drift of
//! lateness across billing cycles, work continued while unpaid, and promises to pay later.
//!
//! The seed rule: the first invoice is paid on time, then each cycle a little later, until they
//! "forget" altogether. So a *rising* lateness counts far more than a steady small delay, and
//! carrying on working while unpaid is a strong signal on its own.

use chrono::NaiveDate;

use super::{Ctx, Evidence, Raw, Reason, median};
use crate::model::{Cents, EntryBody, EntryId, IncidentKind, Invoice, Minutes, Pricing};

/// One point per day late beyond the grace days…
const POINTS_PER_LATE_DAY: f64 = 1.0;
/// …up to a month: beyond that one invoice cannot be "later", it is unpaid money (below).
const MAX_LATE_POINTS: f64 = 30.0;
/// Money overdue and not paid in full is at risk, whatever the days say.
const UNPAID_POINTS: f64 = 10.0;
/// Each billing cycle paid later than the one before, once there are at least two such steps:
/// the drift is the pattern itself.
const DRIFT_POINTS_PER_CYCLE: f64 = 12.0;
const MIN_DRIFT_CYCLES: u32 = 2;
const MAX_DRIFT_POINTS: f64 = 48.0;
/// A cycle counts as later than the previous one only by more than a day (bank days jitter).
const DRIFT_STEP_DAYS: i64 = 2;
/// Working on while an invoice is overdue tells the client it is acceptable…
const WORK_WHILE_UNPAID_POINTS: f64 = 15.0;
/// …and more so the more is delivered: a point per two hours, up to 15 more.
const WORK_WHILE_UNPAID_PER_HOUR: f64 = 0.5;
const MAX_WORK_WHILE_UNPAID_EXTRA: f64 = 15.0;
/// "I'll pay you at the end" is the pattern's own words.
const PROMISE_TO_PAY_LATER_POINTS: f64 = 20.0;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Invoices whose due date has passed.
    pub due: u32,
    /// Of those, paid (or still unpaid) beyond the grace days.
    pub late: u32,
    /// The worst lateness in days, unpaid invoices counted up to today.
    pub worst_days_late: i64,
    /// The amount of overdue invoices not yet paid.
    pub overdue: Cents,
    /// How long the oldest overdue invoice has been overdue.
    pub oldest_overdue_days: Option<i64>,
    /// Whether lateness is rising cycle after cycle.
    pub drifting: bool,
    /// The median lateness in days of due invoices (negative: paid early).
    pub median_days_late: Option<i64>,
}

/// How an invoice stands on `today`.
struct Cycle {
    id: EntryId,
    due: NaiveDate,
    /// Days between the due date and full payment, or today if still unpaid.
    days_late: i64,
    paid_on: Option<NaiveDate>,
    outstanding: Cents,
    amount: Cents,
}

/// The invoice as it stood on `today`: payments made later do not count yet.
fn cycle(ctx: &Ctx, id: EntryId, invoice: &Invoice) -> Option<Cycle> {
    if invoice.due > ctx.today {
        return None;
    }
    // Payments in date order (validated forms store them so; a hand-made record may not be).
    let known = |p: &&crate::model::Payment| p.date <= ctx.today;
    let mut paid = Cents::ZERO;
    let mut paid_on = None;
    let mut settle = |p: &crate::model::Payment| {
        paid = paid.saturating_add(p.amount);
        if paid_on.is_none() && paid >= invoice.amount {
            paid_on = Some(p.date);
        }
    };
    if invoice.payments.is_sorted_by_key(|p| p.date) {
        invoice.payments.iter().filter(known).for_each(&mut settle);
    } else {
        let mut sorted: Vec<_> = invoice.payments.iter().filter(known).collect();
        sorted.sort_by_key(|p| p.date);
        sorted.into_iter().for_each(&mut settle);
    }
    let until = paid_on.unwrap_or(ctx.today);
    Some(Cycle {
        id,
        due: invoice.due,
        days_late: Ctx::days(invoice.due, until),
        paid_on,
        outstanding: invoice.amount.saturating_sub(paid).max(Cents::ZERO),
        amount: invoice.amount,
    })
}

/// How much an invoice weighs by its size: against the retainer or project price when the
/// contract has one (an invoice twice the retainer weighs double, within ½–2×). With an hourly
/// rate or no price there is no "usual" invoice, so every invoice weighs the same. The weight
/// depends on the invoice and the contract only, never on the other invoices, so that logging
/// one more invoice cannot make the others count less.
fn size_factor(amount: Cents, pricing: Pricing) -> f64 {
    match pricing {
        Pricing::Retainer(usual) | Pricing::Project(usual) if usual.0 > 0 => {
            (amount.0 as f64 / usual.0 as f64).clamp(0.5, 2.0)
        }
        _ => 1.0,
    }
}

pub(crate) fn evidence(ctx: &Ctx) -> Raw {
    let grace = i64::from(ctx.th.grace_days);
    let pricing = ctx.client.contract.pricing;
    let mut cycles: Vec<Cycle> = ctx
        .entries()
        .filter_map(|e| match &e.body {
            EntryBody::Invoice(i) => cycle(ctx, e.id, i),
            _ => None,
        })
        .collect();
    cycles.sort_by_key(|c| (c.due, c.id));

    let mut evidence = Vec::new();
    let mut summary = Summary {
        due: cycles.len() as u32,
        ..Summary::default()
    };
    let mut previous: Option<i64> = None;
    let mut oldest_unpaid_due: Option<NaiveDate> = None;
    for c in &cycles {
        let late_by = c.days_late - grace;
        let later_than_before = previous.is_some_and(|p| c.days_late > p + DRIFT_STEP_DAYS);
        previous = Some(c.days_late);
        summary.worst_days_late = summary.worst_days_late.max(c.days_late);
        if late_by <= 0 {
            continue;
        }
        summary.late += 1;
        let base = (late_by as f64 * POINTS_PER_LATE_DAY).min(MAX_LATE_POINTS)
            * size_factor(c.amount, pricing);
        match c.paid_on {
            Some(paid_on) => evidence.extend(ctx.evidence_arising(
                Some(c.id),
                paid_on,
                c.due,
                base,
                Reason::PaidLate {
                    days: c.days_late,
                    later_than_before,
                },
                false,
            )),
            None => {
                summary.overdue = summary.overdue.saturating_add(c.outstanding);
                oldest_unpaid_due = Some(oldest_unpaid_due.map_or(c.due, |d| d.min(c.due)));
                evidence.extend(ctx.evidence(
                    Some(c.id),
                    c.due,
                    base + UNPAID_POINTS * size_factor(c.outstanding, pricing),
                    Reason::Unpaid {
                        days: c.days_late,
                        outstanding: c.outstanding,
                    },
                    true,
                ));
            }
        }
    }
    summary.oldest_overdue_days = oldest_unpaid_due.map(|d| Ctx::days(d, ctx.today));
    summary.median_days_late = median(&mut cycles.iter().map(|c| c.days_late).collect::<Vec<_>>());
    if let Some(drift) = drift(ctx, &cycles) {
        summary.drifting = true;
        evidence.push(drift);
    }

    if let Some(since) = oldest_unpaid_due {
        evidence.extend(work_while_unpaid(ctx, since));
    }
    for e in ctx.entries() {
        if let EntryBody::Incident(i) = &e.body
            && i.kind == IncidentKind::PromiseToPayLater
        {
            evidence.extend(ctx.evidence(
                Some(e.id),
                i.date,
                PROMISE_TO_PAY_LATER_POINTS,
                Reason::Incident(i.kind),
                false,
            ));
        }
    }
    Raw {
        evidence,
        summary: super::Summary::NonPaying(summary),
    }
}

/// The drift: cycles paid later and later. Measured as the longest run of invoices, in due-date
/// order though not necessarily adjacent, each paid more than `DRIFT_STEP_DAYS` later than the
/// one before and, after the first, beyond the grace days. "Not necessarily adjacent" makes one
/// on-time month in a slide not hide the slide, and it makes the measure monotone: logging
/// another late invoice can lengthen a run, never break one. Of all runs, the one that weighs
/// most (length against the recency of its last invoice) is the evidence.
fn drift(ctx: &Ctx, cycles: &[Cycle]) -> Option<Evidence> {
    let grace = i64::from(ctx.th.grace_days);
    let mut run: Vec<(u32, i64)> = Vec::with_capacity(cycles.len());
    let mut best: Option<(f64, usize, u32, i64)> = None;
    for (i, c) in cycles.iter().enumerate() {
        let mut len = 1_u32;
        let mut from = c.days_late;
        if c.days_late > grace {
            for (j, earlier) in cycles[..i].iter().enumerate() {
                if c.days_late > earlier.days_late + DRIFT_STEP_DAYS && run[j].0 + 1 > len {
                    len = run[j].0 + 1;
                    from = run[j].1;
                }
            }
        }
        run.push((len, from));
        let rises = len - 1;
        if rises >= MIN_DRIFT_CYCLES {
            let date = c.paid_on.unwrap_or(c.due);
            let (factor, _) = ctx.weight(date, c.due, c.paid_on.is_none());
            let value = (f64::from(rises) * DRIFT_POINTS_PER_CYCLE).min(MAX_DRIFT_POINTS) * factor;
            if best.is_none_or(|(v, ..)| value > v) {
                best = Some((value, i, rises, from));
            }
        }
    }
    let (_, i, rises, from_days) = best?;
    let last = &cycles[i];
    ctx.evidence_arising(
        Some(last.id),
        last.paid_on.unwrap_or(last.due),
        last.due,
        (f64::from(rises) * DRIFT_POINTS_PER_CYCLE).min(MAX_DRIFT_POINTS),
        Reason::Drift {
            cycles: rises,
            from_days,
            to_days: last.days_late,
        },
        last.paid_on.is_none(),
    )
}

/// Work logged after an invoice fell overdue (and it is still unpaid).
fn work_while_unpaid(ctx: &Ctx, since: NaiveDate) -> Option<Evidence> {
    let mut duration = Minutes(0);
    let mut entries = 0_u32;
    let mut last = None;
    for e in ctx.entries() {
        if let EntryBody::Work(w) = &e.body
            && w.date > since
        {
            duration = Minutes(duration.0.saturating_add(w.duration.0));
            entries += 1;
            if last.is_none_or(|(d, _)| w.date >= d) {
                last = Some((w.date, e.id));
            }
        }
    }
    let (date, id) = last?;
    let extra =
        (duration.hours_f64() * WORK_WHILE_UNPAID_PER_HOUR).min(MAX_WORK_WHILE_UNPAID_EXTRA);
    ctx.evidence(
        Some(id),
        date,
        WORK_WHILE_UNPAID_POINTS + extra,
        Reason::WorkWhileUnpaid { duration, entries },
        true,
    )
}
