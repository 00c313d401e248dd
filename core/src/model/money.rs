//! Money: an ISO 4217 currency code and an amount in that currency's minor units.
//!
//! Amounts are integers (`Cents`) so that sums and comparisons are exact; a float never touches
//! money. This module parses what a person types into an amount field. Formatting for display is
//! locale-dependent and lives in `i18n`.

use std::fmt;
use std::str::FromStr;

/// An amount in the minor units of a client's currency (cents for EUR, yen for JPY).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);

    pub fn saturating_add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: Cents) -> Cents {
        Cents(self.0.saturating_sub(other.0))
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, Cents::saturating_add)
    }
}

/// A three-letter ISO 4217 code, stored upper-case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

/// The currencies offered first in the currency picker; any other valid code may be typed.
pub const COMMON_CURRENCIES: [&str; 12] = [
    "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "HUF", "AMD", "JPY",
];

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");

    pub fn code(&self) -> &str {
        // Only ASCII upper-case letters are ever stored (see `FromStr`).
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// Digits after the decimal point, per ISO 4217. Most currencies have two; the exceptions
    /// below are the ones a freelancer is plausibly paid in.
    pub fn minor_digits(&self) -> u32 {
        match self.code() {
            "JPY" | "KRW" | "ISK" | "CLP" | "VND" | "PYG" | "UGX" | "RWF" | "XOF" | "XAF" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "IQD" | "LYD" => 3,
            _ => 2,
        }
    }

    fn scale(&self) -> i64 {
        10_i64.pow(self.minor_digits())
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::EUR
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a three-letter currency code")]
pub struct BadCurrency;

impl FromStr for Currency {
    type Err = BadCurrency;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = s.trim().as_bytes();
        match bytes {
            [a, b, c] if bytes.iter().all(u8::is_ascii_alphabetic) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(BadCurrency),
        }
    }
}

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

/// The largest amount accepted: a trillion major units, far beyond any invoice, and far from
/// overflowing an `i64` when thousands of them are summed.
const MAX_MAJOR: i64 = 1_000_000_000_000;

/// Parses an amount as typed: `1234.5`, `1,234.50`, `1 234,50`, `1.234,50`, `€ 80`, `12 500 Ft`.
///
/// A currency sign or code around the number is ignored. A lone comma or dot followed by exactly
/// three digits is a thousands separator (`12,500`, `1.500`); followed by one or two digits it
/// is the decimal mark (`12,50`, `1.5`), so that people used to either convention are
/// understood. Every amount the app shows, in any of its languages, reads back as itself.
pub fn parse_amount(input: &str, currency: Currency) -> Result<Cents, AmountError> {
    let code = currency.code();
    let trimmed = input.trim().trim_matches(|c: char| "$€£¥₩₺₹֏".contains(c));
    let trimmed = strip_code(trimmed, code);
    // The forint's own sign is a word: `12 500 Ft`.
    let trimmed = if code == "HUF" {
        strip_code(trimmed, "Ft")
    } else {
        trimmed
    };
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'' && *c != '_')
        .collect();
    if cleaned.is_empty() {
        return Err(AmountError::Empty);
    }
    if cleaned.starts_with('-') {
        return Err(AmountError::Negative);
    }
    let (whole, fraction) = split_decimal(&cleaned, currency.minor_digits())?;
    if whole.is_empty() && fraction.is_empty() {
        return Err(AmountError::NotANumber);
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    let digits = currency.minor_digits() as usize;
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > digits {
        return Err(AmountError::TooManyDecimals);
    }
    let major: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| AmountError::TooLarge)?
    };
    if major > MAX_MAJOR {
        return Err(AmountError::TooLarge);
    }
    let minor: i64 = if fraction.is_empty() {
        0
    } else {
        let padded = format!("{fraction:0<digits$}");
        padded.parse().map_err(|_| AmountError::NotANumber)?
    };
    Ok(Cents(major * currency.scale() + minor))
}

/// Removes the currency's own code written before or after the number (`EUR 80`, `80 eur`).
fn strip_code<'a>(text: &'a str, code: &str) -> &'a str {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let code = code.to_ascii_lowercase();
    if lower.starts_with(&code) {
        text[code.len()..].trim()
    } else if lower.ends_with(&code) {
        text[..text.len() - code.len()].trim()
    } else {
        text
    }
}

/// Splits `cleaned` into whole and fractional digits, removing thousands separators.
fn split_decimal(cleaned: &str, minor_digits: u32) -> Result<(String, String), AmountError> {
    let dots = cleaned.matches('.').count();
    let commas = cleaned.matches(',').count();
    let (decimal, thousands) = match (dots, commas) {
        (0, 0) => return Ok((cleaned.to_owned(), String::new())),
        // Both present: whichever comes last is the decimal mark (`1,234.50` / `1.234,50`).
        (_, _) if dots > 0 && commas > 0 => {
            let last_dot = cleaned.rfind('.').unwrap_or(0);
            let last_comma = cleaned.rfind(',').unwrap_or(0);
            if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            }
        }
        // One mark alone followed by exactly three digits (`1.500`, `12,500`) groups thousands,
        // as Croatian and English write them, unless the currency has three decimals (`1.250`
        // dinars); otherwise it is the decimal mark (`1.5`, `12,50`).
        (1, 0) | (0, 1) => {
            let mark = if dots == 1 { '.' } else { ',' };
            let after = cleaned.len() - cleaned.rfind(mark).unwrap_or(0) - 1;
            let other = if mark == '.' { ',' } else { '.' };
            if after == 3 && minor_digits < 3 {
                (other, mark)
            } else {
                (mark, other)
            }
        }
        // Several of one mark and none of the other: they can only be thousands separators.
        (0, _) => ('.', ','),
        (_, 0) => (',', '.'),
        _ => return Err(AmountError::NotANumber),
    };
    let without_thousands: String = cleaned.chars().filter(|c| *c != thousands).collect();
    let mut parts = without_thousands.split(decimal);
    let whole = parts.next().unwrap_or_default().to_owned();
    let fraction = parts.next().unwrap_or_default().to_owned();
    if parts.next().is_some() {
        return Err(AmountError::NotANumber);
    }
    Ok((whole, fraction))
}

/// The amount as a plain number for an input field: `1234.50`, `80`, `1500` (no grouping, so
/// that it parses back to the same value).
pub fn amount_for_input(amount: Cents, currency: Currency) -> String {
    let digits = currency.minor_digits() as usize;
    let scale = currency.scale();
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let major = abs / scale as u64;
    let minor = abs % scale as u64;
    if digits == 0 || minor == 0 {
        format!("{sign}{major}")
    } else {
        format!("{sign}{major}.{minor:0digits$}")
    }
}

/// Splits an amount into major units and minor units for display.
pub fn split_amount(amount: Cents, currency: Currency) -> (bool, u64, u64) {
    let scale = currency.scale() as u64;
    let abs = amount.0.unsigned_abs();
    (amount.0 < 0, abs / scale, abs % scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(s: &str) -> Result<Cents, AmountError> {
        parse_amount(s, Currency::EUR)
    }

    #[test]
    fn amounts_parse_in_both_conventions() {
        let cases = [
            ("1234.5", 123_450),
            ("1,234.50", 123_450),
            ("1.234,50", 123_450),
            ("1 234,50", 123_450),
            ("12,50", 1_250),
            ("12,500", 1_250_000),
            ("€ 80", 8_000),
            ("80 EUR", 8_000),
            ("1,000,000", 100_000_000),
            ("0.05", 5),
            (".5", 50),
            // A Croatian thousand, and a lone dot as a decimal point.
            ("1.500", 150_000),
            ("1.5", 150),
            ("1.500,00 €", 150_000),
            ("1\u{a0}500,00\u{a0}€", 150_000),
        ];
        for (input, expected) in cases {
            assert_eq!(eur(input), Ok(Cents(expected)), "{input}");
        }
    }

    #[test]
    fn bad_amounts_say_why() {
        assert_eq!(eur(""), Err(AmountError::Empty));
        assert_eq!(eur("  "), Err(AmountError::Empty));
        assert_eq!(eur("-5"), Err(AmountError::Negative));
        assert_eq!(eur("12.3456"), Err(AmountError::TooManyDecimals));
        assert_eq!(eur("abc1"), Err(AmountError::NotANumber));
        assert_eq!(eur("1x2"), Err(AmountError::NotANumber));
        assert_eq!(eur("99999999999999999999"), Err(AmountError::TooLarge));
    }

    #[test]
    fn minor_digits_follow_the_currency() {
        let jpy: Currency = "jpy".parse().expect("valid code");
        assert_eq!(parse_amount("1500", jpy), Ok(Cents(1500)));
        assert_eq!(
            parse_amount("1500.5", jpy),
            Err(AmountError::TooManyDecimals)
        );
        let kwd: Currency = "KWD".parse().expect("valid code");
        assert_eq!(parse_amount("1.250", kwd), Ok(Cents(1250)));
        assert_eq!(amount_for_input(Cents(1250), kwd), "1.250");
        assert_eq!(amount_for_input(Cents(1500), jpy), "1500");
        let huf: Currency = "HUF".parse().expect("valid code");
        assert_eq!(parse_amount("12 500 Ft", huf), Ok(Cents(12_500_00)));
        assert_eq!(parse_amount("12 500,50 ft", huf), Ok(Cents(12_500_50)));
    }

    #[test]
    fn currency_codes_are_three_letters() {
        assert_eq!(
            "usd".parse::<Currency>().map(|c| c.to_string()),
            Ok("USD".into())
        );
        assert!("US".parse::<Currency>().is_err());
        assert!("US1".parse::<Currency>().is_err());
        assert!("ÜSD".parse::<Currency>().is_err());
    }

    #[test]
    fn input_form_round_trips() {
        for cents in [0, 5, 50, 123_450, 100_000_000] {
            let text = amount_for_input(Cents(cents), Currency::EUR);
            assert_eq!(eur(&text), Ok(Cents(cents)), "{text}");
        }
    }
}
