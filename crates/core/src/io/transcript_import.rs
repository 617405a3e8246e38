//! Subtitles and transcripts (SubRip `.srt`, WebVTT `.vtt`) as an article:
//! cues joined into paragraphs, a new paragraph at each change of speaker or a
//! long pause, and every cue's time code and speaker kept as a [`Segment`] so
//! a claim can say "00:12:31" and link to that moment of the video.

use super::article_file::{ImportError, article_from_text};
use crate::i18n::Message;
use crate::model::text::normalize_newlines;
use crate::model::{Article, ArticleMeta, Segment};

/// A pause longer than this between cues starts a new paragraph.
const PAUSE_MS: u64 = 2_500;
/// A paragraph longer than this (in bytes) ends at the next sentence end.
const LONG_PARAGRAPH: usize = 700;
/// Speaker names longer than this are taken for text, not a name.
const MAX_NAME_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranscriptKind {
    SubRip,
    WebVtt,
}

/// One line of a cue: when it starts, who (if the line names a speaker), what.
#[derive(Debug, PartialEq, Eq)]
struct CueLine {
    start_ms: u64,
    end_ms: u64,
    speaker: Option<String>,
    text: String,
}

pub fn article_from_transcript(
    text: &str,
    kind: TranscriptKind,
    notes: &mut Vec<Message>,
) -> Result<Article, ImportError> {
    let text = normalize_newlines(text);
    if kind == TranscriptKind::WebVtt && !text.trim_start().starts_with("WEBVTT") {
        return Err(ImportError::Unreadable(
            "this is not a WebVTT file: it does not start with the line WEBVTT".into(),
        ));
    }
    let (lines, skipped) = cue_lines(&text, kind);
    if lines.is_empty() {
        return Err(ImportError::Unreadable(
            "no cues were found in the transcript: each needs a time code line such as 00:00:01,000 --> 00:00:02,000".into(),
        ));
    }
    if skipped > 0 {
        notes.push(Message::new("note-transcript-skipped").arg("count", skipped));
    }
    let (body, segments) = paragraphs(&lines);
    let speakers = segments
        .iter()
        .filter_map(|s| s.speaker.as_deref())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    notes.push(
        Message::new("note-transcript-cues")
            .arg("count", lines.len())
            .arg("speakers", speakers),
    );
    // The shared checks (empty, binary-looking) still apply to the joined
    // text; they only trim its end, so segment offsets stay valid.
    let checked = article_from_text(&body)?;
    Ok(Article::new(ArticleMeta::default(), checked.text).with_segments(segments))
}

/// The cue lines in order and the number of blocks that were not cues.
fn cue_lines(text: &str, kind: TranscriptKind) -> (Vec<CueLine>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    let mut last_text = String::new();
    for (i, block) in text.split("\n\n").enumerate() {
        let block = block.trim_matches('\n');
        if block.trim().is_empty() {
            continue;
        }
        let lines: Vec<&str> = block.lines().collect();
        let Some(timing) = lines.iter().position(|l| l.contains("-->")) else {
            let first = lines[0].trim_start();
            let header = kind == TranscriptKind::WebVtt
                && (i == 0 && first.starts_with("WEBVTT")
                    || ["NOTE", "STYLE", "REGION"]
                        .iter()
                        .any(|k| first.starts_with(k)));
            if !header {
                skipped += 1;
            }
            continue;
        };
        let Some((start_ms, end_ms)) = parse_timing(lines[timing]) else {
            skipped += 1;
            continue;
        };
        let mut voice: Option<String> = None;
        for raw in &lines[timing + 1..] {
            let (speaker, text) = clean_line(raw, kind, &mut voice);
            if text.is_empty() {
                continue;
            }
            // Rolling captions repeat the previous line; keep it once.
            if speaker.is_none() && text == last_text {
                continue;
            }
            last_text.clone_from(&text);
            out.push(CueLine {
                start_ms,
                end_ms,
                speaker,
                text,
            });
        }
    }
    (out, skipped)
}

/// `00:01:02,500 --> 00:01:04,000 align:start` → (62500, 64000).
fn parse_timing(line: &str) -> Option<(u64, u64)> {
    let (a, b) = line.split_once("-->")?;
    let start = parse_time(a.trim())?;
    let end = parse_time(b.split_whitespace().next()?)?;
    Some((start, end.max(start)))
}

/// `HH:MM:SS,mmm`, `HH:MM:SS.mmm` or `MM:SS.mmm` in milliseconds.
fn parse_time(s: &str) -> Option<u64> {
    let (clock, frac) = s.split_once([',', '.']).unwrap_or((s, "0"));
    let frac = frac.trim();
    if frac.is_empty() || frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ms: u64 = format!("{frac:0<3}").parse().ok()?;
    let parts: Vec<u64> = clock
        .split(':')
        .map(|p| {
            if p.is_empty() || p.len() > 6 || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse().ok()
            }
        })
        .collect::<Option<_>>()?;
    let (h, m, s) = match parts[..] {
        [h, m, s] => (h, m, s),
        [m, s] => (0, m, s),
        _ => return None,
    };
    if m >= 60 || s >= 60 {
        return None;
    }
    Some(((h * 60 + m) * 60 + s) * 1000 + ms)
}

/// A cue text line without markup, and the speaker it names: a WebVTT voice
/// (`<v Jane Doe>`, which lasts to the cue's end) or a `NAME:` label.
fn clean_line(
    raw: &str,
    kind: TranscriptKind,
    voice: &mut Option<String>,
) -> (Option<String>, String) {
    let mut line = raw.trim();
    if kind == TranscriptKind::WebVtt
        && let Some(v) = voice_of(line)
    {
        *voice = Some(v);
    }
    let mut speaker = voice.clone();
    let stripped = strip_markup(line);
    line = stripped.trim();
    // Broadcast captions mark a new speaker with ">>" and dialogue with "- ".
    line = line
        .strip_prefix(">>")
        .or_else(|| line.strip_prefix("- "))
        .map_or(line, str::trim_start);
    let mut text = line.to_owned();
    if let Some((name, rest)) = name_label(line) {
        speaker = Some(name.to_owned());
        text = rest.to_owned();
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (speaker, text)
}

/// The name in `<v Name>` or `<v.class Name>`.
fn voice_of(line: &str) -> Option<String> {
    let start = line.find("<v")?;
    let rest = &line[start + 2..];
    if !rest.starts_with([' ', '.', '\t']) {
        return None;
    }
    let inner = &rest[..rest.find('>')?];
    let name = inner
        .trim_start_matches(|c: char| c != ' ' && c != '\t')
        .trim();
    (!name.is_empty() && name.chars().count() <= MAX_NAME_CHARS).then(|| decode_entities(name))
}

/// Text without `<tags>`, `{\ass}` overrides, and with entities decoded.
fn strip_markup(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut depth_tag = false;
    let mut depth_brace = false;
    for c in line.chars() {
        match c {
            '<' if !depth_brace => depth_tag = true,
            '>' if depth_tag => depth_tag = false,
            '{' if !depth_tag => depth_brace = true,
            '}' if depth_brace => depth_brace = false,
            _ if depth_tag || depth_brace => {}
            _ => out.push(c),
        }
    }
    decode_entities(&out)
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&lrm;", "\u{200e}")
        .replace("&rlm;", "\u{200f}")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// `JANE DOE: text` or `Moderator: text`: a short label of capitalised words
/// before a colon. Times ("At 10:30 we…") and sentences are not names.
fn name_label(line: &str) -> Option<(&str, &str)> {
    let (name, rest) = line.split_once(':')?;
    let rest = rest.strip_prefix(' ')?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || rest.trim().is_empty() {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let all_caps = name.chars().any(char::is_alphabetic)
        && !name.chars().any(char::is_lowercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || " .'-".contains(c) || c.is_ascii_digit());
    let capitalised = words.len() <= 3
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || ".'-".contains(c))
        });
    (all_caps || capitalised).then_some((name, rest))
}

/// Paragraph text ("Name: …" at each turn) and its segments.
fn paragraphs(lines: &[CueLine]) -> (String, Vec<Segment>) {
    let mut body = String::new();
    let mut chars = 0usize;
    let mut segments: Vec<Segment> = Vec::new();
    let mut speaker: Option<&str> = None;
    let mut prev_end: Option<u64> = None;
    let mut para_len = 0usize;
    for line in lines {
        let turn = line.speaker.is_some() && line.speaker.as_deref() != speaker;
        let pause = prev_end.is_some_and(|e| line.start_ms > e + PAUSE_MS);
        let long = para_len > LONG_PARAGRAPH && body.trim_end().ends_with(['.', '?', '!', '…']);
        let new_para = body.is_empty() || turn || pause || long;
        if turn {
            speaker = line.speaker.as_deref();
        }
        if new_para {
            if !body.is_empty() {
                body.push('\n');
                chars += 1;
            }
            para_len = 0;
        } else {
            body.push(' ');
            chars += 1;
        }
        let seg = Segment {
            start_char: chars,
            page: None,
            time_ms: Some(line.start_ms),
            speaker: speaker.map(str::to_owned),
        };
        if new_para
            && turn
            && let Some(name) = speaker
        {
            body.push_str(name);
            body.push_str(": ");
            chars += name.chars().count() + 2;
        }
        let same = segments
            .last()
            .is_some_and(|s| s.time_ms == seg.time_ms && s.speaker == seg.speaker);
        if !same {
            segments.push(seg);
        }
        body.push_str(&line.text);
        chars += line.text.chars().count();
        para_len += line.text.len();
        prev_end = Some(line.end_ms);
    }
    (body, segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_in_both_notations() {
        assert_eq!(parse_time("00:12:31,400"), Some(751_400));
        assert_eq!(parse_time("12:31.4"), Some(751_400));
        assert_eq!(parse_time("01:00:00.000"), Some(3_600_000));
        assert_eq!(parse_time("00:61:00.000"), None);
        assert_eq!(parse_time("aa:bb:cc,ddd"), None);
        assert_eq!(
            parse_timing("00:00:01.000 --> 00:00:02.500 align:start position:10%"),
            Some((1000, 2500))
        );
    }

    #[test]
    fn names_are_told_from_sentences() {
        assert_eq!(
            name_label("JANE DOE: We cut taxes."),
            Some(("JANE DOE", "We cut taxes."))
        );
        assert_eq!(
            name_label("Moderator: Thank you."),
            Some(("Moderator", "Thank you."))
        );
        assert_eq!(name_label("At 10:30 we met."), None);
        assert_eq!(name_label("the plan is simple: cut taxes"), None);
        assert_eq!(name_label("Note this: it matters"), None);
    }

    #[test]
    fn voices_and_markup() {
        let mut voice = None;
        let (s, t) = clean_line(
            "<v.loud Jane Doe><i>We&amp;they</i> won",
            TranscriptKind::WebVtt,
            &mut voice,
        );
        assert_eq!(s.as_deref(), Some("Jane Doe"));
        assert_eq!(t, "We&they won");
        let (s, t) = clean_line("and more", TranscriptKind::WebVtt, &mut voice);
        assert_eq!((s.as_deref(), t.as_str()), (Some("Jane Doe"), "and more"));
        let (s, t) = clean_line("{\\an8}>> SMITH: Hi", TranscriptKind::SubRip, &mut None);
        assert_eq!((s.as_deref(), t.as_str()), (Some("SMITH"), "Hi"));
    }
}
