//! From parsed rows to changes in the record, shown before anything is saved: which clients are
//! matched (by name or company, case and spacing ignored) and which are created, what each row becomes,
//! what is skipped and why (rows already imported included), and the totals. Applying the plan
//! records each row's fingerprint on the client, so a re-import skips it and `undo` takes a whole
//! import back out.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::formats::{Decimal, Parsed, Record, SkipReason, Skipped, Source};
use crate::model::{
    Added, Cents, Client, ClientId, Currency, EntryBody, EntryId, Imported, Invoice, Minutes,
    Payment, Work, name_key,
};

/// Where a planned change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Existing(ClientId),
    /// The n-th client of `Plan::new_clients`.
    New(usize),
}

/// One change a row makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Entry(EntryBody),
    /// A payment for the invoice `number` of the target client.
    Payment {
        number: String,
        payment: Payment,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    pub line: usize,
    pub fingerprint: String,
    pub target: Target,
    pub change: Change,
}

/// Why a parsed row is not imported, beyond what parsing found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanSkip {
    Parse(SkipReason),
    /// This very row was imported before.
    AlreadyImported,
    /// The client already has an invoice with this number (typed in by hand, or from another
    /// tool).
    InvoiceExists(String),
    /// A payment for an invoice that is not in the log (nor in this file).
    UnknownInvoice(String),
    /// An amount in another currency than the client's.
    OtherCurrency(Currency),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSkipped {
    pub line: usize,
    pub reason: PlanSkip,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub source: Source,
    /// Clients to create, with the name as the file first spells it and their currency.
    pub new_clients: Vec<(String, Currency)>,
    /// Existing clients the file's rows go to.
    pub matched: Vec<(ClientId, String)>,
    pub changes: Vec<Planned>,
    pub skipped: Vec<PlanSkipped>,
    pub hours: Minutes,
    /// Money invoiced, by currency.
    pub invoiced: Vec<(Currency, Cents)>,
    /// Payments, by currency.
    pub paid: Vec<(Currency, Cents)>,
    /// Due dates were taken from the clients' payment terms (the file has none).
    pub due_from_terms: bool,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

fn cents(d: Decimal, currency: Currency) -> Option<Cents> {
    super::values::to_minor(d.value, d.scale, currency)
}

fn add_to(totals: &mut Vec<(Currency, Cents)>, currency: Currency, amount: Cents) {
    match totals.iter_mut().find(|(c, _)| *c == currency) {
        Some((_, total)) => *total = total.saturating_add(amount),
        None => totals.push((currency, amount)),
    }
}

/// Plans importing `parsed` into `clients`. Pure: nothing changes until `apply`.
pub fn plan(parsed: &Parsed, clients: &[Client]) -> Plan {
    let mut plan = Plan {
        source: parsed.source,
        new_clients: Vec::new(),
        matched: Vec::new(),
        changes: Vec::new(),
        skipped: parsed
            .skipped
            .iter()
            .map(|Skipped { line, reason }| PlanSkipped {
                line: *line,
                reason: PlanSkip::Parse(reason.clone()),
            })
            .collect(),
        hours: Minutes(0),
        invoiced: Vec::new(),
        paid: Vec::new(),
        due_from_terms: false,
    };
    let imported: BTreeSet<&str> = clients
        .iter()
        .flat_map(|c| &c.imported)
        .map(|i| i.fingerprint.as_str())
        .collect();
    // Other tools usually call the client by the company; a match on the name comes first.
    let mut by_name: BTreeMap<String, &Client> = BTreeMap::new();
    for c in clients {
        if !c.company.trim().is_empty() {
            by_name.entry(name_key(&c.company)).or_insert(c);
        }
    }
    for c in clients.iter().rev() {
        by_name.insert(name_key(&c.name), c);
    }
    // Invoice numbers per target: those in the log, and those this file adds.
    let mut numbers: BTreeMap<Target, BTreeSet<String>> = BTreeMap::new();
    for c in clients {
        let set = numbers.entry(Target::Existing(c.id)).or_default();
        for e in c.entries() {
            if let EntryBody::Invoice(i) = &e.body {
                set.insert(i.number.clone());
            }
        }
    }
    let mut seen = BTreeSet::new();
    for row in &parsed.rows {
        let skip = |plan: &mut Plan, reason| {
            plan.skipped.push(PlanSkipped {
                line: row.line,
                reason,
            })
        };
        if imported.contains(row.fingerprint.as_str()) || !seen.insert(row.fingerprint.clone()) {
            skip(&mut plan, PlanSkip::AlreadyImported);
            continue;
        }
        let (name, record_currency) = match &row.record {
            Record::Work { client, .. } => (client.as_str(), None),
            Record::Invoice {
                client, currency, ..
            } => (client.as_str(), *currency),
            Record::Payment { client, .. } => (client.as_str(), None),
        };
        // Work and invoices go to the client they name, created if need be. A payment never
        // creates a client: it goes to the client it names if that one is known, else to
        // whoever has the invoice it pays.
        let target = match &row.record {
            Record::Payment { .. } => known_target(&mut plan, &by_name, name),
            _ if name.is_empty() => None,
            _ => Some(target_for(&mut plan, &by_name, name, record_currency)),
        };
        let currency_of = |plan: &Plan, t: Target| match t {
            Target::Existing(id) => clients
                .iter()
                .find(|c| c.id == id)
                .map_or(Currency::default(), |c| c.currency),
            Target::New(i) => plan.new_clients[i].1,
        };
        match &row.record {
            Record::Work {
                date,
                duration,
                description,
                project,
                ..
            } => {
                let Some(target) = target else { continue };
                plan.hours = [plan.hours, *duration].into_iter().sum();
                plan.changes.push(Planned {
                    line: row.line,
                    fingerprint: row.fingerprint.clone(),
                    target,
                    change: Change::Entry(EntryBody::Work(Work {
                        date: *date,
                        duration: *duration,
                        description: description.clone(),
                        deliverable: project.clone(),
                    })),
                });
            }
            Record::Invoice {
                number,
                issued,
                due,
                amount,
                currency,
                paid,
                paid_on,
                ..
            } => {
                let Some(target) = target else { continue };
                let client_currency = currency_of(&plan, target);
                if let Some(c) = currency
                    && *c != client_currency
                {
                    skip(&mut plan, PlanSkip::OtherCurrency(*c));
                    continue;
                }
                let set = numbers.entry(target).or_default();
                if !set.insert(number.clone()) {
                    skip(&mut plan, PlanSkip::InvoiceExists(number.clone()));
                    continue;
                }
                let Some(amount) = cents(*amount, client_currency) else {
                    skip(
                        &mut plan,
                        PlanSkip::Parse(SkipReason::BadAmount(String::new())),
                    );
                    continue;
                };
                let due = due.unwrap_or_else(|| {
                    plan.due_from_terms = true;
                    let terms = match target {
                        Target::Existing(id) => clients
                            .iter()
                            .find(|c| c.id == id)
                            .map(|c| c.contract.payment_terms),
                        Target::New(_) => None,
                    }
                    .unwrap_or(crate::model::Contract::default().payment_terms);
                    terms.due_date(*issued)
                });
                // A payment comes with a date only when the file says when it was paid: the full
                // amount (or what was paid) on that day.
                let payments: Vec<Payment> = match paid_on {
                    Some(date) => {
                        let paid = paid
                            .and_then(|p| cents(p, client_currency))
                            .filter(|p| *p > Cents::ZERO)
                            .unwrap_or(amount);
                        vec![Payment {
                            date: *date,
                            amount: paid.min(amount),
                        }]
                    }
                    None => Vec::new(),
                };
                add_to(&mut plan.invoiced, client_currency, amount);
                for p in &payments {
                    add_to(&mut plan.paid, client_currency, p.amount);
                }
                plan.changes.push(Planned {
                    line: row.line,
                    fingerprint: row.fingerprint.clone(),
                    target,
                    change: Change::Entry(EntryBody::Invoice(Invoice {
                        number: number.clone(),
                        issued: *issued,
                        due: due.max(*issued),
                        amount,
                        payments,
                    })),
                });
            }
            Record::Payment {
                invoice,
                date,
                amount,
                ..
            } => {
                let target = target.or_else(|| {
                    numbers
                        .iter()
                        .find(|(_, set)| set.contains(invoice))
                        .map(|(t, _)| *t)
                });
                let known = target
                    .and_then(|t| numbers.get(&t))
                    .is_some_and(|set| set.contains(invoice));
                let Some(target) = target.filter(|_| known) else {
                    skip(&mut plan, PlanSkip::UnknownInvoice(invoice.clone()));
                    continue;
                };
                let currency = currency_of(&plan, target);
                let Some(amount) = cents(*amount, currency) else {
                    skip(
                        &mut plan,
                        PlanSkip::Parse(SkipReason::BadAmount(String::new())),
                    );
                    continue;
                };
                add_to(&mut plan.paid, currency, amount);
                plan.changes.push(Planned {
                    line: row.line,
                    fingerprint: row.fingerprint.clone(),
                    target,
                    change: Change::Payment {
                        number: invoice.clone(),
                        payment: Payment {
                            date: *date,
                            amount,
                        },
                    },
                });
            }
        }
    }
    plan.skipped.sort_by_key(|s| s.line);
    plan
}

/// The target for the client named `name` if it exists or this import creates it.
fn known_target(
    plan: &mut Plan,
    by_name: &BTreeMap<String, &Client>,
    name: &str,
) -> Option<Target> {
    if name.is_empty() {
        return None;
    }
    let key = name_key(name);
    if by_name.contains_key(&key) {
        return Some(target_for(plan, by_name, name, None));
    }
    plan.new_clients
        .iter()
        .position(|(n, _)| name_key(n) == key)
        .map(Target::New)
}

/// The target for the client named `name`: an existing client with that name, or a new one
/// (created once per name).
fn target_for(
    plan: &mut Plan,
    by_name: &BTreeMap<String, &Client>,
    name: &str,
    currency: Option<Currency>,
) -> Target {
    let key = name_key(name);
    if let Some(client) = by_name.get(&key) {
        if !plan.matched.iter().any(|(id, _)| *id == client.id) {
            plan.matched.push((client.id, client.name.clone()));
        }
        return Target::Existing(client.id);
    }
    match plan
        .new_clients
        .iter()
        .position(|(n, _)| name_key(n) == key)
    {
        Some(i) => Target::New(i),
        None => {
            let cleaned = name.split_whitespace().collect::<Vec<_>>().join(" ");
            plan.new_clients
                .push((cleaned, currency.unwrap_or_default()));
            Target::New(plan.new_clients.len() - 1)
        }
    }
}

/// Applies `plan` as import number `import` and returns every client it changed or created (new
/// ones with ids from `new_id`). Payments go to invoices by number, including invoices this
/// same import adds.
pub fn apply(
    plan: &Plan,
    clients: &[Client],
    import: u32,
    mut new_id: impl FnMut() -> ClientId,
) -> Vec<Client> {
    let mut changed: BTreeMap<Target, Client> = BTreeMap::new();
    for (i, (name, currency)) in plan.new_clients.iter().enumerate() {
        let mut c = Client::new(new_id(), name.clone());
        c.currency = *currency;
        c.created_by_import = Some(import);
        changed.insert(Target::New(i), c);
    }
    // Entries first, so that payments find invoices added by this import.
    let (entries, payments): (Vec<&Planned>, Vec<&Planned>) = plan
        .changes
        .iter()
        .partition(|p| matches!(p.change, Change::Entry(_)));
    for p in entries.into_iter().chain(payments) {
        if let (Target::Existing(id), false) = (p.target, changed.contains_key(&p.target)) {
            // A client deleted since the plan was made gets nothing.
            let Some(client) = clients.iter().find(|c| c.id == id) else {
                continue;
            };
            changed.insert(p.target, client.clone());
        }
        let Some(client) = changed.get_mut(&p.target) else {
            continue;
        };
        let added = match &p.change {
            Change::Entry(body) => Some(Added::Entry(client.add_entry(body.clone()))),
            Change::Payment { number, payment } => {
                let invoice = client.entries().iter().find_map(|e| match &e.body {
                    EntryBody::Invoice(i) if i.number == *number => Some((e.id, i.clone())),
                    _ => None,
                });
                invoice.map(|(id, mut i)| {
                    i.payments.push(*payment);
                    client.update_entry(id, EntryBody::Invoice(i));
                    Added::Payment {
                        invoice: id,
                        date: payment.date,
                        amount: payment.amount,
                    }
                })
            }
        };
        if let Some(added) = added {
            client.imported.push(Imported {
                import,
                fingerprint: p.fingerprint.clone(),
                added,
            });
        }
    }
    changed.into_values().collect()
}

/// The next import number: one above any recorded on any client.
pub fn next_import(clients: &[Client]) -> u32 {
    clients
        .iter()
        .flat_map(|c| {
            c.imported
                .iter()
                .map(|i| i.import)
                .chain(c.created_by_import)
        })
        .max()
        .map_or(1, |n| n.saturating_add(1))
}

/// Takes import `import` back out: the entries and payments it added go, and a client it created
/// goes too unless something else was logged for it since. Returns the clients to save and the
/// clients to delete.
pub fn undo(clients: &[Client], import: u32) -> (Vec<Client>, Vec<ClientId>) {
    let mut save = Vec::new();
    let mut delete = Vec::new();
    for c in clients {
        if !c.imported.iter().any(|i| i.import == import) && c.created_by_import != Some(import) {
            continue;
        }
        let mut client = c.clone();
        let mine: Vec<Imported> = client
            .imported
            .iter()
            .filter(|i| i.import == import)
            .cloned()
            .collect();
        for item in &mine {
            match item.added {
                Added::Entry(id) => {
                    client.remove_entry(id);
                }
                Added::Payment {
                    invoice,
                    date,
                    amount,
                } => remove_payment(&mut client, invoice, date, amount),
            }
        }
        client.imported.retain(|i| i.import != import);
        if client.created_by_import == Some(import) && client.entries().is_empty() {
            delete.push(client.id);
        } else {
            if client.created_by_import == Some(import) {
                client.created_by_import = None;
            }
            save.push(client);
        }
    }
    (save, delete)
}

fn remove_payment(client: &mut Client, invoice: EntryId, date: NaiveDate, amount: Cents) {
    let Some(EntryBody::Invoice(mut i)) = client.entry(invoice).map(|e| e.body.clone()) else {
        return;
    };
    if let Some(at) = i
        .payments
        .iter()
        .position(|p| p.date == date && p.amount == amount)
    {
        i.payments.remove(at);
        client.update_entry(invoice, EntryBody::Invoice(i));
    }
}

/// The imports recorded on `clients`: each import's number with how many rows it added.
pub fn imports(clients: &[Client]) -> Vec<(u32, usize)> {
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for i in clients.iter().flat_map(|c| &c.imported) {
        *counts.entry(i.import).or_default() += 1;
    }
    counts.into_iter().rev().collect()
}
