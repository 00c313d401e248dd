//! localStorage as the core's `KvStore`.
//!
//! web-sys is used directly rather than gloo-storage: gloo's accessors throw when storage is
//! disabled and serialise values themselves, while Clientwise must report a disabled store in
//! plain words, keep raw strings (to quarantine them byte for byte), and classify each browser's
//! quota error.

use clientwise_core::storage::{KvError, KvStore};
use wasm_bindgen::{JsCast, JsValue};

/// The page's localStorage. A unit struct: the handle is looked up on each call, so the
/// repository that owns it stays `Send` and can live in a Leptos `StoredValue`.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserKv;

fn storage() -> Result<web_sys::Storage, KvError> {
    let window = web_sys::window().ok_or_else(|| KvError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
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
        storage()?.remove_item(key).map_err(|e| classify(&e))
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let storage = storage()?;
        let len = storage.length().map_err(|e| classify(&e))?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(key) = storage.key(i).map_err(|e| classify(&e))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
