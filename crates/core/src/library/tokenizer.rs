//! The library's tokenizer: words for scripts that separate them with spaces,
//! overlapping character bigrams for runs of Han, Hiragana, Katakana and
//! Hangul (which do not), so a Japanese or Chinese query finds a claim
//! without a dictionary. A lone CJK character is one token of its own.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Whether `c` belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x309F      // Hiragana
        | 0x30A0..=0x30FF    // Katakana
        | 0x31F0..=0x31FF    // Katakana phonetic extensions
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0xFF66..=0xFF9F    // half-width Katakana
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x3130..=0x318F    // Hangul compatibility Jamo
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0x20000..=0x2FA1F  // CJK extensions B and later
    )
}

/// Splits text into (byte start, byte end) tokens: alphanumeric words, and
/// bigrams inside CJK runs. Used for indexing and for the query alike.
pub fn token_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if is_cjk(c) {
            let start = i;
            while i < chars.len() && is_cjk(chars[i].1) {
                i += 1;
            }
            if i - start == 1 {
                spans.push((chars[start].0, end_of(start + 1)));
            } else {
                for (k, &(from, _)) in chars.iter().enumerate().take(i - 1).skip(start) {
                    spans.push((from, end_of(k + 2)));
                }
            }
        } else if c.is_alphanumeric() {
            let start = i;
            while i < chars.len() && chars[i].1.is_alphanumeric() && !is_cjk(chars[i].1) {
                i += 1;
            }
            spans.push((chars[start].0, end_of(i)));
        } else {
            i += 1;
        }
    }
    spans
}

/// tantivy's side of [`token_spans`]; lower-casing and stemming are filters
/// added after it (see `index::analyzer`).
#[derive(Clone, Default)]
pub struct CjkBigramTokenizer {
    /// The text's tokens, last first, so the stream pops them in order.
    pending: Vec<Token>,
}

pub struct CjkBigramStream<'a> {
    pending: &'a mut Vec<Token>,
    current: Token,
}

impl Tokenizer for CjkBigramTokenizer {
    type TokenStream<'a> = CjkBigramStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CjkBigramStream<'a> {
        self.pending.clear();
        for (position, (from, to)) in token_spans(text).into_iter().enumerate().rev() {
            self.pending.push(Token {
                offset_from: from,
                offset_to: to,
                position,
                text: text[from..to].to_owned(),
                position_length: 1,
            });
        }
        CjkBigramStream {
            pending: &mut self.pending,
            current: Token::default(),
        }
    }
}

impl TokenStream for CjkBigramStream<'_> {
    fn advance(&mut self) -> bool {
        match self.pending.pop() {
            Some(token) => {
                self.current = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::token_spans;

    fn words(text: &str) -> Vec<&str> {
        token_spans(text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn latin_words_and_cjk_bigrams() {
        assert_eq!(
            words("Trump met 高市早苗 in Tokyo"),
            ["Trump", "met", "高市", "市早", "早苗", "in", "Tokyo"]
        );
        assert_eq!(words("東京で会談"), ["東京", "京で", "で会", "会談"]);
        assert_eq!(words("a 日 b"), ["a", "日", "b"]);
        assert_eq!(words("don't, 3.5%"), ["don", "t", "3", "5"]);
    }
}
