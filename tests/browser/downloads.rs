//! A download in a real browser: the file's object URL stays valid after the click returns,
//! because Safari and Android browsers read it only afterwards.

use std::cell::RefCell;
use std::rc::Rc;

use clientwise::browser;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn a_download_keeps_its_url_after_the_click() {
    let url_class = js_sys::Reflect::get(&js_sys::global(), &"URL".into()).expect("URL");
    let original = js_sys::Reflect::get(&url_class, &"revokeObjectURL".into()).expect("revoke");
    let revoked = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = {
        let revoked = Rc::clone(&revoked);
        Closure::<dyn Fn(String)>::new(move |url: String| revoked.borrow_mut().push(url))
    };
    js_sys::Reflect::set(
        &url_class,
        &"revokeObjectURL".into(),
        record.as_ref().unchecked_ref(),
    )
    .expect("stubbed");

    assert!(
        browser::download("note.txt", "text/plain", "kept"),
        "started"
    );
    let seen = revoked.borrow().clone();

    js_sys::Reflect::set(&url_class, &"revokeObjectURL".into(), &original).expect("restored");
    assert!(seen.is_empty(), "revoked at once: {seen:?}");
}
