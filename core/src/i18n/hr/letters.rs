//! Croatian messages and letters. Short, warm and professional, in the polite "Vi" of business
//! letters; one point per message; nothing that invites an argument. The writer never uses a
//! gendered past tense or conditional ("odlučio sam", "bio bih"), since neither side's gender is
//! known. Facts come from `playbook::letters`.

use super::{LANG, days_gen, pick, sentence};
use crate::i18n::words::{and_list, capitalised};
use crate::i18n::{date, money};
use crate::model::{PartingReason, PaymentTerms};
use crate::playbook::letters::{Letter, LetterKind, Overdue, Waiting};

/// When invoices are due, to follow "računi dospijevaju".
fn terms(t: PaymentTerms) -> String {
    match t {
        PaymentTerms::DaysAfterInvoice(0) => "po primitku".to_owned(),
        PaymentTerms::DaysAfterInvoice(n) => {
            format!("u roku od {} od datuma izdavanja", days_gen(i64::from(n)))
        }
        PaymentTerms::DayOfMonth(d) => format!("{d}. dana u mjesecu"),
    }
}

fn invoice_lines(l: &Letter, overdue: &[Overdue]) -> String {
    overdue
        .iter()
        .map(|o| {
            format!(
                "- račun {} na iznos od {}, dospio {} (prije {})",
                o.number,
                money(LANG, o.outstanding, l.currency),
                date(LANG, o.due),
                days_gen(o.days)
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
                "- „{}“, upit poslan {} (prije {})",
                w.topic,
                date(LANG, w.sent),
                days_gen(w.days)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// "za Vas", or "za tvrtku <company>" when a company is recorded. The typed name stays in the
/// nominative after "tvrtku", so a Croatian name ("Kavana Luna") needs no declension.
fn for_them(l: &Letter) -> String {
    if l.company.is_empty() {
        "za Vas".to_owned()
    } else {
        format!("za tvrtku {}", l.company)
    }
}

/// "Vaš <what>", or "<what> za tvrtku <company>" when a company is recorded (`what` is
/// masculine).
fn theirs(l: &Letter, what: &str) -> String {
    if l.company.is_empty() {
        format!("Vaš {what}")
    } else {
        format!("{what} {}", for_them(l))
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
        0 => capitalised(tail),
        1 => format!("Račun {}: {tail}", numbers[0]),
        _ => format!("Računi {}: {tail}", and_list(&numbers, "i")),
    }
}

/// The one reason, completing "Više ne mogu ispunjavati Vaše potrebe jer …".
fn reason(r: &PartingReason) -> String {
    let failure = |why: &str| format!("Nažalost, više ne mogu ispunjavati Vaše potrebe jer {why}.");
    match r {
        PartingReason::Payment => failure("se računi ne plaćaju na vrijeme"),
        PartingReason::Responsiveness => {
            failure("odgovori ne stižu dovoljno brzo da bi posao mogao napredovati")
        }
        PartingReason::Control => {
            failure("mi ne dopuštate da dogovoreni posao obavljam bez odobravanja svakog koraka")
        }
        PartingReason::Fit => {
            "Smatram da moje usluge više ne odgovaraju Vašim potrebama.".to_owned()
        }
        PartingReason::Custom(text) => {
            let text = text.trim().trim_end_matches('.').trim();
            let text = ["jer ", "Jer "]
                .iter()
                .find_map(|p| text.strip_prefix(p))
                .unwrap_or(text)
                .trim();
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
    let hi = format!("Dobar dan, {},", l.recipient);
    let (subject, paragraphs): (String, Vec<String>) = match &l.kind {
        LetterKind::PaymentTerms { terms: t } => (
            "Uvjeti plaćanja računa".into(),
            vec![
                format!(
                    "Šaljem kratku napomenu kako bi uvjeti plaćanja bili jasni i kako ništa ne bi \
                     promaknulo: računi dospijevaju {}. Pravovremeno plaćanje omogućuje mi da \
                     posao za Vas nastavim bez prekida.",
                    terms(*t)
                ),
                "Hvala Vam na razumijevanju.".into(),
            ],
        ),
        // With nothing overdue today, the reminder is of the terms and of paying on time from
        // here on; it mentions no current debt.
        LetterKind::PaymentReminder { terms: t, overdue } if overdue.is_empty() => (
            "Uvjeti plaćanja: prijateljski podsjetnik".into(),
            vec![
                format!(
                    "Nadam se da ste dobro. Javljam se s kratkim podsjetnikom na uvjete \
                     plaćanja: prema dogovoru, računi dospijevaju {}.",
                    terms(*t)
                ),
                "Nekoliko je uplata u posljednje vrijeme stiglo nakon datuma dospijeća, pa Vas \
                 molim da ubuduće račune podmirujete na vrijeme. Pravovremeno plaćanje omogućuje \
                 mi da posao za Vas nastavim bez prekida. Hvala Vam na razumijevanju."
                    .into(),
            ],
        ),
        LetterKind::PaymentReminder { terms: t, overdue } => (
            subject_invoices(overdue, "prijateljski podsjetnik"),
            vec![
                format!(
                    "Nadam se da ste dobro. Javljam se za slučaj da Vam je {}; to se svakome \
                     dogodi:",
                    if overdue.len() == 1 {
                        "račun promaknuo"
                    } else {
                        "nekoliko računa promaknulo"
                    }
                ),
                invoice_lines(l, overdue),
                format!(
                    "Prema dogovoru, računi dospijevaju {}. Možete li mi javiti kada mogu \
                     očekivati uplatu? Ako je uplata već na putu, zanemarite ovu poruku. Hvala \
                     Vam.",
                    terms(*t)
                ),
            ],
        ),
        // With nothing overdue today, the pause rests on the repeated lateness: work resumes once
        // the next invoice is paid, and goes on while invoices are paid on time.
        LetterKind::PauseWork { overdue } if overdue.is_empty() => (
            "Rad je obustavljen do sljedeće uplate".into(),
            vec![
                format!(
                    "Uplate su već nekoliko puta stigle nakon dogovorenog roka. Kako se to ne bi \
                     ponavljalo, obustavljam sav rad {} dok sljedeći račun ne bude plaćen. Nakon \
                     toga rad se nastavlja bez zastoja sve dok se računi plaćaju na vrijeme.",
                    for_them(l)
                ),
                "Ako je nešto iskrsnulo, rado ću o tome razgovarati.".into(),
            ],
        ),
        LetterKind::PauseWork { overdue } => (
            subject_invoices(overdue, "rad je obustavljen do uplate"),
            vec![
                format!(
                    "Uplata za {} još nije zaprimljena:",
                    if overdue.len() == 1 {
                        "sljedeći račun"
                    } else {
                        "sljedeće račune"
                    }
                ),
                invoice_lines(l, overdue),
                format!(
                    "Kako se dug ne bi dalje povećavao, obustavljam sav rad {} dok mi se ne \
                     javite. Čim uplata stigne, odmah nastavljam s radom.",
                    for_them(l)
                ),
                "Ako je nešto iskrsnulo, rado ću o tome razgovarati.".into(),
            ],
        ),
        LetterKind::ResumeWork => (
            "Uplata je zaprimljena: rad se nastavlja".into(),
            vec![
                "Hvala Vam, uplata je stigla. Odmah nastavljam s radom i uskoro se sve vraća na \
                 planirani raspored."
                    .into(),
            ],
        ),
        LetterKind::TimelyAnswers {
            waiting,
            deadlines_slipped,
        } => {
            let project = theirs(l, "projekt");
            let mut p = Vec::new();
            if waiting.is_empty() {
                p.push(format!(
                    "Kako bi {project} tekao prema planu, trebam Vaše odgovore na vrijeme. U \
                     posljednje vrijeme stižu sa zakašnjenjem."
                ));
            } else {
                p.push(format!(
                    "Kako bi {project} tekao prema planu, trebam nekoliko odgovora od Vas. {}",
                    if waiting.len() == 1 {
                        "Još je otvoren ovaj upit:"
                    } else {
                        "Još su otvoreni ovi upiti:"
                    }
                ));
                p.push(waiting_lines(waiting));
            }
            let slipped = match deadlines_slipped {
                0 => String::new(),
                1 => " Zbog toga je već pomaknut jedan rok.".into(),
                n => {
                    let n64 = u64::from(*n);
                    format!(
                        " Zbog toga {} već pomaknut{} {n} {}.",
                        pick(n64, "je", "su", "je"),
                        pick(n64, "", "a", "o"),
                        pick(n64, "rok", "roka", "rokova")
                    )
                }
            };
            // With no open question listed, there are no "ti dijelovi posla" and nothing waits
            // for a reply this week: the ask is for answers in good time from now on.
            if waiting.is_empty() {
                p.push(format!(
                    "Bez Vaših odgovora ne mogu nastaviti s poslom, a svaki tjedan čekanja \
                     odgađa Vaš projekt i ograničava koliko Vam mogu pomoći.{slipped}"
                ));
                p.push(
                    "Možete li ubuduće odgovarati u roku od nekoliko dana? Ako netko drugi iz \
                     Vašeg tima može odgovoriti, samo me uputite na tu osobu."
                        .into(),
                );
            } else {
                p.push(format!(
                    "Bez Vaših odgovora ne mogu nastaviti s tim dijelovima posla, a svaki tjedan \
                     čekanja odgađa Vaš projekt i ograničava koliko Vam mogu pomoći.{slipped}"
                ));
                p.push(
                    "Možete li odgovoriti ovaj tjedan? Ako netko drugi iz Vašeg tima može \
                     odgovoriti, samo me uputite na tu osobu."
                        .into(),
                );
            }
            ("Nastavak rada na Vašem projektu".into(), p)
        }
        LetterKind::WayOfWorking {
            items_over,
            included,
            access_withheld,
        } => {
            let inc = u64::from(*included);
            let rounds = format!(
                "{included} {}",
                pick(inc, "krug izmjena", "kruga izmjena", "krugova izmjena")
            );
            let mut facts = Vec::new();
            if *items_over > 0 {
                facts.push(format!(
                    "kod {items_over} {} trebalo je više od {included} {}",
                    pick(u64::from(*items_over), "stavke", "stavke", "stavki"),
                    pick(
                        inc,
                        "dogovorenog kruga izmjena",
                        "dogovorena kruga izmjena",
                        "dogovorenih krugova izmjena"
                    )
                ));
            }
            if *access_withheld {
                facts.push(
                    "još uvijek nemam pristup svim profilima kojima upravljam za Vas".to_owned(),
                );
            }
            let facts = if facts.is_empty() {
                String::new()
            } else {
                format!(" U posljednje vrijeme {}.", and_list(&facts, "i"))
            };
            (
                "Kako surađujemo".into(),
                vec![
                    format!(
                        "Stalo mi je da {} uspije, zato želim otvoreno reći što nam stoji na putu.{facts} \
                         Kad se svaki korak mora unaprijed odobriti, većina mog vremena odlazi \
                         na čekanje i sitne prilagodbe umjesto na posao za koji ste me \
                         angažirali, a to se vidi i na rezultatima.",
                        theirs(l, "posao")
                    ),
                    format!(
                        "Da bi dogovoreni posao bio dobro obavljen, trebam slobodu rada u okviru \
                         našeg dogovora: {rounds} po stavci i pun pristup profilima \
                         kojima upravljam. Možemo li ovaj tjedan razgovarati o tome kako to \
                         postići?"
                    ),
                ],
            )
        }
        LetterKind::ExtraMile => (
            "Kako ste?".into(),
            vec![
                "Žao mi je ako je išta u našem nedavnom radu dodatno otežalo ovo teško razdoblje; \
                 to nikada nije bila moja namjera. Ako nešto nije ispalo onako kako Vam je \
                 trebalo, recite mi i ispravit ću to."
                    .into(),
                format!(
                    "Mogu li Vas u sljedećih nekoliko tjedana nečega rasteretiti? Rado ću \
                     prilagoditi planove kako bi {} i dalje teklo bez zastoja.",
                    if l.company.is_empty() {
                        "sve".to_owned()
                    } else {
                        format!("sve {}", for_them(l))
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
                "Ovim Vas putem obavještavam da prekidam našu suradnju. {}",
                reason(why)
            )];
            p.push(if *notice_days == 0 {
                sentence(&format!(
                    "Posljednji dan mog rada {} je {}",
                    for_them(l),
                    date(LANG, *notice_end)
                ))
            } else {
                format!(
                    "{} Do tada ću dovršiti započeti posao.",
                    sentence(&format!(
                        "Naš ugovor predviđa otkazni rok od {}, pa će posljednji dan mog rada {} \
                         biti {}",
                        days_gen(i64::from(*notice_days)),
                        for_them(l),
                        date(LANG, *notice_end)
                    ))
                )
            });
            if !accounts.is_empty() {
                let mut hand_over = format!(
                    "Do posljednjeg dana predat ću Vam pun pristup svemu čime upravljam za Vas: {}.",
                    and_list(accounts, "i")
                );
                if owed.0 > 0 {
                    hand_over.push_str(&format!(
                        " Primopredaja slijedi nakon uplate nepodmirenog iznosa od {}.",
                        money(LANG, *owed, l.currency)
                    ));
                }
                p.push(hand_over);
            }
            if let Some(alt) = alternatives {
                p.push(
                    match (alt.colleague.is_empty(), alt.provider_kind.is_empty()) {
                        (false, false) => format!(
                            "Za ono što slijedi dobar izbor može biti {}, a Vašim potrebama možda \
                         bolje odgovara {}.",
                            alt.colleague, alt.provider_kind
                        ),
                        (false, true) => {
                            format!(
                                "Za ono što slijedi dobar izbor može biti {}.",
                                alt.colleague
                            )
                        }
                        (true, false) => format!(
                            "Za ono što slijedi Vašim potrebama možda bolje odgovara {}.",
                            alt.provider_kind
                        ),
                        (true, true) => "Ako Vam to može pomoći, rado ću preporučiti nekoga tko \
                             bi bolje odgovarao Vašim potrebama."
                            .into(),
                    },
                );
            }
            p.push(format!(
                "Poslat ću Vam završno izvješće o svemu što je za Vas napravljeno. Zahvaljujem na \
                 prilici i {}.",
                if l.company.is_empty() {
                    "želim Vam puno uspjeha".to_owned()
                } else {
                    format!("želim Vama i tvrtki {} puno uspjeha", l.company)
                }
            ));
            ("Završetak naše suradnje".into(), p)
        }
    };
    let closing = if matches!(l.kind, LetterKind::ExtraMile) {
        "Srdačan pozdrav,"
    } else {
        "Lijep pozdrav,"
    };
    let mut body = vec![hi];
    body.extend(paragraphs.into_iter().filter(|p| !p.is_empty()));
    body.push(sign_off(l, closing));
    (subject, body.join("\n\n"))
}
