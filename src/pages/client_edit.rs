//! Creating and editing a client: the client form, saved through the store, then back to the
//! client's page.

use clientwise_core::i18n::Msg;
use clientwise_core::model::{Client, ClientId};
use clientwise_core::session::Command;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::components::client_form::ClientForm;
use crate::pages::client::{NotFound, use_client_id};
use crate::routes;
use crate::state::Store;
use crate::text::{t, use_title};

#[component]
pub fn NewClientPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::NewClientTitle));
    let navigate = use_navigate();
    let back = navigate.clone();
    let on_save = move |client: Client| {
        // The session gives the client its id now, so an abandoned form reserves nothing.
        if let Some(id) = store.send(Command::AddClient(client)).clients.first() {
            navigate(&routes::client(*id), NavigateOptions::default());
        }
    };
    view! {
        <section class="page narrow">
            <h1>{t(Msg::NewClientTitle)}</h1>
            <ClientForm
                initial=Client::new(ClientId(0), "")
                on_save=on_save
                on_cancel=move |_| back(routes::CLIENTS, NavigateOptions::default())
            />
        </section>
    }
}

#[component]
pub fn EditClientPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::EditClientTitle));
    let id = use_client_id();
    let navigate = use_navigate();
    move || {
        let navigate = navigate.clone();
        // Read once: the form edits its own draft, and must not be reset by unrelated updates.
        let client = id.get().and_then(|id| untrack(|| store.client(id)));
        match client {
            None => view! { <NotFound /> }.into_any(),
            Some(client) => {
                let id = client.id;
                let page = routes::client(id);
                let back = {
                    let (navigate, page) = (navigate.clone(), page.clone());
                    move |_| navigate(&page, NavigateOptions::default())
                };
                // The form edits the profile only; the session puts it onto the client as it is
                // now (entries logged meanwhile in another tab are kept).
                let on_save = move |profile: Client| {
                    store.send(Command::EditProfile { id, profile });
                    navigate(&page, NavigateOptions::default());
                };
                view! {
                    <section class="page narrow">
                        <h1>{t(Msg::EditClientTitle)}</h1>
                        <ClientForm initial=client on_save=on_save on_cancel=back />
                    </section>
                }
                .into_any()
            }
        }
    }
}
