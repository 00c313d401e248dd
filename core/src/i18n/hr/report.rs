//! English for the reports and exports. The final report speaks to the client, in the first
//! person of the freelancer: factual, warm, short.

use super::days;
use crate::i18n::ReportText;

pub(in crate::i18n) fn text(key: &ReportText) -> String {
    use ReportText::*;
    let s: &str = match key {
        FinalTitle(client) => return format!("Final report: {client}"),
        EvidenceTitle(client) => return format!("Evidence file: {client}"),
        ClientCompany(company) => return format!("Client: {company}"),
        PreparedBy(who) => return format!("Prepared by {who}"),
        PreparedOn(date) => return format!("Prepared on {date}"),
        Period(from, to) => return format!("{from} to {to}"),
        PrivateNotice => {
            "Private: for your own records and in case of a dispute. Do not send this file to \
             the client; send the final report instead."
        }
        SummaryTitle => "Summary",
        FactPeriod => "Period",
        FactWorked => "Hours worked",
        FactInvoiced => "Invoiced",
        FactPaid => "Paid",
        FactOutstanding => "Outstanding",
        WorkTitle => "Work by month",
        Month(year, month) => return format!("{} {year}", month_name(*month)),
        Total => "Total",
        NoWork => "No work was logged in this period.",
        InvoicesTitle => "Invoices and payments",
        PaidOn(date) => return format!("Paid on {date}"),
        PaidLate(date, n) => return format!("Paid on {date}, {} late", days(*n)),
        OverdueBy(n) => return format!("Overdue by {}", days(*n)),
        NotDueYet => "Not due yet",
        OutstandingTotal(amount) => return format!("{amount} outstanding"),
        NoInvoices => "No invoices were issued in this period.",
        HandOverTitle => "Hand-over",
        HandedOver => "Handed over",
        ToHandOver => "Still to hand over",
        NoAccounts => "No accounts or assets were managed for you.",
        ClosingTitle => "Closing",
        ClosingThanks(from, to) => {
            return format!(
                "Thank you for the work together. This report sums up the work done and the \
                 invoices issued from {from} to {to}, for your records."
            );
        }
        ClosingOwed(amount) => {
            return format!(
                "{amount} is still outstanding on the invoices above. I would be grateful if you \
                 could settle it promptly."
            );
        }
        ClosingHandedOver => {
            "Full access to every account and asset listed above has been handed over to you."
        }
        ClosingWishes => "I wish you every success with what comes next.",
        SignOff(name, business) => {
            let mut s = String::from("Kind regards,");
            for line in [name, business] {
                if !line.is_empty() {
                    s.push('\n');
                    s.push_str(line);
                }
            }
            return s;
        }
        ProblemsTitle => "Problem log",
        ProblemsIntro => {
            "Every dated problem in the period, as it was logged at the time: waits for answers, \
             approval rounds beyond the contract, incidents, late payments, and the messages \
             sent about them."
        }
        RequestsTitle => "Requests and how long they waited",
        ApprovalsTitle => "Approval rounds beyond the contract",
        IncidentsTitle => "Incidents",
        LateInvoicesTitle => "Late and overdue invoices",
        MessagesTitle => "Messages sent",
        NotesTitle => "Notes",
        NothingInPeriod => "Nothing of this kind in this period.",
        NotAnswered => "Not answered",
        Days(n) => return days(*n),
        ScoresTitle => "Scores",
        ScoresIntro(date, band) => {
            return format!(
                "As scored on {date} from the whole record, with the thresholds in your \
                 settings. Verdict: {band}."
            );
        }
        ScoreHeading(pattern, score, band) => {
            return format!("{pattern}: {score} out of 100 ({band})");
        }
        NoEvidence => "No evidence.",
        ColMonth => "Month",
        ColHours => "Hours",
        ColDone => "What was done",
        ColInvoice => "Invoice",
        ColIssued => "Issued",
        ColDue => "Due",
        ColAmount => "Amount",
        ColPaid => "Paid",
        ColOutstanding => "Outstanding",
        ColStatus => "Status",
        ColAccount => "Account or asset",
        ColSent => "Sent",
        ColTopic => "Topic",
        ColAnswered => "Answered",
        ColWaited => "Waited",
        ColSubmitted => "Submitted",
        ColItem => "Item",
        ColRounds => "Rounds",
        ColIncluded => "Included",
        ColApproved => "Approved",
        ColDate => "Date",
        ColWhat => "What",
        ColDetails => "Details",
        ColDaysLate => "Days late",
        ColPoints => "Points",
        ColWhy => "Why",
        ColKind => "Kind",
        ColClosedOn => "Answered, approved or paid on",
        ColCurrency => "Currency",
    };
    s.to_owned()
}

fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}
