//! The app shell: the store in context, the router, the header with navigation, the storage
//! banners, and the page routes.

use clientwise_core::i18n::Msg;
use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

use crate::browser;
use crate::components::banners::Banners;
use crate::pages::client::{ClientPage, NotFound};
use crate::pages::client_edit::{EditClientPage, NewClientPage};
use crate::pages::clients::ClientsPage;
use crate::pages::settings::SettingsPage;
use crate::state::Store;
use crate::text::t;

#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    store.provide();
    view! {
        <Router base=browser::base_path()>
            <a class="skip" href="#main">{t(Msg::SkipToContent)}</a>
            <header class="top">
                <div class="brand">
                    <A href="/" attr:class="brand-link">{t(Msg::AppName)}</A>
                    <span class="tagline">{t(Msg::Tagline)}</span>
                </div>
                <nav aria-label=t(Msg::MainNavigation)>
                    <A href="/" exact=true>{t(Msg::NavClients)}</A>
                    <A href="/settings">{t(Msg::NavSettings)}</A>
                </nav>
                <Show when=move || store.is_read_only()>
                    <span class="badge warning">{t(Msg::ReadOnlyBadge)}</span>
                </Show>
            </header>
            <main id="main" tabindex="-1">
                <Banners />
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=ClientsPage />
                    <Route path=path!("/clients/new") view=NewClientPage />
                    <Route path=path!("/clients/:id") view=ClientPage />
                    <Route path=path!("/clients/:id/edit") view=EditClientPage />
                    <Route path=path!("/settings") view=SettingsPage />
                </Routes>
            </main>
            <footer class="bottom">
                <p>{t(Msg::PrivacyNote)}</p>
            </footer>
        </Router>
    }
}
