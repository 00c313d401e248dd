//! The landing page: every client at a glance. Once there are clients it is the dashboard: the
//! Pareto chart of who causes the trouble against where the money and hours go, and a table of
//! every client with verdict, scores, trend, money received, hours, effective hourly rate, money
//! outstanding and time lost, filtered by status and verdict and sorted by any of them. A first
//! visit offers to add a client or load example data.

use clientwise_core::i18n::Msg;
use clientwise_core::model::Status;
use clientwise_core::portfolio::{self, Row, SortKey};
use clientwise_core::scoring::{Band, Pattern, Trend};
use std::hash::{Hash, Hasher};

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::charts::ParetoChart;
use crate::components::field::SelectField;
use crate::components::scores::band_class;
use crate::routes;
use crate::state::Store;
use crate::text::{hours, money, t, use_title};

/// Rows drawn at first: a long table costs the browser more to lay out than everything else on
/// the page, and the first hundred in the chosen order are what a glance needs. "Show all" draws
/// the rest.
const FIRST_ROWS: usize = 100;

/// How the table is ordered: by risk (the verdict, then the highest score), by the order the
/// clients were added, or by one of the dashboard's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    Risk,
    Added,
    Column(SortKey),
}

#[component]
pub fn ClientsPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::ClientsTitle));
    let loaded = RwSignal::new(None::<usize>);
    let load_examples = move |_| loaded.set(Some(store.load_examples()));
    let has_clients = move || store.clients.with(|c| !c.is_empty());
    let sort = RwSignal::new(SortBy::Risk);
    let status = RwSignal::new(None::<Status>);
    let verdict = RwSignal::new(None::<Band>);

    // Every client's figures, in the order they were added; recomputed when a client, a score
    // or the thresholds change, not when the view is sorted or filtered.
    let all_rows = Memo::new(move |_| {
        let th = store.settings.with(|s| s.thresholds);
        let today = store.today.get();
        store.assessments.with(|scores| {
            store.clients.with(|all| {
                all.iter()
                    .filter_map(|c| {
                        scores.get(&c.id).map(|a| {
                            portfolio::row(c, a, th.slow_answer_days, th.slow_approval_days, today)
                        })
                    })
                    .collect::<Vec<Row>>()
            })
        })
    });
    let shown = Memo::new(move |_| {
        let (status, verdict) = (status.get(), verdict.get());
        let mut rows: Vec<Row> = all_rows.with(|rows| {
            rows.iter()
                .filter(|r| status.is_none_or(|s| r.status == s))
                .filter(|r| verdict.is_none_or(|v| r.verdict == v))
                .cloned()
                .collect()
        });
        match sort.get() {
            SortBy::Added => {}
            SortBy::Column(key) => portfolio::sort(&mut rows, key),
            SortBy::Risk => rows.sort_by_key(|r| {
                let risk = r.scores.iter().copied().max().unwrap_or(0);
                (
                    std::cmp::Reverse((r.verdict, risk)),
                    r.name.to_lowercase(),
                    r.id,
                )
            }),
        }
        rows
    });
    let pareto = Memo::new(move |_| shown.with(|rows| portfolio::pareto(rows)));
    // Keyed by the row's content: sorting and filtering move the existing rows; only a row
    // whose figures changed is drawn again.
    let limit = RwSignal::new(FIRST_ROWS);
    let more = move || shown.with(Vec::len) > limit.get();
    let keyed = move || {
        let limit = limit.get();
        shown.with(|rows| {
            rows.iter()
                .take(limit)
                .map(|r| {
                    let mut hasher = std::collections::hash_map::DefaultHasher::new();
                    r.hash(&mut hasher);
                    (hasher.finish(), r.clone())
                })
                .collect::<Vec<_>>()
        })
    };
    let counts = move || {
        t(Msg::ShownCount(
            shown.with(Vec::len),
            all_rows.with(Vec::len),
        ))
    };

    let sort_options = vec![
        (SortBy::Risk, t(Msg::SortRisk)),
        (SortBy::Column(SortKey::Trouble), t(Msg::SortTrouble)),
        (SortBy::Column(SortKey::Name), t(Msg::SortName)),
        (SortBy::Added, t(Msg::SortAdded)),
        (SortBy::Column(SortKey::Revenue12m), t(Msg::ColRevenue12m)),
        (SortBy::Column(SortKey::RevenueAll), t(Msg::ColRevenueAll)),
        (SortBy::Column(SortKey::Hours), t(Msg::ColHoursLogged)),
        (SortBy::Column(SortKey::HourlyRate), t(Msg::ColRate)),
        (
            SortBy::Column(SortKey::Outstanding),
            t(Msg::ColOutstandingMoney),
        ),
        (SortBy::Column(SortKey::Waiting), t(Msg::ColWaiting)),
        (SortBy::Column(SortKey::ExtraRounds), t(Msg::ColExtraRounds)),
    ];
    let mut status_options = vec![(None, t(Msg::AllStatuses))];
    status_options.extend(Status::ALL.map(|s| (Some(s), t(Msg::Status(s)))));
    let mut verdict_options = vec![(None, t(Msg::AllVerdicts))];
    verdict_options.extend(
        [Band::WalkAway, Band::Act, Band::Watch, Band::Healthy].map(|b| (Some(b), t(Msg::Band(b)))),
    );

    view! {
        <section class="page dashboard">
            <header class="page-head">
                <h1>{t(Msg::ClientsTitle)}</h1>
                <Show when=move || !store.is_read_only()>
                    <A href=routes::href(routes::NEW_CLIENT) attr:class="button primary">{t(Msg::AddClient)}</A>
                </Show>
            </header>
            <p class="save-status" role="status">
                {move || loaded.get().map(|n| t(Msg::ExampleLoaded(n)))}
            </p>
            <Show
                when=has_clients
                fallback=move || view! {
                    <div class="empty-state">
                        <p class="lead">{t(Msg::NoClientsYet)}</p>
                        <p>{t(Msg::EmptyHint)}</p>
                        <Show when=move || !store.is_read_only()>
                            <div class="actions">
                                <A href=routes::href(routes::NEW_CLIENT) attr:class="button primary">{t(Msg::AddClient)}</A>
                                <button type="button" on:click=load_examples>{t(Msg::LoadExample)}</button>
                            </div>
                        </Show>
                    </div>
                }
            >
                <div class="list-tools">
                    <SelectField
                        label=t(Msg::FilterStatus)
                        options=status_options.clone()
                        value=status
                        on_change=move |s| status.set(s)
                    />
                    <SelectField
                        label=t(Msg::FilterVerdict)
                        options=verdict_options.clone()
                        value=verdict
                        on_change=move |v| verdict.set(v)
                    />
                    <SelectField
                        label=t(Msg::SortBy)
                        options=sort_options.clone()
                        value=sort
                        on_change=move |s| sort.set(s)
                    />
                    <p class="count" aria-live="polite">{counts}</p>
                </div>
                <Show
                    when=move || shown.with(|r| !r.is_empty())
                    fallback=|| view! { <p class="empty">{t(Msg::NoMatch)}</p> }
                >
                    <div class="table-scroll">
                        <table class="clients">
                            <thead>
                                <tr>
                                    <th scope="col">{t(Msg::ColName)}</th>
                                    <th scope="col">{t(Msg::ColVerdict)}</th>
                                    <th scope="col" class="num">{t(Msg::Pattern(Pattern::Unresponsive))}</th>
                                    <th scope="col" class="num">{t(Msg::Pattern(Pattern::Controlling))}</th>
                                    <th scope="col" class="num">{t(Msg::Pattern(Pattern::NonPaying))}</th>
                                    <th scope="col">{t(Msg::ColTrend)}</th>
                                    <th scope="col" class="num">{t(Msg::ColRevenue12m)}</th>
                                    <th scope="col" class="num">{t(Msg::ColRevenueAll)}</th>
                                    <th scope="col" class="num">{t(Msg::ColHoursLogged)}</th>
                                    <th scope="col" class="num">{t(Msg::ColRate)}</th>
                                    <th scope="col" class="num">{t(Msg::ColOutstandingMoney)}</th>
                                    <th scope="col" class="num">{t(Msg::ColWaiting)}</th>
                                    <th scope="col" class="num">{t(Msg::ColExtraRounds)}</th>
                                    <th scope="col">{t(Msg::ColStatus)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                <For
                                    each=keyed
                                    key=|(hash, _)| *hash
                                    children=|(_, r)| row(&r)
                                />
                            </tbody>
                        </table>
                    </div>
                    <Show when=more>
                        <div class="more-rows">
                            <p>{move || t(Msg::ShowingFirst(limit.get(), shown.with(Vec::len)))}</p>
                            <button type="button" on:click=move |_| limit.set(usize::MAX)>
                                {move || t(Msg::ShowAllRows(shown.with(Vec::len)))}
                            </button>
                        </div>
                    </Show>
                    <ParetoSection pareto=pareto />
                </Show>
            </Show>
        </section>
    }
}

/// The Pareto chart with the sentence naming the few who cause most of the trouble.
#[component]
fn ParetoSection(pareto: Memo<portfolio::Pareto>) -> impl IntoView {
    let summary = move || {
        pareto.with(|p| {
            let vital = p.vital_few.len();
            let Some(last) = vital.checked_sub(1).and_then(|i| p.points.get(i)) else {
                return t(Msg::ParetoNoTrouble);
            };
            let names: Vec<&str> = p.points[..vital].iter().map(|x| x.name.as_str()).collect();
            let pct = |share: f64| (share * 100.0).round() as u8;
            t(Msg::ParetoSummary(
                names.join(", "),
                pct(last.trouble),
                pct(last.revenue),
                pct(last.hours),
            ))
        })
    };
    let other = move || {
        pareto.with(|p| {
            (p.other_currency > 0).then(|| {
                let code = p.currency.map(|c| c.to_string()).unwrap_or_default();
                view! { <p class="hint">{t(Msg::ParetoOtherCurrency(p.other_currency, code))}</p> }
            })
        })
    };
    view! {
        <section class="card stack pareto" aria-labelledby="pareto-summary">
            <p class="lead" id="pareto-summary">{summary}</p>
            {other}
            {move || view! { <ParetoChart pareto=pareto.get() /> }}
        </section>
    }
}

/// One client's row of the dashboard.
fn row(r: &Row) -> impl IntoView + use<> {
    let company = r.company.clone();
    let href = routes::href(&routes::client(r.id));
    let cur = r.currency;
    let scores = Pattern::ALL.map(|p| {
        let score = r.scores[p as usize];
        let band = Band::of(score);
        view! {
            <td class=format!("num score-cell {}", band_class(band)) data-label=t(Msg::Pattern(p))>
                {score}
            </td>
        }
    });
    let (arrow, class) = match r.trend {
        Trend::Worse => ("↑", "trend-worse"),
        Trend::Same => ("→", "trend-same"),
        Trend::Better => ("↓", "trend-better"),
    };
    let num = |label: Msg, value: String| {
        view! { <td class="num" data-label=t(label)>{value}</td> }
    };
    let rate = r
        .hourly_rate
        .map(|c| money(c, cur))
        .unwrap_or_else(|| "–".into());
    let status = r.status;
    let name = r.name.clone();
    let trend = t(Msg::TrendLabel(r.trend));
    let trend_title = trend.clone();
    view! {
        <tr>
            <th scope="row">
                <A href=href>{name}</A>
                {(!company.is_empty()).then(|| view! { <span class="sub">{company}</span> })}
            </th>
            <td data-label=t(Msg::ColVerdict)>
                <span class=format!("badge {}", band_class(r.verdict))>{t(Msg::Band(r.verdict))}</span>
            </td>
            {scores}
            <td data-label=t(Msg::ColTrend) class=class title=trend_title>
                <span aria-hidden="true">{arrow}</span>
                <span class="visually-hidden">{trend}</span>
            </td>
            {num(Msg::ColRevenue12m, money(r.revenue_12m, cur))}
            {num(Msg::ColRevenueAll, money(r.revenue_all, cur))}
            {num(Msg::ColHoursLogged, hours(r.worked))}
            {num(Msg::ColRate, rate)}
            {num(Msg::ColOutstandingMoney, money(r.outstanding, cur))}
            {num(Msg::ColWaiting, r.wait_days.to_string())}
            {num(Msg::ColExtraRounds, r.extra_rounds.to_string())}
            <td data-label=t(Msg::ColStatus)>
                <span class=format!("status status-{status:?}").to_lowercase()>
                    {t(Msg::Status(status))}
                </span>
            </td>
        </tr>
    }
}
