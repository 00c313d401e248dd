//! Reading the values other tools write: dates in any order and separator, durations as clock
//! time or decimal hours, amounts with currency signs, grouping, decimal commas and accountants'
//! parentheses.

use chrono::NaiveDate;

use crate::model::{Cents, Currency, Minutes};

/// The order of day, month and year in a date written with numbers only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrder {
    DayMonthYear,
    MonthDayYear,
}

/// The three numbers of a date, as written, with the year's position known.
fn numbers(text: &str) -> Option<(u32, u32, i32, bool)> {
    let text = text.trim();
    // Drop a time of day after the date ("2024-10-15 09:00", "10/15/2024, 9:00 AM").
    let date = text.split([' ', 'T', ',']).find(|p| !p.is_empty())?;
    let parts: Vec<&str> = date
        .split(['-', '/', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(a) && all_digits(b) && all_digits(c)) {
        return None;
    }
    let (a, b, c): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    if parts[0].len() == 4 {
        // Year first: always year-month-day.
        return Some((b, c, a as i32, true));
    }
    let year = if parts[2].len() == 2 { 2000 + c } else { c };
    Some((a, b, year as i32, false))
}

/// English month names and abbreviations, as exports write them ("Oct 15, 2024").
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date with the month as a word: `Oct 15, 2024`, `15 October 2024`, `15-Oct-24`.
fn named_month(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split([' ', ',', '-', '.', '/'])
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    if words.len() != 3 {
        return None;
    }
    let month_of = |w: &str| {
        let w = w.to_lowercase();
        MONTHS
            .iter()
            .position(|m| w.len() >= 3 && w.starts_with(m))
            .map(|i| i as u32 + 1)
    };
    let num = |w: &str| w.parse::<u32>().ok();
    let (day, month, year) = match (month_of(words[0]), month_of(words[1])) {
        (Some(m), None) => (num(words[1])?, m, num(words[2])?),
        (None, Some(m)) => (num(words[0])?, m, num(words[2])?),
        _ => return None,
    };
    let year = if year < 100 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// A date as other tools write it. Year-first dates are read as year-month-day, dates with a
/// month name as they say; others use `order`, and `None` refuses a date whose order matters
/// (both numbers 12 or under and different).
pub fn parse_date(text: &str, order: Option<DateOrder>) -> Option<NaiveDate> {
    let Some((a, b, year, year_first)) = numbers(text) else {
        return named_month(text.trim());
    };
    let (day, month) = if year_first {
        (b, a)
    } else {
        match order {
            Some(DateOrder::DayMonthYear) => (a, b),
            Some(DateOrder::MonthDayYear) => (b, a),
            None if a == b => (a, b),
            None => return None,
        }
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The order the dates in `values` must be in, when the data says: a first number above 12
/// means day first, a second number above 12 means month first. `None` when every date could
/// be read either way (the user is asked) or the data contradicts itself.
pub fn detect_order<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<DateOrder> {
    let (mut day_first, mut month_first) = (false, false);
    for value in values {
        if let Some((a, b, _, false)) = numbers(value) {
            day_first |= a > 12;
            month_first |= b > 12;
        }
    }
    match (day_first, month_first) {
        (true, false) => Some(DateOrder::DayMonthYear),
        (false, true) => Some(DateOrder::MonthDayYear),
        _ => None,
    }
}

/// Whether any value in `values` is a date whose order matters.
pub fn order_matters<'a>(values: impl IntoIterator<Item = &'a str>) -> bool {
    values
        .into_iter()
        .any(|v| matches!(numbers(v), Some((a, b, _, false)) if a != b))
}

/// A decimal number as written: `1,234.50`, `1.234,50`, `0,01`, `1 234,5`, `-3`, `(400.00)`,
/// with a currency sign or code around it. Returns the digits as an integer and how many of them
/// are decimals.
pub fn parse_decimal(text: &str) -> Option<(i128, u32)> {
    let mut s = text.trim().to_owned();
    let mut negative = false;
    if s.starts_with('(') && s.ends_with(')') {
        negative = true;
        s = s[1..s.len() - 1].to_owned();
    }
    // Currency signs, codes and spaces (including no-break and thin spaces) go.
    let kept: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+'))
        .collect();
    let mut s = kept.as_str();
    if let Some(rest) = s.strip_prefix('-') {
        negative = !negative;
        s = rest;
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest;
    }
    if s.is_empty() || s.contains(['-', '+']) || !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let last_dot = s.rfind('.');
    let last_comma = s.rfind(',');
    let decimal_at = match (last_dot, last_comma) {
        (Some(d), Some(c)) => {
            // The later one is the decimal separator, and it appears once.
            let at = d.max(c);
            if s.bytes().filter(|b| *b == s.as_bytes()[at]).count() > 1 {
                return None;
            }
            Some(at)
        }
        (Some(p), None) | (None, Some(p)) => {
            let sep = s.as_bytes()[p];
            let count = s.bytes().filter(|b| *b == sep).count();
            let after = s.len() - p - 1;
            let before = &s[..p];
            // "1,234" or "1.500" group thousands; "0,01", "1,5" and "12.50" have decimals.
            let grouping = count > 1 || (after == 3 && !before.is_empty() && before != "0");
            (!grouping).then_some(p)
        }
        (None, None) => None,
    };
    let (whole, fraction) = match decimal_at {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if fraction.contains(['.', ',']) || fraction.len() > 9 {
        return None;
    }
    let digits = format!("{whole}{fraction}");
    let value: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    Some((if negative { -value } else { value }, fraction.len() as u32))
}

/// An amount in `currency`'s minor units, rounded half away from zero.
pub fn parse_money(text: &str, currency: Currency) -> Option<Cents> {
    let (value, scale) = parse_decimal(text)?;
    to_minor(value, scale, currency)
}

/// `value` with `scale` decimals, in `currency`'s minor units, rounded half away from zero.
pub fn to_minor(value: i128, scale: u32, currency: Currency) -> Option<Cents> {
    let digits = currency.minor_digits();
    let minor = if scale <= digits {
        value.checked_mul(10_i128.checked_pow(digits - scale)?)?
    } else {
        let div = 10_i128.checked_pow(scale - digits)?;
        let half = div / 2;
        if value >= 0 {
            (value + half) / div
        } else {
            (value - half) / div
        }
    };
    i64::try_from(minor).ok().map(Cents)
}

/// A duration as time trackers write it: `1:30:00`, `1:30`, `0.50` or `0,5` hours; rounded to
/// the minute.
pub fn parse_duration(text: &str) -> Option<Minutes> {
    let text = text.trim();
    if text.contains(':') {
        let parts: Vec<&str> = text.split(':').collect();
        let nums: Option<Vec<u32>> = parts.iter().map(|p| p.trim().parse().ok()).collect();
        let nums = nums?;
        let seconds = match nums.as_slice() {
            [h, m, s] if *m < 60 && *s < 60 => h * 3600 + m * 60 + s,
            [h, m] if *m < 60 => h * 3600 + m * 60,
            _ => return None,
        };
        return Some(Minutes((seconds + 30) / 60));
    }
    let (value, scale) = parse_decimal(text)?;
    if value < 0 {
        return None;
    }
    let minutes = (value * 60 * 2 / 10_i128.pow(scale) + 1) / 2;
    u32::try_from(minutes).ok().map(Minutes)
}

/// A currency named the way tools write it: `EUR`, `Euro - EUR`, `US Dollar - USD`, `€`, `$`,
/// or inside a header like `Amount (EUR)`.
pub fn parse_currency(text: &str) -> Option<Currency> {
    let text = text.trim();
    if let Some(inner) = text.rsplit_once('(').and_then(|(_, r)| r.strip_suffix(')')) {
        return parse_currency(inner);
    }
    if let Some((_, code)) = text.rsplit_once(" - ") {
        return code.trim().parse().ok();
    }
    match text {
        "€" => Some(Currency::EUR),
        "$" => "USD".parse().ok(),
        "£" => "GBP".parse().ok(),
        _ if text.len() == 3 && text.chars().all(|c| c.is_ascii_alphabetic()) => text.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid")
    }

    #[test]
    fn dates_in_every_order_and_separator() {
        use DateOrder::*;
        assert_eq!(parse_date("2024-10-15", None), Some(d(2024, 10, 15)));
        assert_eq!(parse_date("2024/10/05 09:00", None), Some(d(2024, 10, 5)));
        assert_eq!(
            parse_date("10/15/2024", Some(MonthDayYear)),
            Some(d(2024, 10, 15))
        );
        assert_eq!(
            parse_date("15.10.2024", Some(DayMonthYear)),
            Some(d(2024, 10, 15))
        );
        assert_eq!(
            parse_date("15/10/24", Some(DayMonthYear)),
            Some(d(2024, 10, 15))
        );
        assert_eq!(
            parse_date("05/10/2024", None),
            None,
            "ambiguous without an order"
        );
        assert_eq!(parse_date("05/05/2024", None), Some(d(2024, 5, 5)));
        assert_eq!(parse_date("31/02/2024", Some(DayMonthYear)), None);
        assert_eq!(parse_date("yesterday", Some(DayMonthYear)), None);
        assert_eq!(parse_date("Oct 15, 2024", None), Some(d(2024, 10, 15)));
        assert_eq!(parse_date("5 January 2017", None), Some(d(2017, 1, 5)));
        assert_eq!(
            parse_date("2024-10-15T09:00:00", None),
            Some(d(2024, 10, 15))
        );
        assert_eq!(
            detect_order(["01/02/2024", "13/02/2024"]),
            Some(DayMonthYear)
        );
        assert_eq!(
            detect_order(["10/15/2024", "01/02/2024"]),
            Some(MonthDayYear)
        );
        assert_eq!(detect_order(["01/02/2024", "03/04/2024"]), None);
        assert_eq!(detect_order(["2024-01-30"]), None);
        assert!(order_matters(["01/02/2024"]));
        assert!(!order_matters(["2024-01-02", "05.05.2024"]));
    }

    #[test]
    fn amounts_as_tools_write_them() {
        let eur = Currency::EUR;
        let cases = [
            ("1,234.50", 1_234_50),
            ("1.234,50", 1_234_50),
            ("0,01", 1),
            ("$13.50", 13_50),
            ("($400.00)", -400_00),
            ("-12", -12_00),
            ("1 234,5", 1_234_50),
            ("€\u{a0}99", 99_00),
            ("1,234", 1_234_00),
            ("1.500", 1_500_00),
            ("0.125", 13),
            ("1,234,567.891", 1_234_567_89),
            ("EUR 5", 5_00),
        ];
        for (text, cents) in cases {
            assert_eq!(parse_money(text, eur), Some(Cents(cents)), "{text}");
        }
        let jpy: Currency = "JPY".parse().expect("valid");
        assert_eq!(parse_money("1,500", jpy), Some(Cents(1500)));
        for bad in ["", "abc", "1.2.3,4,5", "--5", "1-2"] {
            assert_eq!(parse_money(bad, eur), None, "{bad}");
        }
    }

    #[test]
    fn durations_as_trackers_write_them() {
        assert_eq!(parse_duration("01:30:00"), Some(Minutes(90)));
        assert_eq!(parse_duration("0:45"), Some(Minutes(45)));
        assert_eq!(parse_duration("00:00:31"), Some(Minutes(1)));
        assert_eq!(parse_duration("0.50"), Some(Minutes(30)));
        assert_eq!(parse_duration("0,01"), Some(Minutes(1)));
        assert_eq!(parse_duration("2"), Some(Minutes(120)));
        assert_eq!(parse_duration("1:75"), None);
        assert_eq!(parse_duration("-1"), None);
    }

    #[test]
    fn currencies_by_code_name_or_sign() {
        assert_eq!(parse_currency("Euro - EUR"), Some(Currency::EUR));
        assert_eq!(parse_currency("Amount (EUR)"), Some(Currency::EUR));
        assert_eq!(
            parse_currency("US Dollar - USD").map(|c| c.to_string()),
            Some("USD".into())
        );
        assert_eq!(parse_currency("€"), Some(Currency::EUR));
        assert_eq!(parse_currency("Amount"), None);
    }
}
