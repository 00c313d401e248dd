//! A destructive button that asks before acting: the first press turns it into a short question
//! with "Yes, delete" and "Cancel", with focus on "Cancel" so that a second careless keypress
//! cannot delete anything.

use clientwise_core::i18n::Msg;
use leptos::prelude::*;

use crate::text::t;

#[component]
pub fn ConfirmDelete(
    /// The accessible name of the first button ("Delete invoice INV-7").
    #[prop(into)]
    name: String,
    /// The question asked before deleting.
    #[prop(into)]
    prompt: String,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    let delete_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        // Move focus into the question when it appears (an edge effect: focus is DOM state).
        if asking.get()
            && let Some(button) = cancel_ref.get()
        {
            let _ = button.focus();
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                let name = name.clone();
                view! {
                    <button
                        type="button"
                        class="danger-quiet"
                        node_ref=delete_ref
                        aria-label=name
                        disabled=move || disabled.get()
                        on:click=move |_| asking.set(true)
                    >
                        {t(Msg::Delete)}
                    </button>
                }
            }
        >
            <span class="confirm" role="group" aria-label=prompt.clone()>
                <span class="confirm-prompt">{prompt.clone()}</span>
                <button type="button" class="danger" on:click=move |_| {
                    asking.set(false);
                    on_confirm.run(());
                }>
                    {t(Msg::YesDelete)}
                </button>
                <button type="button" node_ref=cancel_ref on:click=move |_| asking.set(false)>
                    {t(Msg::Cancel)}
                </button>
            </span>
        </Show>
    }
}
