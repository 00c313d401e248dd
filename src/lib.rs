//! Clientwise in the browser: the Leptos shell around `clientwise_core`. Pages and components
//! turn the core's record into signals and views; `state::Store` is the only writer, through the
//! core's repository over localStorage (`browser::storage`).

pub mod app;
pub mod browser;
pub mod components;
pub mod pages;
pub mod routes;
pub mod state;
pub mod text;

/// Mounts the app on the page's body.
pub fn mount() {
    // A debug build shows a Rust panic in the console with its message and place; the release
    // build leaves the hook out (it costs bytes, and a release panics without a message anyway).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
