//! The two reports written when parting with a client, built as typed documents and then
//! rendered: `facts` works the numbers out of the log, `build` lays them out as a `Document` in a
//! language, and `markdown` and `html` render any `Document`. The app's preview renders the same
//! `Document`, so what the user sees is what the files contain.
//!
//! - The **final report** is for the client: the engagement period, the work by month, invoices
//!   and payments, the hand-over and a short closing. No scores, nothing internal.
//! - The **evidence file** is for the user alone, in case of a dispute: everything in the final
//!   report plus the dated problem log and the three scores with the evidence behind them.

mod build;
pub mod facts;
pub mod html;
pub mod markdown;

use chrono::NaiveDate;

pub use build::build;

use crate::i18n::Lang;
use crate::model::Client;

/// Which report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportKind {
    /// For the client.
    Final,
    /// Private: for the user's records and a dispute.
    Evidence,
}

/// The days a report covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Range {
    /// The whole engagement up to `today`: from the contract's start or the first entry,
    /// whichever is earlier, to `today` (or the last entry, if one is dated later).
    pub fn whole(client: &Client, today: NaiveDate) -> Range {
        let first = client.entries().iter().map(|e| e.date()).min();
        let last = client.entries().iter().map(|e| e.date()).max();
        let from = match (client.contract.started, first) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b).unwrap_or(today),
        };
        let to = last.map_or(today, |l| l.max(today));
        Range {
            from: from.min(to),
            to,
        }
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        date >= self.from && date <= self.to
    }
}

/// A report laid out in one language, ready to render. Every string is plain text: renderers
/// escape it for their format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// Lines under the title: who prepared it, for whom, when, the period.
    pub meta: Vec<String>,
    /// A warning printed prominently (the evidence file is private).
    pub notice: Option<String>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    /// 2 for a section, 3 for a part of one.
    pub level: u8,
    /// Printed from the top of a fresh page (the evidence file's problem log and scores).
    pub new_page: bool,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph; line breaks in it are kept.
    Paragraph(String),
    /// Label–value pairs.
    Facts(Vec<(String, String)>),
    Table(Table),
    /// A text quoted in full (a message that was sent), under a short heading.
    Quote {
        heading: String,
        text: String,
    },
    List(Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// A totals row, if the table has one.
    pub total: Option<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub label: String,
    /// Numbers and amounts are right-aligned.
    pub numeric: bool,
}
