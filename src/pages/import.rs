//! Bringing history in: pick another tool's CSV export, see what it would add (clients matched
//! and created, rows imported, rows skipped with their line and reason, totals), import it, and
//! undo any import with one click.

use clientwise_core::i18n::Msg;
use clientwise_core::import::plan::{self, Plan};
use clientwise_core::import::{
    self, DateOrder, Kind, MAX_IMPORT_BYTES, Mapping, Opened, ReadError, SavedMapping, Source,
    formats,
};
use clientwise_core::session::Command;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{self, FileError};
use crate::components::field::{FileField, RadioOption, SelectField};
use crate::state::Store;
use crate::text::{hours, money, t, use_title};

/// How many skipped rows are listed; the count says how many there are in all.
const SKIPPED_SHOWN: usize = 100;

#[component]
pub fn ImportPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::ImportTitle));
    let opened = RwSignal::new(None::<Result<Opened, ReadError>>);
    let reading = RwSignal::new(false);
    let order = RwSignal::new(None::<DateOrder>);
    let status = RwSignal::new(None::<String>);
    // For a layout Clientwise does not know: what the rows are and which column is which.
    let kind = RwSignal::new(Kind::Time);
    let mapping = RwSignal::new(Mapping::default());
    let input = NodeRef::<leptos::html::Input>::new();

    let on_pick = move |()| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        reading.set(true);
        status.set(None);
        order.set(None);
        spawn_local(async move {
            let read = browser::read_picked_file(&el, MAX_IMPORT_BYTES).await;
            let read = read.map(|r| match r {
                Ok(text) => import::open(&text),
                Err(FileError::TooLarge { bytes }) => Err(ReadError::TooLarge { bytes }),
                Err(FileError::Unreadable) => Err(ReadError::NotCsv),
            });
            if let Some(Ok(Opened {
                table,
                source: None,
            })) = &read
            {
                // The columns picked last time for this layout, or a guess from the headers.
                let signature = import::header_signature(&table.headers);
                let saved = store
                    .import_mappings
                    .with_untracked(|all| all.iter().find(|m| m.signature == signature).cloned());
                let (k, m) = saved.map_or_else(
                    || (Kind::Time, formats::guess(table, Kind::Time)),
                    |s| (s.kind, s.mapping),
                );
                kind.set(k);
                mapping.set(m);
            }
            // "Reading the file…" stays up until the file is read and parsed: a large export
            // takes a moment.
            reading.set(false);
            opened.set(read);
        });
    };
    let parsed = Memo::new(move |_| {
        let order = order.get();
        opened.with(|o| match o {
            Some(Ok(Opened {
                table,
                source: Some(source),
            })) => Some(formats::parse_known(*source, table, order)),
            Some(Ok(Opened {
                table,
                source: None,
            })) => {
                let (kind, mapping) = (kind.get(), mapping.get());
                mapping
                    .is_complete(kind)
                    .then(|| formats::parse(Source::Generic, kind, &mapping, table, order))
            }
            _ => None,
        })
    });
    let the_plan = Memo::new(move |_| {
        parsed.with(|p| {
            p.as_ref()
                .filter(|p| !p.needs_date_order)
                .map(|p| plan::plan(p, &store.all_clients()))
        })
    });
    let reset = move || {
        opened.set(None);
        order.set(None);
        if let Some(el) = input.get_untracked() {
            el.set_value("");
        }
    };
    let run = move |_| {
        let Some(p) = the_plan.get_untracked() else {
            return;
        };
        let rows = p.changes.len();
        if p.source == Source::Generic {
            let headers = opened.with_untracked(|o| match o {
                Some(Ok(o)) => o.table.headers.clone(),
                _ => Vec::new(),
            });
            store.send(Command::RememberMapping(SavedMapping {
                signature: import::header_signature(&headers),
                kind: kind.get_untracked(),
                mapping: mapping.get_untracked(),
            }));
        }
        if store.send(Command::Import(p)).saved() {
            status.set(Some(t(Msg::ImportedRows(rows))));
            reset();
        }
    };

    let problem = move || {
        opened.with(|o| match o {
            Some(Err(e)) => Some(
                view! {
                    <p class="error-box" role="alert">{t(Msg::ImportReadError(e.clone()))}</p>
                }
                .into_any(),
            ),
            Some(Ok(Opened {
                table,
                source: None,
            })) => Some(
                view! { <MappingForm headers=table.headers.clone() kind=kind mapping=mapping /> }
                    .into_any(),
            ),
            _ => None,
        })
    };
    let recognised = move || {
        parsed.with(|p| {
            p.as_ref()
                .filter(|p| p.source != Source::Generic)
                .map(|p| view! { <p class="lead">{t(Msg::Recognised(p.source))}</p> })
        })
    };
    let ask_order = move || {
        // Asked while the data cannot say, and kept on screen once answered so it can be changed.
        let needed = parsed.with(|p| p.as_ref().is_some_and(|p| p.needs_date_order));
        (needed || order.get().is_some()).then(|| {
            view! {
                <fieldset class="choices">
                    <legend>{t(Msg::DateOrderQuestion)}</legend>
                    <RadioOption
                        name="date-order"
                        value=Some(DateOrder::DayMonthYear)
                        label=t(Msg::DayFirst)
                        selected=order
                    />
                    <RadioOption
                        name="date-order"
                        value=Some(DateOrder::MonthDayYear)
                        label=t(Msg::MonthFirst)
                        selected=order
                    />
                </fieldset>
            }
        })
    };
    let preview = move || {
        the_plan
            .get()
            .map(|p| view! { <PlanPreview plan=p on_import=run /> })
    };
    let past = move || {
        let imports = plan::imports(&store.all_clients());
        (!imports.is_empty()).then(|| {
            let items = imports
                .into_iter()
                .map(|(n, rows)| {
                    let undo = move |_| {
                        if store.send(Command::UndoImport(n)).saved() {
                            status.set(Some(t(Msg::ImportUndone(n))));
                        }
                    };
                    view! {
                        <li>
                            <span>{t(Msg::ImportSummary(n, rows))}</span>
                            " "
                            <button type="button" on:click=undo disabled=move || store.is_read_only()>
                                {t(Msg::UndoImport(n))}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card stack" aria-labelledby="past-imports">
                    <h2 id="past-imports">{t(Msg::PastImports)}</h2>
                    <ul class="imports">{items}</ul>
                </section>
            }
        })
    };
    view! {
        <section class="page narrow">
            <h1>{t(Msg::ImportTitle)}</h1>
            <section class="card stack">
                <p class="hint">{t(Msg::ImportHint)}</p>
                <FileField
                    label=t(Msg::ImportFile)
                    accept=".csv,.tsv,.txt,text/csv"
                    node_ref=input
                    disabled=Signal::derive(move || store.is_read_only())
                    on_change=on_pick
                />
                <Show when=move || reading.get()>
                    <p role="status">{t(Msg::ReadingFile)}</p>
                </Show>
                <p role="status">{move || status.get()}</p>
                {problem}
                {recognised}
                {ask_order}
                {preview}
            </section>
            {past}
        </section>
    }
}

/// What an import would do, and the button that does it.
#[component]
fn PlanPreview(plan: Plan, #[prop(into)] on_import: Callback<()>) -> impl IntoView {
    let store = Store::use_context();
    let names = |list: Vec<String>| {
        list.into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view()
    };
    let new_clients: Vec<String> = plan.new_clients.iter().map(|(n, _)| n.clone()).collect();
    let matched: Vec<String> = plan.matched.iter().map(|(_, n)| n.clone()).collect();
    let skipped = plan.skipped.len();
    let skipped_lines = plan
        .skipped
        .iter()
        .take(SKIPPED_SHOWN)
        .map(|s| view! { <li>{t(Msg::SkippedLine(s.line, s.reason.clone()))}</li> })
        .collect_view();
    let mut totals = Vec::new();
    if plan.hours.0 > 0 {
        totals.push(t(Msg::PreviewHours(hours(plan.hours))));
    }
    for (currency, amount) in &plan.invoiced {
        totals.push(t(Msg::PreviewInvoiced(money(*amount, *currency))));
    }
    for (currency, amount) in &plan.paid {
        totals.push(t(Msg::PreviewPaid(money(*amount, *currency))));
    }
    let rows = plan.changes.len();
    view! {
        <section class="stack import-preview" aria-label=t(Msg::PreviewLabel)>
            {(!new_clients.is_empty()).then(|| view! {
                <div class="plan-group">
                    <p>{t(Msg::PreviewNewClients(new_clients.len()))}</p>
                    <ul>{names(new_clients.clone())}</ul>
                </div>
            })}
            {(!matched.is_empty()).then(|| view! {
                <div class="plan-group">
                    <p>{t(Msg::PreviewMatched(matched.len()))}</p>
                    <ul>{names(matched.clone())}</ul>
                </div>
            })}
            <p class="lead">{t(Msg::PreviewRows(rows))}</p>
            <ul class="totals">
                {totals.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            {plan.due_from_terms.then(|| view! { <p class="hint">{t(Msg::DueFromTermsNote)}</p> })}
            {(skipped > 0).then(|| view! {
                <div class="plan-group">
                    <p>{t(Msg::PreviewSkipped(skipped))}</p>
                    <ul class="skipped">{skipped_lines}</ul>
                </div>
            })}
            <div class="actions">
                {if rows == 0 {
                    view! { <p>{t(Msg::NothingNew)}</p> }.into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="primary"
                            disabled=move || store.is_read_only()
                            on:click=move |_| on_import.run(())
                        >
                            {t(Msg::ImportNow(rows))}
                        </button>
                    }
                    .into_any()
                }}
            </div>
        </section>
    }
}

/// Which column holds what, for a layout Clientwise does not know.
#[component]
fn MappingForm(
    headers: Vec<String>,
    kind: RwSignal<Kind>,
    mapping: RwSignal<Mapping>,
) -> impl IntoView {
    let kinds: Vec<(Kind, String)> = Kind::ALL
        .iter()
        .map(|k| (*k, t(Msg::ImportKind(*k))))
        .collect();
    let table = import::Table {
        headers: headers.clone(),
        rows: Vec::new(),
        delimiter: b',',
    };
    let mut columns: Vec<(Option<usize>, String)> = vec![(None, t(Msg::NotInFile))];
    columns.extend(
        headers
            .iter()
            .enumerate()
            .map(|(i, h)| (Some(i), h.clone())),
    );
    let roles = move || {
        kind.get()
            .roles()
            .iter()
            .map(|(role, required)| {
                let role = *role;
                view! {
                    <SelectField
                        label=t(Msg::RoleLabel(role, *required))
                        options=columns.clone()
                        value=Signal::derive(move || mapping.with(|m| m.get(role)))
                        on_change=move |c| mapping.update(|m| m.set(role, c))
                    />
                }
            })
            .collect_view()
    };
    let incomplete = move || !mapping.with(|m| m.is_complete(kind.get()));
    view! {
        <fieldset class="group mapping">
            <legend>{t(Msg::MappingTitle)}</legend>
            <p class="hint">{t(Msg::MappingHint)}</p>
            <SelectField
                label=t(Msg::MappingKind)
                options=kinds
                value=kind
                on_change=move |k: Kind| {
                    // Roles the new kind needs that have no column yet get a guess.
                    let guessed = formats::guess(&table, k);
                    mapping.update(|m| {
                        for (role, _) in k.roles() {
                            if m.get(*role).is_none() {
                                m.set(*role, guessed.get(*role));
                            }
                        }
                    });
                    kind.set(k);
                }
            />
            <div class="mapping-columns">{roles}</div>
            <Show when=incomplete>
                <p class="hint">{t(Msg::MappingIncomplete)}</p>
            </Show>
        </fieldset>
    }
}
