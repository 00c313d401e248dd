//! Time worked, stored as whole minutes so that sums are exact.
//!
//! Parses what people type into an hours field (`1.5`, `1,5`, `1:30`, `90m`, `2h 15m`); display
//! formatting for a locale lives in `i18n`.

/// A duration of work in whole minutes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Minutes(pub u32);

impl Minutes {
    pub fn hours_f64(self) -> f64 {
        f64::from(self.0) / 60.0
    }
}

impl std::iter::Sum for Minutes {
    fn sum<I: Iterator<Item = Minutes>>(iter: I) -> Minutes {
        Minutes(iter.fold(0_u32, |acc, m| acc.saturating_add(m.0)))
    }
}

/// Why a typed duration was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursError {
    Empty,
    NotANumber,
    Negative,
    /// More than 24 hours in one entry: almost certainly a typo (minutes typed as hours).
    TooLong,
}

/// One work entry covers one day; longer spans are logged day by day.
pub const MAX_MINUTES_PER_ENTRY: u32 = 24 * 60;

/// Parses `1.5`, `1,5`, `1:30`, `90m`, `2h`, `2h 15m`, `2 h 15 min` (and `2 t 15 min`,
/// `2 ó 15 p`, `2 ժ 15 ր`) into minutes, rounded to the nearest minute.
pub fn parse_hours(input: &str) -> Result<Minutes, HoursError> {
    let text = input.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Err(HoursError::Empty);
    }
    if text.starts_with('-') {
        return Err(HoursError::Negative);
    }
    let minutes = if let Some((h, m)) = text.split_once(':') {
        let hours = whole(h)?;
        let mins = whole(m)?;
        if mins >= 60 {
            return Err(HoursError::NotANumber);
        }
        hours.saturating_mul(60).saturating_add(mins)
    } else if text.contains(|c: char| c.is_alphabetic()) {
        units(&text)?
    } else {
        decimal_hours(&text)?
    };
    if minutes > MAX_MINUTES_PER_ENTRY {
        return Err(HoursError::TooLong);
    }
    Ok(Minutes(minutes))
}

fn whole(s: &str) -> Result<u32, HoursError> {
    let s = s.trim();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(HoursError::NotANumber);
    }
    s.parse().map_err(|_| HoursError::TooLong)
}

fn decimal_hours(s: &str) -> Result<u32, HoursError> {
    let s = s.replace(',', ".");
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let ok = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !ok(int) || !ok(frac) {
        return Err(HoursError::NotANumber);
    }
    let int: u32 = if int.is_empty() {
        0
    } else {
        int.parse().map_err(|_| HoursError::TooLong)?
    };
    // Keep four fractional digits: enough for any minute, and immune to float rounding.
    let frac4: u32 = format!("{:0<4}", &frac[..frac.len().min(4)])
        .parse()
        .map_err(|_| HoursError::NotANumber)?;
    let minutes = int
        .saturating_mul(60)
        .saturating_add((frac4 * 60 + 5_000) / 10_000);
    Ok(minutes)
}

/// How the five languages write hours and minutes after a number, longest first, as the
/// `h` and `m` the parser reads: Finnish `2 t 15 min`, Hungarian `2 ó 15 p` or `2 óra`,
/// Armenian `2 ժ 15 ր` or `2 ժամ 15 րոպե`.
const UNIT_WORDS: &[(&str, &str)] = &[
    ("minuuttia", "m"),
    ("tuntia", "h"),
    ("րոպե", "m"),
    ("perc", "m"),
    ("óra", "h"),
    ("ժամ", "h"),
    ("min", "m"),
    ("hrs", "h"),
    ("hr", "h"),
    ("ó", "h"),
    ("ժ", "h"),
    ("ր", "m"),
    ("t", "h"),
    ("p", "m"),
];

/// `2h 15m`, `90m`, `2 h`, `1h30`, `45 min`, and the same in the other languages' units.
fn units(s: &str) -> Result<u32, HoursError> {
    let mut compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    for (word, unit) in UNIT_WORDS {
        compact = compact.replace(word, unit);
    }
    let (hours_part, rest) = match compact.split_once('h') {
        Some((h, rest)) => (Some(h), rest),
        None => (None, compact.as_str()),
    };
    let hours = match hours_part {
        Some(h) => decimal_hours(h)?,
        None => 0,
    };
    let rest = rest.strip_suffix('m').unwrap_or(rest);
    let mins = if rest.is_empty() { 0 } else { whole(rest)? };
    Ok(hours.saturating_add(mins))
}

/// The duration as decimal hours for an input field (`1.5`, `0.25`, `2`), exact to the minute
/// when parsed back.
pub fn hours_for_input(duration: Minutes) -> String {
    let h = duration.0 / 60;
    let m = duration.0 % 60;
    if m == 0 {
        return h.to_string();
    }
    // Minutes as a decimal fraction of an hour, with as few digits as round-trip exactly.
    for digits in 1..=4_u32 {
        let scale = 10_u32.pow(digits);
        let frac = (m * scale + 30) / 60;
        let back = (frac * 60 + scale / 2) / scale;
        if back == m && frac < scale {
            let text = format!("{frac:0width$}", width = digits as usize);
            return format!("{h}.{}", text.trim_end_matches('0'));
        }
    }
    format!("{h}:{m:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_durations_parse() {
        let cases = [
            ("1.5", 90),
            ("1,5", 90),
            ("0.25", 15),
            (".5", 30),
            ("2", 120),
            ("1:30", 90),
            ("0:05", 5),
            ("90m", 90),
            ("45 min", 45),
            ("2h", 120),
            ("2h 15m", 135),
            ("1h30", 90),
            ("1.5 h", 90),
            ("0.1", 6),
            ("0.333", 20),
            ("2 t 15 min", 135),
            ("3 tuntia", 180),
            ("2 ó 15 p", 135),
            ("2 óra", 120),
            ("45 perc", 45),
            ("1,5 ó", 90),
            ("2 ժ 15 ր", 135),
            ("2 ժամ 15 րոպե", 135),
            ("1,5\u{a0}ժ", 90),
        ];
        for (input, minutes) in cases {
            assert_eq!(parse_hours(input), Ok(Minutes(minutes)), "{input}");
        }
    }

    #[test]
    fn bad_durations_say_why() {
        assert_eq!(parse_hours(""), Err(HoursError::Empty));
        assert_eq!(parse_hours("-1"), Err(HoursError::Negative));
        assert_eq!(parse_hours("abc"), Err(HoursError::NotANumber));
        assert_eq!(parse_hours("1:75"), Err(HoursError::NotANumber));
        assert_eq!(parse_hours("25"), Err(HoursError::TooLong));
        assert_eq!(parse_hours("1.2.3"), Err(HoursError::NotANumber));
    }

    #[test]
    fn input_text_round_trips_every_minute_of_a_day() {
        for m in 0..=MAX_MINUTES_PER_ENTRY {
            let text = hours_for_input(Minutes(m));
            assert_eq!(parse_hours(&text), Ok(Minutes(m)), "{m} → {text}");
        }
        assert_eq!(hours_for_input(Minutes(90)), "1.5");
        assert_eq!(hours_for_input(Minutes(15)), "0.25");
    }
}
