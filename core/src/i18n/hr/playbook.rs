//! Croatian for the playbook: what each step is and why, and the parting checklist.

use std::borrow::Cow;

use crate::model::{Check, PartingReason};
use crate::playbook::Step;
use crate::scoring::Pattern;

pub(super) fn step_title(step: Step) -> &'static str {
    match step {
        Step::Nothing => "Nije potrebno ništa poduzeti",
        Step::KeepWatching(_) => "Nastavite bilježiti i pratite",
        Step::ExtraMile => "Učinite korak više",
        Step::StatePaymentTerms => "Jasno navedite kada plaćanje dospijeva",
        Step::PaymentReminder => "Pošaljite uljudan podsjetnik na plaćanje",
        Step::PauseWork => "Obustavite rad dok ne stigne uplata",
        Step::ResumeWork => "Odmah nastavite s radom",
        Step::AskForTimelyAnswers => "Odlučno, ali uljudno zatražite pravovremene odgovore",
        Step::ExplainWayOfWorking => "Objasnite da ovakav način rada koči posao",
        Step::PartWays(_) => "Prekinite suradnju",
    }
}

pub(super) fn step_why(step: Step) -> &'static str {
    match step {
        Step::Nothing => {
            "Kod ovog klijenta nema nijednog od tri obrasca problematičnog ponašanja. Nastavite \
             bilježiti što se događa; ako se to ikad promijeni, evidencija će vam biti najbolji \
             saveznik."
        }
        Step::KeepWatching(_) => {
            "Već ste klijenta upozorili na to. Nastavite bilježiti: ako se ponovi, ovdje će se \
             pojaviti sljedeći korak."
        }
        Step::ExtraMile => {
            "Ovo je klijent s problemom, a ne problematičan klijent. Iskrena isprika za svaki \
             nesporazum, ponuda da nešto ispravite i usmjerenost na pomoć obično donose trajno \
             povjerenje."
        }
        Step::StatePaymentTerms => {
            "Pobrinite se da klijent točno zna kada plaćanje dospijeva. Jasni uvjeti prva su \
             obrana od „samo nastavite raditi, platit ću na kraju“."
        }
        Step::PaymentReminder => {
            "Račun je u kašnjenju. Pošaljite uljudnu poruku koja klijentu omogućuje da sačuva \
             obraz: polazi od toga da je klijent na račun možda jednostavno zaboravio."
        }
        Step::PauseWork => {
            "Podsjetnik nije donio uplatu. Ako nastavite raditi, klijentu poručujete da je \
             neplaćanje prihvatljivo: obustavite sav rad i recite da ćete ga odmah nastaviti čim \
             uplata stigne."
        }
        Step::ResumeWork => {
            "Rad je bio obustavljen zbog neplaćanja, a sada je sve plaćeno. Zahvalite i odmah \
             nastavite s radom."
        }
        Step::AskForTimelyAnswers => {
            "Recite klijentu odlučno, ali uljudno, da bez pravovremenih odgovora ne možete \
             napredovati te da zakašnjeli odgovori odgađaju njegov projekt i ograničavaju koliko \
             mu možete pomoći."
        }
        Step::ExplainWayOfWorking => {
            "Objasnite da odobravanje svakog koraka i uskraćivanje pristupa onemogućuju \
             dogovoreni posao. Ako klijent ne želi slušati, prekinite suradnju."
        }
        Step::PartWays(Pattern::NonPaying) => {
            "Rad je obustavljen, a novac još nije stigao. Ovaj bi klijent trebao postati bivši \
             klijent: započnite prekid suradnje, ali najprije ograničite štetu."
        }
        Step::PartWays(_) => {
            "Upozorili ste na problem i ništa se nije promijenilo. Ostanak vas stoji novca, \
             zadovoljstva i dobrobiti: započnite prekid suradnje."
        }
    }
}

pub(super) fn check_label(check: Check) -> &'static str {
    match check {
        Check::CoolOff => "Nekoliko dana razmišljanja prije odluke",
        Check::ContractReviewed => "Ugovor pregledan radi otvorenih pitanja",
        Check::PaidWorkDelivered => "Isporučeno sve što je već plaćeno",
        Check::MoneyOwed => "Dug podmiren ili šteta ograničena",
        Check::Conversation => "Klijent obaviješten osobno ili telefonom",
        Check::Alternatives => "Predložene alternative",
        Check::FinalReport => "Poslano završno izvješće",
    }
}

pub(super) fn check_hint(check: Check) -> &'static str {
    match check {
        Check::CoolOff => {
            "Odlučite hladne glave: pričekajte nekoliko dana, osim ako se problem stalno \
             ponavlja; tada vjerujte svom osjećaju."
        }
        Check::ContractReviewed => {
            "Prođite ugovor redak po redak. Ako ugovora nema, prikupite dokumente koji su \
             odredili opseg posla, uključujući prve e-poruke."
        }
        Check::PaidWorkDelivered => "Provjerite jeste li ispunili svaku obvezu.",
        Check::MoneyOwed => {
            "Ako se bojite da klijent neće platiti ono što duguje, pričekajte uplatu prije nego \
             što mu kažete da odlazite."
        }
        Check::Conversation => {
            "Nemojte se jednostavno prestati javljati. Budite kratki: jedan je razlog \
             dovoljan, a svaki dodatni detalj poziva na raspravu."
        }
        Check::Alternatives => "Kolega ili vrsta pružatelja usluga koja klijentu bolje odgovara.",
        Check::FinalReport => {
            "Navedite što ste sve napravili za klijenta. Zadržite vlastitu evidenciju rada i \
             problema."
        }
    }
}

pub(super) fn reason(r: &PartingReason) -> Cow<'static, str> {
    match r {
        PartingReason::Payment => "Klijent ne plaća račune na vrijeme".into(),
        PartingReason::Responsiveness => {
            "Klijent ne odgovara dovoljno brzo da bi posao napredovao".into()
        }
        PartingReason::Control => "Klijent vam ne dopušta da radite dogovoreni posao".into(),
        PartingReason::Fit => "Vaše usluge više ne odgovaraju klijentovim potrebama".into(),
        PartingReason::Custom(_) => "Vlastitim riječima".into(),
    }
}
