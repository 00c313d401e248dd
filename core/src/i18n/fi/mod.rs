//! Finnish. The voice: calm, plain and short, the user addressed as *sinä* with imperative
//! buttons; errors say what happened, that nothing was lost, and what to do. Names typed by the
//! user are never inflected: they stand in compounds or apposition instead.

use std::borrow::Cow;

use super::locale::Plural;
use super::{Lang, Msg};
use crate::draft::Problem;
use crate::model::{EntryKind, IncidentKind, InterventionKind, Status};
use crate::storage::{DecodeError, RecordKind};

mod letters;
mod playbook;
mod report;
mod scores;

pub(super) use letters::letter;
pub(super) use report::text as report_text;

/// The language this module writes, for dates, money and hours.
const LANG: Lang = Lang::Fi;

/// A count with its noun: `one` is the nominative singular ("1 asiakas"), `other` the
/// partitive singular that Finnish uses after every other number ("3 asiakasta").
pub(super) fn plural(n: usize, one: &str, other: &str) -> String {
    match crate::i18n::plural(LANG, n as u64) {
        Plural::One => format!("{n} {one}"),
        Plural::Few | Plural::Other => format!("{n} {other}"),
    }
}

/// A number of days as a subject or with "sitten": "1 päivä", "3 päivää".
pub(super) fn days(n: i64) -> String {
    match crate::i18n::plural(LANG, n.unsigned_abs()) {
        Plural::One => format!("{n} päivä"),
        Plural::Few | Plural::Other => format!("{n} päivää"),
    }
}

/// A number of days as a measure ("myöhässä", "odottanut"): "1 päivän", "3 päivää".
pub(super) fn days_measure(n: i64) -> String {
    match crate::i18n::plural(LANG, n.unsigned_abs()) {
        Plural::One => format!("{n} päivän"),
        Plural::Few | Plural::Other => format!("{n} päivää"),
    }
}

/// A number of days in the genitive ("kuluttua", "jälkeen", "ajalta"): the same for every
/// number, "1 päivän", "3 päivän".
pub(super) fn days_genitive(n: i64) -> String {
    format!("{n} päivän")
}

/// A user-typed name joined to a Finnish noun without inflecting the name: "Acme-projekti",
/// and with a space before the hyphen when the name has several words ("Acme Oy -projekti").
pub(super) fn compound(name: &str, noun: &str) -> String {
    let name = name.trim();
    if name.contains(char::is_whitespace) || !name.ends_with(char::is_alphanumeric) {
        format!("{name} -{noun}")
    } else {
        format!("{name}-{noun}")
    }
}

pub(in crate::i18n) fn text(msg: &Msg) -> Cow<'static, str> {
    use Msg::*;
    let s: &'static str = match msg {
        AppName => "Clientwise",
        PageTitle(page) => return format!("{page} – Clientwise").into(),
        Tagline => "Asiakkaasi, mustaa valkoisella.",
        NavClients => "Asiakkaat",
        NavSettings => "Asetukset",
        MainNavigation => "Päävalikko",
        SkipToContent => "Siirry sisältöön",
        PrivacyNote => "Tietosi pysyvät tässä selaimessa. Mitään ei lähetetä minnekään.",
        ClientsTitle => "Asiakkaat",
        AddClient => "Lisää asiakas",
        LoadExample => "Lataa esimerkkitiedot",
        NoClientsYet => "Ei vielä asiakkaita.",
        EmptyHint => {
            "Lisää ensimmäinen asiakkaasi tai lataa muutama keksitty asiakas, niin näet, miten \
             Clientwise toimii."
        }
        ColName => "Nimi",
        ColStatus => "Tila",
        ExampleLoaded(n) => {
            return format!(
                "{} lisätty.",
                plural(*n, "esimerkkiasiakas", "esimerkkiasiakasta")
            )
            .into();
        }
        NewClientTitle => "Uusi asiakas",
        EditClientTitle => "Muokkaa asiakasta",
        SectionWho => "Kuka asiakas on",
        SectionContract => "Mitä on sovittu",
        SectionStatus => "Tilanne nyt",
        Name => "Nimi",
        Company => "Yritys",
        Contact => "Yhteystieto (sähköposti tai puhelin)",
        Currency => "Valuutta",
        CurrencyHint => "Kolmikirjaiminen koodi, kuten EUR, USD tai GBP.",
        PaymentTerms => "Maksu erääntyy",
        TermsDaysAfter => "Tietty määrä päiviä laskun päiväyksestä",
        TermsDayOfMonth => "Kuukauden kiinteänä päivänä",
        PaymentDays => "Päiviä laskun päiväyksestä",
        PaymentDayOfMonth => "Kuukauden päivä",
        NoticeDays => "Irtisanomisaika (päivää)",
        IncludedRevisions => "Sopimukseen sisältyvät korjauskierrokset tuotosta kohden",
        Pricing => "Hinnoittelu",
        PricingNone => "Ei määritetty",
        PricingRetainer => "Kuukausiveloitus",
        PricingHourly => "Tuntihinta",
        PricingProject => "Kiinteä projektihinta",
        PricingAmount => "Summa",
        Scope => "Työn laajuus",
        Accounts => {
            "Tilit ja aineistot, joita hallinnoit asiakkaan puolesta (kukin omalle rivilleen)"
        }
        Started => "Yhteistyön alkupäivä",
        StatusLabel => "Tila",
        Notes => "Muistiinpanot",
        HardTimes => "Vaikeat jaksot",
        HardTimesHint => {
            "Jaksot, jolloin asiakas kävi läpi jotain vaikeaa (sairaus, menetys, kriisi). Näiden \
             jaksojen todisteet näkyvät yhä, mutta niillä on vain vähän painoa."
        }
        HardTimeStart => "Alkupäivä",
        HardTimeEnd => "Loppupäivä (tyhjä, jos jakso jatkuu yhä)",
        HardTimeNote => "Mitä tapahtui",
        AddHardTime => "Lisää vaikea jakso",
        RemoveHardTime(i) => return format!("Poista vaikea jakso {}", i + 1).into(),
        SaveClient => "Tallenna asiakas",
        Cancel => "Peruuta",
        FormHasErrors => {
            "Osa kentistä kaipaa vielä tarkistusta; kunkin kohdalla kerrotaan, mikä on vialla."
        }
        Saved => "Tallennettu.",
        BackToClients => "Kaikki asiakkaat",
        ClientNotFound => "Asiakasta ei löydy. Asiakkaan tiedot on ehkä poistettu.",
        EditClient => "Muokkaa asiakasta",
        DeleteClient => "Poista asiakas",
        ConfirmDeleteClient(name) => {
            return format!(
                "Poistetaanko {name} ja kaikki asiakkaan kirjaukset? Tätä ei voi perua."
            )
            .into();
        }
        ConfirmDeleteEntry => "Poistetaanko tämä kirjaus? Tätä ei voi perua.",
        YesDelete => "Kyllä, poista",
        ContractTitle => "Sopimus",
        TermsSummaryDays(0) => "Maksu erääntyy heti laskun saavuttua",
        TermsSummaryDays(n) => {
            return format!("Maksuaika {} laskun päiväyksestä", days(i64::from(*n))).into();
        }
        TermsSummaryDayOfMonth(d) => {
            return format!("Maksu erääntyy kunkin kuukauden {d}. päivänä").into();
        }
        NoticeSummary(n) => return format!("Irtisanomisaika: {}", days(i64::from(*n))).into(),
        RevisionsSummary(n) => {
            return format!(
                "Jokaiseen tuotokseen sisältyy {}",
                plural(usize::from(*n), "korjauskierros", "korjauskierrosta")
            )
            .into();
        }
        RetainerSummary(a) => return format!("Kuukausiveloitus: {a}/kk").into(),
        HourlySummary(a) => return format!("Tuntihinta: {a}/h").into(),
        ProjectSummary(a) => return format!("Projektihinta: {a}").into(),
        NoPricing => "Hintaa ei ole kirjattu",
        StartedSummary(d) => return format!("Yhteistyö alkanut {d}").into(),
        NoAccounts => "Hallinnoituja tilejä ei ole kirjattu",
        AccountsTitle => "Tilit, joita hallinnoit asiakkaan puolesta",
        HardTimeOngoing(d) => return format!("{d} alkaen").into(),
        HardTimeBetween(a, b) => return format!("{a}–{b}").into(),
        EvidenceLog => "Kirjaukset",
        FilterByKind => "Näytä",
        AllKinds => "Kaikki kirjaukset",
        AddEntry => "Lisää kirjaus",
        NewEntryTitle => "Uusi kirjaus",
        EditEntryTitle => "Muokkaa kirjausta",
        EntryKindLabel => "Kirjauksen tyyppi",
        NoEntries => "Ei vielä kirjauksia. Lisää ensimmäinen: pyyntö, lasku, tunti tehtyä työtä…",
        NoEntriesOfKind => "Ei tämän tyypin kirjauksia.",
        Edit => "Muokkaa",
        Delete => "Poista",
        EditEntryNamed(what) => return format!("Muokkaa kirjausta: {what}").into(),
        DeleteEntryNamed(what) => return format!("Poista kirjaus: {what}").into(),
        EntryCount(n) => return plural(*n, "kirjaus", "kirjausta").into(),
        SaveEntry => "Tallenna kirjaus",
        Date => "Päivämäärä",
        Sent => "Lähetetty",
        Topic => "Mitä pyysit",
        Answered => "Vastattu (tyhjä, jos odotat vielä)",
        Submitted => "Lähetetty hyväksyttäväksi",
        Item => "Kohde",
        Rounds => "Pyydetyt korjauskierrokset",
        Approved => "Hyväksytty (tyhjä, jos odotat vielä)",
        Trivial => "Pyydetyt muutokset olivat vain pikkumuutoksia",
        InvoiceNumber => "Laskun numero",
        Issued => "Laskun päiväys",
        Due => "Eräpäivä",
        DueHint => "Jätä tyhjäksi, niin eräpäivä lasketaan sopimuksen maksuehdoista.",
        Amount => "Summa",
        Payments => "Saadut maksut",
        PaymentDate(i) => return format!("Maksun {} päivämäärä", i + 1).into(),
        PaymentAmount(i) => return format!("Maksun {} summa", i + 1).into(),
        AddPayment => "Lisää maksu",
        RemovePayment(i) => return format!("Poista maksu {}", i + 1).into(),
        IncidentKindLabel => "Mitä tapahtui",
        Details => "Lisätiedot",
        Hours => "Tunnit",
        HoursHint => "Esimerkiksi 1,5; 1:30 tai 90 min.",
        Description => "Mitä teit",
        Deliverable => "Tuotos (valinnainen)",
        InterventionKindLabel => "Mistä oli kyse",
        InterventionText => "Mitä sanoit tai kirjoitit",
        NoteText => "Muistiinpano",
        RequestSummary(topic) => return format!("Pyydetty: {topic}").into(),
        AnsweredAfter(0) => "vastattu samana päivänä",
        AnsweredAfter(n) => {
            return format!("vastattu {} kuluttua", days_genitive(*n)).into();
        }
        WaitingSince(d) => return format!("odottaa vastausta {d} lähtien").into(),
        ApprovalSummary(item, rounds) => {
            return format!(
                "{item}: {}",
                plural(usize::from(*rounds), "korjauskierros", "korjauskierrosta")
            )
            .into();
        }
        ApprovedOn(d) => return format!("hyväksytty {d}").into(),
        WaitingForApproval => "odottaa hyväksyntää",
        TrivialFlag => "vain pikkumuutoksia",
        InvoiceSummary(number, amount) => return format!("Lasku {number}: {amount}").into(),
        DueOn(d) => return format!("eräpäivä {d}").into(),
        PaidInFull(d) => return format!("maksettu kokonaan {d}").into(),
        Outstanding(a) => return format!("avoinna {a}").into(),
        WorkSummary(hours, what) => return format!("{hours}: {what}").into(),
        ForDeliverable(d) => return format!("tuotos: {d}").into(),
        Kind(k) => kind(*k),
        KindPlural(k) => kind_plural(*k),
        Incident(k) => incident(*k),
        Intervention(k) => intervention(*k),
        Status(s) => status(*s),
        Problem(p) => return problem(*p),
        Pattern(p) => scores::pattern(*p),
        Band(b) => scores::band(*b),
        TrendLabel(t) => scores::trend(*t),
        ScoreOutOf(n) => return format!("{n}/100 pistettä").into(),
        OutOfHundred => "/100",
        Points(p) => return scores::points(*p).into(),
        Summary(s, currency) => return scores::summary(s, *currency).into(),
        EvidenceLine(label, reason, currency) => {
            return scores::evidence(label, reason, *currency).into();
        }
        WeightNote(w) => return scores::weight(*w),
        ShowEvidence(n) => {
            return format!("Todisteet ({})", plural(*n, "kohta", "kohtaa")).into();
        }
        NoEvidence => "Mikään kirjaus ei vaikuta tähän.",
        GoToEntry(what) => return format!("Siirry kirjaukseen: {what}").into(),
        ScoresTitle => "Pisteet",
        VerdictTitle => "Arvio:",
        VerdictHealthy => "Kirjauksissa ei ole mitään, mikä vaatisi toimia.",
        VerdictDriven(p, score, summary) => {
            return format!(
                "Eniten pisteitä: {}, {score}/100. {summary}",
                scores::pattern(*p).to_lowercase()
            )
            .into();
        }
        ExtraMileNote => {
            "Asiakkaalla on vaikea jakso: sen aikaisilla todisteilla on vain vähän painoa ja \
             oikea suunta on nähdä ylimääräistä vaivaa, ei lopettaa yhteistyötä."
        }
        LowConfidence(days, events) => {
            return format!(
                "Kirjauksia on vasta {} ajalta ({}): arvioon tarvitaan vielä lisää.",
                days_genitive(*days),
                plural(*events, "tapahtuma", "tapahtumaa")
            )
            .into();
        }
        InvoiceLabel(n) => return format!("Lasku {n}").into(),
        QuotedLabel(text) => return format!("”{text}”").into(),
        WorkLabel(day) => return format!("päivältä {day}").into(),
        ColVerdict => "Arvio",
        SortBy => "Järjestä",
        SortRisk => "Riski, suurin ensin",
        SortName => "Nimi",
        SortAdded => "Lisäysjärjestys",
        NextStepTitle => "Mitä tehdä nyt",
        StepTitle(step) => playbook::step_title(*step),
        StepWhy(step) => playbook::step_why(*step),
        StageOf(n, of, p) => {
            return format!("Vaihe {n}/{of}: {}", scores::pattern(*p).to_lowercase()).into();
        }
        LastTaken(kind, day) => {
            return format!(
                "Viimeksi kirjattu: {} {day}.",
                intervention(*kind).to_lowercase()
            )
            .into();
        }
        WaitUntil(day, step) => {
            return format!(
                "Anna asiakkaalle aikaa vastata {day} asti; sen jälkeen: {}.",
                playbook::step_title(*step).to_lowercase()
            )
            .into();
        }
        MessageSubject => "Aihe",
        MessageBody => "Viesti",
        CopyMessage => "Kopioi viesti",
        Copied => "Kopioitu leikepöydälle.",
        CopyFailed => "Selain ei sallinut kopiointia: valitse teksti ja kopioi se itse.",
        MarkAsSent => "Merkitse lähetetyksi",
        LoggedAsSent(day) => return format!("Kirjattu lähetetyksi {day}.").into(),
        AddNameHint => "Lisää nimesi asetuksiin, niin viestit allekirjoitetaan nimelläsi.",
        StartParting => "Aloita yhteistyön lopettaminen",
        PartingTitle => "Yhteistyön lopettaminen",
        PartingStarted(day) => return format!("Aloitettu {day}.").into(),
        CheckLabel(c) => playbook::check_label(*c),
        CheckHint(c) => playbook::check_hint(*c),
        CoolOffUntil(day) => return format!("Päätä aikaisintaan {day}.").into(),
        MoneyOwedNow(amount) => return format!("Asiakas on vielä velkaa {amount}.").into(),
        NothingOwed => "Avoimia saatavia ei ole.",
        NoticeTitle => "Irtisanominen",
        NoticeHint(n) => {
            return format!(
                "Sopimuksen irtisanomisaika on {}; jos asiakas on riippuvainen säännöllisestä \
                 työstä, anna kohtuullinen irtisanomisaika.",
                days(i64::from(*n))
            )
            .into();
        }
        GiveNoticeToday => "Merkitse irtisanotuksi tänään",
        NoticeGivenOn(given, end) => {
            return format!("Irtisanottu {given}; viimeinen työpäivä on {end}.").into();
        }
        UndoNotice => "Peru irtisanominen",
        OfferAlternatives => {
            "Ehdota vaihtoehtoja (jätä valitsematta, jos asiakas käyttäytyi loukkaavasti)"
        }
        Colleague => "Kollega, jota voit suositella (valinnainen)",
        ProviderKind => "Millainen palveluntarjoaja sopisi paremmin (valinnainen)",
        HandOverTitle => "Luovuta täydet käyttöoikeudet",
        HandOverAccount(account) => return format!("Luovutettu: {account}").into(),
        HandOverWarning(amount) => {
            return format!(
                "Asiakas on vielä velkaa {amount}: luovuta käyttöoikeudet, kun kaikki on maksettu."
            )
            .into();
        }
        NoAccountsToHandOver => "Hallinnoituja tilejä ei ole kirjattu: ei luovutettavaa.",
        ReasonLabel => "Se yksi syy, jonka kerrot",
        Reason(r) => return playbook::reason(r),
        ReasonCustom => "Omin sanoin",
        ReasonCustomText => "Koska…",
        TerminationLetter => "Irtisanomisviesti",
        PartingComplete => "Valmista: asiakas on nyt entinen asiakas.",
        PartingProgress(done, of) => return format!("{done}/{of} tehty").into(),
        UnreadableKept(what, key) => {
            return format!(
                "{} ei voitu lukea. Siitä on tallessa tarkka kopio (nimellä ”{key}”), mitään \
                 ei kirjoitettu yli ja kaikki muu on ladattu.",
                record(*what)
            )
            .into();
        }
        UnreadableNotKept(what) => {
            return format!(
                "{} ei voitu lukea. Siihen ei ole koskettu (selaimessa ei ollut tilaa \
                 varakopiolle) ja kaikki muu on ladattu.",
                record(*what)
            )
            .into();
        }
        DecodeReason(e) => return reason(e),
        NewerData(found, current) => {
            return format!(
                "Nämä tiedot on tallentanut Clientwisen uudempi versio (tietoversio {found}; tämä \
                 versio osaa lukea enintään version {current}). Tietojen suojaamiseksi kaikki on \
                 täällä vain luku -tilassa. Tee muutokset Clientwisen uusimmalla versiolla."
            )
            .into();
        }
        StorageUnavailable(detail) => {
            return format!(
                "Tämä selain ei anna Clientwisen tallentaa tietoja ({detail}). Täällä ei voi \
                 tallentaa mitään; tarkista, että sivustojen tietojen tallennus on sallittu tälle \
                 sivulle."
            )
            .into();
        }
        WriteQuota => {
            "Selaimen tallennustila on täynnä, joten viimeisintä muutostasi ei tallennettu. Se \
             näkyy yhä näytöllä: lataa varmuuskopio nyt, niin mitään ei katoa."
        }
        WriteConflict => {
            "Tätä asiakasta muutettiin toisessa välilehdessä tai ikkunassa, joten muutostasi ei \
             tallennettu sen päälle. Muutoksesi näkyy yhä näytöllä: lataa varmuuskopio, jotta se \
             säilyy, ja päivitä sitten sivu, niin näet toisen version."
        }
        WriteReadOnly => "Vain luku: muutoksia ei voi tallentaa (katso ilmoitus yllä).",
        WriteProtected => {
            "Tätä tietuetta ei voitu lukea aiemmin, joten se on suojattu ylikirjoitukselta."
        }
        WriteFailed(detail) => {
            return format!(
                "Selain kieltäytyi tallentamasta viimeisintä muutostasi ({detail}). Se näkyy yhä \
                 näytöllä: lataa varmuuskopio nyt, niin mitään ei katoa."
            )
            .into();
        }
        DownloadBackup => "Lataa varmuuskopio",
        DownloadUnreadable => "Lataa lukukelvoton tietue",
        Dismiss => "Sulje",
        ReadOnlyBadge => "Vain luku",
        SettingsTitle => "Asetukset",
        AboutYou => "Tietoja sinusta",
        AboutYouHint => {
            "Näillä tiedoilla Clientwise allekirjoittaa puolestasi kirjoittamansa viestit ja \
             otsikoi raportit."
        }
        OwnerName => "Nimesi",
        Business => "Yrityksesi nimi",
        SaveSettings => "Tallenna asetukset",
        BackupTitle => "Varmuuskopio",
        BackupHint => {
            "Tietosi ovat vain tässä selaimessa. Lataa varmuuskopio aina välillä ja säilytä se \
             turvallisessa paikassa."
        }
        ExampleTitle => "Esimerkkitiedot",
        ExampleHint => {
            "Lisää muutaman keksityn asiakkaan: yhden kustakin hankalasta asiakastyypistä ja \
             yhden helpon. Omiin asiakkaisiisi ei kosketa."
        }
        ReportsLink => "Raportit ja viennit",
        ReportsTitle(name) => return format!("Raportit ja viennit: {name}").into(),
        ReportKindLabel => "Raportti",
        ReportFinalOption => "Loppuraportti",
        ReportFinalHint => {
            "Asiakkaalle: tehty työ kuukausittain, laskut ja maksut, luovutus ja lyhyt loppusana. \
             Ei pisteitä."
        }
        ReportEvidenceOption => "Todisteaineisto",
        ReportEvidenceHint => {
            "Yksityinen, omaan arkistoosi tai riitatilanteen varalle: loppuraportti sekä kaikki \
             päivätyt ongelmat, lähettämäsi viestit ja pisteet todisteineen."
        }
        ReportFrom => "Alkupäivä",
        ReportTo => "Loppupäivä",
        PrintReport => "Tulosta tai tallenna PDF:nä",
        DownloadMarkdown => "Lataa Markdown-tiedostona",
        DownloadHtml => "Lataa HTML-tiedostona",
        ClientDataTitle => "Asiakkaan tiedot",
        ClientDataHint => {
            "Kaikki kirjaukset taulukkona (CSV) tai asiakas tiedostona, jonka voi palauttaa mihin \
             tahansa Clientwiseen (JSON)."
        }
        DownloadCsv => "Lataa kirjaukset (CSV)",
        DownloadJson => "Lataa asiakas (JSON)",
        Downloaded(name) => return format!("Ladattu: {name}.").into(),
        DownloadFailed => "Selain ei aloittanut latausta. Mitään ei kadonnut; yritä uudelleen.",
        DigestLabel => "SHA-256-tiiviste",
        DigestHint => {
            "Säilytä tiiviste tiedoston kanssa tai lähetä se tiedoston mukana: jos tiedostoa \
             joskus muutetaan, tiiviste muuttuu. Tiedoston nimessä on tiivisteen 12 ensimmäistä \
             merkkiä."
        }
        CopyDigest => "Kopioi tiiviste",
        PreviewLabel => "Esikatselu",
        AddNameToReports => {
            "Lisää nimesi ja yrityksesi asetuksiin, niin ne näkyvät raporttien otsikossa ja \
             allekirjoituksessa."
        }
        RestoreTitle => "Palauta varmuuskopiosta",
        RestoreHint => {
            "Valitse Clientwisesta ladattu varmuuskopio (tai asiakastiedosto). Näet, mitä se \
             muuttaa, ennen kuin mitään tallennetaan."
        }
        BackupFile => "Varmuuskopiotiedosto",
        ReadingFile => "Luetaan tiedostoa…",
        FileUnreadable => "Selain ei pystynyt lukemaan tätä tiedostoa. Mitään ei muutettu.",
        RestoreRefused => "Tätä tiedostoa ei voi palauttaa, eikä mitään muutettu.",
        BackupSummary(n, when) => {
            let clients = plural(*n, "asiakas", "asiakasta");
            return if when.is_empty() {
                format!("Varmuuskopio: {clients} ja asetukset.").into()
            } else {
                format!("Varmuuskopio: {clients} ja asetukset, otettu {when}.").into()
            };
        }
        ClientFileSummary(n) => {
            return format!(
                "Asiakastiedosto: {}, ei asetuksia.",
                plural(*n, "asiakas", "asiakasta")
            )
            .into();
        }
        RestoreModeLabel => "Palautustapa",
        RestoreMerge => "Yhdistä",
        RestoreMergeHint => {
            "Kaikki täällä olevat asiakkaat säilyvät ja tiedoston asiakkaat tuodaan lisäksi. \
             Samanniminen asiakas korvataan tiedoston versiolla. Asetuksesi säilyvät."
        }
        RestoreReplace => "Korvaa",
        RestoreReplaceHint => {
            "Selaimeen jää täsmälleen se, mitä tiedostossa on: asiakkaat, joita tiedostossa ei \
             ole, poistetaan ja tiedoston asetukset korvaavat omasi."
        }
        PlanAdd(n) => {
            return format!("Lisätään {}:", plural(*n, "asiakas", "asiakasta")).into();
        }
        PlanReplace(n) => {
            return format!(
                "Korvataan tiedoston versiolla {}:",
                plural(*n, "asiakas", "asiakasta")
            )
            .into();
        }
        PlanUnchanged(n) => {
            return format!("{} on jo ajan tasalla:", plural(*n, "asiakas", "asiakasta")).into();
        }
        PlanRemove(n) => {
            return format!("Poistetaan {}:", plural(*n, "asiakas", "asiakasta")).into();
        }
        PlanSettingsReplaced => "Asetuksesi korvataan tiedoston asetuksilla.",
        PlanSettingsKept => "Asetuksesi säilyvät ennallaan.",
        PlanNothing => "Ei muutettavaa: tässä selaimessa on jo kaikki, mitä tiedostossa on.",
        RestoreNow => "Palauta",
        FilterStatus => "Tila",
        FilterVerdict => "Arvio",
        AllStatuses => "Kaikki tilat",
        AllVerdicts => "Kaikki arviot",
        NoMatch => "Yksikään asiakas ei vastaa näitä suodattimia.",
        ColTrend => "Kehitys",
        ColRevenue12m => "Saatu, viimeiset 12 kk",
        ColRevenueAll => "Saatu, yhteensä",
        ColHoursLogged => "Kirjatut tunnit",
        ColRate => "Tuntituotto",
        ColOutstandingMoney => "Avoinna",
        ColWaiting => "Odotuspäivät",
        ColExtraRounds => "Ylimääräiset korjauskierrokset",
        SortTrouble => "Aiheutetut ongelmat",
        ShownCount(shown, all) => {
            return if shown == all {
                plural(*all, "asiakas", "asiakasta").into()
            } else {
                format!("{shown}/{}", plural(*all, "asiakas", "asiakasta")).into()
            };
        }
        ShowingFirst(shown, all) => {
            return format!("Näytetään ensimmäiset {shown} (yhteensä {all}) tässä järjestyksessä.")
                .into();
        }
        ShowAllRows(all) => return format!("Näytä kaikki ({all})").into(),
        ParetoTitle => "Mistä ongelmat tulevat",
        ParetoDesc => {
            "Asiakkaat aiheuttamiensa ongelmien mukaan järjestettynä, eniten ensin. Kukin viiva \
             laskee osuudet yhteen edetessään: kaikista ongelmista, saadusta rahasta ja \
             kirjatuista tunneista."
        }
        ParetoSummary(names, trouble, revenue, hours) => {
            return format!(
                "{names}: {trouble}\u{a0}% ongelmista, kun osuus saadusta rahasta on \
                 {revenue}\u{a0}% ja tunneistasi {hours}\u{a0}%."
            )
            .into();
        }
        ParetoNoTrouble => "Yksikään asiakas ei aiheuta ongelmia. Jatka kirjaamista.",
        SeriesTrouble => "Ongelmat",
        SeriesRevenue => "Saatu raha",
        SeriesHours => "Kirjatut tunnit",
        ParetoOtherCurrency(n, code) => {
            return format!(
                "Rahaosuuksissa ovat mukana vain asiakkaat, joita laskutetaan valuutassa {code}; \
                 muissa valuutoissa laskutetut on jätetty pois ({}).",
                plural(*n, "asiakas", "asiakasta")
            )
            .into();
        }
        AxisClients => "Asiakkaat, eniten ongelmia ensin",
        ShowAsTable => "Näytä taulukkona",
        ColClient => "Asiakas",
        ColTroubleShare => "Oma osuus ongelmista",
        ColCumTrouble => "Kertyneet ongelmat",
        ColCumRevenue => "Kertynyt raha",
        ColCumHours => "Kertyneet tunnit",
        ChartsTitle => "Ajan mittaan",
        LatenessTitle => "Myöhästyminen laskuittain (päivää)",
        LatenessDesc => {
            "Jokainen palkki on lasku eräpäivän mukaan: kuinka monta päivää eräpäivän jälkeen se \
             maksettiin (tai, jos se on maksamatta, kuinka kauan se on odottanut). Kasvavat \
             palkit kertovat, että maksut myöhästyvät yhä enemmän."
        }
        AnswerTimeTitle => "Vastausaika pyynnöittäin (päivää)",
        AnswerTimeDesc => {
            "Jokainen palkki on pyyntö lähetyspäivän mukaan: kuinka monta päivää vastaus kesti \
             (tai, jos vastausta ei ole tullut, kuinka kauan sitä on tähän mennessä odotettu)."
        }
        RoundsTitle => "Korjauskierrokset kohteittain",
        RoundsDesc(n) => {
            return format!(
                "Jokainen palkki on hyväksyttäväksi lähetetty kohde: pyydetyt korjauskierrokset. \
                 Viiva on sopimukseen sisältyvä määrä ({n})."
            )
            .into();
        }
        ContractLine(n) => return format!("Sopimus: {n}").into(),
        NothingToChart => "Ei vielä mitään näytettävää.",
        StillOpen => "yhä avoinna",
        ColDaysCount => "Päivät",
        ColRoundsCount => "Kierrokset",
        ColItemLabel => "Kohde",
        ColDateLabel => "Päivämäärä",
        NavImport => "Tuonti",
        MappingTitle => "Mikä sarake on mikä?",
        MappingHint => {
            "Clientwise ei tunne tämän tiedoston rakennetta. Kerro, mitä kukin sarake sisältää; \
             valinta muistetaan tiedostoille, joissa on samat sarakkeet."
        }
        MappingKind => "Jokainen rivi on",
        ImportKind(kind) => match kind {
            crate::import::Kind::Time => "Tehty työaika",
            crate::import::Kind::Invoices => "Lasku",
            crate::import::Kind::Payments => "Laskun maksu",
        },
        RoleLabel(role, required) => {
            use crate::import::formats::Role::*;
            let name = match role {
                Client => "Asiakas",
                Date => "Päivämäärä",
                Duration => "Tunnit tai kesto",
                Description => "Mitä tehtiin",
                Project => "Projekti",
                Number => "Laskun numero",
                Amount => "Summa",
                Due => "Eräpäivä",
                Paid => "Maksettu summa",
                PaidOn => "Maksupäivä",
                Currency => "Valuutta",
                Invoice => "Maksetun laskun numero",
            };
            return if *required {
                name.into()
            } else {
                format!("{name} (valinnainen)").into()
            };
        }
        NotInFile => "— ei tässä tiedostossa —",
        MappingIncomplete => "Valitse sarake jokaiselle pakolliselle kentälle.",
        ImportTitle => "Tuo aiemmat tietosi",
        ImportHint => {
            "Tuo työaikakirjaukset ja laskut, jotka sinulla jo on: CSV-viennit palveluista Toggl \
             Track, Clockify, Harvest, Kimai, Invoice Ninja ja FreshBooks. Näet kaiken, mitä \
             tiedosto lisäisi, ennen kuin mitään tallennetaan, ja tuonnin voi perua yhdellä \
             napsautuksella."
        }
        ImportFile => "Vientitiedosto (CSV)",
        ImportReadError(e) => return import_read_error(e).into(),
        Recognised(source) => {
            return format!("Tunnistettu: {}.", source_name(*source)).into();
        }
        DateOrderQuestion => {
            "Tämän tiedoston päivämäärät voi lukea kahdella tavalla. Kumpi tulee ensin?"
        }
        DayFirst => "Päivä (31/12/2024)",
        MonthFirst => "Kuukausi (12/31/2024)",
        PreviewNewClients(n) => {
            return format!("Luodaan {}:", plural(*n, "uusi asiakas", "uutta asiakasta")).into();
        }
        PreviewMatched(n) => {
            return format!("{} on jo täällä:", plural(*n, "asiakas", "asiakasta")).into();
        }
        PreviewRows(n) => return format!("Tuodaan {}.", plural(*n, "rivi", "riviä")).into(),
        PreviewSkipped(n) => {
            return format!("Ohitetaan {}:", plural(*n, "rivi", "riviä")).into();
        }
        SkippedLine(line, reason) => {
            return format!("Rivi {line}: {}", import_skip(reason)).into();
        }
        PreviewHours(h) => return format!("Tunnit: {h}").into(),
        PreviewInvoiced(m) => return format!("Laskutettu: {m}").into(),
        PreviewPaid(m) => return format!("Maksettu: {m}").into(),
        DueFromTermsNote => {
            "Tiedostossa ei ole eräpäiviä: kunkin laskun eräpäivä lasketaan asiakkaan \
             maksuehdoista."
        }
        ImportNow(n) => return format!("Tuo {}", plural(*n, "rivi", "riviä")).into(),
        ImportedRows(n) => return format!("Tuotiin {}.", plural(*n, "rivi", "riviä")).into(),
        NothingNew => "Ei mitään uutta tuotavaa: jokainen rivi on jo kirjauksissa tai ohitettu.",
        PastImports => "Tuonnit",
        ImportSummary(n, rows) => {
            return format!(
                "Tuonti {n}: kirjauksissa {}",
                plural(*rows, "rivi", "riviä")
            )
            .into();
        }
        UndoImport(n) => return format!("Peru tuonti {n}").into(),
        ImportUndone(n) => return format!("Tuonti {n} peruttu.").into(),
        CopyName(name) => return format!("{name} (toisen välilehden kopio)").into(),
        ConflictNotice(name) => {
            return format!(
                "”{name}” muuttui toisessa välilehdessä tai ikkunassa, kun tässä välilehdessä oli \
                 siihen tallentamaton muutos. Mitään ei ole kadonnut: säilytä molemmat versiot \
                 (omasi tallennetaan kopiona) tai käytä toista versiota ja hylkää tämän \
                 välilehden muutos."
            )
            .into();
        }
        KeepBoth => "Säilytä molemmat",
        UseOtherVersion => "Käytä toista versiota",
        ClearedElsewhere => {
            "Clientwisen tiedot tyhjennettiin toisessa välilehdessä tai ikkunassa. Kaikki näkyy \
             vielä näytöllä: lataa varmuuskopio nyt, niin tiedot säilyvät."
        }
        UsageWarning(percent) => {
            return format!(
                "Clientwise käyttää {percent}\u{a0}% tilasta, jonka tämä selain sille antaa. Lataa \
                 varmuuskopio ja harkitse niiden entisten asiakkaiden poistamista, joista sinulla \
                 on jo raportti tallessa."
            )
            .into();
        }
        StorageTitle => "Tallennustila",
        StorageUsed(amount, percent) => {
            return format!("Käytössä {amount} noin 5 megatavusta ({percent}\u{a0}%).").into();
        }
        StorageMeterLabel => "Käytetty tila tässä selaimessa",
        PersistGranted => "Selain on luvannut säilyttää nämä tiedot, vaikka tila kävisi vähiin.",
        PersistDenied => {
            "Selain voi tyhjentää nämä tiedot, jos tila käy vähiin, joten pidä varmuuskopio \
             tuoreena. (Selaimet suostuvat usein, kun olet käyttänyt sivustoa jonkin aikaa tai \
             lisännyt sen kirjanmerkkeihin.)"
        }
        PersistUnknown => "Tämä selain ei kerro, säilyttääkö se tiedot.",
        PersistAsk => "Pyydä selainta säilyttämään tiedot",
        ReminderTitle => "Varmuuskopiomuistutus",
        ReminderHint => {
            "Hienovarainen muistutus ladata varmuuskopio, kun edellisestä on kertynyt tietty \
             määrä muutoksia tai kulunut tietty määrä päiviä."
        }
        ReminderEveryChanges => "Muistuta, kun muutoksia on kertynyt näin monta",
        ReminderEveryDays => "Muistuta, kun päiviä on kulunut näin monta",
        ReminderOffHint => "0 poistaa muistutuksen käytöstä.",
        SaveReminder => "Tallenna muistutus",
        LastBackup(day) => {
            return format!("Viimeisin varmuuskopio tästä selaimesta: {day}.").into();
        }
        NoBackupYet => "Tästä selaimesta ei ole vielä ladattu varmuuskopiota.",
        ReminderDue(changes, since) => {
            let changes = plural(*changes as usize, "muutos", "muutosta");
            return match since {
                Some(d) => format!(
                    "{changes} sen jälkeen, kun edellinen varmuuskopio otettiin {} sitten. Lataa \
                     varmuuskopio, niin muutokset ovat tallessa, vaikka selaimen tiedot \
                     katoaisivat.",
                    days(*d)
                ),
                None => format!(
                    "{changes} eikä vielä yhtään varmuuskopiota. Lataa varmuuskopio, niin \
                     muutokset ovat tallessa, vaikka selaimen tiedot katoaisivat."
                ),
            }
            .into();
        }
        RemindLater => "Muistuta myöhemmin",
        RestoreDone(added, replaced, removed) => {
            return format!(
                "Palautettu: {} lisätty, {replaced} korvattu, {removed} poistettu.",
                plural(*added, "asiakas", "asiakasta")
            )
            .into();
        }
        BackupFirst => "Lataa ensin varmuuskopio nykyisistä tiedoista",
        ThresholdsTitle => "Pisteytys",
        ThresholdsHint => {
            "Ne harvat rajat, jotka voit halutessasi asettaa itse. Kaikki muu pisteytyksessä on \
             kiinteää ja jokaisen pistemäärän takana olevat kirjaukset näytetään."
        }
        SlowAnswerDays => "Vastaus on hidas, kun sitä on odotettu yli (päivää)",
        GraceDays => "Armonaika eräpäivän jälkeen (päivää)",
        SlowApprovalDays => "Hyväksyntä on hidas, kun sitä on odotettu yli (päivää)",
        HalfLifeDays => "Todisteen paino puolittuu, kun se on vanhempi kuin (päivää)",
        SaveThresholds => "Tallenna pisteytyksen asetukset",
        ResetDefaults => "Palauta oletukset",
        LanguageLabel => "Kieli",
        LanguageName(lang) => language_name(*lang),
        ClientLanguage => "Asiakkaan kieli",
        ClientLanguageHint => {
            "Tämän asiakkaan viestit, kirjeet ja loppuraportti kirjoitetaan tällä kielellä."
        }
        ClientLanguageDefault => "Sama kuin näkymän kieli",
        ClientLanguageSummary(lang) => {
            return format!("Viestit ja raportit {}", language_in(*lang)).into();
        }
        WrittenIn(lang) => return format!("Kirjoitettu {}.", language_in(*lang)).into(),
        DocumentLanguage => "Asiakirjan kieli",
        DocumentLanguageHint => {
            "Loppuraportti tehdään oletuksena asiakkaan kielellä, todisteaineisto sinun \
             kielelläsi."
        }
        TypedIntoLetter(lang) => {
            let l = language_in(*lang);
            return format!(
                "Viesti on {l}, ja tämä teksti menee siihen sellaisenaan: kirjoita se {l}."
            )
            .into();
        }
        SwitchLosesTyping => {
            "Kielen vaihtaminen sulkee täyttämäsi lomakkeen, ja siihen kirjoittamasi katoaa."
        }
        KeepEditing => "Jatka muokkaamista",
        SwitchAnyway => "Vaihda silti",
    };
    Cow::Borrowed(s)
}

/// The language's name, lower-case as Finnish writes it ("suomi", "englanti").
fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "englanti",
        Lang::Hy => "armenia",
        Lang::Fi => "suomi",
        Lang::Hr => "kroatia",
        Lang::Hu => "unkari",
    }
}

/// "In a language": the translative ("suomeksi").
fn language_in(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "englanniksi",
        Lang::Hy => "armeniaksi",
        Lang::Fi => "suomeksi",
        Lang::Hr => "kroatiaksi",
        Lang::Hu => "unkariksi",
    }
}

fn kind(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Pyyntö",
        EntryKind::Approval => "Hyväksyntä",
        EntryKind::Invoice => "Lasku",
        EntryKind::Incident => "Ongelmatilanne",
        EntryKind::Work => "Tehty työ",
        EntryKind::Intervention => "Toimenpide",
        EntryKind::Note => "Muistiinpano",
    }
}

fn kind_plural(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Pyynnöt",
        EntryKind::Approval => "Hyväksynnät",
        EntryKind::Invoice => "Laskut",
        EntryKind::Incident => "Ongelmatilanteet",
        EntryKind::Work => "Tehty työ",
        EntryKind::Intervention => "Toimenpiteet",
        EntryKind::Note => "Muistiinpanot",
    }
}

fn incident(k: IncidentKind) -> &'static str {
    match k {
        IncidentKind::DeadlineSlipped => "Määräaika venyi, koska asiakkaan palaute tuli myöhässä",
        IncidentKind::AccessWithheld => "Pääsy tiliin evättiin",
        IncidentKind::Blame => "Asiakas syytti sinua",
        IncidentKind::OutOfHoursPressure => "Painostusta tehdä töitä työajan ulkopuolella",
        IncidentKind::ScopeCreep => "Pyydettiin sovitun laajuuden ulkopuolista työtä",
        IncidentKind::Disrespect => "Epäkunnioittava käytös",
        IncidentKind::PromiseToPayLater => "Lupaus maksaa myöhemmin",
        IncidentKind::Other => "Muu asia",
    }
}

/// What was done, as a participle phrase ("Maksumuistutus lähetetty") that also reads in
/// running text once lower-cased.
fn intervention(k: InterventionKind) -> &'static str {
    match k {
        InterventionKind::PaymentTermsStated => "Maksuehdot kerrottu",
        InterventionKind::PaymentReminder => "Maksumuistutus lähetetty",
        InterventionKind::WorkPaused => "Työt keskeytetty maksuun asti",
        InterventionKind::ResponsivenessExpectations => "Pyydetty vastaamaan ajoissa",
        InterventionKind::WorkingWayExplained => "Selitetty, että toimintatapa estää työn",
        InterventionKind::ExtraMile => "Nähty ylimääräistä vaivaa",
        InterventionKind::Termination => "Yhteistyö lopetettu",
        InterventionKind::Other => "Muu toimenpide",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Active => "Aktiivinen",
        Status::Paused => "Tauolla",
        Status::Parting => "Yhteistyö päättymässä",
        Status::Former => "Entinen asiakas",
    }
}

/// The record, in the partitive that "… ei voitu lukea" needs.
fn record(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Client => "Tallennettua asiakasta",
        RecordKind::Index => "Tallennettua asiakasluetteloa",
        RecordKind::Settings => "Tallennettuja asetuksiasi",
        RecordKind::Backup => "Varmuuskopiotiedostoa",
        RecordKind::Reminder => "Varmuuskopiomuistutusta",
        RecordKind::ImportMappings => "Muistettuja tuontisarakkeita",
    }
}

fn problem(p: Problem) -> Cow<'static, str> {
    let s = match p {
        Problem::Required => "Pakollinen tieto.",
        Problem::NotADate => "Anna päivämäärä.",
        Problem::NotANumber => "Anna luku, esimerkiksi 1 250,00.",
        Problem::NotAWholeNumber => "Anna kokonaisluku.",
        Problem::Negative => "Ei voi olla negatiivinen.",
        Problem::TooManyDecimals => "Liian monta desimaalia tälle valuutalle.",
        Problem::TooLarge => "Luku on liian suuri.",
        Problem::OutOfRange { min, max } => {
            return format!("Anna luku väliltä {min}–{max}.").into();
        }
        Problem::NotACurrency => "Anna kolmikirjaiminen valuuttakoodi, kuten EUR tai USD.",
        Problem::HoursTooLong => {
            "Yli 24 tuntia yhdessä kirjauksessa: kirjaa jokainen päivä erikseen."
        }
        Problem::TextTooLong => "Teksti on liian pitkä.",
        Problem::AnsweredBeforeSent => "Vastaus ei voi olla päivätty ennen pyynnön lähettämistä.",
        Problem::ApprovedBeforeSubmitted => {
            "Hyväksyntä ei voi olla päivätty ennen kuin kohde lähetettiin hyväksyttäväksi."
        }
        Problem::DueBeforeIssued => "Eräpäivä ei voi olla ennen laskun päiväystä.",
        Problem::EndBeforeStart => "Loppu ei voi olla ennen alkua.",
        Problem::PaymentsExceedAmount => "Maksuja on yhteensä enemmän kuin laskun summa.",
        Problem::ZeroAmount => "Summan on oltava suurempi kuin nolla.",
    };
    Cow::Borrowed(s)
}

fn reason(e: &DecodeError) -> Cow<'static, str> {
    match e {
        DecodeError::TooLarge { bytes, limit } => format!(
            "Tiedosto on liian suuri ({} Mt; raja on {} Mt).",
            bytes / 1_000_000,
            limit / 1_000_000
        )
        .into(),
        DecodeError::NotJson { line, column } => {
            format!("Se ei ole kelvollinen JSON-tiedosto (rivi {line}, sarake {column}).").into()
        }
        DecodeError::WrongFormat { .. } => "Se ei ole Clientwise-tietue.".into(),
        DecodeError::NoVersion => "Siinä ei ole tietoversiota.".into(),
        DecodeError::TooOld { found } => format!(
            "Sen tietoversiota ({found}) ei ole koskaan käyttänyt mikään Clientwisen versio."
        )
        .into(),
        DecodeError::Newer { found } => {
            format!("Sen on kirjoittanut Clientwisen uudempi versio (tietoversio {found}).").into()
        }
        DecodeError::Migration { from, reason } => {
            format!("Sitä ei voitu päivittää tietoversiosta {from}: {reason}.").into()
        }
        DecodeError::Invalid { path, message } => format!("Kohdassa {path}: {message}.").into(),
        DecodeError::IdMismatch { key_id, record_id } => format!(
            "Se on tallennettu asiakkaana {key_id}, mutta sen oman tiedon mukaan se on asiakas \
             {record_id}."
        )
        .into(),
    }
}

fn source_name(source: crate::import::Source) -> &'static str {
    use crate::import::Source::*;
    match source {
        Toggl => "Toggl Track -työaikakirjaukset",
        Clockify => "Clockify-työaikakirjaukset",
        HarvestTime => "Harvest-työaikakirjaukset",
        Kimai => "Kimai-tuntilista",
        InvoiceNinjaInvoices => "Invoice Ninja -laskut",
        InvoiceNinjaPayments => "Invoice Ninja -maksut",
        FreshBooks => "FreshBooks-laskut",
        HarvestInvoices => "Harvest-laskut",
        Generic => "käsin määritetty tiedosto",
    }
}

fn import_read_error(e: &crate::import::ReadError) -> String {
    use crate::import::ReadError::*;
    match e {
        TooLarge { bytes } => format!(
            "Tiedosto on liian suuri ({} Mt; raja on {} Mt). Mitään ei muutettu.",
            bytes / 1_000_000,
            crate::import::MAX_IMPORT_BYTES / 1_000_000
        ),
        Empty => "Tiedosto on tyhjä. Mitään ei muutettu.".into(),
        NotCsv => {
            "Tämä ei ole CSV-tiedosto, jota Clientwise osaa lukea (ehkä laskentataulukko tai \
             PDF). Vie työkalustasi CSV-tiedosto ja valitse se. Mitään ei muutettu."
                .into()
        }
    }
}

fn import_skip(reason: &crate::import::plan::PlanSkip) -> String {
    use crate::import::SkipReason::*;
    use crate::import::plan::PlanSkip;
    match reason {
        PlanSkip::Parse(reason) => match reason {
            MissingClient => "ei asiakasta".into(),
            MissingDate => "ei päivämäärää".into(),
            BadDate(d) => format!("päivämäärää ”{d}” ei voi lukea"),
            BadDuration(d) => format!("kestoa ”{d}” ei voi lukea"),
            BadAmount(a) if a.is_empty() => "ei summaa".into(),
            BadAmount(a) => format!("summaa ”{a}” ei voi lukea"),
            MissingNumber => "ei laskun numeroa".into(),
            NegativeAmount(a) => format!("negatiivinen summa ({a}): hyvityslaskuja ei tuoda"),
            NotApplicable(_) => {
                "ei kirjattua aikaa (käynnissä oleva ajastin tai tyhjä kirjaus)".into()
            }
        },
        PlanSkip::AlreadyImported => "tuotu jo aiemmin".into(),
        PlanSkip::InvoiceExists(n) => format!("lasku {n} on jo kirjauksissa"),
        PlanSkip::UnknownInvoice(n) => format!("laskua {n} ei ole kirjauksissa"),
        PlanSkip::OtherCurrency(c) => format!("valuutta {c}, ei asiakkaan valuutta"),
    }
}
