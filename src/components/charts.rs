//! Hand-drawn SVG charts: a bar chart of dated values (with an optional reference line) and the
//! Pareto chart of trouble against money and hours. Each is a `<figure>` with a title and a
//! description the image is labelled by, and a "show as a table" alternative. Colours come from
//! CSS classes, so the charts follow the light and dark themes and print in black and white.
//!
//! The numbers (scales, shares, ordering) come from `clientwise_core::portfolio`; this module only
//! turns them into coordinates.

use clientwise_core::i18n::Msg;
use clientwise_core::portfolio::{Pareto, Point, nice_axis};
use leptos::prelude::*;

use crate::components::field::unique_id;
use crate::text::{date, lang, percent, short_date, t};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// A coordinate in whole units of the 640 × 220 drawing: sharp enough on any screen, and it keeps
/// floating-point formatting out of the page.
fn px(v: f64) -> i32 {
    v.round() as i32
}

fn plot_width() -> f64 {
    WIDTH - LEFT - RIGHT
}

fn plot_height() -> f64 {
    HEIGHT - TOP - BOTTOM
}

/// The figure around a chart: title, description, the drawing, and its table.
fn figure(
    title: String,
    desc: String,
    svg: impl IntoView + 'static,
    table: impl IntoView + 'static,
) -> impl IntoView {
    let title_id = unique_id("chart-title");
    let desc_id = unique_id("chart-desc");
    let labelled = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart">
            <figcaption id=title_id.clone()>{title}</figcaption>
            <p class="hint" id=desc_id>{desc}</p>
            <div class="chart-drawing" role="img" aria-labelledby=labelled>
                {svg}
            </div>
            <details class="chart-table">
                <summary>{t(Msg::ShowAsTable)}</summary>
                {table}
            </details>
        </figure>
    }
}

/// Horizontal grid lines with their values, for a y axis from 0 to `top` in steps of `step`.
fn y_grid(top: i64, step: i64, suffix: &'static str) -> impl IntoView {
    let y_of = move |v: i64| TOP + plot_height() * (1.0 - v as f64 / top as f64);
    (0..=top / step)
        .map(|i| {
            let v = i * step;
            let y = y_of(v);
            view! {
                <g class="grid">
                    <line x1=px(LEFT) x2=px(WIDTH - RIGHT) y1=px(y) y2=px(y) />
                    <text x=px(LEFT - 6.0) y=px(y + 4.0) text-anchor="end">{format!("{v}{suffix}")}</text>
                </g>
            }
        })
        .collect_view()
}

/// A bar per dated value, oldest on the left. Open values (still growing) are drawn hatched.
#[component]
pub fn BarChart(
    title: String,
    desc: String,
    points: Vec<Point>,
    /// The column heading of the values in the table.
    value_label: String,
    /// A horizontal line at this value, with its label (the contract's included rounds).
    #[prop(optional)]
    reference: Option<(i64, String)>,
) -> impl IntoView {
    if points.is_empty() {
        return view! {
            <figure class="chart">
                <figcaption>{title}</figcaption>
                <p class="empty">{t(Msg::NothingToChart)}</p>
            </figure>
        }
        .into_any();
    }
    let max = points
        .iter()
        .map(|p| p.value)
        .chain(reference.as_ref().map(|r| r.0))
        .max()
        .unwrap_or(0);
    // A few units of headroom, so that a day or a round never fills the whole height.
    let (top, step) = nice_axis(max.max(4));
    let n = points.len();
    let slot = plot_width() / n as f64;
    let bar = (slot * 0.7).max(1.0);
    let y_of = move |v: i64| TOP + plot_height() * (1.0 - v as f64 / top as f64);
    // Enough labels to read the time line, never so many that they overlap.
    let every = n.div_ceil(8);
    let bars = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = LEFT + slot * i as f64 + (slot - bar) / 2.0;
            let y = y_of(p.value);
            let h = (TOP + plot_height() - y).max(if p.value == 0 { 1.5 } else { 0.0 });
            let y = TOP + plot_height() - h;
            let class = if p.open { "bar open" } else { "bar" };
            let sep = clientwise_core::i18n::label_separator(lang());
            let tip = format!("{} · {}{sep} {}", date(p.date), p.label, p.value);
            let label = (i % every == 0).then(|| {
                view! {
                    <text class="x-label" x=px(x + bar / 2.0) y=px(HEIGHT - 10.0) text-anchor="middle">
                        {short_date(p.date)}
                    </text>
                }
            });
            view! {
                <g>
                    <rect class=class x=px(x) y=px(y) width=px(bar) height=px(h)>
                        <title>{tip}</title>
                    </rect>
                    {label}
                </g>
            }
        })
        .collect_view();
    let reference_line = reference.clone().map(|(value, label)| {
        let y = y_of(value);
        view! {
            <g class="reference">
                <line x1=px(LEFT) x2=px(WIDTH - RIGHT) y1=px(y) y2=px(y) />
                <text x=px(WIDTH - RIGHT) y=px(y - 4.0) text-anchor="end">{label}</text>
            </g>
        }
    });
    let svg = view! {
        <svg viewBox=format!("0 0 {} {}", px(WIDTH), px(HEIGHT)) preserveAspectRatio="xMidYMid meet" aria-hidden="true">
            {y_grid(top, step, "")}
            {bars}
            {reference_line}
            <line class="axis" x1=px(LEFT) x2=px(WIDTH - RIGHT) y1=px(TOP + plot_height()) y2=px(TOP + plot_height()) />
        </svg>
    };
    let rows = points
        .iter()
        .map(|p| {
            let value = if p.open {
                format!("{} ({})", p.value, t(Msg::StillOpen))
            } else {
                p.value.to_string()
            };
            view! {
                <tr>
                    <td>{date(p.date)}</td>
                    <td>{p.label.clone()}</td>
                    <td class="num">{value}</td>
                </tr>
            }
        })
        .collect_view();
    let table = view! {
        <table class="data">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ColDateLabel)}</th>
                    <th scope="col">{t(Msg::ColItemLabel)}</th>
                    <th scope="col" class="num">{value_label}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    figure(title, desc, svg, table).into_any()
}

/// Cumulative shares of trouble, money and hours, clients in the order of the trouble they cause.
#[component]
pub fn ParetoChart(pareto: Pareto) -> impl IntoView {
    let n = pareto.points.len();
    let x_of = move |i: usize| LEFT + plot_width() * i as f64 / n.max(1) as f64;
    let y_of = |share: f64| TOP + plot_height() * (1.0 - share.clamp(0.0, 1.0));
    let line = |pick: fn(&clientwise_core::portfolio::ParetoPoint) -> f64| {
        let mut d = format!("M{},{}", px(x_of(0)), px(y_of(0.0)));
        for (i, p) in pareto.points.iter().enumerate() {
            d.push_str(&format!(" L{},{}", px(x_of(i + 1)), px(y_of(pick(p)))));
        }
        d
    };
    let trouble = line(|p| p.trouble);
    let revenue = line(|p| p.revenue);
    let hours = line(|p| p.hours);
    let vital = pareto.vital_few.len();
    let marks = pareto
        .points
        .iter()
        .enumerate()
        .take(vital)
        .map(|(i, p)| {
            let (x, y) = (x_of(i + 1), y_of(p.trouble));
            view! {
                <circle class="series-trouble" cx=px(x) cy=px(y) r="4">
                    <title>{p.name.clone()}</title>
                </circle>
            }
        })
        .collect_view();
    let y80 = y_of(0.8);
    let svg = view! {
        <svg viewBox=format!("0 0 {} {}", px(WIDTH), px(HEIGHT)) preserveAspectRatio="xMidYMid meet" aria-hidden="true">
            {(0..=4)
                .map(|i| {
                    let y = y_of(f64::from(i) / 4.0);
                    view! {
                        <g class="grid">
                            <line x1=px(LEFT) x2=px(WIDTH - RIGHT) y1=px(y) y2=px(y) />
                            <text x=px(LEFT - 6.0) y=px(y + 4.0) text-anchor="end">{percent(i64::from(i) * 25)}</text>
                        </g>
                    }
                })
                .collect_view()}
            <g class="reference">
                <line x1=px(LEFT) x2=px(WIDTH - RIGHT) y1=px(y80) y2=px(y80) />
                <text x=px(WIDTH - RIGHT) y=px(y80 - 4.0) text-anchor="end">"80%"</text>
            </g>
            <path class="series series-hours" d=hours />
            <path class="series series-revenue" d=revenue />
            <path class="series series-trouble" d=trouble />
            {marks}
            <line class="axis" x1=px(LEFT) x2=px(WIDTH - RIGHT) y1=px(TOP + plot_height()) y2=px(TOP + plot_height()) />
            <text class="x-label" x=px(LEFT + plot_width() / 2.0) y=px(HEIGHT - 8.0) text-anchor="middle">
                {t(Msg::AxisClients)}
            </text>
        </svg>
        <ul class="legend">
            <li><span class="swatch series-trouble"></span>{t(Msg::SeriesTrouble)}</li>
            <li><span class="swatch series-revenue"></span>{t(Msg::SeriesRevenue)}</li>
            <li><span class="swatch series-hours"></span>{t(Msg::SeriesHours)}</li>
        </ul>
    };
    let share = |share: f64| percent(i64::from(px(share * 100.0)));
    let rows = pareto
        .points
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td class="num">{share(p.trouble_share)}</td>
                    <td class="num">{share(p.trouble)}</td>
                    <td class="num">{share(p.revenue)}</td>
                    <td class="num">{share(p.hours)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = view! {
        <table class="data">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ColClient)}</th>
                    <th scope="col" class="num">{t(Msg::ColTroubleShare)}</th>
                    <th scope="col" class="num">{t(Msg::ColCumTrouble)}</th>
                    <th scope="col" class="num">{t(Msg::ColCumRevenue)}</th>
                    <th scope="col" class="num">{t(Msg::ColCumHours)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    figure(t(Msg::ParetoTitle), t(Msg::ParetoDesc), svg, table)
}
