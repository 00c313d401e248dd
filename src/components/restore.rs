//! Restoring a backup: pick a file, read and check it (size, version, every field), see what it
//! would change in merge or replace mode, then restore. A file that fails any check is refused
//! with the reason and changes nothing.

use chrono::NaiveDate;
use clientwise_core::i18n::Msg;
use clientwise_core::session::Command;
use clientwise_core::storage::backup::{self, Backup, MAX_BACKUP_BYTES};
use clientwise_core::storage::restore::plan;
use clientwise_core::storage::{DecodeError, RestoreMode};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{self, FileError};
use crate::components::field::{FileField, RadioOption};
use crate::state::Store;
use crate::text::{date, t};

/// Where the restore stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Refused(String),
    Ready(Backup),
    Done(String),
}

#[component]
pub fn RestoreCard() -> impl IntoView {
    let store = Store::use_context();
    let stage = RwSignal::new(Stage::Idle);
    let mode = RwSignal::new(RestoreMode::Merge);
    let input = NodeRef::<leptos::html::Input>::new();
    let on_pick = move |()| {
        let Some(input) = input.get_untracked() else {
            return;
        };
        stage.set(Stage::Reading);
        spawn_local(async move {
            let next = match browser::read_picked_file(&input, MAX_BACKUP_BYTES).await {
                None => Stage::Idle,
                Some(Err(FileError::TooLarge { bytes })) => refused(&DecodeError::TooLarge {
                    bytes,
                    limit: MAX_BACKUP_BYTES,
                }),
                Some(Err(FileError::Unreadable)) => Stage::Refused(t(Msg::FileUnreadable)),
                Some(Ok(raw)) => match backup::decode(&raw) {
                    Ok(backup) => Stage::Ready(backup),
                    Err(e) => refused(&e),
                },
            };
            stage.set(next);
        });
    };
    let the_plan = Memo::new(move |_| match stage.get() {
        Stage::Ready(backup) => {
            let clients = store.all_clients();
            let settings = store.settings.get();
            Some(plan(&clients, &settings, backup, mode.get()))
        }
        _ => None,
    });
    let apply = move |_| {
        let Some(plan) = the_plan.get_untracked() else {
            return;
        };
        let Some(applied) = store.send(Command::Restore(plan.clone())).restored else {
            return;
        };
        // Replacements are written first, then additions (see `Repo::apply_restore`).
        let replaced = applied.saved.len().min(plan.replace.len());
        let added = applied.saved.len() - replaced;
        if applied.error.is_none() {
            stage.set(Stage::Done(t(Msg::RestoreDone(
                added,
                replaced,
                applied.removed.len(),
            ))));
            if let Some(input) = input.get_untracked() {
                input.set_value("");
            }
        }
    };
    let cancel = move |_| {
        stage.set(Stage::Idle);
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
    };
    let preview = move || {
        let stage = stage.get();
        let Stage::Ready(backup) = &stage else {
            return None;
        };
        let summary = match &backup.settings {
            Some(_) => t(Msg::BackupSummary(
                backup.clients.len(),
                backup
                    .exported_at
                    .get(..10)
                    .and_then(|d| d.parse::<NaiveDate>().ok())
                    .map(date)
                    .unwrap_or_default(),
            )),
            None => t(Msg::ClientFileSummary(backup.clients.len())),
        };
        let plan = the_plan.get()?;
        let group = |label: Msg, names: Vec<String>| {
            (!names.is_empty()).then(|| {
                let items = names
                    .into_iter()
                    .map(|n| view! { <li>{n}</li> })
                    .collect_view();
                view! {
                    <div class="plan-group">
                        <p>{t(label)}</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        };
        let names = |clients: &[clientwise_core::model::Client]| {
            clients.iter().map(|c| c.name.clone()).collect::<Vec<_>>()
        };
        let pairs = |list: &[(clientwise_core::model::ClientId, String)]| {
            list.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>()
        };
        let settings_line = if plan.settings.is_some() {
            Msg::PlanSettingsReplaced
        } else {
            Msg::PlanSettingsKept
        };
        let nothing = plan.is_empty();
        let removes = !plan.remove.is_empty();
        Some(view! {
            <div class="stack restore-preview">
                <p>{summary}</p>
                <fieldset class="choices">
                    <legend>{t(Msg::RestoreModeLabel)}</legend>
                    <RadioOption
                        name="restore-mode"
                        value=RestoreMode::Merge
                        label=t(Msg::RestoreMerge)
                        hint=t(Msg::RestoreMergeHint)
                        selected=mode
                    />
                    <RadioOption
                        name="restore-mode"
                        value=RestoreMode::Replace
                        label=t(Msg::RestoreReplace)
                        hint=t(Msg::RestoreReplaceHint)
                        selected=mode
                    />
                </fieldset>
                <section class="plan" aria-label=t(Msg::PreviewLabel)>
                    {group(Msg::PlanAdd(plan.add.len()), names(&plan.add))}
                    {group(Msg::PlanReplace(plan.replace.len()), names(&plan.replace))}
                    {group(Msg::PlanRemove(plan.remove.len()), pairs(&plan.remove))}
                    {group(Msg::PlanUnchanged(plan.unchanged.len()), pairs(&plan.unchanged))}
                    <p>{t(settings_line)}</p>
                    {nothing.then(|| view! { <p>{t(Msg::PlanNothing)}</p> })}
                </section>
                <div class="actions">
                    <button
                        type="button"
                        class=if removes { "danger" } else { "primary" }
                        disabled=move || store.is_read_only() || nothing
                        on:click=apply
                    >
                        {t(Msg::RestoreNow)}
                    </button>
                    {removes.then(|| view! {
                        <button type="button" on:click=move |_| { store.download_backup(); }>
                            {t(Msg::BackupFirst)}
                        </button>
                    })}
                    <button type="button" on:click=cancel>{t(Msg::Cancel)}</button>
                </div>
            </div>
        })
    };
    let status = move || match stage.get() {
        Stage::Reading => Some(view! { <p role="status">{t(Msg::ReadingFile)}</p> }.into_any()),
        Stage::Refused(reason) => Some(
            view! {
                <div class="error-box" role="alert">
                    <p>{t(Msg::RestoreRefused)}</p>
                    <p>{reason}</p>
                </div>
            }
            .into_any(),
        ),
        Stage::Done(text) => Some(view! { <p role="status">{text}</p> }.into_any()),
        _ => None,
    };
    view! {
        <section class="card stack" aria-labelledby="restore-title">
            <h2 id="restore-title">{t(Msg::RestoreTitle)}</h2>
            <p class="hint">{t(Msg::RestoreHint)}</p>
            <FileField
                label=t(Msg::BackupFile)
                accept=".json,application/json"
                node_ref=input
                disabled=Signal::derive(move || store.is_read_only())
                on_change=on_pick
            />
            {status}
            {preview}
        </section>
    }
}

fn refused(e: &DecodeError) -> Stage {
    Stage::Refused(t(Msg::DecodeReason(e.clone())))
}
