//! The pseudo-language `en-XA`, made from English when it is loaded: every
//! letter accented (`Save file` → `Ŝàvé fîļé`), the message about 40 % longer
//! and bracketed, `[Ŝàvé fîļé····]`. A label that did not come from the
//! catalog stands out unaccented and unbracketed; one cut off loses its `]`.

use std::borrow::Cow;

/// Accents the text of a message (Fluent calls it on the text between
/// placeables only, so variables and plural keys are left alone).
pub fn accent(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| accented(c) != c) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(accented).collect())
}

fn accented(c: char) -> char {
    match c {
        'a' => 'à',
        'c' => 'ç',
        'e' => 'é',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'n' => 'ñ',
        'o' => 'ö',
        's' => 'ŝ',
        'u' => 'û',
        'w' => 'ŵ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'À',
        'C' => 'Ç',
        'E' => 'É',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'S' => 'Ŝ',
        'U' => 'Û',
        'W' => 'Ŵ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// The padding dot: a character no English message uses.
pub const PAD: char = '·';

/// Wraps a formatted message: `[`, the text, dots for 40 % of its length
/// (at least one), `]`.
pub fn wrap(text: &str) -> String {
    let len = text.chars().count();
    let dots = len.saturating_mul(2).div_ceil(5).max(1);
    let mut out = String::with_capacity(text.len() + dots * PAD.len_utf8() + 2);
    out.push('[');
    out.push_str(text);
    out.extend(std::iter::repeat_n(PAD, dots));
    out.push(']');
    out
}

/// Whether a visible text is a whole pseudo-language message: bracketed and
/// padded. The window walk fails on every other label.
pub fn is_wrapped(text: &str) -> bool {
    text.starts_with('[') && text.ends_with(&format!("{PAD}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_letters_and_pads_by_two_fifths() {
        assert_eq!(accent("Save file"), "Ŝàvé fîļé");
        assert_eq!(wrap("Save file"), "[Save file····]");
        assert_eq!(wrap(""), "[·]");
        assert!(is_wrapped(&wrap("12 claims")));
        assert!(!is_wrapped("Save"));
        assert!(!is_wrapped("[Save]"));
    }

    #[test]
    fn digits_and_punctuation_stay() {
        assert_eq!(accent("2 of 3: {x}"), "2 öf 3: {x}");
    }
}
