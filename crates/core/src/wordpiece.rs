//! BERT's WordPiece vocabulary and tokenisation, shared by the library's
//! static embeddings (`library::embed`) and the triage encoder
//! (`triage::encoder`), which both use all-MiniLM-L6-v2's uncased vocabulary.
//! `bert_words` is HF `tokenizers`' BertNormalizer + BertPreTokenizer for an
//! uncased model, character for character, so the encoder sees the ids it
//! was trained on (the triage tests compare them with the Python library's).

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Words longer than this (in characters) are one unknown piece, as in BERT.
pub const MAX_WORD_CHARS: usize = 100;

pub struct Vocab {
    ids: HashMap<String, u32>,
    /// The longest piece in characters, "##" not counted.
    longest: usize,
    len: usize,
}

impl Vocab {
    /// One token a line, the line number its id (vocab.txt's layout).
    pub fn from_lines(text: &str) -> Self {
        let ids: HashMap<String, u32> = text
            .split('\n')
            .enumerate()
            .map(|(i, t)| (t.to_owned(), i as u32))
            .collect();
        let longest = ids
            .keys()
            .map(|t| t.trim_start_matches("##").chars().count())
            .max()
            .unwrap_or(0);
        let len = text.split('\n').count();
        Self { ids, longest, len }
    }

    /// How many lines (ids) the vocabulary has.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether every token has a line of its own (no token twice).
    pub fn is_distinct(&self) -> bool {
        self.ids.len() == self.len
    }

    pub fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    /// WordPiece: the longest known prefix, then "##" continuations. Pushes
    /// the word's pieces and returns true, or pushes nothing and returns
    /// false when the word cannot be cut entirely into known pieces or is
    /// over `MAX_WORD_CHARS` (BERT then gives one [UNK]). Tries are built in
    /// one buffer and never longer than the longest piece, so an unknown
    /// word costs no allocation per try.
    pub fn pieces(&self, word: &str, out: &mut Vec<u32>) -> bool {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > MAX_WORD_CHARS {
            return false;
        }
        let first = out.len();
        let mut buf = String::with_capacity(4 * self.longest + 2);
        let mut start = 0;
        while start < chars.len() {
            let mut end = chars.len().min(start + self.longest);
            let mut piece = None;
            while start < end {
                buf.clear();
                if start > 0 {
                    buf.push_str("##");
                }
                buf.extend(&chars[start..end]);
                if let Some(id) = self.ids.get(buf.as_str()) {
                    piece = Some(*id);
                    break;
                }
                end -= 1;
            }
            match piece {
                Some(id) => out.push(id),
                None => {
                    out.truncate(first);
                    return false;
                }
            }
            start = end;
        }
        true
    }
}

/// BertNormalizer (clean text, Chinese characters apart, accents stripped,
/// lower-cased, in that order) then BertPreTokenizer (split at white space,
/// every punctuation mark a word of its own), as HF `tokenizers` does for
/// an uncased model.
pub fn bert_words(text: &str) -> Vec<String> {
    let mut clean = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\0' || c == '\u{fffd}' || is_control(c) {
            continue;
        }
        if is_whitespace(c) {
            clean.push(' ');
        } else if is_chinese(c) {
            clean.push(' ');
            clean.push(c);
            clean.push(' ');
        } else {
            clean.push(c);
        }
    }
    let stripped = clean
        .nfd()
        .filter(|c| c.general_category() != GeneralCategory::NonspacingMark);
    cut_words(
        stripped.flat_map(char::to_lowercase),
        char::is_whitespace,
        is_punctuation,
    )
}

/// `chars` cut into words: `space` separates them and is dropped, `alone`
/// is a word of its own. The one loop behind `bert_words` and the
/// library's simpler cut.
pub fn cut_words(
    chars: impl Iterator<Item = char>,
    space: impl Fn(char) -> bool,
    alone: impl Fn(char) -> bool,
) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in chars {
        if space(c) || alone(c) {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            if !space(c) {
                words.push(c.to_string());
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

fn is_whitespace(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || c.is_whitespace()
}

/// "Other" in Unicode's categories (control, format, private use,
/// surrogate), tab and line ends excepted: BERT drops these. Unassigned
/// code points are kept, as HF's tokenizer keeps them (they become [UNK]).
fn is_control(c: char) -> bool {
    if matches!(c, '\t' | '\n' | '\r') {
        return false;
    }
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::PrivateUse
            | GeneralCategory::Surrogate
    )
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c.general_category(),
            GeneralCategory::ConnectorPunctuation
                | GeneralCategory::DashPunctuation
                | GeneralCategory::OpenPunctuation
                | GeneralCategory::ClosePunctuation
                | GeneralCategory::InitialPunctuation
                | GeneralCategory::FinalPunctuation
                | GeneralCategory::OtherPunctuation
        )
}

/// BERT's "Chinese character" blocks (CJK ideographs only: kana and Hangul
/// are not among them, unlike `library::tokenizer::is_cjk`).
fn is_chinese(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B920..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_cut_as_bert_cuts_them() {
        assert_eq!(
            bert_words("Ａ naïve İstanbul\u{200b}x, 北京!\t$5"),
            ["ａ", "naive", "istanbulx", ",", "北", "京", "!", "$", "5"]
        );
    }

    #[test]
    fn an_unknown_word_gives_no_piece() {
        let v = Vocab::from_lines("[UNK]\nun\n##able\nable");
        let mut out = vec![7];
        assert!(v.pieces("unable", &mut out));
        assert_eq!(out, [7, 1, 2]);
        assert!(!v.pieces("unablex", &mut out));
        assert_eq!(out, [7, 1, 2]);
        assert!(!v.pieces(&"un".repeat(51), &mut out));
    }
}
