//! The landing page: every client at a glance. Once there are clients it is the dashboard: the
//! Pareto chart of who causes the trouble against where the money and hours go, and a table of
//! every client with verdict, scores, trend, money received, hours, effective hourly rate, money
//! outstanding and time lost, filtered by status and verdict and sorted by any of them. A first
//! visit offers to add a client or load example data.

use clientwise_core::i18n::Msg;
use clientwise_core::model::Status;
use clientwise_core::portfolio::{self, Row, SortKey};
use clientwise_core::scoring::{Band, Pattern, Trend};
use clientwise_core::session::Command;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::charts::ParetoChart;
use crate::components::field::SelectField;
use crate::components::scores::band_class;
use crate::routes;
use crate::state::Store;
use crate::text::{hours, lang, money, t, use_title};

/// Rows drawn at first: a long table costs the browser more to lay out than everything else on
/// the page, and the first fifty in the chosen order (three screens on a laptop) are what a glance
/// needs. With 1,000 clients, 100 lines made a re-sort cost about 50 ms of the main thread and 50
/// cost about 25 ms. "Show all" draws the rest.
const FIRST_ROWS: usize = 50;

/// How the table is ordered: by the order the clients were added, or by one of the core's
/// orders (risk first of all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    Added,
    Column(SortKey),
}

#[component]
pub fn ClientsPage() -> impl IntoView {
    let store = Store::use_context();
    use_title(|| t(Msg::ClientsTitle));
    let loaded = RwSignal::new(None::<usize>);
    let load_examples = move |_| {
        let added = store.send(Command::LoadExamples(lang())).clients.len();
        loaded.set(Some(added));
    };
    let has_clients = move || store.has_clients();
    let sort = RwSignal::new(SortBy::Column(SortKey::Risk));
    let status = RwSignal::new(None::<Status>);
    let verdict = RwSignal::new(None::<Band>);

    // Every client's figures, in the order they were added. Each row is a memo of its client
    // (see `Store`), so an edit recomputes one row, and sorting or filtering recomputes none:
    // they move shared references to the rows.
    let all_rows = Memo::new(move |_| store.rows().into_iter().map(Arc::new).collect::<Vec<_>>());
    let filtered = Memo::new(move |_| {
        let (status, verdict) = (status.get(), verdict.get());
        all_rows.with(|rows| {
            rows.iter()
                .filter(|r| status.is_none_or(|s| r.status == s))
                .filter(|r| verdict.is_none_or(|v| r.verdict == v))
                .cloned()
                .collect::<Vec<Arc<Row>>>()
        })
    });
    let shown = Memo::new(move |_| {
        let mut rows = filtered.get();
        if let SortBy::Column(key) = sort.get() {
            rows.sort_unstable_by(|a, b| portfolio::compare(a, b, key));
        }
        rows
    });
    // From the filtered rows, not the sorted ones: a re-sort leaves the chart as it is.
    let pareto = Memo::new(move |_| filtered.with(|rows| portfolio::pareto(rows)));
    // The table's lines are kept in place and keyed by position: a re-sort or a filter changes
    // the text of the lines whose client changed, and draws or removes lines only when the
    // number of them changes. The browser's cost of a new table row is most of a re-sort's.
    let limit = RwSignal::new(FIRST_ROWS);
    let more = move || shown.with(Vec::len) > limit.get();
    let lines = move || 0..shown.with(Vec::len).min(limit.get());
    let line = move |i: usize| Memo::new(move |_| shown.with(|rows| rows.get(i).cloned()));
    let counts = move || {
        t(Msg::ShownCount(
            shown.with(Vec::len),
            all_rows.with(Vec::len),
        ))
    };

    let sort_options = vec![
        (SortBy::Column(SortKey::Risk), t(Msg::SortRisk)),
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
    let labels = StoredValue::new(Labels::new());
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
                                    each=lines
                                    key=|i| *i
                                    children=move |i| labels.with_value(|l| row(line(i), l))
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

/// The column names each cell carries (`data-label`, shown beside the value on a phone),
/// written once for the page rather than once per row.
struct Labels {
    verdict: String,
    patterns: [String; 3],
    trend: String,
    revenue_12m: String,
    revenue_all: String,
    hours: String,
    rate: String,
    outstanding: String,
    waiting: String,
    extra_rounds: String,
    status: String,
}

impl Labels {
    fn new() -> Labels {
        Labels {
            verdict: t(Msg::ColVerdict),
            patterns: Pattern::ALL.map(|p| t(Msg::Pattern(p))),
            trend: t(Msg::ColTrend),
            revenue_12m: t(Msg::ColRevenue12m),
            revenue_all: t(Msg::ColRevenueAll),
            hours: t(Msg::ColHoursLogged),
            rate: t(Msg::ColRate),
            outstanding: t(Msg::ColOutstandingMoney),
            waiting: t(Msg::ColWaiting),
            extra_rounds: t(Msg::ColExtraRounds),
            status: t(Msg::ColStatus),
        }
    }
}

/// One line of the dashboard's table, showing whichever client `row` holds: each cell follows
/// its own figure, so a line that gets another client rewrites its text and nothing else.
fn row(row: Memo<Option<Arc<Row>>>, labels: &Labels) -> impl IntoView + use<> {
    let text =
        move |f: fn(&Row) -> String| move || row.with(|r| r.as_deref().map(f).unwrap_or_default());
    let num = move |label: &String, f: fn(&Row) -> String| {
        view! { <td class="num" data-label=label.clone()>{text(f)}</td> }
    };
    let scores = Pattern::ALL.map(|p| {
        let score = move || row.with(|r| r.as_ref().map_or(0, |r| r.scores[p as usize]));
        view! {
            <td
                class=move || format!("num score-cell {}", band_class(Band::of(score())))
                data-label=labels.patterns[p as usize].clone()
            >
                {score}
            </td>
        }
    });
    let trend = move || row.with(|r| r.as_ref().map_or(Trend::Same, |r| r.trend));
    let verdict = move || row.with(|r| r.as_ref().map_or(Band::Healthy, |r| r.verdict));
    let status = move || row.with(|r| r.as_ref().map_or(Status::Active, |r| r.status));
    let href = move || row.with(|r| r.as_ref().map(|r| routes::href(&routes::client(r.id))));
    let company = move || {
        row.with(|r| {
            r.as_ref()
                .filter(|r| !r.company.is_empty())
                .map(|r| r.company.clone())
        })
    };
    view! {
        <tr>
            <th scope="row">
                <a href=href>{text(|r| r.name.clone())}</a>
                {move || company().map(|company| view! { <span class="sub">{company}</span> })}
            </th>
            <td data-label=labels.verdict.clone()>
                <span class=move || format!("badge {}", band_class(verdict()))>
                    {move || t(Msg::Band(verdict()))}
                </span>
            </td>
            {scores}
            <td
                data-label=labels.trend.clone()
                class=move || match trend() {
                    Trend::Worse => "trend-worse",
                    Trend::Same => "trend-same",
                    Trend::Better => "trend-better",
                }
                title=move || t(Msg::TrendLabel(trend()))
            >
                <span aria-hidden="true">
                    {move || match trend() {
                        Trend::Worse => "↑",
                        Trend::Same => "→",
                        Trend::Better => "↓",
                    }}
                </span>
                <span class="visually-hidden">{move || t(Msg::TrendLabel(trend()))}</span>
            </td>
            {num(&labels.revenue_12m, |r| money(r.revenue_12m, r.currency))}
            {num(&labels.revenue_all, |r| money(r.revenue_all, r.currency))}
            {num(&labels.hours, |r| hours(r.worked))}
            {num(&labels.rate, |r| r.hourly_rate.map_or_else(|| "–".into(), |c| money(c, r.currency)))}
            {num(&labels.outstanding, |r| money(r.outstanding, r.currency))}
            {num(&labels.waiting, |r| r.wait_days.to_string())}
            {num(&labels.extra_rounds, |r| r.extra_rounds.to_string())}
            <td data-label=labels.status.clone()>
                <span class=move || format!("status status-{:?}", status()).to_lowercase()>
                    {move || t(Msg::Status(status()))}
                </span>
            </td>
        </tr>
    }
}
