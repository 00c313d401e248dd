//! The browser tests: components mounted in headless Chromium (wasm-bindgen-test), acted on
//! through the DOM, asserted on what a user sees. One test binary, so that one build, one
//! wasm-bindgen pass and one browser serve them all.

#![cfg(target_arch = "wasm32")]

mod client_form;
mod common;
mod document;
mod downloads;
mod languages;
mod today;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
