//! A snapshot's text cut into pages of about [`PAGE_CHARS`] characters at
//! line ends, so the source viewer lays out one page, never a whole 5 MB
//! page at once (a galley that size takes far longer than a frame).

/// About how many characters a page of the viewer holds.
pub const PAGE_CHARS: usize = 8_000;

/// The text and where its pages start, built off the UI thread.
#[derive(Debug, Default)]
pub struct SnapshotText {
    pub text: String,
    /// (first character, first byte) of each page, then the end of the text.
    bounds: Vec<(usize, usize)>,
}

impl SnapshotText {
    pub fn new(text: String) -> Self {
        let mut bounds = vec![(0, 0)];
        let (mut chars, mut since) = (0, 0);
        for (byte, c) in text.char_indices() {
            chars += 1;
            since += 1;
            // A page ends at the first line end past its size, or anywhere
            // past twice its size (a page of one long line).
            if (c == '\n' && since >= PAGE_CHARS) || since >= 2 * PAGE_CHARS {
                bounds.push((chars, byte + c.len_utf8()));
                since = 0;
            }
        }
        if bounds.last() != Some(&(chars, text.len())) {
            bounds.push((chars, text.len()));
        }
        Self { text, bounds }
    }

    pub fn pages(&self) -> usize {
        self.bounds.len().saturating_sub(1).max(1)
    }

    pub fn total_chars(&self) -> usize {
        self.bounds.last().map_or(0, |b| b.0)
    }

    /// The page holding character `c` (the last page for the end).
    pub fn page_of(&self, c: usize) -> usize {
        let i = self.bounds.partition_point(|b| b.0 <= c);
        i.saturating_sub(1).min(self.pages() - 1)
    }

    /// Page `i`: its first character's index in the whole text, and its text.
    pub fn page(&self, i: usize) -> (usize, &str) {
        match (self.bounds.get(i), self.bounds.get(i + 1)) {
            (Some(a), Some(b)) => (a.0, self.text.get(a.1..b.1).unwrap_or("")),
            _ => (0, ""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_text_and_cut_at_line_ends() {
        let line = "é".repeat(999) + "\n";
        let text = line.repeat(50) + "tail";
        let t = SnapshotText::new(text.clone());
        let joined: String = (0..t.pages()).map(|i| t.page(i).1).collect();
        assert_eq!(joined, text);
        assert!(t.pages() >= 2);
        let (start, first) = t.page(1);
        assert_eq!(start, t.page(0).1.chars().count());
        assert!(t.page(0).1.ends_with('\n'));
        assert_eq!(t.page_of(start), 1);
        assert_eq!(t.page_of(start - 1), 0);
        assert_eq!(t.page_of(t.total_chars()), t.pages() - 1);
        assert!(!first.is_empty());
        let empty = SnapshotText::new(String::new());
        assert_eq!((empty.pages(), empty.page(0)), (1, (0, "")));
    }
}
