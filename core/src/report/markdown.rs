//! A `Document` as CommonMark (with GitHub-style tables).
//!
//! Every text is user data as far as this renderer knows, so every text is escaped: characters
//! that start inline constructs (emphasis, code, links, raw HTML, entities, table cells,
//! strikethrough) are backslash-escaped wherever they appear, and characters that start a block
//! (headings, quotes, lists, setext underlines) are escaped at the start of a line. A report
//! opened in any Markdown viewer shows the texts exactly as typed, and nothing in them becomes a
//! link, an image or HTML.

use super::{Block, Document, Table};
use crate::i18n::Lang;

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("# ");
    out.push_str(&inline(&doc.title));
    out.push_str("\n\n");
    if !doc.meta.is_empty() {
        let lines: Vec<String> = doc.meta.iter().map(|m| inline(m)).collect();
        out.push_str(&lines.join("\\\n"));
        out.push_str("\n\n");
    }
    if let Some(notice) = &doc.notice {
        out.push_str("> **");
        out.push_str(&inline(notice));
        out.push_str("**\n\n");
    }
    for section in &doc.sections {
        out.push_str(&"#".repeat(usize::from(section.level.clamp(2, 6))));
        out.push(' ');
        out.push_str(&inline(&section.heading));
        out.push_str("\n\n");
        for block in &section.blocks {
            block_to(&mut out, block, doc.lang);
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn block_to(out: &mut String, block: &Block, lang: Lang) {
    match block {
        Block::Paragraph(text) => {
            out.push_str(&lines(text));
            out.push('\n');
        }
        Block::Facts(facts) => {
            for (label, value) in facts {
                let sep = crate::i18n::label_separator(lang);
                out.push_str(&format!("- **{}{sep}** {}\n", inline(label), inline(value)));
            }
        }
        Block::Table(table) => table_to(out, table),
        Block::Quote { heading, text } => {
            out.push_str(&format!("**{}**\n\n", inline(heading)));
            for line in text.lines() {
                out.push_str("> ");
                out.push_str(&escape_line(line));
                out.push('\n');
            }
            if text.is_empty() {
                out.push_str(">\n");
            }
        }
        Block::List(items) => {
            for item in items {
                out.push_str("- ");
                out.push_str(&inline(item));
                out.push('\n');
            }
        }
    }
}

fn table_to(out: &mut String, table: &Table) {
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let labels: Vec<String> = table.columns.iter().map(|c| c.label.clone()).collect();
    out.push_str(&row(&labels));
    let rule: Vec<&str> = table
        .columns
        .iter()
        .map(|c| if c.numeric { "---:" } else { "---" })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for cells in &table.rows {
        out.push_str(&row(cells));
    }
    if let Some(total) = &table.total {
        let cells: Vec<String> = total
            .iter()
            .map(|c| {
                if c.is_empty() {
                    String::new()
                } else {
                    format!("**{}**", cell(c))
                }
            })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}

/// A text that may span lines, as lines joined by hard breaks.
fn lines(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(escape_line).collect();
    lines.join("\\\n")
}

/// A text on one line (a heading, a table cell): line breaks become spaces.
fn inline(text: &str) -> String {
    let one_line: Vec<&str> = text.lines().map(str::trim).collect();
    escape_line(&one_line.join(" "))
}

/// A table cell: nothing in it can start a block, so only inline characters are escaped.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if INLINE.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// Characters that start an inline construct anywhere in a line.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '!', '{', '}',
];

/// Characters that start a block when they open a line.
const BLOCK_START: &[char] = &['#', '-', '+', '=', '>', '*', '_', '`', '~', '|', ':'];

fn escape_line(line: &str) -> String {
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    // Inline characters are escaped below anyway; escaping them twice would show a backslash.
    if line.starts_with(BLOCK_START) && !line.starts_with(INLINE) {
        out.push('\\');
    }
    // "1. " or "1) " at the start of a line would begin an ordered list ("1.5 h" would not).
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let marker = (1..=9).contains(&digits)
        && line[digits..].starts_with(['.', ')'])
        && line[digits + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
    for (i, c) in line.chars().enumerate() {
        if INLINE.contains(&c) || (marker && i == digits) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(escape_line("1. not a list"), "1\\. not a list");
        assert_eq!(escape_line("2026 was fine"), "2026 was fine");
        assert_eq!(escape_line("1.5 h"), "1.5 h");
        assert_eq!(escape_line("> quote"), "\\> quote");
        assert_eq!(
            escape_line("[click](javascript:alert(1))"),
            "\\[click\\](javascript:alert(1))"
        );
        assert_eq!(
            escape_line("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert(1)\\>"
        );
        assert_eq!(escape_line("a | b"), "a \\| b");
        assert_eq!(escape_line("&amp; *bold*"), "\\&amp; \\*bold\\*");
        assert_eq!(inline("two\nlines"), "two lines");
    }
}
