//! The verdict and the three scores of one client, each score with its band, trend, summary and
//! the dated evidence behind it. An evidence line takes the user to its entry in the log.

use clientwise_core::i18n::Msg;
use clientwise_core::model::{Client, EntryId};
use clientwise_core::scoring::{Assessment, Band, Confidence, PatternScore, Trend};
use leptos::prelude::*;

use crate::text::{date, explain, summary, t};

/// A CSS class for a band, so colours live in the stylesheet.
pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Healthy => "band-healthy",
        Band::Watch => "band-watch",
        Band::Act => "band-act",
        Band::WalkAway => "band-walkaway",
    }
}

#[component]
pub fn VerdictCard(client: Signal<Client>, assessment: Signal<Assessment>) -> impl IntoView {
    let verdict = move || assessment.with(|a| a.verdict);
    let reason = move || {
        let v = verdict();
        match v.driver {
            None => t(Msg::VerdictHealthy),
            Some(pattern) => {
                let (score, line) = assessment.with(|a| {
                    let p = a.pattern(pattern);
                    (p.score, client.with(|c| summary(&p.summary, c.currency)))
                });
                t(Msg::VerdictDriven(pattern, score, line))
            }
        }
    };
    let confidence = move || match verdict().confidence {
        Confidence::Enough => None,
        Confidence::Low { days, events } => Some(t(Msg::LowConfidence(days, events))),
    };
    view! {
        <section
            class=move || format!("card verdict {}", band_class(verdict().level))
            aria-labelledby="verdict-title"
        >
            <h2 id="verdict-title">
                {t(Msg::VerdictTitle)}" "
                <span class=move || format!("badge {}", band_class(verdict().level))>
                    {move || t(Msg::Band(verdict().level))}
                </span>
            </h2>
            <p class="verdict-reason">{reason}</p>
            {move || confidence().map(|note| view! { <p class="note">{note}</p> })}
            {move || verdict().extra_mile.then(|| view! { <p class="note">{t(Msg::ExtraMileNote)}</p> })}
        </section>
    }
}

#[component]
pub fn ScorePanel(
    client: Signal<Client>,
    assessment: Signal<Assessment>,
    /// Called with an entry to show it in the log.
    #[prop(into)]
    on_reveal: Callback<EntryId>,
) -> impl IntoView {
    let card = move |i: usize| {
        let score = Signal::derive(move || assessment.with(|a| a.patterns[i].clone()));
        view! { <ScoreCard client=client score=score on_reveal=on_reveal /> }
    };
    view! {
        <section class="scores-section" aria-labelledby="scores-title">
            <h2 id="scores-title" class="visually-hidden">{t(Msg::ScoresTitle)}</h2>
            <div class="scores">{(0..3).map(card).collect_view()}</div>
        </section>
    }
}

#[component]
fn ScoreCard(
    client: Signal<Client>,
    score: Signal<PatternScore>,
    on_reveal: Callback<EntryId>,
) -> impl IntoView {
    let heading_id = crate::components::field::unique_id("score");
    let band = move || score.with(|s| s.band);
    let trend = move || score.with(|s| s.trend);
    let arrow = move || match trend() {
        Trend::Worse => "↑",
        Trend::Same => "→",
        Trend::Better => "↓",
    };
    let lines = move || {
        client.with(|c| {
            score.with(|s| {
                s.evidence
                    .iter()
                    .map(|e| {
                        let weight = t(Msg::WeightNote(e.weight));
                        (e.entry, e.date, e.points, explain(e, c), weight)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <article class=move || format!("score {}", band_class(band())) aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{move || t(Msg::Pattern(score.with(|s| s.pattern)))}</h3>
            <p class="score-value">
                <span class="visually-hidden">{move || t(Msg::ScoreOutOf(score.with(|s| s.score)))}</span>
                <span aria-hidden="true">
                    <span class="num">{move || score.with(|s| s.score)}</span>
                    <span class="out-of">{t(Msg::OutOfHundred)}</span>
                </span>
                " "
                <span class=move || format!("badge {}", band_class(band()))>
                    {move || t(Msg::Band(band()))}
                </span>
            </p>
            <p class=move || format!("trend trend-{:?}", trend()).to_lowercase()>
                <span aria-hidden="true">{arrow}" "</span>
                {move || t(Msg::TrendLabel(trend()))}
            </p>
            <p class="summary">
                {move || client.with(|c| score.with(|s| crate::text::summary(&s.summary, c.currency)))}
            </p>
            <details class="evidence">
                <summary>{move || t(Msg::ShowEvidence(score.with(|s| s.evidence.len())))}</summary>
                {move || {
                    let lines = lines();
                    if lines.is_empty() {
                        return view! { <p class="muted">{t(Msg::NoEvidence)}</p> }.into_any();
                    }
                    view! {
                        <ol class="evidence-list">
                            {lines
                                .into_iter()
                                .map(|(entry, day, points, sentence, weight)| {
                                    let text = match entry {
                                        Some(id) => view! {
                                            <button
                                                type="button"
                                                class="link"
                                                title=t(Msg::GoToEntry(sentence.clone()))
                                                on:click=move |_| on_reveal.run(id)
                                            >
                                                {sentence.clone()}
                                            </button>
                                        }
                                        .into_any(),
                                        None => view! { <span>{sentence.clone()}</span> }.into_any(),
                                    };
                                    view! {
                                        <li>
                                            <time datetime=day.to_string()>{date(day)}</time>
                                            <span class=if points < 0 { "points minus" } else { "points" }>
                                                {t(Msg::Points(points))}
                                            </span>
                                            {text}
                                            {(!weight.is_empty()).then(|| view! { <span class="weight">{weight}</span> })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                    .into_any()
                }}
            </details>
        </article>
    }
}
