//! Forms as data: what the user has typed, field by field, and the validation that turns it into
//! domain values or a list of problems, each tied to the field it belongs next to.
//!
//! The UI binds inputs to these drafts and shows the problems; it never parses a number or a date
//! itself. Stored data does not go through here (see `storage::dto_v3`): these are the rules for
//! new input, and tightening one must never make existing records unreadable.

mod client;
mod entry;
mod settings;

pub use client::{ClientDraft, HardTimeDraft, PricingKind, TermsKind};
pub use entry::{EntryDraft, PaymentDraft};
pub use settings::{ProfileDraft, ReminderDraft, ThresholdsDraft};

use chrono::NaiveDate;

use crate::model::hours::{self, HoursError, Minutes};
use crate::model::money::{self, AmountError, Cents, Currency};

/// A form field a problem is shown next to. Indexed fields belong to a row of a repeated group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Company,
    Contact,
    Currency,
    PaymentDays,
    PaymentDayOfMonth,
    NoticeDays,
    IncludedRevisions,
    PricingAmount,
    Started,
    Scope,
    Accounts,
    Notes,
    HardTimeStart(usize),
    HardTimeEnd(usize),
    HardTimeNote(usize),
    /// The entry's main date (sent, submitted, issued, or the day it happened).
    Date,
    Answered,
    Approved,
    Due,
    Topic,
    Item,
    Rounds,
    Number,
    Amount,
    PaymentDate(usize),
    PaymentAmount(usize),
    Payments,
    Hours,
    Description,
    Deliverable,
    Text,
    Note,
    OwnerName,
    Business,
    SlowAnswerDays,
    GraceDays,
    SlowApprovalDays,
    HalfLifeDays,
    ReminderChanges,
    ReminderDays,
}

/// What is wrong with a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    NotADate,
    NotANumber,
    NotAWholeNumber,
    Negative,
    TooManyDecimals,
    TooLarge,
    OutOfRange { min: u32, max: u32 },
    NotACurrency,
    HoursTooLong,
    TextTooLong,
    AnsweredBeforeSent,
    ApprovedBeforeSubmitted,
    DueBeforeIssued,
    EndBeforeStart,
    PaymentsExceedAmount,
    ZeroAmount,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// All the problems found in one form, in field order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn push(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    /// The first problem with `field`, to show next to it.
    pub fn for_field(&self, field: Field) -> Option<Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| e.problem)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Records the problem of a failed parse and passes the value on, so that one pass over a
    /// form collects every problem instead of stopping at the first.
    fn check<T>(&mut self, field: Field, parsed: Result<T, Problem>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(problem) => {
                self.push(field, problem);
                None
            }
        }
    }
}

/// The longest text accepted in one field: a long email pasted into a note fits; a file pasted by
/// mistake does not fill the storage quota.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Dates outside this range are typos (a year typed as 202) and would make date arithmetic
/// meaningless.
const YEARS: std::ops::RangeInclusive<i32> = 1970..=2200;

fn date(input: &str) -> Result<NaiveDate, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Problem::Required);
    }
    // chrono's own `YYYY-MM-DD` reader (the one stored dates use), not a format string.
    input
        .parse::<NaiveDate>()
        .ok()
        .filter(|d| YEARS.contains(&chrono::Datelike::year(d)))
        .ok_or(Problem::NotADate)
}

fn optional_date(input: &str) -> Result<Option<NaiveDate>, Problem> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        date(input).map(Some)
    }
}

fn whole_number(input: &str, min: u32, max: u32) -> Result<u32, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Problem::Required);
    }
    if input.starts_with('-') {
        return Err(Problem::Negative);
    }
    let n: u32 = input.parse().map_err(|_| {
        if input.chars().all(|c| c.is_ascii_digit()) {
            Problem::OutOfRange { min, max }
        } else {
            Problem::NotAWholeNumber
        }
    })?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(Problem::OutOfRange { min, max })
    }
}

fn amount(input: &str, currency: Currency) -> Result<Cents, Problem> {
    money::parse_amount(input, currency).map_err(|e| match e {
        AmountError::Empty => Problem::Required,
        AmountError::NotANumber => Problem::NotANumber,
        AmountError::Negative => Problem::Negative,
        AmountError::TooManyDecimals => Problem::TooManyDecimals,
        AmountError::TooLarge => Problem::TooLarge,
    })
}

/// Refuses zero: an invoice, a payment or a rate of nothing is a typo.
fn nonzero(a: Cents) -> Result<Cents, Problem> {
    if a == Cents::ZERO {
        Err(Problem::ZeroAmount)
    } else {
        Ok(a)
    }
}

fn duration(input: &str) -> Result<Minutes, Problem> {
    hours::parse_hours(input).map_err(|e| match e {
        HoursError::Empty => Problem::Required,
        HoursError::NotANumber => Problem::NotANumber,
        HoursError::Negative => Problem::Negative,
        HoursError::TooLong => Problem::HoursTooLong,
    })
}

fn text(input: &str) -> Result<String, Problem> {
    let trimmed = input.trim();
    if trimmed.chars().count() > MAX_TEXT_CHARS {
        Err(Problem::TextTooLong)
    } else {
        Ok(trimmed.to_owned())
    }
}

fn required_text(input: &str) -> Result<String, Problem> {
    let value = text(input)?;
    if value.is_empty() {
        Err(Problem::Required)
    } else {
        Ok(value)
    }
}

/// A date for a form field (`YYYY-MM-DD`, what `<input type="date">` reads and writes).
pub fn date_for_input(date: NaiveDate) -> String {
    date.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso_and_plausible() {
        assert_eq!(date(""), Err(Problem::Required));
        assert_eq!(date("2026-02-30"), Err(Problem::NotADate));
        assert_eq!(date("0202-01-01"), Err(Problem::NotADate));
        assert_eq!(date("31/01/2026"), Err(Problem::NotADate));
        assert_eq!(
            date(" 2026-01-31 "),
            Ok(NaiveDate::from_ymd_opt(2026, 1, 31).expect("valid"))
        );
        assert_eq!(optional_date("  "), Ok(None));
    }

    #[test]
    fn whole_numbers_stay_in_range() {
        assert_eq!(whole_number("30", 0, 365), Ok(30));
        assert_eq!(whole_number("-1", 0, 365), Err(Problem::Negative));
        assert_eq!(whole_number("1.5", 0, 365), Err(Problem::NotAWholeNumber));
        assert_eq!(
            whole_number("400", 0, 365),
            Err(Problem::OutOfRange { min: 0, max: 365 })
        );
        assert_eq!(
            whole_number("99999999999", 0, 365),
            Err(Problem::OutOfRange { min: 0, max: 365 })
        );
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(text("  hi "), Ok("hi".into()));
        assert_eq!(required_text("   "), Err(Problem::Required));
        assert_eq!(
            text(&"x".repeat(MAX_TEXT_CHARS + 1)),
            Err(Problem::TextTooLong)
        );
    }
}
