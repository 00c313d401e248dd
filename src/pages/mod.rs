//! One module per page of the app.

pub mod client;
pub mod client_edit;
pub mod clients;
pub mod import;
pub mod report;
pub mod settings;
