//! Creating and editing a client: the client form, saved through the store, then back to the
//! client's page.

use clientwise_core::i18n::Msg;
use clientwise_core::model::{Client, ClientId};
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
    let on_save = move |mut client: Client| {
        // The id is taken only now, so an abandoned form reserves nothing.
        client.id = store.new_client_id();
        let id = client.id;
        store.save_client(client);
        navigate(&routes::client(id), NavigateOptions::default());
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
        let client = id.get().and_then(|id| {
            store
                .clients
                .with_untracked(|all| all.iter().find(|c| c.id == id).cloned())
        });
        match client {
            None => view! { <NotFound /> }.into_any(),
            Some(client) => {
                let id = client.id;
                let page = routes::client(id);
                let back = {
                    let (navigate, page) = (navigate.clone(), page.clone());
                    move |_| navigate(&page, NavigateOptions::default())
                };
                // The form edits the profile only. Another tab may have logged entries while it
                // was open (this tab follows them), so the profile goes onto the client as it is
                // now, never onto the copy the form started from.
                let on_save = move |edited: Client| {
                    let current = store
                        .clients
                        .with_untracked(|all| all.iter().find(|c| c.id == id).cloned());
                    let client = match current {
                        Some(mut current) => {
                            current.take_profile(edited);
                            current
                        }
                        // Deleted in another tab meanwhile: saving brings it back as edited.
                        None => edited,
                    };
                    store.save_client(client);
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
