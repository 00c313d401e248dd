//! Parting ways: the guided checklist (saved with the client at every tick), the notice and its
//! end date, the hand-over of each managed account, and the termination letter. When every item
//! is done, the client becomes a former client.

use clientwise_core::i18n::Msg;
use clientwise_core::model::{Check, Client, InterventionKind, Parting, PartingReason, Status};
use clientwise_core::playbook::letters;
use clientwise_core::session::Command;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::field::{CheckField, SelectField, unique_id};
use crate::components::message::MessageComposer;
use crate::routes;
use crate::state::Store;
use crate::text::{client_lang, date, lang, letter, money, t};

/// The reason choices, in the order offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ReasonChoice {
    Payment,
    Responsiveness,
    Control,
    Fit,
    Custom,
}

impl ReasonChoice {
    fn of(reason: &PartingReason) -> ReasonChoice {
        match reason {
            PartingReason::Payment => ReasonChoice::Payment,
            PartingReason::Responsiveness => ReasonChoice::Responsiveness,
            PartingReason::Control => ReasonChoice::Control,
            PartingReason::Fit => ReasonChoice::Fit,
            PartingReason::Custom(_) => ReasonChoice::Custom,
        }
    }

    fn reason(self, custom: String) -> PartingReason {
        match self {
            ReasonChoice::Payment => PartingReason::Payment,
            ReasonChoice::Responsiveness => PartingReason::Responsiveness,
            ReasonChoice::Control => PartingReason::Control,
            ReasonChoice::Fit => PartingReason::Fit,
            ReasonChoice::Custom => PartingReason::Custom(custom),
        }
    }
}

#[component]
pub fn PartingPanel(client: Signal<Client>) -> impl IntoView {
    let store = Store::use_context();
    let today = store.today;
    // Every change is saved at once; the session decides what it does to the status (the last
    // item done makes the client a former client).
    let update = move |change: &dyn Fn(&mut Parting)| {
        let Some((id, mut parting)) = client.with_untracked(|c| Some((c.id, c.parting.clone()?)))
        else {
            return;
        };
        change(&mut parting);
        store.send(Command::EditParting {
            client: id,
            parting,
        });
    };
    let parting = Memo::new(move |_| client.with(|c| c.parting.clone()));
    let get = move |f: fn(&Parting) -> bool| {
        Signal::derive(move || parting.with(|p| p.as_ref().is_some_and(f)))
    };
    let check = move |item: Check| {
        let checked = Signal::derive(move || {
            parting.with(|p| p.as_ref().is_some_and(|p| p.is_checked(item)))
        });
        view! {
            <li class="check-item">
                <CheckField
                    label=t(Msg::CheckLabel(item))
                    checked=checked
                    on_change=move |done| update(&|p| p.set(item, done))
                />
                <p class="hint">{t(Msg::CheckHint(item))}</p>
            </li>
        }
    };
    let owed = move || client.with(|c| c.owed(today.get()));
    let currency = move || client.with(|c| c.currency);
    let progress = move || client.with(|c| c.parting.as_ref().map(|p| p.progress(c)));
    let notice = move || {
        let days = client.with(|c| c.contract.notice_days);
        let given = parting.with(|p| {
            p.as_ref()
                .and_then(|p| p.notice_given.map(|g| (g, p.notice_end(days))))
        });
        match given {
            Some((given, end)) => view! {
                <p>{t(Msg::NoticeGivenOn(date(given), end.map(date).unwrap_or_default()))}</p>
                <button type="button" class="link" on:click=move |_| update(&|p| p.notice_given = None)>
                    {t(Msg::UndoNotice)}
                </button>
            }
            .into_any(),
            None => view! {
                <button type="button" on:click=move |_| update(&|p| p.notice_given = Some(today.get_untracked()))>
                    {t(Msg::GiveNoticeToday)}
                </button>
            }
            .into_any(),
        }
    };
    // What is typed for the letter goes into it word for word: when the client reads another
    // language than the screen's, say which one to write in.
    let typed_note = move || {
        let theirs = client.with(client_lang);
        (theirs != lang()).then(|| view! { <p class="hint">{t(Msg::TypedIntoLetter(theirs))}</p> })
    };
    let text_input =
        move |label: Msg, get: fn(&Parting) -> String, set: fn(&mut Parting, String)| {
            let id = unique_id("parting");
            view! {
                <div class="field">
                    <label for=id.clone()>{t(label)}</label>
                    <input
                        id=id
                        type="text"
                        prop:value=move || parting.with(|p| p.as_ref().map(get).unwrap_or_default())
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            update(&|p| set(p, value.clone()));
                        }
                    />
                </div>
            }
        };
    let hand_over = move || {
        let accounts = client.with(|c| c.contract.accounts.clone());
        if accounts.is_empty() {
            return view! { <p class="muted">{t(Msg::NoAccountsToHandOver)}</p> }.into_any();
        }
        accounts
            .into_iter()
            .map(|account| {
                let name = account.clone();
                let checked = Signal::derive(move || {
                    parting.with(|p| p.as_ref().is_some_and(|p| p.handed_over.contains(&name)))
                });
                view! {
                    <CheckField
                        label=t(Msg::HandOverAccount(account.clone()))
                        checked=checked
                        on_change=move |done| update(&|p| p.set_handed_over(&account, done))
                    />
                }
            })
            .collect_view()
            .into_any()
    };
    let reason_options = vec![
        (
            ReasonChoice::Payment,
            t(Msg::Reason(PartingReason::Payment)),
        ),
        (
            ReasonChoice::Responsiveness,
            t(Msg::Reason(PartingReason::Responsiveness)),
        ),
        (
            ReasonChoice::Control,
            t(Msg::Reason(PartingReason::Control)),
        ),
        (ReasonChoice::Fit, t(Msg::Reason(PartingReason::Fit))),
        (ReasonChoice::Custom, t(Msg::ReasonCustom)),
    ];
    let choice = Signal::derive(move || {
        parting.with(|p| {
            p.as_ref()
                .map_or(ReasonChoice::Fit, |p| ReasonChoice::of(&p.reason))
        })
    });
    let termination = Memo::new(move |_| {
        let settings = store.settings.get();
        let today = today.get();
        client.with(|c| letter(c, &letters::termination(c, &settings, today)))
    });
    let mark_sent = move |text: String| {
        store.send(Command::MarkSent {
            client: client.with_untracked(|c| c.id),
            kind: InterventionKind::Termination,
            text,
        });
    };
    view! {
        <section class="card parting" aria-labelledby="parting-title">
            <h2 id="parting-title" tabindex="-1">{t(Msg::PartingTitle)}</h2>
            <p class="note">
                {move || parting.with(|p| p.as_ref().map(|p| t(Msg::PartingStarted(date(p.started)))))}
                " "
                {move || progress().map(|(done, of)| t(Msg::PartingProgress(done, of)))}
            </p>
            <Show when=move || client.with(|c| c.status == Status::Former)>
                <p class="done-note" role="status">{t(Msg::PartingComplete)}</p>
            </Show>
            <ol class="checklist">
                {check(Check::CoolOff)}
                <li class="note-item">
                    {move || parting.with(|p| p.as_ref().map(|p| t(Msg::CoolOffUntil(date(p.cool_off_until())))))}
                </li>
                {check(Check::ContractReviewed)}
                {check(Check::PaidWorkDelivered)}
                {check(Check::MoneyOwed)}
                <li class="note-item">
                    {move || {
                        let owed = owed();
                        if owed.0 > 0 {
                            t(Msg::MoneyOwedNow(money(owed, currency())))
                        } else {
                            t(Msg::NothingOwed)
                        }
                    }}
                </li>
                {check(Check::Conversation)}
                <li class="check-item">
                    <fieldset class="group">
                        <legend>{t(Msg::NoticeTitle)}</legend>
                        <p class="hint">{move || t(Msg::NoticeHint(client.with(|c| c.contract.notice_days)))}</p>
                        {notice}
                    </fieldset>
                </li>
                <li class="check-item">
                    <fieldset class="group">
                        <legend>{t(Msg::CheckLabel(Check::Alternatives))}</legend>
                        <CheckField
                            label=t(Msg::OfferAlternatives)
                            checked=get(|p| p.offer_alternatives)
                            on_change=move |on| update(&|p| p.offer_alternatives = on)
                        />
                        <Show when=move || get(|p| p.offer_alternatives).get()>
                            {typed_note}
                            {text_input(Msg::Colleague, |p| p.colleague.clone(), |p, v| p.colleague = v)}
                            {text_input(Msg::ProviderKind, |p| p.provider_kind.clone(), |p, v| p.provider_kind = v)}
                            {check(Check::Alternatives)}
                        </Show>
                    </fieldset>
                </li>
                <li class="check-item">
                    <fieldset class="group">
                        <legend>{t(Msg::HandOverTitle)}</legend>
                        {move || (owed().0 > 0).then(|| view! {
                            <p class="warning-note" role="note">
                                {t(Msg::HandOverWarning(money(owed(), currency())))}
                            </p>
                        })}
                        {hand_over}
                    </fieldset>
                </li>
                <li class="check-item">
                    <CheckField
                        label=t(Msg::CheckLabel(Check::FinalReport))
                        checked=Signal::derive(move || {
                            parting.with(|p| p.as_ref().is_some_and(|p| p.is_checked(Check::FinalReport)))
                        })
                        on_change=move |done| update(&|p| p.set(Check::FinalReport, done))
                    />
                    <p class="hint">{t(Msg::CheckHint(Check::FinalReport))}</p>
                    <A href=move || routes::href(&routes::report(client.with(|c| c.id)))>
                        {t(Msg::ReportsLink)}
                    </A>
                </li>
            </ol>
            <h3>{t(Msg::TerminationLetter)}</h3>
            <SelectField
                label=t(Msg::ReasonLabel)
                options=reason_options
                value=choice
                on_change=move |c: ReasonChoice| update(&|p| {
                    let custom = match &p.reason {
                        PartingReason::Custom(text) => text.clone(),
                        _ => String::new(),
                    };
                    p.reason = c.reason(custom);
                })
            />
            <Show when=move || choice.get() == ReasonChoice::Custom>
                {typed_note}
                {text_input(
                    Msg::ReasonCustomText,
                    |p| match &p.reason {
                        PartingReason::Custom(text) => text.clone(),
                        _ => String::new(),
                    },
                    |p, v| p.reason = PartingReason::Custom(v),
                )}
            </Show>
            {move || {
                let message = termination.get();
                view! {
                    <MessageComposer
                        message=message
                        on_sent=mark_sent
                        unsigned=store.is_unsigned()
                        disabled=Signal::derive(move || store.is_read_only())
                    />
                }
            }}
        </section>
    }
}
