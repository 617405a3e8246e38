//! Dates and times as each language writes them, for the window and the
//! reports alike. The project keeps dates as ISO text (`model::date`); this
//! is only how they are shown.
//!
//! - **Long** (`2 de marzo de 2025`): a date in a sentence, in words where
//!   the language's reports write it so (`report-date-style` and the month
//!   names of `report.ftl`); English keeps ISO, unambiguous between readers
//!   of American and British dates.
//! - **Short** (`2/3/2025`): a date in a list or a row, CLDR's numeric
//!   `yMd` pattern of the language with Western digits (Arabic too: see
//!   `numbers`), and without the right-to-left marks CLDR puts in Arabic's,
//!   which the window would have to lay out as invisible letters; English
//!   keeps ISO.
//! - **Moment** (`2/3/2025, 9:40`): a short date and CLDR's short time,
//!   joined as CLDR joins them.
//!
//! Text that is not a date (a year alone, "soon") is shown as typed.

use super::{Catalog, Lang};

/// (year, month, day) of a `YYYY-MM-DD` or `YYYY-MM` that is a real date.
pub fn iso_parts(text: &str) -> Option<(&str, u8, Option<u8>)> {
    if text.len() != 7 && text.len() != 10 {
        return None;
    }
    crate::model::date::check(text).ok()?;
    let year = text.get(..4)?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = match text.get(8..10) {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    Some((year, month, day))
}

/// A date in words where the catalog's language writes it so
/// (`report-date-style = long`), else as typed.
pub fn long(catalog: &Catalog, text: &str) -> String {
    let text = text.trim();
    let Some(parts) = iso_parts(text) else {
        return text.to_owned();
    };
    if catalog.text("report-date-style") != "long" {
        return text.to_owned();
    }
    let month = |m: u8| catalog.text(&format!("report-month-{m}"));
    match parts {
        (year, m, Some(day)) => catalog.format(
            "report-date-long",
            &[
                // A number, so a language can select on it ("1er" in French).
                ("day", day.into()),
                ("month", month(m).into()),
                // Text: a year is not grouped ("2,025").
                ("year", year.into()),
            ],
        ),
        (year, m, None) => catalog.format(
            "report-date-month",
            &[("month", month(m).into()), ("year", year.into())],
        ),
    }
}

/// A date in digits as `lang` writes it in a list: `28/10/2025`,
/// `2025/10/28`; English and anything not a date as typed.
pub fn short(lang: Lang, text: &str) -> String {
    let text = text.trim();
    let Some((year, month, day)) = iso_parts(text) else {
        return text.to_owned();
    };
    let (m, mm) = (month.to_string(), format!("{month:02}"));
    let d = day.map(|d| (d.to_string(), format!("{d:02}")));
    match (lang, d) {
        (Lang::En | Lang::EnXa, _) => text.to_owned(),
        (Lang::Es | Lang::Ar, Some((d, _))) => format!("{d}/{m}/{year}"),
        (Lang::Es | Lang::Ar, None) => format!("{m}/{year}"),
        (Lang::PtBr | Lang::Fr, Some((_, dd))) => format!("{dd}/{mm}/{year}"),
        (Lang::PtBr | Lang::Fr, None) => format!("{mm}/{year}"),
        (Lang::Ja, Some((_, dd))) => format!("{year}/{mm}/{dd}"),
        (Lang::Ja, None) => format!("{year}/{m}"),
    }
}

/// A moment (`2025-10-29T09:40:00Z`, or `2025-10-29 09:40`, as the project
/// and the recovery copies keep it) as a short date and time: `29/10/2025,
/// 9:40` in Spanish, `29/10/2025، 9:40 ص` in Arabic; English `2025-10-29
/// 09:40`. The time is shown as stored (UTC; a trailing " UTC" is kept). Text that is not such a moment
/// is shown as it is.
pub fn moment(lang: Lang, stamp: &str) -> String {
    let stamp = stamp.trim();
    let (Some(day), Some(sep), Some(hm)) = (stamp.get(..10), stamp.get(10..11), stamp.get(11..16))
    else {
        return stamp.to_owned();
    };
    let hour: Option<u8> = hm.get(..2).and_then(|h| h.parse().ok());
    let minute = hm
        .get(3..5)
        .filter(|m| m.bytes().all(|b| b.is_ascii_digit()));
    let (Some(hour), Some(minute)) = (hour, minute) else {
        return stamp.to_owned();
    };
    if !(sep == "T" || sep == " ") || hm.get(2..3) != Some(":") || hour > 23 {
        return stamp.to_owned();
    }
    if iso_parts(day).is_none() {
        return stamp.to_owned();
    }
    let date = short(lang, day);
    // A recovery copy's time says it is UTC ("… 09:40 UTC"): still so.
    let zone = if stamp.ends_with(" UTC") { " UTC" } else { "" };
    let time = match lang {
        Lang::En | Lang::EnXa => format!("{day} {hour:02}:{minute}"),
        Lang::Es => format!("{date}, {hour}:{minute}"),
        Lang::PtBr | Lang::Fr => format!("{date} {hour:02}:{minute}"),
        Lang::Ja => format!("{date} {hour}:{minute}"),
        Lang::Ar => {
            // CLDR's Arabic time is on the twelve-hour clock: ص before
            // noon, م after.
            let (h12, half) = match hour {
                0 => (12, "ص"),
                1..=11 => (hour, "ص"),
                12 => (12, "م"),
                _ => (hour - 12, "م"),
            };
            format!("{date}، {h12}:{minute} {half}")
        }
    };
    time + zone
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_dates_have_parts() {
        assert_eq!(iso_parts("2025-10-28"), Some(("2025", 10, Some(28))));
        assert_eq!(iso_parts("2025-02"), Some(("2025", 2, None)));
        assert_eq!(iso_parts("2025-02-30"), None);
        assert_eq!(iso_parts("2025"), None);
    }

    #[test]
    fn short_dates_follow_cldr_for_each_language() {
        let cases = [
            (Lang::En, "2025-03-02", "2025-03"),
            (Lang::Es, "2/3/2025", "3/2025"),
            (Lang::PtBr, "02/03/2025", "03/2025"),
            (Lang::Fr, "02/03/2025", "03/2025"),
            (Lang::Ja, "2025/03/02", "2025/3"),
            (Lang::Ar, "2/3/2025", "3/2025"),
        ];
        for (lang, day, month) in cases {
            assert_eq!(short(lang, "2025-03-02"), day, "{lang:?}");
            assert_eq!(short(lang, "2025-03"), month, "{lang:?}");
            assert_eq!(short(lang, "2025"), "2025");
            assert_eq!(short(lang, "2025-02-30"), "2025-02-30");
        }
    }

    #[test]
    fn moments_take_the_languages_clock() {
        let t = "2025-10-29T09:05:00Z";
        assert_eq!(moment(Lang::En, t), "2025-10-29 09:05");
        assert_eq!(moment(Lang::Es, t), "29/10/2025, 9:05");
        assert_eq!(moment(Lang::PtBr, t), "29/10/2025 09:05");
        assert_eq!(moment(Lang::Fr, "2025-10-29 21:05"), "29/10/2025 21:05");
        assert_eq!(moment(Lang::Ja, t), "2025/10/29 9:05");
        assert_eq!(moment(Lang::Ar, t), "29/10/2025، 9:05 ص");
        assert_eq!(
            moment(Lang::Ar, "2025-10-29T00:30:00Z"),
            "29/10/2025، 12:30 ص"
        );
        assert_eq!(
            moment(Lang::Ar, "2025-10-29T13:30:00Z"),
            "29/10/2025، 1:30 م"
        );
        assert_eq!(
            moment(Lang::Fr, "2025-10-29 21:05 UTC"),
            "29/10/2025 21:05 UTC"
        );
        assert_eq!(moment(Lang::Es, "yesterday"), "yesterday");
        assert_eq!(
            moment(Lang::Es, "2025-10-29T25:00:00Z"),
            "2025-10-29T25:00:00Z"
        );
    }
}
