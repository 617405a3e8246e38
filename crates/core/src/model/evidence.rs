//! Evidence kept with a source: local snapshots of what the checker saw,
//! and excerpts anchored in them. Snapshot files live beside the project
//! (`NAME.evidence/SHA256.ext`, see the `evidence` module); the project holds
//! only their hashes, so the RON file stays small and diffable.

use serde::{Deserialize, Serialize};

use super::Span;

/// One captured copy of a source, named by the SHA-256 of its bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snapshot {
    /// Lower-case hex SHA-256 of the file's bytes: its name in the evidence folder.
    pub sha256: String,
    /// The stored file's extension, lower case: `html`, `md` or `txt`.
    pub ext: String,
    /// When it was captured (attached): `YYYY-MM-DD`.
    pub captured: String,
    /// The name of the file it was attached from, for people.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub file_name: String,
    /// Its size in bytes.
    pub bytes: u64,
}

impl Snapshot {
    /// The file's name inside the evidence folder.
    pub fn stored_name(&self) -> String {
        format!("{}.{}", self.sha256, self.ext)
    }

    /// Whether [`Self::stored_name`] is a plain file name: 64 hex digits and a
    /// short alphanumeric extension. A hand-edited project could otherwise
    /// name `../../elsewhere` and have a file outside the folder read.
    pub fn has_plain_name(&self) -> bool {
        self.sha256.len() == 64
            && self.sha256.bytes().all(|b| b.is_ascii_hexdigit())
            && (1..=8).contains(&self.ext.len())
            && self.ext.bytes().all(|b| b.is_ascii_alphanumeric())
    }

    /// The first 12 hex digits, enough for people to tell copies apart.
    pub fn short_hash(&self) -> &str {
        self.sha256.get(..12).unwrap_or(&self.sha256)
    }

    pub fn kind_label(&self) -> &'static str {
        match self.ext.as_str() {
            "html" => "web page",
            "md" => "Markdown",
            "pdf" => "PDF",
            "docx" => "Word document",
            "srt" | "vtt" => "transcript",
            _ => "text",
        }
    }
}

/// Where an excerpt sits in a snapshot's readable text: the same selectors
/// as a claim's span (code-point positions and the quote), plus up to
/// [`ANCHOR_CONTEXT_CHARS`] of context either side for re-finding it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExcerptAnchor {
    /// The snapshot's SHA-256 (one of the source's snapshots).
    pub snapshot: String,
    pub span: Span,
    pub prefix: String,
    pub suffix: String,
}

/// Context kept either side of an anchored excerpt at least, as Hypothesis
/// does; it reaches to the sentence's edges, up to [`SENTENCE_CHARS`].
pub const ANCHOR_CONTEXT_CHARS: usize = 32;
/// How far the context may reach to take in the rest of the sentence.
pub const SENTENCE_CHARS: usize = 200;

/// Where a sentence ends in `s`: byte offsets just past `.`, `!`, `?` (and
/// closing quotes) followed by white space, or at a line break.
fn sentence_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices().filter_map(move |(i, c)| {
        let next = s[i + c.len_utf8()..].chars().next();
        match c {
            '\n' => Some(i),
            '.' | '!' | '?' | '。' if next.is_none_or(char::is_whitespace) => {
                Some(i + c.len_utf8())
            }
            _ => None,
        }
    })
}

impl ExcerptAnchor {
    /// Anchors the code-point range `start..end` of `text`, a snapshot's
    /// readable text; `None` when the range is empty or outside the text.
    pub fn new(snapshot: &str, text: &str, start: usize, end: usize) -> Option<Self> {
        let index = super::text::TextIndex::new(text);
        let total = index.total_chars();
        if start >= end || end > total {
            return None;
        }
        let slice = |a: usize, b: usize| index.slice(text, a, b);
        // Back to the sentence's start, forward to its end, within reach.
        let before = slice(start.saturating_sub(SENTENCE_CHARS), start)?;
        let from = match sentence_ends(before).last() {
            Some(b) => start - before[b..].chars().count(),
            None => start.saturating_sub(SENTENCE_CHARS),
        };
        let after = slice(end, (end + SENTENCE_CHARS).min(total))?;
        let to = match sentence_ends(after).next() {
            Some(b) => end + after[..b].chars().count(),
            None => (end + SENTENCE_CHARS).min(total),
        };
        let from = from.min(start.saturating_sub(ANCHOR_CONTEXT_CHARS));
        let to = to.max((end + ANCHOR_CONTEXT_CHARS).min(total));
        Some(Self {
            snapshot: snapshot.to_owned(),
            span: Span {
                start,
                end,
                quote: slice(start, end)?.to_owned(),
            },
            prefix: slice(from, start)?.to_owned(),
            suffix: slice(end, to)?.to_owned(),
        })
    }

    /// Where the excerpt is in `text` now, in code points: at its position
    /// when the quote is still there, else the quote's first occurrence;
    /// `None` when the text no longer holds it.
    pub fn locate(&self, text: &str) -> Option<(usize, usize)> {
        let index = super::text::TextIndex::new(text);
        if index.slice(text, self.span.start, self.span.end) == Some(self.span.quote.as_str()) {
            return Some((self.span.start, self.span.end));
        }
        if self.span.quote.is_empty() {
            return None;
        }
        let byte = text.find(&self.span.quote)?;
        let start = text[..byte].chars().count();
        Some((start, start + self.span.quote.chars().count()))
    }

    /// The sentence around the excerpt, from the stored context: (before,
    /// quote, after), with `…` where the context stops inside the sentence.
    pub fn sentence(&self) -> (String, &str, String) {
        let before = match sentence_ends(&self.prefix).last() {
            Some(b) => self.prefix[b..].trim_start().to_owned(),
            None if self.prefix.chars().count() < ANCHOR_CONTEXT_CHARS => {
                self.prefix.trim_start().to_owned()
            }
            None => match self.prefix.split_once(char::is_whitespace) {
                Some((_, rest)) => format!("…{}", rest.trim_start()),
                None => format!("…{}", self.prefix),
            },
        };
        let after = match sentence_ends(&self.suffix).next() {
            Some(b) => self.suffix[..b].trim_end().to_owned(),
            None if self.suffix.chars().count() < ANCHOR_CONTEXT_CHARS => {
                self.suffix.trim_end().to_owned()
            }
            None => match self.suffix.rsplit_once(char::is_whitespace) {
                Some((kept, _)) => format!("{kept}…"),
                None => format!("{}…", self.suffix),
            },
        };
        (before, &self.span.quote, after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_count_code_points_and_keep_context() {
        let text = "Erste Zeile. 😀 Der Zoll sinkt auf 15 %. Danach mehr.";
        let start = text.chars().position(|c| c == 'D').unwrap_or(0);
        let a = ExcerptAnchor::new("ab", text, start, start + 8).unwrap_or_default();
        assert_eq!(a.span.quote, "Der Zoll");
        assert_eq!(a.prefix, "Erste Zeile. 😀 ");
        assert_eq!(a.suffix, " sinkt auf 15 %. Danach mehr.");
        assert_eq!(a.locate(text), Some((start, start + 8)));
        assert_eq!(
            a.sentence(),
            ("😀 ".to_owned(), "Der Zoll", " sinkt auf 15 %.".to_owned())
        );
        let moved = format!("Neu. {text}");
        assert_eq!(a.locate(&moved), Some((start + 5, start + 13)));
        assert_eq!(a.locate("nothing here"), None);
        assert!(ExcerptAnchor::new("ab", text, 3, 3).is_none());
        assert!(ExcerptAnchor::new("ab", text, 3, 999).is_none());
    }
}
