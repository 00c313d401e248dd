//! Settings: who the user is (to sign letters and head reports), the backup download, and the
//! example data.

use clientwise_core::i18n::Msg;
use clientwise_core::model::Settings;
use leptos::prelude::*;

use crate::bind;
use crate::components::field::TextField;
use crate::state::Store;
use crate::text::{t, use_title};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::SettingsTitle));
    let draft: RwSignal<Settings> = RwSignal::new(store.settings.get_untracked());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut settings = draft.get_untracked();
        settings.owner_name = settings.owner_name.trim().to_owned();
        settings.business = settings.business.trim().to_owned();
        store.save_settings(settings);
    };
    let loaded = RwSignal::new(None::<usize>);
    view! {
        <section class="page narrow">
            <h1>{t(Msg::SettingsTitle)}</h1>
            <form class="card stack" on:submit=save>
                <h2>{t(Msg::AboutYou)}</h2>
                <p class="hint">{t(Msg::AboutYouHint)}</p>
                <TextField label=t(Msg::OwnerName) lens=bind!(draft, owner_name) autocomplete="name" />
                <TextField
                    label=t(Msg::Business)
                    lens=bind!(draft, business)
                    autocomplete="organization"
                />
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || store.is_read_only()>
                        {t(Msg::SaveSettings)}
                    </button>
                </div>
            </form>
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
            <section class="card stack">
                <h2>{t(Msg::ExampleTitle)}</h2>
                <p>{t(Msg::ExampleHint)}</p>
                <div class="actions">
                    <button
                        type="button"
                        disabled=move || store.is_read_only()
                        on:click=move |_| loaded.set(Some(store.load_examples()))
                    >
                        {t(Msg::LoadExample)}
                    </button>
                </div>
                <p role="status">{move || loaded.get().map(|n| t(Msg::ExampleLoaded(n)))}</p>
            </section>
        </section>
    }
}
