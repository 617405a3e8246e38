//! A text as characters, the unit spans are counted in.

/// Characters between two byte-offset checkpoints of a [`Chars`].
const CHECKPOINT: usize = 256;

/// A text as characters, with the byte offset of every 256th character, so
/// that a byte found by `str` search converts to a character cheaply
/// without a table as large as the text.
pub(super) struct Chars<'t> {
    pub text: &'t str,
    pub chars: Vec<char>,
    /// `checkpoints[k]`: byte offset of character `k * CHECKPOINT`.
    checkpoints: Vec<usize>,
}

impl<'t> Chars<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        for (b, c) in text.char_indices() {
            if chars.len() % CHECKPOINT == 0 {
                checkpoints.push(b);
            }
            chars.push(c);
        }
        Self {
            text,
            chars,
            checkpoints,
        }
    }

    /// The byte offset of character `at` (the text's length past its end).
    pub fn byte_of_char(&self, at: usize) -> usize {
        let at = at.min(self.chars.len());
        let k = at / CHECKPOINT;
        let Some(&start) = self.checkpoints.get(k) else {
            return self.text.len();
        };
        start
            + self.chars[k * CHECKPOINT..at]
                .iter()
                .map(|c| c.len_utf8())
                .sum::<usize>()
    }

    /// The character at byte offset `byte` (a character boundary).
    pub fn char_of_byte(&self, byte: usize) -> usize {
        let k = self
            .checkpoints
            .partition_point(|&b| b <= byte)
            .saturating_sub(1);
        let (mut at, mut b) = (
            k * CHECKPOINT,
            self.checkpoints.get(k).copied().unwrap_or(0),
        );
        while b < byte && at < self.chars.len() {
            b += self.chars[at].len_utf8();
            at += 1;
        }
        at
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn get(&self, start: usize, end: usize) -> Option<&[char]> {
        self.chars.get(start..end)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_characters_convert_both_ways() {
        let text: String = "aé日🚧\n".repeat(300);
        let chars = Chars::new(&text);
        let mut byte = 0;
        for (i, c) in text.chars().enumerate() {
            assert_eq!(chars.byte_of_char(i), byte);
            assert_eq!(chars.char_of_byte(byte), i);
            byte += c.len_utf8();
        }
        assert_eq!(chars.byte_of_char(chars.len()), text.len());
        assert_eq!(chars.char_of_byte(text.len()), chars.len());
    }
}
