//! Bylines as newsrooms write them, shared by the intakes: a web page's
//! byline element (`html_meta.rs`) and a Markdown article's byline line
//! (`markdown_import.rs`). [`clean_byline`] makes a name of a byline;
//! [`read_byline_line`] reads a whole line ("By Jane Doe · The Gazette ·
//! 3 December 2026") as author, outlet and date.

use super::html_meta::iso_date;
use crate::model::is_web_url;

/// Words after a comma that make it a job title, not another author.
const ROLE_WORDS: [&str; 10] = [
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "columnist",
    "journalist",
    "staff",
    "contributor",
    "desk",
    "producer",
];

/// Separators between the parts of a byline line.
const SEPARATORS: [char; 5] = ['|', '·', '•', '—', '–'];

/// A byline as an author's name: whitespace collapsed, "By " dropped in any
/// case, a trailing job title (", Education correspondent") and anything
/// after a separator ("| 3 hours ago") cut; URLs and over-long text refused.
pub(super) fn clean_byline(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut name = strip_by(&text).unwrap_or(&text);
    if let Some(cut) = name.find(['|', '·', '•']) {
        name = &name[..cut];
    }
    if let Some((before, after)) = name.rsplit_once(", ") {
        let after = after.to_lowercase();
        if ROLE_WORDS.iter().any(|r| after.contains(r)) {
            name = before;
        }
    }
    let name = name.trim().trim_end_matches(',').trim();
    let ok = !name.is_empty()
        && !name.eq_ignore_ascii_case("by")
        && name.chars().count() <= 80
        && !is_web_url(name);
    ok.then(|| name.to_owned())
}

/// The text after a leading "By " (any case), if it starts so.
fn strip_by(text: &str) -> Option<&str> {
    text.get(..3)
        .filter(|by| by.eq_ignore_ascii_case("by "))
        .and_then(|_| text.get(3..))
}

/// What a byline line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Byline {
    pub author: Option<String>,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD` (or a shorter ISO date), as [`iso_date`] reads it.
    pub date: Option<String>,
}

/// Longest line read as a byline: a paragraph of the article is longer.
const MAX_LINE: usize = 140;

/// Words that make a part of a byline an outlet, not a person.
const OUTLET_WORDS: [&str; 22] = [
    "news",
    "press",
    "times",
    "post",
    "gazette",
    "herald",
    "journal",
    "tribune",
    "daily",
    "weekly",
    "chronicle",
    "agency",
    "media",
    "radio",
    "tv",
    "television",
    "reuters",
    "observer",
    "guardian",
    "telegraph",
    "magazine",
    "wire",
];

/// Reads a line as a byline: it starts with "By " ("By Jane Doe · The
/// Gazette · 3 December 2026", "By Jane Doe, Reuters"), or it is a name
/// and a date apart ("Jane Doe | 2026-12-03"). `None` for a line that is
/// not one (a sentence of the article, a line without a name).
pub fn read_byline_line(line: &str) -> Option<Byline> {
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() || line.chars().count() > MAX_LINE || is_web_url(&line) {
        return None;
    }
    let (has_by, rest) = match strip_by(&line) {
        Some(rest) => (true, rest),
        None => (false, line.as_str()),
    };
    let parts: Vec<&str> = rest
        .split(SEPARATORS)
        .map(|p| p.trim().trim_end_matches(['.', ',']).trim())
        .filter(|p| !p.is_empty())
        .collect();
    let (first, others) = parts.split_first()?;
    let mut byline = Byline::default();
    // "Jane Doe, Reuters": the last of a comma list may be the outlet.
    let mut name = *first;
    if let Some((before, after)) = first.rsplit_once(", ") {
        let lower = after.to_lowercase();
        if ROLE_WORDS.iter().any(|r| lower.contains(r)) {
            name = before;
        } else if let Some(d) = date_of(after) {
            name = before;
            byline.date = Some(d);
        } else if looks_like_outlet(after) {
            name = before;
            byline.outlet = Some(after.trim().to_owned());
        }
    }
    if date_of(name).is_some() || !looks_like_names(name) {
        return None;
    }
    byline.author = clean_byline(name);
    byline.author.as_ref()?;
    for part in others {
        if byline.date.is_none()
            && let Some(d) = date_of(part)
        {
            byline.date = Some(d);
        } else if byline.outlet.is_none() && looks_like_outlet_part(part) {
            byline.outlet = Some((*part).to_owned());
        }
    }
    // Without "By", a name alone is not a byline: a date beside it makes it one.
    (has_by || byline.date.is_some()).then_some(byline)
}

/// A date part: it has a digit and reads as a date ("3 December 2026",
/// "2026-12-03", "Updated Dec 3, 2026").
fn date_of(part: &str) -> Option<String> {
    if !part.chars().any(|c| c.is_ascii_digit()) || part.chars().count() > 40 {
        return None;
    }
    iso_date(part)
}

/// Names of people: short, each word capitalised or a joining word
/// ("and", "de", "van"), no digits.
fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    !words.is_empty()
        && words.len() <= 12
        && !text.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || [
                    "and", "de", "da", "van", "von", "der", "den", "di", "du", "la", "le", "bin",
                    "al",
                ]
                .contains(w)
        })
}

/// An outlet named after a comma: "Reuters", "AFP", "The Gazette", "Daily Post".
fn looks_like_outlet(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let lower = text.to_lowercase();
    if ["jr", "sr", "ii", "iii", "iv"].contains(&lower.trim_end_matches('.')) {
        return false;
    }
    words.len() == 1
        || lower.starts_with("the ")
        || lower
            .split_whitespace()
            .any(|w| OUTLET_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// A part after a separator that names where it appeared, not a job or a time.
fn looks_like_outlet_part(part: &str) -> bool {
    let lower = part.to_lowercase();
    let words = part.split_whitespace().count();
    (1..=6).contains(&words)
        && !part.chars().any(|c| c.is_ascii_digit())
        && !ROLE_WORDS.iter().any(|r| lower.contains(r))
        && part.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(String, String, String)> {
        read_byline_line(line).map(|b| {
            (
                b.author.unwrap_or_default(),
                b.outlet.unwrap_or_default(),
                b.date.unwrap_or_default(),
            )
        })
    }

    fn row(a: &str, o: &str, d: &str) -> Option<(String, String, String)> {
        Some((a.to_owned(), o.to_owned(), d.to_owned()))
    }

    #[test]
    fn byline_lines_give_author_outlet_and_date() {
        assert_eq!(
            read("By Jane Doe · The Gazette · 3 December 2026"),
            row("Jane Doe", "The Gazette", "2026-12-03")
        );
        assert_eq!(read("By Jane Doe, Reuters"), row("Jane Doe", "Reuters", ""));
        assert_eq!(
            read("Jane Doe | 2026-12-03"),
            row("Jane Doe", "", "2026-12-03")
        );
        assert_eq!(
            read("BY ANA LIMA AND RUI COSTA | Dec. 3, 2026"),
            row("ANA LIMA AND RUI COSTA", "", "2026-12-03")
        );
        assert_eq!(
            read("By Ana Lima, Rui Costa"),
            row("Ana Lima, Rui Costa", "", "")
        );
        assert_eq!(
            read("By Tomasz Nowak, Education correspondent — 4 May 2025"),
            row("Tomasz Nowak", "", "2025-05-04")
        );
    }

    #[test]
    fn sentences_are_not_bylines() {
        assert_eq!(read("By March the deficit had grown to £12bn."), None);
        assert_eq!(read("Jane Doe"), None);
        assert_eq!(read("The minister said rates would rise."), None);
        assert_eq!(read("By 2030, emissions must halve"), None);
        assert_eq!(read("https://example.org | 2026-12-03"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn bylines_are_cleaned_to_a_name() {
        assert_eq!(clean_byline(" By  Jane Doe ").as_deref(), Some("Jane Doe"));
        assert_eq!(
            clean_byline("BY JANE DOE | 3 hours ago").as_deref(),
            Some("JANE DOE")
        );
        assert_eq!(
            clean_byline("by Tomasz Nowak, Education correspondent").as_deref(),
            Some("Tomasz Nowak")
        );
        assert_eq!(
            clean_byline("Ana Lima, Rui Costa").as_deref(),
            Some("Ana Lima, Rui Costa")
        );
        assert_eq!(
            clean_byline("Siân O’Connell").as_deref(),
            Some("Siân O’Connell")
        );
        assert_eq!(clean_byline("https://facebook.com/someone"), None);
        assert_eq!(clean_byline("By "), None);
    }
}
