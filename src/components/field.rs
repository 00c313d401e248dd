//! Labelled form controls. Each control has a visible `<label>`, its hint and its error tied to it
//! with `aria-describedby`, and `aria-invalid` while it has an error, so a screen reader hears
//! what is wrong where the eye sees it.

use std::sync::atomic::{AtomicU32, Ordering};

use clientwise_core::draft::{Field, FieldErrors};
use clientwise_core::i18n::Msg;
use leptos::prelude::*;

use crate::text::t;

/// A page-unique element id, for tying labels, hints and errors to their control.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A text control's value, read and written: a slice of a form draft held in a signal (Leptos's
/// `create_slice`), bound to the control with `bind:value`.
pub type Binding = (Signal<String>, SignalSetter<String>);

/// The slice of `draft` that `get` and `set` reach. Plain function pointers rather than a
/// closure per field, so that one copy of the slicing code serves every field of a form (each
/// closure would be compiled into the page separately).
pub fn field_of<D: Send + Sync + 'static>(
    draft: RwSignal<D>,
    get: fn(&D) -> &String,
    set: fn(&mut D) -> &mut String,
) -> Binding {
    create_slice(draft, move |d| get(d).clone(), move |d, v| *set(d) = v)
}

/// The text of the problem with `field` in `errors`, if any, for showing next to it.
pub fn error_of(errors: Memo<FieldErrors>, field: Field) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors
            .with(|e| e.for_field(field))
            .map(|p| t(Msg::Problem(p)))
    })
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    #[default]
    Text,
    Date,
    Email,
    /// Text that is a number (amounts, hours): a numeric keyboard on phones, but free text so
    /// that `1,250.50` or `1:30` can be typed.
    Decimal,
    Whole,
    Multiline,
}

/// A labelled input with an optional hint and an error shown beneath it.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    value: Binding,
    #[prop(optional)] kind: InputKind,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
    #[prop(optional)] node_ref: Option<NodeRef<leptos::html::Input>>,
) -> impl IntoView {
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let control = match kind {
        InputKind::Multiline => view! {
            <textarea
                id=id.clone()
                rows="3"
                bind:value=value
                aria-describedby=described_by
                aria-invalid=invalid
            ></textarea>
        }
        .into_any(),
        _ => {
            let (input_type, mode) = match kind {
                InputKind::Date => ("date", None),
                InputKind::Email => ("email", None),
                InputKind::Decimal => ("text", Some("decimal")),
                InputKind::Whole => ("text", Some("numeric")),
                _ => ("text", None),
            };
            let node_ref = node_ref.unwrap_or_default();
            view! {
                <input
                    id=id.clone()
                    type=input_type
                    inputmode=mode
                    autocomplete=autocomplete
                    required=required
                    node_ref=node_ref
                    bind:value=value
                    aria-describedby=described_by
                    aria-invalid=invalid
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {control}
            <p class="error" id=error_id.clone() hidden=move || error.with(Option::is_none)>
                {move || error.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// A labelled `<select>` over a fixed list of choices.
#[component]
pub fn SelectField<T>(
    #[prop(into)] label: String,
    /// The choices with their visible labels.
    options: Vec<(T, String)>,
    #[prop(into)] value: Signal<T>,
    #[prop(into)] on_change: Callback<T>,
    /// A line under the label saying what the choice changes.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let id = unique_id("select");
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let values: Vec<T> = options.iter().map(|(v, _)| *v).collect();
    let on_change = move |ev| {
        let index: usize = event_target_value(&ev).parse().unwrap_or(0);
        if let Some(v) = values.get(index) {
            on_change.run(*v);
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <select id=id.clone() aria-describedby=hint_id.clone() on:change=on_change>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (v, text))| {
                        view! {
                            <option value=i.to_string() prop:selected=move || value.get() == v>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let id = unique_id("check");
    view! {
        <div class="field check">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// One option of a radio group: the button, its visible label, and a hint tied to it. `selected`
/// holds the group's value; choosing this option sets it to `value`.
#[component]
pub fn RadioOption<T>(
    /// The group's name, shared by its options.
    name: &'static str,
    value: T,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    selected: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let id = unique_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    view! {
        <div class="choice">
            <input
                type="radio"
                name=name
                id=id.clone()
                aria-describedby=hint_id.clone()
                prop:checked=move || selected.get() == value
                on:change=move |_| selected.set(value)
            />
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
        </div>
    }
}

/// A labelled file picker.
#[component]
pub fn FileField(
    #[prop(into)] label: String,
    /// File types offered first (`.json,application/json`).
    accept: &'static str,
    node_ref: NodeRef<leptos::html::Input>,
    #[prop(into)] disabled: Signal<bool>,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    let id = unique_id("file");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="file"
                accept=accept
                node_ref=node_ref
                disabled=move || disabled.get()
                on:change=move |_| on_change.run(())
            />
        </div>
    }
}
