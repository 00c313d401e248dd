//! Hungarian for the reports and exports. The final report speaks to the client with *Ön*, in the
//! first person of the freelancer: factual, warm, short. The evidence file's own notes speak to
//! the user with *te*, as the screen does.

use super::{az, days};
use crate::i18n::ReportText;

pub(in crate::i18n) fn text(key: &ReportText) -> String {
    use ReportText::*;
    let s: &str = match key {
        FinalTitle(client) => return format!("Záró beszámoló: {client}"),
        EvidenceTitle(client) => return format!("Bizonyítékdosszié: {client}"),
        ClientCompany(company) => return format!("Ügyfél: {company}"),
        PreparedBy(who) => return format!("Készítette: {who}"),
        PreparedOn(date) => return format!("Készült: {date}"),
        Period(from, to) => return format!("{from} – {to}"),
        PrivateNotice => {
            "Bizalmas: a saját nyilvántartásodhoz és vitás esetre. Ezt a fájlt ne küldd el az \
             ügyfélnek; neki a záró beszámolót küldd."
        }
        SummaryTitle => "Összefoglaló",
        FactPeriod => "Időszak",
        FactWorked => "Ledolgozott órák",
        FactInvoiced => "Számlázva",
        FactPaid => "Kifizetve",
        FactOutstanding => "Kiegyenlítetlen",
        WorkTitle => "Elvégzett munka havonta",
        Month(year, month) => return format!("{year}. {}", month_name(*month)),
        Total => "Összesen",
        NoWork => "Ebben az időszakban nem volt rögzített munka.",
        InvoicesTitle => "Számlák és befizetések",
        PaidOn(date) => return format!("Kifizetve: {date}"),
        PaidLate(date, n) => return format!("Kifizetve: {date}, {} késéssel", days(*n)),
        OverdueBy(n) => return format!("{n} napja lejárt"),
        NotDueYet => "Még nem esedékes",
        OutstandingTotal(amount) => return format!("Kiegyenlítetlen: {amount}"),
        NoInvoices => "Ebben az időszakban nem készült számla.",
        HandOverTitle => "Átadás",
        HandedOver => "Átadva",
        ToHandOver => "Átadásra vár",
        NoAccounts => "Nem kezeltem fiókot vagy más eszközt az Ön számára.",
        ClosingTitle => "Zárás",
        ClosingThanks(from, to) => {
            return format!(
                "Köszönöm a közös munkát. Ez a beszámoló összefoglalja {} {from} és {to} között \
                 elvégzett munkát és kiállított számlákat, az Ön nyilvántartásához.",
                az(from)
            );
        }
        ClosingOwed(amount) => {
            return format!(
                "A fenti számlákon még {amount} kiegyenlítetlen. Hálás lennék, ha mielőbb \
                 rendezné."
            );
        }
        ClosingHandedOver => {
            "A fent felsorolt összes fiók és eszköz teljes hozzáférését átadtam Önnek."
        }
        ClosingWishes => "Sok sikert kívánok a folytatáshoz.",
        SignOff(name, business) => {
            let mut s = String::from("Üdvözlettel");
            if !name.is_empty() || !business.is_empty() {
                s.push(':');
            }
            for line in [name, business] {
                if !line.is_empty() {
                    s.push('\n');
                    s.push_str(line);
                }
            }
            return s;
        }
        ProblemsTitle => "Problémanapló",
        ProblemsIntro => {
            "Az időszak minden dátummal rögzített problémája, ahogyan annak idején naplóztad: \
             válaszra várás, a szerződésen felüli javítási körök, incidensek, késedelmes \
             fizetések és az ezekről küldött üzenetek."
        }
        RequestsTitle => "Kérések és a válaszra várás ideje",
        ApprovalsTitle => "A szerződésen felüli javítási körök",
        IncidentsTitle => "Incidensek",
        LateInvoicesTitle => "Késve fizetett és lejárt számlák",
        MessagesTitle => "Elküldött üzenetek",
        NotesTitle => "Jegyzetek",
        NothingInPeriod => "Ebben az időszakban nincs ilyen.",
        NotAnswered => "Nincs válasz",
        Days(n) => return days(*n),
        ScoresTitle => "Pontszámok",
        ScoresIntro(date, band) => {
            return format!(
                "A teljes napló alapján, a beállításaidban megadott határértékekkel számolva \
                 (a számítás napja: {date}). Értékelés: {band}."
            );
        }
        ScoreHeading(pattern, score, band) => {
            return format!("{pattern}: {score} pont a 100-ból ({band})");
        }
        NoEvidence => "Nincs bizonyíték.",
        ColMonth => "Hónap",
        ColHours => "Órák",
        ColDone => "Elvégzett munka",
        ColInvoice => "Számla",
        ColIssued => "Kiállítva",
        ColDue => "Esedékes",
        ColAmount => "Összeg",
        ColPaid => "Kifizetve",
        ColOutstanding => "Kiegyenlítetlen",
        ColStatus => "Állapot",
        ColAccount => "Fiók vagy eszköz",
        ColSent => "Elküldve",
        ColTopic => "Tárgy",
        ColAnswered => "Válasz",
        ColWaited => "Várakozás",
        ColSubmitted => "Beküldve",
        ColItem => "Anyag",
        ColRounds => "Körök",
        ColIncluded => "Díjban foglalt",
        ColApproved => "Jóváhagyva",
        ColDate => "Dátum",
        ColWhat => "Mi történt",
        ColDetails => "Részletek",
        ColDaysLate => "Késés (nap)",
        ColPoints => "Pont",
        ColWhy => "Indoklás",
        ColKind => "Típus",
        ColClosedOn => "Válasz, jóváhagyás vagy fizetés dátuma",
        ColCurrency => "Pénznem",
    };
    s.to_owned()
}

/// The month's name as it follows the year: "2026. március".
fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}
