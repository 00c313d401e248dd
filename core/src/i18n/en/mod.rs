//! English. The voice: calm, plain, second person, no jargon; errors say what happened, that
//! nothing was lost, and what to do.

use std::borrow::Cow;

use super::locale::Plural;
use super::{Lang, Msg};
use crate::draft::Problem;
use crate::model::{EntryKind, IncidentKind, InterventionKind, Status};
use crate::storage::{DecodeError, RecordKind};

mod letters;
mod playbook;
mod report;
mod scores;

pub(super) use letters::letter;
pub(super) use report::text as report_text;

/// The language this module writes, for dates, money and hours.
const LANG: Lang = Lang::En;

/// "1 day", "3 days": English has one plural form besides the singular.
pub(super) fn plural(n: usize, one: &str, other: &str) -> String {
    match crate::i18n::plural(LANG, n as u64) {
        Plural::One => format!("{n} {one}"),
        Plural::Few | Plural::Other => format!("{n} {other}"),
    }
}

/// A number of days in running text.
pub(super) fn days(n: i64) -> String {
    match crate::i18n::plural(LANG, n.unsigned_abs()) {
        Plural::One => format!("{n} day"),
        Plural::Few | Plural::Other => format!("{n} days"),
    }
}

pub(in crate::i18n) fn text(msg: &Msg) -> Cow<'static, str> {
    use Msg::*;
    let s: &'static str = match msg {
        AppName => "Clientwise",
        PageTitle(page) => return format!("{page} · Clientwise").into(),
        Tagline => "Your clients, on the record.",
        NavClients => "Clients",
        NavSettings => "Settings",
        MainNavigation => "Main",
        SkipToContent => "Skip to content",
        PrivacyNote => "Your data stays in this browser. Nothing is sent anywhere.",
        ClientsTitle => "Clients",
        AddClient => "Add client",
        LoadExample => "Load example data",
        NoClientsYet => "No clients yet.",
        EmptyHint => {
            "Add your first client, or load a few made-up ones to see how Clientwise works."
        }
        ColName => "Name",
        ColStatus => "Status",
        ExampleLoaded(n) => {
            return plural(*n, "example client added.", "example clients added.").into();
        }
        NewClientTitle => "New client",
        EditClientTitle => "Edit client",
        SectionWho => "Who they are",
        SectionContract => "What you agreed",
        SectionStatus => "Where things stand",
        Name => "Name",
        Company => "Company",
        Contact => "Contact (email or phone)",
        Currency => "Currency",
        CurrencyHint => "A three-letter code, such as EUR, USD or GBP.",
        PaymentTerms => "Payment is due",
        TermsDaysAfter => "A number of days after the invoice",
        TermsDayOfMonth => "On a fixed day of each month",
        PaymentDays => "Days after the invoice",
        PaymentDayOfMonth => "Day of the month",
        NoticeDays => "Notice period (days)",
        IncludedRevisions => "Revision rounds included per deliverable",
        Pricing => "Pricing",
        PricingNone => "Not set",
        PricingRetainer => "Monthly retainer",
        PricingHourly => "Hourly rate",
        PricingProject => "Fixed project price",
        PricingAmount => "Amount",
        Scope => "Scope of work",
        Accounts => "Accounts and assets you manage for them (one per line)",
        Started => "Working together since",
        StatusLabel => "Status",
        Notes => "Notes",
        HardTimes => "Hard times",
        HardTimesHint => {
            "Periods when the client was going through something difficult (illness, a loss, a \
             crisis). Evidence from these periods still shows but counts for little."
        }
        HardTimeStart => "From",
        HardTimeEnd => "Until (empty if ongoing)",
        HardTimeNote => "What happened",
        AddHardTime => "Add a hard-time period",
        RemoveHardTime(i) => return format!("Remove hard-time period {}", i + 1).into(),
        SaveClient => "Save client",
        Cancel => "Cancel",
        FormHasErrors => "Some fields need another look; each says what is wrong.",
        Saved => "Saved.",
        BackToClients => "All clients",
        ClientNotFound => "There is no client here. It may have been deleted.",
        EditClient => "Edit client",
        DeleteClient => "Delete client",
        ConfirmDeleteClient(name) => {
            return format!("Delete {name} and their whole log? This cannot be undone.").into();
        }
        ConfirmDeleteEntry => "Delete this entry? This cannot be undone.",
        YesDelete => "Yes, delete",
        ContractTitle => "Contract",
        TermsSummaryDays(0) => "Payment due on receipt of the invoice",
        TermsSummaryDays(n) => {
            return format!(
                "Payment due {} after the invoice",
                plural(usize::from(*n), "day", "days")
            )
            .into();
        }
        TermsSummaryDayOfMonth(d) => {
            return format!("Payment due on day {d} of each month").into();
        }
        NoticeSummary(n) => {
            return format!("Notice period: {}", plural(usize::from(*n), "day", "days")).into();
        }
        RevisionsSummary(n) => {
            return format!(
                "{} included per deliverable",
                plural(usize::from(*n), "revision round", "revision rounds")
            )
            .into();
        }
        RetainerSummary(a) => return format!("Retainer: {a} a month").into(),
        HourlySummary(a) => return format!("Rate: {a} an hour").into(),
        ProjectSummary(a) => return format!("Project price: {a}").into(),
        NoPricing => "No price recorded",
        StartedSummary(d) => return format!("Working together since {d}").into(),
        NoAccounts => "No managed accounts recorded",
        AccountsTitle => "Accounts you manage for them",
        HardTimeOngoing(d) => return format!("Since {d}").into(),
        HardTimeBetween(a, b) => return format!("{a} – {b}").into(),
        EvidenceLog => "Evidence log",
        FilterByKind => "Show",
        AllKinds => "All entries",
        AddEntry => "Add entry",
        NewEntryTitle => "New entry",
        EditEntryTitle => "Edit entry",
        EntryKindLabel => "Kind of entry",
        NoEntries => {
            "Nothing logged yet. Add the first entry: a request, an invoice, an hour of work…"
        }
        NoEntriesOfKind => "No entries of this kind.",
        Edit => "Edit",
        Delete => "Delete",
        EditEntryNamed(what) => return format!("Edit {what}").into(),
        DeleteEntryNamed(what) => return format!("Delete {what}").into(),
        EntryCount(n) => return plural(*n, "entry", "entries").into(),
        SaveEntry => "Save entry",
        Date => "Date",
        Sent => "Sent on",
        Topic => "What you asked for",
        Answered => "Answered on (empty while waiting)",
        Submitted => "Submitted on",
        Item => "Item",
        Rounds => "Revision rounds asked for",
        Approved => "Approved on (empty while waiting)",
        Trivial => "Only trivial changes were asked for",
        InvoiceNumber => "Invoice number",
        Issued => "Issued on",
        Due => "Due on",
        DueHint => "Leave empty to follow the contract's payment terms.",
        Amount => "Amount",
        Payments => "Payments received",
        PaymentDate(i) => return format!("Payment {} date", i + 1).into(),
        PaymentAmount(i) => return format!("Payment {} amount", i + 1).into(),
        AddPayment => "Add a payment",
        RemovePayment(i) => return format!("Remove payment {}", i + 1).into(),
        IncidentKindLabel => "What happened",
        Details => "Details",
        Hours => "Hours",
        HoursHint => "For example 1.5, 1:30 or 90m.",
        Description => "What you did",
        Deliverable => "Deliverable (optional)",
        InterventionKindLabel => "What it was about",
        InterventionText => "What you said or wrote",
        NoteText => "Note",
        RequestSummary(topic) => return format!("Asked: {topic}").into(),
        AnsweredAfter(0) => "answered the same day",
        AnsweredAfter(n) => {
            return format!("answered after {}", plural(*n as usize, "day", "days")).into();
        }
        WaitingSince(d) => return format!("waiting for an answer since {d}").into(),
        ApprovalSummary(item, rounds) => {
            return format!(
                "{item}: {}",
                plural(usize::from(*rounds), "revision round", "revision rounds")
            )
            .into();
        }
        ApprovedOn(d) => return format!("approved {d}").into(),
        WaitingForApproval => "waiting for approval",
        TrivialFlag => "trivial changes only",
        InvoiceSummary(number, amount) => return format!("Invoice {number}: {amount}").into(),
        DueOn(d) => return format!("due {d}").into(),
        PaidInFull(d) => return format!("paid in full {d}").into(),
        Outstanding(a) => return format!("{a} outstanding").into(),
        WorkSummary(hours, what) => return format!("{hours}: {what}").into(),
        ForDeliverable(d) => return format!("for {d}").into(),
        Kind(k) => kind(*k),
        KindPlural(k) => kind_plural(*k),
        Incident(k) => incident(*k),
        Intervention(k) => intervention(*k),
        Status(s) => status(*s),
        Problem(p) => return problem(*p),
        Pattern(p) => scores::pattern(*p),
        Band(b) => scores::band(*b),
        TrendLabel(t) => scores::trend(*t),
        ScoreOutOf(n) => return format!("{n} out of 100").into(),
        OutOfHundred => "/100",
        Points(p) => return scores::points(*p).into(),
        Summary(s, currency) => return scores::summary(s, *currency).into(),
        EvidenceLine(label, reason, currency) => {
            return scores::evidence(label, reason, *currency).into();
        }
        WeightNote(w) => return scores::weight(*w),
        ShowEvidence(n) => {
            return format!("The evidence ({})", plural(*n, "item", "items")).into();
        }
        NoEvidence => "Nothing in the log counts toward this.",
        GoToEntry(what) => return format!("Go to the entry: {what}").into(),
        ScoresTitle => "Scores",
        VerdictTitle => "Verdict:",
        VerdictHealthy => "Nothing in the record calls for action.",
        VerdictDriven(p, score, summary) => {
            return format!(
                "Driven by the {} score, {score} out of 100. {summary}",
                scores::pattern(*p).to_lowercase()
            )
            .into();
        }
        ExtraMileNote => {
            "They are going through a hard time: evidence from it counts for little, and the \
             way forward is to go the extra mile, not to part ways."
        }
        LowConfidence(days, events) => {
            return format!(
                "{} of history and {}: not enough to judge yet.",
                plural(*days as usize, "day", "days"),
                plural(*events, "event", "events")
            )
            .into();
        }
        InvoiceLabel(n) => return format!("Invoice {n}").into(),
        QuotedLabel(text) => return format!("“{text}”").into(),
        WorkLabel(day) => return format!("on {day}").into(),
        ColVerdict => "Verdict",
        SortBy => "Sort by",
        SortRisk => "Risk, highest first",
        SortName => "Name",
        SortAdded => "Order added",
        NextStepTitle => "What to do now",
        StepTitle(step) => playbook::step_title(*step),
        StepWhy(step) => playbook::step_why(*step),
        StageOf(n, of, p) => {
            return format!(
                "Step {n} of {of} for {}",
                scores::pattern(*p).to_lowercase()
            )
            .into();
        }
        LastTaken(kind, day) => {
            return format!(
                "Last logged: {} on {day}.",
                intervention(*kind).to_lowercase()
            )
            .into();
        }
        WaitUntil(day, step) => {
            return format!(
                "Give them until {day} to respond; after that: {}.",
                playbook::step_title(*step).to_lowercase()
            )
            .into();
        }
        MessageSubject => "Subject",
        MessageBody => "Message",
        CopyMessage => "Copy message",
        Copied => "Copied to the clipboard.",
        CopyFailed => "The browser did not allow copying: select the text and copy it by hand.",
        MarkAsSent => "Mark as sent",
        LoggedAsSent(day) => return format!("Logged as sent on {day}.").into(),
        AddNameHint => "Add your name in Settings so that messages are signed.",
        StartParting => "Start parting ways",
        PartingTitle => "Parting ways",
        PartingStarted(day) => return format!("Started on {day}.").into(),
        CheckLabel(c) => playbook::check_label(*c),
        CheckHint(c) => playbook::check_hint(*c),
        CoolOffUntil(day) => return format!("Decide on or after {day}.").into(),
        MoneyOwedNow(amount) => return format!("They still owe {amount}.").into(),
        NothingOwed => "Nothing is owed.",
        NoticeTitle => "Notice",
        NoticeHint(days) => {
            return format!(
                "The contract gives {} of notice; when they rely on regular work, give fair notice.",
                plural(usize::from(*days), "day", "days")
            )
            .into();
        }
        GiveNoticeToday => "Notice given today",
        NoticeGivenOn(given, end) => {
            return format!("Notice given on {given}; the last working day is {end}.").into();
        }
        UndoNotice => "Undo notice",
        OfferAlternatives => "Suggest alternatives (turn off if they were abusive)",
        Colleague => "A colleague to suggest (optional)",
        ProviderKind => "A kind of provider who fits better (optional)",
        HandOverTitle => "Hand over full access",
        HandOverAccount(account) => return format!("Handed over: {account}").into(),
        HandOverWarning(amount) => {
            return format!("They still owe {amount}: hand over access once they are paid up.")
                .into();
        }
        NoAccountsToHandOver => "No managed accounts recorded: nothing to hand over.",
        ReasonLabel => "The one reason you give",
        Reason(r) => return playbook::reason(r),
        ReasonCustom => "In my own words",
        ReasonCustomText => "Because of their failure to…",
        TerminationLetter => "The termination letter",
        PartingComplete => "All done: this is now a former client.",
        PartingProgress(done, of) => return format!("{done} of {of} done").into(),
        UnreadableKept(what, key) => {
            return format!(
                "{} could not be read. An exact copy is kept aside (under “{key}”), nothing was \
                 overwritten, and everything else has loaded.",
                record(*what)
            )
            .into();
        }
        UnreadableNotKept(what) => {
            return format!(
                "{} could not be read. It is left untouched where it is (the browser had no room \
                 for a spare copy), and everything else has loaded.",
                record(*what)
            )
            .into();
        }
        DecodeReason(e) => return reason(e),
        NewerData(found, current) => {
            return format!(
                "This data was saved by a newer version of Clientwise (data version {found}; this \
                 version reads up to {current}). To keep it safe, everything is read-only here. \
                 Open the newest Clientwise to make changes."
            )
            .into();
        }
        StorageUnavailable(detail) => {
            return format!(
                "This browser is not letting Clientwise keep data ({detail}). Nothing can be saved \
                 here; check that site data is allowed for this page."
            )
            .into();
        }
        WriteQuota => {
            "The browser's storage is full, so your last change was not saved. It is still here \
             on screen: download a backup now so nothing is lost."
        }
        WriteConflict => {
            "This client was changed in another tab or window, so your change was not saved over \
             it. Your change is still here on screen: download a backup to keep it, then reload \
             to see the other version."
        }
        WriteReadOnly => "Read-only: changes cannot be saved (see the message above).",
        WriteProtected => {
            "This record could not be read earlier, so it is protected from being overwritten."
        }
        WriteFailed(detail) => {
            return format!(
                "The browser refused to save your last change ({detail}). It is still here on \
                 screen: download a backup now so nothing is lost."
            )
            .into();
        }
        DownloadBackup => "Download a backup",
        DownloadUnreadable => "Download the unreadable record",
        Dismiss => "Dismiss",
        ReadOnlyBadge => "Read-only",
        SettingsTitle => "Settings",
        AboutYou => "About you",
        AboutYouHint => "Used to sign the messages and head the reports Clientwise writes for you.",
        OwnerName => "Your name",
        Business => "Your business name",
        SaveSettings => "Save settings",
        BackupTitle => "Backup",
        BackupHint => {
            "Your record lives only in this browser. Download a backup now and then, and keep it \
             somewhere safe."
        }
        ExampleTitle => "Example data",
        ExampleHint => {
            "Adds a few made-up clients, one for each difficult pattern and one easy one. Your own \
             clients are not touched."
        }
        ReportsLink => "Reports and exports",
        ReportsTitle(name) => return format!("Reports and exports: {name}").into(),
        ReportKindLabel => "Which report",
        ReportFinalOption => "Final report",
        ReportFinalHint => {
            "For the client: the work done by month, invoices and payments, the hand-over, and a \
             short closing. No scores."
        }
        ReportEvidenceOption => "Evidence file",
        ReportEvidenceHint => {
            "Private, for your records or a dispute: the final report plus every dated problem, \
             the messages you sent, and the scores with their evidence."
        }
        ReportFrom => "From",
        ReportTo => "To",
        PrintReport => "Print or save as PDF",
        DownloadMarkdown => "Download as Markdown",
        DownloadHtml => "Download as HTML",
        ClientDataTitle => "The client's record",
        ClientDataHint => {
            "The whole log as a spreadsheet (CSV), or the client as a file any Clientwise can \
             restore (JSON)."
        }
        DownloadCsv => "Download the log (CSV)",
        DownloadJson => "Download the client (JSON)",
        Downloaded(name) => return format!("Downloaded {name}.").into(),
        DownloadFailed => "The browser did not start the download. Nothing was lost; try again.",
        DigestLabel => "SHA-256 fingerprint",
        DigestHint => {
            "Keep this fingerprint with the file, or send it along: if the file is ever changed, \
             its fingerprint changes. The file name carries its first 12 characters."
        }
        CopyDigest => "Copy the fingerprint",
        PreviewLabel => "Preview",
        AddNameToReports => "Add your name and business in Settings to head and sign the reports.",
        RestoreTitle => "Restore from a backup",
        RestoreHint => {
            "Pick a backup file (or a client file) downloaded from Clientwise. You will see what \
             it changes before anything is saved."
        }
        BackupFile => "Backup file",
        ReadingFile => "Reading the file…",
        FileUnreadable => "The browser could not read this file. Nothing was changed.",
        RestoreRefused => "This file cannot be restored, and nothing was changed.",
        BackupSummary(n, when) => {
            let clients = plural(*n, "client", "clients");
            return if when.is_empty() {
                format!("A backup of {clients}, with settings.").into()
            } else {
                format!("A backup of {clients}, with settings, taken {when}.").into()
            };
        }
        ClientFileSummary(n) => {
            return format!(
                "A file of {}, without settings.",
                plural(*n, "client", "clients")
            )
            .into();
        }
        RestoreModeLabel => "How to restore",
        RestoreMerge => "Merge",
        RestoreMergeHint => {
            "Keep every client here and bring in the file's. A client with the same name is \
             replaced by the file's version. Your settings stay."
        }
        RestoreReplace => "Replace",
        RestoreReplaceHint => {
            "Make this browser hold exactly what the file holds: clients not in the file are \
             deleted, and the file's settings replace yours."
        }
        PlanAdd(n) => return format!("{} added:", plural(*n, "client", "clients")).into(),
        PlanReplace(n) => {
            return format!(
                "{} replaced by the file's version:",
                plural(*n, "client", "clients")
            )
            .into();
        }
        PlanUnchanged(n) => {
            return format!("{} already the same:", plural(*n, "client", "clients")).into();
        }
        PlanRemove(n) => return format!("{} deleted:", plural(*n, "client", "clients")).into(),
        PlanSettingsReplaced => "Your settings will be replaced by the file's.",
        PlanSettingsKept => "Your settings stay as they are.",
        PlanNothing => "Nothing to change: this browser already holds everything in the file.",
        RestoreNow => "Restore",
        FilterStatus => "Status",
        FilterVerdict => "Verdict",
        AllStatuses => "All statuses",
        AllVerdicts => "All verdicts",
        NoMatch => "No client matches these filters.",
        ColTrend => "Trend",
        ColRevenue12m => "Received, last 12 months",
        ColRevenueAll => "Received, all time",
        ColHoursLogged => "Hours logged",
        ColRate => "Per hour",
        ColOutstandingMoney => "Outstanding",
        ColWaiting => "Days kept waiting",
        ColExtraRounds => "Extra revision rounds",
        SortTrouble => "Trouble caused",
        ShownCount(shown, all) => {
            return if shown == all {
                plural(*all, "client", "clients").into()
            } else {
                format!("{shown} of {}", plural(*all, "client", "clients")).into()
            };
        }
        ShowingFirst(shown, all) => {
            return format!("Showing the first {shown} of {all}, in this order.").into();
        }
        ShowAllRows(all) => return format!("Show all {all}").into(),
        ParetoTitle => "Where the trouble comes from",
        ParetoDesc => {
            "Clients ordered by the trouble they cause, most first. Each line adds up a share as \
             you go along: of all the trouble, of the money received, and of the hours logged."
        }
        ParetoSummary(names, trouble, revenue, hours) => {
            return format!(
                "{names}: {trouble}% of the trouble, for {revenue}% of the money received and \
                 {hours}% of your hours."
            )
            .into();
        }
        ParetoNoTrouble => "No client is causing trouble. Keep logging.",
        SeriesTrouble => "Trouble",
        SeriesRevenue => "Money received",
        SeriesHours => "Hours logged",
        ParetoOtherCurrency(n, code) => {
            return format!(
                "Money counts clients billed in {code} only; {} in other currencies left out.",
                plural(*n, "client", "clients")
            )
            .into();
        }
        AxisClients => "Clients, most trouble first",
        ShowAsTable => "Show as a table",
        ColClient => "Client",
        ColTroubleShare => "Own share of trouble",
        ColCumTrouble => "Trouble so far",
        ColCumRevenue => "Money so far",
        ColCumHours => "Hours so far",
        ChartsTitle => "Over time",
        LatenessTitle => "Days late per invoice",
        LatenessDesc => {
            "Each bar is an invoice, by due date: how many days after the due date it was paid \
             (or, if unpaid, has been waiting). Rising bars are a drift."
        }
        AnswerTimeTitle => "Days to an answer per request",
        AnswerTimeDesc => {
            "Each bar is a request, by the day it was sent: how many days the answer took (or, if \
             unanswered, has taken so far)."
        }
        RoundsTitle => "Revision rounds per item",
        RoundsDesc(n) => {
            return format!(
                "Each bar is an item submitted for approval: the revision rounds asked for. The \
                 line is what the contract includes ({n})."
            )
            .into();
        }
        ContractLine(n) => return format!("Contract: {n}").into(),
        NothingToChart => "Nothing to chart yet.",
        StillOpen => "still open",
        ColDaysCount => "Days",
        ColRoundsCount => "Rounds",
        ColItemLabel => "Item",
        ColDateLabel => "Date",
        NavImport => "Import",
        MappingTitle => "Which column is which?",
        MappingHint => {
            "Clientwise does not know this file's layout. Say which column holds what; the \
             choice is remembered for files with the same columns."
        }
        MappingKind => "Each row is",
        ImportKind(kind) => match kind {
            crate::import::Kind::Time => "Time worked",
            crate::import::Kind::Invoices => "An invoice",
            crate::import::Kind::Payments => "A payment of an invoice",
        },
        RoleLabel(role, required) => {
            use crate::import::formats::Role::*;
            let name = match role {
                Client => "Client",
                Date => "Date",
                Duration => "Hours or duration",
                Description => "What was done",
                Project => "Project",
                Number => "Invoice number",
                Amount => "Amount",
                Due => "Due date",
                Paid => "Amount paid",
                PaidOn => "Date paid",
                Currency => "Currency",
                Invoice => "Invoice number paid",
            };
            return if *required {
                name.into()
            } else {
                format!("{name} (optional)").into()
            };
        }
        NotInFile => "— not in this file —",
        MappingIncomplete => "Pick a column for each field that is not optional.",
        ImportTitle => "Bring your history",
        ImportHint => {
            "Import the time entries and invoices you already have: CSV exports of Toggl Track, \
             Clockify, Harvest, Kimai, Invoice Ninja or FreshBooks. You see everything the file \
             would add before anything is saved, and one click undoes an import."
        }
        ImportFile => "Export file (CSV)",
        ImportReadError(e) => return import_read_error(e).into(),
        Recognised(source) => {
            return format!("Recognised: {}.", source_name(*source)).into();
        }
        DateOrderQuestion => "The dates in this file could be read two ways. Which comes first?",
        DayFirst => "The day (31/12/2024)",
        MonthFirst => "The month (12/31/2024)",
        PreviewNewClients(n) => {
            return format!("{} to create:", plural(*n, "new client", "new clients")).into();
        }
        PreviewMatched(n) => {
            return format!("{} already here:", plural(*n, "client", "clients")).into();
        }
        PreviewRows(n) => return format!("{} to import.", plural(*n, "row", "rows")).into(),
        PreviewSkipped(n) => {
            return format!("{} skipped:", plural(*n, "row", "rows")).into();
        }
        SkippedLine(line, reason) => {
            return format!("Line {line}: {}", import_skip(reason)).into();
        }
        PreviewHours(h) => return format!("Hours: {h}").into(),
        PreviewInvoiced(m) => return format!("Invoiced: {m}").into(),
        PreviewPaid(m) => return format!("Paid: {m}").into(),
        DueFromTermsNote => {
            "This file has no due dates: each invoice's due date comes from the client's payment \
             terms."
        }
        ImportNow(n) => return format!("Import {}", plural(*n, "row", "rows")).into(),
        ImportedRows(n) => return format!("Imported {}.", plural(*n, "row", "rows")).into(),
        NothingNew => "Nothing new to import: every row is already in the log, or skipped.",
        PastImports => "Imports",
        ImportSummary(n, rows) => {
            return format!("Import {n}: {} in the log", plural(*rows, "row", "rows")).into();
        }
        UndoImport(n) => return format!("Undo import {n}").into(),
        ImportUndone(n) => return format!("Import {n} undone.").into(),
        CopyName(name) => return format!("{name} (copy kept from another tab)").into(),
        ConflictNotice(name) => {
            return format!(
                "“{name}” was changed in another tab or window while this tab had a change to it \
                 that is not saved. Nothing has been lost: keep both versions (yours is saved as \
                 a copy), or use the other version and let this tab's change go."
            )
            .into();
        }
        KeepBoth => "Keep both",
        UseOtherVersion => "Use the other version",
        ClearedElsewhere => {
            "Clientwise's data was cleared in another tab or window. Everything is still here on \
             screen: download a backup now to keep it."
        }
        UsageWarning(percent) => {
            return format!(
                "Clientwise is using {percent}% of the space this browser gives it. Download a \
                 backup, and consider deleting former clients you have kept a report of."
            )
            .into();
        }
        StorageTitle => "Storage",
        StorageUsed(amount, percent) => {
            return format!("{amount} of about 5 MB used ({percent}%).").into();
        }
        StorageMeterLabel => "Space used in this browser",
        PersistGranted => "The browser has agreed to keep this data even when space runs low.",
        PersistDenied => {
            "The browser may clear this data when space runs low, so keep a recent backup. \
             (Browsers often agree once you have used a site for a while, or bookmarked it.)"
        }
        PersistUnknown => "This browser does not say whether it will keep the data.",
        PersistAsk => "Ask the browser to keep the data",
        ReminderTitle => "Backup reminder",
        ReminderHint => {
            "A gentle reminder to download a backup after a number of changes or days since the \
             last one."
        }
        ReminderEveryChanges => "Remind me after this many changes",
        ReminderEveryDays => "Remind me after this many days",
        ReminderOffHint => "0 turns that reminder off.",
        SaveReminder => "Save reminder",
        LastBackup(day) => return format!("Last backup from this browser: {day}.").into(),
        NoBackupYet => "No backup has been downloaded from this browser yet.",
        ReminderDue(changes, since) => {
            let changes = plural(*changes as usize, "change", "changes");
            return match since {
                Some(d) => format!(
                    "{changes} since your last backup, {} ago. Download a backup so they are safe \
                     even if this browser loses its data.",
                    days(*d)
                ),
                None => format!(
                    "{changes} and no backup yet. Download a backup so they are safe even if this \
                     browser loses its data."
                ),
            }
            .into();
        }
        RemindLater => "Remind me later",
        RestoreDone(added, replaced, removed) => {
            return format!(
                "Restored: {} added, {replaced} replaced, {removed} deleted.",
                plural(*added, "client", "clients")
            )
            .into();
        }
        BackupFirst => "Download a backup of what is here first",
        ThresholdsTitle => "Scoring",
        ThresholdsHint => {
            "The few limits you may want to set yourself. Everything else in the scoring is \
             fixed, and every score shows the entries behind it."
        }
        SlowAnswerDays => "An answer counts as slow after (days)",
        GraceDays => "Grace days after a due date",
        SlowApprovalDays => "An approval counts as slow after (days)",
        HalfLifeDays => "Evidence counts half after (days)",
        SaveThresholds => "Save scoring settings",
        ResetDefaults => "Reset to defaults",
        LanguageLabel => "Language",
        LanguageName(lang) => language_name(*lang),
        ClientLanguage => "Their language",
        ClientLanguageHint => {
            "The messages, letters and final report for this client are written in it."
        }
        ClientLanguageDefault => "The language of this screen",
        ClientLanguageSummary(lang) => {
            return format!("Messages and reports in {}", language_name(*lang)).into();
        }
        WrittenIn(lang) => return format!("Written in {}.", language_name(*lang)).into(),
        DocumentLanguage => "Language of the document",
        DocumentLanguageHint => {
            "The final report starts in the client's language, the evidence file in yours."
        }
        TypedIntoLetter(lang) => {
            let name = language_name(*lang);
            return format!(
                "The letter is in {name} and this goes into it as typed: write it in {name}."
            )
            .into();
        }
        SwitchLosesTyping => {
            "Switching the language closes the form you are filling in, and what you typed there is lost."
        }
        KeepEditing => "Keep editing",
        SwitchAnyway => "Switch anyway",
    };
    Cow::Borrowed(s)
}

fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Hy => "Armenian",
        Lang::Fi => "Finnish",
        Lang::Hr => "Croatian",
        Lang::Hu => "Hungarian",
    }
}

fn kind(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Request",
        EntryKind::Approval => "Approval",
        EntryKind::Invoice => "Invoice",
        EntryKind::Incident => "Incident",
        EntryKind::Work => "Work done",
        EntryKind::Intervention => "Intervention",
        EntryKind::Note => "Note",
    }
}

fn kind_plural(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Requests",
        EntryKind::Approval => "Approvals",
        EntryKind::Invoice => "Invoices",
        EntryKind::Incident => "Incidents",
        EntryKind::Work => "Work done",
        EntryKind::Intervention => "Interventions",
        EntryKind::Note => "Notes",
    }
}

fn incident(k: IncidentKind) -> &'static str {
    match k {
        IncidentKind::DeadlineSlipped => "A deadline slipped because their input came late",
        IncidentKind::AccessWithheld => "Access to an account was withheld",
        IncidentKind::Blame => "They blamed you",
        IncidentKind::OutOfHoursPressure => "Pressure to work out of hours",
        IncidentKind::ScopeCreep => "Work asked for outside the scope",
        IncidentKind::Disrespect => "Disrespect",
        IncidentKind::PromiseToPayLater => "A promise to pay later",
        IncidentKind::Other => "Something else",
    }
}

fn intervention(k: InterventionKind) -> &'static str {
    match k {
        InterventionKind::PaymentTermsStated => "Stated the payment terms",
        InterventionKind::PaymentReminder => "Sent a payment reminder",
        InterventionKind::WorkPaused => "Paused work until payment",
        InterventionKind::ResponsivenessExpectations => "Asked for timely answers",
        InterventionKind::WorkingWayExplained => {
            "Explained that the way of working blocks the work"
        }
        InterventionKind::ExtraMile => "Went the extra mile",
        InterventionKind::Termination => "Ended the working relationship",
        InterventionKind::Other => "Something else",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Active => "Active",
        Status::Paused => "Paused",
        Status::Parting => "Parting ways",
        Status::Former => "Former client",
    }
}

fn record(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Client => "A saved client",
        RecordKind::Index => "The saved list of clients",
        RecordKind::Settings => "Your saved settings",
        RecordKind::Backup => "The backup file",
        RecordKind::Reminder => "The backup reminder",
        RecordKind::ImportMappings => "The remembered import columns",
    }
}

fn problem(p: Problem) -> Cow<'static, str> {
    let s = match p {
        Problem::Required => "Required.",
        Problem::NotADate => "Enter a date.",
        Problem::NotANumber => "Enter a number, such as 1,250.00.",
        Problem::NotAWholeNumber => "Enter a whole number.",
        Problem::Negative => "Cannot be negative.",
        Problem::TooManyDecimals => "Too many decimal places for this currency.",
        Problem::TooLarge => "That number is too large.",
        Problem::OutOfRange { min, max } => {
            return format!("Enter a number from {min} to {max}.").into();
        }
        Problem::NotACurrency => "Enter a three-letter currency code, such as EUR or USD.",
        Problem::HoursTooLong => "More than 24 hours in one entry: log each day on its own.",
        Problem::TextTooLong => "This text is too long.",
        Problem::AnsweredBeforeSent => "The answer cannot come before the request was sent.",
        Problem::ApprovedBeforeSubmitted => "Approval cannot come before the item was submitted.",
        Problem::DueBeforeIssued => "The due date cannot be before the invoice was issued.",
        Problem::EndBeforeStart => "The end cannot be before the start.",
        Problem::PaymentsExceedAmount => "The payments add up to more than the invoice.",
        Problem::ZeroAmount => "Must be more than zero.",
    };
    Cow::Borrowed(s)
}

fn reason(e: &DecodeError) -> Cow<'static, str> {
    match e {
        DecodeError::TooLarge { bytes, limit } => format!(
            "The file is too large ({} MB; the limit is {} MB).",
            bytes / 1_000_000,
            limit / 1_000_000
        )
        .into(),
        DecodeError::NotJson { line, column } => {
            format!("It is not valid JSON (line {line}, column {column}).").into()
        }
        DecodeError::WrongFormat { .. } => "It is not a Clientwise record.".into(),
        DecodeError::NoVersion => "It has no data version.".into(),
        DecodeError::TooOld { found } => {
            format!("Its data version ({found}) was never written by Clientwise.").into()
        }
        DecodeError::Newer { found } => {
            format!("It was written by a newer Clientwise (data version {found}).").into()
        }
        DecodeError::Migration { from, reason } => {
            format!("It could not be upgraded from data version {from}: {reason}.").into()
        }
        DecodeError::Invalid { path, message } => format!("At {path}: {message}.").into(),
        DecodeError::IdMismatch { key_id, record_id } => {
            format!("It is stored as client {key_id} but says it is client {record_id}.").into()
        }
    }
}

fn source_name(source: crate::import::Source) -> &'static str {
    use crate::import::Source::*;
    match source {
        Toggl => "Toggl Track time entries",
        Clockify => "Clockify time entries",
        HarvestTime => "Harvest time entries",
        Kimai => "Kimai timesheet",
        InvoiceNinjaInvoices => "Invoice Ninja invoices",
        InvoiceNinjaPayments => "Invoice Ninja payments",
        FreshBooks => "FreshBooks invoices",
        HarvestInvoices => "Harvest invoices",
        Generic => "a file mapped by hand",
    }
}

fn import_read_error(e: &crate::import::ReadError) -> String {
    use crate::import::ReadError::*;
    match e {
        TooLarge { bytes } => format!(
            "This file is too large ({} MB; the limit is {} MB). Nothing was changed.",
            bytes / 1_000_000,
            crate::import::MAX_IMPORT_BYTES / 1_000_000
        ),
        Empty => "This file is empty. Nothing was changed.".into(),
        NotCsv => {
            "This is not a CSV file Clientwise can read (a spreadsheet or a PDF, perhaps). Export \
             CSV from your tool and pick that file. Nothing was changed."
                .into()
        }
    }
}

fn import_skip(reason: &crate::import::plan::PlanSkip) -> String {
    use crate::import::SkipReason::*;
    use crate::import::plan::PlanSkip;
    match reason {
        PlanSkip::Parse(reason) => match reason {
            MissingClient => "no client".into(),
            MissingDate => "no date".into(),
            BadDate(d) => format!("the date “{d}” cannot be read"),
            BadDuration(d) => format!("the duration “{d}” cannot be read"),
            BadAmount(a) if a.is_empty() => "no amount".into(),
            BadAmount(a) => format!("the amount “{a}” cannot be read"),
            MissingNumber => "no invoice number".into(),
            NegativeAmount(a) => format!("a negative amount ({a}): credit notes are not imported"),
            NotApplicable(_) => "no time recorded (a running timer or an empty entry)".into(),
        },
        PlanSkip::AlreadyImported => "already imported".into(),
        PlanSkip::InvoiceExists(n) => format!("invoice {n} is already in the log"),
        PlanSkip::UnknownInvoice(n) => format!("there is no invoice {n} in the log"),
        PlanSkip::OtherCurrency(c) => format!("in {c}, not the client's currency"),
    }
}
