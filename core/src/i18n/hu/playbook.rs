//! Hungarian for the playbook: what each step is and why, and the parting checklist.

use std::borrow::Cow;

use crate::model::{Check, PartingReason};
use crate::playbook::Step;
use crate::scoring::Pattern;

pub(super) fn step_title(step: Step) -> &'static str {
    match step {
        Step::Nothing => "Nincs teendő",
        Step::KeepWatching(_) => "Naplózz tovább, és figyeld a helyzetet",
        Step::ExtraMile => "Tegyél többet a kötelezőnél",
        Step::StatePaymentTerms => "Tisztázd, mikor esedékes a fizetés",
        Step::PaymentReminder => "Küldj udvarias fizetési emlékeztetőt",
        Step::PauseWork => "Szüneteltesd a munkát, amíg meg nem jön a fizetés",
        Step::ResumeWork => "Folytasd haladéktalanul a munkát",
        Step::AskForTimelyAnswers => "Kérj határozottan, de udvariasan időben érkező válaszokat",
        Step::ExplainWayOfWorking => "Magyarázd el, hogy ez a munkamód akadályozza a munkát",
        Step::PartWays(_) => "Zárd le az együttműködést",
    }
}

pub(super) fn step_why(step: Step) -> &'static str {
    match step {
        Step::Nothing => {
            "Ez az ügyfél egyik nehéz ügyféltípusra sem hasonlít. Naplózd továbbra is, ami \
             történik: ha ez valaha megváltozna, a napló lesz a legjobb barátod."
        }
        Step::KeepWatching(_) => {
            "Már szóvá tetted. Naplózz tovább: ha újra megtörténik, itt jelenik meg a következő \
             lépés."
        }
        Step::ExtraMile => {
            "Ez egy ügyfél, akinek problémája van, nem pedig problémás ügyfél. Egy őszinte \
             bocsánatkérés az esetleges félreértésért, egy ajánlat, hogy rendbe hozol valamit, és \
             a segítőkész hozzáállás általában tartós bizalmat épít."
        }
        Step::StatePaymentTerms => {
            "Győződj meg róla, hogy pontosan tudja, mikor esedékes a fizetés. A világos feltételek \
             az első védvonal a „csak dolgozz tovább, a végén kifizetlek” ellen."
        }
        Step::PaymentReminder => {
            "Egy számla lejárt. Küldj udvarias üzenetet, amellyel arcvesztés nélkül rendezheti a \
             helyzetet: abból indul ki, hogy talán egyszerűen elfelejtette."
        }
        Step::PauseWork => {
            "Az emlékeztető nem hozta meg a fizetést. Ha tovább dolgozol, azt üzened, hogy rendben \
             van, ha nem fizet: állíts le minden munkát, és jelezd, hogy amint megérkezik a \
             fizetés, haladéktalanul folytatod."
        }
        Step::ResumeWork => {
            "A munka a fizetés miatt szünetelt, és mostanra minden ki van fizetve. Köszönd meg, \
             és folytasd haladéktalanul a munkát."
        }
        Step::AskForTimelyAnswers => {
            "Mondd meg neki határozottan, de udvariasan, hogy időben érkező válaszok nélkül nem \
             tudsz haladni, és hogy a késői válaszok hátráltatják a projektjét, és korlátozzák, \
             mennyit tudsz segíteni."
        }
        Step::ExplainWayOfWorking => {
            "Magyarázd el, hogy ha minden lépést jóvá akar hagyni, és visszatartja a \
             hozzáféréseket, azzal lehetetlenné teszi a megállapodott munkát. Ha nem hallgat rád, \
             zárd le az együttműködést."
        }
        Step::PartWays(Pattern::NonPaying) => {
            "A munka szünetel, és a pénz még mindig nem érkezett meg. Ennek az ügyfélnek korábbi \
             ügyféllé kell válnia: kezdd el lezárni az együttműködést, de előbb korlátozd a kárt."
        }
        Step::PartWays(_) => {
            "Szóvá tetted, és semmi sem változott. A maradás pénzbe kerül, és az elégedettségedet \
             meg a jóllétedet is rontja: kezdd el lezárni az együttműködést."
        }
    }
}

pub(super) fn check_label(check: Check) -> &'static str {
    match check {
        Check::CoolOff => "Néhány nap kivárva a döntés előtt",
        Check::ContractReviewed => "Szerződés átnézve az elvarratlan szálak miatt",
        Check::PaidWorkDelivered => "Minden már kifizetett munka leszállítva",
        Check::MoneyOwed => "Tartozás rendezve, vagy a kár korlátozva",
        Check::Conversation => "Személyesen vagy telefonon közölve",
        Check::Alternatives => "Alternatívák ajánlva",
        Check::FinalReport => "Záró beszámoló elküldve",
    }
}

pub(super) fn check_hint(check: Check) -> &'static str {
    match check {
        Check::CoolOff => {
            "Vedd ki belőle az érzelmeket: várj néhány napot a döntés előtt, kivéve, ha a probléma \
             újra és újra előjön; akkor hallgass a megérzésedre."
        }
        Check::ContractReviewed => {
            "Nézd át a szerződést pontról pontra. Ha nincs szerződés, gyűjtsd össze a \
             feladatkört meghatározó dokumentumokat, az első e-maileket is."
        }
        Check::PaidWorkDelivered => {
            "Győződj meg róla, hogy minden kötelezettségednek eleget tettél."
        }
        Check::MoneyOwed => {
            "Ha attól tartasz, hogy nem fizeti ki, amivel tartozik, várd meg a fizetést, mielőtt \
             közlöd vele, hogy lezárod az együttműködést."
        }
        Check::Conversation => {
            "Ne úgy, hogy szó nélkül eltűnsz. Légy rövid: egy indok elég, minden további részlet \
             vitát szül."
        }
        Check::Alternatives => "Egy kolléga, vagy olyan szolgáltató, aki jobban illik hozzá.",
        Check::FinalReport => {
            "Részletezd, mit végeztél neki. A munkáról és a problémákról tarts meg saját \
             feljegyzéseket."
        }
    }
}

pub(super) fn reason(r: &PartingReason) -> Cow<'static, str> {
    match r {
        PartingReason::Payment => "Nem fizeti ki időben a számlákat".into(),
        PartingReason::Responsiveness => {
            "Nem válaszol elég időben ahhoz, hogy a munka haladjon".into()
        }
        PartingReason::Control => "Nem hagyja, hogy elvégezd a megállapodott munkát".into(),
        PartingReason::Fit => "A szolgáltatásaid már nem felelnek meg az igényeinek".into(),
        PartingReason::Custom(_) => "Saját szavaimmal".into(),
    }
}
