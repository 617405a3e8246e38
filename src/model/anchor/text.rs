//! A text as characters, the unit spans are counted in.

/// A text as characters, with the byte offset of each for fast exact search.
pub(super) struct Chars<'t> {
    pub text: &'t str,
    pub chars: Vec<char>,
    /// Byte offset of each character, plus the text's length.
    pub byte_starts: Vec<usize>,
}

impl<'t> Chars<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut byte_starts = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            chars.push(c);
            byte_starts.push(b);
        }
        byte_starts.push(text.len());
        Self {
            text,
            chars,
            byte_starts,
        }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn get(&self, start: usize, end: usize) -> Option<&[char]> {
        self.chars.get(start..end)
    }

    pub fn char_of_byte(&self, byte: usize) -> usize {
        self.byte_starts.partition_point(|&b| b < byte)
    }

    /// Not between two letters or digits. Text without spaces (Chinese,
    /// Japanese) has none inside its runs, which is as good as all for a match.
    pub fn word_boundary(&self, at: usize) -> bool {
        match (
            at.checked_sub(1).and_then(|i| self.chars.get(i)),
            self.chars.get(at),
        ) {
            (Some(a), Some(b)) => !(a.is_alphanumeric() && b.is_alphanumeric()),
            _ => true,
        }
    }

    pub fn prefix(&self, at: usize, len: usize) -> &[char] {
        &self.chars[at.saturating_sub(len)..at.min(self.len())]
    }

    pub fn suffix(&self, at: usize, len: usize) -> &[char] {
        let at = at.min(self.len());
        &self.chars[at..(at + len).min(self.len())]
    }
}

pub(super) fn breaks(chars: &[char]) -> usize {
    chars.iter().filter(|&&c| c == '\n').count()
}
