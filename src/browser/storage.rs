//! localStorage as the core's `KvStore`, reached through gloo-storage's `LocalStorage`.
//!
//! Two things shape it. gloo's accessors throw (they do not return an error) when storage is
//! disabled or missing, so every call first checks that localStorage can be reached and reports
//! it in plain words when it cannot. And gloo's typed `get`/`set` serialise with serde_json
//! themselves, while the repository keeps each value as the exact string it wrote: decoding is
//! staged through the versioned formats, and an unreadable value is quarantined byte for byte.
//! So values go through the `Storage` handle that gloo hands out, as strings, and a refused
//! write keeps the browser's own error, from which each browser's quota error is recognised.

use clientwise_core::storage::{KvError, KvStore};
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

/// The page's localStorage. A unit struct: the handle is looked up on each call, so the
/// repository that owns it stays `Send` and can live in a Leptos `StoredValue`.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserKv;

/// localStorage, once it is known to be reachable (gloo would throw otherwise).
fn storage() -> Result<web_sys::Storage, KvError> {
    let window = web_sys::window().ok_or_else(|| KvError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(KvError::Unavailable("localStorage is missing".into())),
        Err(e) => Err(classify(&e)),
    }
}

fn classify(error: &JsValue) -> KvError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(dom) => KvError::from_browser(&dom.name(), dom.code(), &dom.message()),
        None => {
            let text = error.as_string().unwrap_or_else(|| format!("{error:?}"));
            KvError::Unavailable(text)
        }
    }
}

impl KvStore for BrowserKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        storage()?.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        storage()?.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        storage()?;
        // Removing never throws once storage is reachable.
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let storage = storage()?;
        let len = LocalStorage::length();
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(key) = storage.key(i).map_err(|e| classify(&e))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
