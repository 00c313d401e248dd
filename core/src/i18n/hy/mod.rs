//! Armenian (Eastern, as written in the Republic of Armenia). The voice: calm, plain, polite
//! «դուք» (lowercase on screen, «Դուք» in letters), no jargon; errors say what happened, that
//! nothing was lost, and what to do. Sentences end with «։», questions carry «՞».

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
const LANG: Lang = Lang::Hy;

/// A count and its noun, by CLDR category (one: 0 and 1; other). Armenian keeps the noun
/// singular after a number («1 օր», «5 օր»), so the two forms are usually the same word.
pub(super) fn plural(n: usize, one: &str, other: &str) -> String {
    match crate::i18n::plural(LANG, n as u64) {
        Plural::One => format!("{n} {one}"),
        Plural::Few | Plural::Other => format!("{n} {other}"),
    }
}

/// A count with a noun that stays singular after the number: «3 հաճախորդ».
pub(super) fn count(n: usize, noun: &str) -> String {
    plural(n, noun, noun)
}

/// A number of days in running text: «5 օր».
pub(super) fn days(n: i64) -> String {
    match crate::i18n::plural(LANG, n.unsigned_abs()) {
        Plural::One | Plural::Few | Plural::Other => format!("{n} օր"),
    }
}

/// A number of days as a modifier (genitive): «30 օրվա նախազգուշացում».
pub(super) fn days_of(n: i64) -> String {
    match crate::i18n::plural(LANG, n.unsigned_abs()) {
        Plural::One | Plural::Few | Plural::Other => format!("{n} օրվա"),
    }
}

pub(in crate::i18n) fn text(msg: &Msg) -> Cow<'static, str> {
    use Msg::*;
    let s: &'static str = match msg {
        AppName => "Clientwise",
        PageTitle(page) => return format!("{page} · Clientwise").into(),
        Tagline => "Ձեր հաճախորդները՝ փաստերով։",
        NavClients => "Հաճախորդներ",
        NavSettings => "Կարգավորումներ",
        MainNavigation => "Հիմնական ընտրացանկ",
        SkipToContent => "Անցնել բովանդակությանը",
        PrivacyNote => "Ձեր տվյալները մնում են այս դիտարկիչում։ Ոչինչ ոչ մի տեղ չի ուղարկվում։",
        ClientsTitle => "Հաճախորդներ",
        AddClient => "Ավելացնել հաճախորդ",
        LoadExample => "Բեռնել օրինակի տվյալներ",
        NoClientsYet => "Հաճախորդներ դեռ չկան։",
        EmptyHint => {
            "Ավելացրեք ձեր առաջին հաճախորդին կամ բեռնեք մի քանի հորինված հաճախորդ՝ տեսնելու, \
             թե ինչպես է աշխատում Clientwise-ը։"
        }
        ColName => "Անուն",
        ColStatus => "Կարգավիճակ",
        ExampleLoaded(n) => {
            return format!("Ավելացվեց {}։", count(*n, "հորինված հաճախորդ")).into();
        }
        NewClientTitle => "Նոր հաճախորդ",
        EditClientTitle => "Հաճախորդի խմբագրում",
        SectionWho => "Ով է հաճախորդը",
        SectionContract => "Ինչի շուրջ եք պայմանավորվել",
        SectionStatus => "Ներկա վիճակը",
        Name => "Անուն",
        Company => "Ընկերություն",
        Contact => "Կապի միջոց (էլ. փոստ կամ հեռախոս)",
        Currency => "Արժույթ",
        CurrencyHint => "Եռատառ կոդ, օրինակ՝ AMD, USD կամ EUR։",
        PaymentTerms => "Վճարման ժամկետը",
        TermsDaysAfter => "Հաշիվը դուրս գրելուց որոշակի թվով օր անց",
        TermsDayOfMonth => "Յուրաքանչյուր ամսվա որոշակի օրը",
        PaymentDays => "Օրերի թիվը՝ հաշիվը դուրս գրելուց հետո",
        PaymentDayOfMonth => "Ամսվա օրը",
        NoticeDays => "Նախազգուշացման ժամկետ (օր)",
        IncludedRevisions => "Ներառված ուղղումների փուլեր՝ յուրաքանչյուր հանձնվող արդյունքի համար",
        Pricing => "Գնագոյացում",
        PricingNone => "Նշված չէ",
        PricingRetainer => "Ամսական ֆիքսված վճար",
        PricingHourly => "Ժամավճար",
        PricingProject => "Նախագծի ֆիքսված գին",
        PricingAmount => "Գումար",
        Scope => "Աշխատանքի շրջանակ",
        Accounts => {
            "Օգտահաշիվներ և ռեսուրսներ, որոնք վարում եք հաճախորդի համար (յուրաքանչյուրը՝ առանձին \
             տողում)"
        }
        Started => "Համագործակցության սկիզբ",
        StatusLabel => "Կարգավիճակ",
        Notes => "Նշումներ",
        HardTimes => "Դժվար շրջաններ",
        HardTimesHint => {
            "Ժամանակահատվածներ, երբ հաճախորդը դժվար իրավիճակում էր (հիվանդություն, կորուստ, \
             ճգնաժամ)։ Այդ շրջանների ապացույցները ցուցադրվում են, բայց քիչ են կշռում։"
        }
        HardTimeStart => "Սկսած",
        HardTimeEnd => "Մինչև (թողեք դատարկ, եթե դեռ շարունակվում է)",
        HardTimeNote => "Ինչ է պատահել",
        AddHardTime => "Ավելացնել դժվար շրջան",
        RemoveHardTime(i) => return format!("Հեռացնել դժվար շրջան № {}", i + 1).into(),
        SaveClient => "Պահել հաճախորդի տվյալները",
        Cancel => "Չեղարկել",
        FormHasErrors => {
            "Որոշ դաշտեր պետք է վերանայել։ Յուրաքանչյուրի կողքին նշված է, թե ինչն է սխալ։"
        }
        Saved => "Պահված է։",
        BackToClients => "Բոլոր հաճախորդները",
        ClientNotFound => "Այստեղ հաճախորդ չկա։ Հնարավոր է, որ այն ջնջվել է։",
        EditClient => "Խմբագրել հաճախորդի տվյալները",
        DeleteClient => "Ջնջել հաճախորդին",
        ConfirmDeleteClient(name) => {
            return format!(
                "Ջնջե՞լ «{name}» հաճախորդին և նրա ամբողջ մատյանը։ Այս գործողությունն \
                 անդառնալի է։"
            )
            .into();
        }
        ConfirmDeleteEntry => "Ջնջե՞լ այս գրառումը։ Այս գործողությունն անդառնալի է։",
        YesDelete => "Այո, ջնջել",
        ContractTitle => "Պայմանագիր",
        TermsSummaryDays(0) => "Վճարումը՝ հաշիվը ստանալուն պես",
        TermsSummaryDays(n) => {
            return format!("Վճարումը՝ հաշիվը դուրս գրելուց {} անց", days(i64::from(*n))).into();
        }
        TermsSummaryDayOfMonth(d) => {
            return format!("Վճարումը՝ յուրաքանչյուր ամսի {d}-ին").into();
        }
        NoticeSummary(n) => {
            return format!("Նախազգուշացման ժամկետ՝ {}", days(i64::from(*n))).into();
        }
        RevisionsSummary(n) => {
            return format!(
                "Յուրաքանչյուր հանձնվող արդյունքի համար ներառված է ուղղումների {n} փուլ"
            )
            .into();
        }
        RetainerSummary(a) => return format!("Ամսական վճար՝ {a}").into(),
        HourlySummary(a) => return format!("Ժամավճար՝ {a}").into(),
        ProjectSummary(a) => return format!("Նախագծի գին՝ {a}").into(),
        NoPricing => "Գինը նշված չէ",
        StartedSummary(d) => return format!("Համագործակցության սկիզբ՝ {d}").into(),
        NoAccounts => "Վարվող օգտահաշիվներ նշված չեն",
        AccountsTitle => "Օգտահաշիվներ, որոնք վարում եք հաճախորդի համար",
        HardTimeOngoing(d) => return format!("{d}-ից սկսած").into(),
        HardTimeBetween(a, b) => return format!("{a} – {b}").into(),
        EvidenceLog => "Ապացույցների մատյան",
        FilterByKind => "Ցույց տալ",
        AllKinds => "Բոլոր գրառումները",
        AddEntry => "Ավելացնել գրառում",
        NewEntryTitle => "Նոր գրառում",
        EditEntryTitle => "Գրառման խմբագրում",
        EntryKindLabel => "Գրառման տեսակ",
        NoEntries => {
            "Դեռ ոչինչ գրանցված չէ։ Ավելացրեք առաջին գրառումը՝ հարցում, հաշիվ, աշխատանքի մեկ \
             ժամ…"
        }
        NoEntriesOfKind => "Այս տեսակի գրառումներ չկան։",
        Edit => "Խմբագրել",
        Delete => "Ջնջել",
        EditEntryNamed(what) => return format!("Խմբագրել՝ {what}").into(),
        DeleteEntryNamed(what) => return format!("Ջնջել՝ {what}").into(),
        EntryCount(n) => return count(*n, "գրառում").into(),
        SaveEntry => "Պահել գրառումը",
        Date => "Ամսաթիվ",
        Sent => "Ուղարկման ամսաթիվ",
        Topic => "Ինչ եք խնդրել",
        Answered => "Պատասխանի ամսաթիվ (թողեք դատարկ, քանի դեռ սպասում եք)",
        Submitted => "Ներկայացման ամսաթիվ",
        Item => "Նյութ",
        Rounds => "Պահանջված ուղղումների փուլեր",
        Approved => "Հաստատման ամսաթիվ (թողեք դատարկ, քանի դեռ սպասում եք)",
        Trivial => "Պահանջվել են միայն աննշան փոփոխություններ",
        InvoiceNumber => "Հաշվի համար",
        Issued => "Դուրս գրման ամսաթիվ",
        Due => "Վճարման ժամկետ",
        DueHint => "Թողեք դատարկ, և ժամկետը կհաշվարկվի պայմանագրի վճարման պայմաններով։",
        Amount => "Գումար",
        Payments => "Ստացված վճարումներ",
        PaymentDate(i) => return format!("Վճարում № {}՝ ամսաթիվ", i + 1).into(),
        PaymentAmount(i) => return format!("Վճարում № {}՝ գումար", i + 1).into(),
        AddPayment => "Ավելացնել վճարում",
        RemovePayment(i) => return format!("Հեռացնել վճարում № {}", i + 1).into(),
        IncidentKindLabel => "Ինչ է պատահել",
        Details => "Մանրամասներ",
        Hours => "Ժամեր",
        HoursHint => "Օրինակ՝ 1,5 կամ 1:30 կամ 90m։",
        Description => "Ինչ եք արել",
        Deliverable => "Հանձնվող արդյունք (ոչ պարտադիր)",
        InterventionKindLabel => "Ինչի մասին էր",
        InterventionText => "Ինչ եք ասել կամ գրել",
        NoteText => "Նշում",
        RequestSummary(topic) => return format!("Հարցում՝ {topic}").into(),
        AnsweredAfter(0) => "պատասխանվել է նույն օրը",
        AnsweredAfter(n) => return format!("պատասխանվել է {} անց", days(*n)).into(),
        WaitingSince(d) => return format!("պատասխանի է սպասում {d}-ից ի վեր").into(),
        ApprovalSummary(item, rounds) => {
            return format!("{item}՝ ուղղումների {rounds} փուլ").into();
        }
        ApprovedOn(d) => return format!("հաստատվել է {d}-ին").into(),
        WaitingForApproval => "սպասում է հաստատման",
        TrivialFlag => "միայն աննշան փոփոխություններ",
        InvoiceSummary(number, amount) => return format!("Հաշիվ {number}՝ {amount}").into(),
        DueOn(d) => return format!("վճարման ժամկետը՝ {d}").into(),
        PaidInFull(d) => return format!("ամբողջությամբ վճարվել է {d}-ին").into(),
        Outstanding(a) => return format!("չվճարված՝ {a}").into(),
        WorkSummary(hours, what) => return format!("{hours}՝ {what}").into(),
        ForDeliverable(d) => return format!("«{d}» արդյունքի համար").into(),
        Kind(k) => kind(*k),
        KindPlural(k) => kind_plural(*k),
        Incident(k) => incident(*k),
        Intervention(k) => intervention(*k),
        Status(s) => status(*s),
        Problem(p) => return problem(*p),
        Pattern(p) => scores::pattern(*p),
        Band(b) => scores::band(*b),
        TrendLabel(t) => scores::trend(*t),
        ScoreOutOf(n) => return format!("100-ից {n}").into(),
        OutOfHundred => "/100",
        Points(p) => return scores::points(*p).into(),
        Summary(s, currency) => return scores::summary(s, *currency).into(),
        EvidenceLine(label, reason, currency) => {
            return scores::evidence(label, reason, *currency).into();
        }
        WeightNote(w) => return scores::weight(*w),
        ShowEvidence(n) => return format!("Ապացույցները ({})", count(*n, "կետ")).into(),
        NoEvidence => "Մատյանում ոչինչ չի ազդում այս գնահատականի վրա։",
        GoToEntry(what) => return format!("Անցնել գրառմանը՝ {what}").into(),
        ScoresTitle => "Գնահատականներ",
        VerdictTitle => "Եզրակացություն՝",
        VerdictHealthy => "Գրանցված փաստերը քայլեր ձեռնարկելու հիմք չեն տալիս։",
        VerdictDriven(p, score, summary) => {
            return format!(
                "Եզրակացությունը հիմնված է «{}» գնահատականի վրա՝ 100-ից {score}։ {summary}",
                scores::pattern(*p).to_lowercase()
            )
            .into();
        }
        ExtraMileNote => {
            "Հաճախորդը դժվար շրջան է անցնում։ Այդ շրջանի ապացույցները քիչ են կշռում, և ճիշտ \
             ճանապարհը ոչ թե համագործակցությունն ավարտելն է, այլ սովորականից ավելին անելը։"
        }
        LowConfidence(days, events) => {
            return format!(
                "Ընդամենը {} պատմություն և {}։ Դեռ բավական չէ եզրակացության համար։",
                days_of(*days),
                count(*events, "իրադարձություն")
            )
            .into();
        }
        InvoiceLabel(n) => return format!("Հաշիվ {n}").into(),
        QuotedLabel(text) => return format!("«{text}»").into(),
        WorkLabel(day) => return format!("{day}-ի աշխատանքը").into(),
        ColVerdict => "Եզրակացություն",
        SortBy => "Դասավորել ըստ",
        SortRisk => "Ռիսկի, սկսած ամենաբարձրից",
        SortName => "Անվան",
        SortAdded => "Ավելացման հերթականության",
        NextStepTitle => "Ինչ անել հիմա",
        StepTitle(step) => playbook::step_title(*step),
        StepWhy(step) => playbook::step_why(*step),
        StageOf(n, of, p) => {
            return format!(
                "Քայլ {n}՝ {of}-ից ({} հաճախորդի դեպքում)",
                scores::pattern(*p).to_lowercase()
            )
            .into();
        }
        LastTaken(kind, day) => {
            return format!(
                "Վերջին գրանցված քայլը՝ {} ({day})։",
                intervention(*kind).to_lowercase()
            )
            .into();
        }
        WaitUntil(day, step) => {
            return format!(
                "Սպասեք պատասխանի մինչև {day}-ը, իսկ դրանից հետո՝ {}։",
                playbook::step_title(*step).to_lowercase()
            )
            .into();
        }
        MessageSubject => "Թեմա",
        MessageBody => "Հաղորդագրություն",
        CopyMessage => "Պատճենել հաղորդագրությունը",
        Copied => "Պատճենվեց։",
        CopyFailed => "Դիտարկիչը թույլ չտվեց պատճենել։ Ընտրեք տեքստը և պատճենեք այն ձեռքով։",
        MarkAsSent => "Նշել որպես ուղարկված",
        LoggedAsSent(day) => return format!("Գրանցվեց որպես {day}-ին ուղարկված։").into(),
        AddNameHint => {
            "Նշեք ձեր անունը «Կարգավորումներ» էջում, որպեսզի հաղորդագրությունները ստորագրված \
             լինեն։"
        }
        StartParting => "Սկսել համագործակցության ավարտը",
        PartingTitle => "Համագործակցության ավարտ",
        PartingStarted(day) => return format!("Սկսվել է {day}-ին։").into(),
        CheckLabel(c) => playbook::check_label(*c),
        CheckHint(c) => playbook::check_hint(*c),
        CoolOffUntil(day) => return format!("Որոշումը կայացրեք {day}-ին կամ դրանից հետո։").into(),
        MoneyOwedNow(amount) => return format!("Հաճախորդը դեռ պարտք է {amount}։").into(),
        NothingOwed => "Պարտք չկա։",
        NoticeTitle => "Նախազգուշացում",
        NoticeHint(n) => {
            return format!(
                "Պայմանագրով նախատեսված է {} նախազգուշացում։ Եթե հաճախորդը կախված է ձեր կանոնավոր \
                 աշխատանքից, նախազգուշացրեք բավական ժամանակ առաջ։",
                days_of(i64::from(*n))
            )
            .into();
        }
        GiveNoticeToday => "Նախազգուշացումը տրվել է այսօր",
        NoticeGivenOn(given, end) => {
            return format!("Նախազգուշացումը տրվել է {given}-ին, վերջին աշխատանքային օրը՝ {end}։")
                .into();
        }
        UndoNotice => "Չեղարկել նախազգուշացումը",
        OfferAlternatives => {
            "Առաջարկել այլընտրանքներ (անջատեք, եթե հաճախորդը կոպիտ կամ վիրավորական է եղել)"
        }
        Colleague => "Առաջարկվող գործընկեր (ոչ պարտադիր)",
        ProviderKind => "Ծառայություն մատուցողի տեսակ, որն ավելի կհամապատասխանի (ոչ պարտադիր)",
        HandOverTitle => "Լիարժեք մուտքի հանձնում",
        HandOverAccount(account) => return format!("Հանձնված է՝ {account}").into(),
        HandOverWarning(amount) => {
            return format!(
                "Հաճախորդը դեռ պարտք է {amount}։ Մուտքը հանձնեք, երբ պարտքն ամբողջությամբ մարվի։"
            )
            .into();
        }
        NoAccountsToHandOver => "Վարվող օգտահաշիվներ նշված չեն, ուստի հանձնելու բան չկա։",
        ReasonLabel => "Միակ պատճառը, որ նշում եք",
        Reason(r) => return playbook::reason(r),
        ReasonCustom => "Իմ բառերով",
        ReasonCustomText => "Քանի որ…",
        TerminationLetter => "Համագործակցության դադարեցման նամակ",
        PartingComplete => "Ամեն ինչ արված է։ Այժմ սա նախկին հաճախորդ է։",
        PartingProgress(done, of) => return format!("Կատարված է՝ {done}/{of}").into(),
        UnreadableKept(what, key) => {
            return format!(
                "Չհաջողվեց կարդալ {}։ Ճշգրիտ պատճենը պահվել է առանձին («{key}» անվամբ), ոչինչ \
                 չի վրագրվել, և մնացած ամեն ինչ բեռնվել է։",
                record(*what)
            )
            .into();
        }
        UnreadableNotKept(what) => {
            return format!(
                "Չհաջողվեց կարդալ {}։ Տվյալները մնացել են անձեռնմխելի իրենց տեղում \
                 (դիտարկիչում լրացուցիչ պատճենի համար տեղ չկար), և մնացած ամեն ինչ բեռնվել է։",
                record(*what)
            )
            .into();
        }
        DecodeReason(e) => return reason(e),
        NewerData(found, current) => {
            return format!(
                "Այս տվյալները պահվել են Clientwise-ի ավելի նոր տարբերակով (տվյալների տարբերակ \
                 {found}, իսկ այս տարբերակը կարդում է մինչև {current})։ Անվտանգության \
                 նկատառումով այստեղ ամեն ինչ բացված է միայն ընթերցման ռեժիմում։ Փոփոխություններ անելու համար \
                 բացեք Clientwise-ի ամենանոր տարբերակը։"
            )
            .into();
        }
        StorageUnavailable(detail) => {
            return format!(
                "Այս դիտարկիչը թույլ չի տալիս Clientwise-ին տվյալներ պահել ({detail})։ Այստեղ \
                 ոչինչ հնարավոր չէ պահել։ Ստուգեք, որ այս էջի համար կայքի տվյալները \
                 թույլատրված են։"
            )
            .into();
        }
        WriteQuota => {
            "Դիտարկիչի պահոցը լցված է, ուստի ձեր վերջին փոփոխությունը չի պահվել։ Այն դեռ \
             էկրանին է։ Հենց հիմա ներբեռնեք պահուստային պատճենը, որպեսզի ոչինչ չկորչի։"
        }
        WriteConflict => {
            "Այս հաճախորդի տվյալները փոփոխվել են մեկ այլ ներդիրում կամ պատուհանում, ուստի ձեր \
             փոփոխությունը չի պահվել, որպեսզի չվրագրի դրանք։ Ձեր փոփոխությունը դեռ էկրանին է։ \
             Ներբեռնեք պահուստային պատճեն՝ այն պահպանելու համար, ապա վերաբեռնեք էջը՝ մյուս \
             տարբերակը տեսնելու համար։"
        }
        WriteReadOnly => {
            "Միայն ընթերցման ռեժիմ՝ փոփոխությունները հնարավոր չէ պահել (տե՛ս վերևի \
             հաղորդագրությունը)։"
        }
        WriteProtected => {
            "Այս տվյալները նախկինում հնարավոր չի եղել կարդալ, ուստի դրանք պաշտպանված են \
             վրագրումից։"
        }
        WriteFailed(detail) => {
            return format!(
                "Դիտարկիչը մերժեց պահել ձեր վերջին փոփոխությունը ({detail})։ Այն դեռ էկրանին է։ \
                 Հենց հիմա ներբեռնեք պահուստային պատճենը, որպեսզի ոչինչ չկորչի։"
            )
            .into();
        }
        DownloadBackup => "Ներբեռնել պահուստային պատճենը",
        DownloadUnreadable => "Ներբեռնել չկարդացվող տվյալները",
        Dismiss => "Փակել",
        ReadOnlyBadge => "Միայն ընթերցում",
        SettingsTitle => "Կարգավորումներ",
        AboutYou => "Ձեր մասին",
        AboutYouHint => {
            "Օգտագործվում է Clientwise-ի պատրաստած հաղորդագրությունների ստորագրության և \
             հաշվետվությունների վերնագրի համար։"
        }
        OwnerName => "Ձեր անունը",
        Business => "Ձեր բիզնեսի անվանումը",
        SaveSettings => "Պահել կարգավորումները",
        BackupTitle => "Պահուստային պատճեն",
        BackupHint => {
            "Ձեր տվյալները պահվում են միայն այս դիտարկիչում։ Ժամանակ առ ժամանակ ներբեռնեք \
             պահուստային պատճեն և պահեք այն ապահով տեղում։"
        }
        ExampleTitle => "Օրինակի տվյալներ",
        ExampleHint => {
            "Ավելացնում է մի քանի հորինված հաճախորդ՝ մեկական դժվար հաճախորդի յուրաքանչյուր \
             տեսակի համար և մեկ անխնդիր հաճախորդ։ Ձեր սեփական հաճախորդները չեն փոխվի։"
        }
        ReportsLink => "Հաշվետվություններ և արտահանում",
        ReportsTitle(name) => return format!("Հաշվետվություններ և արտահանում՝ {name}").into(),
        ReportKindLabel => "Հաշվետվության տեսակ",
        ReportFinalOption => "Ամփոփիչ հաշվետվություն",
        ReportFinalHint => {
            "Հաճախորդի համար՝ կատարված աշխատանքն ըստ ամիսների, հաշիվներն ու վճարումները, մուտքի \
             հանձնումը և կարճ եզրափակում։ Առանց գնահատականների։"
        }
        ReportEvidenceOption => "Ապացույցների փաթեթ",
        ReportEvidenceHint => {
            "Միայն ձեզ համար՝ ձեր արխիվի կամ հնարավոր վեճի դեպքում։ Ներառում է ամփոփիչ հաշվետվությունը, \
             ամսաթվերով բոլոր խնդիրները, ձեր ուղարկած հաղորդագրությունները և գնահատականներն \
             իրենց ապացույցներով։"
        }
        ReportFrom => "Սկսած",
        ReportTo => "Մինչև",
        PrintReport => "Տպել կամ պահել որպես PDF",
        DownloadMarkdown => "Ներբեռնել Markdown ձևաչափով",
        DownloadHtml => "Ներբեռնել HTML ձևաչափով",
        ClientDataTitle => "Հաճախորդի տվյալները",
        ClientDataHint => {
            "Ամբողջ մատյանը՝ որպես աղյուսակ (CSV), կամ հաճախորդը՝ որպես ֆայլ, որը կարելի է \
             վերականգնել ցանկացած Clientwise-ում (JSON)։"
        }
        DownloadCsv => "Ներբեռնել մատյանը (CSV)",
        DownloadJson => "Ներբեռնել հաճախորդի ֆայլը (JSON)",
        Downloaded(name) => return format!("Ներբեռնվեց՝ {name}։").into(),
        DownloadFailed => "Դիտարկիչը չսկսեց ներբեռնումը։ Ոչինչ չի կորել։ Փորձեք կրկին։",
        DigestLabel => "SHA-256 մատնահետք",
        DigestHint => {
            "Պահեք այս մատնահետքը ֆայլի հետ կամ ուղարկեք դրա հետ միասին։ Եթե ֆայլը երբևէ \
             փոխվի, կփոխվի նաև մատնահետքը։ Ֆայլի անվան մեջ կա դրա առաջին 12 նիշը։"
        }
        CopyDigest => "Պատճենել մատնահետքը",
        PreviewLabel => "Նախադիտում",
        AddNameToReports => {
            "Նշեք ձեր անունն ու բիզնեսի անվանումը «Կարգավորումներ» էջում, որպեսզի դրանք երևան \
             հաշվետվությունների վերնագրում և ստորագրության մեջ։"
        }
        RestoreTitle => "Վերականգնել պահուստային պատճենից",
        RestoreHint => {
            "Ընտրեք Clientwise-ից ներբեռնված պահուստային պատճենի ֆայլ (կամ հաճախորդի ֆայլ)։ \
             Մինչև որևէ բան պահելը կտեսնեք, թե ինչ կփոխի այն։"
        }
        BackupFile => "Պահուստային պատճենի ֆայլ",
        ReadingFile => "Ֆայլը կարդացվում է…",
        FileUnreadable => "Դիտարկիչը չկարողացավ կարդալ այս ֆայլը։ Ոչինչ չի փոխվել։",
        RestoreRefused => "Այս ֆայլից հնարավոր չէ վերականգնել տվյալները։ Ոչինչ չի փոխվել։",
        BackupSummary(n, when) => {
            let clients = count(*n, "հաճախորդի");
            return if when.is_empty() {
                format!("{clients} պահուստային պատճեն՝ կարգավորումներով։").into()
            } else {
                format!("{clients} պահուստային պատճեն՝ կարգավորումներով, ստեղծված՝ {when}։").into()
            };
        }
        ClientFileSummary(n) => {
            return format!("{} ֆայլ՝ առանց կարգավորումների։", count(*n, "հաճախորդի")).into();
        }
        RestoreModeLabel => "Ինչպես վերականգնել",
        RestoreMerge => "Միավորել",
        RestoreMergeHint => {
            "Այստեղի բոլոր հաճախորդները կմնան, և կավելացվեն ֆայլում եղածները։ Նույն անունով \
             հաճախորդը կփոխարինվի ֆայլի տարբերակով։ Ձեր կարգավորումները կմնան։"
        }
        RestoreReplace => "Փոխարինել",
        RestoreReplaceHint => {
            "Այս դիտարկիչում կմնա ճիշտ այն, ինչ կա ֆայլում։ Ֆայլում չեղած հաճախորդները կջնջվեն, \
             իսկ ֆայլի կարգավորումները կփոխարինեն ձերը։"
        }
        PlanAdd(n) => return format!("Կավելացվի {}՝", count(*n, "հաճախորդ")).into(),
        PlanReplace(n) => {
            return format!("{} կփոխարինվի ֆայլի տարբերակով՝", count(*n, "հաճախորդ")).into();
        }
        PlanUnchanged(n) => {
            return format!("{} արդեն նույնն է՝", count(*n, "հաճախորդ")).into();
        }
        PlanRemove(n) => return format!("Կջնջվի {}՝", count(*n, "հաճախորդ")).into(),
        PlanSettingsReplaced => "Ձեր կարգավորումները կփոխարինվեն ֆայլում եղածներով։",
        PlanSettingsKept => "Ձեր կարգավորումները կմնան անփոփոխ։",
        PlanNothing => "Փոխելու բան չկա։ Ֆայլում եղած ամեն ինչ արդեն կա այս դիտարկիչում։",
        RestoreNow => "Վերականգնել",
        FilterStatus => "Կարգավիճակ",
        FilterVerdict => "Եզրակացություն",
        AllStatuses => "Բոլոր կարգավիճակները",
        AllVerdicts => "Բոլոր եզրակացությունները",
        NoMatch => "Այս զտիչներին համապատասխանող հաճախորդ չկա։",
        ColTrend => "Միտում",
        ColRevenue12m => "Ստացված՝ վերջին 12 ամսում",
        ColRevenueAll => "Ստացված՝ ընդհանուր",
        ColHoursLogged => "Գրանցված ժամեր",
        ColRate => "1 ժամի դիմաց",
        ColOutstandingMoney => "Չվճարված",
        ColWaiting => "Սպասման օրեր",
        ColExtraRounds => "Լրացուցիչ ուղղումների փուլեր",
        SortTrouble => "Պատճառած խնդիրների",
        ShownCount(shown, all) => {
            return if shown == all {
                count(*all, "հաճախորդ").into()
            } else {
                format!("{} {shown}-ը", count(*all, "հաճախորդից")).into()
            };
        }
        ShowingFirst(shown, all) => {
            return format!("Ցուցադրված են {all}-ից առաջին {shown}-ը՝ այս հերթականությամբ։").into();
        }
        ShowAllRows(all) => return format!("Ցույց տալ բոլորը ({all})").into(),
        ParetoTitle => "Որտեղից են գալիս խնդիրները",
        ParetoDesc => {
            "Հաճախորդները դասավորված են ըստ պատճառած խնդիրների՝ սկսած ամենախնդրահարույցից։ \
             Յուրաքանչյուր գիծ ցույց է տալիս կուտակային բաժինը՝ բոլոր խնդիրներից, ստացված \
             գումարից և գրանցված ժամերից։"
        }
        ParetoSummary(names, trouble, revenue, hours) => {
            return format!(
                "{names}՝ խնդիրների {trouble}%-ը, ստացված գումարի {revenue}%-ի և ձեր ժամերի \
                 {hours}%-ի դիմաց։"
            )
            .into();
        }
        ParetoNoTrouble => "Ոչ մի հաճախորդ խնդիրներ չի ստեղծում։ Շարունակեք գրանցումները։",
        SeriesTrouble => "Խնդիրներ",
        SeriesRevenue => "Ստացված գումար",
        SeriesHours => "Գրանցված ժամեր",
        ParetoOtherCurrency(n, code) => {
            return format!(
                "Գումարներում հաշվի են առնված միայն {code} արժույթով հաշիվներ ստացող \
                 հաճախորդները։ Այլ արժույթներով {} ներառված չէ։",
                count(*n, "հաճախորդ")
            )
            .into();
        }
        AxisClients => "Հաճախորդներ՝ սկսած ամենախնդրահարույցից",
        ShowAsTable => "Ցույց տալ աղյուսակով",
        ColClient => "Հաճախորդ",
        ColTroubleShare => "Իր բաժինը խնդիրներում",
        ColCumTrouble => "Խնդիրներ (կուտակային)",
        ColCumRevenue => "Գումար (կուտակային)",
        ColCumHours => "Ժամեր (կուտակային)",
        ChartsTitle => "Ժամանակի ընթացքում",
        LatenessTitle => "Ուշացման օրեր՝ ըստ հաշիվների",
        LatenessDesc => {
            "Յուրաքանչյուր սյուն մեկ հաշիվ է՝ ըստ վճարման ժամկետի։ Այն ցույց է տալիս, թե \
             ժամկետից քանի օր անց է վճարվել հաշիվը (կամ, եթե չի վճարվել, որքան է այն սպասում)։ \
             Աճող սյուները ցույց են տալիս աստիճանական վատթարացում։"
        }
        AnswerTimeTitle => "Պատասխանի օրեր՝ ըստ հարցումների",
        AnswerTimeDesc => {
            "Յուրաքանչյուր սյուն մեկ հարցում է՝ ըստ ուղարկման օրվա։ Այն ցույց է տալիս, թե քանի \
             օր պահանջվեց պատասխանի համար (կամ, եթե պատասխան չկա, քանի օր է անցել մինչ այժմ)։"
        }
        RoundsTitle => "Ուղղումների փուլեր՝ ըստ նյութերի",
        RoundsDesc(n) => {
            return format!(
                "Յուրաքանչյուր սյուն հաստատման ներկայացված մեկ նյութ է՝ պահանջված ուղղումների \
                 փուլերի քանակով։ Գիծը ցույց է տալիս պայմանագրով ներառվածը ({n})։"
            )
            .into();
        }
        ContractLine(n) => return format!("Պայմանագիր՝ {n}").into(),
        NothingToChart => "Դեռ ցուցադրելու բան չկա։",
        StillOpen => "դեռ բաց է",
        ColDaysCount => "Օրեր",
        ColRoundsCount => "Փուլեր",
        ColItemLabel => "Նյութ",
        ColDateLabel => "Ամսաթիվ",
        NavImport => "Ներմուծում",
        MappingTitle => "Ո՞ր սյունակում ինչ կա",
        MappingHint => {
            "Clientwise-ը չգիտի այս ֆայլի կառուցվածքը։ Նշեք, թե որ սյունակում ինչ է գրված։ \
             Ընտրությունը կհիշվի նույն սյունակներով ֆայլերի համար։"
        }
        MappingKind => "Յուրաքանչյուր տողը",
        ImportKind(kind) => match kind {
            crate::import::Kind::Time => "Աշխատած ժամանակ",
            crate::import::Kind::Invoices => "Հաշիվ",
            crate::import::Kind::Payments => "Հաշվի վճարում",
        },
        RoleLabel(role, required) => {
            use crate::import::formats::Role::*;
            let name = match role {
                Client => "Հաճախորդ",
                Date => "Ամսաթիվ",
                Duration => "Ժամեր կամ տևողություն",
                Description => "Ինչ է արվել",
                Project => "Նախագիծ",
                Number => "Հաշվի համար",
                Amount => "Գումար",
                Due => "Վճարման ժամկետ",
                Paid => "Վճարված գումար",
                PaidOn => "Վճարման ամսաթիվ",
                Currency => "Արժույթ",
                Invoice => "Վճարված հաշվի համար",
            };
            return if *required {
                name.into()
            } else {
                format!("{name} (ոչ պարտադիր)").into()
            };
        }
        NotInFile => "— չկա այս ֆայլում —",
        MappingIncomplete => "Ընտրեք սյունակ յուրաքանչյուր պարտադիր դաշտի համար։",
        ImportTitle => "Ներմուծեք ձեր նախկին տվյալները",
        ImportHint => {
            "Ներմուծեք արդեն ունեցած ժամանակի գրառումներն ու հաշիվները՝ Toggl Track, Clockify, \
             Harvest, Kimai, Invoice Ninja կամ FreshBooks ծառայություններից արտահանված CSV \
             ֆայլերը։ Մինչև որևէ բան պահելը կտեսնեք այն ամենը, ինչ ֆայլը կավելացնի, իսկ \
             ներմուծումը կարելի է չեղարկել մեկ սեղմումով։"
        }
        ImportFile => "Արտահանված ֆայլ (CSV)",
        ImportReadError(e) => return import_read_error(e).into(),
        Recognised(source) => {
            return format!("Ճանաչված է՝ {}։", source_name(*source)).into();
        }
        DateOrderQuestion => "Այս ֆայլի ամսաթվերը կարելի է կարդալ երկու կերպ։ Ո՞րն է առաջինը։",
        DayFirst => "Օրը (31/12/2024)",
        MonthFirst => "Ամիսը (12/31/2024)",
        PreviewNewClients(n) => {
            return format!("Կստեղծվի {}՝", count(*n, "նոր հաճախորդ")).into();
        }
        PreviewMatched(n) => {
            return format!("{} արդեն կա՝", count(*n, "հաճախորդ")).into();
        }
        PreviewRows(n) => return format!("Կներմուծվի {}։", count(*n, "տող")).into(),
        PreviewSkipped(n) => {
            return format!("Բաց կթողնվի {}՝", count(*n, "տող")).into();
        }
        SkippedLine(line, reason) => {
            return format!("Տող {line}՝ {}", import_skip(reason)).into();
        }
        PreviewHours(h) => return format!("Ժամեր՝ {h}").into(),
        PreviewInvoiced(m) => return format!("Դուրս գրված հաշիվներ՝ {m}").into(),
        PreviewPaid(m) => return format!("Վճարված՝ {m}").into(),
        DueFromTermsNote => {
            "Այս ֆայլում վճարման ժամկետներ չկան։ Յուրաքանչյուր հաշվի վճարման ժամկետը կհաշվարկվի \
             հաճախորդի վճարման պայմաններով։"
        }
        ImportNow(n) => return format!("Ներմուծել {}", count(*n, "տող")).into(),
        ImportedRows(n) => return format!("Ներմուծվեց {}։", count(*n, "տող")).into(),
        NothingNew => {
            "Ներմուծելու նոր բան չկա։ Բոլոր տողերն արդեն մատյանում են կամ բաց են թողնված։"
        }
        PastImports => "Ներմուծումներ",
        ImportSummary(n, rows) => {
            return format!("Ներմուծում № {n}՝ մատյանում {}", count(*rows, "տող")).into();
        }
        UndoImport(n) => return format!("Չեղարկել № {n} ներմուծումը").into(),
        ImportUndone(n) => return format!("№ {n} ներմուծումը չեղարկվեց։").into(),
        CopyName(name) => return format!("{name} (պատճեն՝ պահված մեկ այլ ներդիրից)").into(),
        ConflictNotice(name) => {
            return format!(
                "«{name}» հաճախորդի տվյալները փոփոխվել են մեկ այլ ներդիրում կամ պատուհանում, մինչդեռ \
                 այս ներդիրում դրանցում կար չպահված փոփոխություն։ Ոչինչ չի կորել։ Պահեք երկու \
                 տարբերակն էլ (ձերը կպահվի որպես պատճեն) կամ օգտագործեք մյուս տարբերակը՝ \
                 հրաժարվելով այս ներդիրի փոփոխությունից։"
            )
            .into();
        }
        KeepBoth => "Պահել երկուսն էլ",
        UseOtherVersion => "Օգտագործել մյուս տարբերակը",
        ClearedElsewhere => {
            "Clientwise-ի տվյալները ջնջվել են մեկ այլ ներդիրում կամ պատուհանում։ Էկրանին ամեն \
             ինչ դեռ կա։ Հենց հիմա ներբեռնեք պահուստային պատճեն՝ տվյալները պահպանելու համար։"
        }
        UsageWarning(percent) => {
            return format!(
                "Clientwise-ը զբաղեցնում է այս դիտարկիչի տրամադրած տարածքի {percent}%-ը։ \
                 Ներբեռնեք պահուստային պատճեն և մտածեք այն նախկին հաճախորդներին ջնջելու մասին, \
                 որոնց հաշվետվությունն արդեն պահել եք։"
            )
            .into();
        }
        StorageTitle => "Տվյալների պահոց",
        StorageUsed(amount, percent) => {
            return format!("Օգտագործված է {amount}՝ մոտ 5 ՄԲ-ից ({percent}%)։").into();
        }
        StorageMeterLabel => "Այս դիտարկիչում օգտագործված տարածքը",
        PersistGranted => {
            "Դիտարկիչը համաձայնել է պահպանել այս տվյալները նույնիսկ տարածքի պակասի դեպքում։"
        }
        PersistDenied => {
            "Դիտարկիչը կարող է ջնջել այս տվյալները տարածքի պակասի դեպքում, ուստի պահեք թարմ \
             պահուստային պատճեն։ (Դիտարկիչները հաճախ համաձայնում են, երբ որոշ ժամանակ \
             օգտագործել եք կայքը կամ ավելացրել եք այն էջանիշներում։)"
        }
        PersistUnknown => "Այս դիտարկիչը չի հայտնում, թե արդյոք կպահպանի տվյալները։",
        PersistAsk => "Խնդրել դիտարկիչին պահպանել տվյալները",
        ReminderTitle => "Պահուստավորման հիշեցում",
        ReminderHint => {
            "Մեղմ հիշեցում՝ նոր պահուստային պատճեն ներբեռնելու մասին, երբ նախորդից հետո \
             կուտակվել է որոշակի թվով փոփոխություն կամ անցել է որոշակի թվով օր։"
        }
        ReminderEveryChanges => "Հիշեցնել այսքան փոփոխությունից հետո",
        ReminderEveryDays => "Հիշեցնել այսքան օրից հետո",
        ReminderOffHint => "0-ն անջատում է այդ հիշեցումը։",
        SaveReminder => "Պահել հիշեցումը",
        LastBackup(day) => {
            return format!("Այս դիտարկիչից վերջին պահուստային պատճենը՝ {day}։").into();
        }
        NoBackupYet => "Այս դիտարկիչից դեռ պահուստային պատճեն չի ներբեռնվել։",
        ReminderDue(changes, since) => {
            let changes = count(*changes as usize, "փոփոխություն");
            return match since {
                Some(d) => format!(
                    "Վերջին պահուստային պատճենից ({} առաջ) ի վեր կատարվել է {changes}։ \
                     Ներբեռնեք պահուստային պատճեն, որպեսզի դրանք ապահով լինեն, նույնիսկ եթե այս \
                     դիտարկիչը կորցնի իր տվյալները։",
                    days(*d)
                ),
                None => format!(
                    "Կատարվել է {changes}, և պահուստային պատճեն դեռ չկա։ Ներբեռնեք պահուստային \
                     պատճեն, որպեսզի դրանք ապահով լինեն, նույնիսկ եթե այս դիտարկիչը կորցնի իր \
                     տվյալները։"
                ),
            }
            .into();
        }
        RemindLater => "Հիշեցնել ավելի ուշ",
        RestoreDone(added, replaced, removed) => {
            return format!(
                "Վերականգնված է։ Ավելացվել է {}, փոխարինվել՝ {replaced}, ջնջվել՝ {removed}։",
                count(*added, "հաճախորդ")
            )
            .into();
        }
        BackupFirst => "Նախ ներբեռնել առկա տվյալների պահուստային պատճենը",
        ThresholdsTitle => "Գնահատում",
        ThresholdsHint => {
            "Այն մի քանի սահմանները, որոնք գուցե ցանկանաք ինքներդ որոշել։ Գնահատման մնացած \
             կանոնները ֆիքսված են, և յուրաքանչյուր գնահատական ցույց է տալիս իր հիմքում ընկած \
             գրառումները։"
        }
        SlowAnswerDays => "Պատասխանը համարվում է ուշացած՝ այսքան օրից հետո",
        GraceDays => "Արտոնյալ օրեր վճարման ժամկետից հետո",
        SlowApprovalDays => "Հաստատումը համարվում է ուշացած՝ այսքան օրից հետո",
        HalfLifeDays => "Ապացույցը կիսով չափ է կշռում՝ այսքան օրից հետո",
        SaveThresholds => "Պահել գնահատման կարգավորումները",
        ResetDefaults => "Վերականգնել լռելյայն արժեքները",
        LanguageLabel => "Լեզու",
        LanguageName(lang) => language_name(*lang),
        ClientLanguage => "Հաճախորդի լեզուն",
        ClientLanguageHint => {
            "Այս հաճախորդի համար հաղորդագրությունները, նամակները և ամփոփիչ հաշվետվությունը \
             գրվում են այդ լեզվով։"
        }
        ClientLanguageDefault => "Այս էկրանի լեզուն",
        ClientLanguageSummary(lang) => {
            return format!(
                "Հաղորդագրություններ և հաշվետվություններ՝ {}",
                language_in(*lang)
            )
            .into();
        }
        WrittenIn(lang) => return format!("Գրված է {}։", language_in(*lang)).into(),
        DocumentLanguage => "Փաստաթղթի լեզուն",
        DocumentLanguageHint => {
            "Ամփոփիչ հաշվետվությունը սկզբում առաջարկվում է հաճախորդի լեզվով, իսկ ապացույցների \
             փաթեթը՝ ձեր լեզվով։"
        }
        TypedIntoLetter(lang) => {
            let l = language_in(*lang);
            return format!(
                "Նամակը գրված է {l}, և այս տեքստը նամակում կհայտնվի բառացի։ Գրեք այն {l}։"
            )
            .into();
        }
        SwitchLosesTyping => "Լեզուն փոխելիս լրացվող ձևը կփակվի, և մուտքագրածը կկորչի։",
        KeepEditing => "Շարունակել խմբագրումը",
        SwitchAnyway => "Այնուամենայնիվ փոխել",
    };
    Cow::Borrowed(s)
}

/// The language's name as a menu shows it.
fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Անգլերեն",
        Lang::Hy => "Հայերեն",
        Lang::Fi => "Ֆիններեն",
        Lang::Hr => "Խորվաթերեն",
        Lang::Hu => "Հունգարերեն",
    }
}

/// "In English": the language's name in the instrumental, as running text writes it.
fn language_in(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "անգլերենով",
        Lang::Hy => "հայերենով",
        Lang::Fi => "ֆիններենով",
        Lang::Hr => "խորվաթերենով",
        Lang::Hu => "հունգարերենով",
    }
}

fn kind(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Հարցում",
        EntryKind::Approval => "Հաստատում",
        EntryKind::Invoice => "Հաշիվ",
        EntryKind::Incident => "Միջադեպ",
        EntryKind::Work => "Կատարված աշխատանք",
        EntryKind::Intervention => "Ձեռնարկված քայլ",
        EntryKind::Note => "Նշում",
    }
}

fn kind_plural(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Request => "Հարցումներ",
        EntryKind::Approval => "Հաստատումներ",
        EntryKind::Invoice => "Հաշիվներ",
        EntryKind::Incident => "Միջադեպեր",
        EntryKind::Work => "Կատարված աշխատանք",
        EntryKind::Intervention => "Ձեռնարկված քայլեր",
        EntryKind::Note => "Նշումներ",
    }
}

fn incident(k: IncidentKind) -> &'static str {
    match k {
        IncidentKind::DeadlineSlipped => {
            "Վերջնաժամկետը տեղափոխվեց հաճախորդի ուշ արձագանքի պատճառով"
        }
        IncidentKind::AccessWithheld => "Օգտահաշվի մուտքը չտրամադրվեց",
        IncidentKind::Blame => "Ձեզ մեղադրեցին",
        IncidentKind::OutOfHoursPressure => "Ճնշում՝ աշխատել ոչ աշխատանքային ժամերին",
        IncidentKind::ScopeCreep => "Պահանջվեց աշխատանք համաձայնեցված շրջանակից դուրս",
        IncidentKind::Disrespect => "Անհարգալից վերաբերմունք",
        IncidentKind::PromiseToPayLater => "Խոստում՝ վճարել ավելի ուշ",
        IncidentKind::Other => "Այլ բան",
    }
}

fn intervention(k: InterventionKind) -> &'static str {
    match k {
        InterventionKind::PaymentTermsStated => "Հստակեցվել են վճարման պայմանները",
        InterventionKind::PaymentReminder => "Ուղարկվել է վճարման հիշեցում",
        InterventionKind::WorkPaused => "Աշխատանքը կասեցվել է մինչև վճարումը",
        InterventionKind::ResponsivenessExpectations => "Խնդրվել է ժամանակին պատասխանել",
        InterventionKind::WorkingWayExplained => {
            "Բացատրվել է, որ աշխատանքի այս ձևը խոչընդոտում է գործին"
        }
        InterventionKind::ExtraMile => "Արվել է սովորականից ավելին",
        InterventionKind::Termination => "Համագործակցությունը դադարեցվել է",
        InterventionKind::Other => "Այլ բան",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Active => "Ակտիվ",
        Status::Paused => "Կասեցված",
        Status::Parting => "Համագործակցության ավարտ",
        Status::Former => "Նախկին հաճախորդ",
    }
}

/// What could not be read, as the object of «Չհաջողվեց կարդալ …».
fn record(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Client => "պահված հաճախորդներից մեկի տվյալները",
        RecordKind::Index => "հաճախորդների պահված ցանկը",
        RecordKind::Settings => "ձեր պահված կարգավորումները",
        RecordKind::Backup => "պահուստային պատճենի ֆայլը",
        RecordKind::Reminder => "պահուստավորման հիշեցումը",
        RecordKind::ImportMappings => "ներմուծման հիշված սյունակները",
    }
}

fn problem(p: Problem) -> Cow<'static, str> {
    let s = match p {
        Problem::Required => "Պարտադիր դաշտ։",
        Problem::NotADate => "Մուտքագրեք ամսաթիվ։",
        Problem::NotANumber => "Մուտքագրեք թիվ, օրինակ՝ 1 250,00։",
        Problem::NotAWholeNumber => "Մուտքագրեք ամբողջ թիվ։",
        Problem::Negative => "Չի կարող բացասական լինել։",
        Problem::TooManyDecimals => "Այս արժույթի համար տասնորդական նիշերը չափազանց շատ են։",
        Problem::TooLarge => "Թիվը չափազանց մեծ է։",
        Problem::OutOfRange { min, max } => {
            return format!("Մուտքագրեք թիվ {min}-ից {max} միջակայքում։").into();
        }
        Problem::NotACurrency => "Մուտքագրեք արժույթի եռատառ կոդ, օրինակ՝ AMD, USD կամ EUR։",
        Problem::HoursTooLong => {
            "Մեկ գրառման մեջ նշված է 24 ժամից ավելի։ Յուրաքանչյուր օր գրանցեք առանձին։"
        }
        Problem::TextTooLong => "Տեքստը չափազանց երկար է։",
        Problem::AnsweredBeforeSent => {
            "Պատասխանի ամսաթիվը չի կարող նախորդել հարցման ուղարկման ամսաթվին։"
        }
        Problem::ApprovedBeforeSubmitted => {
            "Հաստատման ամսաթիվը չի կարող նախորդել նյութի ներկայացման ամսաթվին։"
        }
        Problem::DueBeforeIssued => "Վճարման ժամկետը չի կարող նախորդել հաշվի դուրս գրման ամսաթվին։",
        Problem::EndBeforeStart => "Ավարտը չի կարող նախորդել սկզբին։",
        Problem::PaymentsExceedAmount => "Վճարումների գումարը գերազանցում է հաշվի գումարը։",
        Problem::ZeroAmount => "Պետք է զրոյից մեծ լինի։",
    };
    Cow::Borrowed(s)
}

fn reason(e: &DecodeError) -> Cow<'static, str> {
    match e {
        DecodeError::TooLarge { bytes, limit } => format!(
            "Ֆայլը չափազանց մեծ է ({} ՄԲ, սահմանաչափը՝ {} ՄԲ)։",
            bytes / 1_000_000,
            limit / 1_000_000
        )
        .into(),
        DecodeError::NotJson { line, column } => {
            format!("Սա վավեր JSON չէ (տող {line}, սյունակ {column})։").into()
        }
        DecodeError::WrongFormat { .. } => "Սա Clientwise-ի տվյալներ չեն։".into(),
        DecodeError::NoVersion => "Տվյալների տարբերակը նշված չէ։".into(),
        DecodeError::TooOld { found } => {
            format!("Տվյալների այս տարբերակը ({found}) երբեք չի օգտագործվել Clientwise-ում։").into()
        }
        DecodeError::Newer { found } => {
            format!("Գրվել է Clientwise-ի ավելի նոր տարբերակով (տվյալների տարբերակ {found})։")
                .into()
        }
        DecodeError::Migration { from, reason } => {
            format!("Հնարավոր չեղավ թարմացնել տվյալների {from} տարբերակից ({reason})։").into()
        }
        DecodeError::Invalid { path, message } => format!("{path}՝ {message}։").into(),
        DecodeError::IdMismatch { key_id, record_id } => format!(
            "Պահված է որպես № {key_id} հաճախորդ, բայց պարունակում է № {record_id} հաճախորդի տվյալները։"
        )
        .into(),
    }
}

fn source_name(source: crate::import::Source) -> &'static str {
    use crate::import::Source::*;
    match source {
        Toggl => "ժամանակի գրառումներ (Toggl Track)",
        Clockify => "ժամանակի գրառումներ (Clockify)",
        HarvestTime => "ժամանակի գրառումներ (Harvest)",
        Kimai => "ժամանակի աղյուսակ (Kimai)",
        InvoiceNinjaInvoices => "հաշիվներ (Invoice Ninja)",
        InvoiceNinjaPayments => "վճարումներ (Invoice Ninja)",
        FreshBooks => "հաշիվներ (FreshBooks)",
        HarvestInvoices => "հաշիվներ (Harvest)",
        Generic => "ձեռքով համապատասխանեցված ֆայլ",
    }
}

fn import_read_error(e: &crate::import::ReadError) -> String {
    use crate::import::ReadError::*;
    match e {
        TooLarge { bytes } => format!(
            "Այս ֆայլը չափազանց մեծ է ({} ՄԲ, սահմանաչափը՝ {} ՄԲ)։ Ոչինչ չի փոխվել։",
            bytes / 1_000_000,
            crate::import::MAX_IMPORT_BYTES / 1_000_000
        ),
        Empty => "Այս ֆայլը դատարկ է։ Ոչինչ չի փոխվել։".into(),
        NotCsv => "Սա CSV ֆայլ չէ, որը Clientwise-ը կարող է կարդալ (գուցե աղյուսակ է կամ PDF)։ \
             Արտահանեք CSV ձեր ծրագրից և ընտրեք այդ ֆայլը։ Ոչինչ չի փոխվել։"
            .into(),
    }
}

fn import_skip(reason: &crate::import::plan::PlanSkip) -> String {
    use crate::import::SkipReason::*;
    use crate::import::plan::PlanSkip;
    match reason {
        PlanSkip::Parse(reason) => match reason {
            MissingClient => "հաճախորդը նշված չէ".into(),
            MissingDate => "ամսաթիվը նշված չէ".into(),
            BadDate(d) => format!("«{d}» ամսաթիվը հնարավոր չէ կարդալ"),
            BadDuration(d) => format!("«{d}» տևողությունը հնարավոր չէ կարդալ"),
            BadAmount(a) if a.is_empty() => "գումարը նշված չէ".into(),
            BadAmount(a) => format!("«{a}» գումարը հնարավոր չէ կարդալ"),
            MissingNumber => "հաշվի համարը նշված չէ".into(),
            NegativeAmount(a) => {
                format!("բացասական գումար ({a})՝ ճշգրտող (կրեդիտ) հաշիվները չեն ներմուծվում")
            }
            NotApplicable(_) => "ժամանակ գրանցված չէ (գործող ժամաչափ կամ դատարկ գրառում)".into(),
        },
        PlanSkip::AlreadyImported => "արդեն ներմուծված է".into(),
        PlanSkip::InvoiceExists(n) => format!("«{n}» համարով հաշիվն արդեն մատյանում է"),
        PlanSkip::UnknownInvoice(n) => format!("մատյանում «{n}» համարով հաշիվ չկա"),
        PlanSkip::OtherCurrency(c) => format!("{c} արժույթով է, ոչ թե հաճախորդի արժույթով"),
    }
}
