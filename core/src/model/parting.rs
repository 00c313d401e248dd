//! Parting ways with a client: the offboarding checklist that persists with the client while the
//! relationship ends, from the source material's advice on parting well.
//!
//! The checklist holds what the user ticked; what the app can work out (the notice end date, the
//! accounts still to hand over, whether money is owed) is computed from the client.

use chrono::{Days, NaiveDate};

use super::client::Client;
use super::money::Cents;

/// Take emotion out of it: decide after a few days, unless the problem keeps recurring.
pub const COOL_OFF_DAYS: u64 = 3;

/// The one reason given to the client. The source material: keep it short, one reason is
/// enough, every extra detail invites an argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartingReason {
    /// "…because of your failure to pay invoices on time."
    Payment,
    /// "…because of your failure to answer in time for the work to move forward."
    Responsiveness,
    /// "…because of your failure to let me do the agreed work without approving every step."
    Control,
    /// "I no longer think my services fit your needs."
    Fit,
    /// The user's own words, completing "…because of your failure to".
    Custom(String),
}

/// The items of the checklist the user ticks. (Notice and hand-over are recorded with their
/// details, see `Parting`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    /// Waited a few days before deciding (or the problem keeps recurring).
    CoolOff,
    /// Contract reviewed line by line for loose ends, or the documents that defined the scope
    /// gathered when there is no contract.
    ContractReviewed,
    /// Every obligation met, and everything already paid for delivered.
    PaidWorkDelivered,
    /// Money still owed is settled, or the damage limited (e.g. waiting for payment before
    /// announcing the end).
    MoneyOwed,
    /// Told in person or by phone, not by going silent.
    Conversation,
    /// Alternatives suggested: a colleague, or the kind of provider who fits better.
    Alternatives,
    /// The final report of the work done sent.
    FinalReport,
}

impl Check {
    pub const ALL: [Check; 7] = [
        Check::CoolOff,
        Check::ContractReviewed,
        Check::PaidWorkDelivered,
        Check::MoneyOwed,
        Check::Conversation,
        Check::Alternatives,
        Check::FinalReport,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parting {
    pub started: NaiveDate,
    pub reason: PartingReason,
    /// Suggest alternatives, unless the client was abusive.
    pub offer_alternatives: bool,
    /// A named colleague to suggest (optional).
    pub colleague: String,
    /// The kind of provider who would fit better ("a full-service agency").
    pub provider_kind: String,
    /// The ticked items, sorted and without repeats.
    pub checked: Vec<Check>,
    /// When notice was given; the notice period runs from here.
    pub notice_given: Option<NaiveDate>,
    /// The managed accounts whose full access has been handed over.
    pub handed_over: Vec<String>,
}

impl Parting {
    pub fn new(started: NaiveDate, reason: PartingReason) -> Parting {
        Parting {
            started,
            reason,
            offer_alternatives: true,
            colleague: String::new(),
            provider_kind: String::new(),
            checked: Vec::new(),
            notice_given: None,
            handed_over: Vec::new(),
        }
    }

    pub fn is_checked(&self, check: Check) -> bool {
        self.checked.binary_search(&check).is_ok()
    }

    pub fn set(&mut self, check: Check, done: bool) {
        match (self.checked.binary_search(&check), done) {
            (Err(at), true) => self.checked.insert(at, check),
            (Ok(at), false) => {
                self.checked.remove(at);
            }
            _ => {}
        }
    }

    pub fn set_handed_over(&mut self, account: &str, done: bool) {
        self.handed_over.retain(|a| a != account);
        if done {
            self.handed_over.push(account.to_owned());
        }
    }

    /// The day the cool-off ends.
    pub fn cool_off_until(&self) -> NaiveDate {
        self.started
            .checked_add_days(Days::new(COOL_OFF_DAYS))
            .unwrap_or(self.started)
    }

    /// The last day of the notice period, once notice is given.
    pub fn notice_end(&self, notice_days: u16) -> Option<NaiveDate> {
        self.notice_given
            .and_then(|d| d.checked_add_days(Days::new(u64::from(notice_days))))
    }

    /// The client's managed accounts not yet handed over.
    pub fn accounts_left<'a>(&self, client: &'a Client) -> Vec<&'a str> {
        client
            .contract
            .accounts
            .iter()
            .filter(|a| !self.handed_over.iter().any(|h| h == *a))
            .map(String::as_str)
            .collect()
    }

    /// Whether every item is done: each tick, the notice, every account handed over.
    /// Alternatives are not owed to an abusive client.
    pub fn is_complete(&self, client: &Client) -> bool {
        let (done, of) = self.progress(client);
        done == of
    }

    /// How many of the checklist's items are done, of how many: each tick (alternatives count
    /// as done when none are offered), the notice, and the hand-over of every account.
    pub fn progress(&self, client: &Client) -> (usize, usize) {
        let ticks = Check::ALL
            .iter()
            .filter(|c| {
                self.is_checked(**c) || (**c == Check::Alternatives && !self.offer_alternatives)
            })
            .count();
        let done = ticks
            + usize::from(self.notice_given.is_some())
            + usize::from(self.accounts_left(client).is_empty());
        (done, Check::ALL.len() + 2)
    }
}

impl Client {
    /// Money the client still owes on invoices issued up to `today`, due or not.
    pub fn owed(&self, today: NaiveDate) -> Cents {
        self.entries()
            .iter()
            .filter_map(|e| match &e.body {
                super::EntryBody::Invoice(i) if i.issued <= today => Some(i.outstanding()),
                _ => None,
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClientId;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).expect("valid")
    }

    #[test]
    fn the_checklist_is_complete_only_when_everything_is_done() {
        let mut client = Client::new(ClientId(1), "Tom");
        client.contract.accounts = vec!["Instagram".into(), "Website".into()];
        let mut p = Parting::new(d(2), PartingReason::Payment);
        for c in Check::ALL {
            p.set(c, true);
        }
        p.set(Check::CoolOff, true);
        assert_eq!(p.checked.len(), Check::ALL.len(), "no repeats");
        assert!(!p.is_complete(&client), "notice and hand-over missing");
        assert_eq!(p.progress(&client), (7, 9));
        p.notice_given = Some(d(5));
        p.set_handed_over("Instagram", true);
        assert_eq!(p.accounts_left(&client), ["Website"]);
        assert!(!p.is_complete(&client));
        p.set_handed_over("Website", true);
        assert!(p.is_complete(&client));
        p.set(Check::Alternatives, false);
        assert!(!p.is_complete(&client));
        p.offer_alternatives = false;
        assert!(
            p.is_complete(&client),
            "no alternatives owed to an abusive client"
        );
        assert_eq!(p.notice_end(30), Some(d(5) + chrono::Duration::days(30)));
        assert_eq!(p.cool_off_until(), d(5));
    }
}
