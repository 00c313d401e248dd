//! The client list: every client with status and counts, "Add client", and for a first visit a
//! way to load example data.

use clientwise_core::i18n::Msg;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes;
use crate::state::Store;
use crate::text::{t, use_title};

#[component]
pub fn ClientsPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::ClientsTitle));
    let loaded = RwSignal::new(None::<usize>);
    let load_examples = move |_| loaded.set(Some(store.load_examples()));
    let has_clients = move || store.clients.with(|c| !c.is_empty());
    let rows = move || {
        store.clients.with(|all| {
            all.iter()
                .map(|c| {
                    let href = routes::href(&routes::client(c.id));
                    let status = c.status;
                    let name = c.name.clone();
                    let company = (!c.company.is_empty()).then(|| c.company.clone());
                    let (entries, open, unpaid) =
                        (c.entries().len(), c.open_requests(), c.unpaid_invoices());
                    view! {
                        <tr>
                            <th scope="row">
                                <A href=href>{name}</A>
                                {company.map(|company| view! { <span class="sub">{company}</span> })}
                            </th>
                            <td data-label=t(Msg::ColStatus)>
                                <span class=format!("status status-{status:?}").to_lowercase()>
                                    {t(Msg::Status(status))}
                                </span>
                            </td>
                            <td class="num" data-label=t(Msg::ColEntries)>{entries}</td>
                            <td class="num" data-label=t(Msg::ColOpenRequests)>{open}</td>
                            <td class="num" data-label=t(Msg::ColUnpaid)>{unpaid}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="page">
            <header class="page-head">
                <h1>{t(Msg::ClientsTitle)}</h1>
                <Show when=move || !store.is_read_only()>
                    <A href=routes::href(routes::NEW_CLIENT) attr:class="button primary">{t(Msg::AddClient)}</A>
                </Show>
            </header>
            <p class="save-status" role="status">
                {move || loaded.get().map(|n| t(Msg::ExampleLoaded(n)))}
            </p>
            <Show
                when=has_clients
                fallback=move || view! {
                    <div class="empty-state">
                        <p class="lead">{t(Msg::NoClientsYet)}</p>
                        <p>{t(Msg::EmptyHint)}</p>
                        <Show when=move || !store.is_read_only()>
                            <div class="actions">
                                <A href=routes::href(routes::NEW_CLIENT) attr:class="button primary">{t(Msg::AddClient)}</A>
                                <button type="button" on:click=load_examples>{t(Msg::LoadExample)}</button>
                            </div>
                        </Show>
                    </div>
                }
            >
                <table class="clients">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ColName)}</th>
                            <th scope="col">{t(Msg::ColStatus)}</th>
                            <th scope="col" class="num">{t(Msg::ColEntries)}</th>
                            <th scope="col" class="num">{t(Msg::ColOpenRequests)}</th>
                            <th scope="col" class="num">{t(Msg::ColUnpaid)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </Show>
        </section>
    }
}
