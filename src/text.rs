//! The app's door to the core's message catalogue: `t(Msg::…)` for a text, and the locale's way
//! of writing dates, money and hours. Components never hold English strings of their own.
//!
//! The screen's language is set once before the app's views are built and again on a switch,
//! which rebuilds them (see `app::App`): components call `t` and never track the language.
//! What a client reads is written in that client's language instead (`client_lang`).

use std::cell::Cell;

use chrono::NaiveDate;
use clientwise_core::i18n::{self, Lang, Msg};
use clientwise_core::model::{Cents, Client, Currency, Minutes};

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of the screen.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// Makes `lang` the screen's language for the views built from now on.
pub fn set_lang(lang: Lang) {
    LANG.with(|cell| cell.set(lang));
}

/// The language `client` reads: theirs if set, else the screen's.
pub fn client_lang(client: &Client) -> Lang {
    client.language.unwrap_or_else(lang)
}

pub fn t(msg: Msg) -> String {
    i18n::text(lang(), &msg).into_owned()
}

/// A language as a menu offers it: its name on this screen, and its own name when that differs
/// ("Croatian — Hrvatski"), so that each reader finds their own.
pub fn language_choice(l: Lang) -> String {
    let here = t(Msg::LanguageName(l));
    if here.to_lowercase() == l.native_name().to_lowercase() {
        here
    } else {
        format!("{here} — {}", l.native_name())
    }
}

pub fn date(d: NaiveDate) -> String {
    i18n::date(lang(), d)
}

pub fn money(amount: Cents, currency: Currency) -> String {
    i18n::money(lang(), amount, currency)
}

pub fn hours(duration: Minutes) -> String {
    i18n::hours(lang(), duration)
}

/// A day and month, short enough for under a chart's bar.
pub fn short_date(d: NaiveDate) -> String {
    i18n::locale::short_date(lang(), d)
}

/// A whole percentage.
pub fn percent(n: i64) -> String {
    i18n::locale::percent(lang(), n)
}

/// A size in megabytes, from hundredths of one.
pub fn megabytes(hundredths: u64) -> String {
    i18n::locale::megabytes(lang(), hundredths)
}

/// How an evidence entry reads in the log.
pub fn describe(
    entry: &clientwise_core::model::Entry,
    currency: Currency,
) -> i18n::describe::Described {
    i18n::describe::entry(lang(), entry, currency)
}

/// Keeps the window title on `page` while the calling component is mounted.
pub fn use_title(page: impl Fn() -> String + Send + Sync + 'static) {
    leptos::prelude::Effect::new(move |_| {
        crate::browser::set_title(&t(Msg::PageTitle(page())));
    });
}

/// A pattern's one-line summary.
pub fn summary(s: &clientwise_core::scoring::Summary, currency: Currency) -> String {
    t(Msg::Summary(*s, currency))
}

/// The sentence explaining one piece of evidence about `client`.
pub fn explain(
    evidence: &clientwise_core::scoring::Evidence,
    client: &clientwise_core::model::Client,
) -> String {
    i18n::describe::evidence(lang(), evidence, client)
}

/// A playbook letter to `client`, written out in their language.
pub fn letter(
    client: &Client,
    letter: &clientwise_core::playbook::letters::Letter,
) -> i18n::Message {
    i18n::letter(client_lang(client), letter)
}
