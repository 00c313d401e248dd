//! Armenian for the reports and exports. The final report speaks to the client («Դուք»,
//! capitalised), in the first person of the freelancer: factual, warm, short.

use super::days;
use crate::i18n::ReportText;

pub(in crate::i18n) fn text(key: &ReportText) -> String {
    use ReportText::*;
    let s: &str = match key {
        FinalTitle(client) => return format!("Ամփոփիչ հաշվետվություն՝ {client}"),
        EvidenceTitle(client) => return format!("Ապացույցների փաթեթ՝ {client}"),
        ClientCompany(company) => return format!("Հաճախորդ՝ {company}"),
        PreparedBy(who) => return format!("Պատրաստեց՝ {who}"),
        PreparedOn(date) => return format!("Պատրաստման ամսաթիվ՝ {date}"),
        Period(from, to) => return format!("{from} – {to}"),
        PrivateNotice => {
            "Միայն ձեզ համար՝ ձեր արխիվի և հնարավոր վեճի դեպքում։ Այս ֆայլը մի՛ ուղարկեք \
             հաճախորդին։ Փոխարենն ուղարկեք ամփոփիչ հաշվետվությունը։"
        }
        SummaryTitle => "Ամփոփում",
        FactPeriod => "Ժամանակահատված",
        FactWorked => "Աշխատած ժամեր",
        FactInvoiced => "Դուրս գրված հաշիվներ",
        FactPaid => "Վճարված",
        FactOutstanding => "Չվճարված",
        WorkTitle => "Աշխատանքն ըստ ամիսների",
        Month(year, month) => return format!("{} {year}", month_name(*month)),
        Total => "Ընդամենը",
        NoWork => "Այս ժամանակահատվածում աշխատանք չի գրանցվել։",
        InvoicesTitle => "Հաշիվներ և վճարումներ",
        PaidOn(date) => return format!("Վճարվել է {date}-ին"),
        PaidLate(date, n) => return format!("Վճարվել է {date}-ին, {} ուշացումով", days(*n)),
        OverdueBy(n) => return format!("Ժամկետանց՝ {}", days(*n)),
        NotDueYet => "Ժամկետը դեռ չի լրացել",
        OutstandingTotal(amount) => return format!("Չվճարված՝ {amount}"),
        NoInvoices => "Այս ժամանակահատվածում հաշիվներ դուրս չեն գրվել։",
        HandOverTitle => "Մուտքի հանձնում",
        HandedOver => "Հանձնված է",
        ToHandOver => "Դեռ հանձնված չէ",
        NoAccounts => "Ձեզ համար օգտահաշիվներ կամ ռեսուրսներ չեն վարվել։",
        ClosingTitle => "Եզրափակում",
        ClosingThanks(from, to) => {
            return format!(
                "Շնորհակալություն համագործակցության համար։ Այս հաշվետվությունն ամփոփում է \
                 {from}-ից մինչև {to}-ը կատարված աշխատանքը և դուրս գրված հաշիվները՝ Ձեր արխիվի \
                 համար։"
            );
        }
        ClosingOwed(amount) => {
            return format!(
                "Վերոնշյալ հաշիվների չվճարված մնացորդը կազմում է {amount}։ Շնորհակալ կլինեմ, եթե \
                 այն մարեք հնարավորինս շուտ։"
            );
        }
        ClosingHandedOver => {
            "Վերևում նշված բոլոր օգտահաշիվների և ռեսուրսների լիարժեք մուտքը հանձնված է Ձեզ։"
        }
        ClosingWishes => "Մաղթում եմ Ձեզ հաջողություն Ձեր հետագա բոլոր գործերում։",
        SignOff(name, business) => {
            let mut s = String::from("Հարգանքով՝");
            for line in [name, business] {
                if !line.is_empty() {
                    s.push('\n');
                    s.push_str(line);
                }
            }
            return s;
        }
        ProblemsTitle => "Խնդիրների մատյան",
        ProblemsIntro => {
            "Ժամանակահատվածի բոլոր խնդիրները՝ ամսաթվերով և այնպես, ինչպես գրանցվել են իրենց \
             ժամանակին։ Ներառված են պատասխանների սպասումները, պայմանագրով ներառվածից ավելի \
             ուղղումների փուլերը, միջադեպերը, ուշացած վճարումները և դրանց մասին ուղարկված \
             հաղորդագրությունները։"
        }
        RequestsTitle => "Հարցումներ և սպասման տևողություն",
        ApprovalsTitle => "Պայմանագրով ներառվածից ավելի ուղղումների փուլեր",
        IncidentsTitle => "Միջադեպեր",
        LateInvoicesTitle => "Ուշացած և ժամկետանց հաշիվներ",
        MessagesTitle => "Ուղարկված հաղորդագրություններ",
        NotesTitle => "Նշումներ",
        NothingInPeriod => "Այս ժամանակահատվածում նման բան չի եղել։",
        NotAnswered => "Պատասխան չկա",
        Days(n) => return days(*n),
        ScoresTitle => "Գնահատականներ",
        ScoresIntro(date, band) => {
            return format!(
                "Գնահատված է {date}-ին՝ ամբողջ մատյանի հիման վրա և ձեր կարգավորումներում նշված \
                 սահմաններով։ Եզրակացություն՝ {band}։"
            );
        }
        ScoreHeading(pattern, score, band) => {
            return format!("{pattern}՝ 100-ից {score} ({band})");
        }
        NoEvidence => "Ապացույցներ չկան։",
        ColMonth => "Ամիս",
        ColHours => "Ժամեր",
        ColDone => "Ինչ է արվել",
        ColInvoice => "Հաշիվ",
        ColIssued => "Դուրս գրված",
        ColDue => "Վճարման ժամկետ",
        ColAmount => "Գումար",
        ColPaid => "Վճարված",
        ColOutstanding => "Չվճարված",
        ColStatus => "Կարգավիճակ",
        ColAccount => "Օգտահաշիվ կամ ռեսուրս",
        ColSent => "Ուղարկված",
        ColTopic => "Թեմա",
        ColAnswered => "Պատասխանված",
        ColWaited => "Սպասում",
        ColSubmitted => "Ներկայացված",
        ColItem => "Նյութ",
        ColRounds => "Փուլեր",
        ColIncluded => "Ներառված",
        ColApproved => "Հաստատված",
        ColDate => "Ամսաթիվ",
        ColWhat => "Ինչ",
        ColDetails => "Մանրամասներ",
        ColDaysLate => "Ուշացման օրեր",
        ColPoints => "Միավորներ",
        ColWhy => "Պատճառ",
        ColKind => "Տեսակ",
        ColClosedOn => "Փակման ամսաթիվ (պատասխան, հաստատում կամ վճարում)",
        ColCurrency => "Արժույթ",
    };
    s.to_owned()
}

/// The month in the nominative, lowercase as Armenian writes it: «մարտ 2026».
fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "հունվար",
        "փետրվար",
        "մարտ",
        "ապրիլ",
        "մայիս",
        "հունիս",
        "հուլիս",
        "օգոստոս",
        "սեպտեմբեր",
        "հոկտեմբեր",
        "նոյեմբեր",
        "դեկտեմբեր",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}
