//! The app shell: the store in context, the router, the header with navigation, the storage
//! banners, and the page routes.

use clientwise_core::i18n::{Lang, Msg};
use clientwise_core::session::Command;
use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::browser;
use crate::components::banners::{Banners, SaveStatus};
use crate::pages::client::{ClientPage, NotFound};
use crate::pages::client_edit::{EditClientPage, NewClientPage};
use crate::pages::clients::ClientsPage;
use crate::pages::import::ImportPage;
use crate::pages::report::ReportPage;
use crate::pages::settings::SettingsPage;
use crate::routes;
use crate::state::Store;
use crate::text::{self, t};

#[component]
pub fn App() -> impl IntoView {
    let store = Store::open(browser::clock::local_today());
    store.provide();
    store.start();
    browser::track_typing();
    // A language switch rebuilds every view in the new language; the store, and so everything
    // typed and saved, lives outside and stays.
    move || {
        let lang = store.screen_lang.get();
        text::set_lang(lang);
        browser::set_document_lang(lang.tag());
        view! { <Shell /> }
    }
}

#[component]
fn Shell() -> impl IntoView {
    let store = Store::use_context();
    view! {
        <Router base=routes::base()>
            <a class="skip" href="#main">{t(Msg::SkipToContent)}</a>
            <header class="top">
                <div class="brand">
                    <A href=routes::href(routes::CLIENTS) attr:class="brand-link">{t(Msg::AppName)}</A>
                    <span class="tagline">{t(Msg::Tagline)}</span>
                </div>
                <nav aria-label=t(Msg::MainNavigation)>
                    <A href=routes::href(routes::CLIENTS) exact=true>{t(Msg::NavClients)}</A>
                    <A href=routes::href(routes::IMPORT)>{t(Msg::NavImport)}</A>
                    <A href=routes::href(routes::SETTINGS)>{t(Msg::NavSettings)}</A>
                </nav>
                <LanguageSwitcher />
                <SaveStatus />
                <Show when=move || store.is_read_only()>
                    <span class="badge warning">{t(Msg::ReadOnlyBadge)}</span>
                </Show>
            </header>
            <main id="main" tabindex="-1">
                <FocusOnNavigation />
                <Banners />
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=ClientsPage />
                    <Route path=path!("/clients/new") view=NewClientPage />
                    <Route path=path!("/clients/:id") view=ClientPage />
                    <Route path=path!("/clients/:id/edit") view=EditClientPage />
                    <Route path=path!("/clients/:id/report") view=ReportPage />
                    <Route path=path!("/settings") view=SettingsPage />
                    <Route path=path!("/import") view=ImportPage />
                </Routes>
            </main>
            <footer class="bottom">
                <p>{t(Msg::PrivacyNote)}</p>
            </footer>
        </Router>
    }
}

/// The screen's language, each named in itself. A switch rebuilds every view, so while a form
/// holds unsaved typing it first asks, and staying puts the menu back. After a switch the rebuilt
/// switcher takes the focus back, so a keyboard user stays where they were.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let store = Store::use_context();
    let current = store.screen_lang.get_untracked();
    let pending = RwSignal::new(None::<Lang>);
    let switch = move |lang: Lang| {
        store.send(Command::ChooseLanguage(lang));
        browser::focus_first("#language");
    };
    let on_change = move |ev| {
        let tag = event_target_value(&ev);
        if let Some(lang) = Lang::from_tag(&tag).filter(|l| *l != current) {
            if browser::has_unsaved_typing() {
                pending.set(Some(lang));
                browser::focus_first("#language-stay");
            } else {
                switch(lang);
            }
        }
    };
    let stay = move |_| {
        pending.set(None);
        browser::focus_first("#language");
    };
    view! {
        <div class="language">
            <label for="language">{t(Msg::LanguageLabel)}</label>
            <select
                id="language"
                on:change=on_change
                prop:value=move || pending.get().unwrap_or(current).tag()
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=l == current>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {move || {
                pending
                    .get()
                    .map(|lang| {
                        view! {
                            <div class="language-confirm" role="alert">
                                <p>{t(Msg::SwitchLosesTyping)}</p>
                                <button type="button" id="language-stay" class="primary" on:click=stay>
                                    {t(Msg::KeepEditing)}
                                </button>
                                <button type="button" on:click=move |_| switch(lang)>
                                    {t(Msg::SwitchAnyway)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// After a navigation, moves focus to the page's main region, so that a keyboard or screen-reader
/// user starts at the new page rather than on the link they followed (which may be gone).
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            browser::focus_first("main");
        }
        path
    });
}
