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
        crate::model::date::from_unix_days(self.unix_seconds.div_euclid(86_400))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (xsd:dateTime in UTC).
    pub fn date_time(self) -> String {
        let secs = self.unix_seconds.rem_euclid(86_400);
        let (h, min, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
        format!("{}T{h:02}:{min:02}:{s:02}Z", self.date())
    }
}

pub(crate) use crate::model::date::is_iso_date;

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
