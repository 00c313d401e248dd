//! Settings: who the user is (to sign letters and head reports), the scoring thresholds, the
//! backup download, and the example data.

use clientwise_core::draft::{Field, FieldErrors, ProfileDraft, ReminderDraft, ThresholdsDraft};
use clientwise_core::i18n::Msg;
use clientwise_core::model::Thresholds;
use clientwise_core::session::{Command, usage_percent};
use clientwise_core::storage::QUOTA_UNITS;
use leptos::prelude::*;

use crate::browser::focus_first_invalid;
use crate::components::field::{Binding, InputKind, TextField, error_of, field_of, unique_id};
use crate::components::restore::RestoreCard;
use crate::state::Store;
use crate::text::{date, lang, megabytes, t, use_title};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::SettingsTitle));
    let loaded = RwSignal::new(None::<usize>);
    view! {
        <section class="page narrow">
            <h1>{t(Msg::SettingsTitle)}</h1>
            // Rebuilt after a restore replaced the settings, so no form holds the old values.
            {move || {
                store.settings_replaced.track();
                view! {
                    <ProfileForm />
                    <ThresholdsForm />
                }
            }}
            <StorageCard />
            <section class="card stack">
                <h2>{t(Msg::BackupTitle)}</h2>
                <p>{t(Msg::BackupHint)}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| {
                        store.download_backup();
                    }>
                        {t(Msg::DownloadBackup)}
                    </button>
                </div>
            </section>
            <RestoreCard />
            <section class="card stack">
                <h2>{t(Msg::ExampleTitle)}</h2>
                <p>{t(Msg::ExampleHint)}</p>
                <div class="actions">
                    <button
                        type="button"
                        disabled=move || store.is_read_only()
                        on:click=move |_| loaded.set(Some(store.send(Command::LoadExamples(lang())).clients.len()))
                    >
                        {t(Msg::LoadExample)}
                    </button>
                </div>
                <p role="status">{move || loaded.get().map(|n| t(Msg::ExampleLoaded(n)))}</p>
            </section>
        </section>
    }
}

#[component]
fn ProfileForm() -> impl IntoView {
    let store = Store::use_context();
    let draft = RwSignal::new(store.settings.with_untracked(ProfileDraft::from_settings));
    let problems = RwSignal::new(FieldErrors::default());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut settings = store.settings.get_untracked();
        match draft.with_untracked(|d| d.apply_to(&mut settings)) {
            Ok(()) => {
                problems.set(FieldErrors::default());
                store.send(Command::SaveSettings(settings));
            }
            Err(e) => {
                problems.set(e);
                focus_first_invalid();
            }
        }
    };
    let errors = Memo::new(move |_| problems.get());
    view! {
        <form class="card stack" on:submit=save novalidate>
            <h2>{t(Msg::AboutYou)}</h2>
            <p class="hint">{t(Msg::AboutYouHint)}</p>
            <TextField
                label=t(Msg::OwnerName)
                value=field_of(draft, |d| &d.owner_name, |d| &mut d.owner_name)
                autocomplete="name"
                error=error_of(errors, Field::OwnerName)
            />
            <TextField
                label=t(Msg::Business)
                value=field_of(draft, |d| &d.business, |d| &mut d.business)
                autocomplete="organization"
                error=error_of(errors, Field::Business)
            />
            <div class="actions">
                <button type="submit" class="primary" disabled=move || store.is_read_only()>
                    {t(Msg::SaveSettings)}
                </button>
            </div>
        </form>
    }
}

#[component]
fn ThresholdsForm() -> impl IntoView {
    let store = Store::use_context();
    let current = move || store.settings.with_untracked(|s| s.thresholds);
    let draft = RwSignal::new(ThresholdsDraft::from_thresholds(&current()));
    let attempted = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if attempted.get() {
            draft.with(|d| d.validate().err().unwrap_or_default())
        } else {
            FieldErrors::default()
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        match draft.with_untracked(ThresholdsDraft::validate) {
            Ok(thresholds) => {
                let mut settings = store.settings.get_untracked();
                settings.thresholds = thresholds;
                store.send(Command::SaveSettings(settings));
            }
            Err(_) => focus_first_invalid(),
        }
    };
    let reset = move |_| {
        draft.set(ThresholdsDraft::from_thresholds(&Thresholds::DEFAULT));
        let mut settings = store.settings.get_untracked();
        settings.thresholds = Thresholds::DEFAULT;
        store.send(Command::SaveSettings(settings));
    };
    let field = move |label: Msg, value: Binding, field: Field| {
        view! {
            <TextField
                label=t(label)
                value=value
                kind=InputKind::Whole
                error=error_of(errors, field)
            />
        }
    };
    view! {
        <form class="card stack" on:submit=save novalidate>
            <h2>{t(Msg::ThresholdsTitle)}</h2>
            <p class="hint">{t(Msg::ThresholdsHint)}</p>
            <div class="row">
                {field(Msg::SlowAnswerDays, field_of(draft, |d| &d.slow_answer_days, |d| &mut d.slow_answer_days), Field::SlowAnswerDays)}
                {field(Msg::SlowApprovalDays, field_of(draft, |d| &d.slow_approval_days, |d| &mut d.slow_approval_days), Field::SlowApprovalDays)}
            </div>
            <div class="row">
                {field(Msg::GraceDays, field_of(draft, |d| &d.grace_days, |d| &mut d.grace_days), Field::GraceDays)}
                {field(Msg::HalfLifeDays, field_of(draft, |d| &d.half_life_days, |d| &mut d.half_life_days), Field::HalfLifeDays)}
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || store.is_read_only()>
                    {t(Msg::SaveThresholds)}
                </button>
                <button type="button" on:click=reset disabled=move || store.is_read_only()>
                    {t(Msg::ResetDefaults)}
                </button>
            </div>
        </form>
    }
}

/// How much space Clientwise uses, whether the browser will keep the data, and the backup
/// reminder.
#[component]
fn StorageCard() -> impl IntoView {
    let store = Store::use_context();
    let draft = RwSignal::new(
        store
            .status
            .with_untracked(|s| ReminderDraft::from_reminder(&s.reminder)),
    );
    let problems = RwSignal::new(FieldErrors::default());
    let errors = Memo::new(move |_| problems.get());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.with_untracked(ReminderDraft::validate) {
            Ok((changes, days)) => {
                problems.set(FieldErrors::default());
                store.send(Command::SetReminderEvery { changes, days });
            }
            Err(e) => {
                problems.set(e);
                focus_first_invalid();
            }
        }
    };
    let usage = Memo::new(move |_| store.status.with(|s| s.usage));
    let used = move || {
        let units = usage.get();
        // One UTF-16 unit is a byte or two; Clientwise's data is nearly all ASCII. Hundredths of
        // a megabyte, in whole numbers.
        let hundredths = (units + 5_000) / 10_000;
        t(Msg::StorageUsed(
            megabytes(hundredths as u64),
            usage_percent(units),
        ))
    };
    let persisted = move || {
        t(match store.persisted.get() {
            Some(true) => Msg::PersistGranted,
            Some(false) => Msg::PersistDenied,
            None => Msg::PersistUnknown,
        })
    };
    let last_backup = move || {
        store.status.with(|s| match s.reminder.last_backup {
            Some(day) => t(Msg::LastBackup(date(day))),
            None => t(Msg::NoBackupYet),
        })
    };
    let meter_label = unique_id("meter");
    view! {
        <section class="card stack" aria-labelledby="storage-title">
            <h2 id="storage-title">{t(Msg::StorageTitle)}</h2>
            <div class="field">
                <span id=meter_label.clone()>{t(Msg::StorageMeterLabel)}</span>
                <meter
                    aria-labelledby=meter_label
                    min="0"
                    max=QUOTA_UNITS.to_string()
                    low=(QUOTA_UNITS / 100 * 60).to_string()
                    high=(QUOTA_UNITS / 100 * 80).to_string()
                    optimum="0"
                    value=move || usage.get().to_string()
                ></meter>
                <p>{used}</p>
            </div>
            <p role="status">{persisted}</p>
            <Show when=move || store.persisted.get() == Some(false)>
                <div class="actions">
                    <button type="button" on:click=move |_| store.ask_to_persist()>
                        {t(Msg::PersistAsk)}
                    </button>
                </div>
            </Show>
            <form class="stack" on:submit=save novalidate>
                <h3>{t(Msg::ReminderTitle)}</h3>
                <p class="hint">{t(Msg::ReminderHint)}</p>
                <p>{last_backup}</p>
                <div class="row">
                    <TextField
                        label=t(Msg::ReminderEveryChanges)
                        value=field_of(draft, |d| &d.every_changes, |d| &mut d.every_changes)
                        kind=InputKind::Whole
                        hint=t(Msg::ReminderOffHint)
                        error=error_of(errors, Field::ReminderChanges)
                    />
                    <TextField
                        label=t(Msg::ReminderEveryDays)
                        value=field_of(draft, |d| &d.every_days, |d| &mut d.every_days)
                        kind=InputKind::Whole
                        hint=t(Msg::ReminderOffHint)
                        error=error_of(errors, Field::ReminderDays)
                    />
                </div>
                <div class="actions">
                    <button type="submit" disabled=move || store.is_read_only()>
                        {t(Msg::SaveReminder)}
                    </button>
                </div>
            </form>
        </section>
    }
}
