//! What the triage models read of a sentence: the sentence without the
//! quotation marks around the whole of it.

/// Quotation marks that open a quotation, each with the marks that close it.
const QUOTE_PAIRS: [(char, &str); 8] = [
    ('"', "\""),
    ('\'', "'"),
    ('\u{201c}', "\u{201d}\u{201c}"), // “…” and German „…“ closes with “
    ('\u{201e}', "\u{201c}\u{201d}"), // „
    ('\u{2018}', "\u{2019}"),
    ('\u{00ab}', "\u{00bb}"), // « »
    ('\u{00bb}', "\u{00ab}"), // » « (Danish, Swedish)
    ('\u{300c}', "\u{300d}"), // 「 」
];

/// What the models read of a sentence: the sentence without a pair of
/// quotation marks around the whole of it (repeatedly, with the spaces
/// inside). The models learnt from debate transcripts, where a speaker's
/// sentence is never quoted whole; in a news article it often is, and the
/// marks alone moved the encoder's probability by up to 0.45 on dev-test. A
/// sentence with the same marks inside (`"Yes," he said, "we will."`) is
/// left as it is, since its first and last marks do not pair.
pub fn inside_quotes(sentence: &str) -> &str {
    let mut s = sentence.trim();
    loop {
        let mut chars = s.chars();
        let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
            return s;
        };
        let Some((_, closers)) = QUOTE_PAIRS.iter().find(|(open, _)| *open == first) else {
            return s;
        };
        let inner = chars.as_str();
        let paired =
            closers.contains(last) && !inner.contains(|c: char| c == first || closers.contains(c));
        if !paired {
            return s;
        }
        s = inner.trim();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_marks_around_a_whole_sentence_are_not_read() {
        for (quoted, inner) in [
            ("\"Yeah, you did say that.\"", "Yeah, you did say that."),
            (
                "  \u{201c}We cut taxes by 5%.\u{201d} ",
                "We cut taxes by 5%.",
            ),
            (
                "\u{201e}Wir senken die Steuern.\u{201c}",
                "Wir senken die Steuern.",
            ),
            (
                "\u{00ab} Nous baissons les imp\u{f4}ts. \u{00bb}",
                "Nous baissons les imp\u{f4}ts.",
            ),
            (
                "\u{300c}\u{7a0e}\u{3092}\u{4e0b}\u{3052}\u{308b}\u{300d}",
                "\u{7a0e}\u{3092}\u{4e0b}\u{3052}\u{308b}",
            ),
            ("'\"Twice quoted.\"'", "Twice quoted."),
        ] {
            assert_eq!(inside_quotes(quoted), inner);
        }
        for kept in [
            "\"Yes,\" he said, \"we will.\"",
            "He said, \"Go out and shop.\"",
            "\"Go out and shop,\" he said.",
            "\"",
            "",
            "It's the side to see the day that is coming.\"",
        ] {
            assert_eq!(inside_quotes(kept), kept.trim());
        }
    }
}
