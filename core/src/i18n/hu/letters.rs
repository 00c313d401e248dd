//! Hungarian messages and letters. Polite business register with *Ön*: short, warm and
//! professional; one point per message; nothing that invites an argument. Facts come from
//! `playbook::letters`. Typed names, dates and amounts never take a case ending.

use super::{LANG, az, plural, sentence};
use crate::i18n::words::{and_list, capitalised};
use crate::i18n::{date, money};
use crate::model::{PartingReason, PaymentTerms};
use crate::playbook::letters::{Letter, LetterKind, Overdue, Waiting};

/// When invoices must be paid, to follow "a számlákat … kell kiegyenlíteni".
fn terms(t: PaymentTerms) -> String {
    match t {
        PaymentTerms::DaysAfterInvoice(0) => "kézhezvételkor".to_owned(),
        PaymentTerms::DaysAfterInvoice(n) => format!(
            "a kiállítástól számított {} belül",
            plural(usize::from(n), "napon", "napon")
        ),
        PaymentTerms::DayOfMonth(d) => format!("minden hónap {d}. napján"),
    }
}

fn invoice_lines(l: &Letter, overdue: &[Overdue]) -> String {
    overdue
        .iter()
        .map(|o| {
            format!(
                "- {} számú számla: {}, fizetési határidő: {} ({} napja lejárt)",
                o.number,
                money(LANG, o.outstanding, l.currency),
                date(LANG, o.due),
                o.days
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
                "- „{}” – elküldve: {} ({} napja)",
                w.topic,
                date(LANG, w.sent),
                w.days
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// "a Brightside Café számára", or "az Ön számára" when no company is recorded.
fn for_them(l: &Letter) -> String {
    if l.company.is_empty() {
        "az Ön számára".to_owned()
    } else {
        format!("{} {} számára", az(&l.company), l.company)
    }
}

/// "a Brightside Café projektje", or "az Ön projektje" when no company is recorded.
fn their_project(l: &Letter) -> String {
    if l.company.is_empty() {
        "az Ön projektje".to_owned()
    } else {
        format!("{} {} projektje", az(&l.company), l.company)
    }
}

fn sign_off(l: &Letter, closing: &str) -> String {
    let names: Vec<String> = [&l.sender_name, &l.sender_business]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_owned())
        .collect();
    // The colon of a Hungarian closing introduces the signature; without one it is left off.
    let mut lines = vec![if names.is_empty() {
        closing.to_owned()
    } else {
        format!("{closing}:")
    }];
    lines.extend(names);
    lines.join("\n")
}

fn subject_invoices(overdue: &[Overdue], tail: &str) -> String {
    let numbers: Vec<String> = overdue.iter().map(|o| o.number.clone()).collect();
    match numbers.len() {
        0 => capitalised(tail),
        1 => format!("{} számú számla: {tail}", numbers[0]),
        _ => format!("{} számú számlák: {tail}", and_list(&numbers, "és")),
    }
}

fn reason(r: &PartingReason) -> String {
    let failure = |what: &str| format!("Nem tudok megfelelni az Ön igényeinek, mivel {what}.");
    match r {
        PartingReason::Payment => failure("a számláimat nem egyenlíti ki határidőre"),
        PartingReason::Responsiveness => {
            failure("a válaszai nem érkeznek meg elég időben ahhoz, hogy a munka haladni tudjon")
        }
        PartingReason::Control => failure(
            "nem teszi lehetővé, hogy minden lépés előzetes jóváhagyása nélkül végezzem a \
             megállapodott munkát",
        ),
        PartingReason::Fit => {
            "Úgy érzem, a szolgáltatásaim már nem felelnek meg az Ön igényeinek.".to_owned()
        }
        PartingReason::Custom(text) => {
            let text = text.trim().trim_end_matches('.').trim();
            let mut rest = text;
            for prefix in ["mivel ", "mert ", "az ügyfél "] {
                if rest
                    .get(..prefix.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
                {
                    rest = rest[prefix.len()..].trim_start();
                }
            }
            if rest.is_empty() {
                reason(&PartingReason::Fit)
            } else {
                failure(rest)
            }
        }
    }
}

/// The subject and body of a letter.
pub(in crate::i18n) fn letter(l: &Letter) -> (String, String) {
    let hi = format!("Kedves {}!", l.full_name);
    let (subject, paragraphs): (String, Vec<String>) = match &l.kind {
        LetterKind::PaymentTerms { terms: t } => (
            "Fizetési feltételeink".into(),
            vec![
                format!(
                    "Röviden szeretném tisztázni a fizetési feltételeinket, hogy semmi ne \
                     sikkadjon el: a számlákat {} kell kiegyenlíteni. A határidőre érkező \
                     fizetés lehetővé teszi, hogy fennakadás nélkül dolgozhassak az Ön \
                     projektjein.",
                    terms(*t)
                ),
                "Köszönöm az együttműködését!".into(),
            ],
        ),
        // With nothing overdue today, the reminder is of the terms and of paying on time from
        // here on; it mentions no current debt.
        LetterKind::PaymentReminder { terms: t, overdue } if overdue.is_empty() => (
            "Fizetési feltételek: barátságos emlékeztető".into(),
            vec![
                format!(
                    "Remélem, minden rendben van Önnél. Egy rövid, barátságos emlékeztetővel írok \
                     a fizetési feltételeinkről: megállapodásunk szerint a számlákat {} kell \
                     kiegyenlíteni.",
                    terms(*t)
                ),
                "Az utóbbi időben néhány fizetés késve érkezett meg, ezért megköszönném, ha a \
                 továbbiakban a számlákat határidőre kiegyenlítené. Így fennakadás nélkül \
                 dolgozhatok az Ön projektjein. Köszönöm!"
                    .into(),
            ],
        ),
        LetterKind::PaymentReminder { terms: t, overdue } => (
            subject_invoices(overdue, "barátságos emlékeztető"),
            vec![
                format!(
                    "Remélem, minden rendben van Önnél. Arra az esetre írok, ha {} volna a \
                     figyelmét – ez bárkivel megesik:",
                    if overdue.len() > 1 {
                        "a számláim elkerülték"
                    } else {
                        "a számlám elkerülte"
                    }
                ),
                invoice_lines(l, overdue),
                format!(
                    "Megállapodásunk szerint a számlákat {} kell kiegyenlíteni. Jelezné, kérem, \
                     mikorra várhatom a fizetést? Ha időközben már intézkedett, kérem, tekintse \
                     tárgytalannak ezt az üzenetet. Köszönöm!",
                    terms(*t)
                ),
            ],
        ),
        // With nothing overdue today, the pause rests on the repeated lateness: work resumes once
        // the next invoice is paid, and goes on while invoices are paid on time.
        LetterKind::PauseWork { overdue } if overdue.is_empty() => (
            "A munka szünetel a következő fizetésig".into(),
            vec![
                format!(
                    "Az utóbbi időben a fizetések többször is késve érkeztek meg. Annak \
                     érdekében, hogy ez ne ismétlődjön meg, a következő számla kiegyenlítéséig \
                     szüneteltetek minden, {} végzett munkát. Ezt követően mindaddig \
                     zavartalanul folytatom a munkát, amíg a számlák határidőre rendeződnek.",
                    for_them(l)
                ),
                "Ha valami közbejött, szívesen átbeszélem Önnel.".into(),
            ],
        ),
        LetterKind::PauseWork { overdue } => (
            subject_invoices(overdue, "a munka szünetel a fizetésig"),
            vec![
                if overdue.len() > 1 {
                    "Az alábbi számlák összege még nem érkezett meg hozzám:".into()
                } else {
                    "Az alábbi számla összege még nem érkezett meg hozzám:".into()
                },
                invoice_lines(l, overdue),
                format!(
                    "Annak érdekében, hogy a tartozás ne nőjön tovább, szüneteltetek minden, {} \
                     végzett munkát, amíg nem hallok Önről. Amint a fizetés megérkezik, \
                     haladéktalanul folytatom a munkát.",
                    for_them(l)
                ),
                "Ha valami közbejött, szívesen átbeszélem Önnel.".into(),
            ],
        ),
        LetterKind::ResumeWork => (
            "A fizetés megérkezett: a munka folytatódik".into(),
            vec![
                "Köszönöm, a fizetés megérkezett. Azonnal folytatom a munkát, és hamarosan \
                 ismét tartjuk az ütemtervet."
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
                    "Ahhoz, hogy {} a terv szerint haladjon, időben szükségem van az Ön \
                     válaszaira. Az utóbbi időben ezek sokáig váratnak magukra.",
                    their_project(l)
                ));
            } else {
                p.push(format!(
                    "Ahhoz, hogy {} a terv szerint haladjon, néhány kérdésben az Ön válaszára \
                     van szükségem. Ezek még nyitottak:",
                    their_project(l)
                ));
                p.push(waiting_lines(waiting));
            }
            let slipped = match deadlines_slipped {
                0 => String::new(),
                1 => " Emiatt már egy határidő is csúszott.".into(),
                n => format!(" Emiatt már {n} határidő csúszott."),
            };
            // With no open question listed, there are no "ezek a pontok" and nothing waits for a
            // reply this week: the ask is for answers in good time from now on.
            if waiting.is_empty() {
                p.push(format!(
                    "Az Ön visszajelzése nélkül nem tudok továbblépni: minden várakozással telt \
                     hét késlelteti a projektet, és szűkíti, mennyit tehetek Önért.{slipped}"
                ));
                p.push(
                    "Tudna a jövőben néhány napon belül válaszolni a kérdéseimre? Ha a \
                     csapatából valaki más is tud válaszolni, kérem, jelezze, kihez fordulhatok."
                        .into(),
                );
            } else {
                p.push(format!(
                    "Ezeken a pontokon az Ön visszajelzése nélkül nem tudok továbblépni: minden \
                     várakozással telt hét késlelteti a projektet, és szűkíti, mennyit tehetek \
                     Önért.{slipped}"
                ));
                p.push(
                    "Tudna válaszolni még ezen a héten? Ha a csapatából valaki más is tud \
                     válaszolni, kérem, jelezze, kihez fordulhatok."
                        .into(),
                );
            }
            ("A projekt haladása érdekében".into(), p)
        }
        LetterKind::WayOfWorking {
            items_over,
            included,
            access_withheld,
        } => {
            let mut facts = Vec::new();
            if *items_over > 0 {
                facts.push(format!(
                    "{items_over} anyag esetében a megállapodott {included} javítási körnél \
                     többre volt szükség"
                ));
            }
            if *access_withheld {
                facts.push(
                    "még mindig nincs hozzáférésem az összes fiókhoz, amelyet az Ön számára kezelek"
                        .into(),
                );
            }
            let facts = if facts.is_empty() {
                String::new()
            } else {
                format!(" Az utóbbi időben {}.", facts.join(", és "))
            };
            (
                "Közös munkánk menete".into(),
                vec![
                    format!(
                        "Szeretném, ha {} sikeres lenne, ezért őszintén elmondom, mi áll az \
                         útjában.{facts} Ha minden lépést előre jóvá kell hagyni, az időm nagy \
                         része várakozással és apró módosításokkal telik, nem pedig azzal a \
                         munkával, amelyre megbízott, és ez az eredményeken is meglátszik.",
                        their_project(l)
                    ),
                    format!(
                        "Ahhoz, hogy a megállapodott munkát jól végezhessem, mozgástérre van \
                         szükségem a megállapodásunk keretein belül: anyagonként {included} \
                         javítási körre, és teljes hozzáférésre az általam kezelt fiókokhoz. \
                         Beszélhetnénk a héten arról, hogyan érhetjük ezt el?"
                    ),
                ],
            )
        }
        LetterKind::ExtraMile => (
            "Csak érdeklődöm".into(),
            vec![
                "Sajnálom, ha az utóbbi időben a közös munkánk bármivel is terhet rótt Önre ebben \
                 a nehéz időszakban; ez soha nem volt szándékomban. Ha valami nem úgy sikerült, \
                 ahogy Önnek szüksége lett volna rá, kérem, szóljon, és rendbe hozom."
                    .into(),
                format!(
                    "Levehetek valamit a válláról a következő hetekben? Szívesen módosítom a \
                     terveket, hogy {}.",
                    if l.company.is_empty() {
                        "minden zökkenőmentesen haladjon".to_owned()
                    } else {
                        format!(
                            "{} {} ügyei zökkenőmentesen haladjanak",
                            az(&l.company),
                            l.company
                        )
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
                "Úgy döntöttem, hogy befejezem a közös munkánkat. {}",
                reason(why)
            )];
            p.push(if *notice_days == 0 {
                sentence(format!(
                    "{} végzett munkám utolsó napja: {}",
                    capitalised(&for_them(l)),
                    date(LANG, *notice_end)
                ))
            } else {
                format!(
                    "Megállapodásunk {notice_days} napos felmondási időt ír elő, így {} végzett \
                     munkám utolsó napja {} lesz. Addig befejezem a folyamatban lévő munkákat.",
                    for_them(l),
                    date(LANG, *notice_end)
                )
            });
            if !accounts.is_empty() {
                let mut hand_over = format!(
                    "Az utolsó munkanapomig átadom Önnek a teljes hozzáférést mindenhez, amit \
                     az Ön számára kezelek: {}.",
                    and_list(accounts, "és")
                );
                if owed.0 > 0 {
                    hand_over.push_str(&format!(
                        " Az átadásra a fennálló tartozás ({}) rendezése után kerül sor.",
                        money(LANG, *owed, l.currency)
                    ));
                }
                p.push(hand_over);
            }
            if let Some(alt) = alternatives {
                p.push(match (alt.colleague.is_empty(), alt.provider_kind.is_empty()) {
                    (false, false) => format!(
                        "A folytatáshoz {} jó választás lehet, vagy {} jobban kiszolgálhatja az \
                         igényeit.",
                        alt.colleague, alt.provider_kind
                    ),
                    (false, true) => {
                        format!("A folytatáshoz {} jó választás lehet.", alt.colleague)
                    }
                    (true, false) => format!(
                        "A folytatáshoz {} jobban kiszolgálhatja az igényeit.",
                        alt.provider_kind
                    ),
                    (true, true) => "Ha gondolja, szívesen ajánlok valakit, aki jobban illik az \
                                     Ön elképzeléseihez."
                        .into(),
                });
            }
            p.push(format!(
                "Hamarosan elküldöm Önnek a záró beszámolót az elvégzett munkáról. Köszönöm a \
                 lehetőséget, és sok sikert kívánok {}.",
                if l.company.is_empty() {
                    "Önnek".to_owned()
                } else {
                    format!("Önnek és {} {} csapatának", az(&l.company), l.company)
                }
            ));
            ("Közös munkánk lezárása".into(), p)
        }
    };
    let closing = if matches!(l.kind, LetterKind::ExtraMile) {
        "Szívélyes üdvözlettel"
    } else {
        "Üdvözlettel"
    };
    let mut body = vec![hi];
    body.extend(paragraphs.into_iter().filter(|p| !p.is_empty()));
    body.push(sign_off(l, closing));
    (subject, body.join("\n\n"))
}
