//! Croatian for the reports and exports. The final report speaks to the client ("Vi"), in the
//! first person of the freelancer: factual, warm, short, and never in a gendered past tense.

use super::{days, days_gen, lower_first, sentence};
use crate::i18n::ReportText;

pub(in crate::i18n) fn text(key: &ReportText) -> String {
    use ReportText::*;
    let s: &str = match key {
        FinalTitle(client) => return format!("Završno izvješće: {client}"),
        EvidenceTitle(client) => return format!("Dosje dokaza: {client}"),
        ClientCompany(company) => return format!("Klijent: {company}"),
        PreparedBy(who) => return format!("Izrada: {who}"),
        PreparedOn(date) => return format!("Datum izrade: {date}"),
        Period(from, to) => return format!("{from} – {to}"),
        PrivateNotice => {
            "Privatno: za vašu evidenciju i za slučaj spora. Ne šaljite ovu datoteku klijentu; \
             umjesto nje pošaljite završno izvješće."
        }
        SummaryTitle => "Sažetak",
        FactPeriod => "Razdoblje",
        FactWorked => "Odrađeni sati",
        FactInvoiced => "Fakturirano",
        FactPaid => "Plaćeno",
        FactOutstanding => "Nepodmireno",
        WorkTitle => "Rad po mjesecima",
        Month(year, month) => return format!("{} {year}.", month_name(*month)),
        Total => "Ukupno",
        NoWork => "U ovom razdoblju nije zabilježen nikakav rad.",
        InvoicesTitle => "Računi i uplate",
        PaidOn(date) => return format!("Plaćeno {date}"),
        PaidLate(date, n) => {
            return format!("Plaćeno {date}, s kašnjenjem od {}", days_gen(*n));
        }
        OverdueBy(n) => return format!("U kašnjenju {}", days(*n)),
        NotDueYet => "Još nije dospjelo",
        OutstandingTotal(amount) => return format!("Nepodmireno: {amount}"),
        NoInvoices => "U ovom razdoblju nije izdan nijedan račun.",
        HandOverTitle => "Primopredaja",
        HandedOver => "Predano",
        ToHandOver => "Čeka predaju",
        NoAccounts => "Za Vas se nije upravljalo nikakvim profilima ni resursima.",
        ClosingTitle => "Završna riječ",
        ClosingThanks(from, to) => {
            return sentence(&format!(
                "Zahvaljujem Vam na suradnji. Ovo izvješće, za Vašu evidenciju, sažima obavljeni \
                 rad i račune izdane od {from} do {to}"
            ));
        }
        ClosingOwed(amount) => {
            return format!(
                "Po gore navedenim računima još je nepodmireno {amount}. Molim Vas da taj iznos \
                 podmirite što prije; unaprijed zahvaljujem."
            );
        }
        ClosingHandedOver => "Pun pristup svim gore navedenim profilima i resursima predan Vam je.",
        ClosingWishes => "Želim Vam puno uspjeha u onome što slijedi.",
        SignOff(name, business) => {
            let mut s = String::from("S poštovanjem,");
            for line in [name, business] {
                if !line.is_empty() {
                    s.push('\n');
                    s.push_str(line);
                }
            }
            return s;
        }
        ProblemsTitle => "Dnevnik problema",
        ProblemsIntro => {
            "Svaki datirani problem iz ovog razdoblja, onako kako je zabilježen u trenutku kad \
             se dogodio: čekanje na odgovore, krugovi izmjena preko ugovorenih, poteškoće, \
             kašnjenja s plaćanjem i poruke poslane u vezi s njima."
        }
        RequestsTitle => "Upiti i koliko se čekalo na odgovor",
        ApprovalsTitle => "Krugovi izmjena preko ugovorenih",
        IncidentsTitle => "Poteškoće",
        LateInvoicesTitle => "Računi plaćeni s kašnjenjem ili u kašnjenju",
        MessagesTitle => "Poslane poruke",
        NotesTitle => "Bilješke",
        NothingInPeriod => "U ovom razdoblju nema ničega ove vrste.",
        NotAnswered => "Bez odgovora",
        Days(n) => return days(*n),
        ScoresTitle => "Ocjene",
        ScoresIntro(date, band) => {
            return format!(
                "Ocjene izračunane {date} iz cijelog dnevnika, s granicama iz vaših postavki. \
                 Zaključak: {}.",
                lower_first(band)
            );
        }
        ScoreHeading(pattern, score, band) => {
            return format!("{pattern}: {score} od 100 ({})", lower_first(band));
        }
        NoEvidence => "Nema dokaza.",
        ColMonth => "Mjesec",
        ColHours => "Sati",
        ColDone => "Što je napravljeno",
        ColInvoice => "Račun",
        ColIssued => "Izdan",
        ColDue => "Dospijeće",
        ColAmount => "Iznos",
        ColPaid => "Plaćeno",
        ColOutstanding => "Nepodmireno",
        ColStatus => "Stanje",
        ColAccount => "Profil ili resurs",
        ColSent => "Poslano",
        ColTopic => "Tema",
        ColAnswered => "Odgovoreno",
        ColWaited => "Čekanje",
        ColSubmitted => "Predano",
        ColItem => "Stavka",
        ColRounds => "Krugovi",
        ColIncluded => "Uključeno",
        ColApproved => "Odobreno",
        ColDate => "Datum",
        ColWhat => "Što",
        ColDetails => "Pojedinosti",
        ColDaysLate => "Dani kašnjenja",
        ColPoints => "Bodovi",
        ColWhy => "Razlog",
        ColKind => "Vrsta",
        ColClosedOn => "Odgovoreno, odobreno ili plaćeno",
        ColCurrency => "Valuta",
    };
    s.to_owned()
}

/// The month as Croatian names it in "ožujak 2026.".
fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "siječanj",
        "veljača",
        "ožujak",
        "travanj",
        "svibanj",
        "lipanj",
        "srpanj",
        "kolovoz",
        "rujan",
        "listopad",
        "studeni",
        "prosinac",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}
