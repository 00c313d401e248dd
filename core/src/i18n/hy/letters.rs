//! Armenian messages and letters. Short, warm and professional, in the formal «Դուք»
//! (capitalised, as Armenian business letters write it); one point per message; nothing that
//! invites an argument. Facts come from `playbook::letters`.

use super::{LANG, days, days_of};
use crate::i18n::locale::Plural;
use crate::i18n::words::{and_list, capitalised};
use crate::i18n::{date, money};
use crate::model::{PartingReason, PaymentTerms};
use crate::playbook::letters::{Letter, LetterKind, Overdue, Waiting};

/// The singular or the plural phrase, by how many things a list holds (CLDR category).
fn by_count<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    match crate::i18n::plural(LANG, n as u64) {
        Plural::One => one,
        Plural::Few | Plural::Other => other,
    }
}

/// When invoices fall due, to complete «հաշիվները ենթակա են վճարման …».
fn terms(t: PaymentTerms) -> String {
    match t {
        PaymentTerms::DaysAfterInvoice(0) => "ստանալուն պես".to_owned(),
        PaymentTerms::DaysAfterInvoice(n) => {
            format!("դուրս գրման ամսաթվից {} ընթացքում", days_of(i64::from(n)))
        }
        PaymentTerms::DayOfMonth(d) => format!("յուրաքանչյուր ամսի {d}-ին"),
    }
}

fn invoice_lines(l: &Letter, overdue: &[Overdue]) -> String {
    overdue
        .iter()
        .map(|o| {
            format!(
                "- Հաշիվ {}՝ {}, վճարման ժամկետը՝ {} ({} առաջ)",
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
                "- «{}»՝ հարցրել եմ {}-ին ({} առաջ)",
                w.topic,
                date(LANG, w.sent),
                days(w.days)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// "For you" or "for «Company»": a name the client typed is never inflected, it stands in
/// quotes before the word «ընկերություն».
fn for_them(l: &Letter) -> String {
    if l.company.is_empty() {
        "Ձեզ համար".to_owned()
    } else {
        format!("«{}» ընկերության համար", l.company)
    }
}

/// "Your project" or "«Company»'s project", as a subject.
fn their(l: &Letter, what: &str) -> String {
    if l.company.is_empty() {
        format!("Ձեր {what}")
    } else {
        format!("«{}» ընկերության {what}", l.company)
    }
}

fn sign_off(l: &Letter, closing: &str) -> String {
    let names: Vec<String> = [&l.sender_name, &l.sender_business]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_owned())
        .collect();
    // The բութ of an Armenian closing («Հարգանքով՝») introduces the signature; without one it is
    // left off.
    let mut lines = vec![if names.is_empty() {
        closing.trim_end_matches('՝').to_owned()
    } else {
        closing.to_owned()
    }];
    lines.extend(names);
    lines.join("\n")
}

fn subject_invoices(overdue: &[Overdue], tail: &str) -> String {
    let numbers: Vec<String> = overdue.iter().map(|o| o.number.clone()).collect();
    match numbers.len() {
        0 => capitalised(tail),
        1 => format!("Հաշիվ {}՝ {tail}", numbers[0]),
        _ => format!("Հաշիվներ {}՝ {tail}", and_list(&numbers, "և")),
    }
}

/// The one reason, as a whole sentence: «…, քանի որ {what}։».
fn reason(r: &PartingReason) -> String {
    let failure =
        |what: &str| format!("Ցավոք, այլևս չեմ կարող բավարարել Ձեր կարիքները, քանի որ {what}։");
    match r {
        PartingReason::Payment => failure("հաշիվները ժամանակին չեն վճարվում"),
        PartingReason::Responsiveness => {
            failure("պատասխանները չեն ստացվում այնքան ժամանակին, որ աշխատանքը կարողանա առաջ գնալ")
        }
        PartingReason::Control => failure(
            "համաձայնեցված աշխատանքը հնարավոր չէ կատարել առանց յուրաքանչյուր քայլի նախնական \
             հաստատման",
        ),
        PartingReason::Fit => {
            "Այլևս չեմ կարծում, որ իմ ծառայությունները համապատասխանում են Ձեր կարիքներին։"
                .to_owned()
        }
        PartingReason::Custom(text) => {
            let text = text.trim().trim_end_matches(['.', '։', '…']).trim();
            let prefix = "քանի որ";
            let text = match text.get(..prefix.len()) {
                Some(head) if head.to_lowercase() == prefix => text[prefix.len()..].trim(),
                _ => text,
            };
            let text = text.trim_start_matches(['…', ',']).trim();
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
    let hi = format!("Հարգելի {},", l.recipient);
    let (subject, paragraphs): (String, Vec<String>) = match &l.kind {
        LetterKind::PaymentTerms { terms: t } => (
            "Հաշիվների վճարման կարգը".into(),
            vec![
                format!(
                    "Ցանկանում եմ հստակեցնել մեր վճարման պայմանները, որպեսզի ոչինչ աչքից \
                     չվրիպի։ Հաշիվները ենթակա են վճարման {}։ Ժամանակին վճարումը թույլ է տալիս \
                     ինձ առանց ընդհատումների առաջ տանել Ձեր աշխատանքը։",
                    terms(*t)
                ),
                "Շնորհակալություն ըմբռնման համար։".into(),
            ],
        ),
        // With nothing overdue today, the reminder is of the terms and of paying on time from
        // here on; it mentions no current debt.
        LetterKind::PaymentReminder { terms: t, overdue } if overdue.is_empty() => (
            "Հիշեցում վճարման պայմանների մասին".into(),
            vec![
                format!(
                    "Հուսով եմ՝ Ձեզ մոտ ամեն ինչ լավ է։ Ցանկանում եմ կարճ հիշեցնել մեր վճարման \
                     պայմանների մասին։ Համաձայն մեր պայմանավորվածության՝ հաշիվները ենթակա են \
                     վճարման {}։",
                    terms(*t)
                ),
                "Վերջին շրջանում որոշ վճարումներ ուշացումով են ստացվել, ուստի շնորհակալ \
                 կլինեմ, եթե այսուհետ հաշիվները վճարվեն ժամանակին։ Ժամանակին վճարումը թույլ է \
                 տալիս ինձ առանց ընդհատումների առաջ տանել Ձեր աշխատանքը։ Շնորհակալություն \
                 ըմբռնման համար։"
                    .into(),
            ],
        ),
        LetterKind::PaymentReminder { terms: t, overdue } => (
            subject_invoices(overdue, "հիշեցում վճարման մասին"),
            vec![
                format!(
                    "Հուսով եմ՝ Ձեզ մոտ ամեն ինչ լավ է։ Գրում եմ, քանի որ հնարավոր է՝ {} \
                     վրիպել {} Ձեր ուշադրությունից (դա պատահում է բոլորիս հետ)՝",
                    by_count(overdue.len(), "հետևյալ հաշիվը", "հետևյալ հաշիվները"),
                    by_count(overdue.len(), "է", "են"),
                ),
                invoice_lines(l, overdue),
                format!(
                    "Համաձայն մեր պայմանավորվածության՝ հաշիվները ենթակա են վճարման {}։ Կխնդրեի \
                     տեղեկացնել, թե երբ կարող եմ ակնկալել վճարումը։ Եթե վճարումն \
                     արդեն կատարված է, խնդրում եմ անտեսել այս նամակը։ Շնորհակալություն։",
                    terms(*t)
                ),
            ],
        ),
        // With nothing overdue today, the pause rests on the repeated lateness: work resumes once
        // the next invoice is paid, and goes on while invoices are paid on time.
        LetterKind::PauseWork { overdue } if overdue.is_empty() => (
            "Աշխատանքը կասեցված է մինչև հաջորդ վճարումը".into(),
            vec![
                format!(
                    "Վճարումներն արդեն մի քանի անգամ ուշացել են։ Որպեսզի դա չկրկնվի, \
                     կասեցնում եմ {} կատարվող ողջ աշխատանքը մինչև հաջորդ հաշվի վճարումը։ \
                     Դրանից հետո աշխատանքը կշարունակվի առանց ընդհատումների, քանի դեռ \
                     հաշիվները վճարվում են ժամանակին։",
                    for_them(l)
                ),
                "Եթե ինչ-որ բան է պատահել, պատրաստ եմ քննարկել։".into(),
            ],
        ),
        LetterKind::PauseWork { overdue } => (
            subject_invoices(overdue, "աշխատանքը կասեցված է մինչև վճարումը"),
            vec![
                format!(
                    "Դեռ չեմ ստացել վճարումը {} համար՝",
                    by_count(overdue.len(), "հետևյալ հաշվի", "հետևյալ հաշիվների")
                ),
                invoice_lines(l, overdue),
                format!(
                    "Որպեսզի պարտքը չավելանա, կասեցնում եմ {} կատարվող ողջ աշխատանքը, մինչև \
                     Ձեզնից լուր ստանամ։ Վճարումը ստանալուն պես անմիջապես կվերսկսեմ այն։",
                    for_them(l)
                ),
                "Եթե ինչ-որ բան է պատահել, պատրաստ եմ քննարկել։".into(),
            ],
        ),
        LetterKind::ResumeWork => (
            "Վճարումը ստացված է, աշխատանքը վերսկսվում է".into(),
            vec![
                "Շնորհակալություն, Ձեր վճարումը ստացվել է։ Անմիջապես վերսկսում եմ աշխատանքը և \
                 շուտով կվերադառնամ նախատեսված ժամանակացույցին։"
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
                    "Որպեսզի {} ընթանա ըստ պլանի, ինձ անհրաժեշտ են Ձեր ժամանակին \
                     պատասխանները։ Վերջին շրջանում դրանք բավական ուշ են ստացվում։",
                    their(l, "նախագիծն")
                ));
            } else {
                p.push(format!(
                    "Որպեսզի {} ընթանա ըստ պլանի, ինձ անհրաժեշտ են Ձեր պատասխանները։ {}՝",
                    their(l, "նախագիծն"),
                    by_count(
                        waiting.len(),
                        "Հետևյալ հարցը դեռ բաց է",
                        "Հետևյալ հարցերը դեռ բաց են"
                    )
                ));
                p.push(waiting_lines(waiting));
            }
            let slipped = match deadlines_slipped {
                0 => String::new(),
                1 => " Սպասման պատճառով արդեն մեկ վերջնաժամկետ է տեղափոխվել։".into(),
                n => format!(" Սպասման պատճառով արդեն {n} վերջնաժամկետ է տեղափոխվել։"),
            };
            // With no open question listed, there are no "այս հարցերը" and nothing waits for a
            // reply this week: the ask is for answers in good time from now on.
            if waiting.is_empty() {
                p.push(format!(
                    "Առանց Ձեր պատասխանների չեմ կարող առաջ շարժվել, և սպասման յուրաքանչյուր \
                     շաբաթ հետաձգում է Ձեր նախագիծը և սահմանափակում այն, ինչ կարող եմ անել \
                     Ձեզ համար։{slipped}"
                ));
                p.push(
                    "Կխնդրեի այսուհետ պատասխանել մի քանի օրվա ընթացքում։ Եթե Ձեր թիմից որևէ \
                     մեկը կարող է պատասխանել, պարզապես տեղեկացրեք, թե ում դիմեմ։"
                        .into(),
                );
            } else {
                p.push(format!(
                    "Առանց Ձեր պատասխանների չեմ կարող առաջ շարժվել այս հարցերով, և սպասման \
                     յուրաքանչյուր շաբաթ հետաձգում է Ձեր նախագիծը և սահմանափակում այն, ինչ \
                     կարող եմ անել Ձեզ համար։{slipped}"
                ));
                p.push(
                    "Կխնդրեի պատասխանել այս շաբաթվա ընթացքում։ Եթե Ձեր թիմից որևէ մեկը կարող \
                     է պատասխանել, պարզապես տեղեկացրեք, թե ում դիմեմ։"
                        .into(),
                );
            }
            ("Ձեր նախագծի առաջընթացի մասին".into(), p)
        }
        LetterKind::WayOfWorking {
            items_over,
            included,
            access_withheld,
        } => {
            let rounds = format!("ուղղումների {included} փուլ");
            let mut facts = Vec::new();
            if *items_over > 0 {
                facts.push(format!(
                    "{items_over} նյութի համար պահանջվել է ավելին, քան համաձայնեցված {rounds}ը"
                ));
            }
            if *access_withheld {
                facts.push(
                    "ես դեռ մուտք չունեմ բոլոր այն օգտահաշիվներին, որոնք վարում եմ Ձեզ համար"
                        .into(),
                );
            }
            let facts = if facts.is_empty() {
                String::new()
            } else {
                format!(" Վերջին շրջանում {}։", facts.join(", և "))
            };
            (
                "Մեր համագործակցության ձևի մասին".into(),
                vec![
                    format!(
                        "Ցանկանում եմ, որ {} հաջող լինի, ուստի կուզենայի անկեղծորեն խոսել այն \
                         մասին, ինչը խանգարում է։{facts} Յուրաքանչյուր քայլի նախնական \
                         հաստատումը նշանակում է, որ իմ ժամանակի մեծ մասը ծախսվում է սպասելու և \
                         մանր ճշգրտումների վրա՝ այն աշխատանքի փոխարեն, որը Դուք ինձ \
                         վստահել եք, և դրանից տուժում են արդյունքները։",
                        their(l, "աշխատանքը")
                    ),
                    format!(
                        "Համաձայնեցված աշխատանքը լավ կատարելու համար ինձ անհրաժեշտ է գործելու \
                         ազատություն մեր պայմանավորվածության շրջանակում՝ {rounds} յուրաքանչյուր \
                         նյութի համար և լիարժեք մուտք այն օգտահաշիվներին, որոնք վարում եմ։ \
                         Կարո՞ղ ենք այս շաբաթ քննարկել, թե ինչպես հասնել դրան։"
                    ),
                ],
            )
        }
        LetterKind::ExtraMile => (
            "Ինչպե՞ս եք".into(),
            vec![
                "Ներողություն եմ խնդրում, եթե մեր վերջին աշխատանքում որևէ բան ավելի է ծանրացրել \
                 այս դժվար շրջանը։ Դա երբեք իմ նպատակը չի եղել։ Եթե ինչ-որ բան այնպես չի \
                 ստացվել, ինչպես Ձեզ պետք էր, տեղեկացրեք, և ես կուղղեմ։"
                    .into(),
                format!(
                    "Կա՞ արդյոք որևէ բան, որ կարող եմ ստանձնել առաջիկա շաբաթներին՝ Ձեր \
                     ծանրաբեռնվածությունը թեթևացնելու համար։ Սիրով կփոխեմ պլանները, որպեսզի {} \
                     սահուն ընթանա։",
                    if l.company.is_empty() {
                        "ամեն ինչ".to_owned()
                    } else {
                        format!("«{}» ընկերության աշխատանքը", l.company)
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
                "Որոշել եմ ավարտել մեր համագործակցությունը։ {}",
                reason(why)
            )];
            p.push(if *notice_days == 0 {
                format!(
                    "{} իմ վերջին աշխատանքային օրը {}-ն է։",
                    for_them(l),
                    date(LANG, *notice_end)
                )
            } else {
                format!(
                    "Մեր պայմանավորվածությամբ նախատեսված է {} նախազգուշացում, ուստի իմ վերջին \
                     աշխատանքային օրը {} կլինի {}-ը։ Մինչ այդ կավարտեմ ընթացիկ աշխատանքները։",
                    days_of(i64::from(*notice_days)),
                    for_them(l),
                    date(LANG, *notice_end)
                )
            });
            if !accounts.is_empty() {
                let mut hand_over = format!(
                    "Մինչև այդ օրը կհանձնեմ Ձեզ իմ վարած բոլոր օգտահաշիվների և ռեսուրսների \
                     լիարժեք մուտքը՝ {}։",
                    and_list(accounts, "և")
                );
                if owed.0 > 0 {
                    hand_over.push_str(&format!(
                        " Մուտքը կհանձնվի {} չվճարված մնացորդը մարելուց հետո։",
                        money(LANG, *owed, l.currency)
                    ));
                }
                p.push(hand_over);
            }
            if let Some(alt) = alternatives {
                let next = "Հետագա աշխատանքների համար";
                let suggestion = match (alt.colleague.is_empty(), alt.provider_kind.is_empty()) {
                    (false, false) => format!(
                        "{next} լավ տարբերակ կարող է լինել {}, կամ Ձեր կարիքներին ավելի լավ \
                         կարող է համապատասխանել {}։",
                        alt.colleague, alt.provider_kind
                    ),
                    (false, true) => {
                        format!("{next} լավ տարբերակ կարող է լինել {}։", alt.colleague)
                    }
                    (true, false) => format!(
                        "{next} Ձեր կարիքներին ավելի լավ կարող է համապատասխանել {}։",
                        alt.provider_kind
                    ),
                    (true, true) => "Եթե օգտակար կլինի, սիրով կառաջարկեմ մեկին, ով կարող է \
                                     ավելի լավ համապատասխանել Ձեր կարիքներին։"
                        .to_owned(),
                };
                p.push(suggestion);
            }
            p.push(format!(
                "Կուղարկեմ Ձեզ կատարված աշխատանքի ամփոփիչ հաշվետվությունը։ Շնորհակալություն \
                 համագործակցության հնարավորության համար։ Մաղթում եմ {} մեծ հաջողություններ։",
                if l.company.is_empty() {
                    "Ձեզ".to_owned()
                } else {
                    format!("«{}» ընկերությանը", l.company)
                }
            ));
            ("Մեր համագործակցության ավարտը".into(), p)
        }
    };
    let closing = if matches!(l.kind, LetterKind::ExtraMile) {
        "Ջերմ հարգանքով՝"
    } else {
        "Հարգանքով՝"
    };
    let mut body = vec![hi];
    body.extend(paragraphs.into_iter().filter(|p| !p.is_empty()));
    body.push(sign_off(l, closing));
    (subject, body.join("\n\n"))
}
