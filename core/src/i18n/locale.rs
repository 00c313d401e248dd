//! How the five languages of Clientwise format numbers, money, dates and plurals: English,
//! Armenian, Finnish, Croatian and Hungarian. Small and exact, from the CLDR data for those five
//! locales only, so no locale library is needed.

use chrono::{Datelike, NaiveDate};

use super::Lang;
use crate::model::money::split_amount;
use crate::model::{Cents, Currency, Minutes};

/// The CLDR plural categories these five languages use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    One,
    Few,
    Other,
}

/// The plural category of the whole number `n` (CLDR rules for integers).
pub fn plural(locale: Lang, n: u64) -> Plural {
    match locale {
        // One: 1. (Finnish and Hungarian the same for integers.)
        Lang::En | Lang::Fi | Lang::Hu => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        // Armenian: one for 0 and 1.
        Lang::Hy => {
            if n <= 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        // Croatian: one for …1 but not …11; few for …2–4 but not …12–14.
        Lang::Hr => {
            let (ten, hundred) = (n % 10, n % 100);
            if ten == 1 && hundred != 11 {
                Plural::One
            } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
                Plural::Few
            } else {
                Plural::Other
            }
        }
    }
}

/// The group and decimal separators: `1,234.5` in English; a no-break space and a comma in
/// Armenian, Finnish and Hungarian; a dot and a comma in Croatian.
fn separators(locale: Lang) -> (&'static str, char) {
    match locale {
        Lang::En => (",", '.'),
        Lang::Hr => (".", ','),
        Lang::Hy | Lang::Fi | Lang::Hu => ("\u{a0}", ','),
    }
}

/// `n` grouped in threes with the locale's group separator.
fn grouped(locale: Lang, n: u64) -> String {
    let (sep, _) = separators(locale);
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` digits after the separator, given as a whole and a fraction.
pub fn number(locale: Lang, whole: u64, fraction: u64, decimals: usize) -> String {
    let (_, decimal) = separators(locale);
    if decimals == 0 {
        grouped(locale, whole)
    } else {
        format!("{}{decimal}{fraction:0decimals$}", grouped(locale, whole))
    }
}

/// The sign a currency is written with in `locale`, if it has one there.
fn symbol(locale: Lang, currency: Currency) -> Option<&'static str> {
    match (currency.code(), locale) {
        ("EUR", _) => Some("€"),
        ("GBP", _) => Some("£"),
        ("USD", Lang::En) => Some("$"),
        ("JPY", Lang::En) => Some("¥"),
        ("HUF", Lang::Hu) => Some("Ft"),
        ("AMD", Lang::Hy) => Some("֏"),
        _ => None,
    }
}

/// An amount of money: `€1,234.50` in English; `1 234,50 €` after the number elsewhere (with a
/// no-break space), `1.234,50 €` in Croatian; a code where the locale has no sign for it.
pub fn money(locale: Lang, amount: Cents, currency: Currency) -> String {
    let (negative, major, minor) = split_amount(amount, currency);
    let digits = currency.minor_digits() as usize;
    let value = number(locale, major, minor, digits);
    let minus = if negative { "-" } else { "" };
    match (locale, symbol(locale, currency)) {
        (Lang::En, Some(sign)) => format!("{minus}{sign}{value}"),
        (Lang::En, None) => format!("{minus}{} {value}", currency.code()),
        (_, Some(sign)) => format!("{minus}{value}\u{a0}{sign}"),
        (_, None) => format!("{minus}{value}\u{a0}{}", currency.code()),
    }
}

/// A calendar date in running text. English keeps `5 Mar 2026` (unambiguous on both sides of the
/// Atlantic); the others write it the way their readers do, in numbers.
pub fn date(locale: Lang, date: NaiveDate) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match locale {
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            format!("{d} {} {y}", MONTHS[m as usize - 1])
        }
        Lang::Fi => format!("{d}.{m}.{y}"),
        Lang::Hr => format!("{d}. {m}. {y}."),
        Lang::Hu => format!("{y}. {m:02}. {d:02}."),
        Lang::Hy => format!("{d:02}.{m:02}.{y}"),
    }
}

/// Hours worked: the decimal hours with the locale's separator and unit (`2.5 h`, `2,5 h`,
/// `2,5 ó` in Hungarian, `2,5 ժ` in Armenian), grouped when long.
pub fn hours(locale: Lang, duration: Minutes) -> String {
    let text = crate::model::hours::hours_for_input(duration);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole: u64 = whole.parse().unwrap_or_default();
    let (_, decimal) = separators(locale);
    let mut out = grouped(locale, whole);
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    let unit = match locale {
        Lang::En | Lang::Fi | Lang::Hr => "h",
        Lang::Hu => "ó",
        Lang::Hy => "ժ",
    };
    format!("{out}\u{a0}{unit}")
}

/// A day and month without the year, short enough to sit under a chart's bar: `5 Mar`, `5.3.`,
/// `5. 3.`, `03. 05.`, `05.03`.
pub fn short_date(locale: Lang, date: NaiveDate) -> String {
    let (d, m) = (date.day(), date.month());
    match locale {
        Lang::En => {
            let full = self::date(locale, date);
            full.rsplit_once(' ')
                .map_or(full.clone(), |(day_month, _)| day_month.to_owned())
        }
        Lang::Fi => format!("{d}.{m}."),
        Lang::Hr => format!("{d}. {m}."),
        Lang::Hu => format!("{m:02}. {d:02}."),
        Lang::Hy => format!("{d:02}.{m:02}"),
    }
}

/// A whole percentage: `42%` in English, Hungarian and Armenian, `42 %` (a no-break space) in
/// Finnish and Croatian, as CLDR has them.
pub fn percent(locale: Lang, n: i64) -> String {
    match locale {
        Lang::Fi | Lang::Hr => format!("{n}\u{a0}%"),
        Lang::En | Lang::Hu | Lang::Hy => format!("{n}%"),
    }
}

/// A size in megabytes with two decimals (`1.25 MB`, `1,25 MB`), from hundredths of one.
pub fn megabytes(locale: Lang, hundredths: u64) -> String {
    format!(
        "{}\u{a0}MB",
        number(locale, hundredths / 100, hundredths % 100, 2)
    )
}

/// A number as a form field shows it for editing (`1234.50`, `1.5`), with the locale's decimal
/// mark (`1234,50`, `1,5`). No grouping: what is shown is what the user edits.
pub fn for_input(locale: Lang, number: &str) -> String {
    let (_, decimal) = separators(locale);
    number.replace('.', decimal.encode_utf8(&mut [0; 4]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_cldr() {
        let hr: Vec<Plural> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0]
            .map(|n| plural(Lang::Hr, n))
            .to_vec();
        use Plural::*;
        assert_eq!(
            hr,
            [
                One, Few, Few, Other, Other, Other, Other, One, Few, Other, One, Other, Other
            ]
        );
        assert_eq!(plural(Lang::Hy, 0), One);
        assert_eq!(plural(Lang::En, 0), Other);
        assert_eq!(plural(Lang::Fi, 1), One);
        assert_eq!(plural(Lang::Hu, 2), Other);
    }

    #[test]
    fn money_per_locale() {
        let eur = Currency::EUR;
        let huf: Currency = "HUF".parse().expect("valid");
        let cases = [
            (Lang::En, Cents(123_456_78), eur, "€123,456.78"),
            (Lang::Fi, Cents(123_456_78), eur, "123\u{a0}456,78\u{a0}€"),
            (Lang::Hr, Cents(123_456_78), eur, "123.456,78\u{a0}€"),
            (Lang::Hy, Cents(1_500_00), eur, "1\u{a0}500,00\u{a0}€"),
            (Lang::Hu, Cents(1_500_00), eur, "1\u{a0}500,00\u{a0}€"),
            (Lang::Hu, Cents(12_500_00), huf, "12\u{a0}500,00\u{a0}Ft"),
            (Lang::En, Cents(-5), eur, "-€0.05"),
            (
                Lang::Fi,
                Cents(8000),
                "CHF".parse().expect("valid"),
                "80,00\u{a0}CHF",
            ),
        ];
        for (locale, amount, currency, expected) in cases {
            assert_eq!(money(locale, amount, currency), expected, "{locale:?}");
        }
    }

    #[test]
    fn hours_per_locale() {
        let written: Vec<String> = Lang::ALL
            .iter()
            .map(|l| hours(*l, Minutes(1_234 * 60 + 15)))
            .collect();
        assert_eq!(
            written,
            [
                "1,234.25\u{a0}h",
                "1\u{a0}234,25\u{a0}ժ",
                "1\u{a0}234,25\u{a0}h",
                "1.234,25\u{a0}h",
                "1\u{a0}234,25\u{a0}ó"
            ]
        );
        assert_eq!(hours(Lang::En, Minutes(120)), "2\u{a0}h");
    }

    #[test]
    fn hours_as_shown_are_read_back_in_every_language() {
        for lang in Lang::ALL {
            for m in (0..=24 * 60).step_by(5) {
                let shown = hours(lang, Minutes(m));
                assert_eq!(
                    crate::model::hours::parse_hours(&shown),
                    Ok(Minutes(m)),
                    "{lang:?} {shown}"
                );
            }
        }
    }

    #[test]
    fn money_as_shown_is_read_back_in_every_language() {
        let currencies: Vec<Currency> = ["EUR", "USD", "GBP", "HUF", "AMD", "JPY", "CHF", "KWD"]
            .iter()
            .map(|c| c.parse().expect("valid"))
            .collect();
        for lang in Lang::ALL {
            for currency in &currencies {
                for minor in [0, 5, 80_00, 1_234_56, 12_500_00, 123_456_789_00] {
                    let amount = Cents(minor);
                    let shown = money(lang, amount, *currency);
                    assert_eq!(
                        crate::model::money::parse_amount(&shown, *currency),
                        Ok(amount),
                        "{lang:?} {shown}"
                    );
                }
            }
        }
    }

    #[test]
    fn short_dates_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).expect("valid");
        let written: Vec<String> = Lang::ALL.iter().map(|l| short_date(*l, d)).collect();
        assert_eq!(written, ["5 Mar", "05.03", "5.3.", "5. 3.", "03. 05."]);
    }

    #[test]
    fn percentages_and_sizes_per_locale() {
        let percents: Vec<String> = Lang::ALL.iter().map(|l| percent(*l, 42)).collect();
        assert_eq!(percents, ["42%", "42%", "42\u{a0}%", "42\u{a0}%", "42%"]);
        assert_eq!(megabytes(Lang::En, 125), "1.25\u{a0}MB");
        assert_eq!(megabytes(Lang::Hr, 5), "0,05\u{a0}MB");
    }

    #[test]
    fn dates_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).expect("valid");
        let written: Vec<String> = Lang::ALL.iter().map(|l| date(*l, d)).collect();
        assert_eq!(
            written,
            [
                "5 Mar 2026",
                "05.03.2026",
                "5.3.2026",
                "5. 3. 2026.",
                "2026. 03. 05."
            ]
        );
    }
}
