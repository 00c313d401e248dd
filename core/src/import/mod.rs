//! Bringing history in from the tools freelancers already use: their CSV exports read into a
//! table (`read`), recognised by the header (`formats::detect`), and turned row by row into
//! work, invoices and payments (`formats::parse`), with each bad row's line and reason. Values
//! are read the way those tools write them (`values`).

pub mod formats;
pub mod plan;
pub mod read;
pub mod values;

pub use formats::{Decimal, Kind, Mapping, Parsed, Record, Row, SkipReason, Skipped, Source};
pub use read::{MAX_IMPORT_BYTES, ReadError, Table};
pub use values::DateOrder;

/// A file read and, when its header is known, recognised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub table: Table,
    /// `None`: not a format Clientwise knows; the user maps the columns.
    pub source: Option<Source>,
}

/// Reads `text` and recognises its format.
pub fn open(text: &str) -> Result<Opened, ReadError> {
    let table = read::read(text, |cells| formats::detect(cells).is_some())?;
    let source = formats::detect(&table.headers);
    Ok(Opened { table, source })
}

/// The columns the user picked for a layout Clientwise does not know, remembered (per browser) by
/// the header's signature so the same export maps itself next time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedMapping {
    pub signature: String,
    pub kind: Kind,
    pub mapping: Mapping,
}

/// How many layouts are remembered; the oldest is forgotten first.
pub const MAX_SAVED_MAPPINGS: usize = 20;

/// Remembers `saved`, replacing an earlier mapping of the same layout.
pub fn remember(all: &mut Vec<SavedMapping>, saved: SavedMapping) {
    all.retain(|m| m.signature != saved.signature);
    all.insert(0, saved);
    all.truncate(MAX_SAVED_MAPPINGS);
}

/// What identifies a file's layout, to remember the column mapping the user chose for it: the
/// header names, case and spacing ignored.
pub fn header_signature(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| {
            h.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join("|")
}
