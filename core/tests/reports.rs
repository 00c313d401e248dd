//! The reports and exports as a user receives them: golden files of both reports on a fixed
//! client, user text that stays inert text in every format, CSV that spreadsheets read as data.
//!
//! To accept a deliberate change of the golden files: `UPDATE_GOLDEN=1 cargo test -p
//! clientwise-core --test reports`, then read the diff.

mod common;

use chrono::NaiveDate;
use clientwise_core::export::{self, Format, ReportFormat};
use clientwise_core::i18n::Lang;
use clientwise_core::model::{
    Approval, Cents, Client, ClientId, EntryBody, HardTime, Incident, IncidentKind, Intervention,
    InterventionKind, Invoice, Minutes, Note, Parting, PartingReason, Payment, Request, Settings,
    Work,
};
use clientwise_core::report::{self, Range, ReportKind, html, markdown};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid")
}

fn settings() -> Settings {
    common::signed_settings()
}

/// The example's late payer, in the middle of parting: one account handed over, one not.
fn fixed_client() -> Client {
    common::late_payer(Lang::En, today())
}

fn golden(name: &str, actual: &str) {
    common::golden(name, actual);
}

fn render(kind: ReportKind, format: ReportFormat, client: &Client) -> String {
    let range = Range::whole(client, today());
    export::report(kind, format, Lang::En, client, &settings(), range, today()).contents
}

#[test]
fn the_final_report_reads_as_expected() {
    let client = fixed_client();
    golden(
        "final-report.md",
        &render(ReportKind::Final, ReportFormat::Markdown, &client),
    );
    golden(
        "final-report.html",
        &render(ReportKind::Final, ReportFormat::Html, &client),
    );
}

#[test]
fn the_evidence_file_reads_as_expected() {
    let client = fixed_client();
    golden(
        "evidence-file.md",
        &render(ReportKind::Evidence, ReportFormat::Markdown, &client),
    );
    golden(
        "evidence-file.html",
        &render(ReportKind::Evidence, ReportFormat::Html, &client),
    );
}

#[test]
fn the_final_report_keeps_internal_judgements_out() {
    let client = fixed_client();
    let md = render(ReportKind::Final, ReportFormat::Markdown, &client);
    for internal in [
        "Score",
        "score",
        "Verdict",
        "Evidence",
        "Problem log",
        "Private",
    ] {
        assert!(
            !md.contains(internal),
            "the client's report mentions {internal:?}"
        );
    }
    let evidence = render(ReportKind::Evidence, ReportFormat::Markdown, &client);
    for part in [
        "Problem log",
        "Late and overdue invoices",
        "Non-paying: ",
        "Private",
    ] {
        assert!(evidence.contains(part), "the evidence file lacks {part:?}");
    }
}

#[test]
fn a_range_limits_what_is_reported() {
    let client = fixed_client();
    let range = Range {
        from: NaiveDate::from_ymd_opt(2026, 10, 1).expect("valid"),
        to: today(),
    };
    let doc = report::build(
        ReportKind::Final,
        Lang::En,
        &client,
        &settings(),
        range,
        today(),
    );
    let md = markdown::render(&doc);
    assert!(md.contains("BC-06"), "{md}");
    assert!(!md.contains("BC-01"), "{md}");
}

/// Texts that would do something if a renderer let them through.
const HOSTILE: &[&str] = &[
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "[click me](javascript:alert(1))",
    "![pixel](http://example.com/track.png)",
    "<https://example.com/autolink>",
    "# Heading injection",
    "| cell | injection |",
    "**bold** _em_ `code` ~~strike~~",
    "&lt;script&gt; &amp; &#60;",
    "1. list\n- item\n> quote\n```\nfence",
    "\u{202e}evil\u{202c} \u{200b}zero-width",
    "=HYPERLINK(\"http://example.com\",\"x\")",
];

fn hostile_client(payload: &str) -> Client {
    let d = |n| today() - chrono::Duration::days(n);
    let mut c = Client::new(ClientId(1), payload);
    c.company = payload.into();
    c.contact = payload.into();
    c.notes = payload.into();
    c.contract.scope = payload.into();
    c.contract.accounts = vec![payload.into()];
    c.hard_times = vec![HardTime {
        start: d(400),
        end: Some(d(390)),
        note: payload.into(),
    }];
    for body in [
        EntryBody::Request(Request {
            sent: d(30),
            topic: payload.into(),
            answered: None,
        }),
        EntryBody::Approval(Approval {
            submitted: d(29),
            item: payload.into(),
            rounds: 9,
            approved: None,
            trivial: true,
        }),
        EntryBody::Invoice(Invoice {
            number: payload.into(),
            issued: d(60),
            due: d(46),
            amount: Cents(100_00),
            payments: vec![Payment {
                date: d(40),
                amount: Cents(10_00),
            }],
        }),
        EntryBody::Incident(Incident {
            date: d(20),
            kind: IncidentKind::Blame,
            note: payload.into(),
        }),
        EntryBody::Work(Work {
            date: d(10),
            duration: Minutes(90),
            description: payload.into(),
            deliverable: payload.into(),
        }),
        EntryBody::Intervention(Intervention {
            date: d(5),
            kind: InterventionKind::Other,
            text: payload.into(),
        }),
        EntryBody::Note(Note {
            date: d(2),
            text: payload.into(),
        }),
    ] {
        c.add_entry(body);
    }
    let mut parting = Parting::new(d(1), PartingReason::Custom(payload.into()));
    parting.colleague = payload.into();
    c.parting = Some(parting);
    c
}

fn hostile_settings(payload: &str) -> Settings {
    Settings {
        owner_name: payload.into(),
        business: payload.into(),
        ..Settings::default()
    }
}

#[test]
fn user_text_stays_text_in_html() {
    for payload in HOSTILE {
        let client = hostile_client(payload);
        for kind in [ReportKind::Final, ReportKind::Evidence] {
            let range = Range::whole(&client, today());
            let doc = report::build(
                kind,
                Lang::En,
                &client,
                &hostile_settings(payload),
                range,
                today(),
            );
            let out = html::render(&doc);
            only_our_markup(&out, payload);
            let escaped = html::escape(payload);
            assert!(out.contains(&escaped), "{payload} is not shown as text");
        }
    }
}

/// Every tag in `html` is one the renderer writes itself, with only its own attributes: no text
/// became markup.
fn only_our_markup(html: &str, payload: &str) {
    const TAGS: &[&str] = &[
        "!doctype",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "br",
        "section",
        "dl",
        "div",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "blockquote",
        "ul",
        "li",
    ];
    const ATTRIBUTES: &[&str] = &[
        "lang",
        "charset",
        "http-equiv",
        "content",
        "name",
        "class",
        "scope",
    ];
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let tag = &rest[at + 1..];
        let end = tag.find('>').expect("every tag is closed");
        let inside = tag[..end].trim_start_matches('/');
        let name_end = inside.find(char::is_whitespace).unwrap_or(inside.len());
        let name = inside[..name_end].to_lowercase();
        assert!(TAGS.contains(&name.as_str()), "<{name}> from {payload:?}");
        let mut attributes = inside[name_end..].trim_start();
        while name != "!doctype" && !attributes.is_empty() {
            let name_end = attributes
                .find(|c: char| c == '=' || c.is_whitespace())
                .unwrap_or(attributes.len());
            let attribute = &attributes[..name_end];
            assert!(
                ATTRIBUTES.contains(&attribute),
                "attribute {attribute:?} from {payload:?}"
            );
            attributes = &attributes[name_end..];
            if let Some(value) = attributes.strip_prefix("=\"") {
                let close = value.find('"').expect("quoted values are closed");
                attributes = &value[close + 1..];
            }
            attributes = attributes.trim_start();
        }
        rest = &tag[end..];
    }
    assert!(!html.contains("<script"), "{payload}");
}

/// Renders Markdown the way a viewer would and checks that it holds no HTML, link or image, and
/// that every payload line's visible text is there.
#[test]
fn user_text_stays_text_in_markdown() {
    for payload in HOSTILE {
        let client = hostile_client(payload);
        for kind in [ReportKind::Final, ReportKind::Evidence] {
            let range = Range::whole(&client, today());
            let doc = report::build(
                kind,
                Lang::En,
                &client,
                &hostile_settings(payload),
                range,
                today(),
            );
            let md = markdown::render(&doc);
            let mut text = String::new();
            let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
            for event in Parser::new_ext(&md, options) {
                match event {
                    Event::Html(h) | Event::InlineHtml(h) => {
                        panic!("{payload:?} became HTML {h:?}")
                    }
                    Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                        panic!("{payload:?} became a link or an image")
                    }
                    Event::Start(Tag::Strikethrough | Tag::CodeBlock(_)) => {
                        panic!("{payload:?} became markup")
                    }
                    Event::Code(c) => panic!("{payload:?} became code {c:?} in\n{md}"),
                    Event::Text(t) => text.push_str(&t),
                    Event::SoftBreak | Event::HardBreak => text.push('\n'),
                    _ => {}
                }
            }
            for line in payload.lines() {
                assert!(
                    text.contains(line.trim()),
                    "{line:?} is not shown as typed in\n{md}"
                );
            }
        }
    }
}

#[test]
fn the_log_csv_neutralises_formulas_and_round_trips() {
    for payload in HOSTILE {
        let client = hostile_client(payload);
        let file = export::log_csv(Lang::En, &client, today());
        assert!(file.contents.starts_with('\u{feff}'));
        let body = file.contents.trim_start_matches('\u{feff}');
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(body.as_bytes());
        let headers = reader.headers().expect("a header row").clone();
        assert_eq!(headers.get(0), Some("Date"));
        let rows: Vec<csv::StringRecord> = reader
            .records()
            .collect::<Result<_, _>>()
            .expect("valid CSV");
        assert_eq!(rows.len(), client.entries().len());
        for row in &rows {
            assert_eq!(row.len(), headers.len(), "every row has every column");
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?} would run as a formula"
                );
            }
        }
        // The payload is kept, behind the apostrophe if it looked like a formula.
        let kept = rows
            .iter()
            .flatten()
            .any(|cell| cell == *payload || cell.strip_prefix('\'') == Some(payload));
        assert!(kept, "{payload:?} is missing from the CSV");
    }
}

#[test]
fn the_log_csv_has_plain_numbers() {
    let client = fixed_client();
    let csv = export::log_csv(Lang::En, &client, today()).contents;
    assert!(csv.contains("\r\n"), "CRLF line ends");
    let invoice = csv
        .lines()
        .find(|l| l.contains("BC-01"))
        .expect("the first invoice");
    assert!(invoice.contains(",900.00,900.00,0.00,,EUR"), "{invoice}");
    let work = csv.lines().find(|l| l.contains("Work done")).expect("work");
    assert!(work.contains(",10,"), "hours as a number: {work}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_client_renders_in_every_format(client in common::client(3, 12)) {
        let range = Range::whole(&client, today());
        for kind in [ReportKind::Final, ReportKind::Evidence] {
            for format in [ReportFormat::Markdown, ReportFormat::Html] {
                let file = export::report(kind, format, Lang::En, &client, &settings(), range, today());
                prop_assert_eq!(file.sha256, export::sha256_hex(file.contents.as_bytes()));
                prop_assert!(file.name.ends_with(Format::from(format).extension()));
            }
        }
        let csv = export::log_csv(Lang::En, &client, today()).contents;
        let body = csv.trim_start_matches('\u{feff}');
        let rows = csv::Reader::from_reader(body.as_bytes()).records().count();
        prop_assert_eq!(rows, client.entries().len());
    }
}
