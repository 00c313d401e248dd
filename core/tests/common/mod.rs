//! Shared test helpers: a store two "tabs" can share, proptest strategies for whole clients, and
//! the example late payer the golden reports are written from.

#![allow(dead_code)] // Each test crate uses a different part of this module.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use clientwise_core::i18n::Lang;
use clientwise_core::model::{
    Added, Approval, Cents, Check, Client, ClientId, Currency, EntryBody, HardTime, Imported,
    Incident, IncidentKind, Intervention, InterventionKind, Invoice, Minutes, Note, Parting,
    PartingReason, Payment, PaymentTerms, Pricing, Request, Settings, Status, Work,
};
use clientwise_core::storage::{KvError, KvStore, MemoryStore};
use proptest::prelude::*;

/// One store seen by several repositories, like localStorage seen by several tabs.
#[derive(Clone, Default)]
pub struct SharedStore(pub Rc<RefCell<MemoryStore>>);

impl KvStore for SharedStore {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        self.0.borrow().keys()
    }
}

pub fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid") + chrono::Duration::days(n)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0_i64..4000).prop_map(day)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ,.'\"<>&]{1,30}",
        any::<String>(),
        Just("<script>alert(1)</script>".to_owned()),
        Just("=HYPERLINK(\"x\")".to_owned()),
        Just("Ünïcødé ✓ Հայերեն \u{202e}".to_owned()),
    ]
}

fn cents() -> impl Strategy<Value = Cents> {
    (0_i64..10_000_000_000).prop_map(Cents)
}

fn body() -> impl Strategy<Value = EntryBody> {
    prop_oneof![
        (date(), text(), proptest::option::of(date())).prop_map(|(sent, topic, answered)| {
            EntryBody::Request(Request {
                sent,
                topic,
                answered,
            })
        }),
        (
            date(),
            text(),
            0_u16..20,
            proptest::option::of(date()),
            any::<bool>()
        )
            .prop_map(|(submitted, item, rounds, approved, trivial)| {
                EntryBody::Approval(Approval {
                    submitted,
                    item,
                    rounds,
                    approved,
                    trivial,
                })
            }),
        (
            text(),
            date(),
            date(),
            cents(),
            proptest::collection::vec((date(), cents()), 0..3)
        )
            .prop_map(|(number, issued, due, amount, payments)| {
                EntryBody::Invoice(Invoice {
                    number,
                    issued,
                    due,
                    amount,
                    payments: payments
                        .into_iter()
                        .map(|(date, amount)| Payment { date, amount })
                        .collect(),
                })
            }),
        (
            date(),
            proptest::sample::select(IncidentKind::ALL.to_vec()),
            text()
        )
            .prop_map(|(date, kind, note)| EntryBody::Incident(Incident {
                date,
                kind,
                note
            })),
        (date(), 0_u32..1440, text(), text()).prop_map(|(date, m, description, deliverable)| {
            EntryBody::Work(Work {
                date,
                duration: Minutes(m),
                description,
                deliverable,
            })
        }),
        (
            date(),
            proptest::sample::select(InterventionKind::ALL.to_vec()),
            text()
        )
            .prop_map(|(date, kind, text)| EntryBody::Intervention(Intervention {
                date,
                kind,
                text
            })),
        (date(), text()).prop_map(|(date, text)| EntryBody::Note(Note { date, text })),
    ]
}

fn terms() -> impl Strategy<Value = PaymentTerms> {
    prop_oneof![
        (0_u16..=365).prop_map(PaymentTerms::DaysAfterInvoice),
        (1_u8..=31).prop_map(PaymentTerms::DayOfMonth),
    ]
}

fn pricing() -> impl Strategy<Value = Pricing> {
    prop_oneof![
        Just(Pricing::None),
        cents().prop_map(Pricing::Retainer),
        cents().prop_map(Pricing::Hourly),
        cents().prop_map(Pricing::Project),
    ]
}

fn parting() -> impl Strategy<Value = Parting> {
    (
        date(),
        prop_oneof![
            Just(PartingReason::Payment),
            Just(PartingReason::Fit),
            text().prop_map(PartingReason::Custom),
        ],
        any::<bool>(),
        text(),
        proptest::collection::vec(proptest::sample::select(Check::ALL.to_vec()), 0..4),
        proptest::option::of(date()),
        proptest::collection::vec(text(), 0..2),
    )
        .prop_map(
            |(started, reason, offer, colleague, checks, notice, handed)| {
                let mut p = Parting::new(started, reason);
                p.offer_alternatives = offer;
                p.colleague = colleague;
                for c in checks {
                    p.set(c, true);
                }
                p.notice_given = notice;
                for a in handed {
                    p.set_handed_over(&a, true);
                }
                p
            },
        )
}

/// Any valid client, with up to `max_entries` log entries (some of them later deleted, so that
/// entry ids have gaps).
pub fn client(id: u32, max_entries: usize) -> impl Strategy<Value = Client> {
    (
        (
            text(),
            text(),
            text(),
            proptest::sample::select(vec!["EUR", "USD", "JPY", "KWD", "HUF"]),
        ),
        (
            terms(),
            any::<u16>(),
            any::<u16>(),
            pricing(),
            text(),
            proptest::collection::vec(text(), 0..3),
        ),
        (
            proptest::sample::select(Status::ALL.to_vec()),
            text(),
            proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
        ),
        proptest::collection::vec((date(), proptest::option::of(date()), text()), 0..2),
        proptest::collection::vec((body(), any::<bool>()), 0..=max_entries),
        proptest::option::of(date()),
        proptest::option::of(parting()),
    )
        .prop_map(
            move |(who, contract, state, hard, entries, started, parting)| {
                let mut c = Client::new(ClientId(id), who.0);
                c.company = who.1;
                c.contact = who.2;
                c.currency = who.3.parse::<Currency>().expect("valid code");
                c.contract.payment_terms = contract.0;
                c.contract.notice_days = contract.1;
                c.contract.included_revisions = contract.2;
                c.contract.pricing = contract.3;
                c.contract.scope = contract.4;
                c.contract.accounts = contract.5;
                c.contract.started = started;
                c.status = state.0;
                c.parting = parting;
                c.notes = state.1;
                c.language = state.2;
                c.hard_times = hard
                    .into_iter()
                    .map(|(start, end, note)| HardTime { start, end, note })
                    .collect();
                for (i, (body, keep)) in entries.into_iter().enumerate() {
                    let id = c.add_entry(body);
                    // Some entries come from an import (version 2 of the stored format).
                    if i % 3 == 1 {
                        c.imported.push(Imported {
                            import: 1 + i as u32 % 2,
                            fingerprint: format!("{:016x}", i * 7919),
                            added: if i % 2 == 0 {
                                Added::Entry(id)
                            } else {
                                Added::Payment {
                                    invoice: id,
                                    date: day(i as i64),
                                    amount: Cents(i as i64 * 100),
                                }
                            },
                        });
                    }
                    if !keep {
                        c.remove_entry(id);
                    }
                }
                if c.imported.len() > 1 {
                    c.created_by_import = Some(1);
                }
                c
            },
        )
}

/// The example's late payer (Tom Brightside) in `lang`, in the middle of parting on `today`:
/// one account handed over, one not.
pub fn late_payer(lang: Lang, today: NaiveDate) -> Client {
    let mut next = 0;
    let mut client = clientwise_core::example::clients(lang, today, || {
        next += 1;
        ClientId(next)
    })
    .into_iter()
    .find(|c| c.company == "Brightside Café")
    .expect("the example has a late payer");
    let mut parting =
        clientwise_core::model::Parting::new(today, clientwise_core::model::PartingReason::Payment);
    parting.set_handed_over("Instagram", true);
    client.parting = Some(parting);
    client
}

/// The user the golden reports are signed by.
pub fn signed_settings() -> Settings {
    Settings {
        owner_name: "Sam Rivera".into(),
        business: "Rivera Studio".into(),
        ..Settings::default()
    }
}

/// Compares `actual` with the golden file `tests/golden/<relative>`, or writes it when
/// `UPDATE_GOLDEN` is set (then read the diff before committing it).
pub fn golden(relative: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(relative);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder created");
        std::fs::write(&path, actual).expect("golden file written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden file {relative}; run with UPDATE_GOLDEN=1"));
    assert!(
        expected == actual,
        "{relative} differs from its golden file; run with UPDATE_GOLDEN=1 and read the diff"
    );
}
