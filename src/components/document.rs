//! A report `Document` as page content: the preview on screen and what the browser prints. The
//! Markdown and HTML files render the same `Document` in the core.

use clientwise_core::report::{Block, Document, Section, Table};
use leptos::prelude::*;

#[component]
pub fn DocumentView(doc: Signal<Document>) -> impl IntoView {
    move || {
        doc.with(|doc| {
            let meta = doc
                .meta
                .iter()
                .map(|line| view! { <span>{line.clone()}</span> })
                .collect_view();
            let notice = doc
                .notice
                .clone()
                .map(|n| view! { <p class="doc-notice" role="note">{n}</p> });
            let sections = doc.sections.iter().map(section).collect_view();
            view! {
                <article class="report-doc" lang=doc.lang.tag()>
                    <h2 class="doc-title">{doc.title.clone()}</h2>
                    <p class="doc-meta">{meta}</p>
                    {notice}
                    {sections}
                </article>
            }
        })
    }
}

/// Headings sit one level below the page's own `h1`/`h2`, so the outline stays in order.
fn section(section: &Section) -> impl IntoView + use<> {
    let heading = section.heading.clone();
    let heading = if section.level <= 2 {
        view! { <h3>{heading}</h3> }.into_any()
    } else {
        view! { <h4>{heading}</h4> }.into_any()
    };
    let blocks = section.blocks.iter().map(block).collect_view();
    let class = if section.new_page {
        "doc-section new-page"
    } else {
        "doc-section"
    };
    view! { <section class=class>{heading}{blocks}</section> }
}

fn block(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p class="lines">{text.clone()}</p> }.into_any(),
        Block::Facts(facts) => {
            let rows = facts
                .iter()
                .map(|(label, value)| {
                    view! {
                        <div>
                            <dt>{label.clone()}</dt>
                            <dd>{value.clone()}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! { <dl class="doc-facts">{rows}</dl> }.into_any()
        }
        Block::Table(t) => table(t).into_any(),
        Block::Quote { heading, text } => view! {
            <div class="doc-quote">
                <p class="quote-head">{heading.clone()}</p>
                <blockquote class="lines">{text.clone()}</blockquote>
            </div>
        }
        .into_any(),
        Block::List(items) => {
            let items = items
                .iter()
                .map(|i| view! { <li>{i.clone()}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
    }
}

fn table(table: &Table) -> impl IntoView + use<> {
    let numeric: Vec<bool> = table.columns.iter().map(|c| c.numeric).collect();
    let class = |n: bool| if n { "num" } else { "" };
    let head = table
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class=class(c.numeric)>{c.label.clone()}</th> })
        .collect_view();
    let row = |cells: &Vec<String>| {
        cells
            .iter()
            .zip(&numeric)
            .map(|(cell, n)| view! { <td class=class(*n)>{cell.clone()}</td> })
            .collect_view()
    };
    let body = table
        .rows
        .iter()
        .map(|cells| view! { <tr>{row(cells)}</tr> })
        .collect_view();
    let total = table
        .total
        .as_ref()
        .map(|cells| view! { <tfoot><tr>{row(cells)}</tr></tfoot> });
    view! {
        <div class="table-wrap">
            <table class="doc-table">
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
                {total}
            </table>
        </div>
    }
}
