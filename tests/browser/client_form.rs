//! The client form in a real browser: validation messages appear next to the fields they concern,
//! the form refuses to save until they are fixed, and a valid form hands over the client.

use std::sync::{Arc, Mutex};

use clientwise::components::client_form::ClientForm;
use clientwise_core::model::{Client, ClientId, PaymentTerms};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlInputElement};

use crate::common::{button, container, document};

/// The control labelled `label` inside `root`.
fn input_labelled(root: &HtmlElement, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").expect("labels");
    for i in 0..labels.length() {
        let node: HtmlElement = labels.item(i).expect("label").unchecked_into();
        if node.text_content().as_deref() == Some(label) {
            let id = node.get_attribute("for").expect("label has a for");
            return document()
                .get_element_by_id(&id)
                .expect("labelled control")
                .unchecked_into();
        }
    }
    panic!("no control labelled {label}");
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("event");
    input.dispatch_event(&event).expect("dispatched");
}

/// The error text shown for `input`, via its aria-describedby.
fn error_for(input: &HtmlInputElement) -> Option<String> {
    let ids = input.get_attribute("aria-describedby")?;
    ids.split(' ')
        .filter_map(|id| document().get_element_by_id(id))
        .find(|e| e.class_list().contains("error"))
        .and_then(|e| e.text_content())
}

fn mount_form(root: &HtmlElement) -> Arc<Mutex<Vec<Client>>> {
    let saved = Arc::new(Mutex::new(Vec::new()));
    let sink = saved.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let sink = sink.clone();
        view! {
            <ClientForm
                initial=Client::new(ClientId(0), "")
                on_save=move |c: Client| sink.lock().expect("lock").push(c)
                on_cancel=|_| ()
            />
        }
    });
    handle.forget();
    saved
}

#[wasm_bindgen_test]
async fn an_empty_name_is_refused_next_to_the_field() {
    let root = container();
    let saved = mount_form(&root);
    let name = input_labelled(&root, "Name");
    assert_eq!(error_for(&name), None);

    button(&root, "Save client").click();
    leptos::task::tick().await;

    assert_eq!(error_for(&name).as_deref(), Some("Required."));
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(saved.lock().expect("lock").is_empty(), "nothing saved");
    root.remove();
}

#[wasm_bindgen_test]
async fn errors_clear_as_they_are_fixed_and_a_valid_form_saves() {
    let root = container();
    let saved = mount_form(&root);
    let notice = input_labelled(&root, "Notice period (days)");
    type_into(&notice, "-5");
    button(&root, "Save client").click();
    leptos::task::tick().await;
    assert_eq!(error_for(&notice).as_deref(), Some("Cannot be negative."));

    type_into(&input_labelled(&root, "Name"), "  Northwind Bakery ");
    type_into(&notice, "45");
    leptos::task::tick().await;
    assert_eq!(error_for(&notice), None, "the error clears once fixed");

    // Switch the payment terms to a fixed day of the month and pick the 1st.
    let radio = input_labelled(&root, "On a fixed day of each month");
    radio.click();
    leptos::task::tick().await;
    type_into(&input_labelled(&root, "Day of the month"), "1");

    button(&root, "Save client").click();
    leptos::task::tick().await;
    let saved = saved.lock().expect("lock");
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "Northwind Bakery");
    assert_eq!(saved[0].contract.notice_days, 45);
    assert_eq!(saved[0].contract.payment_terms, PaymentTerms::DayOfMonth(1));
    root.remove();
}
