//! A ready-to-send message: subject and body filled from the record, editable, copied with one
//! click, and "mark as sent" logs the final text as an intervention so the playbook moves on.

use clientwise_core::i18n::{Message, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::components::field::unique_id;
use crate::text::t;

#[component]
pub fn MessageComposer(
    message: Message,
    /// Called with the final text when the user marks it as sent; `None` hides the button.
    #[prop(optional, into)]
    on_sent: Option<Callback<String>>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// Whether the user has a name in settings to sign with.
    #[prop(optional)]
    unsigned: bool,
) -> impl IntoView {
    let lang = message.lang.tag();
    let written_in = t(Msg::WrittenIn(message.lang));
    let subject = RwSignal::new(message.subject);
    let body = RwSignal::new(message.body);
    let status = RwSignal::new(None::<String>);
    let (subject_id, body_id) = (unique_id("subject"), unique_id("message"));
    let copy = move |_| {
        let text = body.get_untracked();
        spawn_local(async move {
            let ok = browser::copy_to_clipboard(text).await;
            status.set(Some(t(if ok { Msg::Copied } else { Msg::CopyFailed })));
        });
    };
    let whole = move || format!("{}\n\n{}", subject.get_untracked(), body.get_untracked());
    view! {
        <div class="composer stack">
            <p class="hint">{written_in}</p>
            <div class="field">
                <label for=subject_id.clone()>{t(Msg::MessageSubject)}</label>
                <input
                    id=subject_id.clone()
                    type="text"
                    lang=lang
                    prop:value=move || subject.get()
                    on:input=move |ev| subject.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for=body_id.clone()>{t(Msg::MessageBody)}</label>
                <textarea
                    id=body_id.clone()
                    lang=lang
                    rows="12"
                    prop:value=move || body.get()
                    on:input=move |ev| body.set(event_target_value(&ev))
                ></textarea>
            </div>
            {unsigned.then(|| view! { <p class="hint">{t(Msg::AddNameHint)}</p> })}
            <div class="actions">
                <button type="button" class="primary" on:click=copy>{t(Msg::CopyMessage)}</button>
                {on_sent.map(|sent| view! {
                    <button
                        type="button"
                        disabled=move || disabled.get()
                        on:click=move |_| sent.run(whole())
                    >
                        {t(Msg::MarkAsSent)}
                    </button>
                })}
            </div>
            <p class="save-status" role="status">{move || status.get()}</p>
        </div>
    }
}
