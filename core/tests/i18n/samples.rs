//! A sample of every key of the catalogue with recognisable values: first generated from the
//! `Msg` and `ReportText` enums, then kept by hand (`the_samples_cover_every_key` fails when a
//! key is missing here). Written plainly, one push per key, so a new key is one line to add.
#![allow(
    clippy::unnecessary_cast,
    clippy::single_element_loop,
    clippy::vec_init_then_push
)]

use super::*;

pub fn msgs() -> Vec<(Msg, Vec<V>)> {
    let mut out = Vec::new();
    out.push((Msg::AppName, vec![]));
    out.push((Msg::PageTitle(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::Tagline, vec![]));
    out.push((Msg::NavClients, vec![]));
    out.push((Msg::NavSettings, vec![]));
    out.push((Msg::MainNavigation, vec![]));
    out.push((Msg::SkipToContent, vec![]));
    out.push((Msg::PrivacyNote, vec![]));
    out.push((Msg::ClientsTitle, vec![]));
    out.push((Msg::AddClient, vec![]));
    out.push((Msg::LoadExample, vec![]));
    out.push((Msg::NoClientsYet, vec![]));
    out.push((Msg::EmptyHint, vec![]));
    out.push((Msg::ColName, vec![]));
    out.push((Msg::ColStatus, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ExampleLoaded(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::NewClientTitle, vec![]));
    out.push((Msg::EditClientTitle, vec![]));
    out.push((Msg::SectionWho, vec![]));
    out.push((Msg::SectionContract, vec![]));
    out.push((Msg::SectionStatus, vec![]));
    out.push((Msg::Name, vec![]));
    out.push((Msg::Company, vec![]));
    out.push((Msg::Contact, vec![]));
    out.push((Msg::Currency, vec![]));
    out.push((Msg::CurrencyHint, vec![]));
    out.push((Msg::PaymentTerms, vec![]));
    out.push((Msg::TermsDaysAfter, vec![]));
    out.push((Msg::TermsDayOfMonth, vec![]));
    out.push((Msg::PaymentDays, vec![]));
    out.push((Msg::PaymentDayOfMonth, vec![]));
    out.push((Msg::NoticeDays, vec![]));
    out.push((Msg::IncludedRevisions, vec![]));
    out.push((Msg::Pricing, vec![]));
    out.push((Msg::PricingNone, vec![]));
    out.push((Msg::PricingRetainer, vec![]));
    out.push((Msg::PricingHourly, vec![]));
    out.push((Msg::PricingProject, vec![]));
    out.push((Msg::PricingAmount, vec![]));
    out.push((Msg::Scope, vec![]));
    out.push((Msg::Accounts, vec![]));
    out.push((Msg::Started, vec![]));
    out.push((Msg::StatusLabel, vec![]));
    out.push((Msg::Notes, vec![]));
    out.push((Msg::HardTimes, vec![]));
    out.push((Msg::HardTimesHint, vec![]));
    out.push((Msg::HardTimeStart, vec![]));
    out.push((Msg::HardTimeEnd, vec![]));
    out.push((Msg::HardTimeNote, vec![]));
    out.push((Msg::AddHardTime, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::RemoveHardTime(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::SaveClient, vec![]));
    out.push((Msg::Cancel, vec![]));
    out.push((Msg::FormHasErrors, vec![]));
    out.push((Msg::Saved, vec![]));
    out.push((Msg::BackToClients, vec![]));
    out.push((Msg::ClientNotFound, vec![]));
    out.push((Msg::EditClient, vec![]));
    out.push((Msg::DeleteClient, vec![]));
    out.push((Msg::ConfirmDeleteClient(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::ConfirmDeleteEntry, vec![]));
    out.push((Msg::YesDelete, vec![]));
    out.push((Msg::ContractTitle, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::TermsSummaryDays(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::TermsSummaryDayOfMonth(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::NoticeSummary(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::RevisionsSummary(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::RetainerSummary(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::HourlySummary(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::ProjectSummary(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::NoPricing, vec![]));
    out.push((Msg::StartedSummary(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::NoAccounts, vec![]));
    out.push((Msg::AccountsTitle, vec![]));
    out.push((Msg::HardTimeOngoing(text(0)), vec![V::Text(text(0))]));
    out.push((
        Msg::HardTimeBetween(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((Msg::EvidenceLog, vec![]));
    out.push((Msg::FilterByKind, vec![]));
    out.push((Msg::AllKinds, vec![]));
    out.push((Msg::AddEntry, vec![]));
    out.push((Msg::NewEntryTitle, vec![]));
    out.push((Msg::EditEntryTitle, vec![]));
    out.push((Msg::EntryKindLabel, vec![]));
    out.push((Msg::NoEntries, vec![]));
    out.push((Msg::NoEntriesOfKind, vec![]));
    out.push((Msg::Edit, vec![]));
    out.push((Msg::Delete, vec![]));
    out.push((Msg::EditEntryNamed(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::DeleteEntryNamed(text(0)), vec![V::Text(text(0))]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::EntryCount(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::SaveEntry, vec![]));
    out.push((Msg::Date, vec![]));
    out.push((Msg::Sent, vec![]));
    out.push((Msg::Topic, vec![]));
    out.push((Msg::Answered, vec![]));
    out.push((Msg::Submitted, vec![]));
    out.push((Msg::Item, vec![]));
    out.push((Msg::Rounds, vec![]));
    out.push((Msg::Approved, vec![]));
    out.push((Msg::Trivial, vec![]));
    out.push((Msg::InvoiceNumber, vec![]));
    out.push((Msg::Issued, vec![]));
    out.push((Msg::Due, vec![]));
    out.push((Msg::DueHint, vec![]));
    out.push((Msg::Amount, vec![]));
    out.push((Msg::Payments, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PaymentDate(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PaymentAmount(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::AddPayment, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::RemovePayment(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::IncidentKindLabel, vec![]));
    out.push((Msg::Details, vec![]));
    out.push((Msg::Hours, vec![]));
    out.push((Msg::HoursHint, vec![]));
    out.push((Msg::Description, vec![]));
    out.push((Msg::Deliverable, vec![]));
    out.push((Msg::InterventionKindLabel, vec![]));
    out.push((Msg::InterventionText, vec![]));
    out.push((Msg::NoteText, vec![]));
    out.push((Msg::RequestSummary(text(0)), vec![V::Text(text(0))]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::AnsweredAfter(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::WaitingSince(text(0)), vec![V::Text(text(0))]));
    for a1 in [1, 2, 5, 21] {
        out.push((
            Msg::ApprovalSummary(text(0), a1),
            vec![V::Text(text(0)), V::Num(a1 as i64)],
        ));
    }
    out.push((Msg::ApprovedOn(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::WaitingForApproval, vec![]));
    out.push((Msg::TrivialFlag, vec![]));
    out.push((
        Msg::InvoiceSummary(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((Msg::DueOn(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::PaidInFull(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::Outstanding(text(0)), vec![V::Text(text(0))]));
    out.push((
        Msg::WorkSummary(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((Msg::ForDeliverable(text(0)), vec![V::Text(text(0))]));
    for (a0, v0) in entry_kinds() {
        out.push((Msg::Kind(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in entry_kinds() {
        out.push((Msg::KindPlural(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in incident_kinds() {
        out.push((Msg::Incident(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in intervention_kinds() {
        out.push((Msg::Intervention(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in statuses() {
        out.push((Msg::Status(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in problems() {
        out.push((Msg::Problem(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in patterns() {
        out.push((Msg::Pattern(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in bands() {
        out.push((Msg::Band(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in trends() {
        out.push((Msg::TrendLabel(a0), vec![V::Many(v0.clone())]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ScoreOutOf(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::OutOfHundred, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::Points(a0), vec![V::Num(a0 as i64)]));
    }
    for (a0, v0) in summaries() {
        out.push((Msg::Summary(a0, Currency::EUR), vec![V::Many(v0.clone())]));
    }
    for (a1, v1) in reasons() {
        out.push((
            Msg::EvidenceLine(text(0), a1, Currency::EUR),
            vec![V::Text(text(0)), V::Many(v1.clone())],
        ));
    }
    for (a0, v0) in weights() {
        out.push((Msg::WeightNote(a0), vec![V::Many(v0.clone())]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ShowEvidence(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::NoEvidence, vec![]));
    out.push((Msg::GoToEntry(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::ScoresTitle, vec![]));
    out.push((Msg::VerdictTitle, vec![]));
    out.push((Msg::VerdictHealthy, vec![]));
    for (a0, v0) in patterns() {
        for a1 in [1, 2, 5, 21] {
            out.push((
                Msg::VerdictDriven(a0, a1, text(2)),
                vec![V::Many(v0.clone()), V::Num(a1 as i64), V::Text(text(2))],
            ));
        }
    }
    out.push((Msg::ExtraMileNote, vec![]));
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            out.push((
                Msg::LowConfidence(a0, a1),
                vec![V::Num(a0 as i64), V::Num(a1 as i64)],
            ));
        }
    }
    out.push((Msg::InvoiceLabel(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::QuotedLabel(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::WorkLabel(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::ColVerdict, vec![]));
    out.push((Msg::SortBy, vec![]));
    out.push((Msg::SortRisk, vec![]));
    out.push((Msg::SortName, vec![]));
    out.push((Msg::SortAdded, vec![]));
    out.push((Msg::NextStepTitle, vec![]));
    for (a0, v0) in steps() {
        out.push((Msg::StepTitle(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in steps() {
        out.push((Msg::StepWhy(a0), vec![V::Many(v0.clone())]));
    }
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            for (a2, v2) in patterns() {
                out.push((
                    Msg::StageOf(a0, a1, a2),
                    vec![V::Num(a0 as i64), V::Num(a1 as i64), V::Many(v2.clone())],
                ));
            }
        }
    }
    for (a0, v0) in intervention_kinds() {
        out.push((
            Msg::LastTaken(a0, text(1)),
            vec![V::Many(v0.clone()), V::Text(text(1))],
        ));
    }
    for (a1, v1) in steps() {
        out.push((
            Msg::WaitUntil(text(0), a1),
            vec![V::Text(text(0)), V::Many(v1.clone())],
        ));
    }
    out.push((Msg::MessageSubject, vec![]));
    out.push((Msg::MessageBody, vec![]));
    out.push((Msg::CopyMessage, vec![]));
    out.push((Msg::Copied, vec![]));
    out.push((Msg::CopyFailed, vec![]));
    out.push((Msg::MarkAsSent, vec![]));
    out.push((Msg::LoggedAsSent(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::AddNameHint, vec![]));
    out.push((Msg::StartParting, vec![]));
    out.push((Msg::PartingTitle, vec![]));
    out.push((Msg::PartingStarted(text(0)), vec![V::Text(text(0))]));
    for (a0, v0) in checks() {
        out.push((Msg::CheckLabel(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in checks() {
        out.push((Msg::CheckHint(a0), vec![V::Many(v0.clone())]));
    }
    out.push((Msg::CoolOffUntil(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::MoneyOwedNow(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::NothingOwed, vec![]));
    out.push((Msg::NoticeTitle, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::NoticeHint(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::GiveNoticeToday, vec![]));
    out.push((
        Msg::NoticeGivenOn(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((Msg::UndoNotice, vec![]));
    out.push((Msg::OfferAlternatives, vec![]));
    out.push((Msg::Colleague, vec![]));
    out.push((Msg::ProviderKind, vec![]));
    out.push((Msg::HandOverTitle, vec![]));
    out.push((Msg::HandOverAccount(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::HandOverWarning(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::NoAccountsToHandOver, vec![]));
    out.push((Msg::ReasonLabel, vec![]));
    for (a0, v0) in parting_reasons() {
        out.push((Msg::Reason(a0), vec![V::Many(v0.clone())]));
    }
    out.push((Msg::ReasonCustom, vec![]));
    out.push((Msg::ReasonCustomText, vec![]));
    out.push((Msg::TerminationLetter, vec![]));
    out.push((Msg::PartingComplete, vec![]));
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            out.push((
                Msg::PartingProgress(a0, a1),
                vec![V::Num(a0 as i64), V::Num(a1 as i64)],
            ));
        }
    }
    for (a0, v0) in record_kinds() {
        out.push((
            Msg::UnreadableKept(a0, text(1)),
            vec![V::Many(v0.clone()), V::Text(text(1))],
        ));
    }
    for (a0, v0) in record_kinds() {
        out.push((Msg::UnreadableNotKept(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in decode_errors() {
        out.push((Msg::DecodeReason(a0), vec![V::Many(v0.clone())]));
    }
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            out.push((
                Msg::NewerData(a0, a1),
                vec![V::Num(a0 as i64), V::Num(a1 as i64)],
            ));
        }
    }
    out.push((Msg::StorageUnavailable(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::WriteQuota, vec![]));
    out.push((Msg::WriteConflict, vec![]));
    out.push((Msg::WriteReadOnly, vec![]));
    out.push((Msg::WriteProtected, vec![]));
    out.push((Msg::WriteFailed(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::DownloadBackup, vec![]));
    out.push((Msg::DownloadUnreadable, vec![]));
    out.push((Msg::Dismiss, vec![]));
    out.push((Msg::ReadOnlyBadge, vec![]));
    out.push((Msg::SettingsTitle, vec![]));
    out.push((Msg::AboutYou, vec![]));
    out.push((Msg::AboutYouHint, vec![]));
    out.push((Msg::OwnerName, vec![]));
    out.push((Msg::Business, vec![]));
    out.push((Msg::SaveSettings, vec![]));
    out.push((Msg::BackupTitle, vec![]));
    out.push((Msg::BackupHint, vec![]));
    out.push((Msg::ExampleTitle, vec![]));
    out.push((Msg::ExampleHint, vec![]));
    out.push((Msg::ReportsLink, vec![]));
    out.push((Msg::ReportsTitle(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::ReportKindLabel, vec![]));
    out.push((Msg::ReportFinalOption, vec![]));
    out.push((Msg::ReportFinalHint, vec![]));
    out.push((Msg::ReportEvidenceOption, vec![]));
    out.push((Msg::ReportEvidenceHint, vec![]));
    out.push((Msg::ReportFrom, vec![]));
    out.push((Msg::ReportTo, vec![]));
    out.push((Msg::PrintReport, vec![]));
    out.push((Msg::DownloadMarkdown, vec![]));
    out.push((Msg::DownloadHtml, vec![]));
    out.push((Msg::ClientDataTitle, vec![]));
    out.push((Msg::ClientDataHint, vec![]));
    out.push((Msg::DownloadCsv, vec![]));
    out.push((Msg::DownloadJson, vec![]));
    out.push((Msg::Downloaded(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::DownloadFailed, vec![]));
    out.push((Msg::DigestLabel, vec![]));
    out.push((Msg::DigestHint, vec![]));
    out.push((Msg::CopyDigest, vec![]));
    out.push((Msg::PreviewLabel, vec![]));
    out.push((Msg::AddNameToReports, vec![]));
    out.push((Msg::RestoreTitle, vec![]));
    out.push((Msg::RestoreHint, vec![]));
    out.push((Msg::BackupFile, vec![]));
    out.push((Msg::ReadingFile, vec![]));
    out.push((Msg::FileUnreadable, vec![]));
    out.push((Msg::RestoreRefused, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((
            Msg::BackupSummary(a0, text(1)),
            vec![V::Num(a0 as i64), V::Text(text(1))],
        ));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ClientFileSummary(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::RestoreModeLabel, vec![]));
    out.push((Msg::RestoreMerge, vec![]));
    out.push((Msg::RestoreMergeHint, vec![]));
    out.push((Msg::RestoreReplace, vec![]));
    out.push((Msg::RestoreReplaceHint, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PlanAdd(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PlanReplace(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PlanUnchanged(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PlanRemove(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::PlanSettingsReplaced, vec![]));
    out.push((Msg::PlanSettingsKept, vec![]));
    out.push((Msg::PlanNothing, vec![]));
    out.push((Msg::RestoreNow, vec![]));
    out.push((Msg::FilterStatus, vec![]));
    out.push((Msg::FilterVerdict, vec![]));
    out.push((Msg::AllStatuses, vec![]));
    out.push((Msg::AllVerdicts, vec![]));
    out.push((Msg::NoMatch, vec![]));
    out.push((Msg::ColTrend, vec![]));
    out.push((Msg::ColRevenue12m, vec![]));
    out.push((Msg::ColRevenueAll, vec![]));
    out.push((Msg::ColHoursLogged, vec![]));
    out.push((Msg::ColRate, vec![]));
    out.push((Msg::ColOutstandingMoney, vec![]));
    out.push((Msg::ColWaiting, vec![]));
    out.push((Msg::ColExtraRounds, vec![]));
    out.push((Msg::SortTrouble, vec![]));
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            out.push((
                Msg::ShownCount(a0, a1),
                vec![V::Num(a0 as i64), V::Num(a1 as i64)],
            ));
        }
    }
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            out.push((
                Msg::ShowingFirst(a0, a1),
                vec![V::Num(a0 as i64), V::Num(a1 as i64)],
            ));
        }
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ShowAllRows(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::ParetoTitle, vec![]));
    out.push((Msg::ParetoDesc, vec![]));
    for a1 in [1, 2, 5, 21] {
        for a2 in [43] {
            for a3 in [43] {
                out.push((
                    Msg::ParetoSummary(text(0), a1, a2, a3),
                    vec![
                        V::Text(text(0)),
                        V::Num(a1 as i64),
                        V::Num(a2 as i64),
                        V::Num(a3 as i64),
                    ],
                ));
            }
        }
    }
    out.push((Msg::ParetoNoTrouble, vec![]));
    out.push((Msg::SeriesTrouble, vec![]));
    out.push((Msg::SeriesRevenue, vec![]));
    out.push((Msg::SeriesHours, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((
            Msg::ParetoOtherCurrency(a0, text(1)),
            vec![V::Num(a0 as i64), V::Text(text(1))],
        ));
    }
    out.push((Msg::AxisClients, vec![]));
    out.push((Msg::ShowAsTable, vec![]));
    out.push((Msg::ColClient, vec![]));
    out.push((Msg::ColTroubleShare, vec![]));
    out.push((Msg::ColCumTrouble, vec![]));
    out.push((Msg::ColCumRevenue, vec![]));
    out.push((Msg::ColCumHours, vec![]));
    out.push((Msg::ChartsTitle, vec![]));
    out.push((Msg::LatenessTitle, vec![]));
    out.push((Msg::LatenessDesc, vec![]));
    out.push((Msg::AnswerTimeTitle, vec![]));
    out.push((Msg::AnswerTimeDesc, vec![]));
    out.push((Msg::RoundsTitle, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::RoundsDesc(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ContractLine(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::NothingToChart, vec![]));
    out.push((Msg::StillOpen, vec![]));
    out.push((Msg::ColDaysCount, vec![]));
    out.push((Msg::ColRoundsCount, vec![]));
    out.push((Msg::ColItemLabel, vec![]));
    out.push((Msg::ColDateLabel, vec![]));
    out.push((Msg::NavImport, vec![]));
    out.push((Msg::MappingTitle, vec![]));
    out.push((Msg::MappingHint, vec![]));
    out.push((Msg::MappingKind, vec![]));
    for (a0, v0) in import_kinds() {
        out.push((Msg::ImportKind(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in roles() {
        for a1 in [true, false] {
            out.push((Msg::RoleLabel(a0, a1), vec![V::Many(v0.clone())]));
        }
    }
    out.push((Msg::NotInFile, vec![]));
    out.push((Msg::MappingIncomplete, vec![]));
    out.push((Msg::ImportTitle, vec![]));
    out.push((Msg::ImportHint, vec![]));
    out.push((Msg::ImportFile, vec![]));
    for (a0, v0) in read_errors() {
        out.push((Msg::ImportReadError(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in sources() {
        out.push((Msg::Recognised(a0), vec![V::Many(v0.clone())]));
    }
    out.push((Msg::DateOrderQuestion, vec![]));
    out.push((Msg::DayFirst, vec![]));
    out.push((Msg::MonthFirst, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PreviewNewClients(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PreviewMatched(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PreviewRows(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::PreviewSkipped(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        for (a1, v1) in plan_skips() {
            out.push((
                Msg::SkippedLine(a0, a1),
                vec![V::Num(a0 as i64), V::Many(v1.clone())],
            ));
        }
    }
    out.push((Msg::PreviewHours(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::PreviewInvoiced(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::PreviewPaid(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::DueFromTermsNote, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ImportNow(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ImportedRows(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::NothingNew, vec![]));
    out.push((Msg::PastImports, vec![]));
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            out.push((
                Msg::ImportSummary(a0, a1),
                vec![V::Num(a0 as i64), V::Num(a1 as i64)],
            ));
        }
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::UndoImport(a0), vec![V::Num(a0 as i64)]));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::ImportUndone(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::CopyName(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::ConflictNotice(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::KeepBoth, vec![]));
    out.push((Msg::UseOtherVersion, vec![]));
    out.push((Msg::ClearedElsewhere, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((Msg::UsageWarning(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((Msg::StorageTitle, vec![]));
    for a1 in [1, 2, 5, 21] {
        out.push((
            Msg::StorageUsed(text(0), a1),
            vec![V::Text(text(0)), V::Num(a1 as i64)],
        ));
    }
    out.push((Msg::StorageMeterLabel, vec![]));
    out.push((Msg::PersistGranted, vec![]));
    out.push((Msg::PersistDenied, vec![]));
    out.push((Msg::PersistUnknown, vec![]));
    out.push((Msg::PersistAsk, vec![]));
    out.push((Msg::ReminderTitle, vec![]));
    out.push((Msg::ReminderHint, vec![]));
    out.push((Msg::ReminderEveryChanges, vec![]));
    out.push((Msg::ReminderEveryDays, vec![]));
    out.push((Msg::ReminderOffHint, vec![]));
    out.push((Msg::SaveReminder, vec![]));
    out.push((Msg::LastBackup(text(0)), vec![V::Text(text(0))]));
    out.push((Msg::NoBackupYet, vec![]));
    for a0 in [1, 2, 5, 21] {
        for a1 in [Some(4), None] {
            out.push((
                Msg::ReminderDue(a0, a1),
                vec![V::Num(a0 as i64), V::OptNum(a1)],
            ));
        }
    }
    out.push((Msg::RemindLater, vec![]));
    for a0 in [1, 2, 5, 21] {
        for a1 in [43] {
            for a2 in [43] {
                out.push((
                    Msg::RestoreDone(a0, a1, a2),
                    vec![V::Num(a0 as i64), V::Num(a1 as i64), V::Num(a2 as i64)],
                ));
            }
        }
    }
    out.push((Msg::BackupFirst, vec![]));
    out.push((Msg::ThresholdsTitle, vec![]));
    out.push((Msg::ThresholdsHint, vec![]));
    out.push((Msg::SlowAnswerDays, vec![]));
    out.push((Msg::GraceDays, vec![]));
    out.push((Msg::SlowApprovalDays, vec![]));
    out.push((Msg::HalfLifeDays, vec![]));
    out.push((Msg::SaveThresholds, vec![]));
    out.push((Msg::ResetDefaults, vec![]));
    out.push((Msg::LanguageLabel, vec![]));
    for (a0, v0) in langs() {
        out.push((Msg::LanguageName(a0), vec![V::Many(v0.clone())]));
    }
    out.push((Msg::ClientLanguage, vec![]));
    out.push((Msg::ClientLanguageHint, vec![]));
    out.push((Msg::ClientLanguageDefault, vec![]));
    for (a0, v0) in langs() {
        out.push((Msg::ClientLanguageSummary(a0), vec![V::Many(v0.clone())]));
    }
    for (a0, v0) in langs() {
        out.push((Msg::WrittenIn(a0), vec![V::Many(v0.clone())]));
    }
    out.push((Msg::DocumentLanguage, vec![]));
    out.push((Msg::DocumentLanguageHint, vec![]));
    for (a0, v0) in langs() {
        out.push((Msg::TypedIntoLetter(a0), vec![V::Many(v0.clone())]));
    }
    out.push((Msg::SwitchLosesTyping, vec![]));
    out.push((Msg::KeepEditing, vec![]));
    out.push((Msg::SwitchAnyway, vec![]));
    out
}

pub fn report_texts() -> Vec<(ReportText, Vec<V>)> {
    let mut out = Vec::new();
    out.push((ReportText::FinalTitle(text(0)), vec![V::Text(text(0))]));
    out.push((ReportText::EvidenceTitle(text(0)), vec![V::Text(text(0))]));
    out.push((ReportText::ClientCompany(text(0)), vec![V::Text(text(0))]));
    out.push((ReportText::PreparedBy(text(0)), vec![V::Text(text(0))]));
    out.push((ReportText::PreparedOn(text(0)), vec![V::Text(text(0))]));
    out.push((
        ReportText::Period(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((ReportText::PrivateNotice, vec![]));
    out.push((ReportText::SummaryTitle, vec![]));
    out.push((ReportText::FactPeriod, vec![]));
    out.push((ReportText::FactWorked, vec![]));
    out.push((ReportText::FactInvoiced, vec![]));
    out.push((ReportText::FactPaid, vec![]));
    out.push((ReportText::FactOutstanding, vec![]));
    out.push((ReportText::WorkTitle, vec![]));
    for a1 in 1..=12 {
        out.push((ReportText::Month(2026, a1), vec![V::Num(2026)]));
    }
    out.push((ReportText::Total, vec![]));
    out.push((ReportText::NoWork, vec![]));
    out.push((ReportText::InvoicesTitle, vec![]));
    out.push((ReportText::PaidOn(text(0)), vec![V::Text(text(0))]));
    for a1 in [1, 2, 5, 21] {
        out.push((
            ReportText::PaidLate(text(0), a1),
            vec![V::Text(text(0)), V::Num(a1 as i64)],
        ));
    }
    for a0 in [1, 2, 5, 21] {
        out.push((ReportText::OverdueBy(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((ReportText::NotDueYet, vec![]));
    out.push((
        ReportText::OutstandingTotal(text(0)),
        vec![V::Text(text(0))],
    ));
    out.push((ReportText::NoInvoices, vec![]));
    out.push((ReportText::HandOverTitle, vec![]));
    out.push((ReportText::HandedOver, vec![]));
    out.push((ReportText::ToHandOver, vec![]));
    out.push((ReportText::NoAccounts, vec![]));
    out.push((ReportText::ClosingTitle, vec![]));
    out.push((
        ReportText::ClosingThanks(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((ReportText::ClosingOwed(text(0)), vec![V::Text(text(0))]));
    out.push((ReportText::ClosingHandedOver, vec![]));
    out.push((ReportText::ClosingWishes, vec![]));
    out.push((
        ReportText::SignOff(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    out.push((ReportText::ProblemsTitle, vec![]));
    out.push((ReportText::ProblemsIntro, vec![]));
    out.push((ReportText::RequestsTitle, vec![]));
    out.push((ReportText::ApprovalsTitle, vec![]));
    out.push((ReportText::IncidentsTitle, vec![]));
    out.push((ReportText::LateInvoicesTitle, vec![]));
    out.push((ReportText::MessagesTitle, vec![]));
    out.push((ReportText::NotesTitle, vec![]));
    out.push((ReportText::NothingInPeriod, vec![]));
    out.push((ReportText::NotAnswered, vec![]));
    for a0 in [1, 2, 5, 21] {
        out.push((ReportText::Days(a0), vec![V::Num(a0 as i64)]));
    }
    out.push((ReportText::ScoresTitle, vec![]));
    out.push((
        ReportText::ScoresIntro(text(0), text(1)),
        vec![V::Text(text(0)), V::Text(text(1))],
    ));
    for a1 in [1, 2, 5, 21] {
        out.push((
            ReportText::ScoreHeading(text(0), a1, text(2)),
            vec![V::Text(text(0)), V::Num(a1 as i64), V::Text(text(2))],
        ));
    }
    out.push((ReportText::NoEvidence, vec![]));
    out.push((ReportText::ColMonth, vec![]));
    out.push((ReportText::ColHours, vec![]));
    out.push((ReportText::ColDone, vec![]));
    out.push((ReportText::ColInvoice, vec![]));
    out.push((ReportText::ColIssued, vec![]));
    out.push((ReportText::ColDue, vec![]));
    out.push((ReportText::ColAmount, vec![]));
    out.push((ReportText::ColPaid, vec![]));
    out.push((ReportText::ColOutstanding, vec![]));
    out.push((ReportText::ColStatus, vec![]));
    out.push((ReportText::ColAccount, vec![]));
    out.push((ReportText::ColSent, vec![]));
    out.push((ReportText::ColTopic, vec![]));
    out.push((ReportText::ColAnswered, vec![]));
    out.push((ReportText::ColWaited, vec![]));
    out.push((ReportText::ColSubmitted, vec![]));
    out.push((ReportText::ColItem, vec![]));
    out.push((ReportText::ColRounds, vec![]));
    out.push((ReportText::ColIncluded, vec![]));
    out.push((ReportText::ColApproved, vec![]));
    out.push((ReportText::ColDate, vec![]));
    out.push((ReportText::ColWhat, vec![]));
    out.push((ReportText::ColDetails, vec![]));
    out.push((ReportText::ColDaysLate, vec![]));
    out.push((ReportText::ColPoints, vec![]));
    out.push((ReportText::ColWhy, vec![]));
    out.push((ReportText::ColKind, vec![]));
    out.push((ReportText::ColClosedOn, vec![]));
    out.push((ReportText::ColCurrency, vec![]));
    out
}
