//! Hungarian. The voice: calm, plain, tegező (te) on screen, no jargon; errors say what happened,
//! that nothing was lost, and what to do. Dates, amounts and typed names never take a case
//! ending: they stand after a colon, in parentheses or before a postposition.

use std::borrow::Cow;

use super::locale::Plural;
use super::{Lang, Msg};
use crate::draft::Problem;
use crate::i18n::words::capitalised;
use crate::model::{EntryKind, IncidentKind, InterventionKind, Status};
use crate::storage::{DecodeError, RecordKind};

mod letters;
mod playbook;
mod report;
mod scores;

pub(super) use letters::letter;
pub(super) use report::text as report_text;

/// The language this module writes, for dates, money and hours.
const LANG: Lang = Lang::Hu;

/// "1 nap", "3 nap": Hungarian has the CLDR categories one and other, but keeps the noun in the
/// singular after a number, so the two forms given are usually the same word.
pub(super) fn plural(n: usize, one: &str, other: &str) -> String {
    match crate::i18n::plural(LANG, n as u64) {
        Plural::One => format!("{n} {one}"),
        Plural::Few | Plural::Other => format!("{n} {other}"),
    }
}

/// A number and a noun that stays singular after it: "5 ügyfél".
pub(super) fn count(n: usize, noun: &str) -> String {
    plural(n, noun, noun)
}

/// A number of days in running text: "1 nap", "12 nap".
pub(super) fn days(n: i64) -> String {
    match crate::i18n::plural(LANG, n.unsigned_abs()) {
        Plural::One | Plural::Few | Plural::Other => format!("{n} nap"),
    }
}

/// The definite article before `word` as it is read aloud: "az" before a vowel (and before a
/// number read "egy…", "öt…" or "ezer…"), "a" otherwise.
pub(super) fn az(word: &str) -> &'static str {
    let word = word.trim_start();
    let digits: String = word
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '\u{a0}')
        .filter(char::is_ascii_digit)
        .collect();
    let vowel = match digits.chars().next() {
        Some('5') => true,
        Some('1') => digits.len() % 3 == 1,
        Some(_) => false,
        None => word
            .chars()
            .next()
            .is_some_and(|c| "aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ".contains(c)),
    };
    if vowel { "az" } else { "a" }
}

/// `text` closed with a full stop, unless it already ends with one: a sentence ending in a date
/// ("… 2026. 03. 05.") takes no second dot.
pub(super) fn sentence(text: String) -> String {
    if text.ends_with('.') {
        text
    } else {
        text + "."
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

pub(in crate::i18n) fn text(msg: &Msg) -> Cow<'static, str> {
    use Msg::*;
    let s: &'static str = match msg {
        AppName => "Clientwise",
        PageTitle(page) => return format!("{page} · Clientwise").into(),
        Tagline => "Ügyfeleid, feketén-fehéren.",
        NavClients => "Ügyfelek",
        NavSettings => "Beállítások",
        MainNavigation => "Főmenü",
        SkipToContent => "Ugrás a tartalomra",
        PrivacyNote => {
            "Az adataid ebben a böngészőben maradnak: a Clientwise semmit nem küld el sehová."
        }
        ClientsTitle => "Ügyfelek",
        AddClient => "Ügyfél hozzáadása",
        LoadExample => "Mintaadatok betöltése",
        NoClientsYet => "Még nincs ügyfél.",
        EmptyHint => {
            "Vedd fel az első ügyfeledet, vagy tölts be néhány kitalált ügyfelet, hogy lásd, \
             hogyan működik a Clientwise."
        }
        ColName => "Név",
        ColStatus => "Állapot",
        ExampleLoaded(n) => return format!("{} hozzáadva.", count(*n, "mintaügyfél")).into(),
        NewClientTitle => "Új ügyfél",
        EditClientTitle => "Ügyfél szerkesztése",
        SectionWho => "Kiről van szó",
        SectionContract => "Miben állapodtatok meg",
        SectionStatus => "Hol tartotok",
        Name => "Név",
        Company => "Cég",
        Contact => "Elérhetőség (e-mail vagy telefon)",
        Currency => "Pénznem",
        CurrencyHint => "Hárombetűs kód, például HUF, EUR vagy USD.",
        PaymentTerms => "A fizetés esedékessége",
        TermsDaysAfter => "A számla kiállítása után adott számú nappal",
        TermsDayOfMonth => "Minden hónap egy adott napján",
        PaymentDays => "Napok száma a számla kiállítása után",
        PaymentDayOfMonth => "A hónap napja",
        NoticeDays => "Felmondási idő (nap)",
        IncludedRevisions => "Díjban foglalt javítási körök anyagonként",
        Pricing => "Díjazás",
        PricingNone => "Nincs megadva",
        PricingRetainer => "Havi átalánydíj",
        PricingHourly => "Óradíj",
        PricingProject => "Fix projektdíj",
        PricingAmount => "Összeg",
        Scope => "Feladatkör",
        Accounts => "Általad kezelt fiókok és eszközök (soronként egy)",
        Started => "Az együttműködés kezdete",
        StatusLabel => "Állapot",
        Notes => "Jegyzetek",
        HardTimes => "Nehéz időszakok",
        HardTimesHint => {
            "Időszakok, amikor az ügyfél nehéz helyzetben volt (betegség, gyász, válság). \
             Az ilyenkor keletkezett bizonyítékok továbbra is látszanak, de alig számítanak."
        }
        HardTimeStart => "Kezdete",
        HardTimeEnd => "Vége (hagyd üresen, ha még tart)",
        HardTimeNote => "Mi történt",
        AddHardTime => "Nehéz időszak hozzáadása",
        RemoveHardTime(i) => return format!("{}. nehéz időszak eltávolítása", i + 1).into(),
        SaveClient => "Ügyfél mentése",
        Cancel => "Mégse",
        FormHasErrors => "Néhány mezőt érdemes újra átnézni; mindegyiknél ott áll, mi a gond.",
        Saved => "Mentve.",
        BackToClients => "Összes ügyfél",
        ClientNotFound => "Ez az ügyfél nem található. Lehet, hogy időközben törlődött.",
        EditClient => "Ügyfél szerkesztése",
        DeleteClient => "Ügyfél törlése",
        ConfirmDeleteClient(name) => {
            return format!(
                "Törlöd az ügyfelet ({name}) a teljes naplójával együtt? Ez nem vonható vissza."
            )
            .into();
        }
        ConfirmDeleteEntry => "Törlöd ezt a bejegyzést? Ez nem vonható vissza.",
        YesDelete => "Igen, törlés",
        ContractTitle => "Szerződés",
        TermsSummaryDays(0) => "Fizetés a számla kézhezvételekor",
        TermsSummaryDays(n) => {
            return format!(
                "Fizetés a számla kiállításától számított {} belül",
                plural(usize::from(*n), "napon", "napon")
            )
            .into();
        }
        TermsSummaryDayOfMonth(d) => {
            return format!("Fizetés minden hónap {d}. napján").into();
        }
        NoticeSummary(n) => {
            return format!("Felmondási idő: {}", count(usize::from(*n), "nap")).into();
        }
        RevisionsSummary(n) => {
            return format!("Anyagonként {} jár", count(usize::from(*n), "javítási kör")).into();
        }
        RetainerSummary(a) => return format!("Átalánydíj: havi {a}").into(),
        HourlySummary(a) => return format!("Óradíj: {a}").into(),
        ProjectSummary(a) => return format!("Projektdíj: {a}").into(),
        NoPricing => "Nincs rögzített díj",
        StartedSummary(d) => return format!("Az együttműködés kezdete: {d}").into(),
        NoAccounts => "Nincs rögzített kezelt fiók",
        AccountsTitle => "Általad kezelt fiókok",
        HardTimeOngoing(d) => return format!("{d} – még tart").into(),
        HardTimeBetween(a, b) => return format!("{a} – {b}").into(),
        EvidenceLog => "Bizonyítéknapló",
        FilterByKind => "Megjelenítés",
        AllKinds => "Minden bejegyzés",
        AddEntry => "Bejegyzés hozzáadása",
        NewEntryTitle => "Új bejegyzés",
        EditEntryTitle => "Bejegyzés szerkesztése",
        EntryKindLabel => "A bejegyzés típusa",
        NoEntries => {
            "Még nincs bejegyzés. Add hozzá az elsőt: egy kérést, egy számlát, egy óra munkát…"
        }
        NoEntriesOfKind => "Nincs ilyen típusú bejegyzés.",
        Edit => "Szerkesztés",
        Delete => "Törlés",
        EditEntryNamed(what) => return format!("Szerkesztés: {what}").into(),
        DeleteEntryNamed(what) => return format!("Törlés: {what}").into(),
        EntryCount(n) => return count(*n, "bejegyzés").into(),
        SaveEntry => "Bejegyzés mentése",
        Date => "Dátum",
        Sent => "Elküldés dátuma",
        Topic => "Mit kértél",
        Answered => "Válasz dátuma (üres, amíg vársz rá)",
        Submitted => "Jóváhagyásra küldés dátuma",
        Item => "Anyag",
        Rounds => "Kért javítási körök",
        Approved => "Jóváhagyás dátuma (üres, amíg vársz rá)",
        Trivial => "Csak apró módosításokat kért",
        InvoiceNumber => "Számlaszám",
        Issued => "Kiállítás dátuma",
        Due => "Fizetési határidő",
        DueHint => "Ha üresen hagyod, a szerződés fizetési feltételeiből adódik.",
        Amount => "Összeg",
        Payments => "Beérkezett befizetések",
        PaymentDate(i) => return format!("{}. befizetés dátuma", i + 1).into(),
        PaymentAmount(i) => return format!("{}. befizetés összege", i + 1).into(),
        AddPayment => "Befizetés hozzáadása",
        RemovePayment(i) => return format!("{}. befizetés eltávolítása", i + 1).into(),
        IncidentKindLabel => "Mi történt",
        Details => "Részletek",
        Hours => "Órák",
        HoursHint => "Például 1,5 vagy 1:30 vagy 90m.",
        Description => "Mit csináltál",
        Deliverable => "Leadandó anyag (nem kötelező)",
        InterventionKindLabel => "Miről szólt",
        InterventionText => "Mit mondtál vagy írtál",
        NoteText => "Jegyzet",
        RequestSummary(topic) => return format!("Kérés tárgya: {topic}").into(),
        AnsweredAfter(0) => "még aznap válaszolt",
        AnsweredAfter(n) => {
            return format!("{} után válaszolt", days(*n)).into();
        }
        WaitingSince(d) => return format!("{d} óta válaszra vár").into(),
        ApprovalSummary(item, rounds) => {
            return format!("{item}: {}", count(usize::from(*rounds), "javítási kör")).into();
        }
        ApprovedOn(d) => return format!("jóváhagyva: {d}").into(),
        WaitingForApproval => "jóváhagyásra vár",
        TrivialFlag => "csak apró módosítások",
        InvoiceSummary(number, amount) => {
            return format!("{number} számú számla: {amount}").into();
        }
        DueOn(d) => return format!("fizetési határidő: {d}").into(),
        PaidInFull(d) => return format!("teljesen kifizetve: {d}").into(),
        Outstanding(a) => return format!("kiegyenlítetlen: {a}").into(),
        WorkSummary(hours, what) => return format!("{hours}: {what}").into(),
        ForDeliverable(d) => return format!("leadandó anyag: {d}").into(),
        Kind(k) => kind(*k),
        KindPlural(k) => kind_plural(*k),
        Incident(k) => incident(*k),
        Intervention(k) => intervention(*k),
        Status(s) => status(*s),
        Problem(p) => return problem(*p),
        Pattern(p) => scores::pattern(*p),
        Band(b) => scores::band(*b),
        TrendLabel(t) => scores::trend(*t),
        ScoreOutOf(n) => return format!("{n} pont a 100-ból").into(),
        OutOfHundred => "/100",
        Points(p) => return scores::points(*p).into(),
        Summary(s, currency) => return scores::summary(s, *currency).into(),
        EvidenceLine(label, reason, currency) => {
            return scores::evidence(label, reason, *currency).into();
        }
        WeightNote(w) => return scores::weight(*w),
        ShowEvidence(n) => {
            return format!("A bizonyítékok ({})", count(*n, "tétel")).into();
        }
        NoEvidence => "A naplóban semmi sem számít bele ebbe.",
        GoToEntry(what) => return format!("Ugrás a bejegyzéshez: {what}").into(),
        ScoresTitle => "Pontszámok",
        VerdictTitle => "Értékelés:",
        VerdictHealthy => "A napló alapján nincs teendő.",
        VerdictDriven(p, score, summary) => {
            return format!(
                "Döntő a {} pontszám: {score} pont a 100-ból. {summary}",
                lower_first(scores::pattern(*p))
            )
            .into();
        }
        ExtraMileNote => {
            "Az ügyfél nehéz időszakon megy át: az ebből az időszakból származó bizonyítékok alig \
             számítanak, és most az a helyes út, ha többet teszel a kötelezőnél, nem az, hogy \
             lezárod az együttműködést."
        }
        LowConfidence(days, events) => {
            return format!(
                "{} előzmény és {}: ez még kevés a megítéléshez.",
                count(*days as usize, "napnyi"),
                count(*events, "esemény")
            )
            .into();
        }
        InvoiceLabel(n) => return format!("{n} számú számla").into(),
        QuotedLabel(text) => return format!("„{text}”").into(),
        WorkLabel(day) => return format!("munka, {day}").into(),
        ColVerdict => "Értékelés",
        SortBy => "Rendezés",
        SortRisk => "Kockázat, a legnagyobb elöl",
        SortName => "Név",
        SortAdded => "Felvétel sorrendje",
        NextStepTitle => "Mi a teendő most",
        StepTitle(step) => playbook::step_title(*step),
        StepWhy(step) => playbook::step_why(*step),
        StageOf(n, of, p) => {
            return format!("{}: {n}. lépés (összesen {of})", scores::pattern(*p)).into();
        }
        LastTaken(kind, day) => {
            return format!(
                "Legutóbb naplózott intézkedés: {} ({day}).",
                lower_first(intervention(*kind))
            )
            .into();
        }
        WaitUntil(day, step) => {
            return format!(
                "Válaszhatáridő: {day}; ha addig nem jön válasz: {}.",
                lower_first(playbook::step_title(*step))
            )
            .into();
        }
        MessageSubject => "Tárgy",
        MessageBody => "Üzenet",
        CopyMessage => "Üzenet másolása",
        Copied => "Vágólapra másolva.",
        CopyFailed => {
            "A böngésző nem engedte a másolást: jelöld ki a szöveget, és másold ki kézzel."
        }
        MarkAsSent => "Megjelölés elküldöttként",
        LoggedAsSent(day) => return sentence(format!("Elküldöttként naplózva: {day}")).into(),
        AddNameHint => {
            "Add meg a neved a Beállításokban, hogy az üzenetek végén ott legyen az aláírásod."
        }
        StartParting => "Az együttműködés lezárásának megkezdése",
        PartingTitle => "Az együttműködés lezárása",
        PartingStarted(day) => return sentence(format!("Megkezdve: {day}")).into(),
        CheckLabel(c) => playbook::check_label(*c),
        CheckHint(c) => playbook::check_hint(*c),
        CoolOffUntil(day) => {
            return sentence(format!("Dönts legkorábban ekkor: {day}")).into();
        }
        MoneyOwedNow(amount) => return format!("Még fennálló tartozás: {amount}.").into(),
        NothingOwed => "Nincs tartozás.",
        NoticeTitle => "Felmondás",
        NoticeHint(days) => {
            return format!(
                "A szerződés szerint {} a felmondási idő; ha az ügyfél a rendszeres munkádra épít, \
                 adj méltányos felmondási időt.",
                count(usize::from(*days), "nap")
            )
            .into();
        }
        GiveNoticeToday => "Ma közöltem a felmondást",
        NoticeGivenOn(given, end) => {
            return if end.is_empty() {
                sentence(format!("Felmondás közölve: {given}")).into()
            } else {
                sentence(format!(
                    "Felmondás közölve: {given}; az utolsó munkanap: {end}"
                ))
                .into()
            };
        }
        UndoNotice => "Felmondás visszavonása",
        OfferAlternatives => {
            "Alternatívák ajánlása (kapcsold ki, ha az ügyfél sértően viselkedett)"
        }
        Colleague => "Ajánlott kolléga (nem kötelező)",
        ProviderKind => {
            "Milyen szolgáltató illene jobban hozzá, pl. „egy teljes körű ügynökség” (nem kötelező)"
        }
        HandOverTitle => "A teljes hozzáférés átadása",
        HandOverAccount(account) => return format!("Átadva: {account}").into(),
        HandOverWarning(amount) => {
            return format!(
                "Még fennálló tartozás: {amount}. A hozzáféréseket a tartozás rendezése után add át."
            )
            .into();
        }
        NoAccountsToHandOver => "Nincs rögzített kezelt fiók: nincs mit átadni.",
        ReasonLabel => "Az egyetlen indok, amelyet megadsz",
        Reason(r) => return playbook::reason(r),
        ReasonCustom => "Saját szavaimmal",
        ReasonCustomText => "Mivel az ügyfél…",
        TerminationLetter => "A felmondólevél",
        PartingComplete => "Minden kész: ez mostantól egy korábbi ügyfél.",
        PartingProgress(done, of) => return format!("Kész: {done}/{of}").into(),
        UnreadableKept(what, key) => {
            return format!(
                "{} nem olvasható. Egy pontos másolata külön megmaradt („{key}” néven), semmi sem \
                 íródott felül, és minden más betöltődött.",
                record(*what)
            )
            .into();
        }
        UnreadableNotKept(what) => {
            return format!(
                "{} nem olvasható. Érintetlenül a helyén maradt (a böngészőben nem volt hely egy \
                 tartalék másolatnak), és minden más betöltődött.",
                record(*what)
            )
            .into();
        }
        DecodeReason(e) => return reason(e),
        NewerData(found, current) => {
            return format!(
                "Ezeket az adatokat a Clientwise egy újabb verziója mentette (adatverzió: {found}; \
                 ez a verzió legfeljebb ezt olvassa: {current}). A biztonság kedvéért itt minden \
                 csak olvasható. A módosításokhoz nyisd meg a Clientwise legújabb verzióját."
            )
            .into();
        }
        StorageUnavailable(detail) => {
            return format!(
                "Ez a böngésző nem engedi, hogy a Clientwise adatokat tároljon ({detail}). Itt \
                 semmit nem lehet menteni; ellenőrizd, hogy ezen az oldalon engedélyezve vannak-e \
                 a webhelyadatok."
            )
            .into();
        }
        WriteQuota => {
            "A böngésző tárhelye megtelt, ezért az utolsó módosításodat nem sikerült menteni. A \
             képernyőn még megvan: tölts le most egy biztonsági mentést, hogy semmi ne vesszen el."
        }
        WriteConflict => {
            "Ezt az ügyfelet egy másik lapon vagy ablakban módosították, ezért a Clientwise nem \
             írta felül a te módosításoddal. A módosításod még látható a képernyőn: tölts le egy \
             biztonsági mentést, hogy megmaradjon, majd töltsd újra az oldalt a másik változat \
             megtekintéséhez."
        }
        WriteReadOnly => "Csak olvasható: a módosítások nem menthetők (lásd a fenti üzenetet).",
        WriteProtected => {
            "Ezt a rekordot korábban nem sikerült beolvasni, ezért védett a felülírás ellen."
        }
        WriteFailed(detail) => {
            return format!(
                "A böngésző nem engedte menteni az utolsó módosításodat ({detail}). A képernyőn \
                 még megvan: tölts le most egy biztonsági mentést, hogy semmi ne vesszen el."
            )
            .into();
        }
        DownloadBackup => "Biztonsági mentés letöltése",
        DownloadUnreadable => "Az olvashatatlan rekord letöltése",
        Dismiss => "Bezárás",
        ReadOnlyBadge => "Csak olvasható",
        SettingsTitle => "Beállítások",
        AboutYou => "Rólad",
        AboutYouHint => {
            "Ezzel írja alá a Clientwise az általa megírt üzeneteket, és ez kerül a jelentések \
             fejlécébe."
        }
        OwnerName => "A neved",
        Business => "A vállalkozásod neve",
        SaveSettings => "Beállítások mentése",
        BackupTitle => "Biztonsági mentés",
        BackupHint => {
            "Az adataid csak ebben a böngészőben léteznek. Időnként tölts le egy biztonsági \
             mentést, és tartsd biztonságos helyen."
        }
        ExampleTitle => "Mintaadatok",
        ExampleHint => {
            "Hozzáad néhány kitalált ügyfelet: egyet-egyet mindhárom nehéz ügyféltípusra, és egy \
             problémamenteset. A saját ügyfeleidhez nem nyúl."
        }
        ReportsLink => "Jelentések és exportálás",
        ReportsTitle(name) => return format!("Jelentések és exportálás: {name}").into(),
        ReportKindLabel => "Melyik jelentés",
        ReportFinalOption => "Záró beszámoló",
        ReportFinalHint => {
            "Az ügyfélnek: az elvégzett munka havonta, a számlák és a befizetések, az átadás és \
             egy rövid zárás. Pontszámok nélkül."
        }
        ReportEvidenceOption => "Bizonyítékdosszié",
        ReportEvidenceHint => {
            "Bizalmas, a saját nyilvántartásodhoz vagy vitás esetre: a záró beszámoló, kiegészítve \
             minden dátummal rögzített problémával, az elküldött üzenetekkel és a pontszámokkal, \
             a bizonyítékaikkal együtt."
        }
        ReportFrom => "Mettől",
        ReportTo => "Meddig",
        PrintReport => "Nyomtatás vagy mentés PDF-ként",
        DownloadMarkdown => "Letöltés Markdown formátumban",
        DownloadHtml => "Letöltés HTML formátumban",
        ClientDataTitle => "Az ügyfél adatai",
        ClientDataHint => {
            "A teljes napló táblázatként (CSV), vagy az ügyfél egyetlen fájlban, amelyet bármelyik \
             Clientwise vissza tud állítani (JSON)."
        }
        DownloadCsv => "A napló letöltése (CSV)",
        DownloadJson => "Az ügyfél letöltése (JSON)",
        Downloaded(name) => return format!("Letöltve: {name}.").into(),
        DownloadFailed => {
            "A böngésző nem indította el a letöltést. Semmi sem veszett el; próbáld újra."
        }
        DigestLabel => "SHA-256 ujjlenyomat",
        DigestHint => {
            "Tartsd meg ezt az ujjlenyomatot a fájl mellett, vagy küldd el vele együtt: ha a fájl \
             valaha megváltozik, az ujjlenyomata is megváltozik. A fájl neve az ujjlenyomat első \
             12 karakterét tartalmazza."
        }
        CopyDigest => "Ujjlenyomat másolása",
        PreviewLabel => "Előnézet",
        AddNameToReports => {
            "Add meg a neved és a vállalkozásod nevét a Beállításokban, hogy a jelentések \
             fejlécében és aláírásában szerepeljenek."
        }
        RestoreTitle => "Visszaállítás biztonsági mentésből",
        RestoreHint => {
            "Válassz ki egy biztonsági mentést (vagy ügyfélfájlt), amelyet a Clientwise-ból \
             töltöttél le. Mielőtt bármi mentésre kerülne, látni fogod, mit változtat."
        }
        BackupFile => "Mentésfájl",
        ReadingFile => "A fájl beolvasása…",
        FileUnreadable => "A böngésző nem tudta beolvasni ezt a fájlt. Semmi sem változott.",
        RestoreRefused => "Ez a fájl nem állítható vissza, és semmi sem változott.",
        BackupSummary(n, when) => {
            let clients = count(*n, "ügyfél");
            return if when.is_empty() {
                format!("Biztonsági mentés: {clients}, a beállításokkal együtt.").into()
            } else {
                sentence(format!(
                    "Biztonsági mentés: {clients}, a beállításokkal együtt, készült: {when}"
                ))
                .into()
            };
        }
        ClientFileSummary(n) => {
            return format!("Ügyfélfájl: {}, beállítások nélkül.", count(*n, "ügyfél")).into();
        }
        RestoreModeLabel => "A visszaállítás módja",
        RestoreMerge => "Egyesítés",
        RestoreMergeHint => {
            "Minden itteni ügyfél megmarad, és bekerülnek a fájlban lévők is. Az azonos nevű \
             ügyfelet a fájlbeli változat váltja fel. A beállításaid maradnak."
        }
        RestoreReplace => "Csere",
        RestoreReplaceHint => {
            "Ez a böngésző pontosan azt fogja tartalmazni, ami a fájlban van: a fájlban nem \
             szereplő ügyfelek törlődnek, és a fájl beállításai felváltják a tieidet."
        }
        PlanAdd(n) => return format!("{} kerül be:", count(*n, "új ügyfél")).into(),
        PlanReplace(n) => {
            return format!("{} helyére a fájlbeli változat kerül:", count(*n, "ügyfél")).into();
        }
        PlanUnchanged(n) => {
            return format!("{} már most is azonos:", count(*n, "ügyfél")).into();
        }
        PlanRemove(n) => return format!("{} törlődik:", count(*n, "ügyfél")).into(),
        PlanSettingsReplaced => "A beállításaid helyére a fájlban lévők kerülnek.",
        PlanSettingsKept => "A beállításaid változatlanok maradnak.",
        PlanNothing => {
            "Nincs mit módosítani: ez a böngésző már mindent tartalmaz, ami a fájlban van."
        }
        RestoreNow => "Visszaállítás",
        FilterStatus => "Állapot",
        FilterVerdict => "Értékelés",
        AllStatuses => "Minden állapot",
        AllVerdicts => "Minden értékelés",
        NoMatch => "Egy ügyfél sem felel meg ezeknek a szűrőknek.",
        ColTrend => "Tendencia",
        ColRevenue12m => "Befolyt összeg, utolsó 12 hónap",
        ColRevenueAll => "Befolyt összeg, összesen",
        ColHoursLogged => "Rögzített órák",
        ColRate => "Óránként",
        ColOutstandingMoney => "Kiegyenlítetlen",
        ColWaiting => "Várakozással töltött napok",
        ColExtraRounds => "Többlet javítási körök",
        SortTrouble => "Okozott gondok",
        ShownCount(shown, all) => {
            return if shown == all {
                count(*all, "ügyfél").into()
            } else {
                format!("{shown} / {}", count(*all, "ügyfél")).into()
            };
        }
        ShowingFirst(shown, all) => {
            return format!("Összesen {all}, ebben a sorrendben az első {shown} látható.").into();
        }
        ShowAllRows(all) => return format!("Összes megjelenítése ({all})").into(),
        ParetoTitle => "Honnan jönnek a gondok",
        ParetoDesc => {
            "Az ügyfelek az általuk okozott gondok szerint sorban, a legtöbbet okozóval kezdve. \
             Minden vonal halmozott arányt mutat: az összes gondból, a befolyt pénzből és a \
             rögzített órákból."
        }
        ParetoSummary(names, trouble, revenue, hours) => {
            return format!(
                "{names}: az összes gond {trouble}%-a, szemben a befolyt pénz {revenue}%-ával és \
                 a munkaóráid {hours}%-ával."
            )
            .into();
        }
        ParetoNoTrouble => "Egyik ügyfél sem okoz gondot. Naplózz tovább.",
        SeriesTrouble => "Gondok",
        SeriesRevenue => "Befolyt pénz",
        SeriesHours => "Rögzített órák",
        ParetoOtherCurrency(n, code) => {
            return format!(
                "A pénzösszegekbe csak {} {code} pénznemben számlázott ügyfelek számítanak bele; \
                 {} kimaradt.",
                az(code),
                count(*n, "más pénznemű ügyfél")
            )
            .into();
        }
        AxisClients => "Ügyfelek, a legtöbb gondot okozóval kezdve",
        ShowAsTable => "Megjelenítés táblázatként",
        ColClient => "Ügyfél",
        ColTroubleShare => "Saját arány a gondokból",
        ColCumTrouble => "Gondok eddig",
        ColCumRevenue => "Pénz eddig",
        ColCumHours => "Órák eddig",
        ChartsTitle => "Időbeli alakulás",
        LatenessTitle => "Késés napokban, számlánként",
        LatenessDesc => {
            "Minden oszlop egy számla, a fizetési határidő szerint: hány nappal a határidő után \
             fizették ki (vagy ha még kifizetetlen, mióta vár). Ha az oszlopok egyre magasabbak, \
             a fizetés egyre jobban csúszik."
        }
        AnswerTimeTitle => "Napok a válaszig, kérésenként",
        AnswerTimeDesc => {
            "Minden oszlop egy kérés, az elküldés napja szerint: hány napig tartott a válasz (vagy \
             ha még nincs válasz, eddig mennyi ideje vár)."
        }
        RoundsTitle => "Javítási körök anyagonként",
        RoundsDesc(n) => {
            return format!(
                "Minden oszlop egy jóváhagyásra küldött anyag: a kért javítási körök száma. A \
                 vonal azt mutatja, mennyit foglal magában a szerződés ({n})."
            )
            .into();
        }
        ContractLine(n) => return format!("Szerződés: {n}").into(),
        NothingToChart => "Még nincs mit ábrázolni.",
        StillOpen => "még nyitott",
        ColDaysCount => "Napok",
        ColRoundsCount => "Körök",
        ColItemLabel => "Anyag",
        ColDateLabel => "Dátum",
        NavImport => "Importálás",
        MappingTitle => "Melyik oszlop mit tartalmaz?",
        MappingHint => {
            "A Clientwise nem ismeri ennek a fájlnak a felépítését. Add meg, melyik oszlopban mi \
             van; a választásodat megjegyzi az ugyanilyen oszlopokat tartalmazó fájlokhoz."
        }
        MappingKind => "Egy sor tartalma",
        ImportKind(kind) => match kind {
            crate::import::Kind::Time => "Ledolgozott idő",
            crate::import::Kind::Invoices => "Egy számla",
            crate::import::Kind::Payments => "Egy számla befizetése",
        },
        RoleLabel(role, required) => {
            use crate::import::formats::Role::*;
            let name = match role {
                Client => "Ügyfél",
                Date => "Dátum",
                Duration => "Órák vagy időtartam",
                Description => "Elvégzett munka",
                Project => "Projekt",
                Number => "Számlaszám",
                Amount => "Összeg",
                Due => "Fizetési határidő",
                Paid => "Kifizetett összeg",
                PaidOn => "Fizetés dátuma",
                Currency => "Pénznem",
                Invoice => "A kifizetett számla száma",
            };
            return if *required {
                name.into()
            } else {
                format!("{name} (nem kötelező)").into()
            };
        }
        NotInFile => "— nincs a fájlban —",
        MappingIncomplete => "Válassz oszlopot minden kötelező mezőhöz.",
        ImportTitle => "Hozd át az előzményeidet",
        ImportHint => {
            "Importáld a már meglévő időbejegyzéseidet és számláidat ezeknek a CSV-exportjaiból: \
             Toggl Track, Clockify, Harvest, Kimai, Invoice Ninja vagy FreshBooks. Mentés előtt \
             mindent látsz, amit a fájl hozzáadna, és egy kattintással visszavonhatod az \
             importálást."
        }
        ImportFile => "Exportfájl (CSV)",
        ImportReadError(e) => return import_read_error(e).into(),
        Recognised(source) => {
            return format!("Felismert formátum: {}.", source_name(*source)).into();
        }
        DateOrderQuestion => {
            "A fájlban szereplő dátumok kétféleképpen is értelmezhetők. Melyik áll elöl?"
        }
        DayFirst => "A nap (31/12/2024)",
        MonthFirst => "A hónap (12/31/2024)",
        PreviewNewClients(n) => {
            return format!("{} jön létre:", count(*n, "új ügyfél")).into();
        }
        PreviewMatched(n) => {
            return format!("{} már szerepel:", count(*n, "ügyfél")).into();
        }
        PreviewRows(n) => return format!("Importálandó: {}.", count(*n, "sor")).into(),
        PreviewSkipped(n) => {
            return format!("{} kimarad:", count(*n, "sor")).into();
        }
        SkippedLine(line, reason) => {
            return format!("{line}. sor: {}", import_skip(reason)).into();
        }
        PreviewHours(h) => return format!("Órák: {h}").into(),
        PreviewInvoiced(m) => return format!("Számlázva: {m}").into(),
        PreviewPaid(m) => return format!("Fizetve: {m}").into(),
        DueFromTermsNote => {
            "Ebben a fájlban nincsenek fizetési határidők: minden számla határideje az ügyfél \
             fizetési feltételeiből adódik."
        }
        ImportNow(n) => return format!("{} importálása", count(*n, "sor")).into(),
        ImportedRows(n) => return format!("{} importálva.", count(*n, "sor")).into(),
        NothingNew => {
            "Nincs új importálandó adat: minden sor szerepel már a naplóban, vagy kimarad."
        }
        PastImports => "Importálások",
        ImportSummary(n, rows) => {
            return format!("{n}. importálás: {} a naplóban", count(*rows, "sor")).into();
        }
        UndoImport(n) => return format!("{n}. importálás visszavonása").into(),
        ImportUndone(n) => return format!("{n}. importálás visszavonva.").into(),
        CopyName(name) => return format!("{name} (másik lapról megőrzött másolat)").into(),
        ConflictNotice(name) => {
            return format!(
                "„{name}” megváltozott egy másik lapon vagy ablakban, miközben ezen a lapon még \
                 nem mentett módosítást végeztél rajta. Semmi sem veszett el: megtarthatod \
                 mindkét változatot (a tiéd másolatként mentődik), vagy használhatod a másikat, \
                 és elveted az ezen a lapon tett módosítást."
            )
            .into();
        }
        KeepBoth => "Mindkettő megtartása",
        UseOtherVersion => "A másik változat használata",
        ClearedElsewhere => {
            "A Clientwise adatait egy másik lapon vagy ablakban törölték. A képernyőn még minden \
             megvan: tölts le most egy biztonsági mentést, hogy megmaradjon."
        }
        UsageWarning(percent) => {
            return format!(
                "A Clientwise már a böngésző által neki biztosított tárhely {percent}%-át \
                 használja. Tölts le egy biztonsági mentést, és fontold meg azoknak a korábbi \
                 ügyfeleknek a törlését, akikről már megvan a jelentésed."
            )
            .into();
        }
        StorageTitle => "Tárhely",
        StorageUsed(amount, percent) => {
            return format!("Foglalt: {amount} a nagyjából 5 MB-ból ({percent}%).").into();
        }
        StorageMeterLabel => "Foglalt tárhely ebben a böngészőben",
        PersistGranted => {
            "A böngésző vállalta, hogy ezeket az adatokat akkor is megőrzi, ha fogy a hely."
        }
        PersistDenied => {
            "A böngésző törölheti ezeket az adatokat, ha fogy a hely, ezért tarts meg egy friss \
             biztonsági mentést. (A böngészők gyakran beleegyeznek, ha már egy ideje használsz \
             egy oldalt, vagy felvetted a könyvjelzők közé.)"
        }
        PersistUnknown => "Ez a böngésző nem árulja el, hogy megőrzi-e az adatokat.",
        PersistAsk => "Adatmegőrzés kérése a böngészőtől",
        ReminderTitle => "Mentési emlékeztető",
        ReminderHint => {
            "Egy finom emlékeztető, hogy tölts le biztonsági mentést, ha az előző óta adott számú \
             módosítás történt vagy adott számú nap eltelt."
        }
        ReminderEveryChanges => "Emlékeztess ennyi módosítás után",
        ReminderEveryDays => "Emlékeztess ennyi nap után",
        ReminderOffHint => "A 0 kikapcsolja az emlékeztetőt.",
        SaveReminder => "Emlékeztető mentése",
        LastBackup(day) => {
            return sentence(format!(
                "Legutóbbi biztonsági mentés ebből a böngészőből: {day}"
            ))
            .into();
        }
        NoBackupYet => "Ebből a böngészőből még nem töltöttél le biztonsági mentést.",
        ReminderDue(changes, since) => {
            let changes = count(*changes as usize, "módosítás");
            return match since {
                Some(d) => format!(
                    "{changes} a legutóbbi biztonsági mentésed óta, amely {} készült. Tölts le \
                     egy biztonsági mentést, hogy akkor is megmaradjanak, ha ez a böngésző \
                     elveszíti az adatait.",
                    days_ago(*d)
                ),
                None => format!(
                    "{changes}, és még nincs biztonsági mentés. Tölts le egyet, hogy akkor is \
                     megmaradjanak, ha ez a böngésző elveszíti az adatait."
                ),
            }
            .into();
        }
        RemindLater => "Emlékeztess később",
        RestoreDone(added, replaced, removed) => {
            return format!(
                "Visszaállítva: {} hozzáadva, {replaced} lecserélve, {removed} törölve.",
                count(*added, "ügyfél")
            )
            .into();
        }
        BackupFirst => "Előbb tölts le biztonsági mentést a mostani adatokról",
        ThresholdsTitle => "Pontozás",
        ThresholdsHint => {
            "Az a néhány határérték, amelyet érdemes lehet magadnak beállítani. A pontozásban \
             minden más rögzített, és minden pontszám mellett látszanak a mögötte álló \
             bejegyzések."
        }
        SlowAnswerDays => "Egy válasz ennyi nap után számít lassúnak",
        GraceDays => "Türelmi idő a fizetési határidő után (nap)",
        SlowApprovalDays => "Egy jóváhagyás ennyi nap után számít lassúnak",
        HalfLifeDays => "A bizonyítékok ennyi nap után már csak félig számítanak",
        SaveThresholds => "Pontozási beállítások mentése",
        ResetDefaults => "Alapértékek visszaállítása",
        LanguageLabel => "Nyelv",
        LanguageName(lang) => language_menu_name(*lang),
        ClientLanguage => "Az ügyfél nyelve",
        ClientLanguageHint => {
            "Az ügyfélnek szóló üzenetek, levelek és a záró beszámoló ezen a nyelven készülnek."
        }
        ClientLanguageDefault => "A képernyő nyelve",
        ClientLanguageSummary(lang) => {
            return format!("Üzenetek és jelentések {} nyelven", language_name(*lang)).into();
        }
        WrittenIn(lang) => {
            return format!("{} nyelvű.", capitalised(language_name(*lang))).into();
        }
        DocumentLanguage => "A dokumentum nyelve",
        DocumentLanguageHint => {
            "A záró beszámoló alapból az ügyfél nyelvén készül, a bizonyítékdosszié a tiéden."
        }
        TypedIntoLetter(lang) => {
            let l = language_name(*lang);
            return format!(
                "A levél {l} nyelvű, és ez a szöveg szó szerint kerül bele: {l} nyelven írd."
            )
            .into();
        }
        SwitchLosesTyping => {
            "A nyelv váltása bezárja a kitöltés alatt álló űrlapot, és amit beírtál, elvész."
        }
        KeepEditing => "Szerkesztés folytatása",
        SwitchAnyway => "Váltás mégis",
    };
    Cow::Borrowed(s)
}

/// "3 napja" (three days ago), "ma" (today).
fn days_ago(n: i64) -> String {
    if n == 0 {
        "ma".to_owned()
    } else {
        format!("{n} napja")
    }
}

/// A language's name inside a sentence, in lower case as Hungarian writes it ("angol").
fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "angol",
        Lang::Hy => "örmény",
        Lang::Fi => "finn",
        Lang::Hr => "horvát",
        Lang::Hu => "magyar",
    }
}

/// A language's name on its own, as a menu lists it ("Angol").
fn language_menu_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Angol",
        Lang::Hy => "Örmény",
        Lang::Fi => "Finn",
        Lang::Hr => "Horvát",
        Lang::Hu => "Magyar",
    }
}

fn kind(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Kérés",
        EntryKind::Approval => "Jóváhagyás",
        EntryKind::Invoice => "Számla",
        EntryKind::Incident => "Incidens",
        EntryKind::Work => "Elvégzett munka",
        EntryKind::Intervention => "Intézkedés",
        EntryKind::Note => "Jegyzet",
    }
}

fn kind_plural(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Kérések",
        EntryKind::Approval => "Jóváhagyások",
        EntryKind::Invoice => "Számlák",
        EntryKind::Incident => "Incidensek",
        EntryKind::Work => "Elvégzett munka",
        EntryKind::Intervention => "Intézkedések",
        EntryKind::Note => "Jegyzetek",
    }
}

fn incident(k: IncidentKind) -> &'static str {
    match k {
        IncidentKind::DeadlineSlipped => "Határidő-csúszás az ügyfél késése miatt",
        IncidentKind::AccessWithheld => "Visszatartott hozzáférés egy fiókhoz",
        IncidentKind::Blame => "Hibáztatás",
        IncidentKind::OutOfHoursPressure => "Nyomás munkaidőn kívüli munkára",
        IncidentKind::ScopeCreep => "Feladatkörön kívüli munka kérése",
        IncidentKind::Disrespect => "Tiszteletlenség",
        IncidentKind::PromiseToPayLater => "Ígéret a későbbi fizetésre",
        IncidentKind::Other => "Egyéb",
    }
}

fn intervention(k: InterventionKind) -> &'static str {
    match k {
        InterventionKind::PaymentTermsStated => "A fizetési feltételek közlése",
        InterventionKind::PaymentReminder => "Fizetési emlékeztető",
        InterventionKind::WorkPaused => "A munka szüneteltetése a fizetésig",
        InterventionKind::ResponsivenessExpectations => "Időben érkező válaszok kérése",
        InterventionKind::WorkingWayExplained => "A munkát akadályozó munkamód szóvá tétele",
        InterventionKind::ExtraMile => "Segítség a kötelezőn felül",
        InterventionKind::Termination => "Az együttműködés lezárása",
        InterventionKind::Other => "Egyéb",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Active => "Aktív",
        Status::Paused => "Szünetel",
        Status::Parting => "Lezárás alatt",
        Status::Former => "Korábbi ügyfél",
    }
}

fn record(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Client => "Egy mentett ügyfél",
        RecordKind::Index => "A mentett ügyféllista",
        RecordKind::Settings => "A beállításaid mentett változata",
        RecordKind::Backup => "A biztonsági mentés fájlja",
        RecordKind::Reminder => "A mentési emlékeztető",
        RecordKind::ImportMappings => "Az importáláshoz megjegyzett oszlop-hozzárendelés",
    }
}

fn problem(p: Problem) -> Cow<'static, str> {
    let s = match p {
        Problem::Required => "Kötelező mező.",
        Problem::NotADate => "Adj meg egy dátumot.",
        Problem::NotANumber => "Adj meg egy számot, például 1 250,00.",
        Problem::NotAWholeNumber => "Adj meg egy egész számot.",
        Problem::Negative => "Nem lehet negatív.",
        Problem::TooManyDecimals => "Túl sok tizedesjegy ehhez a pénznemhez.",
        Problem::TooLarge => "Ez a szám túl nagy.",
        Problem::OutOfRange { min, max } => {
            return format!("Adj meg egy számot {min} és {max} között.").into();
        }
        Problem::NotACurrency => "Adj meg egy hárombetűs pénznemkódot, például HUF vagy EUR.",
        Problem::HoursTooLong => {
            "Egy bejegyzésben több mint 24 óra: minden napot külön bejegyzésben rögzíts."
        }
        Problem::TextTooLong => "Ez a szöveg túl hosszú.",
        Problem::AnsweredBeforeSent => "A válasz nem lehet korábbi, mint a kérés elküldése.",
        Problem::ApprovedBeforeSubmitted => {
            "A jóváhagyás nem lehet korábbi, mint az anyag beküldése."
        }
        Problem::DueBeforeIssued => {
            "A fizetési határidő nem lehet korábbi, mint a számla kiállítása."
        }
        Problem::EndBeforeStart => "A vége nem lehet korábbi, mint a kezdete.",
        Problem::PaymentsExceedAmount => "A befizetések összege meghaladja a számla összegét.",
        Problem::ZeroAmount => "Nullánál nagyobbnak kell lennie.",
    };
    Cow::Borrowed(s)
}

fn reason(e: &DecodeError) -> Cow<'static, str> {
    match e {
        DecodeError::TooLarge { bytes, limit } => format!(
            "A fájl túl nagy ({} MB; a korlát {} MB).",
            bytes / 1_000_000,
            limit / 1_000_000
        )
        .into(),
        DecodeError::NotJson { line, column } => {
            format!("Nem érvényes JSON ({line}. sor, {column}. oszlop).").into()
        }
        DecodeError::WrongFormat { .. } => "Ez nem Clientwise-adat.".into(),
        DecodeError::NoVersion => "Nincs benne adatverzió.".into(),
        DecodeError::TooOld { found } => {
            format!("Az adatverziója ({found}) olyan, amilyet a Clientwise soha nem írt.").into()
        }
        DecodeError::Newer { found } => {
            format!("A Clientwise egy újabb verziója írta (adatverzió: {found}).").into()
        }
        DecodeError::Migration { from, reason } => {
            format!("Nem sikerült frissíteni (kiinduló adatverzió: {from}): {reason}.").into()
        }
        DecodeError::Invalid { path, message } => {
            format!("Hiba a következő helyen ({path}): {message}.").into()
        }
        DecodeError::IdMismatch { key_id, record_id } => format!(
            "Ügyfélként ezzel az azonosítóval van tárolva: {key_id}, de a tartalma szerint az \
             azonosítója: {record_id}."
        )
        .into(),
    }
}

fn source_name(source: crate::import::Source) -> &'static str {
    use crate::import::Source::*;
    match source {
        Toggl => "Toggl Track időbejegyzések",
        Clockify => "Clockify időbejegyzések",
        HarvestTime => "Harvest időbejegyzések",
        Kimai => "Kimai munkaidő-nyilvántartás",
        InvoiceNinjaInvoices => "Invoice Ninja számlák",
        InvoiceNinjaPayments => "Invoice Ninja befizetések",
        FreshBooks => "FreshBooks számlák",
        HarvestInvoices => "Harvest számlák",
        Generic => "kézzel megfeleltetett oszlopokkal beolvasott fájl",
    }
}

fn import_read_error(e: &crate::import::ReadError) -> String {
    use crate::import::ReadError::*;
    match e {
        TooLarge { bytes } => format!(
            "Ez a fájl túl nagy ({} MB; a korlát {} MB). Semmi sem változott.",
            bytes / 1_000_000,
            crate::import::MAX_IMPORT_BYTES / 1_000_000
        ),
        Empty => "Ez a fájl üres. Semmi sem változott.".into(),
        NotCsv => {
            "Ez nem olyan CSV-fájl, amelyet a Clientwise be tud olvasni (talán táblázat vagy PDF). \
             Exportálj CSV-t az eszközödből, és azt a fájlt válaszd ki. Semmi sem változott."
                .into()
        }
    }
}

fn import_skip(reason: &crate::import::plan::PlanSkip) -> String {
    use crate::import::SkipReason::*;
    use crate::import::plan::PlanSkip;
    match reason {
        PlanSkip::Parse(reason) => match reason {
            MissingClient => "nincs ügyfél".into(),
            MissingDate => "nincs dátum".into(),
            BadDate(d) => format!("a dátum („{d}”) nem olvasható"),
            BadDuration(d) => format!("az időtartam („{d}”) nem olvasható"),
            BadAmount(a) if a.is_empty() => "nincs összeg".into(),
            BadAmount(a) => format!("az összeg („{a}”) nem olvasható"),
            MissingNumber => "nincs számlaszám".into(),
            NegativeAmount(a) => {
                format!("negatív összeg ({a}): a jóváíró számlák nem importálhatók")
            }
            NotApplicable(_) => "nincs rögzített idő (futó időmérő vagy üres bejegyzés)".into(),
        },
        PlanSkip::AlreadyImported => "már importálva".into(),
        PlanSkip::InvoiceExists(n) => format!("{n} számú számla már szerepel a naplóban"),
        PlanSkip::UnknownInvoice(n) => format!("a naplóban nincs {n} számú számla"),
        PlanSkip::OtherCurrency(c) => format!("pénzneme {c}, nem az ügyfél pénzneme"),
    }
}
