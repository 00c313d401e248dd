//! English messages and letters. Short, warm and professional; one point per message; nothing
//! that invites an argument. Facts come from `playbook::letters`.

use super::{LANG, days};
use crate::i18n::words::and_list;
use crate::i18n::{date, money};
use crate::model::{PartingReason, PaymentTerms};
use crate::playbook::letters::{Letter, LetterKind, Overdue, Waiting};

fn ordinal(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn terms(t: PaymentTerms) -> String {
    match t {
        PaymentTerms::DaysAfterInvoice(0) => "on receipt".to_owned(),
        PaymentTerms::DaysAfterInvoice(n) => {
            format!("{} after the invoice date", days(i64::from(n)))
        }
        PaymentTerms::DayOfMonth(d) => format!("on the {} of each month", ordinal(d)),
    }
}

fn invoice_lines(l: &Letter, overdue: &[Overdue]) -> String {
    overdue
        .iter()
        .map(|o| {
            format!(
                "- Invoice {} for {}, due {} ({} ago)",
                o.number,
                money(LANG, o.outstanding, l.currency),
                date(LANG, o.due),
                days(o.days)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn waiting_lines(waiting: &[Waiting]) -> String {
    waiting
        .iter()
        .map(|w| {
            format!(
                "- “{}”, asked on {} ({} ago)",
                w.topic,
                date(LANG, w.sent),
                days(w.days)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The client's business, or a neutral "your" phrase when no company is recorded.
fn theirs(l: &Letter, what: &str) -> String {
    if l.company.is_empty() {
        format!("your {what}")
    } else {
        format!("{}'s {what}", l.company)
    }
}

fn sign_off(l: &Letter, closing: &str) -> String {
    let mut lines = vec![closing.to_owned()];
    lines.extend(
        [&l.sender_name, &l.sender_business]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().to_owned()),
    );
    lines.join("\n")
}

fn subject_invoices(overdue: &[Overdue], tail: &str) -> String {
    let numbers: Vec<String> = overdue.iter().map(|o| o.number.clone()).collect();
    match numbers.len() {
        0 => tail.to_owned(),
        1 => format!("Invoice {}: {tail}", numbers[0]),
        _ => format!("Invoices {}: {tail}", and_list(&numbers, "and")),
    }
}

fn reason(r: &PartingReason) -> String {
    let failure =
        |what: &str| format!("I'm unable to meet your needs, given your failure to {what}.");
    match r {
        PartingReason::Payment => failure("pay invoices on time"),
        PartingReason::Responsiveness => failure("answer in time for the work to move forward"),
        PartingReason::Control => failure("let me do the agreed work without approving every step"),
        PartingReason::Fit => "I no longer think my services fit your needs.".to_owned(),
        PartingReason::Custom(text) => {
            let text = text.trim().trim_end_matches('.');
            let text = text.strip_prefix("to ").unwrap_or(text).trim();
            if text.is_empty() {
                reason(&PartingReason::Fit)
            } else {
                failure(text)
            }
        }
    }
}

/// The subject and body of a letter.
pub(in crate::i18n) fn letter(l: &Letter) -> (String, String) {
    let hi = format!("Hi {},", l.recipient);
    let (subject, paragraphs): (String, Vec<String>) = match &l.kind {
        LetterKind::PaymentTerms { terms: t } => (
            "How invoicing works from here".into(),
            vec![
                format!(
                    "A quick note to make our payment terms clear, so nothing falls through the \
                     cracks: invoices are due {}. Paying on time lets me keep your work moving \
                     without interruptions.",
                    terms(*t)
                ),
                "Thank you, I appreciate it.".into(),
            ],
        ),
        // With nothing overdue today, the reminder is of the terms and of paying on time from
        // here on; it mentions no current debt.
        LetterKind::PaymentReminder { terms: t, overdue } if overdue.is_empty() => (
            "Payment terms: a friendly reminder".into(),
            vec![
                format!(
                    "I hope all is well. I'm writing with a friendly reminder of our payment \
                     terms: as agreed, invoices are due {}.",
                    terms(*t)
                ),
                "Some recent payments have arrived after their due date, so I'd be grateful if \
                 invoices could be paid on time from now on. Paying on time lets me keep your \
                 work moving without interruptions. Thank you, I appreciate it."
                    .into(),
            ],
        ),
        LetterKind::PaymentReminder { terms: t, overdue } => (
            subject_invoices(overdue, "a friendly reminder"),
            vec![
                "I hope all is well. I'm writing in case my invoice slipped through the cracks; it \
                 happens to all of us:"
                    .into(),
                invoice_lines(l, overdue),
                format!(
                    "As agreed, invoices are due {}. Could you let me know when I can expect \
                     payment? If it is already on its way, please ignore this message, and thank \
                     you.",
                    terms(*t)
                ),
            ],
        ),
        // With nothing overdue today, the pause rests on the repeated lateness: work resumes once
        // the next invoice is paid, and goes on while invoices are paid on time.
        LetterKind::PauseWork { overdue } if overdue.is_empty() => (
            "Work paused until the next invoice is paid".into(),
            vec![
                format!(
                    "Payments have repeatedly reached me later than agreed. So that this doesn't \
                     continue, I'm pausing all work on {} until the next invoice is settled. From \
                     then on, I'll keep everything moving as long as invoices are paid on time.",
                    theirs(l, "account")
                ),
                "If something has come up, I'm happy to talk it through.".into(),
            ],
        ),
        LetterKind::PauseWork { overdue } => (
            subject_invoices(overdue, "work paused until payment"),
            vec![
                "I haven't yet received payment for:".into(),
                invoice_lines(l, overdue),
                format!(
                    "So that this doesn't grow further, I'm pausing all work on {} until I hear \
                     from you. As soon as the payment arrives, I'll pick everything up again \
                     promptly.",
                    theirs(l, "account")
                ),
                "If something has come up, I'm happy to talk it through.".into(),
            ],
        ),
        LetterKind::ResumeWork => (
            "Payment received: work resumes".into(),
            vec![
                "Thank you, your payment has arrived. I'm resuming work right away and will be \
                 back on schedule shortly."
                    .into(),
            ],
        ),
        LetterKind::TimelyAnswers {
            waiting,
            deadlines_slipped,
        } => {
            let mut p = Vec::new();
            if waiting.is_empty() {
                p.push(format!(
                    "To keep {} on track, I need answers from you in good time. Lately, they \
                     have taken a while to arrive.",
                    theirs(l, "project")
                ));
            } else {
                p.push(format!(
                    "To keep {} on track, I need a few answers from you. These are still open:",
                    theirs(l, "project")
                ));
                p.push(waiting_lines(waiting));
            }
            let slipped = match deadlines_slipped {
                0 => String::new(),
                1 => " It has already moved one deadline.".into(),
                n => format!(" It has already moved {n} deadlines."),
            };
            // With no open question listed, nothing is "these parts" and nothing waits for a
            // reply this week: the ask is for answers in good time from now on.
            if waiting.is_empty() {
                p.push(format!(
                    "I can't move forward without your input, and every week of waiting delays \
                     your project and limits how much I can do for you.{slipped}"
                ));
                p.push(
                    "Going forward, could you reply within a few days? If someone else on your \
                     team can answer, just point me to them."
                        .into(),
                );
            } else {
                p.push(format!(
                    "I can't move forward on these parts without your input, and every week they \
                     wait delays your project and limits how much I can do for you.{slipped}"
                ));
                p.push(
                    "Could you reply this week? If someone else on your team can answer, just \
                     point me to them."
                        .into(),
                );
            }
            ("Keeping your project moving".into(), p)
        }
        LetterKind::WayOfWorking {
            items_over,
            included,
            access_withheld,
        } => {
            let rounds = if *included == 1 {
                "the 1 revision round".to_owned()
            } else {
                format!("the {included} revision rounds")
            };
            let mut facts = Vec::new();
            if *items_over > 0 {
                let items = if *items_over == 1 {
                    "1 item".to_owned()
                } else {
                    format!("{items_over} items")
                };
                facts.push(format!("{items} needed more than {rounds} we agreed"));
            }
            if *access_withheld {
                facts.push("I still don't have access to all the accounts I manage for you".into());
            }
            let facts = if facts.is_empty() {
                String::new()
            } else {
                format!(" Recently {}.", and_list(&facts, "and"))
            };
            (
                "How we work together".into(),
                vec![
                    format!(
                        "I want {} to succeed, so I'd like to be open about what is getting in \
                         the way.{facts} Approving every step in advance means most of my time \
                         goes to waiting and small adjustments instead of the work you hired me \
                         for, and the results suffer for it.",
                        theirs(l, "work")
                    ),
                    format!(
                        "To do the agreed work well, I need room to work within what we agreed: \
                         {rounds} per item, and full access to the accounts I manage. Can we \
                         talk this week about how to get there?"
                    ),
                ],
            )
        }
        LetterKind::ExtraMile => (
            "Checking in".into(),
            vec![
                "I'm sorry if anything in our recent work added to a difficult time; that was \
                 never my intention. If something didn't land the way you needed, tell me and \
                 I'll put it right."
                    .into(),
                format!(
                    "Is there anything I can take off your plate in the coming weeks? I'm glad to \
                     adjust plans so that {} keeps running smoothly.",
                    if l.company.is_empty() {
                        "everything".to_owned()
                    } else {
                        l.company.clone()
                    }
                ),
            ],
        ),
        LetterKind::Termination {
            reason: why,
            notice_days,
            notice_end,
            alternatives,
            accounts,
            owed,
        } => {
            let mut p = vec![format!(
                "I've decided to end our work together. {}",
                reason(why)
            )];
            p.push(if *notice_days == 0 {
                format!(
                    "My last working day for {} is {}.",
                    theirs(l, "account"),
                    date(LANG, *notice_end)
                )
            } else {
                format!(
                    "Our agreement provides for {} of notice, so my last working day for {} will \
                     be {}. Until then I'll complete the work in progress.",
                    days(i64::from(*notice_days)),
                    theirs(l, "account"),
                    date(LANG, *notice_end)
                )
            });
            if !accounts.is_empty() {
                let mut hand_over = format!(
                    "By then I'll hand over full access to everything I manage for you: {}.",
                    and_list(accounts, "and")
                );
                if owed.0 > 0 {
                    hand_over.push_str(&format!(
                        " The hand-over follows settlement of the outstanding balance of {}.",
                        money(LANG, *owed, l.currency)
                    ));
                }
                p.push(hand_over);
            }
            if let Some(alt) = alternatives {
                p.push(match (alt.colleague.is_empty(), alt.provider_kind.is_empty()) {
                    (false, false) => format!(
                        "For what comes next, {} may be a good fit, or {} could serve your needs \
                         better.",
                        alt.colleague, alt.provider_kind
                    ),
                    (false, true) => format!("For what comes next, {} may be a good fit.", alt.colleague),
                    (true, false) => {
                        format!("For what comes next, {} could serve your needs better.", alt.provider_kind)
                    }
                    (true, true) => {
                        "If it helps, I'm happy to suggest someone who may be a better fit.".into()
                    }
                });
            }
            p.push(format!(
                "I'll send you a final report of the work I've done for you. Thank you for the \
                 opportunity, and I wish {} every success.",
                if l.company.is_empty() {
                    "you".to_owned()
                } else {
                    l.company.clone()
                }
            ));
            ("Ending our work together".into(), p)
        }
    };
    let closing = if matches!(l.kind, LetterKind::ExtraMile) {
        "Warm regards,"
    } else {
        "Best regards,"
    };
    let mut body = vec![hi];
    body.extend(paragraphs.into_iter().filter(|p| !p.is_empty()));
    body.push(sign_off(l, closing));
    (subject, body.join("\n\n"))
}
