//! Reading an exported file into a table: a byte-order mark, CRLF or LF, `,` `;` or tab
//! separators, quoted or not, and preamble lines above the header (older exports put a title
//! and a date range there).

/// A file larger than this is refused before it is read: a two-year export of a busy freelancer
/// is a few megabytes; fifty is a wrong file.
pub const MAX_IMPORT_BYTES: usize = 50 * 1024 * 1024;

/// How many lines above the header an export may have.
const MAX_PREAMBLE: usize = 20;

/// A file read as a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    /// Each row with its line number in the file (1-based, as a spreadsheet shows it).
    pub rows: Vec<(usize, Vec<String>)>,
    pub delimiter: u8,
}

impl Table {
    /// The index of the first header equal to one of `names` (case and spacing ignored).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        let norm = |s: &str| s.trim().to_lowercase();
        names
            .iter()
            .find_map(|n| self.headers.iter().position(|h| norm(h) == norm(n)))
    }

    /// The index of the first header starting with `prefix` (`Amount (EUR)`).
    pub fn column_starting(&self, prefix: &str) -> Option<usize> {
        let prefix = prefix.to_lowercase();
        self.headers
            .iter()
            .position(|h| h.trim().to_lowercase().starts_with(&prefix))
    }
}

/// Why a file could not be read as a table at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// Binary data, or text without columns.
    NotCsv,
}

/// Reads `text` as a table. `is_header` says whether a row of cells is a header this caller
/// knows; the first such row within the first lines is taken as the header (preamble lines
/// above it are skipped). Without one, the first row with the most columns is.
pub fn read(text: &str, is_header: impl Fn(&[String]) -> bool) -> Result<Table, ReadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if text.contains('\0') {
        return Err(ReadError::NotCsv);
    }
    let delimiter = sniff(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records: Vec<(usize, Vec<String>)> = Vec::new();
    // Line numbers as a spreadsheet or an editor shows them, counted from the byte offsets.
    let (mut counted_to, mut line) = (0_usize, 1_usize);
    let mut record = csv::StringRecord::new();
    loop {
        let start = (reader.position().byte() as usize).min(text.len());
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // A broken quote: the rest of the file cannot be split reliably.
            Err(_) => return Err(ReadError::NotCsv),
        }
        // After a CRLF the reader's offset points at the LF; count up to and including it.
        let upto = (start + 1).min(text.len());
        if upto > counted_to {
            line += text.as_bytes()[counted_to..upto]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            counted_to = upto;
        }
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        records.push((line, cells));
    }
    let header_at = records
        .iter()
        .take(MAX_PREAMBLE)
        .position(|(_, cells)| is_header(cells))
        .or_else(|| {
            let widest = records
                .iter()
                .take(MAX_PREAMBLE)
                .map(|(_, c)| c.len())
                .max()?;
            records
                .iter()
                .take(MAX_PREAMBLE)
                .position(|(_, c)| c.len() == widest)
        })
        .ok_or(ReadError::Empty)?;
    let mut rows = records.split_off(header_at);
    let (_, headers) = rows.remove(0);
    if headers.iter().filter(|h| !h.is_empty()).count() < 2 {
        return Err(ReadError::NotCsv);
    }
    Ok(Table {
        headers,
        rows,
        delimiter,
    })
}

/// The separator used in the first lines: the one of `,` `;` tab that occurs most outside
/// quotes (so that a decimal comma in a `;` file does not fool it).
fn sniff(text: &str) -> u8 {
    let mut counts = [0_usize; 3];
    let mut quoted = false;
    for line in text.lines().take(MAX_PREAMBLE + 5) {
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => counts[0] += 1,
                ';' if !quoted => counts[1] += 1,
                '\t' if !quoted => counts[2] += 1,
                _ => {}
            }
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn any(_: &[String]) -> bool {
        false
    }

    #[test]
    fn quoted_semicolon_bom_crlf() {
        let text =
            "\u{feff}\"Date\";\"Hours\";\"Notes\"\r\n\"15.10.2024\";\"0,5\";\"Call; long\"\r\n";
        let t = read(text, any).expect("reads");
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.headers, ["Date", "Hours", "Notes"]);
        assert_eq!(
            t.rows,
            vec![(
                2,
                vec!["15.10.2024".into(), "0,5".into(), "Call; long".into()]
            )]
        );
    }

    #[test]
    fn preamble_lines_are_skipped() {
        let text = "Invoices\nFrom 2024-01-01 to 2024-12-31\n\nInvoice Number,Client,Amount\nA-1,Acme,$13.50\n";
        let header = |cells: &[String]| cells.first().is_some_and(|c| c == "Invoice Number");
        let t = read(text, header).expect("reads");
        assert_eq!(t.headers[0], "Invoice Number");
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].0, 5, "line numbers count the preamble");
    }

    #[test]
    fn not_csv_is_refused() {
        assert_eq!(read("", any), Err(ReadError::Empty));
        assert_eq!(read("\u{0}\u{1}PNG", any), Err(ReadError::NotCsv));
        assert_eq!(
            read("just one line of prose\n", any),
            Err(ReadError::NotCsv)
        );
    }
}
