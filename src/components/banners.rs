//! The messages about the record itself: what loading found unreadable or too new, and the last
//! write the browser refused, each with the action that keeps the data safe (a download).

use clientwise_core::i18n::Msg;
use clientwise_core::storage::migrate::CURRENT_VERSION;
use clientwise_core::storage::{KvError, LoadProblem, QUOTA_UNITS, WriteError};
use leptos::prelude::*;

use crate::browser;
use crate::state::Store;
use crate::text::t;

#[component]
pub fn Banners() -> impl IntoView {
    let store = Store::use_context();
    let problems = move || {
        store
            .problems
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, problem)| view! { <ProblemBanner index=i problem=problem /> })
            .collect_view()
    };
    let write_error = move || {
        store.write_error.get().map(|e| {
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
                        <button type="button" on:click=move |_| store.write_error.set(None)>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let conflicts = move || {
        store
            .conflicts
            .get()
            .into_iter()
            .map(|id| {
                let name = store.clients.with(|all| {
                    all.iter()
                        .find(|c| c.id == id)
                        .map(|c| c.name.clone())
                        .unwrap_or_default()
                });
                view! {
                    <div class="banner danger" role="alert">
                        <p>{t(Msg::ConflictNotice(name))}</p>
                        <div class="actions">
                            <button type="button" class="primary" on:click=move |_| store.keep_both(id)>
                                {t(Msg::KeepBoth)}
                            </button>
                            <button type="button" on:click=move |_| store.use_other_version(id)>
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
        store.cleared_elsewhere.get().then(|| {
            view! {
                <div class="banner danger" role="alert">
                    <p>{t(Msg::ClearedElsewhere)}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| store.cleared_elsewhere.set(false)>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let usage = move || {
        let percent = usage_percent(store.usage.get());
        (percent >= USAGE_WARNING_PERCENT && !store.usage_warning_dismissed.get()).then(|| {
            view! {
                <div class="banner warning" role="alert">
                    <p>{t(Msg::UsageWarning(percent))}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| store.usage_warning_dismissed.set(true)>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let reminder = move || {
        let today = store.today.get();
        let due = store.reminder.with(|r| r.due(today))?;
        (!store.is_read_only()).then(|| {
            view! {
                <div class="banner" role="status">
                    <p>{t(Msg::ReminderDue(due.changes, due.days_since_backup))}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            store.download_backup();
                        }>
                            {t(Msg::DownloadBackup)}
                        </button>
                        <button type="button" on:click=move |_| store.snooze_reminder()>
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

/// Warn when Clientwise uses this much of the browser's quota: room is left for a few more
/// months of records and for the warning to be acted on.
pub const USAGE_WARNING_PERCENT: u8 = 80;

/// `used` (UTF-16 code units) as a whole percentage of the browser's quota.
pub fn usage_percent(used: usize) -> u8 {
    let percent = used.saturating_mul(100) / QUOTA_UNITS;
    percent.min(100) as u8
}

#[component]
fn ProblemBanner(index: usize, problem: LoadProblem) -> impl IntoView {
    let store = Store::use_context();
    let dismiss = move |_| {
        store.problems.update(|all| {
            if index < all.len() {
                all.remove(index);
            }
        })
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
            {move || (store.saves.get() > 0).then(|| t(Msg::Saved))}
        </p>
    }
}
