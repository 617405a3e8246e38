//! Dates as ISO 8601 text (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): a fact-checker
//! often knows only the month a claim was made.

pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let month_ok = |m: &[u8]| matches!((m[0], m[1]), (b'0', b'1'..=b'9') | (b'1', b'0'..=b'2'));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7) && month_ok(&b[5..7]),
        10 => {
            digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && month_ok(&b[5..7])
                && b[7] == b'-'
                && digits(8..10)
                && matches!(
                    (b[8], b[9]),
                    (b'0', b'1'..=b'9') | (b'1'..=b'2', _) | (b'3', b'0'..=b'1')
                )
        }
        _ => false,
    }
}

/// The calendar date `days` after 1970-01-01, as `YYYY-MM-DD` (Howard Hinnant's civil-from-days).
pub fn from_unix_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_accept_year_month_and_day_precision() {
        assert!(is_iso_date("2025-10-28"));
        assert!(is_iso_date("2025-10"));
        assert!(is_iso_date("2025"));
        assert!(!is_iso_date("28/10/2025"));
        assert!(!is_iso_date("2025-1-28"));
        assert!(!is_iso_date("2025-13-01"));
        assert!(!is_iso_date("2025-12-32"));
    }

    #[test]
    fn unix_days_become_calendar_dates() {
        assert_eq!(from_unix_days(0), "1970-01-01");
        assert_eq!(from_unix_days(20_389), "2025-10-28");
        assert_eq!(from_unix_days(11_016), "2000-02-29");
    }
}
