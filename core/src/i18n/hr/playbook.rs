//! English for the playbook: what each step is and why, and the parting checklist.

use std::borrow::Cow;

use crate::model::{Check, PartingReason};
use crate::playbook::Step;
use crate::scoring::Pattern;

pub(super) fn step_title(step: Step) -> &'static str {
    match step {
        Step::Nothing => "Nothing to do",
        Step::KeepWatching(_) => "Keep logging, and watch",
        Step::ExtraMile => "Go the extra mile",
        Step::StatePaymentTerms => "State when payment is due",
        Step::PaymentReminder => "Send a polite payment reminder",
        Step::PauseWork => "Pause work until payment arrives",
        Step::ResumeWork => "Resume work promptly",
        Step::AskForTimelyAnswers => "Ask firmly, and politely, for timely answers",
        Step::ExplainWayOfWorking => "Explain that this way of working blocks the work",
        Step::PartWays(_) => "Part ways",
    }
}

pub(super) fn step_why(step: Step) -> &'static str {
    match step {
        Step::Nothing => {
            "This client shows none of the three difficult patterns. Keep logging what happens; \
             the record is your best friend if that ever changes."
        }
        Step::KeepWatching(_) => {
            "You have raised it with them. Keep logging: if it happens again, the next step \
             will show here."
        }
        Step::ExtraMile => {
            "They are a client with a problem, not a problem client. A sincere apology for any \
             misunderstanding, an offer to fix something, and a focus on helping usually win \
             lasting trust."
        }
        Step::StatePaymentTerms => {
            "Make sure they know exactly when payment is due. Clear terms are the first defence \
             against \"keep working, I'll pay you at the end\"."
        }
        Step::PaymentReminder => {
            "An invoice is overdue. Send a polite message that lets them save face: it assumes \
             they may simply have forgotten."
        }
        Step::PauseWork => {
            "The reminder did not bring payment. Carrying on tells them that not paying is \
             acceptable: stop all work, and say it resumes promptly once payment arrives."
        }
        Step::ResumeWork => {
            "Work was paused for payment and everything is now paid. Say thank you and pick \
             the work up again promptly."
        }
        Step::AskForTimelyAnswers => {
            "Tell them, firmly but politely, that you cannot move forward without timely \
             answers, and that late answers delay their project and limit how much you can help."
        }
        Step::ExplainWayOfWorking => {
            "Explain that approving every step, and withholding access, makes the agreed work \
             impossible. If they will not listen, walk away."
        }
        Step::PartWays(Pattern::NonPaying) => {
            "Work is paused and the money still has not come. This client should become a \
             former client: start parting ways, and limit the damage first."
        }
        Step::PartWays(_) => {
            "You raised it and nothing changed. Staying costs money, satisfaction and \
             well-being: start parting ways."
        }
    }
}

pub(super) fn check_label(check: Check) -> &'static str {
    match check {
        Check::CoolOff => "Took a few days before deciding",
        Check::ContractReviewed => "Reviewed the contract for loose ends",
        Check::PaidWorkDelivered => "Delivered everything already paid for",
        Check::MoneyOwed => "Money owed is settled, or the damage limited",
        Check::Conversation => "Told them in person or by phone",
        Check::Alternatives => "Suggested alternatives",
        Check::FinalReport => "Sent the final report",
    }
}

pub(super) fn check_hint(check: Check) -> &'static str {
    match check {
        Check::CoolOff => {
            "Take emotion out of it: wait a few days before deciding, unless the problem keeps \
             recurring; then trust your gut."
        }
        Check::ContractReviewed => {
            "Go through the contract line by line. With no contract, gather the documents that \
             defined the scope, first emails included."
        }
        Check::PaidWorkDelivered => "Make sure you met every obligation.",
        Check::MoneyOwed => {
            "If you fear they will not pay what they owe, wait for payment before telling them \
             you are leaving."
        }
        Check::Conversation => {
            "Not by going silent. Keep it short: one reason is enough, every extra detail \
             invites an argument."
        }
        Check::Alternatives => "A colleague, or the kind of provider who fits them better.",
        Check::FinalReport => {
            "Detail what you did for them. Keep your own records of the work and the problems."
        }
    }
}

pub(super) fn reason(r: &PartingReason) -> Cow<'static, str> {
    match r {
        PartingReason::Payment => "They fail to pay invoices on time".into(),
        PartingReason::Responsiveness => "They fail to answer in time for the work to move".into(),
        PartingReason::Control => "They fail to let you do the agreed work".into(),
        PartingReason::Fit => "Your services no longer fit their needs".into(),
        PartingReason::Custom(_) => "In my own words".into(),
    }
}
