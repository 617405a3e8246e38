//! Sentences of an article with their offsets, by ICU4X's UAX #29 sentence
//! segmenter (compiled data: many languages, no files), so a suggestion
//! becomes a claim span exactly. Paragraphs are segmented one at a time:
//! a sentence never runs across a line break, and long texts report progress.
//! UAX #29 alone ends a sentence after "Mr." or "Dr." before a capital (ICU4X
//! has no abbreviation list), so a break after a common English title or
//! abbreviation is skipped.

use icu_segmenter::SentenceSegmenter;
use icu_segmenter::options::SentenceBreakInvariantOptions;

/// One sentence: `start..end` in characters (code points) of the article,
/// `byte_start..byte_end` in bytes, surrounding whitespace left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Sentence {
    pub fn text<'a>(&self, article: &'a str) -> &'a str {
        article
            .get(self.byte_start..self.byte_end)
            .unwrap_or_default()
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
    "Sgt.", "Capt.", "Rev.", "Hon.", "Pres.", "Jr.", "Sr.", "vs.", "etc.", "e.g.", "i.e.", "No.",
    "Mt.", "U.S.", "U.K.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "M.",
    "Mme.", "Dr.",
];

fn ends_with_abbreviation(piece: &str) -> bool {
    let piece = piece.trim_end();
    let last = piece
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or(piece);
    ABBREVIATIONS.contains(&last)
}

/// The sentences of `text` that hold at least one letter or digit.
/// `on_paragraph` hears the byte offset reached after each paragraph and
/// returns false to stop (then the sentences so far are returned).
pub fn split_with_progress(
    text: &str,
    mut on_paragraph: impl FnMut(usize) -> bool,
) -> Vec<Sentence> {
    let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let mut out = Vec::new();
    let mut byte = 0usize;
    let mut chars = 0usize;
    for line in text.split_inclusive('\n') {
        let mut prev = 0usize;
        let mut prev_chars = chars;
        let mut cuts = segmenter.segment_str(line).skip(1).peekable();
        while let Some(mut cut) = cuts.next() {
            while ends_with_abbreviation(&line[prev..cut]) {
                match cuts.next() {
                    Some(next) => cut = next,
                    None => break,
                }
            }
            let piece = &line[prev..cut];
            let piece_chars = piece.chars().count();
            if let Some(s) = trimmed(piece, byte + prev, prev_chars) {
                out.push(s);
            }
            prev = cut;
            prev_chars += piece_chars;
        }
        byte += line.len();
        chars = prev_chars;
        if !on_paragraph(byte) {
            break;
        }
    }
    out
}

pub fn split(text: &str) -> Vec<Sentence> {
    split_with_progress(text, |_| true)
}

fn trimmed(piece: &str, byte_start: usize, char_start: usize) -> Option<Sentence> {
    if !piece.chars().any(char::is_alphanumeric) {
        return None;
    }
    let lead = piece.len() - piece.trim_start().len();
    let body = piece.trim();
    let lead_chars = piece[..lead].chars().count();
    let start = char_start + lead_chars;
    Some(Sentence {
        start,
        end: start + body.chars().count(),
        byte_start: byte_start + lead,
        byte_end: byte_start + lead + body.len(),
    })
}
