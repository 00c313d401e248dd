//! The gentle reminder to download a backup: after a number of changes or days since the last
//! backup taken in this browser. It belongs to the browser, not to the record, so it is stored on
//! its own and never travels in a backup.

use chrono::NaiveDate;

/// Twenty saved changes or two weeks: often enough that a lost browser profile costs little,
/// rarely enough not to nag.
pub const DEFAULT_EVERY_CHANGES: u16 = 20;
pub const DEFAULT_EVERY_DAYS: u16 = 14;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupReminder {
    /// Remind after this many saved changes since the last backup; 0 never does.
    pub every_changes: u16,
    /// Remind after this many days since the last backup; 0 never does.
    pub every_days: u16,
    pub last_backup: Option<NaiveDate>,
    /// Changes saved since the last backup.
    pub changes_since: u32,
    /// The first day a change was saved since the last backup (days count from here when no
    /// backup was ever taken).
    pub first_change: Option<NaiveDate>,
    /// When the user last put the reminder off, and how many changes there were then: it stays
    /// quiet until another period (in changes or days) has passed.
    pub snoozed: Option<(NaiveDate, u32)>,
}

impl Default for BackupReminder {
    fn default() -> Self {
        BackupReminder {
            every_changes: DEFAULT_EVERY_CHANGES,
            every_days: DEFAULT_EVERY_DAYS,
            last_backup: None,
            changes_since: 0,
            first_change: None,
            snoozed: None,
        }
    }
}

/// Why the reminder shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    pub changes: u32,
    /// Days since the last backup, when there was one.
    pub days_since_backup: Option<i64>,
}

impl BackupReminder {
    pub fn record_change(&mut self, today: NaiveDate) {
        self.changes_since = self.changes_since.saturating_add(1);
        self.first_change.get_or_insert(today);
    }

    pub fn record_backup(&mut self, today: NaiveDate) {
        self.last_backup = Some(today);
        self.changes_since = 0;
        self.first_change = None;
        self.snoozed = None;
    }

    pub fn snooze(&mut self, today: NaiveDate) {
        self.snoozed = Some((today, self.changes_since));
    }

    /// Whether a period has passed: `changes` changes or `days` days.
    fn period_passed(&self, changes: u32, days: i64) -> bool {
        (self.every_changes > 0 && changes >= u32::from(self.every_changes))
            || (self.every_days > 0 && days >= i64::from(self.every_days))
    }

    /// Whether to remind today. Nothing changed since the last backup means nothing to remind of.
    pub fn due(&self, today: NaiveDate) -> Option<Due> {
        if self.changes_since == 0 {
            return None;
        }
        let since = self.last_backup.or(self.first_change)?;
        if !self.period_passed(self.changes_since, (today - since).num_days()) {
            return None;
        }
        if let Some((on, changes)) = self.snoozed {
            let more = self.changes_since.saturating_sub(changes);
            if !self.period_passed(more, (today - on).num_days()) {
                return None;
            }
        }
        Some(Due {
            changes: self.changes_since,
            days_since_backup: self.last_backup.map(|d| (today - d).num_days()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, day).expect("valid")
    }

    #[test]
    fn reminds_after_enough_changes_or_days_and_stays_quiet_after_a_snooze() {
        let mut r = BackupReminder {
            every_changes: 3,
            every_days: 10,
            ..BackupReminder::default()
        };
        assert_eq!(r.due(d(1)), None, "nothing to back up yet");
        r.record_change(d(1));
        r.record_change(d(1));
        assert_eq!(r.due(d(1)), None);
        r.record_change(d(2));
        assert_eq!(
            r.due(d(2)),
            Some(Due {
                changes: 3,
                days_since_backup: None
            })
        );
        r.snooze(d(2));
        assert_eq!(r.due(d(3)), None, "put off");
        r.record_change(d(3));
        r.record_change(d(3));
        assert_eq!(r.due(d(3)), None);
        r.record_change(d(3));
        assert!(r.due(d(3)).is_some(), "three more changes");
        r.record_backup(d(4));
        assert_eq!(r.due(d(30)), None, "nothing changed since the backup");
        r.record_change(d(5));
        assert_eq!(
            r.due(d(14)),
            Some(Due {
                changes: 1,
                days_since_backup: Some(10)
            }),
            "ten days since the backup"
        );
        r.every_days = 0;
        r.every_changes = 0;
        assert_eq!(r.due(d(31)), None, "turned off");
    }
}
