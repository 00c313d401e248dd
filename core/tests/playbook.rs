//! The playbook: each remedy advances stage by stage as its messages are logged as sent, and
//! every message comes out filled from the record.

use chrono::{Days, NaiveDate};
use clientwise_core::example;
use clientwise_core::i18n::{self, Lang};
use clientwise_core::model::{
    Cents, Client, ClientId, EntryBody, Intervention, InterventionKind, Invoice, Parting,
    PartingReason, Payment, PaymentTerms, Pricing, Request, Settings, Thresholds,
};
use clientwise_core::playbook::letters::{self, Letter};
use clientwise_core::playbook::{Advice, Step, advise};
use clientwise_core::scoring::{Pattern, assess};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid")
}

fn ago(days: u64) -> NaiveDate {
    today().checked_sub_days(Days::new(days)).expect("valid")
}

fn advice(client: &Client) -> Vec<Advice> {
    let th = Thresholds::DEFAULT;
    advise(client, &assess(client, &th, today()), &th, today())
}

fn first_step(client: &Client) -> Step {
    advice(client)[0].step
}

fn log(client: &mut Client, kind: InterventionKind, day: NaiveDate) {
    client.add_entry(EntryBody::Intervention(Intervention {
        date: day,
        kind,
        text: "Sent.".into(),
    }));
}

fn examples() -> Vec<Client> {
    let mut n = 0;
    example::clients(Lang::En, today(), || {
        n += 1;
        ClientId(n)
    })
}

fn example(company: &str) -> Client {
    examples()
        .into_iter()
        .find(|c| c.company == company)
        .expect("example exists")
}

#[test]
fn the_non_paying_remedy_advances_stage_by_stage() {
    let mut tom = example("Brightside Café");
    let a = advice(&tom);
    assert_eq!(a[0].step, Step::PaymentReminder);
    assert_eq!(a[0].stage, Some((2, 4)));

    log(&mut tom, InterventionKind::PaymentReminder, today());
    let a = advice(&tom);
    assert_eq!(a[0].step, Step::PauseWork);
    assert_eq!(a[0].wait_until, Some(today() + chrono::Duration::days(7)));
    assert_eq!(
        a[0].last_taken,
        Some((InterventionKind::PaymentReminder, today()))
    );

    log(&mut tom, InterventionKind::WorkPaused, today());
    let a = advice(&tom);
    assert_eq!(a[0].step, Step::PartWays(Pattern::NonPaying));
    assert_eq!(a[0].stage, Some((4, 4)));

    // Everything paid: say so and resume promptly.
    let ids: Vec<_> = tom.entries().iter().map(|e| e.id).collect();
    for id in ids {
        if let Some(EntryBody::Invoice(i)) = tom.entry(id).map(|e| e.body.clone()) {
            let mut paid = i.clone();
            if paid.outstanding() > Cents::ZERO {
                paid.payments.push(Payment {
                    date: today(),
                    amount: paid.outstanding(),
                });
            }
            tom.update_entry(id, EntryBody::Invoice(paid));
        }
    }
    let steps: Vec<Step> = advice(&tom).iter().map(|a| a.step).collect();
    assert!(steps.contains(&Step::ResumeWork), "{steps:?}");
}

#[test]
fn terms_come_first_when_nothing_is_overdue_yet() {
    let mut c = Client::new(ClientId(1), "Sam Lee");
    c.contract.pricing = Pricing::Retainer(Cents(1_000_00));
    for (i, late) in [0_i64, 8, 16, 25].into_iter().enumerate() {
        let issued = ago(150 - 30 * i as u64);
        let due = issued + chrono::Duration::days(14);
        c.add_entry(EntryBody::Invoice(Invoice {
            number: format!("S-{i}"),
            issued,
            due,
            amount: Cents(1_000_00),
            payments: vec![Payment {
                date: due + chrono::Duration::days(late),
                amount: Cents(1_000_00),
            }],
        }));
    }
    assert_eq!(first_step(&c), Step::StatePaymentTerms);
    log(&mut c, InterventionKind::PaymentTermsStated, ago(5));
    assert_eq!(first_step(&c), Step::KeepWatching(Pattern::NonPaying));
}

#[test]
fn the_two_stage_remedies_part_ways_only_after_being_ignored() {
    let jonas = example("Nordlys Outdoor");
    // The example already told them, and questions stayed open after: part ways.
    assert_eq!(first_step(&jonas), Step::PartWays(Pattern::Unresponsive));

    let mut fresh = jonas.clone();
    let told: Vec<_> = fresh
        .entries()
        .iter()
        .filter(|e| matches!(e.body, EntryBody::Intervention(_)))
        .map(|e| e.id)
        .collect();
    for id in told {
        fresh.remove_entry(id);
    }
    assert_eq!(first_step(&fresh), Step::AskForTimelyAnswers);

    let vera = example("Vela Fashion");
    assert_eq!(first_step(&vera), Step::PartWays(Pattern::Controlling));
}

#[test]
fn a_hard_time_turns_the_advice_to_the_extra_mile_and_healthy_needs_nothing() {
    assert_eq!(first_step(&example("Oak & Ivy Florists")), Step::ExtraMile);
    assert_eq!(first_step(&example("Harbour Dental")), Step::Nothing);
}

fn settings() -> Settings {
    Settings {
        owner_name: "Sam Rivera".into(),
        business: "Rivera Social".into(),
        ..Settings::default()
    }
}

/// A message with nothing left unfilled: no braces, no "undefined", no empty bullet or
/// sentence, no doubled spaces.
fn assert_filled(letter: &Letter) -> String {
    let m = i18n::letter(Lang::En, letter);
    let all = format!("{}\n{}", m.subject, m.body);
    for bad in [
        "{",
        "}",
        "undefined",
        "None",
        "Some(",
        "NaN",
        "  ",
        " ,",
        " .",
        "- \n",
        "\n\n\n",
    ] {
        assert!(!all.contains(bad), "{bad:?} in:\n{all}");
    }
    assert!(!m.subject.trim().is_empty());
    all
}

#[test]
fn every_step_message_is_filled_from_the_record() {
    let tom = example("Brightside Café");
    let reminder =
        letters::for_step(Step::PaymentReminder, &tom, &settings(), today()).expect("letter");
    let text = assert_filled(&reminder);
    assert!(
        text.starts_with("Invoices BC-05 and BC-06: a friendly reminder"),
        "{text}"
    );
    assert!(text.contains("Hi Tom,"));
    assert!(
        text.contains("- Invoice BC-05 for €900.00, due 1 Oct 2026 (53 days ago)"),
        "{text}"
    );
    assert!(text.contains("invoices are due on the 1st of each month"));
    assert!(text.ends_with("Best regards,\nSam Rivera\nRivera Social"));

    let pause = assert_filled(
        &letters::for_step(Step::PauseWork, &tom, &settings(), today()).expect("letter"),
    );
    assert!(pause.contains("pausing all work on Brightside Café's account"));

    let jonas = example("Nordlys Outdoor");
    let answers = assert_filled(
        &letters::for_step(Step::AskForTimelyAnswers, &jonas, &settings(), today())
            .expect("letter"),
    );
    assert!(
        answers.contains("- “Prices for the winter range”, asked on 9 Oct 2026 (45 days ago)"),
        "{answers}"
    );
    assert!(answers.contains("It has already moved one deadline."));

    let vera = example("Vela Fashion");
    let way = assert_filled(
        &letters::for_step(Step::ExplainWayOfWorking, &vera, &settings(), today()).expect("letter"),
    );
    assert!(
        way.contains("5 items needed more than the 2 revision rounds we agreed"),
        "{way}"
    );

    for step in [Step::StatePaymentTerms, Step::ResumeWork, Step::ExtraMile] {
        assert_filled(&letters::for_step(step, &tom, &settings(), today()).expect("letter"));
    }
    for step in [
        Step::Nothing,
        Step::KeepWatching(Pattern::NonPaying),
        Step::PartWays(Pattern::NonPaying),
    ] {
        assert!(letters::for_step(step, &tom, &settings(), today()).is_none());
    }
}

#[test]
fn an_unsigned_message_is_still_whole() {
    let mut c = Client::new(ClientId(1), "Ada");
    c.contract.payment_terms = PaymentTerms::DaysAfterInvoice(0);
    let text = assert_filled(
        &letters::for_step(Step::StatePaymentTerms, &c, &Settings::default(), today())
            .expect("letter"),
    );
    assert!(text.contains("invoices are due on receipt"));
    assert!(
        text.ends_with("Thank you, I appreciate it.\n\nBest regards,"),
        "{text}"
    );
}

#[test]
fn the_termination_letter_keeps_to_one_reason_and_lists_the_hand_over() {
    let mut tom = example("Brightside Café");
    let mut parting = Parting::new(today(), PartingReason::Payment);
    parting.colleague = "Dana Ortiz (dana@example.com)".into();
    parting.notice_given = Some(today());
    tom.parting = Some(parting.clone());
    let text = assert_filled(&letters::termination(&tom, &settings(), today()));
    assert!(text.contains("given your failure to pay invoices on time."));
    assert!(text.contains("30 days of notice, so my last working day for Brightside Café's account will be 23 Dec 2026"), "{text}");
    assert!(text.contains(
        "full access to everything I manage for you: Instagram and Google Business profile."
    ));
    assert!(text.contains("follows settlement of the outstanding balance of €1,800.00"));
    assert!(text.contains("Dana Ortiz (dana@example.com) may be a good fit"));

    parting.offer_alternatives = false;
    parting.reason = PartingReason::Custom("to keep to the agreed scope.".into());
    tom.parting = Some(parting);
    let text = assert_filled(&letters::termination(&tom, &settings(), today()));
    assert!(!text.contains("For what comes next"));
    assert!(
        text.contains("given your failure to keep to the agreed scope."),
        "{text}"
    );

    let mut quiet = Client::new(ClientId(2), "Lee");
    quiet.add_entry(EntryBody::Request(Request {
        sent: ago(3),
        topic: "x".into(),
        answered: None,
    }));
    let text = assert_filled(&letters::termination(&quiet, &Settings::default(), today()));
    assert!(text.contains("I no longer think my services fit your needs."));
}
