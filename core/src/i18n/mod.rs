//! The message catalogue: every text the user reads, as a typed key, with one exhaustive `match`
//! per language, plus the locale's way of writing dates, money and hours.
//!
//! Why a typed catalogue rather than leptos_i18n or Fluent: it adds about a quarter of their page
//! weight, no build-time cost, and a key missing from a language is a compile error rather than a
//! runtime blank (see ARCHITECTURE.md). Keys that carry values (`EntryCount(3)`) let each language
//! place and inflect the value its own way.

pub mod describe;
mod en;
mod fi;
mod hr;
mod hu;
mod hy;
pub mod locale;
mod words;

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::draft::Problem;
use crate::model::{
    Cents, Check, Currency, EntryKind, IncidentKind, InterventionKind, Minutes, PartingReason,
    Status,
};
use crate::playbook::Step;
use crate::scoring::{Band, Pattern, Reason, Summary, Trend, Weight};
use crate::storage::{DecodeError, RecordKind};

/// A language Clientwise is written in: the screen's, and each client's for what they read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Hy,
    Fi,
    Hr,
    Hu,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Hy, Lang::Fi, Lang::Hr, Lang::Hu];

    /// The BCP 47 language tag (`lang` attributes, file metadata, storage).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hy => "hy",
            Lang::Fi => "fi",
            Lang::Hr => "hr",
            Lang::Hu => "hu",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hy => "Հայերեն",
            Lang::Fi => "Suomi",
            Lang::Hr => "Hrvatski",
            Lang::Hu => "Magyar",
        }
    }

    /// The language of a tag such as `fi`, `hr-HR` or `HU`; `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = primary_subtag(tag);
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The first of the browser's preferred languages (most preferred first) that Clientwise
    /// speaks, else English. Bosnian and Serbian readers get Croatian, the closest we have.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                Lang::from_tag(tag).or_else(|| {
                    ["bs", "sr", "sh"]
                        .iter()
                        .any(|near| near.eq_ignore_ascii_case(primary_subtag(tag)))
                        .then_some(Lang::Hr)
                })
            })
            .unwrap_or_default()
    }
}

/// The language part of a tag: `hr` of `hr-HR`, `sr` of `sr_Latn`.
fn primary_subtag(tag: &str) -> &str {
    tag.trim().split(['-', '_']).next().unwrap_or_default()
}

/// A message key. Variants with fields carry the values the text needs; user-typed text passed
/// here is inserted as-is and must be escaped by whatever renders it (the app's DOM does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    // App chrome
    AppName,
    PageTitle(String),
    Tagline,
    NavClients,
    NavSettings,
    MainNavigation,
    SkipToContent,
    PrivacyNote,
    // Client list
    ClientsTitle,
    AddClient,
    LoadExample,
    NoClientsYet,
    EmptyHint,
    ColName,
    ColStatus,
    ExampleLoaded(usize),
    // Client form
    NewClientTitle,
    EditClientTitle,
    SectionWho,
    SectionContract,
    SectionStatus,
    Name,
    Company,
    Contact,
    Currency,
    CurrencyHint,
    PaymentTerms,
    TermsDaysAfter,
    TermsDayOfMonth,
    PaymentDays,
    PaymentDayOfMonth,
    NoticeDays,
    IncludedRevisions,
    Pricing,
    PricingNone,
    PricingRetainer,
    PricingHourly,
    PricingProject,
    PricingAmount,
    Scope,
    Accounts,
    Started,
    StatusLabel,
    Notes,
    HardTimes,
    HardTimesHint,
    HardTimeStart,
    HardTimeEnd,
    HardTimeNote,
    AddHardTime,
    RemoveHardTime(usize),
    SaveClient,
    Cancel,
    FormHasErrors,
    Saved,
    // Client page
    BackToClients,
    ClientNotFound,
    EditClient,
    DeleteClient,
    ConfirmDeleteClient(String),
    ConfirmDeleteEntry,
    YesDelete,
    ContractTitle,
    TermsSummaryDays(u16),
    TermsSummaryDayOfMonth(u8),
    NoticeSummary(u16),
    RevisionsSummary(u16),
    RetainerSummary(String),
    HourlySummary(String),
    ProjectSummary(String),
    NoPricing,
    StartedSummary(String),
    NoAccounts,
    AccountsTitle,
    HardTimeOngoing(String),
    HardTimeBetween(String, String),
    EvidenceLog,
    FilterByKind,
    AllKinds,
    AddEntry,
    NewEntryTitle,
    EditEntryTitle,
    EntryKindLabel,
    NoEntries,
    NoEntriesOfKind,
    Edit,
    Delete,
    EditEntryNamed(String),
    DeleteEntryNamed(String),
    EntryCount(usize),
    SaveEntry,
    // Entry fields
    Date,
    Sent,
    Topic,
    Answered,
    Submitted,
    Item,
    Rounds,
    Approved,
    Trivial,
    InvoiceNumber,
    Issued,
    Due,
    DueHint,
    Amount,
    Payments,
    PaymentDate(usize),
    PaymentAmount(usize),
    AddPayment,
    RemovePayment(usize),
    IncidentKindLabel,
    Details,
    Hours,
    HoursHint,
    Description,
    Deliverable,
    InterventionKindLabel,
    InterventionText,
    NoteText,
    // Entry summaries in the log
    RequestSummary(String),
    AnsweredAfter(i64),
    WaitingSince(String),
    ApprovalSummary(String, u16),
    ApprovedOn(String),
    WaitingForApproval,
    TrivialFlag,
    InvoiceSummary(String, String),
    DueOn(String),
    PaidInFull(String),
    Outstanding(String),
    WorkSummary(String, String),
    ForDeliverable(String),
    // Enumerations
    Kind(EntryKind),
    KindPlural(EntryKind),
    Incident(IncidentKind),
    Intervention(InterventionKind),
    Status(Status),
    Problem(Problem),
    // Scores
    Pattern(Pattern),
    Band(Band),
    TrendLabel(Trend),
    ScoreOutOf(u8),
    OutOfHundred,
    Points(i32),
    Summary(Summary, Currency),
    EvidenceLine(String, Reason, Currency),
    WeightNote(Weight),
    ShowEvidence(usize),
    NoEvidence,
    GoToEntry(String),
    ScoresTitle,
    VerdictTitle,
    VerdictHealthy,
    VerdictDriven(Pattern, u8, String),
    ExtraMileNote,
    LowConfidence(i64, usize),
    InvoiceLabel(String),
    QuotedLabel(String),
    WorkLabel(String),
    ColVerdict,
    SortBy,
    SortRisk,
    SortName,
    SortAdded,
    // Next steps and parting
    NextStepTitle,
    StepTitle(Step),
    StepWhy(Step),
    StageOf(u8, u8, Pattern),
    LastTaken(InterventionKind, String),
    WaitUntil(String, Step),
    MessageSubject,
    MessageBody,
    CopyMessage,
    Copied,
    CopyFailed,
    MarkAsSent,
    LoggedAsSent(String),
    AddNameHint,
    StartParting,
    PartingTitle,
    PartingStarted(String),
    CheckLabel(Check),
    CheckHint(Check),
    CoolOffUntil(String),
    MoneyOwedNow(String),
    NothingOwed,
    NoticeTitle,
    NoticeHint(u16),
    GiveNoticeToday,
    NoticeGivenOn(String, String),
    UndoNotice,
    OfferAlternatives,
    Colleague,
    ProviderKind,
    HandOverTitle,
    HandOverAccount(String),
    HandOverWarning(String),
    NoAccountsToHandOver,
    ReasonLabel,
    Reason(PartingReason),
    ReasonCustom,
    ReasonCustomText,
    TerminationLetter,
    PartingComplete,
    PartingProgress(usize, usize),
    // Storage
    UnreadableKept(RecordKind, String),
    UnreadableNotKept(RecordKind),
    DecodeReason(DecodeError),
    NewerData(u64, u32),
    StorageUnavailable(String),
    WriteQuota,
    WriteConflict,
    WriteReadOnly,
    WriteProtected,
    WriteFailed(String),
    DownloadBackup,
    DownloadUnreadable,
    Dismiss,
    ReadOnlyBadge,
    // Settings
    SettingsTitle,
    AboutYou,
    AboutYouHint,
    OwnerName,
    Business,
    SaveSettings,
    BackupTitle,
    BackupHint,
    ExampleTitle,
    ExampleHint,
    // Reports and exports
    ReportsLink,
    ReportsTitle(String),
    ReportKindLabel,
    ReportFinalOption,
    ReportFinalHint,
    ReportEvidenceOption,
    ReportEvidenceHint,
    ReportFrom,
    ReportTo,
    PrintReport,
    DownloadMarkdown,
    DownloadHtml,
    ClientDataTitle,
    ClientDataHint,
    DownloadCsv,
    DownloadJson,
    Downloaded(String),
    DownloadFailed,
    DigestLabel,
    DigestHint,
    CopyDigest,
    PreviewLabel,
    AddNameToReports,
    // Restore
    RestoreTitle,
    RestoreHint,
    BackupFile,
    ReadingFile,
    FileUnreadable,
    RestoreRefused,
    BackupSummary(usize, String),
    ClientFileSummary(usize),
    RestoreModeLabel,
    RestoreMerge,
    RestoreMergeHint,
    RestoreReplace,
    RestoreReplaceHint,
    PlanAdd(usize),
    PlanReplace(usize),
    PlanUnchanged(usize),
    PlanRemove(usize),
    PlanSettingsReplaced,
    PlanSettingsKept,
    PlanNothing,
    RestoreNow,
    // Portfolio
    FilterStatus,
    FilterVerdict,
    AllStatuses,
    AllVerdicts,
    NoMatch,
    ColTrend,
    ColRevenue12m,
    ColRevenueAll,
    ColHoursLogged,
    ColRate,
    ColOutstandingMoney,
    ColWaiting,
    ColExtraRounds,
    SortTrouble,
    ShownCount(usize, usize),
    ShowingFirst(usize, usize),
    ShowAllRows(usize),
    ParetoTitle,
    ParetoDesc,
    ParetoSummary(String, u8, u8, u8),
    ParetoNoTrouble,
    SeriesTrouble,
    SeriesRevenue,
    SeriesHours,
    ParetoOtherCurrency(usize, String),
    AxisClients,
    ShowAsTable,
    ColClient,
    ColTroubleShare,
    ColCumTrouble,
    ColCumRevenue,
    ColCumHours,
    ChartsTitle,
    LatenessTitle,
    LatenessDesc,
    AnswerTimeTitle,
    AnswerTimeDesc,
    RoundsTitle,
    RoundsDesc(u16),
    ContractLine(u16),
    NothingToChart,
    StillOpen,
    ColDaysCount,
    ColRoundsCount,
    ColItemLabel,
    ColDateLabel,
    // Import
    NavImport,
    MappingTitle,
    MappingHint,
    MappingKind,
    ImportKind(crate::import::Kind),
    RoleLabel(crate::import::formats::Role, bool),
    NotInFile,
    MappingIncomplete,
    ImportTitle,
    ImportHint,
    ImportFile,
    ImportReadError(crate::import::ReadError),
    Recognised(crate::import::Source),
    DateOrderQuestion,
    DayFirst,
    MonthFirst,
    PreviewNewClients(usize),
    PreviewMatched(usize),
    PreviewRows(usize),
    PreviewSkipped(usize),
    SkippedLine(usize, crate::import::plan::PlanSkip),
    PreviewHours(String),
    PreviewInvoiced(String),
    PreviewPaid(String),
    DueFromTermsNote,
    ImportNow(usize),
    ImportedRows(usize),
    NothingNew,
    PastImports,
    ImportSummary(u32, usize),
    UndoImport(u32),
    ImportUndone(u32),
    // Durability
    CopyName(String),
    ConflictNotice(String),
    KeepBoth,
    UseOtherVersion,
    ClearedElsewhere,
    UsageWarning(u8),
    StorageTitle,
    StorageUsed(String, u8),
    StorageMeterLabel,
    PersistGranted,
    PersistDenied,
    PersistUnknown,
    PersistAsk,
    ReminderTitle,
    ReminderHint,
    ReminderEveryChanges,
    ReminderEveryDays,
    ReminderOffHint,
    SaveReminder,
    LastBackup(String),
    NoBackupYet,
    ReminderDue(u32, Option<i64>),
    RemindLater,
    RestoreDone(usize, usize, usize),
    BackupFirst,
    ThresholdsTitle,
    ThresholdsHint,
    SlowAnswerDays,
    GraceDays,
    SlowApprovalDays,
    HalfLifeDays,
    SaveThresholds,
    ResetDefaults,
    // Languages
    LanguageLabel,
    LanguageName(Lang),
    ClientLanguage,
    ClientLanguageHint,
    ClientLanguageDefault,
    ClientLanguageSummary(Lang),
    WrittenIn(Lang),
    DocumentLanguage,
    DocumentLanguageHint,
    TypedIntoLetter(Lang),
    SwitchLosesTyping,
    KeepEditing,
    SwitchAnyway,
}

/// The words of the reports and exports (`report`, `export`): headings, column names, the
/// closing. Kept apart from `Msg` because they are written for the client and the file, not
/// the screen, and must read well printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportText {
    FinalTitle(String),
    EvidenceTitle(String),
    ClientCompany(String),
    PreparedBy(String),
    PreparedOn(String),
    Period(String, String),
    PrivateNotice,
    SummaryTitle,
    FactPeriod,
    FactWorked,
    FactInvoiced,
    FactPaid,
    FactOutstanding,
    WorkTitle,
    Month(i32, u32),
    Total,
    NoWork,
    InvoicesTitle,
    PaidOn(String),
    PaidLate(String, i64),
    OverdueBy(i64),
    NotDueYet,
    OutstandingTotal(String),
    NoInvoices,
    HandOverTitle,
    HandedOver,
    ToHandOver,
    NoAccounts,
    ClosingTitle,
    ClosingThanks(String, String),
    ClosingOwed(String),
    ClosingHandedOver,
    ClosingWishes,
    SignOff(String, String),
    ProblemsTitle,
    ProblemsIntro,
    RequestsTitle,
    ApprovalsTitle,
    IncidentsTitle,
    LateInvoicesTitle,
    MessagesTitle,
    NotesTitle,
    NothingInPeriod,
    NotAnswered,
    Days(i64),
    ScoresTitle,
    ScoresIntro(String, String),
    ScoreHeading(String, u8, String),
    NoEvidence,
    ColMonth,
    ColHours,
    ColDone,
    ColInvoice,
    ColIssued,
    ColDue,
    ColAmount,
    ColPaid,
    ColOutstanding,
    ColStatus,
    ColAccount,
    ColSent,
    ColTopic,
    ColAnswered,
    ColWaited,
    ColSubmitted,
    ColItem,
    ColRounds,
    ColIncluded,
    ColApproved,
    ColDate,
    ColWhat,
    ColDetails,
    ColDaysLate,
    ColPoints,
    ColWhy,
    ColKind,
    ColClosedOn,
    ColCurrency,
}

/// The text of a report's `key` in `lang`.
pub fn report_text(lang: Lang, key: &ReportText) -> String {
    match lang {
        Lang::En => en::report_text(key),
        Lang::Hy => hy::report_text(key),
        Lang::Fi => fi::report_text(key),
        Lang::Hr => hr::report_text(key),
        Lang::Hu => hu::report_text(key),
    }
}

/// The text of `msg` in `lang`.
pub fn text(lang: Lang, msg: &Msg) -> Cow<'static, str> {
    match lang {
        Lang::En => en::text(msg),
        Lang::Hy => hy::text(msg),
        Lang::Fi => fi::text(msg),
        Lang::Hr => hr::text(msg),
        Lang::Hu => hu::text(msg),
    }
}

/// A message ready to send: its subject line and its body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub subject: String,
    pub body: String,
    /// The language it is written in.
    pub lang: Lang,
}

/// A letter of the playbook written out in `lang`.
pub fn letter(lang: Lang, letter: &crate::playbook::letters::Letter) -> Message {
    let (subject, body) = match lang {
        Lang::En => en::letter(letter),
        Lang::Hy => hy::letter(letter),
        Lang::Fi => fi::letter(letter),
        Lang::Hr => hr::letter(letter),
        Lang::Hu => hu::letter(letter),
    };
    Message {
        subject,
        body,
        lang,
    }
}

/// A calendar date as the language writes it in running text.
pub fn date(lang: Lang, date: NaiveDate) -> String {
    locale::date(lang, date)
}

/// An amount with its currency, as the language writes it (`€1,234.50`, `1 234,50 €`).
pub fn money(lang: Lang, amount: Cents, currency: Currency) -> String {
    locale::money(lang, amount, currency)
}

/// Hours worked, as the language writes them (`2.5 h`, `2,5 h`, `2,5 ó`).
pub fn hours(lang: Lang, duration: Minutes) -> String {
    locale::hours(lang, duration)
}

/// What joins a label to its value (`Paid: …`): a colon, except in Armenian, where a colon
/// looks like the full stop `։` and the separator is `՝`.
pub fn label_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Hy => "՝",
        Lang::En | Lang::Fi | Lang::Hr | Lang::Hu => ":",
    }
}

/// The plural category of `n` in `lang` (CLDR), for the language modules' count phrases.
pub(crate) fn plural(lang: Lang, n: u64) -> locale::Plural {
    locale::plural(lang, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_and_signed() {
        let eur = Currency::EUR;
        assert_eq!(money(Lang::En, Cents(123_456_789), eur), "€1,234,567.89");
        assert_eq!(money(Lang::En, Cents(5), eur), "€0.05");
        let chf: Currency = "CHF".parse().expect("valid");
        assert_eq!(money(Lang::En, Cents(8000), chf), "CHF 80.00");
        let jpy: Currency = "JPY".parse().expect("valid");
        assert_eq!(money(Lang::En, Cents(1_500_000), jpy), "¥1,500,000");
    }

    #[test]
    fn dates_read_unambiguously() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).expect("valid");
        assert_eq!(date(Lang::En, d), "5 Mar 2026");
    }

    #[test]
    fn no_message_is_empty() {
        // A representative of every enumeration, so that a blank translation cannot hide.
        let mut msgs = vec![Msg::AppName, Msg::EntryCount(1), Msg::EntryCount(2)];
        msgs.extend(EntryKind::ALL.map(Msg::Kind));
        msgs.extend(EntryKind::ALL.map(Msg::KindPlural));
        msgs.extend(IncidentKind::ALL.map(Msg::Incident));
        msgs.extend(InterventionKind::ALL.map(Msg::Intervention));
        msgs.extend(Status::ALL.map(Msg::Status));
        for msg in msgs {
            assert!(!text(Lang::En, &msg).trim().is_empty(), "{msg:?}");
        }
        assert_eq!(text(Lang::En, &Msg::EntryCount(1)), "1 entry");
        assert_eq!(text(Lang::En, &Msg::EntryCount(3)), "3 entries");
    }
}
