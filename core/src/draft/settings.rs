//! The settings forms: who the user is, and the scoring thresholds.

use super::{Field, FieldErrors, text, whole_number};
use crate::model::reminder::BackupReminder;
use crate::model::{Settings, Thresholds};

/// The "about you" form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileDraft {
    pub owner_name: String,
    pub business: String,
}

impl ProfileDraft {
    pub fn from_settings(settings: &Settings) -> ProfileDraft {
        ProfileDraft {
            owner_name: settings.owner_name.clone(),
            business: settings.business.clone(),
        }
    }

    /// Writes the form into `settings`, or returns every problem.
    pub fn apply_to(&self, settings: &mut Settings) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let owner = errors.check(Field::OwnerName, text(&self.owner_name));
        let business = errors.check(Field::Business, text(&self.business));
        match (owner, business) {
            (Some(owner), Some(business)) if errors.is_empty() => {
                settings.owner_name = owner;
                settings.business = business;
                Ok(())
            }
            _ => Err(errors),
        }
    }
}

/// The scoring thresholds form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThresholdsDraft {
    pub slow_answer_days: String,
    pub grace_days: String,
    pub slow_approval_days: String,
    pub half_life_days: String,
}

/// Beyond two months a "slow" answer or a grace period means nothing is ever late.
const MAX_DAYS: u32 = 60;
/// A half-life shorter than a week forgets last month; longer than two years never forgets.
const HALF_LIFE: (u32, u32) = (7, 730);

impl ThresholdsDraft {
    pub fn from_thresholds(t: &Thresholds) -> ThresholdsDraft {
        ThresholdsDraft {
            slow_answer_days: t.slow_answer_days.to_string(),
            grace_days: t.grace_days.to_string(),
            slow_approval_days: t.slow_approval_days.to_string(),
            half_life_days: t.half_life_days.to_string(),
        }
    }

    pub fn validate(&self) -> Result<Thresholds, FieldErrors> {
        let mut errors = FieldErrors::default();
        let answer = errors.check(
            Field::SlowAnswerDays,
            whole_number(&self.slow_answer_days, 0, MAX_DAYS),
        );
        let grace = errors.check(
            Field::GraceDays,
            whole_number(&self.grace_days, 0, MAX_DAYS),
        );
        let approval = errors.check(
            Field::SlowApprovalDays,
            whole_number(&self.slow_approval_days, 0, MAX_DAYS),
        );
        let half_life = errors.check(
            Field::HalfLifeDays,
            whole_number(&self.half_life_days, HALF_LIFE.0, HALF_LIFE.1),
        );
        match (answer, grace, approval, half_life) {
            (Some(a), Some(g), Some(p), Some(h)) => Ok(Thresholds {
                slow_answer_days: a as u16,
                grace_days: g as u16,
                slow_approval_days: p as u16,
                half_life_days: h as u16,
            }),
            _ => Err(errors),
        }
    }
}

/// The backup reminder form: how many changes, how many days (0 turns either off).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReminderDraft {
    pub every_changes: String,
    pub every_days: String,
}

/// More than a thousand changes or a year between backups is no reminder at all.
const MAX_REMINDER: (u32, u32) = (1000, 365);

impl ReminderDraft {
    pub fn from_reminder(r: &BackupReminder) -> ReminderDraft {
        ReminderDraft {
            every_changes: r.every_changes.to_string(),
            every_days: r.every_days.to_string(),
        }
    }

    /// The two periods, `(changes, days)`.
    pub fn validate(&self) -> Result<(u16, u16), FieldErrors> {
        let mut errors = FieldErrors::default();
        let changes = errors.check(
            Field::ReminderChanges,
            whole_number(&self.every_changes, 0, MAX_REMINDER.0),
        );
        let days = errors.check(
            Field::ReminderDays,
            whole_number(&self.every_days, 0, MAX_REMINDER.1),
        );
        match (changes, days) {
            (Some(c), Some(d)) => Ok((c as u16, d as u16)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Problem;

    #[test]
    fn thresholds_round_trip_and_stay_in_range() {
        let draft = ThresholdsDraft::from_thresholds(&Thresholds::DEFAULT);
        assert_eq!(draft.validate(), Ok(Thresholds::DEFAULT));
        let bad = ThresholdsDraft {
            half_life_days: "3".into(),
            grace_days: "-1".into(),
            ..draft
        };
        let errors = bad.validate().expect_err("out of range");
        assert_eq!(
            errors.for_field(Field::HalfLifeDays),
            Some(Problem::OutOfRange { min: 7, max: 730 })
        );
        assert_eq!(errors.for_field(Field::GraceDays), Some(Problem::Negative));
    }

    #[test]
    fn reminder_periods_may_be_off_but_not_absurd() {
        let draft = ReminderDraft::from_reminder(&BackupReminder::default());
        assert_eq!(draft.validate(), Ok((20, 14)));
        let off = ReminderDraft {
            every_changes: "0".into(),
            every_days: "0".into(),
        };
        assert_eq!(off.validate(), Ok((0, 0)));
        let absurd = ReminderDraft {
            every_changes: "5000".into(),
            every_days: "x".into(),
        };
        let errors = absurd.validate().expect_err("refused");
        assert_eq!(
            errors.for_field(Field::ReminderChanges),
            Some(Problem::OutOfRange { min: 0, max: 1000 })
        );
        assert!(errors.for_field(Field::ReminderDays).is_some());
    }
}
