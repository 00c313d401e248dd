//! Finnish for the playbook: what each step is and why, and the parting checklist.

use std::borrow::Cow;

use crate::model::{Check, PartingReason};
use crate::playbook::Step;
use crate::scoring::Pattern;

/// A step as an imperative ("Lähetä …"); it also reads lower-cased after "sen jälkeen:".
pub(super) fn step_title(step: Step) -> &'static str {
    match step {
        Step::Nothing => "Ei toimenpiteitä",
        Step::KeepWatching(_) => "Jatka kirjaamista ja seuraa tilannetta",
        Step::ExtraMile => "Näe ylimääräistä vaivaa",
        Step::StatePaymentTerms => "Kerro, milloin maksu erääntyy",
        Step::PaymentReminder => "Lähetä kohtelias maksumuistutus",
        Step::PauseWork => "Keskeytä työt, kunnes maksu saapuu",
        Step::ResumeWork => "Jatka töitä viipymättä",
        Step::AskForTimelyAnswers => "Pyydä jämäkästi mutta kohteliaasti vastauksia ajoissa",
        Step::ExplainWayOfWorking => "Selitä, että tämä toimintatapa estää työn",
        Step::PartWays(_) => "Lopeta yhteistyö",
    }
}

pub(super) fn step_why(step: Step) -> &'static str {
    match step {
        Step::Nothing => {
            "Asiakkaassa ei näy yhtäkään kolmesta hankalasta piirteestä. Jatka kirjaamista; \
             kirjaukset ovat paras tukesi, jos tilanne joskus muuttuu."
        }
        Step::KeepWatching(_) => {
            "Olet ottanut asian puheeksi. Jatka kirjaamista: jos sama toistuu, seuraava vaihe \
             näkyy tässä."
        }
        Step::ExtraMile => {
            "Asiakkaalla on ongelma, mutta hän ei ole ongelma-asiakas. Vilpitön pahoittelu \
             väärinkäsityksestä, tarjous korjata jotain ja keskittyminen auttamiseen tuovat \
             yleensä pysyvää luottamusta."
        }
        Step::StatePaymentTerms => {
            "Varmista, että asiakas tietää tarkalleen, milloin maksu erääntyy. Selkeät ehdot \
             ovat ensimmäinen suoja ”tee vain töitä, maksan lopuksi” -asenteelta."
        }
        Step::PaymentReminder => {
            "Lasku on erääntynyt. Lähetä kohtelias viesti, joka antaa asiakkaan säilyttää \
             kasvonsa: siinä oletetaan, että lasku on ehkä vain unohtunut."
        }
        Step::PauseWork => {
            "Muistutus ei tuonut maksua. Jos jatkat töitä, viestit, että maksamatta jättäminen \
             on hyväksyttävää: keskeytä kaikki työt ja kerro, että ne jatkuvat viipymättä, kun \
             maksu saapuu."
        }
        Step::ResumeWork => {
            "Työt keskeytettiin maksun vuoksi ja nyt kaikki on maksettu. Kiitä ja jatka töitä \
             viipymättä."
        }
        Step::AskForTimelyAnswers => {
            "Kerro jämäkästi mutta kohteliaasti, ettet pääse eteenpäin ilman vastauksia ajoissa \
             ja että myöhäiset vastaukset viivästyttävät asiakkaan projektia ja rajoittavat \
             sitä, kuinka paljon voit auttaa."
        }
        Step::ExplainWayOfWorking => {
            "Selitä, että jokaisen vaiheen hyväksyttäminen ja käyttöoikeuksien pidättäminen \
             tekevät sovitusta työstä mahdotonta. Jos asiakas ei kuuntele, lopeta yhteistyö."
        }
        Step::PartWays(Pattern::NonPaying) => {
            "Työt ovat tauolla, eikä rahaa ole vieläkään tullut. Tästä asiakkaasta on aika tehdä \
             entinen asiakas: aloita yhteistyön lopettaminen ja rajaa vahingot ensin."
        }
        Step::PartWays(_) => {
            "Otit asian puheeksi, eikä mikään muuttunut. Jatkaminen maksaa rahaa, työn iloa ja \
             hyvinvointia: aloita yhteistyön lopettaminen."
        }
    }
}

pub(super) fn check_label(check: Check) -> &'static str {
    match check {
        Check::CoolOff => "Harkinta-aika pidetty ennen päätöstä",
        Check::ContractReviewed => "Sopimus käyty läpi avointen asioiden varalta",
        Check::PaidWorkDelivered => "Kaikki jo maksettu työ toimitettu",
        Check::MoneyOwed => "Saatavat maksettu tai vahingot rajattu",
        Check::Conversation => "Asiasta kerrottu kasvotusten tai puhelimessa",
        Check::Alternatives => "Vaihtoehtoja ehdotettu",
        Check::FinalReport => "Loppuraportti lähetetty",
    }
}

pub(super) fn check_hint(check: Check) -> &'static str {
    match check {
        Check::CoolOff => {
            "Jätä tunteet sivuun: odota muutama päivä ennen päätöstä, ellei ongelma toistu \
             jatkuvasti; silloin luota vaistoosi."
        }
        Check::ContractReviewed => {
            "Käy sopimus läpi kohta kohdalta. Jos sopimusta ei ole, kokoa asiakirjat, joissa \
             työn laajuus määriteltiin, ensimmäiset sähköpostit mukaan lukien."
        }
        Check::PaidWorkDelivered => "Varmista, että olet täyttänyt kaikki velvoitteesi.",
        Check::MoneyOwed => {
            "Jos pelkäät, ettei asiakas maksa velkaansa, odota maksua ennen kuin kerrot \
             lopettavasi."
        }
        Check::Conversation => {
            "Älä vain lakkaa vastaamasta. Pidä keskustelu lyhyenä: yksi syy riittää; jokainen \
             ylimääräinen yksityiskohta antaa aihetta väittelyyn."
        }
        Check::Alternatives => {
            "Kollega tai sellainen palveluntarjoaja, joka sopii asiakkaalle paremmin."
        }
        Check::FinalReport => {
            "Kerro yksityiskohtaisesti, mitä teit asiakkaan hyväksi. Säilytä omat kirjauksesi \
             työstä ja ongelmista."
        }
    }
}

pub(super) fn reason(r: &PartingReason) -> Cow<'static, str> {
    match r {
        PartingReason::Payment => "Asiakas ei maksa laskuja ajallaan".into(),
        PartingReason::Responsiveness => {
            "Asiakas ei vastaa niin ajoissa, että työ voisi edetä".into()
        }
        PartingReason::Control => "Asiakas ei anna sinun tehdä sovittua työtä".into(),
        PartingReason::Fit => "Palvelusi eivät enää vastaa asiakkaan tarpeita".into(),
        PartingReason::Custom(_) => "Omin sanoin".into(),
    }
}
