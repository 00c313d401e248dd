//! The files a user downloads about one client: the two reports as Markdown and HTML, the log as
//! CSV, the client as JSON, each with the SHA-256 digest of its exact bytes (shown in the app and
//! carried in the file name), so that the user can later show a file was not altered.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::i18n::{self, Lang, Msg, ReportText as R};
use crate::model::money::split_amount;
use crate::model::{Cents, Client, Currency, EntryBody, Settings};
use crate::report::{self, Range, ReportKind};
use crate::storage::backup;

/// The formats one client can be exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Html => "text/html;charset=utf-8",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// The formats a report can be downloaded in (it prints from the app itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    Markdown,
    Html,
}

impl From<ReportFormat> for Format {
    fn from(format: ReportFormat) -> Format {
        match format {
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Html => Format::Html,
        }
    }
}

/// A file ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    pub name: String,
    pub mime: &'static str,
    pub contents: String,
    /// SHA-256 of `contents` as UTF-8, in lowercase hex.
    pub sha256: String,
}

/// How many hex digits of the digest the file name carries: enough to tell files apart and to
/// match a file to the full digest the app showed, short enough to keep names readable.
const NAME_DIGEST_DIGITS: usize = 12;

impl ExportFile {
    /// Names the file `{stem}-{client}-{date}-sha256-{digest prefix}.{ext}`.
    pub fn new(
        stem: &str,
        client: &Client,
        today: NaiveDate,
        format: Format,
        contents: String,
    ) -> ExportFile {
        let sha256 = sha256_hex(contents.as_bytes());
        let name = format!(
            "{stem}-{}-{today}-sha256-{}.{}",
            slug(client),
            &sha256[..NAME_DIGEST_DIGITS],
            format.extension()
        );
        ExportFile {
            name,
            mime: format.mime(),
            contents,
            sha256,
        }
    }
}

/// A report as a Markdown or HTML file.
pub fn report(
    kind: ReportKind,
    format: ReportFormat,
    lang: Lang,
    client: &Client,
    settings: &Settings,
    range: Range,
    today: NaiveDate,
) -> ExportFile {
    let doc = report::build(kind, lang, client, settings, range, today);
    let contents = match format {
        ReportFormat::Html => report::html::render(&doc),
        ReportFormat::Markdown => report::markdown::render(&doc),
    };
    let stem = match kind {
        ReportKind::Final => "final-report",
        ReportKind::Evidence => "evidence-file",
    };
    ExportFile::new(stem, client, today, format.into(), contents)
}

/// The client's log as a CSV file.
pub fn log_csv(lang: Lang, client: &Client, today: NaiveDate) -> ExportFile {
    ExportFile::new("log", client, today, Format::Csv, csv(lang, client))
}

/// The client as a JSON file: a backup holding this one client and no settings, so that it can
/// be restored or merged into any Clientwise.
pub fn client_json(client: &Client, today: NaiveDate, exported_at: &str) -> ExportFile {
    let contents = backup::encode(std::slice::from_ref(client), None, exported_at);
    ExportFile::new("client", client, today, Format::Json, contents)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The client's name as a file-name part: ASCII letters and digits, words joined by `-`.
/// A name with none (written in another script) falls back to the client's number.
fn slug(client: &Client) -> String {
    let mut slug = String::new();
    for c in client.name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("client-{}", client.id.0)
    } else {
        slug.to_owned()
    }
}

/// The log as RFC 4180 CSV: a header row, then one row per entry, oldest first; CRLF line ends;
/// a byte-order mark so that spreadsheet programs read the text as UTF-8. Amounts and hours are
/// plain numbers (a dot before the decimals, no grouping) so that spreadsheets can add them up.
pub fn csv(lang: Lang, client: &Client) -> String {
    let r = |key: R| i18n::report_text(lang, &key);
    let t = |msg: Msg| i18n::text(lang, &msg).into_owned();
    let mut out = String::from("\u{feff}");
    let header = [
        r(R::ColDate),
        r(R::ColKind),
        r(R::ColWhat),
        r(R::ColDetails),
        r(R::ColClosedOn),
        r(R::ColDue),
        r(R::ColHours),
        r(R::ColAmount),
        r(R::ColPaid),
        r(R::ColOutstanding),
        r(R::ColRounds),
        r(R::ColCurrency),
    ];
    push_row(&mut out, &header);
    let mut entries: Vec<_> = client.entries().iter().collect();
    entries.sort_by_key(|e| (e.date(), e.id));
    let currency = client.currency;
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for entry in entries {
        let mut row: [String; 12] = Default::default();
        row[0] = entry.date().to_string();
        row[1] = t(Msg::Kind(entry.kind()));
        match &entry.body {
            EntryBody::Request(q) => {
                row[2] = q.topic.clone();
                row[4] = day(q.answered);
            }
            EntryBody::Approval(a) => {
                row[2] = a.item.clone();
                if a.trivial {
                    row[3] = t(Msg::TrivialFlag);
                }
                row[4] = day(a.approved);
                row[10] = a.rounds.to_string();
            }
            EntryBody::Invoice(i) => {
                row[2] = i.number.clone();
                row[4] = day(i.settled_on());
                row[5] = i.due.to_string();
                row[7] = plain_amount(i.amount, currency);
                row[8] = plain_amount(i.paid().min(i.amount), currency);
                row[9] = plain_amount(i.outstanding(), currency);
                row[11] = currency.code().to_owned();
            }
            EntryBody::Incident(i) => {
                row[2] = t(Msg::Incident(i.kind));
                row[3] = i.note.clone();
            }
            EntryBody::Work(w) => {
                row[2] = w.description.clone();
                row[3] = w.deliverable.clone();
                row[6] = crate::model::hours::hours_for_input(w.duration);
            }
            EntryBody::Intervention(i) => {
                row[2] = t(Msg::Intervention(i.kind));
                row[3] = i.text.clone();
            }
            EntryBody::Note(n) => {
                row[2] = n.text.lines().next().unwrap_or_default().to_owned();
                row[3] = n.text.clone();
            }
        }
        push_row(&mut out, &row);
    }
    out
}

fn plain_amount(amount: Cents, currency: Currency) -> String {
    let (negative, major, minor) = split_amount(amount, currency);
    let sign = if negative { "-" } else { "" };
    let digits = currency.minor_digits() as usize;
    if digits == 0 {
        format!("{sign}{major}")
    } else {
        format!("{sign}{major}.{minor:0digits$}")
    }
}

fn push_row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// One CSV cell. A cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text; a
/// cell with a comma, a quote or a line break is quoted, quotes doubled (RFC 4180).
pub fn csv_cell(cell: &str) -> String {
    let mut value = String::with_capacity(cell.len() + 2);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        value.push('\'');
    }
    value.push_str(cell);
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_the_standard_vectors() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn formulas_are_neutralised_and_cells_quoted() {
        assert_eq!(csv_cell("=SUM(A1:A9)"), "'=SUM(A1:A9)");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("@cmd"), "'@cmd");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("\r=1"), "\"'\r=1\"");
        assert_eq!(
            csv_cell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a=b"), "a=b");
    }

    #[test]
    fn file_names_carry_the_digest() {
        let client = Client::new(crate::model::ClientId(7), "Brightside Café & Co.");
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid");
        let file = ExportFile::new("log", &client, day, Format::Csv, "x".into());
        assert_eq!(file.sha256, sha256_hex(b"x"));
        assert_eq!(
            file.name,
            format!(
                "log-brightside-caf-co-2026-11-23-sha256-{}.csv",
                &file.sha256[..12]
            )
        );
        let armenian = Client::new(crate::model::ClientId(9), "Արամ");
        assert!(
            ExportFile::new("log", &armenian, day, Format::Csv, String::new())
                .name
                .starts_with("log-client-9-")
        );
    }
}
