//! Croatian. The voice: calm, plain and polite; the user is "vi" in running text, buttons are
//! short imperatives ("Spremi"); no first-person past tense, so nothing assumes anyone's gender;
//! errors say what happened, that nothing was lost, and what to do.

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
const LANG: Lang = Lang::Hr;

/// The form that goes with `n`: one (1, 21, 101…), few (2–4, 22–24…) or other (0, 5–20, 25…).
pub(super) fn pick<'a>(n: u64, one: &'a str, few: &'a str, other: &'a str) -> &'a str {
    match crate::i18n::plural(LANG, n) {
        Plural::One => one,
        Plural::Few => few,
        Plural::Other => other,
    }
}

/// "1 klijent", "3 klijenta", "5 klijenata": the number and the noun form it takes.
pub(super) fn plural(n: usize, one: &str, few: &str, other: &str) -> String {
    format!("{n} {}", pick(n as u64, one, few, other))
}

/// A number of days as subject or object: "1 dan", "2 dana", "5 dana", "21 dan".
pub(super) fn days(n: i64) -> String {
    format!("{n} {}", pick(n.unsigned_abs(), "dan", "dana", "dana"))
}

/// A number of days after "nakon", "prije", "od", "do" (genitive): "nakon 1 dana", "prije 5 dana".
pub(super) fn days_gen(n: i64) -> String {
    format!("{n} dana")
}

/// `text` as a sentence: a full stop at the end, unless it already ends with one (a Croatian date
/// such as "5. 3. 2026." closes the sentence with its own dot).
pub(super) fn sentence(text: &str) -> String {
    if text.ends_with('.') {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// `text` with its first letter in lower case, to continue a sentence.
pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "N klijent/klijenta/klijenata".
fn clients(n: usize) -> String {
    plural(n, "klijent", "klijenta", "klijenata")
}

/// "N redak/retka/redaka".
fn rows(n: usize) -> String {
    plural(n, "redak", "retka", "redaka")
}

pub(in crate::i18n) fn text(msg: &Msg) -> Cow<'static, str> {
    use Msg::*;
    let s: &'static str = match msg {
        AppName => "Clientwise",
        PageTitle(page) => return format!("{page} · Clientwise").into(),
        Tagline => "Vaši klijenti, crno na bijelo.",
        NavClients => "Klijenti",
        NavSettings => "Postavke",
        MainNavigation => "Glavni izbornik",
        SkipToContent => "Preskoči na sadržaj",
        PrivacyNote => "Vaši podaci ostaju u ovom pregledniku. Ništa se nikamo ne šalje.",
        ClientsTitle => "Klijenti",
        AddClient => "Dodaj klijenta",
        LoadExample => "Učitaj ogledne podatke",
        NoClientsYet => "Još nema klijenata.",
        EmptyHint => {
            "Dodajte prvog klijenta ili učitajte nekoliko izmišljenih da vidite kako Clientwise \
             radi."
        }
        ColName => "Ime",
        ColStatus => "Stanje",
        ExampleLoaded(n) => {
            return format!(
                "{} {n} {}.",
                pick(*n as u64, "Dodan je", "Dodana su", "Dodano je"),
                pick(
                    *n as u64,
                    "ogledni klijent",
                    "ogledna klijenta",
                    "oglednih klijenata"
                )
            )
            .into();
        }
        NewClientTitle => "Novi klijent",
        EditClientTitle => "Uređivanje klijenta",
        SectionWho => "Tko je klijent",
        SectionContract => "Što ste dogovorili",
        SectionStatus => "Trenutačno stanje",
        Name => "Ime",
        Company => "Tvrtka",
        Contact => "Kontakt (e-pošta ili telefon)",
        Currency => "Valuta",
        CurrencyHint => "Troslovna oznaka, npr. EUR, USD ili GBP.",
        PaymentTerms => "Plaćanje dospijeva",
        TermsDaysAfter => "Određeni broj dana nakon izdavanja računa",
        TermsDayOfMonth => "Određenog dana u mjesecu",
        PaymentDays => "Broj dana nakon izdavanja računa",
        PaymentDayOfMonth => "Dan u mjesecu",
        NoticeDays => "Otkazni rok (u danima)",
        IncludedRevisions => "Uključeni krugovi izmjena po isporuci",
        Pricing => "Cijena",
        PricingNone => "Nije određena",
        PricingRetainer => "Mjesečni paušal",
        PricingHourly => "Satnica",
        PricingProject => "Fiksna cijena projekta",
        PricingAmount => "Iznos",
        Scope => "Opseg posla",
        Accounts => "Profili i resursi kojima upravljate za klijenta (jedan po retku)",
        Started => "Surađujete od",
        StatusLabel => "Stanje",
        Notes => "Bilješke",
        HardTimes => "Teška razdoblja",
        HardTimesHint => {
            "Razdoblja u kojima je klijent prolazio kroz nešto teško (bolest, gubitak, krizu). \
             Dokazi iz tih razdoblja i dalje se prikazuju, ali malo vrijede."
        }
        HardTimeStart => "Od",
        HardTimeEnd => "Do (prazno ako još traje)",
        HardTimeNote => "Što se dogodilo",
        AddHardTime => "Dodaj teško razdoblje",
        RemoveHardTime(i) => return format!("Ukloni {}. teško razdoblje", i + 1).into(),
        SaveClient => "Spremi klijenta",
        Cancel => "Odustani",
        FormHasErrors => "Neka polja treba još jednom provjeriti; uz svako piše što nije u redu.",
        Saved => "Spremljeno.",
        BackToClients => "Svi klijenti",
        ClientNotFound => "Ovdje nema klijenta. Možda je izbrisan.",
        EditClient => "Uredi klijenta",
        DeleteClient => "Izbriši klijenta",
        ConfirmDeleteClient(name) => {
            return format!(
                "Izbrisati klijenta {name} zajedno s cijelim dnevnikom? To se ne može poništiti."
            )
            .into();
        }
        ConfirmDeleteEntry => "Izbrisati ovaj unos? To se ne može poništiti.",
        YesDelete => "Da, izbriši",
        ContractTitle => "Ugovor",
        TermsSummaryDays(0) => "Plaćanje po primitku računa",
        TermsSummaryDays(n) => {
            return format!(
                "Plaćanje u roku od {} od izdavanja računa",
                days_gen(i64::from(*n))
            )
            .into();
        }
        TermsSummaryDayOfMonth(d) => {
            return format!("Plaćanje {d}. dana svakog mjeseca").into();
        }
        NoticeSummary(n) => return format!("Otkazni rok: {}", days(i64::from(*n))).into(),
        RevisionsSummary(n) => {
            return format!(
                "Uključeno po isporuci: {}",
                plural(
                    usize::from(*n),
                    "krug izmjena",
                    "kruga izmjena",
                    "krugova izmjena"
                )
            )
            .into();
        }
        RetainerSummary(a) => return format!("Paušal: {a} mjesečno").into(),
        HourlySummary(a) => return format!("Satnica: {a}").into(),
        ProjectSummary(a) => return format!("Cijena projekta: {a}").into(),
        NoPricing => "Cijena nije upisana",
        StartedSummary(d) => return format!("Suradnja od {d}").into(),
        NoAccounts => "Nema upisanih profila kojima upravljate",
        AccountsTitle => "Profili i resursi kojima upravljate za klijenta",
        HardTimeOngoing(d) => return format!("Od {d}").into(),
        HardTimeBetween(a, b) => return format!("{a} – {b}").into(),
        EvidenceLog => "Dnevnik dokaza",
        FilterByKind => "Prikaži",
        AllKinds => "Svi unosi",
        AddEntry => "Dodaj unos",
        NewEntryTitle => "Novi unos",
        EditEntryTitle => "Uređivanje unosa",
        EntryKindLabel => "Vrsta unosa",
        NoEntries => "Još ništa nije zabilježeno. Dodajte prvi unos: upit, račun, sat rada…",
        NoEntriesOfKind => "Nema unosa ove vrste.",
        Edit => "Uredi",
        Delete => "Izbriši",
        EditEntryNamed(what) => return format!("Uredi: {what}").into(),
        DeleteEntryNamed(what) => return format!("Izbriši: {what}").into(),
        EntryCount(n) => return plural(*n, "unos", "unosa", "unosa").into(),
        SaveEntry => "Spremi unos",
        Date => "Datum",
        Sent => "Poslano",
        Topic => "Što ste pitali ili tražili",
        Answered => "Odgovoreno (prazno dok čekate)",
        Submitted => "Predano na odobrenje",
        Item => "Stavka",
        Rounds => "Zatraženi krugovi izmjena",
        Approved => "Odobreno (prazno dok čekate)",
        Trivial => "Tražene su samo sitne izmjene",
        InvoiceNumber => "Broj računa",
        Issued => "Datum izdavanja",
        Due => "Datum dospijeća",
        DueHint => "Ostavite prazno da se primijene uvjeti plaćanja iz ugovora.",
        Amount => "Iznos",
        Payments => "Primljene uplate",
        PaymentDate(i) => return format!("Datum {}. uplate", i + 1).into(),
        PaymentAmount(i) => return format!("Iznos {}. uplate", i + 1).into(),
        AddPayment => "Dodaj uplatu",
        RemovePayment(i) => return format!("Ukloni {}. uplatu", i + 1).into(),
        IncidentKindLabel => "Što se dogodilo",
        Details => "Pojedinosti",
        Hours => "Sati",
        HoursHint => "Npr. 1,5; 1:30 ili 90m.",
        Description => "Što ste napravili",
        Deliverable => "Isporuka (neobavezno)",
        InterventionKindLabel => "O čemu se radilo",
        InterventionText => "Što ste rekli ili napisali",
        NoteText => "Bilješka",
        RequestSummary(topic) => return format!("Upit: {topic}").into(),
        AnsweredAfter(0) => "odgovoreno istog dana",
        AnsweredAfter(n) => return format!("odgovoreno nakon {}", days_gen(*n)).into(),
        WaitingSince(d) => return format!("odgovor se čeka od {d}").into(),
        ApprovalSummary(item, rounds) => {
            return format!(
                "{item}: {}",
                plural(
                    usize::from(*rounds),
                    "krug izmjena",
                    "kruga izmjena",
                    "krugova izmjena"
                )
            )
            .into();
        }
        ApprovedOn(d) => return format!("odobreno {d}").into(),
        WaitingForApproval => "čeka se odobrenje",
        TrivialFlag => "samo sitne izmjene",
        InvoiceSummary(number, amount) => return format!("Račun {number}: {amount}").into(),
        DueOn(d) => return format!("dospijeće {d}").into(),
        PaidInFull(d) => return format!("plaćeno u cijelosti {d}").into(),
        Outstanding(a) => return format!("nepodmireno: {a}").into(),
        WorkSummary(hours, what) => return format!("{hours}: {what}").into(),
        ForDeliverable(d) => return format!("isporuka: {d}").into(),
        Kind(k) => kind(*k),
        KindPlural(k) => kind_plural(*k),
        Incident(k) => incident(*k),
        Intervention(k) => intervention(*k),
        Status(s) => status(*s),
        Problem(p) => return problem(*p),
        Pattern(p) => scores::pattern(*p),
        Band(b) => scores::band(*b),
        TrendLabel(t) => scores::trend(*t),
        ScoreOutOf(n) => return format!("{n} od 100").into(),
        OutOfHundred => "/100",
        Points(p) => return scores::points(*p).into(),
        Summary(s, currency) => return scores::summary(s, *currency).into(),
        EvidenceLine(label, reason, currency) => {
            return scores::evidence(label, reason, *currency).into();
        }
        WeightNote(w) => return scores::weight(*w),
        ShowEvidence(n) => {
            return format!("Dokazi ({})", plural(*n, "stavka", "stavke", "stavki")).into();
        }
        NoEvidence => "Ništa u dnevniku ne utječe na ovu ocjenu.",
        GoToEntry(what) => return format!("Idi na unos: {what}").into(),
        ScoresTitle => "Ocjene",
        VerdictTitle => "Zaključak:",
        VerdictHealthy => "Ništa u dnevniku ne traži reakciju.",
        VerdictDriven(p, score, summary) => {
            return format!(
                "Presudna je ocjena za {}: {score} od 100. {summary}",
                scores::pattern_object(*p)
            )
            .into();
        }
        ExtraMileNote => {
            "Klijent prolazi kroz teško razdoblje: dokazi iz tog vremena malo vrijede, a pravi je \
             put učiniti korak više umjesto prekida suradnje."
        }
        LowConfidence(days_, events) => {
            return format!(
                "{} povijesti i {}: još premalo za procjenu.",
                days(*days_),
                plural(*events, "događaj", "događaja", "događaja")
            )
            .into();
        }
        InvoiceLabel(n) => return format!("Račun {n}").into(),
        QuotedLabel(text) => return format!("„{text}“").into(),
        WorkLabel(day) => return format!("rad obavljen {day}").into(),
        ColVerdict => "Zaključak",
        SortBy => "Poredaj",
        SortRisk => "Po riziku, od najvećeg",
        SortName => "Po imenu",
        SortAdded => "Redoslijedom dodavanja",
        NextStepTitle => "Što sada učiniti",
        StepTitle(step) => playbook::step_title(*step),
        StepWhy(step) => playbook::step_why(*step),
        StageOf(n, of, p) => {
            return format!("Korak {n} od {of} za {}", scores::pattern_object(*p)).into();
        }
        LastTaken(kind, day) => {
            return format!(
                "Posljednja zabilježena mjera ({day}): {}.",
                lower_first(intervention(*kind))
            )
            .into();
        }
        WaitUntil(day, step) => {
            return format!(
                "Dajte klijentu vremena za odgovor do {day}, a zatim: {}.",
                lower_first(playbook::step_title(*step))
            )
            .into();
        }
        MessageSubject => "Predmet",
        MessageBody => "Poruka",
        CopyMessage => "Kopiraj poruku",
        Copied => "Kopirano u međuspremnik.",
        CopyFailed => "Preglednik nije dopustio kopiranje: označite tekst i kopirajte ga ručno.",
        MarkAsSent => "Označi kao poslano",
        LoggedAsSent(day) => return sentence(&format!("Zabilježeno kao poslano {day}")).into(),
        AddNameHint => "Upišite svoje ime u Postavkama kako bi poruke bile potpisane.",
        StartParting => "Započni prekid suradnje",
        PartingTitle => "Prekid suradnje",
        PartingStarted(day) => return sentence(&format!("Započeto {day}")).into(),
        CheckLabel(c) => playbook::check_label(*c),
        CheckHint(c) => playbook::check_hint(*c),
        CoolOffUntil(day) => return sentence(&format!("Odluku donesite najranije {day}")).into(),
        MoneyOwedNow(amount) => return sentence(&format!("Klijent još duguje {amount}")).into(),
        NothingOwed => "Klijent ništa ne duguje.",
        NoticeTitle => "Otkazni rok",
        NoticeHint(n) => {
            return format!(
                "Ugovor predviđa otkazni rok od {}; ako klijent ovisi o redovitom radu, dajte mu \
                 primjeren otkazni rok.",
                days_gen(i64::from(*n))
            )
            .into();
        }
        GiveNoticeToday => "Zabilježi otkaz s današnjim datumom",
        NoticeGivenOn(given, end) => {
            return sentence(&format!(
                "Otkaz je uručen {given}; posljednji radni dan je {end}"
            ))
            .into();
        }
        UndoNotice => "Poništi otkaz",
        OfferAlternatives => "Predložite alternative (isključite ako je klijent bio uvredljiv)",
        Colleague => "Kolega ili kolegica za preporuku (neobavezno)",
        ProviderKind => "Vrsta pružatelja usluga koja bi klijentu bolje odgovarala (neobavezno)",
        HandOverTitle => "Predaja punog pristupa",
        HandOverAccount(account) => return format!("Predano: {account}").into(),
        HandOverWarning(amount) => {
            return format!("Klijent još duguje {amount}: pristup predajte kad sve podmiri.")
                .into();
        }
        NoAccountsToHandOver => "Nema upisanih profila: nema ničega za predaju.",
        ReasonLabel => "Jedini razlog koji navodite",
        Reason(r) => return playbook::reason(r),
        ReasonCustom => "Vlastitim riječima",
        ReasonCustomText => "Dovršite rečenicu: „Više ne mogu ispunjavati Vaše potrebe jer…“",
        TerminationLetter => "Pismo o prekidu suradnje",
        PartingComplete => "Sve je gotovo: ovo je sada bivši klijent.",
        PartingProgress(done, of) => return format!("Obavljeno: {done} od {of}").into(),
        UnreadableKept(what, key) => {
            return format!(
                "Nije moguće pročitati {}. Točna kopija čuva se zasebno (pod „{key}“), ništa nije \
                 prebrisano, a sve ostalo je učitano.",
                record(*what)
            )
            .into();
        }
        UnreadableNotKept(what) => {
            return format!(
                "Nije moguće pročitati {}. Zapis je ostavljen netaknut na svom mjestu (u \
                 pregledniku nije bilo mjesta za rezervnu kopiju), a sve ostalo je učitano.",
                record(*what)
            )
            .into();
        }
        DecodeReason(e) => return reason(e),
        NewerData(found, current) => {
            return format!(
                "Ove je podatke spremila novija inačica aplikacije Clientwise (verzija podataka \
                 {found}; ova inačica čita do verzije {current}). Da podaci ostanu sigurni, ovdje \
                 je sve samo za čitanje. Za promjene otvorite najnoviju inačicu aplikacije \
                 Clientwise."
            )
            .into();
        }
        StorageUnavailable(detail) => {
            return format!(
                "Ovaj preglednik ne dopušta aplikaciji Clientwise da čuva podatke ({detail}). \
                 Ovdje se ništa ne može spremiti; provjerite jesu li podaci web-mjesta dopušteni \
                 za ovu stranicu."
            )
            .into();
        }
        WriteQuota => {
            "Pohrana preglednika je puna pa vaša posljednja promjena nije spremljena. I dalje je \
             na zaslonu: odmah preuzmite sigurnosnu kopiju da ništa ne izgubite."
        }
        WriteConflict => {
            "Ovaj je klijent u međuvremenu promijenjen u drugoj kartici ili prozoru, pa vaša \
             promjena nije spremljena kako ne bi prebrisala tu izmjenu. Vaša je promjena i \
             dalje na zaslonu: preuzmite sigurnosnu kopiju da je sačuvate, a zatim ponovno \
             učitajte stranicu da vidite drugu verziju."
        }
        WriteReadOnly => "Samo za čitanje: promjene se ne mogu spremiti (pogledajte poruku iznad).",
        WriteProtected => {
            "Ovaj zapis ranije nije bilo moguće pročitati pa je zaštićen od prebrisavanja."
        }
        WriteFailed(detail) => {
            return format!(
                "Preglednik je odbio spremiti vašu posljednju promjenu ({detail}). I dalje je na \
                 zaslonu: odmah preuzmite sigurnosnu kopiju da ništa ne izgubite."
            )
            .into();
        }
        DownloadBackup => "Preuzmi sigurnosnu kopiju",
        DownloadUnreadable => "Preuzmi nečitljivi zapis",
        Dismiss => "Zatvori",
        ReadOnlyBadge => "Samo za čitanje",
        SettingsTitle => "Postavke",
        AboutYou => "O vama",
        AboutYouHint => "Za potpis poruka i zaglavlje izvješća koja Clientwise piše za vas.",
        OwnerName => "Vaše ime",
        Business => "Naziv vašeg obrta ili tvrtke",
        SaveSettings => "Spremi postavke",
        BackupTitle => "Sigurnosna kopija",
        BackupHint => {
            "Vaša evidencija postoji samo u ovom pregledniku. Povremeno preuzmite sigurnosnu \
             kopiju i čuvajte je na sigurnom mjestu."
        }
        ExampleTitle => "Ogledni podaci",
        ExampleHint => {
            "Dodaje nekoliko izmišljenih klijenata: po jednog za svaki obrazac problematičnog \
             ponašanja i jednog s kojim nema problema. Vaši klijenti ostaju netaknuti."
        }
        ReportsLink => "Izvješća i izvoz",
        ReportsTitle(name) => return format!("Izvješća i izvoz: {name}").into(),
        ReportKindLabel => "Koje izvješće",
        ReportFinalOption => "Završno izvješće",
        ReportFinalHint => {
            "Za klijenta: obavljeni rad po mjesecima, računi i uplate, primopredaja i kratka \
             završna riječ. Bez ocjena."
        }
        ReportEvidenceOption => "Dosje dokaza",
        ReportEvidenceHint => {
            "Privatno, za vašu evidenciju ili u slučaju spora: završno izvješće te svaki \
             datirani problem, poruke koje ste poslali i ocjene s dokazima."
        }
        ReportFrom => "Od",
        ReportTo => "Do",
        PrintReport => "Ispiši ili spremi kao PDF",
        DownloadMarkdown => "Preuzmi kao Markdown",
        DownloadHtml => "Preuzmi kao HTML",
        ClientDataTitle => "Podaci o klijentu",
        ClientDataHint => {
            "Cijeli dnevnik kao tablica (CSV) ili klijent kao datoteka koju Clientwise u bilo kojem \
             pregledniku može vratiti (JSON)."
        }
        DownloadCsv => "Preuzmi dnevnik (CSV)",
        DownloadJson => "Preuzmi klijenta (JSON)",
        Downloaded(name) => return format!("Preuzeto: {name}").into(),
        DownloadFailed => {
            "Preglednik nije pokrenuo preuzimanje. Ništa nije izgubljeno; pokušajte ponovno."
        }
        DigestLabel => "Otisak SHA-256",
        DigestHint => {
            "Čuvajte ovaj otisak uz datoteku ili ga pošaljite zajedno s njom: ako se datoteka ikad \
             promijeni, promijenit će se i otisak. Naziv datoteke sadrži prvih 12 znakova otiska."
        }
        CopyDigest => "Kopiraj otisak",
        PreviewLabel => "Pregled",
        AddNameToReports => {
            "Upišite svoje ime i naziv obrta ili tvrtke u Postavkama kako bi izvješća imala \
             zaglavlje i potpis."
        }
        RestoreTitle => "Vraćanje iz sigurnosne kopije",
        RestoreHint => {
            "Odaberite sigurnosnu kopiju (ili datoteku klijenta) preuzetu iz aplikacije \
             Clientwise. Prije nego što se išta spremi, vidjet ćete što se mijenja."
        }
        BackupFile => "Datoteka sigurnosne kopije",
        ReadingFile => "Čitanje datoteke…",
        FileUnreadable => "Preglednik nije mogao pročitati ovu datoteku. Ništa nije promijenjeno.",
        RestoreRefused => "Ova se datoteka ne može vratiti i ništa nije promijenjeno.",
        BackupSummary(n, when) => {
            let clients = clients(*n);
            return if when.is_empty() {
                format!("Sigurnosna kopija: {clients}, s postavkama.").into()
            } else {
                sentence(&format!(
                    "Sigurnosna kopija: {clients}, s postavkama, izrađena {when}"
                ))
                .into()
            };
        }
        ClientFileSummary(n) => {
            return format!("Datoteka s klijentima: {}, bez postavki.", clients(*n)).into();
        }
        RestoreModeLabel => "Način vraćanja",
        RestoreMerge => "Spoji",
        RestoreMergeHint => {
            "Zadržava sve klijente koji su ovdje i dodaje one iz datoteke. Klijent s istim imenom \
             zamjenjuje se verzijom iz datoteke. Vaše postavke ostaju."
        }
        RestoreReplace => "Zamijeni",
        RestoreReplaceHint => {
            "Ovaj će preglednik sadržavati točno ono što je u datoteci: klijenti kojih nema u \
             datoteci brišu se, a postavke iz datoteke zamjenjuju vaše."
        }
        PlanAdd(n) => {
            return format!(
                "{} {}:",
                pick(*n as u64, "Dodaje se", "Dodaju se", "Dodaje se"),
                clients(*n)
            )
            .into();
        }
        PlanReplace(n) => {
            return format!(
                "Verzijom iz datoteke {} {}:",
                pick(*n as u64, "zamjenjuje se", "zamjenjuju se", "zamjenjuje se"),
                clients(*n)
            )
            .into();
        }
        PlanUnchanged(n) => {
            return format!(
                "{} {}:",
                clients(*n),
                pick(
                    *n as u64,
                    "ostaje nepromijenjen",
                    "ostaju nepromijenjena",
                    "ostaje nepromijenjeno"
                )
            )
            .into();
        }
        PlanRemove(n) => {
            return format!(
                "{} {}:",
                pick(*n as u64, "Briše se", "Brišu se", "Briše se"),
                clients(*n)
            )
            .into();
        }
        PlanSettingsReplaced => "Postavke iz datoteke zamijenit će vaše postavke.",
        PlanSettingsKept => "Vaše postavke ostaju kakve jesu.",
        PlanNothing => "Nema se što mijenjati: ovaj preglednik već sadrži sve što je u datoteci.",
        RestoreNow => "Vrati",
        FilterStatus => "Stanje",
        FilterVerdict => "Zaključak",
        AllStatuses => "Sva stanja",
        AllVerdicts => "Svi zaključci",
        NoMatch => "Nijedan klijent ne odgovara ovim filtrima.",
        ColTrend => "Kretanje",
        ColRevenue12m => "Primljeno, posljednjih 12 mjeseci",
        ColRevenueAll => "Primljeno, ukupno",
        ColHoursLogged => "Zabilježeni sati",
        ColRate => "Po satu",
        ColOutstandingMoney => "Nepodmireno",
        ColWaiting => "Dani čekanja",
        ColExtraRounds => "Dodatni krugovi izmjena",
        SortTrouble => "Po problemima koje stvara",
        ShownCount(shown, all) => {
            return if shown == all {
                clients(*all).into()
            } else {
                format!(
                    "{shown} od {all} {}",
                    pick(*all as u64, "klijenta", "klijenta", "klijenata")
                )
                .into()
            };
        }
        ShowingFirst(shown, all) => {
            return format!("Prikazano je prvih {shown} od {all}, ovim redoslijedom.").into();
        }
        ShowAllRows(all) => return format!("Prikaži sve ({all})").into(),
        ParetoTitle => "Odakle dolaze problemi",
        ParetoDesc => {
            "Klijenti poredani prema problemima koje stvaraju, od najvećih. Svaka crta postupno \
             zbraja udjele: u svim problemima, u primljenom novcu i u zabilježenim satima."
        }
        ParetoSummary(names, trouble, revenue, hours) => {
            return format!(
                "{names}: {trouble}\u{a0}% problema, uz {revenue}\u{a0}% primljenog novca i \
                 {hours}\u{a0}% vaših sati."
            )
            .into();
        }
        ParetoNoTrouble => "Nijedan klijent ne stvara probleme. Nastavite bilježiti.",
        SeriesTrouble => "Problemi",
        SeriesRevenue => "Primljeni novac",
        SeriesHours => "Zabilježeni sati",
        ParetoOtherCurrency(n, code) => {
            return format!(
                "Novac obuhvaća samo klijente kojima naplaćujete u valuti {code}; {} {}.",
                clients(*n),
                pick(
                    *n as u64,
                    "u drugoj valuti nije uključen",
                    "u drugim valutama nisu uključena",
                    "u drugim valutama nije uključeno"
                )
            )
            .into();
        }
        AxisClients => "Klijenti, od onih s najviše problema",
        ShowAsTable => "Prikaži kao tablicu",
        ColClient => "Klijent",
        ColTroubleShare => "Vlastiti udio u problemima",
        ColCumTrouble => "Problemi, zbirno",
        ColCumRevenue => "Novac, zbirno",
        ColCumHours => "Sati, zbirno",
        ChartsTitle => "Kroz vrijeme",
        LatenessTitle => "Dani kašnjenja po računu",
        LatenessDesc => {
            "Svaki stupac je jedan račun, po datumu dospijeća: koliko je dana nakon dospijeća \
             plaćen (ili, ako nije plaćen, koliko već čeka). Stupci koji rastu znače da kašnjenje \
             postaje sve veće."
        }
        AnswerTimeTitle => "Dani do odgovora po upitu",
        AnswerTimeDesc => {
            "Svaki stupac je jedan upit, po danu slanja: koliko je dana trebalo za odgovor (ili, \
             ako odgovora nema, koliko je dana prošlo dosad)."
        }
        RoundsTitle => "Krugovi izmjena po stavci",
        RoundsDesc(n) => {
            return format!(
                "Svaki stupac je jedna stavka predana na odobrenje: koliko je krugova izmjena \
                 zatraženo. Crta pokazuje koliko ih ugovor uključuje ({n})."
            )
            .into();
        }
        ContractLine(n) => return format!("Ugovor: {n}").into(),
        NothingToChart => "Još nema ničega za prikaz.",
        StillOpen => "još otvoreno",
        ColDaysCount => "Dani",
        ColRoundsCount => "Krugovi",
        ColItemLabel => "Stavka",
        ColDateLabel => "Datum",
        NavImport => "Uvoz",
        MappingTitle => "Koji je stupac koji?",
        MappingHint => {
            "Clientwise ne poznaje raspored ove datoteke. Odaberite što sadrži koji stupac; izbor \
             se pamti za datoteke s istim stupcima."
        }
        MappingKind => "Svaki redak je",
        ImportKind(kind) => match kind {
            crate::import::Kind::Time => "Odrađeno vrijeme",
            crate::import::Kind::Invoices => "Račun",
            crate::import::Kind::Payments => "Uplata po računu",
        },
        RoleLabel(role, required) => {
            use crate::import::formats::Role::*;
            let name = match role {
                Client => "Klijent",
                Date => "Datum",
                Duration => "Sati ili trajanje",
                Description => "Što je napravljeno",
                Project => "Projekt",
                Number => "Broj računa",
                Amount => "Iznos",
                Due => "Datum dospijeća",
                Paid => "Plaćeni iznos",
                PaidOn => "Datum plaćanja",
                Currency => "Valuta",
                Invoice => "Broj plaćenog računa",
            };
            return if *required {
                name.into()
            } else {
                format!("{name} (neobavezno)").into()
            };
        }
        NotInFile => "— nema u ovoj datoteci —",
        MappingIncomplete => "Odaberite stupac za svako obavezno polje.",
        ImportTitle => "Prenesite svoju povijest",
        ImportHint => {
            "Uvezite vremenske unose i račune koje već imate: CSV izvoze iz alata Toggl Track, \
             Clockify, Harvest, Kimai, Invoice Ninja ili FreshBooks. Prije nego što se išta \
             spremi, vidite sve što bi datoteka dodala, a uvoz se poništava jednim klikom."
        }
        ImportFile => "Izvezena datoteka (CSV)",
        ImportReadError(e) => return import_read_error(e).into(),
        Recognised(source) => {
            return format!("Prepoznato: {}.", source_name(*source)).into();
        }
        DateOrderQuestion => {
            "Datumi u ovoj datoteci mogu se pročitati na dva načina. Što dolazi prvo?"
        }
        DayFirst => "Dan (31/12/2024)",
        MonthFirst => "Mjesec (12/31/2024)",
        PreviewNewClients(n) => {
            return format!(
                "{n} {}:",
                pick(
                    *n as u64,
                    "novi klijent bit će stvoren",
                    "nova klijenta bit će stvorena",
                    "novih klijenata bit će stvoreno"
                )
            )
            .into();
        }
        PreviewMatched(n) => {
            return format!(
                "{} {}:",
                clients(*n),
                pick(*n as u64, "već postoji", "već postoje", "već postoji")
            )
            .into();
        }
        PreviewRows(n) => return format!("Za uvoz: {}.", rows(*n)).into(),
        PreviewSkipped(n) => {
            return format!(
                "{} {}:",
                rows(*n),
                pick(*n as u64, "preskočen", "preskočena", "preskočeno")
            )
            .into();
        }
        SkippedLine(line, reason) => {
            return format!("Redak {line}: {}", import_skip(reason)).into();
        }
        PreviewHours(h) => return format!("Sati: {h}").into(),
        PreviewInvoiced(m) => return format!("Fakturirano: {m}").into(),
        PreviewPaid(m) => return format!("Plaćeno: {m}").into(),
        DueFromTermsNote => {
            "Ova datoteka nema datume dospijeća: dospijeće svakog računa izračunava se iz \
             klijentovih uvjeta plaćanja."
        }
        ImportNow(n) => return format!("Uvezi {}", rows(*n)).into(),
        ImportedRows(n) => return format!("Uvezeno: {}.", rows(*n)).into(),
        NothingNew => "Nema ničega novog za uvoz: svaki je redak već u dnevniku ili je preskočen.",
        PastImports => "Dosadašnji uvozi",
        ImportSummary(n, r) => {
            return format!("Uvoz {n}: {} u dnevniku", rows(*r)).into();
        }
        UndoImport(n) => return format!("Poništi uvoz {n}").into(),
        ImportUndone(n) => return format!("Uvoz {n} je poništen.").into(),
        CopyName(name) => return format!("{name} (kopija sačuvana iz druge kartice)").into(),
        ConflictNotice(name) => {
            return format!(
                "Klijent „{name}“ promijenjen je u drugoj kartici ili prozoru dok je u ovoj \
                 kartici na njemu bila nespremljena promjena. Ništa nije izgubljeno: zadržite obje \
                 verzije (vaša se sprema kao kopija) ili upotrijebite drugu verziju i odbacite \
                 promjenu iz ove kartice."
            )
            .into();
        }
        KeepBoth => "Zadrži obje",
        UseOtherVersion => "Upotrijebi drugu verziju",
        ClearedElsewhere => {
            "Podaci aplikacije Clientwise izbrisani su u drugoj kartici ili prozoru. Sve je još \
             ovdje na zaslonu: odmah preuzmite sigurnosnu kopiju da to sačuvate."
        }
        UsageWarning(percent) => {
            return format!(
                "Clientwise zauzima {percent}\u{a0}% prostora koji mu ovaj preglednik daje. \
                 Preuzmite sigurnosnu kopiju i razmislite o brisanju bivših klijenata za koje već \
                 imate izvješće."
            )
            .into();
        }
        StorageTitle => "Pohrana",
        StorageUsed(amount, percent) => {
            return format!("Zauzeto {amount} od otprilike 5 MB ({percent}\u{a0}%).").into();
        }
        StorageMeterLabel => "Zauzeti prostor u ovom pregledniku",
        PersistGranted => "Preglednik je pristao čuvati ove podatke čak i kad ponestane prostora.",
        PersistDenied => {
            "Preglednik može izbrisati ove podatke kad ponestane prostora, zato čuvajte nedavnu \
             sigurnosnu kopiju. (Preglednici često pristanu nakon što neko vrijeme koristite \
             stranicu ili je dodate u oznake.)"
        }
        PersistUnknown => "Ovaj preglednik ne navodi hoće li čuvati podatke.",
        PersistAsk => "Zatraži od preglednika da čuva podatke",
        ReminderTitle => "Podsjetnik za sigurnosnu kopiju",
        ReminderHint => {
            "Blagi podsjetnik da preuzmete sigurnosnu kopiju nakon određenog broja promjena ili \
             dana od posljednje."
        }
        ReminderEveryChanges => "Podsjeti me nakon ovoliko promjena",
        ReminderEveryDays => "Podsjeti me nakon ovoliko dana",
        ReminderOffHint => "0 isključuje taj podsjetnik.",
        SaveReminder => "Spremi podsjetnik",
        LastBackup(day) => {
            return sentence(&format!(
                "Posljednja sigurnosna kopija iz ovog preglednika: {day}"
            ))
            .into();
        }
        NoBackupYet => "Iz ovog preglednika još nije preuzeta nijedna sigurnosna kopija.",
        ReminderDue(changes, since) => {
            let changes = plural(*changes as usize, "promjena", "promjene", "promjena");
            return match since {
                Some(d) => format!(
                    "{changes} od posljednje sigurnosne kopije, izrađene prije {}. Preuzmite \
                     sigurnosnu kopiju kako bi promjene bile na sigurnom i ako ovaj preglednik \
                     izgubi podatke.",
                    days_gen(*d)
                ),
                None => format!(
                    "{changes}, a sigurnosne kopije još nema. Preuzmite sigurnosnu kopiju kako bi \
                     promjene bile na sigurnom i ako ovaj preglednik izgubi podatke."
                ),
            }
            .into();
        }
        RemindLater => "Podsjeti me kasnije",
        RestoreDone(added, replaced, removed) => {
            return format!(
                "Vraćanje je dovršeno. Dodano: {}; zamijenjeno: {replaced}; izbrisano: {removed}.",
                clients(*added)
            )
            .into();
        }
        BackupFirst => "Najprije preuzmi sigurnosnu kopiju onoga što je ovdje",
        ThresholdsTitle => "Bodovanje",
        ThresholdsHint => {
            "Nekoliko granica koje možete odrediti sami. Sve ostalo u bodovanju je fiksno, a \
             svaka ocjena pokazuje unose na kojima se temelji."
        }
        SlowAnswerDays => "Odgovor se smatra sporim nakon (dana)",
        GraceDays => "Dani tolerancije nakon dospijeća",
        SlowApprovalDays => "Odobrenje se smatra sporim nakon (dana)",
        HalfLifeDays => "Dokaz vrijedi upola nakon (dana)",
        SaveThresholds => "Spremi postavke bodovanja",
        ResetDefaults => "Vrati zadane vrijednosti",
        LanguageLabel => "Jezik",
        LanguageName(lang) => language_name(*lang),
        ClientLanguage => "Jezik klijenta",
        ClientLanguageHint => {
            "Na tom se jeziku pišu poruke, pisma i završno izvješće za ovog klijenta."
        }
        ClientLanguageDefault => "Jezik ovog sučelja",
        ClientLanguageSummary(lang) => {
            return format!("Poruke i izvješća na {}", language_locative(*lang)).into();
        }
        WrittenIn(lang) => {
            return format!("Napisano na {}.", language_locative(*lang)).into();
        }
        DocumentLanguage => "Jezik dokumenta",
        DocumentLanguageHint => {
            "Završno izvješće prvo se nudi na jeziku klijenta, a dosje dokaza na vašem."
        }
        TypedIntoLetter(lang) => {
            let l = language_locative(*lang);
            return format!(
                "Pismo je na {l}, a ovaj tekst ulazi u njega točno kako ga upišete: napišite ga na {l}."
            )
            .into();
        }
        SwitchLosesTyping => {
            "Promjena jezika zatvara obrazac koji ispunjavate, a ono što ste upisali bit će izgubljeno."
        }
        KeepEditing => "Nastavi uređivati",
        SwitchAnyway => "Ipak promijeni",
    };
    Cow::Borrowed(s)
}

fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Engleski",
        Lang::Hy => "Armenski",
        Lang::Fi => "Finski",
        Lang::Hr => "Hrvatski",
        Lang::Hu => "Mađarski",
    }
}

/// "na engleskom": the language a text is written in.
fn language_locative(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "engleskom",
        Lang::Hy => "armenskom",
        Lang::Fi => "finskom",
        Lang::Hr => "hrvatskom",
        Lang::Hu => "mađarskom",
    }
}

fn kind(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Upit",
        EntryKind::Approval => "Odobrenje",
        EntryKind::Invoice => "Račun",
        EntryKind::Incident => "Poteškoća",
        EntryKind::Work => "Obavljeni rad",
        EntryKind::Intervention => "Mjera",
        EntryKind::Note => "Bilješka",
    }
}

fn kind_plural(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Upiti",
        EntryKind::Approval => "Odobrenja",
        EntryKind::Invoice => "Računi",
        EntryKind::Incident => "Poteškoće",
        EntryKind::Work => "Obavljeni rad",
        EntryKind::Intervention => "Mjere",
        EntryKind::Note => "Bilješke",
    }
}

fn incident(k: IncidentKind) -> &'static str {
    match k {
        IncidentKind::DeadlineSlipped => "Rok je prekoračen jer je klijent kasno dostavio svoj dio",
        IncidentKind::AccessWithheld => "Uskraćen pristup profilu",
        IncidentKind::Blame => "Klijent vas je okrivio",
        IncidentKind::OutOfHoursPressure => "Pritisak da radite izvan radnog vremena",
        IncidentKind::ScopeCreep => "Traženje posla izvan dogovorenog opsega",
        IncidentKind::Disrespect => "Nepoštovanje",
        IncidentKind::PromiseToPayLater => "Obećanje da će platiti kasnije",
        IncidentKind::Other => "Nešto drugo",
    }
}

fn intervention(k: InterventionKind) -> &'static str {
    match k {
        InterventionKind::PaymentTermsStated => "Pojašnjeni uvjeti plaćanja",
        InterventionKind::PaymentReminder => "Poslan podsjetnik na plaćanje",
        InterventionKind::WorkPaused => "Rad obustavljen do plaćanja",
        InterventionKind::ResponsivenessExpectations => "Zatraženi pravovremeni odgovori",
        InterventionKind::WorkingWayExplained => "Objašnjeno da ovakav način rada koči posao",
        InterventionKind::ExtraMile => "Učinjen korak više",
        InterventionKind::Termination => "Suradnja prekinuta",
        InterventionKind::Other => "Nešto drugo",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Active => "Aktivan",
        Status::Paused => "Na pauzi",
        Status::Parting => "Prekid suradnje u tijeku",
        Status::Former => "Bivši klijent",
    }
}

/// What could not be read, as the object of "Nije moguće pročitati …".
fn record(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Client => "jednog spremljenog klijenta",
        RecordKind::Index => "spremljeni popis klijenata",
        RecordKind::Settings => "vaše spremljene postavke",
        RecordKind::Backup => "datoteku sigurnosne kopije",
        RecordKind::Reminder => "podsjetnik za sigurnosnu kopiju",
        RecordKind::ImportMappings => "zapamćene stupce za uvoz",
    }
}

fn problem(p: Problem) -> Cow<'static, str> {
    let s = match p {
        Problem::Required => "Obavezno polje.",
        Problem::NotADate => "Unesite datum.",
        Problem::NotANumber => "Unesite broj, npr. 1.250,00.",
        Problem::NotAWholeNumber => "Unesite cijeli broj.",
        Problem::Negative => "Ne može biti negativno.",
        Problem::TooManyDecimals => "Previše decimalnih mjesta za ovu valutu.",
        Problem::TooLarge => "Taj je broj prevelik.",
        Problem::OutOfRange { min, max } => {
            return format!("Unesite broj od {min} do {max}.").into();
        }
        Problem::NotACurrency => "Unesite troslovnu oznaku valute, npr. EUR ili USD.",
        Problem::HoursTooLong => "Više od 24 sata u jednom unosu: svaki dan zabilježite zasebno.",
        Problem::TextTooLong => "Ovaj je tekst predug.",
        Problem::AnsweredBeforeSent => "Odgovor ne može stići prije nego što je upit poslan.",
        Problem::ApprovedBeforeSubmitted => {
            "Odobrenje ne može doći prije nego što je stavka predana."
        }
        Problem::DueBeforeIssued => "Datum dospijeća ne može biti prije datuma izdavanja računa.",
        Problem::EndBeforeStart => "Kraj ne može biti prije početka.",
        Problem::PaymentsExceedAmount => "Uplate ukupno premašuju iznos računa.",
        Problem::ZeroAmount => "Mora biti veće od nule.",
    };
    Cow::Borrowed(s)
}

fn reason(e: &DecodeError) -> Cow<'static, str> {
    match e {
        DecodeError::TooLarge { bytes, limit } => format!(
            "Datoteka je prevelika ({} MB; ograničenje je {} MB).",
            bytes / 1_000_000,
            limit / 1_000_000
        )
        .into(),
        DecodeError::NotJson { line, column } => {
            format!("Nije valjan JSON (redak {line}, stupac {column}).").into()
        }
        DecodeError::WrongFormat { .. } => "Nije zapis aplikacije Clientwise.".into(),
        DecodeError::NoVersion => "Nema oznake verzije podataka.".into(),
        DecodeError::TooOld { found } => {
            format!("Clientwise nikada nije koristio tu verziju podataka ({found}).").into()
        }
        DecodeError::Newer { found } => {
            format!("Potječe iz novije inačice aplikacije Clientwise (verzija podataka {found}).")
                .into()
        }
        DecodeError::Migration { from, reason } => {
            format!("Nadogradnja s verzije podataka {from} nije uspjela: {reason}.").into()
        }
        DecodeError::Invalid { path, message } => format!("Mjesto {path}: {message}.").into(),
        DecodeError::IdMismatch { key_id, record_id } => {
            format!("Spremljeno je pod klijentom {key_id}, ali u sebi navodi klijenta {record_id}.")
                .into()
        }
    }
}

fn source_name(source: crate::import::Source) -> &'static str {
    use crate::import::Source::*;
    match source {
        Toggl => "Toggl Track (vremenski unosi)",
        Clockify => "Clockify (vremenski unosi)",
        HarvestTime => "Harvest (vremenski unosi)",
        Kimai => "Kimai (evidencija radnog vremena)",
        InvoiceNinjaInvoices => "Invoice Ninja (računi)",
        InvoiceNinjaPayments => "Invoice Ninja (uplate)",
        FreshBooks => "FreshBooks (računi)",
        HarvestInvoices => "Harvest (računi)",
        Generic => "datoteka s ručno odabranim stupcima",
    }
}

fn import_read_error(e: &crate::import::ReadError) -> String {
    use crate::import::ReadError::*;
    match e {
        TooLarge { bytes } => format!(
            "Ova je datoteka prevelika ({} MB; ograničenje je {} MB). Ništa nije promijenjeno.",
            bytes / 1_000_000,
            crate::import::MAX_IMPORT_BYTES / 1_000_000
        ),
        Empty => "Ova je datoteka prazna. Ništa nije promijenjeno.".into(),
        NotCsv => {
            "Ovo nije CSV datoteka koju Clientwise može pročitati (možda je proračunska tablica ili \
             PDF). Izvezite CSV iz svog alata i odaberite tu datoteku. Ništa nije promijenjeno."
                .into()
        }
    }
}

fn import_skip(reason: &crate::import::plan::PlanSkip) -> String {
    use crate::import::SkipReason::*;
    use crate::import::plan::PlanSkip;
    match reason {
        PlanSkip::Parse(reason) => match reason {
            MissingClient => "nema klijenta".into(),
            MissingDate => "nema datuma".into(),
            BadDate(d) => format!("datum „{d}“ nije moguće pročitati"),
            BadDuration(d) => format!("trajanje „{d}“ nije moguće pročitati"),
            BadAmount(a) if a.is_empty() => "nema iznosa".into(),
            BadAmount(a) => format!("iznos „{a}“ nije moguće pročitati"),
            MissingNumber => "nema broja računa".into(),
            NegativeAmount(a) => {
                format!("negativan iznos ({a}): knjižna odobrenja se ne uvoze")
            }
            NotApplicable(_) => {
                "nije zabilježeno vrijeme (štoperica još radi ili je unos prazan)".into()
            }
        },
        PlanSkip::AlreadyImported => "već uvezeno".into(),
        PlanSkip::InvoiceExists(n) => format!("račun {n} već je u dnevniku"),
        PlanSkip::UnknownInvoice(n) => format!("u dnevniku nema računa {n}"),
        PlanSkip::OtherCurrency(c) => format!("u valuti {c}, a ne u valuti klijenta"),
    }
}
