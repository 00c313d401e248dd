//! The client form: who the client is, the contract terms, status, notes and hard-time periods.

use super::{
    Field, FieldErrors, Problem, amount, date, date_for_input, nonzero, optional_date,
    required_text, text, whole_number,
};
use crate::i18n::Lang;
use crate::model::money::amount_for_input;
use crate::model::{
    Client, ClientId, Contract, Currency, DEFAULT_INCLUDED_REVISIONS, DEFAULT_NOTICE_DAYS,
    DEFAULT_PAYMENT_DAYS, HardTime, PaymentTerms, Pricing, Status,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TermsKind {
    #[default]
    DaysAfterInvoice,
    DayOfMonth,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PricingKind {
    #[default]
    None,
    Retainer,
    Hourly,
    Project,
}

impl PricingKind {
    pub const ALL: [PricingKind; 4] = [
        PricingKind::None,
        PricingKind::Retainer,
        PricingKind::Hourly,
        PricingKind::Project,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HardTimeDraft {
    pub start: String,
    pub end: String,
    pub note: String,
}

/// The client form as typed. Both payment-term inputs are kept so that switching the kind back
/// and forth does not lose what was typed in the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientDraft {
    pub name: String,
    pub company: String,
    pub contact: String,
    pub currency: String,
    pub terms: TermsKind,
    pub payment_days: String,
    pub payment_day_of_month: String,
    pub notice_days: String,
    pub included_revisions: String,
    pub pricing: PricingKind,
    pub pricing_amount: String,
    pub scope: String,
    /// The managed accounts, one per line.
    pub accounts: String,
    pub started: String,
    pub status: Status,
    pub notes: String,
    pub hard_times: Vec<HardTimeDraft>,
    /// The language of what they read; `None`: the language of the user's screen.
    pub language: Option<Lang>,
}

impl Default for ClientDraft {
    fn default() -> Self {
        ClientDraft {
            name: String::new(),
            company: String::new(),
            contact: String::new(),
            currency: Currency::default().to_string(),
            terms: TermsKind::DaysAfterInvoice,
            payment_days: DEFAULT_PAYMENT_DAYS.to_string(),
            payment_day_of_month: "1".into(),
            notice_days: DEFAULT_NOTICE_DAYS.to_string(),
            included_revisions: DEFAULT_INCLUDED_REVISIONS.to_string(),
            pricing: PricingKind::None,
            pricing_amount: String::new(),
            scope: String::new(),
            accounts: String::new(),
            started: String::new(),
            status: Status::Active,
            notes: String::new(),
            hard_times: Vec::new(),
            language: None,
        }
    }
}

impl ClientDraft {
    /// The same form with its amount written the way `lang` writes numbers (`1500,00`).
    pub fn localised(mut self, lang: Lang) -> ClientDraft {
        self.pricing_amount = crate::i18n::locale::for_input(lang, &self.pricing_amount);
        self
    }

    /// The form filled from an existing client, for editing.
    pub fn from_client(client: &Client) -> ClientDraft {
        let c = &client.contract;
        let defaults = ClientDraft::default();
        let (terms, payment_days, payment_day_of_month) = match c.payment_terms {
            PaymentTerms::DaysAfterInvoice(days) => (
                TermsKind::DaysAfterInvoice,
                days.to_string(),
                defaults.payment_day_of_month,
            ),
            PaymentTerms::DayOfMonth(day) => (
                TermsKind::DayOfMonth,
                defaults.payment_days,
                day.to_string(),
            ),
        };
        let (pricing, pricing_amount) = match c.pricing {
            Pricing::None => (PricingKind::None, String::new()),
            Pricing::Retainer(a) => (PricingKind::Retainer, amount_for_input(a, client.currency)),
            Pricing::Hourly(a) => (PricingKind::Hourly, amount_for_input(a, client.currency)),
            Pricing::Project(a) => (PricingKind::Project, amount_for_input(a, client.currency)),
        };
        ClientDraft {
            name: client.name.clone(),
            company: client.company.clone(),
            contact: client.contact.clone(),
            currency: client.currency.to_string(),
            terms,
            payment_days,
            payment_day_of_month,
            notice_days: c.notice_days.to_string(),
            included_revisions: c.included_revisions.to_string(),
            pricing,
            pricing_amount,
            scope: c.scope.clone(),
            accounts: c.accounts.join("\n"),
            started: c.started.map(date_for_input).unwrap_or_default(),
            status: client.status,
            notes: client.notes.clone(),
            hard_times: client
                .hard_times
                .iter()
                .map(|h| HardTimeDraft {
                    start: date_for_input(h.start),
                    end: h.end.map(date_for_input).unwrap_or_default(),
                    note: h.note.clone(),
                })
                .collect(),
            language: client.language,
        }
    }

    /// Validates the form and writes it into `client`, leaving its id and log untouched. On
    /// error `client` is unchanged and every problem found is returned.
    pub fn apply_to(&self, client: &mut Client) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.check(Field::Name, required_text(&self.name));
        let company = errors.check(Field::Company, text(&self.company));
        let contact = errors.check(Field::Contact, text(&self.contact));
        let currency = errors.check(
            Field::Currency,
            self.currency
                .parse::<Currency>()
                .map_err(|_| Problem::NotACurrency),
        );
        let payment_terms = match self.terms {
            TermsKind::DaysAfterInvoice => errors
                .check(Field::PaymentDays, whole_number(&self.payment_days, 0, 365))
                .map(|d| PaymentTerms::DaysAfterInvoice(d as u16)),
            TermsKind::DayOfMonth => errors
                .check(
                    Field::PaymentDayOfMonth,
                    whole_number(&self.payment_day_of_month, 1, 31),
                )
                .map(|d| PaymentTerms::DayOfMonth(d as u8)),
        };
        let notice_days = errors.check(Field::NoticeDays, whole_number(&self.notice_days, 0, 365));
        let included_revisions = errors.check(
            Field::IncludedRevisions,
            whole_number(&self.included_revisions, 0, 100),
        );
        let pricing = match (self.pricing, currency) {
            (PricingKind::None, _) => Some(Pricing::None),
            (_, None) => None,
            (kind, Some(currency)) => errors
                .check(
                    Field::PricingAmount,
                    amount(&self.pricing_amount, currency).and_then(nonzero),
                )
                .map(|a| match kind {
                    PricingKind::Retainer => Pricing::Retainer(a),
                    PricingKind::Hourly => Pricing::Hourly(a),
                    _ => Pricing::Project(a),
                }),
        };
        let scope = errors.check(Field::Scope, text(&self.scope));
        let accounts = errors
            .check(Field::Accounts, text(&self.accounts))
            .map(|all| {
                all.lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            });
        let started = errors.check(Field::Started, optional_date(&self.started));
        let notes = errors.check(Field::Notes, text(&self.notes));
        let hard_times = self.hard_times(&mut errors);

        if !errors.is_empty() {
            return Err(errors);
        }
        // Every `check` above succeeded, so every value is present.
        let (
            Some(name),
            Some(company),
            Some(contact),
            Some(currency),
            Some(payment_terms),
            Some(notice_days),
            Some(included_revisions),
            Some(pricing),
            Some(scope),
            Some(accounts),
            Some(started),
            Some(notes),
        ) = (
            name,
            company,
            contact,
            currency,
            payment_terms,
            notice_days,
            included_revisions,
            pricing,
            scope,
            accounts,
            started,
            notes,
        )
        else {
            return Err(errors);
        };
        client.name = name;
        client.company = company;
        client.contact = contact;
        client.currency = currency;
        client.contract = Contract {
            payment_terms,
            notice_days: notice_days as u16,
            included_revisions: included_revisions as u16,
            pricing,
            scope,
            accounts,
            started,
        };
        client.status = self.status;
        client.notes = notes;
        client.hard_times = hard_times;
        client.language = self.language;
        Ok(())
    }

    /// Builds a new client with id `id` from the form.
    pub fn build(&self, id: ClientId) -> Result<Client, FieldErrors> {
        let mut client = Client::new(id, "");
        self.apply_to(&mut client)?;
        Ok(client)
    }

    fn hard_times(&self, errors: &mut FieldErrors) -> Vec<HardTime> {
        let mut periods = Vec::new();
        for (i, draft) in self.hard_times.iter().enumerate() {
            // A row left entirely blank is a row the user added and did not fill: ignore it.
            if draft.start.trim().is_empty()
                && draft.end.trim().is_empty()
                && draft.note.trim().is_empty()
            {
                continue;
            }
            let start = errors.check(Field::HardTimeStart(i), date(&draft.start));
            let end = errors.check(Field::HardTimeEnd(i), optional_date(&draft.end));
            let note = errors.check(Field::HardTimeNote(i), text(&draft.note));
            if let (Some(start), Some(end), Some(note)) = (start, end, note) {
                if end.is_some_and(|end| end < start) {
                    errors.push(Field::HardTimeEnd(i), Problem::EndBeforeStart);
                } else {
                    periods.push(HardTime { start, end, note });
                }
            }
        }
        periods.sort_by_key(|h| h.start);
        periods
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Cents;
    use chrono::NaiveDate;

    fn filled() -> ClientDraft {
        ClientDraft {
            name: "  Northwind Bakery ".into(),
            company: "Northwind Ltd".into(),
            currency: "gbp".into(),
            terms: TermsKind::DayOfMonth,
            payment_day_of_month: "1".into(),
            pricing: PricingKind::Retainer,
            pricing_amount: "1,200".into(),
            accounts: "Instagram\n\n  Facebook page  \n".into(),
            hard_times: vec![
                HardTimeDraft::default(),
                HardTimeDraft {
                    start: "2026-05-01".into(),
                    end: String::new(),
                    note: "Owner ill".into(),
                },
            ],
            ..ClientDraft::default()
        }
    }

    #[test]
    fn a_filled_form_builds_a_client() {
        let client = filled().build(ClientId(7)).expect("valid form");
        assert_eq!(client.name, "Northwind Bakery");
        assert_eq!(client.currency.code(), "GBP");
        assert_eq!(client.contract.payment_terms, PaymentTerms::DayOfMonth(1));
        assert_eq!(client.contract.pricing, Pricing::Retainer(Cents(120_000)));
        assert_eq!(client.contract.accounts, ["Instagram", "Facebook page"]);
        assert_eq!(client.contract.notice_days, 30);
        assert_eq!(client.hard_times.len(), 1);
        assert_eq!(
            client.hard_times[0].start,
            NaiveDate::from_ymd_opt(2026, 5, 1).expect("valid")
        );
    }

    #[test]
    fn every_problem_is_reported_next_to_its_field() {
        let draft = ClientDraft {
            name: "   ".into(),
            currency: "euro".into(),
            notice_days: "-3".into(),
            included_revisions: "two".into(),
            pricing: PricingKind::Hourly,
            pricing_amount: "0".into(),
            hard_times: vec![HardTimeDraft {
                start: "2026-05-10".into(),
                end: "2026-05-01".into(),
                note: String::new(),
            }],
            ..ClientDraft::default()
        };
        let errors = draft.build(ClientId(1)).expect_err("invalid form");
        assert_eq!(errors.for_field(Field::Name), Some(Problem::Required));
        assert_eq!(
            errors.for_field(Field::Currency),
            Some(Problem::NotACurrency)
        );
        assert_eq!(errors.for_field(Field::NoticeDays), Some(Problem::Negative));
        assert_eq!(
            errors.for_field(Field::IncludedRevisions),
            Some(Problem::NotAWholeNumber)
        );
        assert_eq!(
            errors.for_field(Field::HardTimeEnd(0)),
            Some(Problem::EndBeforeStart)
        );
        // The amount cannot be read without a currency, so it is not blamed for the currency.
        assert_eq!(errors.for_field(Field::PricingAmount), None);
    }

    #[test]
    fn a_zero_rate_is_refused() {
        let draft = ClientDraft {
            name: "A".into(),
            pricing: PricingKind::Hourly,
            pricing_amount: "0".into(),
            ..ClientDraft::default()
        };
        let errors = draft.build(ClientId(1)).expect_err("zero rate");
        assert_eq!(
            errors.for_field(Field::PricingAmount),
            Some(Problem::ZeroAmount)
        );
    }

    #[test]
    fn editing_round_trips_through_the_form() {
        let client = filled().build(ClientId(3)).expect("valid form");
        let mut again = Client::new(ClientId(3), "");
        ClientDraft::from_client(&client)
            .apply_to(&mut again)
            .expect("a client's own form is valid");
        assert_eq!(again, client);
    }

    #[test]
    fn a_failed_edit_changes_nothing() {
        let mut client = filled().build(ClientId(3)).expect("valid form");
        let before = client.clone();
        let mut draft = ClientDraft::from_client(&client);
        draft.company = "New name".into();
        draft.notice_days = "lots".into();
        assert!(draft.apply_to(&mut client).is_err());
        assert_eq!(client, before);
    }

    #[test]
    fn a_localised_form_keeps_the_rate() {
        let mut client = Client::new(ClientId(1), "Ada");
        client.contract.pricing = crate::model::Pricing::Hourly(Cents(85_50));
        for lang in Lang::ALL {
            let draft = ClientDraft::from_client(&client).localised(lang);
            let mut back = client.clone();
            draft.apply_to(&mut back).expect("valid");
            assert_eq!(back, client, "{lang:?}: {}", draft.pricing_amount);
        }
    }
}
