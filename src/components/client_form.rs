//! The client form: who the client is, the contract, the status and hard-time periods. It edits
//! a `ClientDraft` and hands a validated `Client` to `on_save`; it does not store anything itself.

use clientwise_core::draft::{
    ClientDraft, Field, FieldErrors, HardTimeDraft, PricingKind, TermsKind,
};
use clientwise_core::i18n::{Lang, Msg};
use clientwise_core::model::{Client, ClientId, Status};
use leptos::prelude::*;

use crate::browser::focus_first_invalid;
use crate::components::field::{InputKind, SelectField, TextField, error_of, field_of, unique_id};
use crate::text::{lang, language_choice, t};

#[component]
pub fn ClientForm(
    /// The client being edited (for a new client: `Client::new` with any id).
    initial: Client,
    #[prop(into)] on_save: Callback<Client>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let draft = RwSignal::new(ClientDraft::from_client(&initial).localised(lang()));
    let base = StoredValue::new(initial);
    // Errors appear after the first attempt to save, then follow every keystroke so that a fixed
    // field clears at once.
    let attempted = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if !attempted.get() {
            return FieldErrors::default();
        }
        // Validation does not depend on the client's log; an empty client avoids cloning it.
        let mut scratch = Client::new(ClientId(0), "");
        draft.with(|d| d.apply_to(&mut scratch).err().unwrap_or_default())
    });
    let err = move |f: Field| error_of(errors, f);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        let mut client = base.get_value();
        match draft.with_untracked(|d| d.apply_to(&mut client)) {
            Ok(()) => on_save.run(client),
            Err(_) => focus_first_invalid(),
        }
    };

    let terms = Signal::derive(move || draft.with(|d| d.terms));
    let pricing = Signal::derive(move || draft.with(|d| d.pricing));
    let terms_group = unique_id("terms");
    let radio = move |kind: TermsKind, label: Msg| {
        let id = unique_id("terms-option");
        view! {
            <div class="radio">
                <input
                    type="radio"
                    id=id.clone()
                    name=terms_group.clone()
                    prop:checked=move || terms.get() == kind
                    on:change=move |_| draft.update(|d| d.terms = kind)
                />
                <label for=id>{t(label)}</label>
            </div>
        }
    };
    let pricing_options = PricingKind::ALL
        .into_iter()
        .map(|k| {
            let label = match k {
                PricingKind::None => Msg::PricingNone,
                PricingKind::Retainer => Msg::PricingRetainer,
                PricingKind::Hourly => Msg::PricingHourly,
                PricingKind::Project => Msg::PricingProject,
            };
            (k, t(label))
        })
        .collect::<Vec<_>>();
    let language_options = std::iter::once((None, t(Msg::ClientLanguageDefault)))
        .chain(Lang::ALL.into_iter().map(|l| (Some(l), language_choice(l))))
        .collect::<Vec<_>>();
    let status_options = Status::ALL
        .into_iter()
        .map(|s| (s, t(Msg::Status(s))))
        .collect::<Vec<_>>();

    view! {
        <form class="stack" on:submit=submit novalidate>
            <p class="form-alert" role="alert" hidden=move || errors.with(FieldErrors::is_empty)>
                {t(Msg::FormHasErrors)}
            </p>
            <fieldset>
                <legend>{t(Msg::SectionWho)}</legend>
                <TextField
                    label=t(Msg::Name)
                    value=field_of(draft, |d| &d.name, |d| &mut d.name)
                    error=err(Field::Name)
                    required=true
                    autocomplete="off"
                />
                <TextField label=t(Msg::Company) value=field_of(draft, |d| &d.company, |d| &mut d.company) error=err(Field::Company) />
                <TextField label=t(Msg::Contact) value=field_of(draft, |d| &d.contact, |d| &mut d.contact) error=err(Field::Contact) />
                <SelectField
                    label=t(Msg::ClientLanguage)
                    hint=t(Msg::ClientLanguageHint)
                    options=language_options
                    value=Signal::derive(move || draft.with(|d| d.language))
                    on_change=move |l| draft.update(|d| d.language = l)
                />
            </fieldset>
            <fieldset>
                <legend>{t(Msg::SectionContract)}</legend>
                <TextField
                    label=t(Msg::Currency)
                    value=field_of(draft, |d| &d.currency, |d| &mut d.currency)
                    hint=t(Msg::CurrencyHint)
                    error=err(Field::Currency)
                />
                <fieldset class="radios">
                    <legend>{t(Msg::PaymentTerms)}</legend>
                    {radio(TermsKind::DaysAfterInvoice, Msg::TermsDaysAfter)}
                    {radio(TermsKind::DayOfMonth, Msg::TermsDayOfMonth)}
                </fieldset>
                <Show
                    when=move || terms.get() == TermsKind::DaysAfterInvoice
                    fallback=move || view! {
                        <TextField
                            label=t(Msg::PaymentDayOfMonth)
                            value=field_of(draft, |d| &d.payment_day_of_month, |d| &mut d.payment_day_of_month)
                            kind=InputKind::Whole
                            error=err(Field::PaymentDayOfMonth)
                        />
                    }
                >
                    <TextField
                        label=t(Msg::PaymentDays)
                        value=field_of(draft, |d| &d.payment_days, |d| &mut d.payment_days)
                        kind=InputKind::Whole
                        error=err(Field::PaymentDays)
                    />
                </Show>
                <div class="row">
                    <TextField
                        label=t(Msg::NoticeDays)
                        value=field_of(draft, |d| &d.notice_days, |d| &mut d.notice_days)
                        kind=InputKind::Whole
                        error=err(Field::NoticeDays)
                    />
                    <TextField
                        label=t(Msg::IncludedRevisions)
                        value=field_of(draft, |d| &d.included_revisions, |d| &mut d.included_revisions)
                        kind=InputKind::Whole
                        error=err(Field::IncludedRevisions)
                    />
                </div>
                <div class="row">
                    <SelectField
                        label=t(Msg::Pricing)
                        options=pricing_options
                        value=pricing
                        on_change=move |k| draft.update(|d| d.pricing = k)
                    />
                    <Show when=move || pricing.get() != PricingKind::None>
                        <TextField
                            label=t(Msg::PricingAmount)
                            value=field_of(draft, |d| &d.pricing_amount, |d| &mut d.pricing_amount)
                            kind=InputKind::Decimal
                            error=err(Field::PricingAmount)
                        />
                    </Show>
                </div>
                <TextField
                    label=t(Msg::Scope)
                    value=field_of(draft, |d| &d.scope, |d| &mut d.scope)
                    kind=InputKind::Multiline
                    error=err(Field::Scope)
                />
                <TextField
                    label=t(Msg::Accounts)
                    value=field_of(draft, |d| &d.accounts, |d| &mut d.accounts)
                    kind=InputKind::Multiline
                    error=err(Field::Accounts)
                />
                <TextField
                    label=t(Msg::Started)
                    value=field_of(draft, |d| &d.started, |d| &mut d.started)
                    kind=InputKind::Date
                    error=err(Field::Started)
                />
            </fieldset>
            <fieldset>
                <legend>{t(Msg::SectionStatus)}</legend>
                <SelectField
                    label=t(Msg::StatusLabel)
                    options=status_options
                    value=Signal::derive(move || draft.with(|d| d.status))
                    on_change=move |s| draft.update(|d| d.status = s)
                />
                <TextField
                    label=t(Msg::Notes)
                    value=field_of(draft, |d| &d.notes, |d| &mut d.notes)
                    kind=InputKind::Multiline
                    error=err(Field::Notes)
                />
                <HardTimes draft=draft errors=errors />
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary">{t(Msg::SaveClient)}</button>
                <button type="button" on:click=move |_| on_cancel.run(())>{t(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

/// The repeated group of hard-time periods.
#[component]
fn HardTimes(draft: RwSignal<ClientDraft>, errors: Memo<FieldErrors>) -> impl IntoView {
    let count = move || draft.with(|d| d.hard_times.len());
    let row = move |i: usize| {
        let value = |get: fn(&HardTimeDraft) -> &String,
                     set: fn(&mut HardTimeDraft) -> &mut String| {
            create_slice(
                draft,
                move |d| {
                    d.hard_times
                        .get(i)
                        .map(|h| get(h).clone())
                        .unwrap_or_default()
                },
                move |d, v| {
                    if let Some(h) = d.hard_times.get_mut(i) {
                        *set(h) = v;
                    }
                },
            )
        };
        view! {
            <div class="group-row">
                <div class="row">
                    <TextField
                        label=t(Msg::HardTimeStart)
                        value=value(|h| &h.start, |h| &mut h.start)
                        kind=InputKind::Date
                        error=error_of(errors, Field::HardTimeStart(i))
                    />
                    <TextField
                        label=t(Msg::HardTimeEnd)
                        value=value(|h| &h.end, |h| &mut h.end)
                        kind=InputKind::Date
                        error=error_of(errors, Field::HardTimeEnd(i))
                    />
                </div>
                <TextField
                    label=t(Msg::HardTimeNote)
                    value=value(|h| &h.note, |h| &mut h.note)
                    error=error_of(errors, Field::HardTimeNote(i))
                />
                <button
                    type="button"
                    class="link"
                    on:click=move |_| draft.update(|d| {
                        if i < d.hard_times.len() {
                            d.hard_times.remove(i);
                        }
                    })
                >
                    {t(Msg::RemoveHardTime(i))}
                </button>
            </div>
        }
    };
    view! {
        <fieldset class="group">
            <legend>{t(Msg::HardTimes)}</legend>
            <p class="hint">{t(Msg::HardTimesHint)}</p>
            <For each=move || 0..count() key=|i| *i children=row />
            <button
                type="button"
                on:click=move |_| draft.update(|d| d.hard_times.push(HardTimeDraft::default()))
            >
                {t(Msg::AddHardTime)}
            </button>
        </fieldset>
    }
}
