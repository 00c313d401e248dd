//! Reading other tools' exports: every fixture (written by us in each format and its variants)
//! is recognised and parsed to a golden summary, bad rows are reported with their line, and no
//! input makes a parser panic.
//!
//! To accept a deliberate change: `UPDATE_GOLDEN=1 cargo test -p clientwise-core --test import`.

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
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/import")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
        std::fs::write(&path, actual).expect("written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden file for {name}; run with UPDATE_GOLDEN=1"));
    assert!(
        expected == actual,
        "{name} differs from its golden file:\n{actual}"
    );
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
