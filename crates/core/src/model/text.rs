//! Character-offset arithmetic. Spans count Unicode scalar values (what W3C
//! TextPositionSelector calls code points); Rust strings index by bytes.

/// Byte offset of the `char_idx`-th character, or `None` past the end.
pub fn byte_of_char(text: &str, char_idx: usize) -> Option<usize> {
    if char_idx == 0 {
        return Some(0);
    }
    match text.char_indices().nth(char_idx) {
        Some((b, _)) => Some(b),
        None if text.chars().count() == char_idx => Some(text.len()),
        None => None,
    }
}

/// The characters `start..end` of `text`, or `None` when out of range.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let b0 = byte_of_char(text, start)?;
    let rest = &text[b0..];
    let b1 = byte_of_char(rest, end - start)?;
    Some(&rest[..b1])
}

/// Line endings as `\n`: spans must not depend on the platform that saved the file.
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A paragraph of the article: one line of text between newlines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub char_start: usize,
    pub char_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Paragraph {
    pub fn char_len(&self) -> usize {
        self.char_end - self.char_start
    }

    pub fn contains_char(&self, c: usize) -> bool {
        self.char_start <= c && c <= self.char_end
    }
}

/// Paragraph table of a text, built once per article so that every later
/// lookup is a binary search instead of a walk over megabytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextIndex {
    paragraphs: Vec<Paragraph>,
    total_chars: usize,
}

impl TextIndex {
    pub fn new(text: &str) -> Self {
        let mut paragraphs = Vec::new();
        let (mut char_start, mut byte_start, mut chars) = (0, 0, 0);
        for (b, c) in text.char_indices() {
            if c == '\n' {
                paragraphs.push(Paragraph {
                    char_start,
                    char_end: chars,
                    byte_start,
                    byte_end: b,
                });
                char_start = chars + 1;
                byte_start = b + 1;
            }
            chars += 1;
        }
        paragraphs.push(Paragraph {
            char_start,
            char_end: chars,
            byte_start,
            byte_end: text.len(),
        });
        Self {
            paragraphs,
            total_chars: chars,
        }
    }

    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    pub fn total_chars(&self) -> usize {
        self.total_chars
    }

    /// Index of the paragraph holding character `c` (a newline belongs to the paragraph it ends).
    pub fn paragraph_of_char(&self, c: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.char_end < c)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// Byte offset of a character offset, found through its paragraph.
    pub fn byte_of_char(&self, text: &str, c: usize) -> Option<usize> {
        if c > self.total_chars {
            return None;
        }
        let p = self.paragraphs[self.paragraph_of_char(c)];
        let within = byte_of_char(&text[p.byte_start..], c - p.char_start)?;
        Some(p.byte_start + within)
    }

    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> Option<&'t str> {
        if start > end {
            return None;
        }
        Some(&text[self.byte_of_char(text, start)?..self.byte_of_char(text, end)?])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalars_not_bytes() {
        let t = "a😀é\u{301}日本";
        assert_eq!(char_slice(t, 1, 2), Some("😀"));
        assert_eq!(char_slice(t, 2, 4), Some("é\u{301}"));
        assert_eq!(char_slice(t, 4, 6), Some("日本"));
        assert_eq!(char_slice(t, 5, 7), None);
        assert_eq!(byte_of_char(t, 6), Some(t.len()));
    }

    #[test]
    fn index_agrees_with_linear_scan() {
        let t = "first 😀\nsecond مرحبا\n\nlast 日本";
        let idx = TextIndex::new(t);
        assert_eq!(idx.paragraphs().len(), 4);
        for s in 0..=idx.total_chars() {
            assert_eq!(idx.byte_of_char(t, s), byte_of_char(t, s), "offset {s}");
        }
        assert_eq!(idx.slice(t, 6, 14), char_slice(t, 6, 14));
        assert_eq!(idx.paragraph_of_char(7), 0);
        assert_eq!(idx.paragraph_of_char(8), 1);
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
