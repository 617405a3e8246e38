//! Where a stretch of the article sits in its source: the page of a PDF or
//! the time code and speaker of a transcript. One list serves both, so a claim
//! can say "p. 12" or "00:12:31" without the article text carrying markers.

use serde::{Deserialize, Serialize};

/// From `start_char` (a character offset into the article text) until the
/// next segment's start, the text comes from this page / moment / speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Segment {
    pub start_char: usize,
    /// 1-based page number of a PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Start of the cue in a transcript, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_ms: Option<u64>,
    /// Who speaks, when the transcript marks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// Where a claim sits: the pages it spans, the moment it starts, its speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub first_page: Option<u32>,
    pub last_page: Option<u32>,
    pub time_ms: Option<u64>,
    pub speaker: Option<String>,
}

impl Location {
    pub fn is_empty(&self) -> bool {
        self.first_page.is_none() && self.time_ms.is_none() && self.speaker.is_none()
    }

    /// "p. 12", "pp. 12–13" or "00:12:31"; empty when the article has no pages or times.
    pub fn label(&self) -> String {
        match (self.first_page, self.last_page, self.time_ms) {
            (Some(a), Some(b), _) if b > a => format!("pp. {a}–{b}"),
            (Some(a), _, _) => format!("p. {a}"),
            (None, _, Some(ms)) => time_label(ms),
            _ => String::new(),
        }
    }

    /// The label with the speaker, for places with room: "00:12:31 · Jane Doe".
    pub fn long_label(&self) -> String {
        let label = self.label();
        match (&self.speaker, label.is_empty()) {
            (Some(s), true) => s.clone(),
            (Some(s), false) => format!("{label} · {s}"),
            (None, _) => label,
        }
    }

    /// Whole seconds into the recording, for a video link.
    pub fn seconds(&self) -> Option<u64> {
        self.time_ms.map(|ms| ms / 1000)
    }
}

/// `HH:MM:SS` of a time in milliseconds (hours keep counting past 99).
pub fn time_label(ms: u64) -> String {
    let s = ms / 1000;
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// The segment covering character `at`: the last one starting at or before it.
/// Segments are sorted by `start_char` by every importer; on a hand-edited file
/// out of order this still returns some segment and never panics.
pub fn segment_at(segments: &[Segment], at: usize) -> Option<&Segment> {
    let i = segments.partition_point(|s| s.start_char <= at);
    i.checked_sub(1).and_then(|i| segments.get(i))
}

/// Where the characters `start..end` (end exclusive) sit.
pub fn location_of(segments: &[Segment], start: usize, end: usize) -> Location {
    let first = segment_at(segments, start);
    let last = segment_at(segments, end.saturating_sub(1).max(start));
    Location {
        first_page: first.and_then(|s| s.page),
        last_page: last.and_then(|s| s.page),
        time_ms: first.and_then(|s| s.time_ms),
        speaker: first.and_then(|s| s.speaker.clone()),
    }
}

/// A link to the moment `seconds` of the recording at `url`, when `url` is a
/// video page ClaimDesk knows how to address: YouTube takes `t=` in the query,
/// Vimeo and plain media files (HTML media fragments) `#t=` in the fragment.
pub fn video_link(url: &str, seconds: u64) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest[..host_end].to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let host = host.strip_prefix("m.").unwrap_or(host);
    let without_fragment = url.split('#').next().unwrap_or(url);
    let path = rest[host_end..]
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(host, "youtube.com" | "youtu.be" | "youtube-nocookie.com") {
        let base = strip_query_param(without_fragment, "t");
        let sep = if base.contains('?') { '&' } else { '?' };
        return Some(format!("{base}{sep}t={seconds}"));
    }
    let media = [
        ".mp4", ".webm", ".ogv", ".ogg", ".mp3", ".m4a", ".wav", ".mov",
    ];
    if host == "vimeo.com" || host == "player.vimeo.com" || media.iter().any(|e| path.ends_with(e))
    {
        return Some(format!("{without_fragment}#t={seconds}"));
    }
    None
}

/// `url` without a `name=` query parameter (an old time code).
fn strip_query_param(url: &str, name: &str) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(name))
        .collect();
    if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(start_char: usize, page: u32) -> Segment {
        Segment {
            start_char,
            page: Some(page),
            ..Segment::default()
        }
    }

    #[test]
    fn pages_and_ranges_are_labelled() {
        let segs = [page(0, 1), page(100, 2), page(200, 3)];
        assert_eq!(location_of(&segs, 10, 20).label(), "p. 1");
        assert_eq!(location_of(&segs, 150, 250).label(), "pp. 2–3");
        // The end is exclusive: a claim ending right at a page start stays on one page.
        assert_eq!(location_of(&segs, 150, 200).label(), "p. 2");
        assert_eq!(location_of(&[], 0, 5).label(), "");
    }

    #[test]
    fn times_are_labelled_with_speaker() {
        let segs = [Segment {
            start_char: 0,
            time_ms: Some(751_400),
            speaker: Some("Jane Doe".into()),
            ..Segment::default()
        }];
        let loc = location_of(&segs, 3, 9);
        assert_eq!(loc.label(), "00:12:31");
        assert_eq!(loc.long_label(), "00:12:31 · Jane Doe");
        assert_eq!(loc.seconds(), Some(751));
        assert_eq!(time_label(100 * 3600 * 1000), "100:00:00");
    }

    #[test]
    fn video_links() {
        assert_eq!(
            video_link("https://www.youtube.com/watch?v=abc&t=5", 751).as_deref(),
            Some("https://www.youtube.com/watch?v=abc&t=751")
        );
        assert_eq!(
            video_link("https://youtu.be/abc", 751).as_deref(),
            Some("https://youtu.be/abc?t=751")
        );
        assert_eq!(
            video_link("https://vimeo.com/12345#t=3", 751).as_deref(),
            Some("https://vimeo.com/12345#t=751")
        );
        assert_eq!(
            video_link("https://example.org/debate.mp4", 7).as_deref(),
            Some("https://example.org/debate.mp4#t=7")
        );
        assert_eq!(video_link("https://example.org/news/story", 7), None);
        assert_eq!(video_link("javascript:alert(1)//youtube.com", 7), None);
    }
}
