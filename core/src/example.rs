//! Made-up example clients for a first-time user: one easy client and one for each difficult
//! pattern, plus a good client going through a hard time. Dates are relative to `today`, so the
//! examples always look current.
//!
//! The examples are written in each language Clientwise speaks, as the user would type them in
//! their own notes; only the words differ, never the names, numbers and dates, so every language
//! gets the same scores and advice. The texts are data here rather than catalogue keys: they are
//! what a user would have typed, not what the app says.

use chrono::{Days, NaiveDate};

use crate::i18n::Lang;
use crate::model::{
    Approval, Cents, Client, ClientId, Currency, EntryBody, HardTime, Incident, IncidentKind,
    Intervention, InterventionKind, Invoice, Minutes, Note, Payment, PaymentTerms, Pricing,
    Request, Work,
};

/// Every text of the examples in one language. Names of people, companies and platforms, and
/// invoice numbers, are the same in every language and are not here.
struct Words {
    // Maya Lindqvist, Harbour Dental: the easy client.
    facebook_page: &'static str,
    harbour_scope: &'static str,
    harbour_work: &'static str,
    /// The deliverable of Harbour Dental's and Brightside Café's monthly work.
    monthly_posts: &'static str,
    clinic_photos: &'static str,
    summer_theme: &'static str,
    summer_visuals: &'static str,
    // Tom Brightside, Brightside Café: the late payer.
    google_profile: &'static str,
    brightside_work: &'static str,
    pay_later: &'static str,
    terms_stated: &'static str,
    autumn_menu: &'static str,
    autumn_campaign: &'static str,
    // Jonas Nordlys, Nordlys Outdoor: the unresponsive client.
    nordlys_scope: &'static str,
    product_list: &'static str,
    logo_files: &'static str,
    design_feedback: &'static str,
    launch_moved: &'static str,
    need_answers: &'static str,
    winter_prices: &'static str,
    checkout_sign_off: &'static str,
    shipping_rules: &'static str,
    catalogue_work: &'static str,
    catalogue_site: &'static str,
    // Vera Castell, Vela Fashion: the controlling client.
    lookbook: &'static str,
    highlight_covers: &'static str,
    /// Submitted twice.
    weekly_plan: &'static str,
    no_tiktok: &'static str,
    every_post_approved: &'static str,
    autumn_teaser: &'static str,
    blamed: &'static str,
    // Ilse Oakley, Oak & Ivy Florists: a good client in a hard time.
    in_hospital: &'static str,
    bouquets: &'static str,
    ilse_called: &'static str,
    archive_offer: &'static str,
}

const EN: Words = Words {
    facebook_page: "Facebook page",
    harbour_scope: "Three posts a week and a monthly report.",
    harbour_work: "Posts for the month",
    monthly_posts: "Monthly posts",
    clinic_photos: "Photos of the new clinic",
    summer_theme: "Approval of the summer campaign theme",
    summer_visuals: "Summer campaign visuals",
    google_profile: "Google Business profile",
    brightside_work: "Posts and stories for the month",
    pay_later: "“Keep going, I'll settle everything at the end of the season.”",
    terms_stated: "Confirmed that invoices are due on the 1st of each month.",
    autumn_menu: "Autumn menu launch posts",
    autumn_campaign: "Autumn campaign",
    nordlys_scope: "A new product catalogue site.",
    product_list: "Product list for the catalogue",
    logo_files: "Logo files in vector format",
    design_feedback: "Feedback on the first page design",
    launch_moved: "Launch moved by two weeks: waited for page feedback.",
    need_answers: "Explained that I cannot move forward without their answers.",
    winter_prices: "Prices for the winter range",
    checkout_sign_off: "Sign-off on the checkout flow",
    shipping_rules: "Shipping rules",
    catalogue_work: "Catalogue structure and first designs",
    catalogue_site: "Catalogue site",
    lookbook: "Spring lookbook post",
    highlight_covers: "Story highlight covers",
    weekly_plan: "Weekly post plan",
    no_tiktok: "Still no access to the TikTok account; only Instagram shared.",
    every_post_approved: "Explained that approving every post in advance makes the agreed plan impossible.",
    autumn_teaser: "Autumn campaign teaser",
    blamed: "Blamed me for low reach on posts she held back for a week.",
    in_hospital: "Owner in hospital; the shop ran on part-time staff.",
    bouquets: "Which bouquets to feature this month",
    ilse_called: "Ilse called: she will be in hospital for a few weeks. Agreed to keep posting from the photo archive.",
    archive_offer: "Offered to run the account from the archive and to pause invoices if it helps.",
};

const HY: Words = Words {
    facebook_page: "Facebook էջ",
    harbour_scope: "Շաբաթական երեք հրապարակում և ամսական հաշվետվություն։",
    harbour_work: "Ամսվա հրապարակումները",
    monthly_posts: "Ամսական հրապարակումներ",
    clinic_photos: "Նոր կլինիկայի լուսանկարները",
    summer_theme: "Ամառային արշավի թեմայի հաստատում",
    summer_visuals: "Ամառային արշավի պատկերները",
    google_profile: "Google բիզնես պրոֆիլ",
    brightside_work: "Ամսվա հրապարակումներն ու սթորիները",
    pay_later: "«Շարունակեք, սեզոնի վերջում ամեն ինչ կվճարեմ։»",
    terms_stated: "Հաստատեցի, որ հաշիվները ենթակա են վճարման յուրաքանչյուր ամսի 1-ին։",
    autumn_menu: "Աշնանային մենյուի մեկնարկի հրապարակումներ",
    autumn_campaign: "Աշնանային արշավ",
    nordlys_scope: "Ապրանքների կատալոգի նոր կայք։",
    product_list: "Կատալոգի ապրանքների ցանկը",
    logo_files: "Լոգոյի ֆայլերը վեկտորային ձևաչափով",
    design_feedback: "Կարծիք էջի առաջին դիզայնի վերաբերյալ",
    launch_moved: "Մեկնարկը հետաձգվեց երկու շաբաթով՝ սպասում էինք էջերի վերաբերյալ կարծիքին։",
    need_answers: "Բացատրեցի, որ առանց նրանց պատասխանների չեմ կարող առաջ շարժվել։",
    winter_prices: "Ձմեռային տեսականու գները",
    checkout_sign_off: "Պատվերի ձևակերպման քայլերի հաստատում",
    shipping_rules: "Առաքման կանոններ",
    catalogue_work: "Կատալոգի կառուցվածքը և առաջին դիզայնները",
    catalogue_site: "Կատալոգի կայք",
    lookbook: "Գարնանային լուքբուքի հրապարակում",
    highlight_covers: "Ընտրված սթորիների շապիկները",
    weekly_plan: "Հրապարակումների շաբաթական պլան",
    no_tiktok: "TikTok օգտահաշվի մուտքը դեռ չեն տվել, տրամադրել են միայն Instagram-ը։",
    every_post_approved: "Բացատրեցի, որ յուրաքանչյուր հրապարակում նախապես հաստատելու պահանջն անհնար է դարձնում համաձայնեցված պլանի կատարումը։",
    autumn_teaser: "Աշնանային արշավի անոնս",
    blamed: "Ինձ մեղադրեց այն հրապարակումների ցածր ընդգրկման համար, որոնք ինքն էր մեկ շաբաթ հետ պահել։",
    in_hospital: "Սեփականատերը հիվանդանոցում էր, խանութը մնացել էր կես դրույքով աշխատակիցների հույսին։",
    bouquets: "Որ ծաղկեփնջերն առանձնացնել այս ամիս",
    ilse_called: "Ilse-ն զանգեց՝ մի քանի շաբաթ հիվանդանոցում է լինելու։ Պայմանավորվեցինք, որ շարունակեմ հրապարակել լուսանկարների արխիվից։",
    archive_offer: "Առաջարկեցի օգտահաշիվը վարել արխիվի նյութերով և, եթե դա կօգնի, ժամանակավորապես դադարեցնել հաշիվների դուրսգրումը։",
};

const FI: Words = Words {
    facebook_page: "Facebook-sivu",
    harbour_scope: "Kolme julkaisua viikossa ja kuukausiraportti.",
    harbour_work: "Kuukauden julkaisut",
    monthly_posts: "Kuukausijulkaisut",
    clinic_photos: "Uuden klinikan kuvat",
    summer_theme: "Kesäkampanjan teeman hyväksyntä",
    summer_visuals: "Kesäkampanjan visuaalit",
    google_profile: "Google-yritysprofiili",
    brightside_work: "Kuukauden julkaisut ja tarinat",
    pay_later: "”Jatka vain, maksan kaiken sesongin lopussa.”",
    terms_stated: "Vahvistin, että laskut erääntyvät kunkin kuukauden 1. päivänä.",
    autumn_menu: "Syysmenun lanseerausjulkaisut",
    autumn_campaign: "Syyskampanja",
    nordlys_scope: "Uusi tuotekatalogisivusto.",
    product_list: "Tuotelista katalogiin",
    logo_files: "Logotiedostot vektorimuodossa",
    design_feedback: "Palaute ensimmäisestä sivuluonnoksesta",
    launch_moved: "Lanseeraus siirtyi kahdella viikolla: odotin palautetta sivuista.",
    need_answers: "Kerroin, etten pääse etenemään ilman heidän vastauksiaan.",
    winter_prices: "Talvimalliston hinnat",
    checkout_sign_off: "Kassaprosessin hyväksyntä",
    shipping_rules: "Toimitusehdot",
    catalogue_work: "Katalogin rakenne ja ensimmäiset luonnokset",
    catalogue_site: "Katalogisivusto",
    lookbook: "Kevään lookbook-julkaisu",
    highlight_covers: "Kohokohtien kansikuvat",
    weekly_plan: "Viikon julkaisusuunnitelma",
    no_tiktok: "Ei vieläkään pääsyä TikTok-tiliin; vain Instagram on jaettu.",
    every_post_approved: "Selitin, että jokaisen julkaisun hyväksyttäminen etukäteen tekee sovitun suunnitelman toteuttamisen mahdottomaksi.",
    autumn_teaser: "Syyskampanjan teaser",
    blamed: "Syytti minua heikosta tavoittavuudesta julkaisuissa, joita hän itse pidätteli viikon.",
    in_hospital: "Omistaja sairaalassa; kauppa pyöri osa-aikaisten työntekijöiden varassa.",
    bouquets: "Mitkä kimput nostetaan esiin tässä kuussa",
    ilse_called: "Ilse soitti: hän on sairaalassa muutaman viikon. Sovimme, että julkaisen edelleen kuva-arkistosta.",
    archive_offer: "Tarjouduin hoitamaan tiliä arkiston kuvilla ja pitämään laskutuksessa taukoa, jos se helpottaa.",
};

const HR: Words = Words {
    facebook_page: "Facebook stranica",
    harbour_scope: "Tri objave tjedno i mjesečno izvješće.",
    harbour_work: "Priprema mjesečnih objava",
    monthly_posts: "Mjesečne objave",
    clinic_photos: "Fotografije nove ordinacije",
    summer_theme: "Odobrenje teme ljetne kampanje",
    summer_visuals: "Vizuali ljetne kampanje",
    google_profile: "Google profil tvrtke",
    brightside_work: "Priprema mjesečnih objava i priča",
    pay_later: "„Samo nastavite, sve ću podmiriti na kraju sezone.“",
    terms_stated: "Potvrđeno da računi dospijevaju 1. dana u mjesecu.",
    autumn_menu: "Objave za predstavljanje jesenskog jelovnika",
    autumn_campaign: "Jesenska kampanja",
    nordlys_scope: "Nova web-stranica s katalogom proizvoda.",
    product_list: "Popis proizvoda za katalog",
    logo_files: "Datoteke logotipa u vektorskom formatu",
    design_feedback: "Povratne informacije o prvom dizajnu stranice",
    launch_moved: "Lansiranje pomaknuto za dva tjedna: čekale su se povratne informacije o stranicama.",
    need_answers: "Objašnjeno da bez njihovih odgovora ne mogu dalje.",
    winter_prices: "Cijene zimske kolekcije",
    checkout_sign_off: "Odobrenje postupka plaćanja u web-trgovini",
    shipping_rules: "Pravila dostave",
    catalogue_work: "Struktura kataloga i prva dizajnerska rješenja",
    catalogue_site: "Web-stranica s katalogom",
    lookbook: "Objava proljetnog lookbooka",
    highlight_covers: "Naslovnice za istaknute priče",
    weekly_plan: "Tjedni plan objava",
    no_tiktok: "I dalje nema pristupa TikTok profilu; podijeljen je samo Instagram.",
    every_post_approved: "Objašnjeno da odobravanje svake objave unaprijed onemogućuje dogovoreni plan.",
    autumn_teaser: "Najava jesenske kampanje",
    blamed: "Okrivila me za slab doseg objava koje je sama tjedan dana zadržavala.",
    in_hospital: "Vlasnica u bolnici; cvjećarnicu je vodilo osoblje na nepuno radno vrijeme.",
    bouquets: "Koje bukete istaknuti ovaj mjesec",
    ilse_called: "Ilse je nazvala: nekoliko tjedana bit će u bolnici. Dogovoreno je da se objave nastave iz arhive fotografija.",
    archive_offer: "Ponuđeno da se profil vodi iz arhive i da se računi pauziraju ako to pomaže.",
};

const HU: Words = Words {
    facebook_page: "Facebook-oldal",
    harbour_scope: "Heti három poszt és egy havi jelentés.",
    harbour_work: "A havi posztok elkészítése",
    monthly_posts: "Havi posztok",
    clinic_photos: "Fotók az új rendelőről",
    summer_theme: "A nyári kampány témájának jóváhagyása",
    summer_visuals: "A nyári kampány képi anyagai",
    google_profile: "Google cégprofil",
    brightside_work: "A havi posztok és történetek elkészítése",
    pay_later: "„Csak csináld tovább, a szezon végén mindent rendezek.”",
    terms_stated: "Megerősítettem, hogy a számlák minden hónap 1. napján esedékesek.",
    autumn_menu: "Posztok az őszi menü bevezetéséhez",
    autumn_campaign: "Őszi kampány",
    nordlys_scope: "Új termékkatalógus-weboldal.",
    product_list: "Terméklista a katalógushoz",
    logo_files: "Logófájlok vektoros formátumban",
    design_feedback: "Visszajelzés az első oldaltervre",
    launch_moved: "Az indulás két hetet csúszott: az oldalakra adott visszajelzésre vártam.",
    need_answers: "Elmagyaráztam, hogy a válaszaik nélkül nem tudok továbblépni.",
    winter_prices: "A téli kollekció árai",
    checkout_sign_off: "A rendelési folyamat jóváhagyása",
    shipping_rules: "Szállítási szabályok",
    catalogue_work: "A katalógus szerkezete és az első tervek",
    catalogue_site: "Katalógusoldal",
    lookbook: "Tavaszi lookbook-poszt",
    highlight_covers: "A kiemelt történetek borítóképei",
    weekly_plan: "Heti posztterv",
    no_tiktok: "Még mindig nincs hozzáférésem a TikTok-fiókhoz; csak az Instagram-fiókot osztotta meg.",
    every_post_approved: "Elmagyaráztam, hogy ha minden posztot előre jóvá kell hagynia, a megbeszélt terv nem tartható.",
    autumn_teaser: "Az őszi kampány beharangozója",
    blamed: "Engem hibáztatott a gyenge elérésért olyan posztoknál, amelyeket ő maga tartott vissza egy hétig.",
    in_hospital: "A tulajdonos kórházban; az üzletet részmunkaidős munkatársak vitték.",
    bouquets: "Mely csokrokat emeljük ki ebben a hónapban",
    ilse_called: "Ilse telefonált: néhány hétig kórházban lesz. Megbeszéltük, hogy továbbra is posztolok a fotóarchívumból.",
    archive_offer: "Felajánlottam, hogy az archívumból viszem tovább a fiókot, és ha segít, szüneteltetem a számlázást.",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Hy => &HY,
        Lang::Fi => &FI,
        Lang::Hr => &HR,
        Lang::Hu => &HU,
    }
}

struct Log<'a> {
    client: &'a mut Client,
    today: NaiveDate,
}

impl Log<'_> {
    fn ago(&self, days: u64) -> NaiveDate {
        self.today
            .checked_sub_days(Days::new(days))
            .unwrap_or(self.today)
    }

    fn request(&mut self, sent: u64, topic: &str, answered: Option<u64>) {
        let body = EntryBody::Request(Request {
            sent: self.ago(sent),
            topic: topic.into(),
            answered: answered.map(|a| self.ago(a)),
        });
        self.client.add_entry(body);
    }

    fn approval(
        &mut self,
        submitted: u64,
        item: &str,
        rounds: u16,
        approved: Option<u64>,
        trivial: bool,
    ) {
        let body = EntryBody::Approval(Approval {
            submitted: self.ago(submitted),
            item: item.into(),
            rounds,
            approved: approved.map(|a| self.ago(a)),
            trivial,
        });
        self.client.add_entry(body);
    }

    /// An invoice issued `issued` days ago, paid `paid_late` days after its due date (or not).
    fn invoice(&mut self, number: &str, issued: u64, amount: i64, paid_late: Option<i64>) {
        let issued = self.ago(issued);
        let due = self.client.contract.payment_terms.due_date(issued);
        let payments = paid_late
            .and_then(|late| due.checked_add_signed(chrono::Duration::days(late)))
            .filter(|date| *date <= self.today)
            .map(|date| Payment {
                date,
                amount: Cents(amount),
            })
            .into_iter()
            .collect();
        self.client.add_entry(EntryBody::Invoice(Invoice {
            number: number.into(),
            issued,
            due,
            amount: Cents(amount),
            payments,
        }));
    }

    fn work(&mut self, day: u64, minutes: u32, description: &str, deliverable: &str) {
        let body = EntryBody::Work(Work {
            date: self.ago(day),
            duration: Minutes(minutes),
            description: description.into(),
            deliverable: deliverable.into(),
        });
        self.client.add_entry(body);
    }

    fn incident(&mut self, day: u64, kind: IncidentKind, note: &str) {
        let body = EntryBody::Incident(Incident {
            date: self.ago(day),
            kind,
            note: note.into(),
        });
        self.client.add_entry(body);
    }

    fn intervention(&mut self, day: u64, kind: InterventionKind, text: &str) {
        let body = EntryBody::Intervention(Intervention {
            date: self.ago(day),
            kind,
            text: text.into(),
        });
        self.client.add_entry(body);
    }

    fn note(&mut self, day: u64, text: &str) {
        let body = EntryBody::Note(Note {
            date: self.ago(day),
            text: text.into(),
        });
        self.client.add_entry(body);
    }
}

fn client(id: ClientId, name: &str, company: &str, today: NaiveDate, months: u64) -> Client {
    let mut c = Client::new(id, name);
    c.company = company.into();
    c.contact = format!(
        "{}@example.com",
        name.split(' ').next().unwrap_or("hello").to_lowercase()
    );
    c.contract.started = today.checked_sub_days(Days::new(months * 30));
    c
}

/// The example clients, written in `lang` and given ids by `next_id`.
pub fn clients(lang: Lang, today: NaiveDate, mut next_id: impl FnMut() -> ClientId) -> Vec<Client> {
    let w = words(lang);
    let mut all = Vec::new();

    let mut c = client(next_id(), "Maya Lindqvist", "Harbour Dental", today, 7);
    c.contract.pricing = Pricing::Retainer(Cents(1_200_00));
    c.contract.accounts = vec!["Instagram".into(), w.facebook_page.into()];
    c.contract.scope = w.harbour_scope.into();
    let mut log = Log {
        client: &mut c,
        today,
    };
    for (i, n) in (1..=6).enumerate() {
        log.invoice(
            &format!("HD-{n:02}"),
            190 - 30 * i as u64,
            1_200_00,
            Some(-2),
        );
        log.work(185 - 30 * i as u64, 8 * 60, w.harbour_work, w.monthly_posts);
    }
    log.request(40, w.clinic_photos, Some(39));
    log.request(12, w.summer_theme, Some(10));
    log.approval(20, w.summer_visuals, 1, Some(18), false);
    all.push(c);

    let mut c = client(next_id(), "Tom Brightside", "Brightside Café", today, 8);
    c.contract.payment_terms = PaymentTerms::DayOfMonth(1);
    c.contract.pricing = Pricing::Retainer(Cents(900_00));
    c.contract.accounts = vec!["Instagram".into(), w.google_profile.into()];
    let mut log = Log {
        client: &mut c,
        today,
    };
    let lateness = [Some(0), Some(6), Some(13), Some(24), None, None];
    for (i, late) in lateness.into_iter().enumerate() {
        log.invoice(
            &format!("BC-{:02}", i + 1),
            185 - 30 * i as u64,
            900_00,
            late,
        );
        log.work(
            180 - 30 * i as u64,
            10 * 60,
            w.brightside_work,
            w.monthly_posts,
        );
    }
    log.incident(40, IncidentKind::PromiseToPayLater, w.pay_later);
    log.intervention(186, InterventionKind::PaymentTermsStated, w.terms_stated);
    log.work(10, 6 * 60, w.autumn_menu, w.autumn_campaign);
    all.push(c);

    let mut c = client(next_id(), "Jonas Nordlys", "Nordlys Outdoor", today, 5);
    c.contract.pricing = Pricing::Hourly(Cents(75_00));
    c.contract.scope = w.nordlys_scope.into();
    let mut log = Log {
        client: &mut c,
        today,
    };
    log.request(140, w.product_list, Some(131));
    log.request(120, w.logo_files, Some(102));
    log.request(90, w.design_feedback, Some(70));
    log.incident(75, IncidentKind::DeadlineSlipped, w.launch_moved);
    log.intervention(
        60,
        InterventionKind::ResponsivenessExpectations,
        w.need_answers,
    );
    log.request(45, w.winter_prices, None);
    log.request(30, w.checkout_sign_off, None);
    log.request(18, w.shipping_rules, None);
    log.invoice("NO-1", 100, 2_400_00, Some(3));
    log.work(95, 12 * 60, w.catalogue_work, w.catalogue_site);
    all.push(c);

    let mut c = client(next_id(), "Vera Castell", "Vela Fashion", today, 6);
    c.contract.included_revisions = 2;
    c.contract.pricing = Pricing::Retainer(Cents(1_500_00));
    c.contract.accounts = vec!["Instagram".into(), "TikTok".into(), "Pinterest".into()];
    let mut log = Log {
        client: &mut c,
        today,
    };
    log.approval(120, w.lookbook, 5, Some(104), false);
    log.approval(95, w.highlight_covers, 4, Some(85), true);
    log.approval(70, w.weekly_plan, 6, Some(55), true);
    log.incident(65, IncidentKind::AccessWithheld, w.no_tiktok);
    log.intervention(
        50,
        InterventionKind::WorkingWayExplained,
        w.every_post_approved,
    );
    log.approval(30, w.autumn_teaser, 7, Some(14), true);
    log.incident(12, IncidentKind::Blame, w.blamed);
    log.approval(8, w.weekly_plan, 3, None, false);
    for i in 0..5 {
        log.invoice(&format!("VF-{}", i + 1), 150 - 30 * i, 1_500_00, Some(1));
    }
    all.push(c);

    let mut c = client(next_id(), "Ilse Oakley", "Oak & Ivy Florists", today, 9);
    c.currency = "GBP".parse::<Currency>().unwrap_or_default();
    c.contract.pricing = Pricing::Retainer(Cents(600_00));
    let hard_start = today.checked_sub_days(Days::new(75)).unwrap_or(today);
    c.hard_times.push(HardTime {
        start: hard_start,
        end: today.checked_sub_days(Days::new(20)),
        note: w.in_hospital.into(),
    });
    let mut log = Log {
        client: &mut c,
        today,
    };
    log.invoice("OI-1", 160, 600_00, Some(0));
    log.invoice("OI-2", 130, 600_00, Some(1));
    log.invoice("OI-3", 70, 600_00, Some(25));
    log.invoice("OI-4", 40, 600_00, Some(9));
    log.invoice("OI-5", 10, 600_00, None);
    log.request(60, w.bouquets, Some(45));
    log.note(74, w.ilse_called);
    log.intervention(70, InterventionKind::ExtraMile, w.archive_offer);
    all.push(c);

    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntryKind;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid")
    }

    fn examples(lang: Lang) -> Vec<Client> {
        let mut n = 0;
        clients(lang, today(), || {
            n += 1;
            ClientId(n)
        })
    }

    #[test]
    fn examples_are_dated_no_later_than_today_and_cover_every_kind() {
        for lang in Lang::ALL {
            let all = examples(lang);
            assert_eq!(all.len(), 5);
            for kind in EntryKind::ALL {
                assert!(all.iter().any(|c| c.count(kind) > 0), "{lang:?} {kind:?}");
            }
            for c in &all {
                for e in c.entries() {
                    assert!(e.date() <= today(), "{lang:?} {} {:?}", c.name, e);
                }
            }
        }
    }

    /// Names every language writes the same way.
    const PROPER: [&str; 3] = ["Instagram", "TikTok", "Pinterest"];

    /// Takes the texts a language translates out of `client`, leaving them blank, and returns
    /// them in a fixed order. What is left (names, numbers, dates, kinds) is the same in every
    /// language.
    fn take_texts(client: &mut Client) -> Vec<String> {
        let mut texts = Vec::new();
        let mut take = |text: &mut String| texts.push(std::mem::take(text));
        take(&mut client.contract.scope);
        take(&mut client.notes);
        client.contract.accounts.iter_mut().for_each(&mut take);
        client.hard_times.iter_mut().for_each(|h| take(&mut h.note));
        for mut entry in client.entries().to_vec() {
            match &mut entry.body {
                EntryBody::Request(r) => take(&mut r.topic),
                EntryBody::Approval(a) => take(&mut a.item),
                EntryBody::Work(w) => {
                    take(&mut w.description);
                    take(&mut w.deliverable);
                }
                EntryBody::Incident(i) => take(&mut i.note),
                EntryBody::Intervention(i) => take(&mut i.text),
                EntryBody::Note(n) => take(&mut n.text),
                EntryBody::Invoice(_) => {}
            }
            assert!(client.update_entry(entry.id, entry.body));
        }
        texts
    }

    #[test]
    fn every_language_has_the_same_examples_in_its_own_words() {
        let mut english = examples(Lang::En);
        let english_texts: Vec<Vec<String>> = english.iter_mut().map(take_texts).collect();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let mut translated = examples(lang);
            let texts: Vec<Vec<String>> = translated.iter_mut().map(take_texts).collect();
            // Names, companies, invoice numbers, entry kinds and counts, dates, amounts and
            // durations: everything but the words.
            assert_eq!(translated, english, "{lang:?}");
            for (ours, theirs) in english_texts.iter().zip(&texts) {
                assert_eq!(ours.len(), theirs.len(), "{lang:?}");
                for (en, text) in ours.iter().zip(theirs) {
                    if en.is_empty() || PROPER.contains(&en.as_str()) {
                        assert_eq!(text, en, "{lang:?}");
                    } else {
                        assert!(
                            !text.trim().is_empty() && text != en,
                            "{lang:?} leaves {en:?} untranslated"
                        );
                    }
                }
            }
        }
    }
}
