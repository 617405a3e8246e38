//! Dates as ISO 8601 text (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): a fact-checker
//! often knows only the month a claim was made. The text is what the project
//! stores, exactly as typed; the calendar (is 2025-02-30 a day?) is jiff's.

use jiff::Timestamp;
use jiff::civil::Date;

/// Why a date field's text is not a usable date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    NotIso,
    /// In the form, but no such day or month (`2025-02-30`, `2025-13-01`).
    NoSuchDate,
}

impl std::fmt::Display for DateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::NotIso => "use the form YYYY-MM-DD (or YYYY-MM, or YYYY)",
            Self::NoSuchDate => "there is no such date in the calendar",
        })
    }
}

/// Checks a date's text; the empty text (no date known) is fine.
pub fn check(s: &str) -> Result<(), DateProblem> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let shape_ok = match b.len() {
        0 => return Ok(()),
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    };
    if !shape_ok {
        return Err(DateProblem::NotIso);
    }
    // Fill the missing parts with the first month or day, which always exist.
    let full = match b.len() {
        4 => format!("{s}-01-01"),
        7 => format!("{s}-01"),
        _ => s.to_owned(),
    };
    full.parse::<Date>()
        .map(|_| ())
        .map_err(|_| DateProblem::NoSuchDate)
}

/// A real calendar date at year, month or day precision (not empty).
pub fn is_iso_date(s: &str) -> bool {
    !s.is_empty() && check(s).is_ok()
}

/// A moment in UTC, to the second: what reports stamp and recovery copies show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UtcTime(Timestamp);

impl UtcTime {
    /// Seconds since the Unix epoch; out of jiff's range (±9999 years) clamps to its ends.
    pub fn from_unix_seconds(unix_seconds: i64) -> Self {
        let clamped = unix_seconds.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
        Self(Timestamp::from_second(clamped).unwrap_or(Timestamp::UNIX_EPOCH))
    }

    pub fn now() -> Self {
        Self(Timestamp::now())
    }

    /// `YYYY-MM-DD`.
    pub fn date(self) -> String {
        self.0.strftime("%Y-%m-%d").to_string()
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (xsd:dateTime in UTC).
    pub fn date_time(self) -> String {
        self.0.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    /// `YYYY-MM-DD HH:MM UTC`, for people.
    pub fn readable(self) -> String {
        self.0.strftime("%Y-%m-%d %H:%M UTC").to_string()
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    UtcTime::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_accept_year_month_and_day_precision() {
        assert!(is_iso_date("2025-10-28"));
        assert!(is_iso_date("2025-10"));
        assert!(is_iso_date("2025"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("28/10/2025"));
        assert!(!is_iso_date("2025-1-28"));
        assert!(!is_iso_date("28 October 2025"));
        assert!(!is_iso_date(""));
    }

    #[test]
    fn dates_that_are_not_in_the_calendar_are_named_as_such() {
        assert_eq!(check("2025-02-30"), Err(DateProblem::NoSuchDate));
        assert_eq!(check("2025-02-29"), Err(DateProblem::NoSuchDate));
        assert_eq!(check("2025-13-01"), Err(DateProblem::NoSuchDate));
        assert_eq!(check("2025-13"), Err(DateProblem::NoSuchDate));
        assert_eq!(check("2025-12-32"), Err(DateProblem::NoSuchDate));
        assert_eq!(check("2025-00-10"), Err(DateProblem::NoSuchDate));
        assert_eq!(check("2025/02/03"), Err(DateProblem::NotIso));
        assert_eq!(check("２０２５-01-01"), Err(DateProblem::NotIso));
        assert_eq!(check(""), Ok(()));
    }

    #[test]
    fn moments_match_known_instants() {
        assert_eq!(
            UtcTime::from_unix_seconds(0).date_time(),
            "1970-01-01T00:00:00Z"
        );
        // 2025-10-28T09:30:15Z, the day of the meeting in the sample article.
        let t = UtcTime::from_unix_seconds(1_761_643_815);
        assert_eq!(t.date_time(), "2025-10-28T09:30:15Z");
        assert_eq!(t.readable(), "2025-10-28 09:30 UTC");
        assert_eq!(UtcTime::from_unix_seconds(951_782_400).date(), "2000-02-29");
        assert_eq!(UtcTime::from_unix_seconds(951_868_800).date(), "2000-03-01");
        assert_eq!(
            UtcTime::from_unix_seconds(-1).date_time(),
            "1969-12-31T23:59:59Z"
        );
        // A recovery file stamped absurdly far ahead does not crash the window.
        assert!(
            UtcTime::from_unix_seconds(i64::MAX)
                .date()
                .starts_with("9999")
        );
    }
}
