//! Lays a client's facts out as a `Document` in one language.

use chrono::NaiveDate;

use super::facts::{Facts, InvoiceState, facts};
use super::{Block, Column, Document, Range, ReportKind, Section, Table};
use crate::i18n::{self, Lang, Msg, ReportText as R, describe};
use crate::model::{Client, Minutes, Settings};
use crate::scoring::{Pattern, assess};

/// The report of `kind` about `client` for `range`, in `lang`, as of `today`. The evidence file's
/// scores are computed here, with the user's thresholds, as of `today`.
pub fn build(
    kind: ReportKind,
    lang: Lang,
    client: &Client,
    settings: &Settings,
    range: Range,
    today: NaiveDate,
) -> Document {
    let f = facts(client, range, today);
    let w = Writer { lang, client };
    let mut sections = vec![w.summary(&f), w.work(&f), w.invoices(&f), w.hand_over(&f)];
    if kind == ReportKind::Evidence {
        sections.extend(w.problems(&f));
        sections.extend(w.scores(settings, today));
    } else {
        sections.push(w.closing(&f, settings));
    }
    let title = match kind {
        ReportKind::Final => R::FinalTitle(client.name.clone()),
        ReportKind::Evidence => R::EvidenceTitle(client.name.clone()),
    };
    let mut meta = Vec::new();
    if !client.company.trim().is_empty() {
        meta.push(w.r(R::ClientCompany(client.company.clone())));
    }
    let by = [settings.owner_name.trim(), settings.business.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !by.is_empty() {
        meta.push(w.r(R::PreparedBy(by)));
    }
    meta.push(w.r(R::PreparedOn(w.date(today))));
    meta.push(w.r(R::Period(w.date(range.from), w.date(range.to))));
    Document {
        lang,
        title: w.r(title),
        meta,
        notice: (kind == ReportKind::Evidence).then(|| w.r(R::PrivateNotice)),
        sections,
    }
}

struct Writer<'a> {
    lang: Lang,
    client: &'a Client,
}

impl Writer<'_> {
    fn r(&self, text: R) -> String {
        i18n::report_text(self.lang, &text)
    }

    fn t(&self, msg: Msg) -> String {
        i18n::text(self.lang, &msg).into_owned()
    }

    fn date(&self, date: NaiveDate) -> String {
        i18n::date(self.lang, date)
    }

    fn money(&self, amount: crate::model::Cents) -> String {
        i18n::money(self.lang, amount, self.client.currency)
    }

    fn hours(&self, worked: Minutes) -> String {
        i18n::hours(self.lang, worked)
    }

    fn columns(&self, columns: &[(R, bool)]) -> Vec<Column> {
        columns
            .iter()
            .map(|(label, numeric)| Column {
                label: self.r(label.clone()),
                numeric: *numeric,
            })
            .collect()
    }

    fn section(&self, heading: R, level: u8, blocks: Vec<Block>) -> Section {
        Section {
            heading: self.r(heading),
            level,
            new_page: false,
            blocks,
        }
    }

    /// A table, or the sentence saying there is nothing to show.
    fn table_or(&self, table: Table, empty: R) -> Block {
        if table.rows.is_empty() {
            Block::Paragraph(self.r(empty))
        } else {
            Block::Table(table)
        }
    }

    fn summary(&self, f: &Facts) -> Section {
        let facts = vec![
            (
                self.r(R::FactPeriod),
                self.r(R::Period(self.date(f.range.from), self.date(f.range.to))),
            ),
            (self.r(R::FactWorked), self.hours(f.worked)),
            (self.r(R::FactInvoiced), self.money(f.invoiced)),
            (self.r(R::FactPaid), self.money(f.paid)),
            (self.r(R::FactOutstanding), self.money(f.outstanding)),
        ];
        self.section(R::SummaryTitle, 2, vec![Block::Facts(facts)])
    }

    fn work(&self, f: &Facts) -> Section {
        let table = Table {
            columns: self.columns(&[
                (R::ColMonth, false),
                (R::ColHours, true),
                (R::ColDone, false),
            ]),
            rows: f
                .months
                .iter()
                .map(|m| {
                    vec![
                        self.r(R::Month(m.year, m.month)),
                        self.hours(m.worked),
                        m.done.join("; "),
                    ]
                })
                .collect(),
            total: Some(vec![self.r(R::Total), self.hours(f.worked), String::new()]),
        };
        self.section(R::WorkTitle, 2, vec![self.table_or(table, R::NoWork)])
    }

    fn invoice_state(&self, state: InvoiceState) -> String {
        match state {
            InvoiceState::Paid { on, days_late: 0 } => self.r(R::PaidOn(self.date(on))),
            InvoiceState::Paid { on, days_late } => self.r(R::PaidLate(self.date(on), days_late)),
            InvoiceState::Overdue { days } => self.r(R::OverdueBy(days)),
            InvoiceState::Open => self.r(R::NotDueYet),
        }
    }

    fn invoices(&self, f: &Facts) -> Section {
        let table = Table {
            columns: self.columns(&[
                (R::ColInvoice, false),
                (R::ColIssued, false),
                (R::ColDue, false),
                (R::ColAmount, true),
                (R::ColPaid, true),
                (R::ColStatus, false),
            ]),
            rows: f
                .invoices
                .iter()
                .map(|i| {
                    vec![
                        i.number.clone(),
                        self.date(i.issued),
                        self.date(i.due),
                        self.money(i.amount),
                        self.money(i.paid),
                        self.invoice_state(i.state),
                    ]
                })
                .collect(),
            total: Some(vec![
                self.r(R::Total),
                String::new(),
                String::new(),
                self.money(f.invoiced),
                self.money(f.paid),
                self.r(R::OutstandingTotal(self.money(f.outstanding))),
            ]),
        };
        self.section(
            R::InvoicesTitle,
            2,
            vec![self.table_or(table, R::NoInvoices)],
        )
    }

    fn hand_over(&self, f: &Facts) -> Section {
        let table = Table {
            columns: self.columns(&[(R::ColAccount, false), (R::ColStatus, false)]),
            rows: f
                .accounts
                .iter()
                .map(|(account, done)| {
                    let state = if *done { R::HandedOver } else { R::ToHandOver };
                    vec![account.clone(), self.r(state)]
                })
                .collect(),
            total: None,
        };
        self.section(
            R::HandOverTitle,
            2,
            vec![self.table_or(table, R::NoAccounts)],
        )
    }

    fn closing(&self, f: &Facts, settings: &Settings) -> Section {
        let mut paragraphs = vec![self.r(R::ClosingThanks(
            self.date(f.range.from),
            self.date(f.range.to),
        ))];
        if f.outstanding > crate::model::Cents::ZERO {
            paragraphs.push(self.r(R::ClosingOwed(self.money(f.outstanding))));
        }
        if !f.accounts.is_empty() && f.accounts.iter().all(|(_, done)| *done) {
            paragraphs.push(self.r(R::ClosingHandedOver));
        }
        paragraphs.push(self.r(R::ClosingWishes));
        paragraphs.push(self.r(R::SignOff(
            settings.owner_name.trim().to_owned(),
            settings.business.trim().to_owned(),
        )));
        self.section(
            R::ClosingTitle,
            2,
            paragraphs.into_iter().map(Block::Paragraph).collect(),
        )
    }

    fn problems(&self, f: &Facts) -> Vec<Section> {
        let requests = Table {
            columns: self.columns(&[
                (R::ColSent, false),
                (R::ColTopic, false),
                (R::ColAnswered, false),
                (R::ColWaited, true),
            ]),
            rows: f
                .requests
                .iter()
                .map(|l| {
                    vec![
                        self.date(l.request.sent),
                        l.request.topic.clone(),
                        l.request
                            .answered
                            .map_or_else(|| self.r(R::NotAnswered), |d| self.date(d)),
                        self.r(R::Days(l.waited_days)),
                    ]
                })
                .collect(),
            total: None,
        };
        let approvals = Table {
            columns: self.columns(&[
                (R::ColSubmitted, false),
                (R::ColItem, false),
                (R::ColRounds, true),
                (R::ColIncluded, true),
                (R::ColApproved, false),
            ]),
            rows: f
                .approvals_beyond
                .iter()
                .map(|a| {
                    let mut item = a.item.clone();
                    if a.trivial {
                        item = format!("{item} ({})", self.t(Msg::TrivialFlag));
                    }
                    vec![
                        self.date(a.submitted),
                        item,
                        a.rounds.to_string(),
                        self.client.contract.included_revisions.to_string(),
                        a.approved
                            .map_or_else(|| self.t(Msg::WaitingForApproval), |d| self.date(d)),
                    ]
                })
                .collect(),
            total: None,
        };
        let incidents = Table {
            columns: self.columns(&[
                (R::ColDate, false),
                (R::ColWhat, false),
                (R::ColDetails, false),
            ]),
            rows: f
                .incidents
                .iter()
                .map(|i| {
                    vec![
                        self.date(i.date),
                        self.t(Msg::Incident(i.kind)),
                        i.note.clone(),
                    ]
                })
                .collect(),
            total: None,
        };
        let late = Table {
            columns: self.columns(&[
                (R::ColInvoice, false),
                (R::ColDue, false),
                (R::ColAmount, true),
                (R::ColOutstanding, true),
                (R::ColDaysLate, true),
                (R::ColStatus, false),
            ]),
            rows: f
                .invoices
                .iter()
                .filter(|i| i.was_late())
                .map(|i| {
                    let days = match i.state {
                        InvoiceState::Paid { days_late, .. } => days_late,
                        InvoiceState::Overdue { days } => days,
                        InvoiceState::Open => 0,
                    };
                    vec![
                        i.number.clone(),
                        self.date(i.due),
                        self.money(i.amount),
                        self.money(i.outstanding),
                        days.to_string(),
                        self.invoice_state(i.state),
                    ]
                })
                .collect(),
            total: None,
        };
        let messages: Vec<Block> = f
            .interventions
            .iter()
            .map(|i| Block::Quote {
                heading: format!(
                    "{} · {}",
                    self.date(i.date),
                    self.t(Msg::Intervention(i.kind))
                ),
                text: i.text.clone(),
            })
            .collect();
        let notes: Vec<Block> = f
            .notes
            .iter()
            .map(|n| Block::Quote {
                heading: self.date(n.date),
                text: n.text.clone(),
            })
            .collect();
        let or_none = |blocks: Vec<Block>| {
            if blocks.is_empty() {
                vec![Block::Paragraph(self.r(R::NothingInPeriod))]
            } else {
                blocks
            }
        };
        let mut title = self.section(
            R::ProblemsTitle,
            2,
            vec![Block::Paragraph(self.r(R::ProblemsIntro))],
        );
        title.new_page = true;
        vec![
            title,
            self.section(
                R::RequestsTitle,
                3,
                vec![self.table_or(requests, R::NothingInPeriod)],
            ),
            self.section(
                R::ApprovalsTitle,
                3,
                vec![self.table_or(approvals, R::NothingInPeriod)],
            ),
            self.section(
                R::IncidentsTitle,
                3,
                vec![self.table_or(incidents, R::NothingInPeriod)],
            ),
            self.section(
                R::LateInvoicesTitle,
                3,
                vec![self.table_or(late, R::NothingInPeriod)],
            ),
            self.section(R::MessagesTitle, 3, or_none(messages)),
            self.section(R::NotesTitle, 3, or_none(notes)),
        ]
    }

    fn scores(&self, settings: &Settings, today: NaiveDate) -> Vec<Section> {
        let assessment = assess(self.client, &settings.thresholds, today);
        let verdict = &assessment.verdict;
        let mut intro = vec![self.r(R::ScoresIntro(
            self.date(today),
            self.t(Msg::Band(verdict.level)),
        ))];
        if verdict.extra_mile {
            intro.push(self.t(Msg::ExtraMileNote));
        }
        let mut title = self.section(
            R::ScoresTitle,
            2,
            intro.into_iter().map(Block::Paragraph).collect(),
        );
        title.new_page = true;
        let mut sections = vec![title];
        for pattern in Pattern::ALL {
            let score = assessment.pattern(pattern);
            let rows = score
                .evidence
                .iter()
                .map(|e| {
                    let mut why = describe::evidence(self.lang, e, self.client);
                    let weight = self.t(Msg::WeightNote(e.weight));
                    if !weight.is_empty() {
                        why = format!("{why} ({weight})");
                    }
                    vec![self.date(e.date), self.t(Msg::Points(e.points)), why]
                })
                .collect();
            let table = Table {
                columns: self.columns(&[
                    (R::ColDate, false),
                    (R::ColPoints, true),
                    (R::ColWhy, false),
                ]),
                rows,
                total: None,
            };
            sections.push(Section {
                new_page: false,
                heading: self.r(R::ScoreHeading(
                    self.t(Msg::Pattern(pattern)),
                    score.score,
                    self.t(Msg::Band(score.band)),
                )),
                level: 3,
                blocks: vec![
                    Block::Paragraph(self.t(Msg::Summary(score.summary, self.client.currency))),
                    self.table_or(table, R::NoEvidence),
                ],
            });
        }
        sections
    }
}
