//! The app's door to the core's message catalogue: `t(Msg::…)` for a text, and the locale's way
//! of writing dates, money and hours. Components never hold English strings of their own.
//!
//! The language is a single constant today. Switching language will remount the app with a new
//! `LANG` context, so components keep calling `t` unchanged.

use chrono::NaiveDate;
use clientwise_core::i18n::{self, Lang, Msg};
use clientwise_core::model::{Cents, Currency, Minutes};

pub const LANG: Lang = Lang::En;

pub fn t(msg: Msg) -> String {
    i18n::text(LANG, &msg).into_owned()
}

pub fn date(d: NaiveDate) -> String {
    i18n::date(LANG, d)
}

pub fn money(amount: Cents, currency: Currency) -> String {
    i18n::money(LANG, amount, currency)
}

pub fn hours(duration: Minutes) -> String {
    i18n::hours(LANG, duration)
}

/// How an evidence entry reads in the log.
pub fn describe(
    entry: &clientwise_core::model::Entry,
    currency: Currency,
) -> i18n::describe::Described {
    i18n::describe::entry(LANG, entry, currency)
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
    i18n::describe::evidence(LANG, evidence, client)
}

/// A playbook letter written out in the user's language.
pub fn letter(letter: &clientwise_core::playbook::letters::Letter) -> i18n::Message {
    i18n::letter(LANG, letter)
}
