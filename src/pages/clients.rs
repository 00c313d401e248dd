//! The client list: every client with status and counts, "Add client", and for a first visit a
//! way to load example data.

use clientwise_core::i18n::Msg;
use clientwise_core::model::Client;
use clientwise_core::scoring::{Assessment, Band, Pattern};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::field::SelectField;
use crate::components::scores::band_class;
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
    let sort = RwSignal::new(SortBy::Risk);
    let rows = move || {
        let order = sort.get();
        store.assessments.with(|scores| {
            store.clients.with(|all| {
                let mut shown: Vec<(&Client, Option<&Assessment>)> =
                    all.iter().map(|c| (c, scores.get(&c.id))).collect();
                match order {
                    SortBy::Added => {}
                    SortBy::Name => shown.sort_by_key(|(c, _)| c.name.to_lowercase()),
                    SortBy::Risk => shown.sort_by_key(|(c, a)| {
                        let level = a.map(|a| a.verdict.level);
                        let risk = a.map_or(0, Assessment::risk);
                        (std::cmp::Reverse((level, risk)), c.name.to_lowercase())
                    }),
                }
                shown.into_iter().map(|(c, a)| row(c, a)).collect_view()
            })
        })
    };
    let sort_options = vec![
        (SortBy::Risk, t(Msg::SortRisk)),
        (SortBy::Name, t(Msg::SortName)),
        (SortBy::Added, t(Msg::SortAdded)),
    ];
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
                <div class="list-tools">
                    <SelectField
                        label=t(Msg::SortBy)
                        options=sort_options.clone()
                        value=sort
                        on_change=move |s| sort.set(s)
                    />
                </div>
                <table class="clients">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ColName)}</th>
                            <th scope="col">{t(Msg::ColVerdict)}</th>
                            <th scope="col" class="num">{t(Msg::Pattern(Pattern::Unresponsive))}</th>
                            <th scope="col" class="num">{t(Msg::Pattern(Pattern::Controlling))}</th>
                            <th scope="col" class="num">{t(Msg::Pattern(Pattern::NonPaying))}</th>
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    Risk,
    Name,
    Added,
}

/// One client's row: name, verdict, the three scores, status and counts.
fn row(c: &Client, assessment: Option<&Assessment>) -> impl IntoView + use<> {
    let href = routes::href(&routes::client(c.id));
    let status = c.status;
    let name = c.name.clone();
    let company = (!c.company.is_empty()).then(|| c.company.clone());
    let (entries, open, unpaid) = (c.entries().len(), c.open_requests(), c.unpaid_invoices());
    let verdict = assessment.map(|a| a.verdict.level).unwrap_or(Band::Healthy);
    let scores = Pattern::ALL.map(|p| {
        let (score, band) = assessment.map_or((0, Band::Healthy), |a| {
            let s = a.pattern(p);
            (s.score, s.band)
        });
        view! {
            <td class=format!("num score-cell {}", band_class(band)) data-label=t(Msg::Pattern(p))>
                {score}
            </td>
        }
    });
    view! {
        <tr>
            <th scope="row">
                <A href=href>{name}</A>
                {company.map(|company| view! { <span class="sub">{company}</span> })}
            </th>
            <td data-label=t(Msg::ColVerdict)>
                <span class=format!("badge {}", band_class(verdict))>{t(Msg::Band(verdict))}</span>
            </td>
            {scores}
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
}
