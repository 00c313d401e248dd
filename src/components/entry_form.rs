//! The evidence-entry form: the fields of the chosen kind of entry, validated against the client
//! (its currency reads amounts, its payment terms fill an empty due date). Hands the validated
//! entry to `on_save`; stores nothing itself.

use clientwise_core::draft::{EntryDraft, Field, FieldErrors, PaymentDraft};
use clientwise_core::i18n::Msg;
use clientwise_core::model::{Client, EntryBody, EntryKind, IncidentKind, InterventionKind};
use leptos::prelude::*;

use crate::browser::focus_first_invalid;
use crate::components::field::{CheckField, InputKind, SelectField, TextField, error_of, field_of};
use crate::text::t;

#[component]
pub fn EntryForm(
    client: Client,
    initial: EntryDraft,
    /// Editing an existing entry keeps its kind; a new entry may pick any.
    #[prop(optional)]
    editing: bool,
    #[prop(into)] on_save: Callback<EntryBody>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let draft = RwSignal::new(initial);
    let client = StoredValue::new(client);
    let attempted = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if !attempted.get() {
            return FieldErrors::default();
        }
        client.with_value(|c| draft.with(|d| d.validate(c).err().unwrap_or_default()))
    });
    let err = move |f: Field| error_of(errors, f);
    // A memo, so that typing in a field does not rebuild the kind's fields (and lose focus).
    let kind = Memo::new(move |_| draft.with(|d| d.kind));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        match client.with_value(|c| draft.with_untracked(|d| d.validate(c))) {
            Ok(body) => on_save.run(body),
            Err(_) => focus_first_invalid(),
        }
    };

    let kind_options = EntryKind::ALL
        .into_iter()
        .map(|k| (k, t(Msg::Kind(k))))
        .collect::<Vec<_>>();

    let date_label = move || {
        t(match kind.get() {
            EntryKind::Request => Msg::Sent,
            EntryKind::Approval => Msg::Submitted,
            EntryKind::Invoice => Msg::Issued,
            _ => Msg::Date,
        })
    };

    let fields = move || {
        match kind.get() {
        EntryKind::Request => view! {
            <TextField label=t(Msg::Topic) value=field_of(draft, |d| &d.topic, |d| &mut d.topic) error=err(Field::Topic) />
            <TextField
                label=t(Msg::Answered)
                value=field_of(draft, |d| &d.answered, |d| &mut d.answered)
                kind=InputKind::Date
                error=err(Field::Answered)
            />
        }
        .into_any(),
        EntryKind::Approval => view! {
            <TextField label=t(Msg::Item) value=field_of(draft, |d| &d.item, |d| &mut d.item) error=err(Field::Item) />
            <div class="row">
                <TextField
                    label=t(Msg::Rounds)
                    value=field_of(draft, |d| &d.rounds, |d| &mut d.rounds)
                    kind=InputKind::Whole
                    error=err(Field::Rounds)
                />
                <TextField
                    label=t(Msg::Approved)
                    value=field_of(draft, |d| &d.approved, |d| &mut d.approved)
                    kind=InputKind::Date
                    error=err(Field::Approved)
                />
            </div>
            <CheckField
                label=t(Msg::Trivial)
                checked=Signal::derive(move || draft.with(|d| d.trivial))
                on_change=move |v| draft.update(|d| d.trivial = v)
            />
        }
        .into_any(),
        EntryKind::Invoice => view! {
            <div class="row">
                <TextField
                    label=t(Msg::InvoiceNumber)
                    value=field_of(draft, |d| &d.number, |d| &mut d.number)
                    error=err(Field::Number)
                />
                <TextField
                    label=t(Msg::Amount)
                    value=field_of(draft, |d| &d.amount, |d| &mut d.amount)
                    kind=InputKind::Decimal
                    error=err(Field::Amount)
                />
            </div>
            <TextField
                label=t(Msg::Due)
                value=field_of(draft, |d| &d.due, |d| &mut d.due)
                kind=InputKind::Date
                hint=t(Msg::DueHint)
                error=err(Field::Due)
            />
            <Payments draft=draft errors=errors />
        }
        .into_any(),
        EntryKind::Incident => {
            let options = IncidentKind::ALL
                .into_iter()
                .map(|k| (k, t(Msg::Incident(k))))
                .collect::<Vec<_>>();
            view! {
                <SelectField
                    label=t(Msg::IncidentKindLabel)
                    options=options
                    value=Signal::derive(move || draft.with(|d| d.incident))
                    on_change=move |k| draft.update(|d| d.incident = k)
                />
                <TextField
                    label=t(Msg::Details)
                    value=field_of(draft, |d| &d.text, |d| &mut d.text)
                    kind=InputKind::Multiline
                    error=err(Field::Note)
                />
            }
            .into_any()
        }
        EntryKind::Work => view! {
            <TextField
                label=t(Msg::Hours)
                value=field_of(draft, |d| &d.hours, |d| &mut d.hours)
                kind=InputKind::Decimal
                hint=t(Msg::HoursHint)
                error=err(Field::Hours)
            />
            <TextField
                label=t(Msg::Description)
                value=field_of(draft, |d| &d.description, |d| &mut d.description)
                error=err(Field::Description)
            />
            <TextField
                label=t(Msg::Deliverable)
                value=field_of(draft, |d| &d.deliverable, |d| &mut d.deliverable)
                error=err(Field::Deliverable)
            />
        }
        .into_any(),
        EntryKind::Intervention => {
            let options = InterventionKind::ALL
                .into_iter()
                .map(|k| (k, t(Msg::Intervention(k))))
                .collect::<Vec<_>>();
            view! {
                <SelectField
                    label=t(Msg::InterventionKindLabel)
                    options=options
                    value=Signal::derive(move || draft.with(|d| d.intervention))
                    on_change=move |k| draft.update(|d| d.intervention = k)
                />
                <TextField
                    label=t(Msg::InterventionText)
                    value=field_of(draft, |d| &d.text, |d| &mut d.text)
                    kind=InputKind::Multiline
                    error=err(Field::Text)
                />
            }
            .into_any()
        }
        EntryKind::Note => view! {
            <TextField
                label=t(Msg::NoteText)
                value=field_of(draft, |d| &d.text, |d| &mut d.text)
                kind=InputKind::Multiline
                error=err(Field::Text)
            />
        }
        .into_any(),
    }
    };

    view! {
        <form class="stack entry-form" on:submit=submit novalidate>
            <p class="form-alert" role="alert" hidden=move || errors.with(FieldErrors::is_empty)>
                {t(Msg::FormHasErrors)}
            </p>
            <Show when=move || !editing>
                <SelectField
                    label=t(Msg::EntryKindLabel)
                    options=kind_options.clone()
                    value=kind
                    on_change=move |k| draft.update(|d| d.kind = k)
                />
            </Show>
            {move || {
                let label = date_label();
                view! {
                    <TextField
                        label=label
                        value=field_of(draft, |d| &d.date, |d| &mut d.date)
                        kind=InputKind::Date
                        error=err(Field::Date)
                        required=true
                    />
                }
            }}
            {fields}
            <div class="actions">
                <button type="submit" class="primary">{t(Msg::SaveEntry)}</button>
                <button type="button" on:click=move |_| on_cancel.run(())>{t(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

/// The repeated group of payments received against an invoice.
#[component]
fn Payments(draft: RwSignal<EntryDraft>, errors: Memo<FieldErrors>) -> impl IntoView {
    let count = move || draft.with(|d| d.payments.len());
    let row = move |i: usize| {
        let value = |get: fn(&PaymentDraft) -> &String,
                     set: fn(&mut PaymentDraft) -> &mut String| {
            create_slice(
                draft,
                move |d| {
                    d.payments
                        .get(i)
                        .map(|p| get(p).clone())
                        .unwrap_or_default()
                },
                move |d, v| {
                    if let Some(p) = d.payments.get_mut(i) {
                        *set(p) = v;
                    }
                },
            )
        };
        view! {
            <div class="group-row row">
                <TextField
                    label=t(Msg::PaymentDate(i))
                    value=value(|p| &p.date, |p| &mut p.date)
                    kind=InputKind::Date
                    error=error_of(errors, Field::PaymentDate(i))
                />
                <TextField
                    label=t(Msg::PaymentAmount(i))
                    value=value(|p| &p.amount, |p| &mut p.amount)
                    kind=InputKind::Decimal
                    error=error_of(errors, Field::PaymentAmount(i))
                />
                <button
                    type="button"
                    class="link"
                    on:click=move |_| draft.update(|d| {
                        if i < d.payments.len() {
                            d.payments.remove(i);
                        }
                    })
                >
                    {t(Msg::RemovePayment(i))}
                </button>
            </div>
        }
    };
    let group_error = error_of(errors, Field::Payments);
    view! {
        <fieldset class="group">
            <legend>{t(Msg::Payments)}</legend>
            <For each=move || 0..count() key=|i| *i children=row />
            <p class="error" role="alert" hidden=move || group_error.with(Option::is_none)>
                {move || group_error.get().unwrap_or_default()}
            </p>
            <button
                type="button"
                on:click=move |_| draft.update(|d| d.payments.push(PaymentDraft::default()))
            >
                {t(Msg::AddPayment)}
            </button>
        </fieldset>
    }
}
