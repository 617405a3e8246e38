//! Anchoring quotes that come from another tool (imported annotations) in
//! the article: the same search as re-anchoring, with the prefix and suffix
//! the tool stored instead of context taken from an older text.

use super::AnchorOutcome;
use super::diff::PositionMap;
use super::search::Search;
use super::text::Chars;
use crate::model::Span;

/// A quote with the context and position another tool stored beside it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuoteSelector {
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
    /// Where the tool saw the quote start, in characters of this text.
    pub start: Option<usize>,
}

/// An article prepared for anchoring many quotes.
pub struct TextAnchorer<'t> {
    chars: Chars<'t>,
    /// The text against itself: the search needs a map, and this one is
    /// one run (the identity).
    map: PositionMap,
    /// `utf16[k]`: UTF-16 units before character `k * UTF16_STEP`, so a
    /// browser's offset converts without walking the whole text.
    utf16: Vec<usize>,
}

const UTF16_STEP: usize = 256;

impl<'t> TextAnchorer<'t> {
    pub fn new(text: &'t str) -> Self {
        let chars = Chars::new(text);
        let map = PositionMap::identity(chars.len());
        let mut utf16 = Vec::with_capacity(chars.len() / UTF16_STEP + 1);
        let mut units = 0;
        for (i, c) in chars.chars.iter().enumerate() {
            if i % UTF16_STEP == 0 {
                utf16.push(units);
            }
            units += c.len_utf16();
        }
        Self { chars, map, utf16 }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.len() == 0
    }

    /// Where `selector`'s quote is: `Kept` at `start`, `Moved` or `Changed`
    /// elsewhere (spans in characters of this text), `Orphan` when nowhere.
    pub fn anchor(&self, selector: &QuoteSelector) -> AnchorOutcome {
        let quote_len = selector.quote.chars().count();
        // A position past the text only says "somewhere": it cannot be kept.
        let start = selector.start.unwrap_or(0).min(self.chars.len());
        let span = Span {
            start,
            end: start.saturating_add(quote_len),
            quote: selector.quote.clone(),
        };
        let prefix: Vec<char> = selector.prefix.chars().collect();
        let suffix: Vec<char> = selector.suffix.chars().collect();
        let search = Search {
            old: &self.chars,
            new: &self.chars,
            map: &self.map,
        };
        search.find(&span, &prefix, &suffix)
    }

    /// The character at UTF-16 code unit `unit` (how browsers, and so
    /// Hypothesis, count), `None` past the end or inside a surrogate pair.
    pub fn char_of_utf16(&self, unit: usize) -> Option<usize> {
        let k = self.utf16.partition_point(|&u| u <= unit).saturating_sub(1);
        let from = k * UTF16_STEP;
        let mut units = self.utf16.get(k).copied().unwrap_or(0);
        for (i, c) in self.chars.chars.iter().enumerate().skip(from) {
            if units == unit {
                return Some(i);
            }
            if units > unit {
                return None;
            }
            units += c.len_utf16();
        }
        (units == unit).then_some(self.chars.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(quote: &str, prefix: &str, suffix: &str, start: Option<usize>) -> QuoteSelector {
        QuoteSelector {
            quote: quote.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
            start,
        }
    }

    #[test]
    fn quotes_are_found_by_position_context_or_approximately() {
        let text = "The cat sat. The dog sat on the mat. The cat sat again.";
        let a = TextAnchorer::new(text);
        assert_eq!(
            a.anchor(&sel("The cat sat", "", ".", Some(0))),
            AnchorOutcome::Kept
        );
        // The context says the second one.
        let AnchorOutcome::Moved { span } =
            a.anchor(&sel("The cat sat", "mat. ", " again", Some(0)))
        else {
            panic!()
        };
        assert_eq!(span.start, 37);
        assert!(matches!(
            a.anchor(&sel("The dog sat on the rug", "", "", None)),
            AnchorOutcome::Changed { .. }
        ));
        assert_eq!(
            a.anchor(&sel("Nothing like it here at all", "", "", Some(3))),
            AnchorOutcome::Orphan
        );
        assert_eq!(a.anchor(&sel("", "", "", Some(3))), AnchorOutcome::Orphan);
        assert!(matches!(
            a.anchor(&sel("The dog", "", "", Some(usize::MAX))),
            AnchorOutcome::Moved { .. }
        ));
    }

    #[test]
    fn utf16_offsets_convert_to_characters() {
        let a = TextAnchorer::new("a🚧b");
        assert_eq!(a.char_of_utf16(0), Some(0));
        assert_eq!(a.char_of_utf16(1), Some(1));
        assert_eq!(a.char_of_utf16(2), None);
        assert_eq!(a.char_of_utf16(3), Some(2));
        assert_eq!(a.char_of_utf16(4), Some(3));
        assert_eq!(a.char_of_utf16(5), None);
        let long: String = "a🚧".repeat(1000);
        let a = TextAnchorer::new(&long);
        for i in 0..2000 {
            let unit = long.chars().take(i).map(char::len_utf16).sum::<usize>();
            assert_eq!(a.char_of_utf16(unit), Some(i));
        }
        assert_eq!(a.char_of_utf16(5), None);
        assert_eq!(a.char_of_utf16(2999), None);
        assert_eq!(a.char_of_utf16(3000), Some(2000));
        assert_eq!(a.char_of_utf16(3001), None);
    }
}
