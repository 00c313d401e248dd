//! The app's paths, and the base path it is served under.
//!
//! Leptos's `<A>` uses an absolute path exactly as written, while `use_navigate` adds the router's
//! base itself. So links go through `href`, which prefixes the base, and navigation takes the bare
//! paths below.

use std::sync::OnceLock;

use clientwise_core::model::ClientId;

/// The base path (`""` at a domain's root, `"/clientwise"` under a sub-path), read once.
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(crate::browser::base_path)
}

/// A link target for `<A href>`: `path` under the base path.
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}

pub const CLIENTS: &str = "/";
pub const NEW_CLIENT: &str = "/clients/new";
pub const SETTINGS: &str = "/settings";
pub const IMPORT: &str = "/import";

pub fn client(id: ClientId) -> String {
    format!("/clients/{id}")
}

pub fn report(id: ClientId) -> String {
    format!("/clients/{id}/report")
}

pub fn edit_client(id: ClientId) -> String {
    format!("/clients/{id}/edit")
}
