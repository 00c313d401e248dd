//! A client's page: who they are, the contract, hard-time periods, and the evidence log with its
//! entry form. Every change goes through the store at once.

use clientwise_core::draft::EntryDraft;
use clientwise_core::i18n::Msg;
use clientwise_core::model::{Client, ClientId, EntryId, EntryKind, PaymentTerms, Pricing};
use clientwise_core::portfolio;
use clientwise_core::scoring::Assessment;
use clientwise_core::session::Command;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::browser;
use crate::components::charts::BarChart;
use crate::components::confirm::ConfirmDelete;
use crate::components::entry_form::EntryForm;
use crate::components::evidence_log::EvidenceLog;
use crate::components::next_step::NextSteps;
use crate::components::parting::PartingPanel;
use crate::components::scores::{ScorePanel, VerdictCard};
use crate::routes;
use crate::state::Store;
use crate::text::{date, lang, money, t, use_title};

/// The client id in the current route, if it is a number.
pub fn use_client_id() -> Memo<Option<ClientId>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse().ok())
            .map(ClientId)
    })
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <p class="empty">{t(Msg::ClientNotFound)}</p>
            <A href=routes::href(routes::CLIENTS)>{t(Msg::BackToClients)}</A>
        </section>
    }
}

/// What the entry form is open for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing {
    New,
    Entry(EntryId),
}

#[component]
pub fn ClientPage() -> impl IntoView {
    client_route(|client, scores| {
        view! { <ClientView client=client assessment=scores /> }.into_any()
    })
}

/// The page of the client the route names, given that client's record and scores as signals,
/// or "not found" (a wrong link, or a client deleted meanwhile, here or in another tab).
pub fn client_route(page: fn(Signal<Client>, Signal<Assessment>) -> AnyView) -> impl IntoView {
    let store = Store::use_context();
    let id = use_client_id();
    // Rebuilt when the route names another client or this one goes; an edit to this client or
    // another does not rebuild it.
    let shown = Memo::new(move |_| id.get().filter(|&id| store.has_client(id)));
    move || {
        let signals = shown
            .get()
            .and_then(|id| untrack(|| store.client_signals(id)));
        match signals {
            Some((client, scores)) => page(client, scores),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

#[component]
fn ClientView(client: Signal<Client>, assessment: Signal<Assessment>) -> impl IntoView {
    let store = Store::use_context();
    let navigate = use_navigate();
    let read_only = Signal::derive(move || store.is_read_only());
    use_title(move || client.with(|c| c.name.clone()));
    let editing = RwSignal::new(None::<Editing>);
    let filter = RwSignal::new(None::<EntryKind>);
    let id = client.with_untracked(|c| c.id);
    let start_parting = move || {
        store.send(Command::StartParting(id));
        browser::focus_first("#parting-title");
    };
    let parting = Memo::new(move |_| client.with(|c| c.parting.is_some()));
    let reveal = move |entry: EntryId| {
        filter.set(None);
        browser::reveal(format!("entry-{entry}"));
    };
    let add_ref = NodeRef::<leptos::html::Button>::new();

    let close_form = move || {
        editing.set(None);
        if let Some(button) = add_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let save_entry = move |body| {
        let command = match editing.get_untracked() {
            Some(Editing::Entry(entry)) => Command::EditEntry {
                client: id,
                entry,
                body,
            },
            _ => Command::AddEntry { client: id, body },
        };
        store.send(command);
        close_form();
    };
    let delete_entry = move |entry: EntryId| {
        store.send(Command::DeleteEntry { client: id, entry });
    };
    let delete_client = move |_| {
        if store.send(Command::DeleteClient(id)).saved() {
            navigate(routes::CLIENTS, NavigateOptions::default());
        }
    };
    let form = move || {
        editing.get().and_then(|target| {
            let c = client.get_untracked();
            let (title, draft, is_edit) = match target {
                Editing::New => (
                    t(Msg::NewEntryTitle),
                    EntryDraft::new(EntryKind::Request, store.today.get_untracked()),
                    false,
                ),
                Editing::Entry(id) => match c.entry(id) {
                    Some(entry) => (
                        t(Msg::EditEntryTitle),
                        EntryDraft::from_entry(entry, &c).localised(lang()),
                        true,
                    ),
                    // Deleted meanwhile (another tab): nothing left to edit.
                    None => return None,
                },
            };
            Some(view! {
                <section class="card entry-editor" aria-label=title.clone()>
                    <h3>{title.clone()}</h3>
                    <EntryForm
                        client=c
                        initial=draft
                        editing=is_edit
                        on_save=save_entry
                        on_cancel=move |_| close_form()
                    />
                </section>
            })
        })
    };
    // Focus the first field when the form opens (an edge effect: focus is DOM state).
    Effect::new(move |_| {
        if editing.get().is_some() {
            browser::focus_first(".entry-editor select, .entry-editor input");
        }
    });

    let name = move || client.with(|c| c.name.clone());
    let edit_href = move || routes::href(&routes::edit_client(client.with(|c| c.id)));
    let report_href = move || routes::href(&routes::report(client.with(|c| c.id)));
    view! {
        <article class="page client">
            <nav class="crumbs" aria-label=t(Msg::BackToClients)>
                <A href=routes::href(routes::CLIENTS)>{t(Msg::BackToClients)}</A>
            </nav>
            <header class="page-head">
                <div>
                    <h1>{name}</h1>
                    <p class="sub">
                        {move || client.with(|c| c.company.clone())}
                        " "
                        <span class=move || format!("status status-{:?}", client.with(|c| c.status)).to_lowercase()>
                            {move || t(Msg::Status(client.with(|c| c.status)))}
                        </span>
                    </p>
                    <p class="sub">{move || client.with(|c| c.contact.clone())}</p>
                </div>
                <div class="actions">
                    <A href=report_href attr:class="button">{t(Msg::ReportsLink)}</A>
                    <Show when=move || !read_only.get()>
                        <A href=edit_href attr:class="button">{t(Msg::EditClient)}</A>
                        <Show when=move || !parting.get()>
                            <button type="button" on:click=move |_| start_parting()>
                                {t(Msg::StartParting)}
                            </button>
                        </Show>
                        <ConfirmDelete
                            name=t(Msg::DeleteClient)
                            prompt=t(Msg::ConfirmDeleteClient(client.with_untracked(|c| c.name.clone())))
                            on_confirm=delete_client.clone()
                        />
                    </Show>
                </div>
            </header>
            <VerdictCard client=client assessment=assessment />
            <Show
                when=move || parting.get()
                fallback=move || view! {
                    <NextSteps
                        client=client
                        assessment=assessment
                        on_start_parting=move |_| start_parting()
                    />
                }
            >
                <PartingPanel client=client />
            </Show>
            <ScorePanel client=client assessment=assessment on_reveal=reveal />
            <ClientCharts client=client today=store.today />
            <ContractCard client=client />
            <section class="log-section" aria-labelledby="log-title">
                <div class="section-head">
                    <h2 id="log-title">{t(Msg::EvidenceLog)}</h2>
                    <Show when=move || !read_only.get() && editing.get().is_none()>
                        <button
                            type="button"
                            class="primary"
                            node_ref=add_ref
                            on:click=move |_| editing.set(Some(Editing::New))
                        >
                            {t(Msg::AddEntry)}
                        </button>
                    </Show>
                </div>
                {form}
                <EvidenceLog
                    client=client
                    filter=filter
                    read_only=read_only
                    on_edit=move |id| editing.set(Some(Editing::Entry(id)))
                    on_delete=delete_entry
                />
            </section>
        </article>
    }
}

/// The client's history as charts: lateness per invoice, answer time per request, revision
/// rounds per item against the contract.
#[component]
fn ClientCharts(client: Signal<Client>, today: ReadSignal<chrono::NaiveDate>) -> impl IntoView {
    move || {
        let today = today.get();
        client.with(|c| {
            let included = c.contract.included_revisions;
            view! {
                <section class="card stack charts" aria-labelledby="charts-title">
                    <h2 id="charts-title">{t(Msg::ChartsTitle)}</h2>
                    <div class="chart-grid">
                        <BarChart
                            title=t(Msg::LatenessTitle)
                            desc=t(Msg::LatenessDesc)
                            points=portfolio::lateness(c, today)
                            value_label=t(Msg::ColDaysCount)
                        />
                        <BarChart
                            title=t(Msg::AnswerTimeTitle)
                            desc=t(Msg::AnswerTimeDesc)
                            points=portfolio::answer_times(c, today)
                            value_label=t(Msg::ColDaysCount)
                        />
                        <BarChart
                            title=t(Msg::RoundsTitle)
                            desc=t(Msg::RoundsDesc(included))
                            points=portfolio::revision_rounds(c)
                            value_label=t(Msg::ColRoundsCount)
                            reference=(i64::from(included), t(Msg::ContractLine(included)))
                        />
                    </div>
                </section>
            }
        })
    }
}

/// The contract terms, managed accounts, scope, notes and hard-time periods.
#[component]
fn ContractCard(client: Signal<Client>) -> impl IntoView {
    let terms = move || {
        client.with(|c| {
            let k = &c.contract;
            let mut lines = vec![
                t(match k.payment_terms {
                    PaymentTerms::DaysAfterInvoice(n) => Msg::TermsSummaryDays(n),
                    PaymentTerms::DayOfMonth(d) => Msg::TermsSummaryDayOfMonth(d),
                }),
                t(Msg::NoticeSummary(k.notice_days)),
                t(Msg::RevisionsSummary(k.included_revisions)),
                t(match k.pricing {
                    Pricing::None => Msg::NoPricing,
                    Pricing::Retainer(a) => Msg::RetainerSummary(money(a, c.currency)),
                    Pricing::Hourly(a) => Msg::HourlySummary(money(a, c.currency)),
                    Pricing::Project(a) => Msg::ProjectSummary(money(a, c.currency)),
                }),
            ];
            if let Some(started) = k.started {
                lines.push(t(Msg::StartedSummary(date(started))));
            }
            if let Some(lang) = c.language {
                lines.push(t(Msg::ClientLanguageSummary(lang)));
            }
            lines
        })
    };
    let accounts = move || client.with(|c| c.contract.accounts.clone());
    let hard_times = move || {
        client.with(|c| {
            c.hard_times
                .iter()
                .map(|h| {
                    let when = match h.end {
                        Some(end) => t(Msg::HardTimeBetween(date(h.start), date(end))),
                        None => t(Msg::HardTimeOngoing(date(h.start))),
                    };
                    (when, h.note.clone())
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card contract" aria-labelledby="contract-title">
            <h2 id="contract-title">{t(Msg::ContractTitle)}</h2>
            <ul class="facts">
                {move || terms().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <h3>{t(Msg::AccountsTitle)}</h3>
            {move || {
                let list = accounts();
                if list.is_empty() {
                    view! { <p class="muted">{t(Msg::NoAccounts)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="tags">
                            {list.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
            {move || {
                let scope = client.with(|c| c.contract.scope.clone());
                (!scope.is_empty()).then(|| view! {
                    <h3>{t(Msg::Scope)}</h3>
                    <p class="prose">{scope}</p>
                })
            }}
            {move || {
                let notes = client.with(|c| c.notes.clone());
                (!notes.is_empty()).then(|| view! {
                    <h3>{t(Msg::Notes)}</h3>
                    <p class="prose">{notes}</p>
                })
            }}
            {move || {
                let periods = hard_times();
                (!periods.is_empty()).then(|| view! {
                    <h3>{t(Msg::HardTimes)}</h3>
                    <ul class="facts">
                        {periods
                            .into_iter()
                            .map(|(when, note)| view! { <li><strong>{when}</strong>" " {note}</li> })
                            .collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}
