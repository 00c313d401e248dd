//! Version 2 of the stored format (version 1 plus the optional import provenance of a client):
//! plain serde structs, the contract with every byte already in a user's browser and every backup
//! file already on their disk. Older versions are brought here by `migrate.rs` on untyped JSON.
//!
//! Never edit a released version's shape. A change is a new version: these structs change, a
//! step in `migrate.rs` brings the previous version's JSON to the new shape, and the version
//! number goes up.
//!
//! Converting a DTO into a domain type checks what the types cannot: a valid currency code,
//! amounts that are not negative, entry ids that are unique. Form rules (a due date after the
//! issue date, …) are deliberately not re-checked here: a record that was once accepted must stay
//! readable even if a form rule is tightened later.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod entry;
mod parting;

pub use entry::{EntryDto, IncidentKindDto, InterventionKindDto, PaymentDto};
pub use parting::PartingDto;

use crate::i18n::Lang;
use crate::model::reminder::BackupReminder;
use crate::model::{
    Added, Cents, Client, ClientId, Contract, Currency, EntryId, HardTime, Imported, PaymentTerms,
    Pricing, Settings, Status, Thresholds,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClientDto {
    pub id: u32,
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub contact: String,
    pub currency: String,
    pub contract: ContractDto,
    pub status: StatusDto,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub hard_times: Vec<HardTimeDto>,
    pub next_entry_id: u32,
    pub entries: Vec<EntryDto>,
    /// Present while (and after) parting ways.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parting: Option<PartingDto>,
    /// Since version 2: what came from imports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imported: Vec<ImportedDto>,
    /// Since version 2: the import that created this client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_import: Option<u32>,
    /// Since version 3: the language of what the client reads (`en`, `hy`, `fi`, `hr`, `hu`);
    /// absent when it follows the user's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// One thing an import added (`model::Imported`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportedDto {
    pub import: u32,
    pub fingerprint: String,
    /// The entry the row became, or the invoice a payment was added to.
    pub entry: u32,
    /// For a payment added to an invoice: its date and amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentDto>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContractDto {
    pub payment_terms: PaymentTermsDto,
    pub notice_days: u16,
    pub included_revisions: u16,
    pub pricing: PricingDto,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub accounts: Vec<String>,
    #[serde(default)]
    pub started: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PaymentTermsDto {
    DaysAfterInvoice { days: u16 },
    DayOfMonth { day: u8 },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PricingDto {
    None,
    Retainer { amount: i64 },
    Hourly { amount: i64 },
    Project { amount: i64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusDto {
    Active,
    Paused,
    Parting,
    Former,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HardTimeDto {
    pub start: NaiveDate,
    #[serde(default)]
    pub end: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SettingsDto {
    #[serde(default)]
    pub owner_name: String,
    #[serde(default)]
    pub business: String,
    /// Missing in a hand-written backup: the defaults apply.
    #[serde(default)]
    pub thresholds: ThresholdsDto,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThresholdsDto {
    pub slow_answer_days: u16,
    pub grace_days: u16,
    pub slow_approval_days: u16,
    pub half_life_days: u16,
}

impl Default for ThresholdsDto {
    fn default() -> Self {
        let t = Thresholds::DEFAULT;
        ThresholdsDto {
            slow_answer_days: t.slow_answer_days,
            grace_days: t.grace_days,
            slow_approval_days: t.slow_approval_days,
            half_life_days: t.half_life_days,
        }
    }
}

/// A stored value that is well-formed JSON of the right shape but breaks a rule of the domain;
/// `path` says where, in the same notation as a shape error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub path: String,
    pub message: &'static str,
}

pub(super) fn invalid(path: String, message: &'static str) -> Invalid {
    Invalid { path, message }
}

pub(super) fn cents(value: i64, path: impl FnOnce() -> String) -> Result<Cents, Invalid> {
    if value < 0 {
        Err(invalid(path(), "an amount must not be negative"))
    } else {
        Ok(Cents(value))
    }
}

impl ClientDto {
    pub fn from_domain(client: &Client) -> ClientDto {
        let c = &client.contract;
        ClientDto {
            id: client.id.0,
            name: client.name.clone(),
            company: client.company.clone(),
            contact: client.contact.clone(),
            currency: client.currency.to_string(),
            contract: ContractDto {
                payment_terms: match c.payment_terms {
                    PaymentTerms::DaysAfterInvoice(days) => {
                        PaymentTermsDto::DaysAfterInvoice { days }
                    }
                    PaymentTerms::DayOfMonth(day) => PaymentTermsDto::DayOfMonth { day },
                },
                notice_days: c.notice_days,
                included_revisions: c.included_revisions,
                pricing: match c.pricing {
                    Pricing::None => PricingDto::None,
                    Pricing::Retainer(a) => PricingDto::Retainer { amount: a.0 },
                    Pricing::Hourly(a) => PricingDto::Hourly { amount: a.0 },
                    Pricing::Project(a) => PricingDto::Project { amount: a.0 },
                },
                scope: c.scope.clone(),
                accounts: c.accounts.clone(),
                started: c.started,
            },
            status: match client.status {
                Status::Active => StatusDto::Active,
                Status::Paused => StatusDto::Paused,
                Status::Parting => StatusDto::Parting,
                Status::Former => StatusDto::Former,
            },
            notes: client.notes.clone(),
            hard_times: client
                .hard_times
                .iter()
                .map(|h| HardTimeDto {
                    start: h.start,
                    end: h.end,
                    note: h.note.clone(),
                })
                .collect(),
            next_entry_id: client.next_entry_id(),
            entries: client.entries().iter().map(EntryDto::from_domain).collect(),
            parting: client.parting.as_ref().map(PartingDto::from_domain),
            imported: client
                .imported
                .iter()
                .map(|i| match i.added {
                    Added::Entry(e) => ImportedDto {
                        import: i.import,
                        fingerprint: i.fingerprint.clone(),
                        entry: e.0,
                        payment: None,
                    },
                    Added::Payment {
                        invoice,
                        date,
                        amount,
                    } => ImportedDto {
                        import: i.import,
                        fingerprint: i.fingerprint.clone(),
                        entry: invoice.0,
                        payment: Some(PaymentDto {
                            date,
                            amount: amount.0,
                        }),
                    },
                })
                .collect(),
            created_by_import: client.created_by_import,
            language: client.language.map(|l| l.tag().to_owned()),
        }
    }

    /// The domain client, or the first rule this record breaks. `at` is the path of this record
    /// in its file (empty for a stored client, `clients[3]` in a backup).
    pub fn into_domain(self, at: &str) -> Result<Client, Invalid> {
        let path = |field: &str| format!("{at}{}{field}", if at.is_empty() { "" } else { "." });
        let currency: Currency = self
            .currency
            .parse()
            .map_err(|_| invalid(path("currency"), "not a three-letter currency code"))?;
        let payment_terms = match self.contract.payment_terms {
            PaymentTermsDto::DaysAfterInvoice { days } => PaymentTerms::DaysAfterInvoice(days),
            PaymentTermsDto::DayOfMonth { day } if (1..=31).contains(&day) => {
                PaymentTerms::DayOfMonth(day)
            }
            PaymentTermsDto::DayOfMonth { .. } => {
                return Err(invalid(
                    path("contract.payment_terms.day"),
                    "a day of the month is 1 to 31",
                ));
            }
        };
        let amount_path = || path("contract.pricing.amount");
        let pricing = match self.contract.pricing {
            PricingDto::None => Pricing::None,
            PricingDto::Retainer { amount } => Pricing::Retainer(cents(amount, amount_path)?),
            PricingDto::Hourly { amount } => Pricing::Hourly(cents(amount, amount_path)?),
            PricingDto::Project { amount } => Pricing::Project(cents(amount, amount_path)?),
        };
        let mut seen = BTreeSet::new();
        let mut entries = Vec::with_capacity(self.entries.len());
        for (i, dto) in self.entries.into_iter().enumerate() {
            let entry = dto.into_domain(&path(&format!("entries[{i}]")))?;
            if !seen.insert(entry.id) {
                return Err(invalid(
                    path(&format!("entries[{i}].id")),
                    "two entries have the same id",
                ));
            }
            entries.push(entry);
        }
        let mut client = Client::new(ClientId(self.id), self.name);
        client.company = self.company;
        client.contact = self.contact;
        client.currency = currency;
        client.contract = Contract {
            payment_terms,
            notice_days: self.contract.notice_days,
            included_revisions: self.contract.included_revisions,
            pricing,
            scope: self.contract.scope,
            accounts: self.contract.accounts,
            started: self.contract.started,
        };
        client.status = match self.status {
            StatusDto::Active => Status::Active,
            StatusDto::Paused => Status::Paused,
            StatusDto::Parting => Status::Parting,
            StatusDto::Former => Status::Former,
        };
        client.notes = self.notes;
        client.hard_times = self
            .hard_times
            .into_iter()
            .map(|h| HardTime {
                start: h.start,
                end: h.end,
                note: h.note,
            })
            .collect();
        client.parting = self.parting.map(PartingDto::into_domain);
        client.created_by_import = self.created_by_import;
        client.language = match self.language.as_deref() {
            None => None,
            Some(tag) => Some(
                Lang::ALL
                    .into_iter()
                    .find(|l| l.tag() == tag)
                    .ok_or_else(|| invalid(path("language"), "not a language Clientwise knows"))?,
            ),
        };
        client.imported = self
            .imported
            .into_iter()
            .map(|i| Imported {
                import: i.import,
                fingerprint: i.fingerprint,
                added: match i.payment {
                    None => Added::Entry(EntryId(i.entry)),
                    Some(p) => Added::Payment {
                        invoice: EntryId(i.entry),
                        date: p.date,
                        amount: Cents(p.amount),
                    },
                },
            })
            .collect();
        Ok(Client::from_parts(client, entries, self.next_entry_id))
    }
}

impl SettingsDto {
    pub fn from_domain(settings: &Settings) -> SettingsDto {
        let t = settings.thresholds;
        SettingsDto {
            owner_name: settings.owner_name.clone(),
            business: settings.business.clone(),
            thresholds: ThresholdsDto {
                slow_answer_days: t.slow_answer_days,
                grace_days: t.grace_days,
                slow_approval_days: t.slow_approval_days,
                half_life_days: t.half_life_days,
            },
        }
    }

    /// The domain settings. A half-life of zero would make every day of age erase all weight; it
    /// is read as the smallest meaningful value, one day.
    pub fn into_domain(self) -> Settings {
        let t = self.thresholds;
        Settings {
            owner_name: self.owner_name,
            business: self.business,
            thresholds: Thresholds {
                slow_answer_days: t.slow_answer_days,
                grace_days: t.grace_days,
                slow_approval_days: t.slow_approval_days,
                half_life_days: t.half_life_days.max(1),
            },
        }
    }
}

/// The backup reminder of this browser (`model::BackupReminder`), stored under its own key.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReminderDto {
    #[serde(default = "default_every_changes")]
    pub every_changes: u16,
    #[serde(default = "default_every_days")]
    pub every_days: u16,
    #[serde(default)]
    pub last_backup: Option<NaiveDate>,
    #[serde(default)]
    pub changes_since: u32,
    #[serde(default)]
    pub first_change: Option<NaiveDate>,
    #[serde(default)]
    pub snoozed_on: Option<NaiveDate>,
    #[serde(default)]
    pub snoozed_changes: u32,
}

fn default_every_changes() -> u16 {
    crate::model::reminder::DEFAULT_EVERY_CHANGES
}

fn default_every_days() -> u16 {
    crate::model::reminder::DEFAULT_EVERY_DAYS
}

impl ReminderDto {
    pub fn from_domain(r: &BackupReminder) -> ReminderDto {
        ReminderDto {
            every_changes: r.every_changes,
            every_days: r.every_days,
            last_backup: r.last_backup,
            changes_since: r.changes_since,
            first_change: r.first_change,
            snoozed_on: r.snoozed.map(|(on, _)| on),
            snoozed_changes: r.snoozed.map_or(0, |(_, n)| n),
        }
    }

    pub fn into_domain(self) -> BackupReminder {
        BackupReminder {
            every_changes: self.every_changes,
            every_days: self.every_days,
            last_backup: self.last_backup,
            changes_since: self.changes_since,
            first_change: self.first_change,
            snoozed: self.snoozed_on.map(|on| (on, self.snoozed_changes)),
        }
    }
}

/// A remembered column mapping (`import::SavedMapping`), stored per browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MappingDto {
    pub signature: String,
    pub kind: MappingKindDto,
    /// Column positions by role; roles left out are not in the file.
    #[serde(default)]
    pub columns: std::collections::BTreeMap<String, usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MappingKindDto {
    Time,
    Invoices,
    Payments,
}

const ROLES: [(crate::import::formats::Role, &str); 12] = {
    use crate::import::formats::Role::*;
    [
        (Client, "client"),
        (Date, "date"),
        (Duration, "duration"),
        (Description, "description"),
        (Project, "project"),
        (Number, "number"),
        (Amount, "amount"),
        (Due, "due"),
        (Paid, "paid"),
        (PaidOn, "paid_on"),
        (Currency, "currency"),
        (Invoice, "invoice"),
    ]
};

impl MappingDto {
    pub fn from_domain(m: &crate::import::SavedMapping) -> MappingDto {
        use crate::import::Kind;
        MappingDto {
            signature: m.signature.clone(),
            kind: match m.kind {
                Kind::Time => MappingKindDto::Time,
                Kind::Invoices => MappingKindDto::Invoices,
                Kind::Payments => MappingKindDto::Payments,
            },
            columns: ROLES
                .iter()
                .filter_map(|(role, name)| m.mapping.get(*role).map(|i| ((*name).to_owned(), i)))
                .collect(),
        }
    }

    pub fn into_domain(self) -> crate::import::SavedMapping {
        use crate::import::{Kind, Mapping};
        let mut mapping = Mapping::default();
        for (role, name) in ROLES {
            mapping.set(role, self.columns.get(name).copied());
        }
        crate::import::SavedMapping {
            signature: self.signature,
            kind: match self.kind {
                MappingKindDto::Time => Kind::Time,
                MappingKindDto::Invoices => Kind::Invoices,
                MappingKindDto::Payments => Kind::Payments,
            },
            mapping,
        }
    }
}
