//! The exports Clientwise recognises, by their header, and how each one's rows become records:
//! time entries (Toggl Track, Clockify, Harvest, Kimai) become work; invoices (Invoice Ninja,
//! FreshBooks, Harvest) become invoices with their payments; an Invoice Ninja payments file adds
//! payments to invoices. Anything else goes through a column mapping the user picks.

use chrono::NaiveDate;

use super::read::Table;
use super::values::{
    DateOrder, detect_order, order_matters, parse_currency, parse_date, parse_decimal,
    parse_duration,
};
use crate::model::{Currency, Minutes};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Toggl,
    Clockify,
    HarvestTime,
    Kimai,
    InvoiceNinjaInvoices,
    InvoiceNinjaPayments,
    FreshBooks,
    HarvestInvoices,
    /// A file mapped by hand.
    Generic,
}

impl Source {
    /// A stable name, part of each row's fingerprint.
    pub fn key(self) -> &'static str {
        match self {
            Source::Toggl => "toggl",
            Source::Clockify => "clockify",
            Source::HarvestTime => "harvest-time",
            Source::Kimai => "kimai",
            Source::InvoiceNinjaInvoices => "invoice-ninja-invoices",
            Source::InvoiceNinjaPayments => "invoice-ninja-payments",
            Source::FreshBooks => "freshbooks",
            Source::HarvestInvoices => "harvest-invoices",
            Source::Generic => "generic",
        }
    }
}

/// An amount as written, not yet in a currency: the digits and how many are decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub value: i128,
    pub scale: u32,
}

/// What one row (or, for line items, one invoice) says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Work {
        client: String,
        date: NaiveDate,
        duration: Minutes,
        description: String,
        /// The project or task, kept as the deliverable.
        project: String,
    },
    Invoice {
        client: String,
        number: String,
        issued: NaiveDate,
        /// `None` when the export has no due date (FreshBooks): the client's terms apply.
        due: Option<NaiveDate>,
        amount: Decimal,
        currency: Option<Currency>,
        /// What was paid, and when it was paid in full, when the export says.
        paid: Option<Decimal>,
        paid_on: Option<NaiveDate>,
    },
    Payment {
        /// Empty when the export does not say (the invoice number finds the client).
        client: String,
        invoice: String,
        date: NaiveDate,
        amount: Decimal,
    },
}

/// A row that became a record, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line in the file (the first line, for an invoice made of line items).
    pub line: usize,
    /// Stable over re-exports of the same data: the source and the row's cells.
    pub fingerprint: String,
    pub record: Record,
}

/// Why a row was not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    MissingClient,
    MissingDate,
    BadDate(String),
    BadDuration(String),
    BadAmount(String),
    MissingNumber,
    /// A negative amount: a credit note or a refund, which the log does not hold.
    NegativeAmount(String),
    /// Not work or an invoice (a running timer, a draft, a credit note, a total line).
    NotApplicable(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub reason: SkipReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub source: Source,
    pub rows: Vec<Row>,
    pub skipped: Vec<Skipped>,
    /// The dates are all numbers with day and month 12 or under, and no order was given: the
    /// user must say which comes first, then the file is parsed again.
    pub needs_date_order: bool,
    /// The order used (given, or found in the data).
    pub date_order: Option<DateOrder>,
    /// The export has no due dates; the client's payment terms give them.
    pub due_from_terms: bool,
}

/// The column names each format writes. Kimai writes them in the user's language: English,
/// German and French are known.
fn headers_have(headers: &[String], names: &[&str]) -> bool {
    let have = |n: &str| headers.iter().any(|h| h.trim().eq_ignore_ascii_case(n));
    names.iter().all(|n| have(n))
}

/// The format a header row belongs to, if Clientwise knows it.
pub fn detect(headers: &[String]) -> Option<Source> {
    let has = |names: &[&str]| headers_have(headers, names);
    let starts = |prefix: &str| {
        headers
            .iter()
            .any(|h| h.trim().to_lowercase().starts_with(&prefix.to_lowercase()))
    };
    if has(&["Start Date", "Start Time"])
        && (starts("Duration (h)") || starts("Duration (decimal)"))
    {
        return Some(Source::Clockify);
    }
    if has(&["Start date", "Start time", "Duration", "Description"]) && has(&["Project"]) {
        return Some(Source::Toggl);
    }
    if has(&["Date", "Client", "Project", "Task", "Notes", "Hours"]) {
        return Some(Source::HarvestTime);
    }
    if KIMAI
        .iter()
        .any(|k| has(&[k.date, k.duration, k.customer, k.project]))
    {
        return Some(Source::Kimai);
    }
    if has(&["Invoice #", "Date Issued", "Line Total"]) {
        return Some(Source::FreshBooks);
    }
    if has(&["Issue Date", "Due Date", "Client", "Amount"])
        && (has(&["ID"]) || has(&["Invoice ID"]) || has(&["Subject"]))
    {
        return Some(Source::HarvestInvoices);
    }
    if (has(&["Invoice Number"]) || has(&["Number"]))
        && has(&["Amount"])
        && (has(&["Balance"]) || has(&["Paid to Date"]))
    {
        return Some(Source::InvoiceNinjaInvoices);
    }
    if has(&["Amount"])
        && (has(&["Invoice"]) || has(&["Invoice Number"]))
        && (has(&["Payment Date"]) || has(&["Date"]))
    {
        return Some(Source::InvoiceNinjaPayments);
    }
    None
}

/// Kimai's column names per interface language.
struct KimaiNames {
    date: &'static str,
    duration: &'static str,
    customer: &'static str,
    project: &'static str,
    activity: &'static str,
    description: &'static str,
}

const KIMAI: [KimaiNames; 3] = [
    KimaiNames {
        date: "Date",
        duration: "Duration",
        customer: "Customer",
        project: "Project",
        activity: "Activity",
        description: "Description",
    },
    KimaiNames {
        date: "Datum",
        duration: "Dauer",
        customer: "Kunde",
        project: "Projekt",
        activity: "Tätigkeit",
        description: "Beschreibung",
    },
    KimaiNames {
        date: "Date",
        duration: "Durée",
        customer: "Client",
        project: "Projet",
        activity: "Activité",
        description: "Description",
    },
];

/// FNV-1a over the source and the cells: short, stable, and the same on every platform.
pub fn fingerprint(source: Source, cells: &[String]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(source.key().as_bytes());
    for cell in cells {
        feed(&[0x1f]);
        feed(cell.trim().as_bytes());
    }
    format!("{hash:016x}")
}

/// The column positions a parse reads, by role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    pub client: Option<usize>,
    pub date: Option<usize>,
    pub duration: Option<usize>,
    pub description: Option<usize>,
    pub project: Option<usize>,
    /// For invoices.
    pub number: Option<usize>,
    pub amount: Option<usize>,
    pub due: Option<usize>,
    pub paid: Option<usize>,
    pub paid_on: Option<usize>,
    pub currency: Option<usize>,
    /// For payments: the invoice they pay.
    pub invoice: Option<usize>,
}

/// What a mapped file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Time,
    Invoices,
    Payments,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Time, Kind::Invoices, Kind::Payments];
}

/// The roles a column can have in a mapped file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Client,
    Date,
    Duration,
    Description,
    Project,
    Number,
    Amount,
    Due,
    Paid,
    PaidOn,
    Currency,
    Invoice,
}

impl Kind {
    /// The roles a file of this kind uses, required ones first.
    pub fn roles(self) -> &'static [(Role, bool)] {
        match self {
            Kind::Time => &[
                (Role::Date, true),
                (Role::Client, true),
                (Role::Duration, true),
                (Role::Description, false),
                (Role::Project, false),
            ],
            Kind::Invoices => &[
                (Role::Date, true),
                (Role::Client, true),
                (Role::Number, true),
                (Role::Amount, true),
                (Role::Due, false),
                (Role::PaidOn, false),
                (Role::Paid, false),
                (Role::Currency, false),
            ],
            Kind::Payments => &[
                (Role::Date, true),
                (Role::Invoice, true),
                (Role::Amount, true),
                (Role::Client, false),
            ],
        }
    }
}

impl Mapping {
    pub fn get(&self, role: Role) -> Option<usize> {
        match role {
            Role::Client => self.client,
            Role::Date => self.date,
            Role::Duration => self.duration,
            Role::Description => self.description,
            Role::Project => self.project,
            Role::Number => self.number,
            Role::Amount => self.amount,
            Role::Due => self.due,
            Role::Paid => self.paid,
            Role::PaidOn => self.paid_on,
            Role::Currency => self.currency,
            Role::Invoice => self.invoice,
        }
    }

    pub fn set(&mut self, role: Role, column: Option<usize>) {
        let slot = match role {
            Role::Client => &mut self.client,
            Role::Date => &mut self.date,
            Role::Duration => &mut self.duration,
            Role::Description => &mut self.description,
            Role::Project => &mut self.project,
            Role::Number => &mut self.number,
            Role::Amount => &mut self.amount,
            Role::Due => &mut self.due,
            Role::Paid => &mut self.paid,
            Role::PaidOn => &mut self.paid_on,
            Role::Currency => &mut self.currency,
            Role::Invoice => &mut self.invoice,
        };
        *slot = column;
    }

    /// Whether every role `kind` requires has a column.
    pub fn is_complete(&self, kind: Kind) -> bool {
        kind.roles()
            .iter()
            .all(|(role, required)| !required || self.get(*role).is_some())
    }
}

/// A first guess at the columns of a file Clientwise does not know, from common header words
/// (English): the user checks it and fixes what is wrong.
pub fn guess(table: &Table, kind: Kind) -> Mapping {
    let words: &[(Role, &[&str])] = &[
        (
            Role::Client,
            &["client", "customer", "company", "organization"],
        ),
        (Role::Date, &["date", "day", "issued", "start"]),
        (Role::Duration, &["hours", "duration", "time", "hrs"]),
        (
            Role::Description,
            &["description", "notes", "note", "task", "activity"],
        ),
        (Role::Project, &["project", "deliverable"]),
        (
            Role::Number,
            &["invoice number", "invoice #", "number", "invoice", "no"],
        ),
        (Role::Amount, &["amount", "total", "sum"]),
        (Role::Due, &["due"]),
        (Role::Paid, &["paid amount", "paid to date", "paid"]),
        (
            Role::PaidOn,
            &["paid on", "date paid", "paid date", "payment date"],
        ),
        (Role::Currency, &["currency"]),
        (Role::Invoice, &["invoice number", "invoice"]),
    ];
    let norm: Vec<String> = table
        .headers
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut mapping = Mapping::default();
    let mut taken = Vec::new();
    for (role, _) in kind.roles() {
        let Some((_, names)) = words.iter().find(|(r, _)| r == role) else {
            continue;
        };
        // An exact header first, then one that contains the word.
        let found = names
            .iter()
            .find_map(|n| {
                norm.iter()
                    .position(|h| h == n && !taken.contains(&h.clone()))
            })
            .or_else(|| {
                names.iter().find_map(|n| {
                    norm.iter()
                        .position(|h| h.contains(n) && !taken.contains(&h.clone()))
                })
            });
        if let Some(i) = found {
            taken.push(norm[i].clone());
            mapping.set(*role, Some(i));
        }
    }
    mapping
}

/// The mapping and kind of a known format.
fn known(source: Source, t: &Table) -> (Kind, Mapping) {
    let c = |names: &[&str]| t.column(names);
    match source {
        Source::Toggl => (
            Kind::Time,
            Mapping {
                client: c(&["Client"]),
                date: c(&["Start date"]),
                duration: c(&["Duration"]),
                description: c(&["Description"]),
                project: c(&["Project"]),
                ..Mapping::default()
            },
        ),
        Source::Clockify => (
            Kind::Time,
            Mapping {
                client: c(&["Client"]),
                date: c(&["Start Date"]),
                duration: c(&["Duration (decimal)"]).or_else(|| t.column_starting("Duration (h)")),
                description: c(&["Description"]),
                project: c(&["Project"]),
                ..Mapping::default()
            },
        ),
        Source::HarvestTime => (
            Kind::Time,
            Mapping {
                client: c(&["Client"]),
                date: c(&["Date"]),
                duration: c(&["Hours"]),
                description: c(&["Notes"]),
                project: c(&["Project"]),
                currency: c(&["Currency"]),
                ..Mapping::default()
            },
        ),
        Source::Kimai => {
            let k = KIMAI
                .iter()
                .find(|k| t.column(&[k.duration]).is_some() && t.column(&[k.customer]).is_some())
                .unwrap_or(&KIMAI[0]);
            let description = c(&[k.description]).or_else(|| c(&[k.activity]));
            (
                Kind::Time,
                Mapping {
                    client: c(&[k.customer]),
                    date: c(&[k.date]),
                    duration: c(&[k.duration]),
                    description,
                    project: c(&[k.project]),
                    ..Mapping::default()
                },
            )
        }
        Source::InvoiceNinjaInvoices => (
            Kind::Invoices,
            Mapping {
                client: c(&["Client", "Client Name"]),
                number: c(&["Invoice Number", "Number"]),
                date: c(&["Invoice Date", "Date"]),
                due: c(&["Due Date"]),
                amount: c(&["Amount"]),
                paid: c(&["Paid to Date"]),
                currency: c(&["Currency"]),
                ..Mapping::default()
            },
        ),
        Source::InvoiceNinjaPayments => (
            Kind::Payments,
            Mapping {
                client: c(&["Client", "Client Name"]),
                invoice: c(&["Invoice Number", "Invoice"]),
                date: c(&["Payment Date", "Date"]),
                amount: c(&["Amount"]),
                ..Mapping::default()
            },
        ),
        Source::FreshBooks => (
            Kind::Invoices,
            Mapping {
                client: c(&["Client Name", "Organization", "Client"]),
                number: c(&["Invoice #"]),
                date: c(&["Date Issued"]),
                amount: c(&["Line Total"]),
                paid_on: c(&["Date Paid"]),
                currency: c(&["Currency"]),
                ..Mapping::default()
            },
        ),
        Source::HarvestInvoices => (
            Kind::Invoices,
            Mapping {
                client: c(&["Client"]),
                number: c(&["ID", "Invoice ID", "Number"]),
                date: c(&["Issue Date"]),
                due: c(&["Due Date"]),
                amount: c(&["Amount"]),
                paid: c(&["Paid Amount"]),
                paid_on: c(&["Paid Date"]),
                currency: c(&["Currency"]),
                ..Mapping::default()
            },
        ),
        Source::Generic => (Kind::Time, Mapping::default()),
    }
}

/// Parses a table of a known format.
pub fn parse_known(source: Source, table: &Table, order: Option<DateOrder>) -> Parsed {
    let (kind, mapping) = known(source, table);
    parse(source, kind, &mapping, table, order)
}

/// Parses a table with `mapping` as records of `kind`. Without `order`, the date order comes
/// from the data when it can; otherwise `needs_date_order` is set and no row is imported.
pub fn parse(
    source: Source,
    kind: Kind,
    m: &Mapping,
    table: &Table,
    order: Option<DateOrder>,
) -> Parsed {
    let cell = |cells: &[String], at: Option<usize>| -> String {
        at.and_then(|i| cells.get(i)).cloned().unwrap_or_default()
    };
    let date_columns = [m.date, m.due, m.paid_on];
    let dates = || {
        table.rows.iter().flat_map(move |(_, cells)| {
            date_columns
                .into_iter()
                .flatten()
                .filter_map(move |i| cells.get(i).map(String::as_str))
        })
    };
    let order = order.or_else(|| detect_order(dates()));
    let mut parsed = Parsed {
        source,
        rows: Vec::new(),
        skipped: Vec::new(),
        needs_date_order: order.is_none() && order_matters(dates()),
        date_order: order,
        due_from_terms: kind == Kind::Invoices && m.due.is_none(),
    };
    if parsed.needs_date_order {
        return parsed;
    }
    let header_currency = m
        .amount
        .and_then(|i| table.headers.get(i))
        .and_then(|h| parse_currency(h));
    // FreshBooks writes one row per line item: the lines of an invoice are added up.
    let mut invoices: Vec<(String, Row)> = Vec::new();
    for (line, cells) in &table.rows {
        let line = *line;
        let skip = |reason| Skipped { line, reason };
        let client = cell(cells, m.client);
        let date_text = cell(cells, m.date);
        let date = if date_text.is_empty() {
            Err(SkipReason::MissingDate)
        } else {
            parse_date(&date_text, order).ok_or(SkipReason::BadDate(date_text.clone()))
        };
        let optional_date = |at: Option<usize>| -> Result<Option<NaiveDate>, SkipReason> {
            let text = cell(cells, at);
            if text.is_empty() {
                Ok(None)
            } else {
                parse_date(&text, order)
                    .map(Some)
                    .ok_or(SkipReason::BadDate(text))
            }
        };
        let decimal = |at: Option<usize>| -> Result<Option<Decimal>, SkipReason> {
            let text = cell(cells, at);
            if text.is_empty() {
                return Ok(None);
            }
            parse_decimal(&text)
                .map(|(value, scale)| Some(Decimal { value, scale }))
                .ok_or(SkipReason::BadAmount(text))
        };
        let record = (|| -> Result<Record, SkipReason> {
            let date = date?;
            match kind {
                Kind::Time => {
                    if client.is_empty() {
                        return Err(SkipReason::MissingClient);
                    }
                    let text = cell(cells, m.duration);
                    let duration = parse_duration(&text).ok_or(SkipReason::BadDuration(text))?;
                    if duration.0 == 0 {
                        return Err(SkipReason::NotApplicable(cell(cells, m.description)));
                    }
                    Ok(Record::Work {
                        client: client.clone(),
                        date,
                        duration,
                        description: cell(cells, m.description),
                        project: cell(cells, m.project),
                    })
                }
                Kind::Invoices => {
                    if client.is_empty() {
                        return Err(SkipReason::MissingClient);
                    }
                    let number = cell(cells, m.number);
                    if number.is_empty() {
                        return Err(SkipReason::MissingNumber);
                    }
                    let amount = decimal(m.amount)?.ok_or(SkipReason::BadAmount(String::new()))?;
                    if amount.value < 0 && source != Source::FreshBooks {
                        return Err(SkipReason::NegativeAmount(cell(cells, m.amount)));
                    }
                    let currency = m
                        .currency
                        .and_then(|i| cells.get(i))
                        .and_then(|c| parse_currency(c))
                        .or(header_currency);
                    Ok(Record::Invoice {
                        client: client.clone(),
                        number,
                        issued: date,
                        due: optional_date(m.due)?,
                        amount,
                        currency,
                        paid: decimal(m.paid)?,
                        paid_on: optional_date(m.paid_on)?,
                    })
                }
                Kind::Payments => {
                    let invoice = cell(cells, m.invoice);
                    if invoice.is_empty() {
                        return Err(SkipReason::MissingNumber);
                    }
                    let amount = decimal(m.amount)?.ok_or(SkipReason::BadAmount(String::new()))?;
                    if amount.value <= 0 {
                        return Err(SkipReason::NegativeAmount(cell(cells, m.amount)));
                    }
                    Ok(Record::Payment {
                        client: client.clone(),
                        invoice,
                        date,
                        amount,
                    })
                }
            }
        })();
        match record {
            Ok(record) => {
                let row = Row {
                    line,
                    fingerprint: fingerprint(source, cells),
                    record,
                };
                if source == Source::FreshBooks {
                    add_line_item(&mut invoices, row);
                } else {
                    parsed.rows.push(row);
                }
            }
            Err(reason) => parsed.skipped.push(skip(reason)),
        }
    }
    parsed.rows.extend(invoices.into_iter().map(|(_, row)| row));
    parsed
}

/// Adds a FreshBooks line item to its invoice (by client and number); the invoice's fingerprint
/// is its client and number, so a re-export with the same invoice is recognised.
fn add_line_item(invoices: &mut Vec<(String, Row)>, row: Row) {
    let Record::Invoice {
        client,
        number,
        amount,
        ..
    } = &row.record
    else {
        return;
    };
    let key = format!("{client}\u{1f}{number}");
    match invoices.iter_mut().find(|(k, _)| *k == key) {
        Some((_, existing)) => {
            if let Record::Invoice { amount: total, .. } = &mut existing.record {
                let scale = total.scale.max(amount.scale);
                let up = |d: &Decimal| d.value * 10_i128.pow(scale - d.scale);
                *total = Decimal {
                    value: up(total) + up(amount),
                    scale,
                };
            }
        }
        None => {
            let fingerprint = fingerprint(Source::FreshBooks, &[client.clone(), number.clone()]);
            invoices.push((key, Row { fingerprint, ..row }));
        }
    }
}
