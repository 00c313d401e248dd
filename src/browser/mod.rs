//! The browser at the edge: localStorage behind the core's `KvStore`, the clock, the page's base
//! path, and file downloads. Nothing else in the app calls web-sys directly.

pub mod clock;
pub mod storage;

use std::time::Duration;

use wasm_bindgen::JsCast;

/// The path the app is served under (`""` at a domain's root, `"/clientwise"` on a sub-path),
/// read from the `<base href>` that the build writes, so one build serves any path it was
/// built for.
pub(crate) fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_owned()
}

/// Scrolls the element with `id` into view and gives it focus, after the next render.
pub fn reveal(id: String) {
    leptos::prelude::request_animation_frame(move || {
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = target {
            element.scroll_into_view();
            let _ = element.focus();
        }
    });
}

/// Copies `text` to the clipboard. Resolves to false when the browser refuses (no permission,
/// or a page not served over a secure origin); the caller then says how to copy by hand.
pub async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// Sets the page's `lang` attribute, so that screen readers, hyphenation and spell-checking
/// follow the language on screen.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Marks a form or message composer in the main region as holding unsaved typing on its first
/// keystroke (`data-typed`), and clears the mark when the form is submitted, so that a language
/// switch, which rebuilds the views, can ask first. The mark lives on the element, so it goes
/// when the form closes.
pub fn track_typing() {
    fn holder(ev: &web_sys::Event) -> Option<web_sys::Element> {
        ev.target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest("main form, main .composer")
            .ok()
            .flatten()
    }
    let _ = leptos::prelude::window_event_listener(leptos::ev::input, |ev| {
        if let Some(form) = holder(&ev) {
            let _ = form.set_attribute("data-typed", "");
        }
    });
    let _ = leptos::prelude::window_event_listener(leptos::ev::submit, |ev| {
        if let Some(form) = holder(&ev) {
            let _ = form.remove_attribute("data-typed");
        }
    });
}

/// Whether a form or message in the main region holds typing not yet saved or sent.
pub fn has_unsaved_typing() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main [data-typed]").ok().flatten())
        .is_some()
}

/// Sets the window title (what a screen reader announces and a tab shows).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Offers `contents` to the user as a file download named `file_name`. Returns false if the
/// browser refused (the caller then says so).
pub fn download(file_name: &str, mime: &str, contents: &str) -> bool {
    try_download(file_name, mime, contents).is_some()
}

fn try_download(file_name: &str, mime: &str, contents: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Some browsers (Safari, Android's) read the file only after the click returns, so the URL is
    // released later rather than at once; a minute is ample, and the blob is freed then.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        REVOKE_AFTER,
    );
    Some(())
}

/// How long a download's object URL stays valid.
const REVOKE_AFTER: Duration = Duration::from_secs(60);

/// Whether the browser has agreed to keep this site's data even when space runs low (`None`
/// when it cannot say).
pub async fn storage_persisted() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Asks the browser to keep this site's data even when space runs low; resolves to whether it
/// agreed (`None` when it cannot say). Chrome decides silently; Firefox asks the user.
pub async fn persist_storage() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Calls `on_change(key)` whenever another tab or window of this site changes localStorage
/// (`None` when it cleared it all). The browser does not tell the tab that made the change.
pub fn on_storage_change(on_change: impl Fn(Option<String>) + 'static) {
    // Dropping the handle leaves the listener in place, for the life of the page.
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
        on_change(ev.key());
    });
}

/// Opens the browser's print dialog (where "Save as PDF" lives).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Why a picked file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than the limit given; not read at all.
    TooLarge { bytes: usize },
    /// The browser failed to read it (removed, no permission, not text).
    Unreadable,
}

/// The first file picked in a file input, as text, refused unread when larger than `limit`
/// bytes (a wrong file picked by mistake must not be loaded into memory).
pub async fn read_picked_file(
    input: &web_sys::HtmlInputElement,
    limit: usize,
) -> Option<Result<String, FileError>> {
    let file = input.files()?.get(0)?;
    let bytes = file.size() as usize;
    if bytes > limit {
        return Some(Err(FileError::TooLarge { bytes }));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    Some(
        text.ok()
            .and_then(|v| v.as_string())
            .ok_or(FileError::Unreadable),
    )
}

/// Moves keyboard focus to the first control marked invalid, once the page has rendered the
/// errors, so that a keyboard or screen-reader user lands on what needs fixing.
pub fn focus_first_invalid() {
    focus_first("[aria-invalid='true']");
}

/// Moves keyboard focus to the first element matching `selector` after the next render.
pub fn focus_first(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = target {
            let _ = element.focus();
        }
    });
}
