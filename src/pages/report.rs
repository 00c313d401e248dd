//! A client's reports and exports: pick the report and the period, see it as it will print, then
//! print it (or save it as PDF), download it as Markdown or HTML, or download the log as CSV and
//! the client as JSON. Each download shows its SHA-256 fingerprint.

use chrono::NaiveDate;
use clientwise_core::draft::Problem;
use clientwise_core::export::{self, ExportFile, ReportFormat};
use clientwise_core::i18n::{Lang, Msg};
use clientwise_core::model::Client;
use clientwise_core::report::{self, Range, ReportKind};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::browser;
use crate::components::document::DocumentView;
use crate::components::field::{RadioOption, SelectField, unique_id};
use crate::pages::client::client_route;
use crate::routes;
use crate::state::Store;
use crate::text::{client_lang, lang, language_choice, t, use_title};

#[component]
pub fn ReportPage() -> impl IntoView {
    client_route(|client, _| view! { <ReportView client=client /> }.into_any())
}

#[component]
fn ReportView(client: Signal<Client>) -> impl IntoView {
    let store = Store::use_context();
    let today = store.today;
    use_title(move || t(Msg::ReportsTitle(client.with(|c| c.name.clone()))));
    let whole = client.with_untracked(|c| Range::whole(c, today.get_untracked()));
    let kind = RwSignal::new(ReportKind::Final);
    // The final report is for the client, so it starts in their language; the evidence file is
    // the user's own, so it starts in theirs. Either can be changed.
    let default_lang = move |kind: ReportKind| match kind {
        ReportKind::Final => client.with_untracked(client_lang),
        ReportKind::Evidence => lang(),
    };
    // A language picked for one kind of report holds for that kind; the other starts in its own.
    let picked = RwSignal::new(None::<(ReportKind, Lang)>);
    let doc_lang = Memo::new(move |_| {
        let kind = kind.get();
        match picked.get() {
            Some((k, lang)) if k == kind => lang,
            _ => default_lang(kind),
        }
    });
    let from = RwSignal::new(whole.from.to_string());
    let to = RwSignal::new(whole.to.to_string());
    // The range as typed, or why it cannot be used; the preview keeps the last good one.
    let range = Memo::new(move |_| {
        let parse = |s: String| s.parse::<NaiveDate>().ok();
        let (from, to) = (parse(from.get()), parse(to.get()));
        match (from, to) {
            (Some(from), Some(to)) if from <= to => Ok(Range { from, to }),
            (Some(_), Some(_)) => Err(t(Msg::Problem(Problem::EndBeforeStart))),
            _ => Err(t(Msg::Problem(Problem::NotADate))),
        }
    });
    let last_good = Memo::new(move |previous: Option<&Range>| match range.get() {
        Ok(r) => r,
        Err(_) => previous.copied().unwrap_or(whole),
    });
    let doc = Signal::derive(move || {
        let settings = store.settings.get();
        client.with(|c| {
            report::build(
                kind.get(),
                doc_lang.get(),
                c,
                &settings,
                last_good.get(),
                today.get(),
            )
        })
    });
    let last = RwSignal::new(None::<Result<ExportFile, ()>>);
    let offer = move |file: ExportFile| {
        let ok = browser::download(&file.name, file.mime, &file.contents);
        last.set(Some(if ok { Ok(file) } else { Err(()) }));
    };
    let download_report = move |format: ReportFormat| {
        let settings = store.settings.get_untracked();
        let file = client.with_untracked(|c| {
            export::report(
                kind.get_untracked(),
                format,
                doc_lang.get_untracked(),
                c,
                &settings,
                last_good.get_untracked(),
                today.get_untracked(),
            )
        });
        offer(file);
    };
    let (from_id, to_id, range_error_id) = (unique_id("from"), unique_id("to"), unique_id("range"));
    let range_error = move || range.with(|r| r.clone().err());
    let invalid = move || range.with(Result::is_err).then_some("true");
    let described = {
        let id = range_error_id.clone();
        move || range.with(Result::is_err).then(|| id.clone())
    };
    let client_href = move || routes::href(&routes::client(client.with(|c| c.id)));
    view! {
        <article class="page report-page">
            <nav class="crumbs" aria-label=t(Msg::BackToClients)>
                <A href=client_href>{move || client.with(|c| c.name.clone())}</A>
            </nav>
            <h1>{move || t(Msg::ReportsTitle(client.with(|c| c.name.clone())))}</h1>
            <section class="card stack no-print" aria-labelledby="report-controls">
                <fieldset class="choices">
                    <legend id="report-controls">{t(Msg::ReportKindLabel)}</legend>
                    <RadioOption
                        name="report-kind"
                        value=ReportKind::Final
                        label=t(Msg::ReportFinalOption)
                        hint=t(Msg::ReportFinalHint)
                        selected=kind
                    />
                    <RadioOption
                        name="report-kind"
                        value=ReportKind::Evidence
                        label=t(Msg::ReportEvidenceOption)
                        hint=t(Msg::ReportEvidenceHint)
                        selected=kind
                    />
                </fieldset>
                <SelectField
                    label=t(Msg::DocumentLanguage)
                    hint=t(Msg::DocumentLanguageHint)
                    options=Lang::ALL.into_iter().map(|l| (l, language_choice(l))).collect()
                    value=doc_lang
                    on_change=move |l| picked.set(Some((kind.get_untracked(), l)))
                />
                <div class="row">
                    <div class="field">
                        <label for=from_id.clone()>{t(Msg::ReportFrom)}</label>
                        <input
                            id=from_id.clone()
                            type="date"
                            prop:value=move || from.get()
                            on:input=move |ev| from.set(event_target_value(&ev))
                            aria-invalid=invalid
                            aria-describedby=described.clone()
                        />
                    </div>
                    <div class="field">
                        <label for=to_id.clone()>{t(Msg::ReportTo)}</label>
                        <input
                            id=to_id.clone()
                            type="date"
                            prop:value=move || to.get()
                            on:input=move |ev| to.set(event_target_value(&ev))
                            aria-invalid=invalid
                            aria-describedby=described
                        />
                    </div>
                </div>
                <p class="error" id=range_error_id role="alert">{range_error}</p>
                <Show when=move || store.is_unsigned()>
                    <p class="hint">{t(Msg::AddNameToReports)}</p>
                </Show>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| browser::print()>
                        {t(Msg::PrintReport)}
                    </button>
                    <button type="button" on:click=move |_| download_report(ReportFormat::Markdown)>
                        {t(Msg::DownloadMarkdown)}
                    </button>
                    <button type="button" on:click=move |_| download_report(ReportFormat::Html)>
                        {t(Msg::DownloadHtml)}
                    </button>
                </div>
            </section>
            <section class="card stack no-print" aria-labelledby="client-data-title">
                <h2 id="client-data-title">{t(Msg::ClientDataTitle)}</h2>
                <p class="hint">{t(Msg::ClientDataHint)}</p>
                <div class="actions">
                    <button
                        type="button"
                        on:click=move |_| offer(client.with_untracked(|c| export::log_csv(doc_lang.get_untracked(), c, today.get_untracked())))
                    >
                        {t(Msg::DownloadCsv)}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            offer(client.with_untracked(|c| export::client_json(c, today.get_untracked(), &browser::clock::now_iso())))
                        }
                    >
                        {t(Msg::DownloadJson)}
                    </button>
                </div>
            </section>
            <Digest last=last />
            <section class="preview" aria-label=t(Msg::PreviewLabel)>
                <div lang=move || doc_lang.get().tag()>
                    <DocumentView doc=doc />
                </div>
            </section>
        </article>
    }
}

/// What the last download was and its fingerprint, with a copy button.
#[component]
fn Digest(last: RwSignal<Option<Result<ExportFile, ()>>>) -> impl IntoView {
    let digest_id = unique_id("digest");
    move || {
        let digest_id = digest_id.clone();
        match last.get() {
            None => ().into_any(),
            Some(Err(())) => view! {
                <p class="card error no-print" role="alert">{t(Msg::DownloadFailed)}</p>
            }
            .into_any(),
            Some(Ok(file)) => {
                // Each download draws its own card, so its "Copied." note starts empty.
                let copied = RwSignal::new(None::<String>);
                let sha = file.sha256.clone();
                let copy = move |_| {
                    let sha = sha.clone();
                    spawn_local(async move {
                        let ok = browser::copy_to_clipboard(sha).await;
                        copied.set(Some(t(if ok { Msg::Copied } else { Msg::CopyFailed })));
                    });
                };
                view! {
                    <section class="card stack digest no-print" role="status">
                        <p>{t(Msg::Downloaded(file.name.clone()))}</p>
                        <p>
                            <span id=digest_id.clone()>{t(Msg::DigestLabel)}": "</span>
                            <code aria-labelledby=digest_id class="sha">{file.sha256.clone()}</code>
                        </p>
                        <p class="hint">{t(Msg::DigestHint)}</p>
                        <div class="actions">
                            <button type="button" on:click=copy>{t(Msg::CopyDigest)}</button>
                            <span class="save-status">{move || copied.get()}</span>
                        </div>
                    </section>
                }
                .into_any()
            }
        }
    }
}
