//! The evidence log of one client, newest first, filterable by kind. Each entry reads as a dated
//! headline with details, and has its own edit and delete buttons. Entries have stable anchors
//! (`#entry-7`) so that a score's evidence can link to them.

use clientwise_core::i18n::Msg;
use clientwise_core::model::{Client, EntryId, EntryKind};
use leptos::prelude::*;

use crate::components::confirm::ConfirmDelete;
use crate::components::field::SelectField;
use crate::text::{date, describe, t};

#[component]
pub fn EvidenceLog(
    client: Signal<Client>,
    /// The kind shown, or every kind; owned by the page so a score's evidence can reset it.
    filter: RwSignal<Option<EntryKind>>,
    #[prop(into)] read_only: Signal<bool>,
    #[prop(into)] on_edit: Callback<EntryId>,
    #[prop(into)] on_delete: Callback<EntryId>,
) -> impl IntoView {
    let options: Vec<(Option<EntryKind>, String)> = std::iter::once((None, t(Msg::AllKinds)))
        .chain(
            EntryKind::ALL
                .into_iter()
                .map(|k| (Some(k), t(Msg::KindPlural(k)))),
        )
        .collect();
    // Each entry described once per change of the log or the filter, shared by the count, the
    // empty message and the list.
    let rows = Memo::new(move |_| {
        client.with(|c| {
            let wanted = filter.get();
            c.entries_newest_first()
                .into_iter()
                .filter(|e| wanted.is_none_or(|k| e.kind() == k))
                .map(|e| {
                    let described = describe(e, c.currency);
                    (e.id, e.kind(), e.date(), described)
                })
                .collect::<Vec<_>>()
        })
    });
    let empty = move || {
        let total = client.with(|c| c.entries().len());
        match (total, rows.with(Vec::len)) {
            (0, _) => Some(t(Msg::NoEntries)),
            (_, 0) => Some(t(Msg::NoEntriesOfKind)),
            _ => None,
        }
    };
    view! {
        <div class="log-tools">
            <SelectField
                label=t(Msg::FilterByKind)
                options=options
                value=filter
                on_change=move |k| filter.set(k)
            />
            <p class="count">{move || t(Msg::EntryCount(rows.with(Vec::len)))}</p>
        </div>
        {move || empty().map(|text| view! { <p class="empty">{text}</p> })}
        <ol class="log">
            // Keyed by the whole line: an added, edited or deleted entry draws its own line and
            // no other.
            <For
                each=move || rows.get()
                key=|line| line.clone()
                children=move |(id, kind, day, described)| {
                        let name = format!("{} {}", t(Msg::Kind(kind)), described.headline);
                        view! {
                            <li
                                class=format!("entry kind-{kind:?}").to_lowercase()
                                id=format!("entry-{id}")
                                tabindex="-1"
                            >
                                <time class="entry-date" datetime=day.to_string()>{date(day)}</time>
                                <div class="entry-body">
                                    <span class="badge">{t(Msg::Kind(kind))}</span>
                                    <p class="headline">{described.headline.clone()}</p>
                                    {described
                                        .details
                                        .iter()
                                        .map(|line| view! { <p class="detail">{line.clone()}</p> })
                                        .collect_view()}
                                </div>
                                <div class="entry-actions">
                                    <button
                                        type="button"
                                        class="quiet"
                                        aria-label=t(Msg::EditEntryNamed(name.clone()))
                                        disabled=move || read_only.get()
                                        on:click=move |_| on_edit.run(id)
                                    >
                                        {t(Msg::Edit)}
                                    </button>
                                    <ConfirmDelete
                                        name=t(Msg::DeleteEntryNamed(name.clone()))
                                        prompt=t(Msg::ConfirmDeleteEntry)
                                        on_confirm=move |_| on_delete.run(id)
                                        disabled=read_only
                                    />
                                </div>
                            </li>
                        }
                }
            />
        </ol>
    }
}
