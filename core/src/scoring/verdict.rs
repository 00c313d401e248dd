//! The overall verdict: healthy, watch, act or walk away, the pattern that drives it, whether
//! there is enough history to judge, and whether the client is going through a hard time.

use chrono::{Days, NaiveDate};

use super::{Band, Ctx, Pattern, PatternScore};
use crate::model::{Client, EntryKind};

/// Less history than this, or fewer events than `MIN_EVENTS`, is too little to judge a client.
const MIN_HISTORY_DAYS: i64 = 30;
const MIN_EVENTS: usize = 3;
/// With too little evidence, scores stay below the "act" band and the verdict at "watch".
pub(crate) const LOW_CONFIDENCE_CEILING: u8 = 49;
/// A hard time that ended less than this long ago still calls for the extra-mile path.
const HARD_TIME_AFTERGLOW_DAYS: u64 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    Enough,
    /// Only `days` of history and `events` scored events.
    Low {
        days: i64,
        events: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub level: Band,
    /// The pattern with the highest score, unless the client is healthy.
    pub driver: Option<Pattern>,
    pub confidence: Confidence,
    /// The client is in (or just out of) a declared hard time: the advice is the extra-mile
    /// path, and the verdict stops short of parting.
    pub extra_mile: bool,
}

/// Whether the log says enough to judge, as of each of `days`: enough days between its first
/// entry and that day, and enough events of the kinds the patterns are scored from. One pass
/// serves both the day scored and the day its trend compares with.
pub(crate) fn confidences(client: &Client, days: [NaiveDate; 2]) -> [Confidence; 2] {
    let mut first = [None::<NaiveDate>; 2];
    let mut events = [0_usize; 2];
    for e in client.entries() {
        let date = e.date();
        let scored = matches!(
            e.kind(),
            EntryKind::Request | EntryKind::Approval | EntryKind::Invoice | EntryKind::Incident
        );
        for i in 0..2 {
            if date <= days[i] {
                first[i] = Some(first[i].map_or(date, |f| f.min(date)));
                events[i] += usize::from(scored);
            }
        }
    }
    [0, 1].map(|i| {
        let span = first[i].map_or(0, |f| Ctx::days(f, days[i]));
        if span < MIN_HISTORY_DAYS || events[i] < MIN_EVENTS {
            Confidence::Low {
                days: span,
                events: events[i],
            }
        } else {
            Confidence::Enough
        }
    })
}

pub(crate) fn verdict(ctx: &Ctx, patterns: &[PatternScore; 3], confidence: Confidence) -> Verdict {
    // The worst band of any one pattern is the verdict: a client who never pays is not redeemed
    // by answering quickly.
    let worst = patterns
        .iter()
        .max_by_key(|p| (p.score, std::cmp::Reverse(p.pattern)))
        .map(|p| (p.band, p.pattern));
    let (mut level, pattern) = worst.unwrap_or((Band::Healthy, Pattern::NonPaying));
    let afterglow = ctx
        .today
        .checked_sub_days(Days::new(HARD_TIME_AFTERGLOW_DAYS))
        .unwrap_or(ctx.today);
    let extra_mile = ctx
        .client
        .hard_times
        .iter()
        .any(|h| h.start <= ctx.today && h.end.is_none_or(|end| end >= afterglow));
    if extra_mile || matches!(confidence, Confidence::Low { .. }) {
        level = level.min(Band::Watch);
    }
    Verdict {
        level,
        driver: (level > Band::Healthy).then_some(pattern),
        confidence,
        extra_mile,
    }
}
