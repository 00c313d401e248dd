//! Finnish messages and letters. Short, warm and professional; one point per message; nothing
//! that invites an argument. The client is addressed as *sinä*, greeted by first name. Facts come
//! from `playbook::letters`.

use super::{LANG, compound, days, days_genitive};
use crate::i18n::words::{and_list, capitalised};
use crate::i18n::{date, money};
use crate::model::{PartingReason, PaymentTerms};
use crate::playbook::letters::{Letter, LetterKind, Overdue, Waiting};

/// When invoices fall due, to follow "laskut erääntyvät …".
fn terms(t: PaymentTerms) -> String {
    match t {
        PaymentTerms::DaysAfterInvoice(0) => "heti, kun ne saapuvat".to_owned(),
        PaymentTerms::DaysAfterInvoice(n) => {
            format!(
                "{} kuluttua laskun päiväyksestä",
                days_genitive(i64::from(n))
            )
        }
        PaymentTerms::DayOfMonth(d) => format!("kunkin kuukauden {d}. päivänä"),
    }
}

fn invoice_lines(l: &Letter, overdue: &[Overdue]) -> String {
    overdue
        .iter()
        .map(|o| {
            format!(
                "- Lasku {}: {}, eräpäivä {} ({} sitten)",
                o.number,
                money(LANG, o.outstanding, l.currency),
                date(LANG, o.due),
                days(o.days)
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
                "- ”{}”, kysytty {} ({} sitten)",
                w.topic,
                date(LANG, w.sent),
                days(w.days)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The client's engagement or project, already in the case the sentence needs: a compound such
/// as "Acme-toimeksiannon" when a company is recorded (the name itself is never inflected), else
/// the possessive form such as "toimeksiantosi".
fn theirs(l: &Letter, with_company: &str, without: &str) -> String {
    if l.company.trim().is_empty() {
        without.to_owned()
    } else {
        compound(&l.company, with_company)
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
        1 => format!("Lasku {}: {tail}", numbers[0]),
        _ => format!("Laskut {}: {tail}", and_list(&numbers, "ja")),
    }
}

fn reason(r: &PartingReason) -> String {
    let failure = |why: &str| format!("En pysty enää vastaamaan tarpeisiisi, koska {why}.");
    match r {
        PartingReason::Payment => failure("laskuja ei makseta ajallaan"),
        PartingReason::Responsiveness => {
            failure("en saa vastauksia niin ajoissa, että työ voisi edetä")
        }
        PartingReason::Control => {
            failure("en voi tehdä sovittua työtä ilman, että jokainen vaihe hyväksytetään erikseen")
        }
        PartingReason::Fit => "En usko, että palveluni vastaavat enää tarpeitasi.".to_owned(),
        PartingReason::Custom(text) => {
            let text = text.trim().trim_end_matches('.').trim();
            let text = ["koska ", "Koska "]
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
    let hi = format!("Hei {},", l.recipient);
    let (subject, paragraphs): (String, Vec<String>) = match &l.kind {
        LetterKind::PaymentTerms { terms: t } => (
            "Näin laskutus toimii jatkossa".into(),
            vec![
                format!(
                    "Lyhyesti maksuehdoistamme, jotta mikään ei pääse unohtumaan: laskut \
                     erääntyvät {}. Kun maksut tulevat ajallaan, voin pitää työt käynnissä \
                     ilman katkoja.",
                    terms(*t)
                ),
                "Kiitos, kun huomioit tämän.".into(),
            ],
        ),
        // With nothing overdue today, the reminder is of the terms and of paying on time from
        // here on; it mentions no current debt.
        LetterKind::PaymentReminder { terms: t, overdue } if overdue.is_empty() => (
            "Maksuehdot: ystävällinen muistutus".into(),
            vec![
                format!(
                    "Toivottavasti kaikki on hyvin. Muistutan ystävällisesti maksuehdoistamme: \
                     sopimuksemme mukaan laskut erääntyvät {}.",
                    terms(*t)
                ),
                "Osa viime aikojen maksuista on saapunut vasta eräpäivän jälkeen, joten toivon, \
                 että laskut maksetaan jatkossa eräpäivään mennessä. Kun maksut tulevat ajallaan, voin \
                 pitää työt käynnissä ilman katkoja. Kiitos, kun huomioit tämän."
                    .into(),
            ],
        ),
        LetterKind::PaymentReminder { terms: t, overdue } => (
            subject_invoices(overdue, "ystävällinen muistutus"),
            vec![
                "Toivottavasti kaikki on hyvin. Kirjoitan siltä varalta, että laskuni on jäänyt \
                 huomaamatta – niin käy meille kaikille joskus:"
                    .into(),
                invoice_lines(l, overdue),
                format!(
                    "Sopimuksemme mukaan laskut erääntyvät {}. Voisitko kertoa, milloin voin \
                     odottaa maksua? Jos maksu on jo matkalla, voit jättää tämän viestin \
                     huomiotta – kiitos!",
                    terms(*t)
                ),
            ],
        ),
        // With nothing overdue today, the pause rests on the repeated lateness: work resumes once
        // the next invoice is paid, and goes on while invoices are paid on time.
        LetterKind::PauseWork { overdue } if overdue.is_empty() => (
            "Työt tauolla seuraavaan maksuun asti".into(),
            vec![
                format!(
                    "Maksut ovat toistuvasti saapuneet sovittua myöhemmin. Jotta näin ei \
                     jatkuisi, keskeytän kaikki työt {} parissa, kunnes seuraava lasku on \
                     maksettu. Sen jälkeen jatkan töitä normaalisti, kunhan laskut maksetaan \
                     ajallaan.",
                    theirs(l, "toimeksiannon", "toimeksiantosi")
                ),
                "Jos jotain yllättävää on tullut eteen, keskustelen asiasta mielelläni.".into(),
            ],
        ),
        LetterKind::PauseWork { overdue } => (
            subject_invoices(overdue, "työt tauolla maksuun asti"),
            vec![
                if overdue.len() == 1 {
                    "En ole vielä saanut maksua seuraavasta laskusta:".into()
                } else {
                    "En ole vielä saanut maksua seuraavista laskuista:".into()
                },
                invoice_lines(l, overdue),
                format!(
                    "Jotta avoin summa ei kasva enempää, keskeytän kaikki työt {} parissa, \
                     kunnes kuulen sinusta. Kun maksu on saapunut, jatkan töitä \
                     viipymättä.",
                    theirs(l, "toimeksiannon", "toimeksiantosi")
                ),
                "Jos jotain yllättävää on tullut eteen, keskustelen asiasta mielelläni.".into(),
            ],
        ),
        LetterKind::ResumeWork => (
            "Maksu saatu: työt jatkuvat".into(),
            vec![
                "Kiitos, maksusi on saapunut. Jatkan töitä heti ja olen pian taas aikataulussa."
                    .into(),
            ],
        ),
        LetterKind::TimelyAnswers {
            waiting,
            deadlines_slipped,
        } => {
            let project = theirs(l, "projekti", "projektisi");
            let mut p = Vec::new();
            if waiting.is_empty() {
                p.push(format!(
                    "Jotta {project} pysyy aikataulussa, tarvitsen sinulta vastauksia ajoissa. \
                     Viime aikoina niitä on saanut odottaa."
                ));
            } else {
                p.push(format!(
                    "Jotta {project} pysyy aikataulussa, tarvitsen sinulta muutaman vastauksen. \
                     Nämä ovat vielä avoinna:"
                ));
                p.push(waiting_lines(waiting));
            }
            let slipped = match deadlines_slipped {
                0 => String::new(),
                1 => " Odottaminen on jo siirtänyt yhden määräajan.".into(),
                n => format!(" Odottaminen on jo siirtänyt {n} määräaikaa."),
            };
            // With no open question listed, there are no "näissä kohdissa" and nothing waits for
            // a reply this week: the ask is for answers in good time from now on.
            if waiting.is_empty() {
                p.push(format!(
                    "En voi edetä ilman vastauksiasi. Jokainen odotusviikko viivästyttää \
                     projektiasi ja rajoittaa sitä, kuinka paljon voin tehdä hyväksesi.{slipped}"
                ));
                p.push(
                    "Voisitko jatkossa vastata muutaman päivän kuluessa? Jos joku muu tiimistäsi \
                     voi vastata, ohjaa minut hänen puoleensa."
                        .into(),
                );
            } else {
                p.push(format!(
                    "En voi edetä näissä kohdissa ilman vastauksiasi. Jokainen odotusviikko \
                     viivästyttää projektiasi ja rajoittaa sitä, kuinka paljon voin tehdä \
                     hyväksesi.{slipped}"
                ));
                p.push(
                    "Voisitko vastata tällä viikolla? Jos joku muu tiimistäsi voi vastata, ohjaa \
                     minut hänen puoleensa."
                        .into(),
                );
            }
            ("Projektisi eteneminen".into(), p)
        }
        LetterKind::WayOfWorking {
            items_over,
            included,
            access_withheld,
        } => {
            let rounds = if *included == 1 {
                "1 korjauskierros".to_owned()
            } else {
                format!("{included} korjauskierrosta")
            };
            let over = (*items_over > 0).then(|| {
                let items = if *items_over == 1 {
                    "1 kohde".to_owned()
                } else {
                    format!("{items_over} kohdetta")
                };
                format!("{items} vaati enemmän korjauskierroksia kuin sovimme ({included})")
            });
            const NO_ACCESS: &str = "ole pääsyä kaikkiin tileihin, joita hallinnoin puolestasi";
            // A negative clause joins with "eikä", not "ja ei".
            let facts = match (over, *access_withheld) {
                (None, false) => String::new(),
                (Some(over), false) => format!(" Viime aikoina {over}."),
                (None, true) => format!(" Minulla ei vieläkään {NO_ACCESS}."),
                (Some(over), true) => {
                    format!(" Viime aikoina {over}, eikä minulla vieläkään {NO_ACCESS}.")
                }
            };
            (
                "Yhteistyömme käytännöt".into(),
                vec![
                    format!(
                        "Haluan, että {} onnistuu, joten kerron avoimesti, mikä on esteenä.{facts} \
                         Kun jokainen vaihe hyväksytetään etukäteen, suurin osa ajastani kuluu \
                         odottamiseen ja pieniin korjauksiin sen työn sijaan, jota varten minut \
                         palkattiin, ja tulokset kärsivät siitä.",
                        theirs(l, "projekti", "projektisi")
                    ),
                    format!(
                        "Jotta voin tehdä sovitun työn hyvin, tarvitsen tilaa toimia sen \
                         puitteissa, mistä olemme sopineet: {rounds} kohdetta kohden ja \
                         täydet käyttöoikeudet tileihin, joita hallinnoin. Voisimmeko \
                         keskustella tällä viikolla siitä, miten pääsemme tähän?"
                    ),
                ],
            )
        }
        LetterKind::ExtraMile => (
            "Mitä kuuluu?".into(),
            vec![
                "Pahoittelen, jos jokin viimeaikaisessa työssämme on tuonut lisäkuormaa \
                 vaikeaan aikaan; se ei ole koskaan ollut tarkoitukseni. Jos jokin ei mennyt \
                 niin kuin tarvitsit, kerro minulle, niin korjaan asian."
                    .into(),
                format!(
                    "Voinko ottaa jotain hoitaakseni tulevina viikkoina? Muokkaan suunnitelmia \
                     mielelläni, jotta {}",
                    if l.company.trim().is_empty() {
                        "kaikki sujuu jatkossakin mutkattomasti.".to_owned()
                    } else {
                        format!("{} pyörii jatkossakin mutkattomasti.", l.company.trim())
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
            let engagement = theirs(l, "toimeksiannon", "toimeksiantosi");
            let mut p = vec![format!(
                "Olen päättänyt lopettaa yhteistyömme. {}",
                reason(why)
            )];
            p.push(if *notice_days == 0 {
                format!(
                    "Viimeinen työpäiväni {engagement} parissa on {}.",
                    date(LANG, *notice_end)
                )
            } else {
                format!(
                    "Sopimuksemme irtisanomisaika on {}, joten viimeinen työpäiväni {engagement} \
                     parissa on {}. Siihen asti viimeistelen keskeneräiset työt.",
                    days(i64::from(*notice_days)),
                    date(LANG, *notice_end)
                )
            });
            if !accounts.is_empty() {
                let mut hand_over = format!(
                    "Siihen mennessä luovutan sinulle täydet käyttöoikeudet kaikkeen, mitä \
                     hallinnoin puolestasi: {}.",
                    and_list(accounts, "ja")
                );
                if owed.0 > 0 {
                    hand_over.push_str(&format!(
                        " Luovutus tehdään, kun avoin saldo {} on maksettu.",
                        money(LANG, *owed, l.currency)
                    ));
                }
                p.push(hand_over);
            }
            if let Some(alt) = alternatives {
                p.push(
                    match (alt.colleague.is_empty(), alt.provider_kind.is_empty()) {
                        (false, false) => format!(
                            "Jatkoa ajatellen {} voisi sopia sinulle hyvin tai {} voisi \
                             palvella tarpeitasi paremmin.",
                            alt.colleague, alt.provider_kind
                        ),
                        (false, true) => format!(
                            "Jatkoa ajatellen {} voisi sopia sinulle hyvin.",
                            alt.colleague
                        ),
                        (true, false) => format!(
                            "Jatkoa ajatellen {} voisi palvella tarpeitasi paremmin.",
                            alt.provider_kind
                        ),
                        (true, true) => "Jos siitä on apua, suosittelen mielelläni jotakuta, joka \
                                         sopisi tarpeisiisi paremmin."
                            .into(),
                    },
                );
            }
            p.push(format!(
                "Lähetän sinulle loppuraportin tekemästäni työstä. Kiitos mahdollisuudesta \
                 työskennellä kanssasi. Toivotan {} kaikkea hyvää ja menestystä jatkossa.",
                if l.company.trim().is_empty() {
                    "sinulle".to_owned()
                } else {
                    format!("sinulle ja koko {}", compound(&l.company, "tiimille"))
                }
            ));
            ("Yhteistyömme päättyminen".into(), p)
        }
    };
    let closing = if matches!(l.kind, LetterKind::ExtraMile) {
        "Lämpimin terveisin"
    } else {
        "Ystävällisin terveisin"
    };
    let mut body = vec![hi];
    body.extend(paragraphs.into_iter().filter(|p| !p.is_empty()));
    body.push(sign_off(l, closing));
    (subject, body.join("\n\n"))
}
