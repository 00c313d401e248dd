//! Languages in a real browser: the screen's language set before a view is built decides its
//! words; a message to a client is written, labelled and marked (`lang`) in the client's
//! language whatever the screen's; a choice's hint is tied to its control.

use clientwise::components::field::SelectField;
use clientwise::components::message::MessageComposer;
use clientwise::text;
use clientwise_core::i18n::{self, Lang, Msg};
use clientwise_core::model::{Cents, Client, ClientId, Currency, PaymentTerms, Settings};
use clientwise_core::playbook::letters::{Letter, LetterKind, Overdue};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::common::container as root;

fn reminder_to(client: &Client) -> Letter {
    let settings = Settings {
        owner_name: "Sam Rivera".into(),
        ..Settings::default()
    };
    let due = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("valid");
    Letter {
        kind: LetterKind::PaymentReminder {
            terms: PaymentTerms::DaysAfterInvoice(14),
            overdue: vec![Overdue {
                number: "BC-05".into(),
                outstanding: Cents(900_00),
                due,
                days: 53,
            }],
        },
        recipient: "Tom".into(),
        full_name: client.name.clone(),
        company: client.company.clone(),
        currency: Currency::EUR,
        sender_name: settings.owner_name,
        sender_business: String::new(),
    }
}

#[wasm_bindgen_test]
fn a_message_is_written_in_the_clients_language_on_a_screen_in_another() {
    text::set_lang(Lang::Fi);
    let mut client = Client::new(ClientId(1), "Tom Brightside");
    client.language = Some(Lang::Hr);
    let message = text::letter(&client, &reminder_to(&client));
    let expected = i18n::letter(Lang::Hr, &reminder_to(&client));
    assert_eq!(message, expected, "the letter is the Croatian one");

    let root = root();
    let shown = message.clone();
    leptos::mount::mount_to(root.clone(), move || {
        view! { <MessageComposer message=shown.clone() /> }
    })
    .forget();

    let body = root
        .query_selector("textarea")
        .expect("query")
        .expect("a body");
    assert_eq!(body.get_attribute("lang").as_deref(), Some("hr"));
    let subject = root
        .query_selector("input")
        .expect("query")
        .expect("a subject");
    assert_eq!(subject.get_attribute("lang").as_deref(), Some("hr"));
    let text = root.text_content().unwrap_or_default();
    // The screen's words are Finnish: the labels and the note on the letter's language.
    assert!(
        text.contains(&i18n::text(Lang::Fi, &Msg::MessageBody).into_owned()),
        "{text}"
    );
    assert!(
        text.contains(&i18n::text(Lang::Fi, &Msg::WrittenIn(Lang::Hr)).into_owned()),
        "{text}"
    );
    assert!(
        !text.contains(&i18n::text(Lang::En, &Msg::MessageBody).into_owned()),
        "{text}"
    );

    // Without a language of their own, a client reads the screen's.
    client.language = None;
    assert_eq!(text::letter(&client, &reminder_to(&client)).lang, Lang::Fi);
    text::set_lang(Lang::En);
}

#[wasm_bindgen_test]
async fn a_choice_says_what_it_changes_and_reports_the_new_value() {
    let root = root();
    let chosen = RwSignal::new(None::<Lang>);
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <SelectField
                label="Their language"
                hint="What they read is written in it."
                options=vec![(None, "Mine".to_owned()), (Some(Lang::Hu), "Magyar".to_owned())]
                value=chosen
                on_change=move |l| chosen.set(l)
            />
        }
    })
    .forget();
    let select: web_sys::HtmlSelectElement = root
        .query_selector("select")
        .expect("query")
        .expect("a select")
        .unchecked_into();
    let hint_id = select.get_attribute("aria-describedby").expect("described");
    let hint = root
        .query_selector(&format!("#{hint_id}"))
        .expect("query")
        .expect("the hint");
    assert_eq!(
        hint.text_content().as_deref(),
        Some("What they read is written in it.")
    );

    select.set_value("1");
    let change = web_sys::Event::new("change").expect("event");
    select.dispatch_event(&change).expect("dispatched");
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), Some(Lang::Hu));
}
