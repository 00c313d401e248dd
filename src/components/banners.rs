//! The messages about the record itself: what loading found unreadable or too new, and the last
//! write the browser refused, each with the action that keeps the data safe (a download).

use clientwise_core::i18n::Msg;
use clientwise_core::session::Command;
use clientwise_core::storage::migrate::CURRENT_VERSION;
use clientwise_core::storage::{KvError, LoadProblem, WriteError};
use leptos::prelude::*;

use crate::browser;
use crate::state::{Status, Store};
use crate::text::t;

#[component]
pub fn Banners() -> impl IntoView {
    let store = Store::use_context();
    // Each banner follows its own part of the status, so a save elsewhere redraws none of them.
    let problems_now = part(store, |s| s.problems.clone());
    let write_error_now = part(store, |s| s.write_error.clone());
    let conflicts_now = part(store, |s| s.conflicts.clone());
    let cleared_now = part(store, |s| s.cleared_elsewhere);
    let usage_now = part(store, |s| s.usage_warning);
    let due_now = part(store, |s| s.reminder_due);
    let problems = move || {
        problems_now
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, problem)| view! { <ProblemBanner index=i problem=problem /> })
            .collect_view()
    };
    let write_error = move || {
        write_error_now.get().map(|e| {
            let message = match &e {
                WriteError::ReadOnly => t(Msg::WriteReadOnly),
                WriteError::Conflict { .. } => t(Msg::WriteConflict),
                WriteError::Protected => t(Msg::WriteProtected),
                WriteError::Store(KvError::QuotaExceeded) => t(Msg::WriteQuota),
                WriteError::Store(KvError::Unavailable(detail)) => {
                    t(Msg::WriteFailed(detail.clone()))
                }
            };
            view! {
                <div class="banner danger" role="alert">
                    <p>{message}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| { store.send(Command::DismissWriteError); }>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let conflicts = move || {
        conflicts_now
            .get()
            .into_iter()
            .map(|id| {
                let name = store
                    .with_client(id, |c| c.name.clone())
                    .unwrap_or_default();
                view! {
                    <div class="banner danger" role="alert">
                        <p>{t(Msg::ConflictNotice(name))}</p>
                        <div class="actions">
                            <button type="button" class="primary" on:click=move |_| store.keep_both(id)>
                                {t(Msg::KeepBoth)}
                            </button>
                            <button type="button" on:click=move |_| { store.send(Command::UseOtherVersion(id)); }>
                                {t(Msg::UseOtherVersion)}
                            </button>
                            <button type="button" on:click=move |_| {
                                store.download_backup();
                            }>
                                {t(Msg::DownloadBackup)}
                            </button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    let cleared = move || {
        cleared_now.get().then(|| {
            view! {
                <div class="banner danger" role="alert">
                    <p>{t(Msg::ClearedElsewhere)}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| { store.send(Command::DismissClearedElsewhere); }>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let usage = move || {
        usage_now.get().map(|percent| {
            view! {
                <div class="banner warning" role="alert">
                    <p>{t(Msg::UsageWarning(percent))}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| { store.send(Command::DismissUsageWarning); }>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let reminder = move || {
        due_now.get().map(|due| {
            view! {
                <div class="banner" role="status">
                    <p>{t(Msg::ReminderDue(due.changes, due.days_since_backup))}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| { store.send(Command::SnoozeReminder); }>
                            {t(Msg::RemindLater)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <div class="banners">
            {problems}
            {cleared}
            {conflicts}
            {write_error}
            {usage}
            {reminder}
        </div>
    }
}

/// One part of the store's status, as a memo: it notifies only when that part changes.
fn part<T>(store: Store, pick: fn(&Status) -> T) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| store.status.with(pick))
}

#[component]
fn ProblemBanner(index: usize, problem: LoadProblem) -> impl IntoView {
    let store = Store::use_context();
    let dismiss = move |_| {
        store.send(Command::DismissProblem(index));
    };
    let (message, raw_key) = match &problem {
        LoadProblem::Unreadable {
            key,
            kind,
            reason,
            kept_as,
        } => {
            let intro = match kept_as {
                Some(copy) => t(Msg::UnreadableKept(*kind, copy.clone())),
                None => t(Msg::UnreadableNotKept(*kind)),
            };
            (
                format!("{intro} {}", t(Msg::DecodeReason(reason.clone()))),
                Some(kept_as.clone().unwrap_or_else(|| key.clone())),
            )
        }
        LoadProblem::Newer { found, .. } => (t(Msg::NewerData(*found, CURRENT_VERSION)), None),
        LoadProblem::Storage(e) => (t(Msg::StorageUnavailable(e.to_string())), None),
    };
    let download = raw_key.map(|key| {
        let save = move |_| {
            if let Some(raw) = store.raw(&key) {
                let name = format!("{}.txt", key.replace(':', "-"));
                browser::download(&name, "text/plain", &raw);
            }
        };
        view! {
            <button type="button" on:click=save>{t(Msg::DownloadUnreadable)}</button>
        }
    });
    view! {
        <div class="banner warning" role="alert">
            <p>{message}</p>
            <div class="actions">
                {download}
                <button type="button" on:click=dismiss>{t(Msg::Dismiss)}</button>
            </div>
        </div>
    }
}

/// "Saved." after each successful write, announced politely to screen readers.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let store = Store::use_context();
    view! {
        <p class="save-status" role="status">
            {move || (store.status.with(|s| s.saves) > 0).then(|| t(Msg::Saved))}
        </p>
    }
}
