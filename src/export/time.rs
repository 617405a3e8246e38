//! UTC dates without a date crate: reports need only "today" and an
//! xsd:dateTime, both derivable from seconds since the Unix epoch.

use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in UTC, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UtcTime {
    unix_seconds: i64,
}

impl UtcTime {
    pub fn from_unix_seconds(unix_seconds: i64) -> Self {
        Self { unix_seconds }
    }

    /// Now; a clock set before 1970 counts as the epoch rather than failing an export.
    pub fn now() -> Self {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        Self::from_unix_seconds(secs)
    }

    /// `YYYY-MM-DD`.
    pub fn date(self) -> String {
        let (y, m, d) = civil_from_days(self.unix_seconds.div_euclid(86_400));
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (xsd:dateTime in UTC).
    pub fn date_time(self) -> String {
        let secs = self.unix_seconds.rem_euclid(86_400);
        let (h, min, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
        format!("{}T{h:02}:{min:02}:{s:02}Z", self.date())
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Whether `s` is an ISO 8601 calendar date as users write them: `YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`. Only those go into schema.org date fields.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let in_range = |p: &str, max: u32| p.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && in_range(m, 12),
        [y, m, d] => {
            digits(y, 4) && digits(m, 2) && in_range(m, 12) && digits(d, 2) && in_range(d, 31)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_match_known_instants() {
        assert_eq!(
            UtcTime::from_unix_seconds(0).date_time(),
            "1970-01-01T00:00:00Z"
        );
        // 2025-10-28T09:30:15Z, the day of the meeting in the sample article.
        let t = UtcTime::from_unix_seconds(1_761_643_815);
        assert_eq!(t.date_time(), "2025-10-28T09:30:15Z");
        // Leap day and the day after it.
        assert_eq!(UtcTime::from_unix_seconds(951_782_400).date(), "2000-02-29");
        assert_eq!(UtcTime::from_unix_seconds(951_868_800).date(), "2000-03-01");
        assert_eq!(
            UtcTime::from_unix_seconds(-1).date_time(),
            "1969-12-31T23:59:59Z"
        );
    }

    #[test]
    fn iso_dates_are_recognised() {
        assert!(is_iso_date("2025-10-28"));
        assert!(is_iso_date("2025-10"));
        assert!(is_iso_date("2025"));
        assert!(!is_iso_date("28 October 2025"));
        assert!(!is_iso_date("2025-13-01"));
        assert!(!is_iso_date("2025-1-1"));
        assert!(!is_iso_date(""));
    }
}
