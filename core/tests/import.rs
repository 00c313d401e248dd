//! Reading other tools' exports: every fixture (written by us in each format and its variants)
//! is recognised and parsed to a golden summary, bad rows are reported with their line, and no
//! input makes a parser panic.
//!
//! To accept a deliberate change: `UPDATE_GOLDEN=1 cargo test -p clientwise-core --test import`.

mod common;

use std::fmt::Write;
use std::path::PathBuf;

use clientwise_core::import::formats::{self, Kind, Mapping};
use clientwise_core::import::{self, DateOrder, Parsed, Record, Source};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read_to_string(path).expect("fixture exists")
}

fn decimal(d: &import::Decimal) -> String {
    let digits = d.value.unsigned_abs().to_string();
    let scale = d.scale as usize;
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (whole, fraction) = padded.split_at(padded.len() - scale);
    let sign = if d.value < 0 { "-" } else { "" };
    if scale == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// A readable account of a parse, one line per row and per skipped row.
fn summary(parsed: &Parsed) -> String {
    let mut out = format!(
        "source: {:?}\ndate order: {:?}\ndue from terms: {}\n",
        parsed.source, parsed.date_order, parsed.due_from_terms
    );
    for row in &parsed.rows {
        let text = match &row.record {
            Record::Work {
                client,
                date,
                duration,
                description,
                project,
            } => format!(
                "work | {client} | {date} | {} min | {description} | {project}",
                duration.0
            ),
            Record::Invoice {
                client,
                number,
                issued,
                due,
                amount,
                currency,
                paid,
                paid_on,
            } => format!(
                "invoice | {client} | {number} | issued {issued} | due {due:?} | {} {} | paid {:?} on {paid_on:?}",
                decimal(amount),
                currency.map(|c| c.to_string()).unwrap_or_default(),
                paid.as_ref().map(decimal),
            ),
            Record::Payment {
                client,
                invoice,
                date,
                amount,
            } => format!(
                "payment | {client} | invoice {invoice} | {date} | {}",
                decimal(amount)
            ),
        };
        let _ = writeln!(out, "line {} [{}] {text}", row.line, row.fingerprint);
    }
    for skipped in &parsed.skipped {
        let _ = writeln!(out, "skipped line {}: {:?}", skipped.line, skipped.reason);
    }
    out
}

fn golden(name: &str, actual: &str) {
    common::golden(&format!("import/{name}.txt"), actual);
}

fn parse_fixture(name: &str) -> Parsed {
    let opened = import::open(&fixture(name)).expect("reads");
    let source = opened
        .source
        .unwrap_or_else(|| panic!("{name} is not recognised"));
    formats::parse_known(source, &opened.table, None)
}

#[test]
fn every_known_export_is_recognised_and_parsed() {
    let cases = [
        ("toggl.csv", Source::Toggl),
        ("toggl-quoted.csv", Source::Toggl),
        ("clockify-us.csv", Source::Clockify),
        ("clockify-eu.csv", Source::Clockify),
        ("harvest-time.csv", Source::HarvestTime),
        ("kimai-de.csv", Source::Kimai),
        ("invoice-ninja-invoices.csv", Source::InvoiceNinjaInvoices),
        ("invoice-ninja-old.csv", Source::InvoiceNinjaInvoices),
        ("invoice-ninja-payments.csv", Source::InvoiceNinjaPayments),
        ("freshbooks.csv", Source::FreshBooks),
        ("harvest-invoices.csv", Source::HarvestInvoices),
    ];
    for (name, source) in cases {
        let parsed = parse_fixture(name);
        assert_eq!(parsed.source, source, "{name}");
        assert!(
            !parsed.needs_date_order,
            "{name}: the data says the date order"
        );
        golden(name.trim_end_matches(".csv"), &summary(&parsed));
    }
}

#[test]
fn the_details_that_matter() {
    // Toggl quoted: names keep their spelling (matching ignores case and spacing later); a row
    // without a client and a zero-length timer are skipped with their line.
    let toggl = parse_fixture("toggl-quoted.csv");
    assert_eq!(toggl.rows.len(), 1);
    assert_eq!(
        toggl.skipped.iter().map(|s| s.line).collect::<Vec<_>>(),
        [3, 4]
    );
    // Clockify in the US: month first, found from 10/15.
    assert_eq!(
        parse_fixture("clockify-us.csv").date_order,
        Some(DateOrder::MonthDayYear)
    );
    // Harvest: "0,01" hours is under a minute, rounded to one.
    let harvest = parse_fixture("harvest-time.csv");
    assert!(matches!(harvest.rows[0].record, Record::Work { duration, .. } if duration.0 == 1));
    // Kimai: a broken duration is reported on its line.
    let kimai = parse_fixture("kimai-de.csv");
    assert_eq!(kimai.rows.len(), 2);
    assert_eq!(kimai.skipped[0].line, 4);
    // FreshBooks: line items add up per invoice; no due dates, so the client's terms apply.
    let fresh = parse_fixture("freshbooks.csv");
    assert!(fresh.due_from_terms);
    assert_eq!(fresh.rows.len(), 2);
    assert!(
        matches!(&fresh.rows[0].record, Record::Invoice { amount, .. } if amount.value == 70000 && amount.scale == 2)
    );
    // The old Invoice Ninja export: preamble skipped, "$13.50" and month names read, and the
    // credit note "($400.00)" reported rather than stored as a negative invoice.
    let old = parse_fixture("invoice-ninja-old.csv");
    assert_eq!(old.rows.len(), 1);
    assert_eq!(old.rows[0].line, 5);
    assert_eq!(old.skipped[0].line, 6);
}

#[test]
fn ambiguous_dates_are_asked_about_then_read_as_told() {
    let opened = import::open(&fixture("generic-ambiguous.csv")).expect("reads");
    assert_eq!(opened.source, None, "not a known format: mapped by hand");
    let mapping = Mapping {
        date: opened.table.column(&["Date"]),
        client: opened.table.column(&["Client"]),
        duration: opened.table.column(&["Hours"]),
        description: opened.table.column(&["Description"]),
        ..Mapping::default()
    };
    let first = formats::parse(Source::Generic, Kind::Time, &mapping, &opened.table, None);
    assert!(first.needs_date_order);
    assert!(first.rows.is_empty(), "nothing is guessed");
    let told = formats::parse(
        Source::Generic,
        Kind::Time,
        &mapping,
        &opened.table,
        Some(DateOrder::DayMonthYear),
    );
    assert_eq!(told.rows.len(), 2);
    assert!(
        matches!(&told.rows[0].record, Record::Work { date, .. } if date.to_string() == "2024-02-01")
    );
    assert_eq!(
        import::header_signature(&opened.table.headers),
        "date|client|hours|description"
    );
}

#[test]
fn the_same_row_has_the_same_fingerprint_in_any_export() {
    let a = parse_fixture("toggl.csv");
    let b = parse_fixture("toggl.csv");
    let fa: Vec<_> = a.rows.iter().map(|r| r.fingerprint.clone()).collect();
    let fb: Vec<_> = b.rows.iter().map(|r| r.fingerprint.clone()).collect();
    assert_eq!(fa, fb);
    let unique: std::collections::BTreeSet<_> = fa.iter().collect();
    assert_eq!(
        unique.len(),
        fa.len(),
        "different rows, different fingerprints"
    );
}

#[test]
fn files_that_are_not_csv_are_refused() {
    assert_eq!(import::open(""), Err(import::ReadError::Empty));
    assert_eq!(import::open("\u{0}PNG\r\n"), Err(import::ReadError::NotCsv));
    assert_eq!(
        import::open("Dear client,\nplease pay.\n"),
        Err(import::ReadError::NotCsv)
    );
    let huge = "a,b\n".repeat(import::MAX_IMPORT_BYTES / 4 + 1);
    assert!(matches!(
        import::open(&huge),
        Err(import::ReadError::TooLarge { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_input_makes_a_parser_panic(text in "(?s).{0,600}", order in proptest::option::of(prop_oneof![Just(DateOrder::DayMonthYear), Just(DateOrder::MonthDayYear)])) {
        if let Ok(opened) = import::open(&text) {
            let source = opened.source.unwrap_or(Source::Generic);
            let _ = formats::parse_known(source, &opened.table, order);
            let everything = Mapping {
                client: Some(0), date: Some(1), duration: Some(2), description: Some(3), project: Some(4),
                number: Some(0), amount: Some(2), due: Some(3), paid: Some(4), paid_on: Some(5),
                currency: Some(6), invoice: Some(0),
            };
            for kind in [Kind::Time, Kind::Invoices, Kind::Payments] {
                let _ = formats::parse(Source::Generic, kind, &everything, &opened.table, order);
            }
        }
    }

    #[test]
    fn mangled_known_exports_never_panic(cut in 0.0_f64..1.0, byte in any::<u8>(), which in 0_usize..11) {
        let names = ["toggl.csv", "toggl-quoted.csv", "clockify-us.csv", "clockify-eu.csv", "harvest-time.csv", "kimai-de.csv", "invoice-ninja-invoices.csv", "invoice-ninja-old.csv", "invoice-ninja-payments.csv", "freshbooks.csv", "harvest-invoices.csv"];
        let mut bytes = fixture(names[which]).into_bytes();
        let at = ((bytes.len() as f64) * cut) as usize;
        if at < bytes.len() {
            bytes[at] = byte;
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(import::Opened { table, source: Some(source) }) = import::open(&text) {
            let _ = formats::parse_known(source, &table, None);
        }
    }
}

mod plans {
    use super::*;
    use clientwise_core::import::plan::{self, PlanSkip, Target};
    use clientwise_core::model::{Client, ClientId, EntryBody};

    fn northwind() -> Client {
        let mut c = Client::new(ClientId(1), "Northwind Bakery");
        c.add_entry(EntryBody::Note(clientwise_core::model::Note {
            date: chrono::NaiveDate::from_ymd_opt(2024, 9, 1).expect("valid"),
            text: "Typed in by hand".into(),
        }));
        c
    }

    /// Applies a plan to `clients` as the app does: changed clients replace theirs, new ones
    /// are added.
    fn merged(clients: &[Client], changed: Vec<Client>) -> Vec<Client> {
        let mut all = clients.to_vec();
        for c in changed {
            match all.iter_mut().find(|x| x.id == c.id) {
                Some(x) => *x = c,
                None => all.push(c),
            }
        }
        all
    }

    fn ids() -> impl FnMut() -> ClientId {
        let mut next = 100;
        move || {
            next += 1;
            ClientId(next)
        }
    }

    #[test]
    fn rows_go_to_matched_or_new_clients_and_a_reimport_adds_nothing() {
        let clients = vec![northwind()];
        let parsed = parse_fixture("toggl.csv");
        let p = plan::plan(&parsed, &clients);
        assert_eq!(p.matched, [(ClientId(1), "Northwind Bakery".to_owned())]);
        assert_eq!(p.new_clients.len(), 1);
        assert_eq!(p.new_clients[0].0, "Harbour Dental");
        assert_eq!(p.hours.0, 150 + 45 + 60);
        assert_eq!(p.changes[2].target, Target::New(0));

        let after = merged(&clients, plan::apply(&p, &clients, 1, ids()));
        assert_eq!(after.len(), 2);
        assert_eq!(after[0].entries().len(), 3, "the note and two work entries");
        // The same file again, and an overlapping one spelled differently: nothing new.
        let again = plan::plan(&parsed, &after);
        assert!(again.is_empty());
        assert!(
            again
                .skipped
                .iter()
                .all(|s| s.reason == PlanSkip::AlreadyImported)
        );
        assert_eq!(plan::next_import(&after), 2);
    }

    #[test]
    fn invoices_then_payments_show_when_they_were_paid() {
        let clients = vec![];
        let invoices = plan::plan(&parse_fixture("invoice-ninja-invoices.csv"), &clients);
        let after = merged(&clients, plan::apply(&invoices, &clients, 1, ids()));
        let payments = plan::plan(&parse_fixture("invoice-ninja-payments.csv"), &after);
        assert_eq!(payments.changes.len(), 2);
        let after = merged(&after, plan::apply(&payments, &after, 2, ids()));
        let invoice = after[0]
            .entries()
            .iter()
            .find_map(|e| match &e.body {
                EntryBody::Invoice(i) if i.number == "0002" => Some(i.clone()),
                _ => None,
            })
            .expect("imported");
        assert_eq!(
            invoice.settled_on().map(|d| d.to_string()),
            Some("2024-08-03".into()),
            "paid in full 33 days after its due date"
        );
        // A payment for an invoice nobody has is reported, not guessed at.
        let orphan = plan::plan(&parse_fixture("invoice-ninja-payments.csv"), &[]);
        assert!(orphan.changes.is_empty());
        assert!(
            orphan.new_clients.is_empty(),
            "a payment never creates a client"
        );
        assert!(matches!(&orphan.skipped[0].reason, PlanSkip::UnknownInvoice(n) if n == "0002"));
    }

    #[test]
    fn freshbooks_due_dates_come_from_the_clients_terms() {
        let mut dental = Client::new(ClientId(1), "Harbour Dental");
        dental.currency = "USD".parse().expect("valid");
        dental.contract.payment_terms = clientwise_core::model::PaymentTerms::DaysAfterInvoice(30);
        let p = plan::plan(
            &parse_fixture("freshbooks.csv"),
            std::slice::from_ref(&dental),
        );
        assert!(p.due_from_terms);
        let after = plan::apply(&p, &[dental], 1, ids());
        let dues: Vec<String> = after[0]
            .entries()
            .iter()
            .filter_map(|e| match &e.body {
                EntryBody::Invoice(i) => Some(i.due.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(dues, ["2024-10-31", "2024-12-01"]);
    }

    #[test]
    fn undo_takes_a_whole_import_back_out() {
        let clients = vec![northwind()];
        let p = plan::plan(&parse_fixture("toggl.csv"), &clients);
        let after = merged(&clients, plan::apply(&p, &clients, 1, ids()));
        let (save, delete) = plan::undo(&after, 1);
        assert_eq!(delete.len(), 1, "the client the import created goes");
        assert_eq!(save.len(), 1);
        let restored = &save[0];
        let before = &clients[0];
        assert_eq!(restored.entries(), before.entries());
        assert_eq!(restored.imported, before.imported);
        assert_eq!(restored.name, before.name);
        assert!(plan::imports(std::slice::from_ref(restored)).is_empty());
    }
}

#[test]
fn a_client_is_found_by_its_company_too() {
    use clientwise_core::import::plan;
    use clientwise_core::model::{Client, ClientId};
    let mut maya = Client::new(ClientId(4), "Maya Lindqvist");
    maya.company = "Harbour  dental".into();
    let p = plan::plan(&parse_fixture("toggl.csv"), &[maya]);
    assert_eq!(p.matched, [(ClientId(4), "Maya Lindqvist".to_owned())]);
    assert_eq!(p.new_clients.len(), 1, "Northwind Bakery is new");
}

#[test]
fn an_unknown_layout_is_guessed_then_mapped() {
    use clientwise_core::import::formats::Role;
    let text = "Day;Customer;Hrs;What\n15.10.2024;Acme;1,5;Call\n16.10.2024;acme ;0,25;Notes\n";
    let opened = import::open(text).expect("reads");
    assert_eq!(opened.source, None);
    let m = formats::guess(&opened.table, Kind::Time);
    assert_eq!(m.get(Role::Date), Some(0));
    assert_eq!(m.get(Role::Client), Some(1));
    assert_eq!(m.get(Role::Duration), Some(2));
    assert!(m.is_complete(Kind::Time));
    assert!(!Mapping::default().is_complete(Kind::Time));
    let parsed = formats::parse(Source::Generic, Kind::Time, &m, &opened.table, None);
    assert_eq!(parsed.rows.len(), 2);
    assert_eq!(parsed.date_order, Some(DateOrder::DayMonthYear));
}

#[test]
fn ambiguous_dates_in_a_mapped_file_are_asked_about() {
    let text = "Day;Customer;Hrs;What\n01/02/2024;Acme;1,5;Call\n03/02/2024;acme ;0,25;Review\n";
    let opened = import::open(text).expect("reads");
    let m = formats::guess(&opened.table, Kind::Time);
    let parsed = formats::parse(Source::Generic, Kind::Time, &m, &opened.table, None);
    assert!(parsed.needs_date_order, "{parsed:?} {m:?}");
}
