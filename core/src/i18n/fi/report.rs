//! Finnish for the reports and exports. The final report speaks to the client (*sinä*), in the
//! first person of the freelancer: factual, warm, short.

use super::{days, days_measure};
use crate::i18n::ReportText;

pub(in crate::i18n) fn text(key: &ReportText) -> String {
    use ReportText::*;
    let s: &str = match key {
        FinalTitle(client) => return format!("Loppuraportti: {client}"),
        EvidenceTitle(client) => return format!("Todisteaineisto: {client}"),
        ClientCompany(company) => return format!("Asiakas: {company}"),
        PreparedBy(who) => return format!("Laatija: {who}"),
        PreparedOn(date) => return format!("Laadittu {date}"),
        Period(from, to) => return format!("{from}–{to}"),
        PrivateNotice => {
            "Yksityinen: omaan arkistoosi ja mahdollisen riidan varalle. Älä lähetä tätä \
             tiedostoa asiakkaalle; lähetä sen sijaan loppuraportti."
        }
        SummaryTitle => "Yhteenveto",
        FactPeriod => "Ajanjakso",
        FactWorked => "Tehdyt tunnit",
        FactInvoiced => "Laskutettu",
        FactPaid => "Maksettu",
        FactOutstanding => "Avoinna",
        WorkTitle => "Työ kuukausittain",
        Month(year, month) => return format!("{} {year}", month_name(*month)),
        Total => "Yhteensä",
        NoWork => "Tällä ajanjaksolla ei kirjattu työtä.",
        InvoicesTitle => "Laskut ja maksut",
        PaidOn(date) => return format!("Maksettu {date}"),
        PaidLate(date, n) => return format!("Maksettu {date}, {} myöhässä", days_measure(*n)),
        OverdueBy(n) => return format!("Erääntynyt {} sitten", days(*n)),
        NotDueYet => "Ei vielä erääntynyt",
        OutstandingTotal(amount) => return format!("Avoinna yhteensä {amount}"),
        NoInvoices => "Tällä ajanjaksolla ei lähetetty laskuja.",
        HandOverTitle => "Luovutus",
        HandedOver => "Luovutettu",
        ToHandOver => "Vielä luovuttamatta",
        NoAccounts => "Puolestasi ei hallinnoitu tilejä eikä aineistoja.",
        ClosingTitle => "Lopuksi",
        ClosingThanks(from, to) => {
            return format!(
                "Kiitos yhteistyöstä. Tämä raportti kokoaa yhteen tehdyn työn ja lähetetyt \
                 laskut ajalta {from}–{to}, jotta ne ovat tallessa myös sinulla."
            );
        }
        ClosingOwed(amount) => {
            return format!(
                "Yllä olevista laskuista on vielä avoinna {amount}. Olisin kiitollinen, jos \
                 voisit maksaa sen pian."
            );
        }
        ClosingHandedOver => {
            "Olen luovuttanut sinulle täydet käyttöoikeudet kaikkiin yllä lueteltuihin tileihin \
             ja aineistoihin."
        }
        ClosingWishes => "Toivotan sinulle kaikkea hyvää ja menestystä jatkossa.",
        SignOff(name, business) => {
            let mut s = String::from("Ystävällisin terveisin");
            for line in [name, business] {
                if !line.is_empty() {
                    s.push('\n');
                    s.push_str(line);
                }
            }
            return s;
        }
        ProblemsTitle => "Kirjatut ongelmat",
        ProblemsIntro => {
            "Kaikki ajanjakson päivätyt ongelmat sellaisina kuin ne kirjattiin aikanaan: \
             vastausten odottaminen, sopimuksen ylittävät korjauskierrokset, ongelmatilanteet, \
             myöhästyneet maksut ja niistä lähetetyt viestit."
        }
        RequestsTitle => "Pyynnöt ja niiden odotusajat",
        ApprovalsTitle => "Sopimuksen ylittävät korjauskierrokset",
        IncidentsTitle => "Ongelmatilanteet",
        LateInvoicesTitle => "Myöhästyneet ja erääntyneet laskut",
        MessagesTitle => "Lähetetyt viestit",
        NotesTitle => "Muistiinpanot",
        NothingInPeriod => "Ei tällaisia kirjauksia tällä ajanjaksolla.",
        NotAnswered => "Ei vastattu",
        Days(n) => return days(*n),
        ScoresTitle => "Pisteet",
        ScoresIntro(date, band) => {
            return format!(
                "Pisteytetty {date} kaikkien kirjausten perusteella, asetuksissasi määritellyin \
                 raja-arvoin. Arvio: {band}."
            );
        }
        ScoreHeading(pattern, score, band) => {
            return format!("{pattern}: {score}/100 ({band})");
        }
        NoEvidence => "Ei todisteita.",
        ColMonth => "Kuukausi",
        ColHours => "Tunnit",
        ColDone => "Mitä tehtiin",
        ColInvoice => "Lasku",
        ColIssued => "Päiväys",
        ColDue => "Eräpäivä",
        ColAmount => "Summa",
        ColPaid => "Maksettu",
        ColOutstanding => "Avoinna",
        ColStatus => "Tila",
        ColAccount => "Tili tai aineisto",
        ColSent => "Lähetetty",
        ColTopic => "Aihe",
        ColAnswered => "Vastattu",
        ColWaited => "Odotusaika",
        ColSubmitted => "Lähetetty hyväksyttäväksi",
        ColItem => "Kohde",
        ColRounds => "Korjauskierrokset",
        ColIncluded => "Sopimuksessa",
        ColApproved => "Hyväksytty",
        ColDate => "Päivämäärä",
        ColWhat => "Mitä",
        ColDetails => "Lisätiedot",
        ColDaysLate => "Myöhässä (päivää)",
        ColPoints => "Pisteet",
        ColWhy => "Peruste",
        ColKind => "Tyyppi",
        ColClosedOn => "Vastattu, hyväksytty tai maksettu",
        ColCurrency => "Valuutta",
    };
    s.to_owned()
}

/// The month's name in the nominative, lower-case as Finnish writes it ("maaliskuu 2026").
fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "tammikuu",
        "helmikuu",
        "maaliskuu",
        "huhtikuu",
        "toukokuu",
        "kesäkuu",
        "heinäkuu",
        "elokuu",
        "syyskuu",
        "lokakuu",
        "marraskuu",
        "joulukuu",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}
