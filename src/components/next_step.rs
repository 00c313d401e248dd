//! "What to do now": the current stage of each remedy that applies, why, what was already done,
//! and the ready-to-send message for the stage. Marking a message as sent logs it as an
//! intervention, which moves the playbook to its next stage.

use clientwise_core::i18n::{Message, Msg};
use clientwise_core::model::Client;
use clientwise_core::playbook::{Advice, Step, advise, letters};
use clientwise_core::scoring::Assessment;
use clientwise_core::session::Command;
use leptos::prelude::*;

use crate::components::message::MessageComposer;
use crate::state::Store;
use crate::text::{date, letter, t};

#[component]
pub fn NextSteps(
    client: Signal<Client>,
    assessment: Signal<Assessment>,
    #[prop(into)] on_start_parting: Callback<()>,
) -> impl IntoView {
    let store = Store::use_context();
    // The advice and its messages, recomputed when the record changes; a memo, so that an
    // unrelated change does not reset a message the user is editing.
    let plan = Memo::new(move |_| {
        let settings = store.settings.get();
        let today = store.today.get();
        client.with(|c| {
            assessment.with(|a| {
                advise(c, a, &settings.thresholds, today)
                    .into_iter()
                    .map(|advice| {
                        let message = letters::for_step(advice.step, c, &settings, today)
                            .map(|l| letter(c, &l));
                        (advice, message)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let logged = RwSignal::new(None::<String>);
    let mark_sent = move |step: Step, text: String| {
        let Some(kind) = step.intervention() else {
            return;
        };
        let id = client.with_untracked(|c| c.id);
        if store
            .send(Command::MarkSent {
                client: id,
                kind,
                text,
            })
            .saved()
        {
            logged.set(Some(t(Msg::LoggedAsSent(date(
                store.today.get_untracked(),
            )))));
        }
    };
    view! {
        <section class="card next-step" aria-labelledby="next-title">
            <h2 id="next-title">{t(Msg::NextStepTitle)}</h2>
            <p class="save-status" role="status">{move || logged.get()}</p>
            {move || {
                plan.get()
                    .into_iter()
                    .map(|(advice, message)| {
                        view! {
                            <AdviceView
                                advice=advice
                                message=message
                                unsigned=store.is_unsigned()
                                on_sent=move |text| mark_sent(advice.step, text)
                                on_start_parting=on_start_parting
                            />
                        }
                    })
                    .collect_view()
            }}
        </section>
    }
}

#[component]
fn AdviceView(
    advice: Advice,
    message: Option<Message>,
    unsigned: bool,
    #[prop(into)] on_sent: Callback<String>,
    on_start_parting: Callback<()>,
) -> impl IntoView {
    let store = Store::use_context();
    let stage = advice
        .pattern
        .zip(advice.stage)
        .map(|(p, (n, of))| t(Msg::StageOf(n, of, p)));
    let last = advice
        .last_taken
        .map(|(kind, day)| t(Msg::LastTaken(kind, date(day))));
    // Shown until the day it names has come.
    let wait = move || {
        advice
            .wait_until
            .filter(|until| *until > store.today.get())
            .map(
                |until| view! { <p class="note">{t(Msg::WaitUntil(date(until), advice.step))}</p> },
            )
    };
    let parting = matches!(advice.step, Step::PartWays(_)).then(|| {
        view! {
            <div class="actions">
                <button
                    type="button"
                    class="primary"
                    disabled=move || store.is_read_only()
                    on:click=move |_| on_start_parting.run(())
                >
                    {t(Msg::StartParting)}
                </button>
            </div>
        }
    });
    view! {
        <div class="advice">
            <h3>{t(Msg::StepTitle(advice.step))}</h3>
            {stage.map(|s| view! { <p class="stage">{s}</p> })}
            <p>{t(Msg::StepWhy(advice.step))}</p>
            {last.map(|l| view! { <p class="note">{l}</p> })}
            {wait}
            {message.map(|m| view! {
                <MessageComposer
                    message=m
                    on_sent=on_sent
                    unsigned=unsigned
                    disabled=Signal::derive(move || store.is_read_only())
                />
            })}
            {parting}
        </div>
    }
}
