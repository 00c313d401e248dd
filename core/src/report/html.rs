//! A `Document` as one standalone HTML file: inline CSS, no script, no external resource, and a
//! Content-Security-Policy that forbids all of them, so that even a text that slipped through
//! escaping could not run or fetch anything. Every text is escaped.

use super::{Block, Document, Table};

/// Print-ready styles: A4 or Letter, sections that start on a fresh page when long, rows that
/// never split across pages, a readable system font stack (no web font).
const STYLE: &str = "\
:root{color-scheme:light}\
body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Armenian','DejaVu Sans',Sylfaen,Mshtakan,sans-serif;color:#1b1f24;max-width:48rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem;margin:0 0 .5rem}\
h2{font-size:1.2rem;margin:1.8rem 0 .6rem;border-bottom:1px solid #c9ced6;padding-bottom:.2rem;break-after:avoid}\
h3{font-size:1.05rem;margin:1.2rem 0 .5rem;break-after:avoid}\
.meta{color:#4a5360;margin:0 0 1rem}\
.notice{border:2px solid #a4262c;color:#a4262c;padding:.6rem .8rem;font-weight:600}\
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}\
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #dde1e6}\
th{background:#f1f3f5}\
td.num,th.num{text-align:right;white-space:nowrap}\
tfoot td{font-weight:700;border-top:2px solid #8a929c}\
tr,blockquote,dl div{break-inside:avoid}\
thead{display:table-header-group}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}\
dt{font-weight:600}dd{margin:0}\
blockquote{margin:.3rem 0 1rem;padding:.4rem .8rem;border-left:3px solid #c9ced6;white-space:pre-wrap}\
p.quote-head{margin:.8rem 0 0;font-weight:600}\
p.lines{white-space:pre-wrap}\
@page{margin:18mm 16mm}\
@media print{body{margin:0;max-width:none}.new-page{break-before:page}}";

pub fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!doctype html>\n<html lang=\"");
    out.push_str(doc.lang.tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&doc.title)));
    out.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    if !doc.meta.is_empty() {
        let meta: Vec<String> = doc.meta.iter().map(|m| escape(m)).collect();
        out.push_str(&format!("<p class=\"meta\">{}</p>\n", meta.join("<br>")));
    }
    if let Some(notice) = &doc.notice {
        out.push_str(&format!("<p class=\"notice\">{}</p>\n", escape(notice)));
    }
    for section in &doc.sections {
        let level = section.level.clamp(2, 6);
        let class = if section.new_page {
            " class=\"new-page\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<section{class}>\n<h{level}>{}</h{level}>\n",
            escape(&section.heading)
        ));
        for block in &section.blocks {
            block_to(&mut out, block);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn block_to(out: &mut String, block: &Block) {
    match block {
        Block::Paragraph(text) => {
            out.push_str(&format!("<p class=\"lines\">{}</p>\n", escape(text)));
        }
        Block::Facts(facts) => {
            out.push_str("<dl>\n");
            for (label, value) in facts {
                out.push_str(&format!(
                    "<div><dt>{}</dt><dd>{}</dd></div>\n",
                    escape(label),
                    escape(value)
                ));
            }
            out.push_str("</dl>\n");
        }
        Block::Table(table) => table_to(out, table),
        Block::Quote { heading, text } => {
            out.push_str(&format!(
                "<p class=\"quote-head\">{}</p>\n<blockquote>{}</blockquote>\n",
                escape(heading),
                escape(text)
            ));
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str(&format!("<li>{}</li>\n", escape(item)));
            }
            out.push_str("</ul>\n");
        }
    }
}

fn table_to(out: &mut String, table: &Table) {
    let class = |numeric: bool| if numeric { " class=\"num\"" } else { "" };
    out.push_str("<table>\n<thead><tr>");
    for column in &table.columns {
        out.push_str(&format!(
            "<th scope=\"col\"{}>{}</th>",
            class(column.numeric),
            escape(&column.label)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let row = |out: &mut String, cells: &[String]| {
        out.push_str("<tr>");
        for (cell, column) in cells.iter().zip(&table.columns) {
            out.push_str(&format!(
                "<td{}>{}</td>",
                class(column.numeric),
                escape(cell)
            ));
        }
        out.push_str("</tr>\n");
    };
    for cells in &table.rows {
        row(out, cells);
    }
    out.push_str("</tbody>\n");
    if let Some(total) = &table.total {
        out.push_str("<tfoot>\n");
        row(out, total);
        out.push_str("</tfoot>\n");
    }
    out.push_str("</table>\n");
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
