//! The day in a real browser: the store is opened on a fixed day (never the clock), and when
//! the day moves on, what is computed from it follows without a reload: a letter's "days ago",
//! the scores.

use chrono::Days;
use clientwise::components::next_step::NextSteps;
use clientwise::state::Store;
use clientwise_core::model::{Cents, Client, ClientId, EntryBody, Invoice};
use clientwise_core::scoring::{Pattern, Summary};
use clientwise_core::session::Command;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlTextAreaElement;

use crate::common::{TODAY, container, days_ago};

/// A client with an invoice 30 days overdue, saved through the store; its id.
fn overdue_client(store: &Store) -> ClientId {
    let mut client = Client::new(ClientId(0), "Kiri Atoll");
    client.add_entry(EntryBody::Invoice(Invoice {
        number: "KA-01".into(),
        issued: days_ago(60),
        due: days_ago(30),
        amount: Cents(1_200_00),
        payments: Vec::new(),
    }));
    let changes = store.send(Command::AddClient(client));
    assert!(changes.saved(), "saved");
    changes.clients[0]
}

#[wasm_bindgen_test]
async fn letters_and_scores_follow_the_day_without_a_reload() {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
        .clear()
        .expect("cleared");
    let store = Store::open(TODAY);
    let id = overdue_client(&store);

    let root = container();
    leptos::mount::mount_to(root.clone(), move || {
        store.provide();
        let (client, assessment) = store.client_signals(id).expect("the client");
        view! { <NextSteps client=client assessment=assessment on_start_parting=|_| () /> }
    })
    .forget();
    let message = || {
        root.query_selector("textarea")
            .expect("query")
            .map(|t| t.unchecked_into::<HtmlTextAreaElement>().value())
            .unwrap_or_default()
    };
    let oldest = || {
        untrack(|| store.assessment(id)).and_then(|a| match a.pattern(Pattern::NonPaying).summary {
            Summary::NonPaying(s) => s.oldest_overdue_days,
            _ => None,
        })
    };
    leptos::task::tick().await;
    assert!(message().contains("(30 days ago)"), "{}", message());
    assert_eq!(oldest(), Some(30));

    store.send(Command::NewDay(
        TODAY.checked_add_days(Days::new(1)).expect("in range"),
    ));
    // The message is written again, then shown: a few turns of the scheduler.
    for _ in 0..10 {
        leptos::task::tick().await;
    }
    assert!(message().contains("(31 days ago)"), "{}", message());
    assert_eq!(oldest(), Some(31));
}
