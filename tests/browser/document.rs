//! The report preview in a real browser: the same document the files are rendered from, shown
//! with its headings and tables, every user text as text.

use chrono::NaiveDate;
use clientwise::components::document::DocumentView;
use clientwise_core::i18n::Lang;
use clientwise_core::model::{Cents, Client, ClientId, EntryBody, Invoice, Settings};
use clientwise_core::report::{self, Range, ReportKind};
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::common::container;

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).expect("valid")
}

fn client() -> Client {
    let mut c = Client::new(ClientId(1), HOSTILE);
    c.contract.accounts = vec!["Instagram".into()];
    c.add_entry(EntryBody::Invoice(Invoice {
        number: HOSTILE.into(),
        issued: day(1),
        due: day(15),
        amount: Cents(120_00),
        payments: Vec::new(),
    }));
    c
}

fn mount(kind: ReportKind) -> HtmlElement {
    let root = container();
    let client = client();
    let range = Range {
        from: day(1),
        to: day(31),
    };
    let doc = report::build(
        kind,
        Lang::En,
        &client,
        &Settings::default(),
        range,
        day(31),
    );
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <DocumentView doc=Signal::derive(move || doc.clone()) /> }
    });
    handle.forget();
    root
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
fn the_preview_shows_the_document_with_user_text_as_text() {
    let root = mount(ReportKind::Final);
    assert_eq!(texts(&root, "h2"), [format!("Final report: {HOSTILE}")]);
    let headings = texts(&root, "h3");
    assert_eq!(
        headings,
        [
            "Summary",
            "Work by month",
            "Invoices and payments",
            "Hand-over",
            "Closing"
        ]
    );
    assert!(root.query_selector("img").expect("query").is_none());
    let cells = texts(&root, "td");
    assert!(cells.iter().any(|c| c == HOSTILE), "{cells:?}");
    assert!(cells.iter().any(|c| c == "Overdue by 16 days"), "{cells:?}");
    let numeric = texts(&root, "th.num");
    assert_eq!(numeric, ["Amount", "Paid"]);
}

#[wasm_bindgen_test]
fn the_evidence_file_starts_its_problem_log_and_scores_on_a_new_page() {
    let root = mount(ReportKind::Evidence);
    let fresh = texts(&root, "section.new-page > h3");
    assert_eq!(fresh, ["Problem log", "Scores"]);
    assert!(
        root.query_selector("[role=note]")
            .expect("query")
            .and_then(|n| n.text_content())
            .is_some_and(|t| t.starts_with("Private"))
    );
}
