//! A stored parting checklist (unchanged since version 1).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{Check, Parting, PartingReason};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartingDto {
    pub started: NaiveDate,
    pub reason: PartingReasonDto,
    #[serde(default = "yes")]
    pub offer_alternatives: bool,
    #[serde(default)]
    pub colleague: String,
    #[serde(default)]
    pub provider_kind: String,
    #[serde(default)]
    pub checked: Vec<CheckDto>,
    #[serde(default)]
    pub notice_given: Option<NaiveDate>,
    #[serde(default)]
    pub handed_over: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PartingReasonDto {
    Payment,
    Responsiveness,
    Control,
    Fit,
    Custom { text: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckDto {
    CoolOff,
    ContractReviewed,
    PaidWorkDelivered,
    MoneyOwed,
    Conversation,
    Alternatives,
    FinalReport,
}

impl PartingDto {
    pub fn from_domain(p: &Parting) -> PartingDto {
        PartingDto {
            started: p.started,
            reason: match &p.reason {
                PartingReason::Payment => PartingReasonDto::Payment,
                PartingReason::Responsiveness => PartingReasonDto::Responsiveness,
                PartingReason::Control => PartingReasonDto::Control,
                PartingReason::Fit => PartingReasonDto::Fit,
                PartingReason::Custom(text) => PartingReasonDto::Custom { text: text.clone() },
            },
            offer_alternatives: p.offer_alternatives,
            colleague: p.colleague.clone(),
            provider_kind: p.provider_kind.clone(),
            checked: p
                .checked
                .iter()
                .map(|c| match c {
                    Check::CoolOff => CheckDto::CoolOff,
                    Check::ContractReviewed => CheckDto::ContractReviewed,
                    Check::PaidWorkDelivered => CheckDto::PaidWorkDelivered,
                    Check::MoneyOwed => CheckDto::MoneyOwed,
                    Check::Conversation => CheckDto::Conversation,
                    Check::Alternatives => CheckDto::Alternatives,
                    Check::FinalReport => CheckDto::FinalReport,
                })
                .collect(),
            notice_given: p.notice_given,
            handed_over: p.handed_over.clone(),
        }
    }

    pub fn into_domain(self) -> Parting {
        let mut parting = Parting::new(
            self.started,
            match self.reason {
                PartingReasonDto::Payment => PartingReason::Payment,
                PartingReasonDto::Responsiveness => PartingReason::Responsiveness,
                PartingReasonDto::Control => PartingReason::Control,
                PartingReasonDto::Fit => PartingReason::Fit,
                PartingReasonDto::Custom { text } => PartingReason::Custom(text),
            },
        );
        parting.offer_alternatives = self.offer_alternatives;
        parting.colleague = self.colleague;
        parting.provider_kind = self.provider_kind;
        for c in self.checked {
            parting.set(
                match c {
                    CheckDto::CoolOff => Check::CoolOff,
                    CheckDto::ContractReviewed => Check::ContractReviewed,
                    CheckDto::PaidWorkDelivered => Check::PaidWorkDelivered,
                    CheckDto::MoneyOwed => Check::MoneyOwed,
                    CheckDto::Conversation => Check::Conversation,
                    CheckDto::Alternatives => Check::Alternatives,
                    CheckDto::FinalReport => Check::FinalReport,
                },
                true,
            );
        }
        parting.notice_given = self.notice_given;
        for account in self.handed_over {
            parting.set_handed_over(&account, true);
        }
        parting
    }
}
