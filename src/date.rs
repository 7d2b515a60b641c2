//! Calendar dates as news articles and dictionaries give them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day, possibly known only to the month or the year (missing parts are zero).
///
/// Dates order chronologically; `2016` sorts before `2016-02` before `2016-02-09`.
///
/// ```
/// use actorgraph::date::Date;
/// let d: Date = "2016-02-09".parse().unwrap();
/// assert_eq!(d.to_string(), "2016-02-09");
/// assert!(Date::parse("2013-02-01").unwrap() < d);
/// assert_eq!(Date::parse("20160209"), Some(d));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYYMMDD`, and an ISO timestamp's date part.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let s = s.split(['T', ' ']).next().unwrap_or("");
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        let (y, m, d) = if s.len() == 8 && digits(s) {
            (&s[0..4], &s[4..6], &s[6..8])
        } else {
            let mut parts = s.split('-');
            let y = parts.next().unwrap_or("");
            let m = parts.next().unwrap_or("0");
            let d = parts.next().unwrap_or("0");
            if parts.next().is_some() {
                return None;
            }
            (y, m, d)
        };
        if y.len() != 4 || !digits(y) || !digits(m) || !digits(d) || m.len() > 2 || d.len() > 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        if date.month > 12 || date.day > 31 || (date.month == 0 && date.day != 0) {
            return None;
        }
        Some(date)
    }

    /// The last possible day this (partial) date stands for, for inclusive range ends.
    pub fn end_of_period(self) -> Date {
        match (self.month, self.day) {
            (0, _) => Date {
                month: 12,
                day: 31,
                ..self
            },
            (_, 0) => Date { day: 31, ..self },
            _ => self,
        }
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        Date::parse(s).ok_or_else(|| format!("not a date (want YYYY-MM-DD): {s:?}"))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("bad date {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_order_and_print() {
        let y = Date::parse("2016").unwrap();
        let m = Date::parse("2016-02").unwrap();
        assert!(y < m);
        assert_eq!(m.to_string(), "2016-02");
        assert_eq!(y.end_of_period().to_string(), "2016-12-31");
        assert_eq!(
            Date::parse("2016-02-09T10:00:00Z").unwrap().to_string(),
            "2016-02-09"
        );
    }

    #[test]
    fn rejects_garbage() {
        for s in [
            "",
            "16-02-09",
            "2016-13-01",
            "2016-02-40",
            "abcd",
            "2016-02-09-01",
            "2016-0a",
        ] {
            assert_eq!(Date::parse(s), None, "{s}");
        }
    }
}
