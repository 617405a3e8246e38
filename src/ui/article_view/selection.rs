//! The reader's selection, in character offsets of the whole article.

use crate::model::text::TextIndex;

/// A text selection in character offsets of the whole article. `anchor` is
/// where it started, `head` where it ends now; either may come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
}

impl Selection {
    pub fn range(self) -> (usize, usize) {
        (self.anchor.min(self.head), self.anchor.max(self.head))
    }

    pub fn is_empty(self) -> bool {
        self.anchor == self.head
    }
}

/// The selection's range with surrounding whitespace left out, if any remains.
pub(super) fn trimmed(
    selection: Option<Selection>,
    index: &TextIndex,
    text: &str,
) -> Option<(usize, usize)> {
    let (start, end) = selection?.range();
    let slice = index.slice(text, start, end)?;
    let lead = slice.chars().take_while(|c| c.is_whitespace()).count();
    let trail = slice
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    let (s, e) = (start + lead, end.saturating_sub(trail));
    (s < e).then_some((s, e))
}

/// The word around character `c` (letters, digits, apostrophes).
pub(super) fn word_at(text: &str, index: &TextIndex, c: usize) -> Selection {
    let p = index.paragraphs()[index.paragraph_of_char(c)];
    let para: Vec<char> = text
        .get(p.byte_start..p.byte_end)
        .unwrap_or_default()
        .chars()
        .collect();
    let local = (c - p.char_start).min(para.len().saturating_sub(1));
    let is_word = |ch: char| {
        ch.is_alphanumeric()
            || ch == '\''
            || ch == '’'
            // Arabic and Hebrew vowel marks belong to their word.
            || unicode_bidi::bidi_class(ch) == unicode_bidi::BidiClass::NSM
    };
    let mut s = local;
    while s > 0 && is_word(para[s - 1]) {
        s -= 1;
    }
    let mut e = local;
    while e < para.len() && is_word(para[e]) {
        e += 1;
    }
    Selection {
        anchor: p.char_start + s,
        head: p.char_start + e.max(s),
    }
}
