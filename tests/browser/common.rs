//! Shared by the browser tests: the one fixed day they run on, and a container to mount a
//! component in. No browser test reads the clock: a component that needs today gets it from a
//! `Store` opened on `TODAY`, and the expectations are counted from the same day.

use chrono::{Days, NaiveDate};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The day every browser test runs on (the end-to-end suite's default day too).
pub const TODAY: NaiveDate = match NaiveDate::from_ymd_opt(2026, 6, 17) {
    Some(day) => day,
    None => panic!("a valid day"),
};

/// The day `n` days before `TODAY`.
pub fn days_ago(n: u64) -> NaiveDate {
    TODAY.checked_sub_days(Days::new(n)).expect("in range")
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh container for one test's component, at the end of the page's body.
pub fn container() -> HtmlElement {
    let div: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&div)
        .expect("appended");
    div
}

/// The button inside `root` whose text is `text`.
pub fn button(root: &HtmlElement, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .map(|i| {
            buttons
                .item(i)
                .expect("button")
                .unchecked_into::<HtmlElement>()
        })
        .find(|b| b.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no button {text}"))
}
