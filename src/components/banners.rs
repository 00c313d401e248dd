//! The messages about the record itself: what loading found unreadable or too new, and the last
//! write the browser refused, each with the action that keeps the data safe (a download).

use clientwise_core::i18n::Msg;
use clientwise_core::storage::migrate::CURRENT_VERSION;
use clientwise_core::storage::{KvError, LoadProblem, WriteError};
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
    view! {
        <div class="banners">
            {problems}
            {write_error}
        </div>
    }
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
