//! The model's input: the same features `tools/triage/train.py` computes,
//! step for step (a test compares dev-test F1 with the trained figure).
//! Lowercased text; word 1- and 2-grams over runs of alphanumeric
//! characters; character 2- to 5-grams inside whitespace-separated words
//! padded with a space; each hashed (FNV-1a 64) into a fixed table. Plus a
//! few hand features ClaimBuster-style systems use.

/// Counts of hashed n-grams in one block, as (bucket, count), sorted by bucket.
pub type Counts = Vec<(u32, u32)>;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

const COMPARATIVES: &[&str] = &[
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "than",
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "greater",
    "better",
    "worse",
    "best",
    "worst",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "doubled",
    "tripled",
    "cut",
    "cuts",
    "rise",
    "rose",
    "fell",
    "drop",
    "dropped",
    "up",
    "down",
    "percent",
    "times",
    "half",
];

const NUMBER_WORDS: &[&str] = &["million", "billion", "trillion", "thousand", "hundred"];

/// How many hand features there are (the model file says how many it has).
pub const N_HAND: usize = 11;

/// FNV-1a over the UTF-8 bytes of `parts` run together, as if one string.
fn fnv(parts: &[&str]) -> u64 {
    let mut h = FNV_OFFSET;
    for part in parts {
        for &b in part.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    h
}

/// Runs of alphanumeric characters (Python's `str.isalnum`, for the text the model knows).
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

fn into_counts(mut buckets: Vec<u32>) -> Counts {
    buckets.sort_unstable();
    let mut out: Counts = Vec::with_capacity(buckets.len());
    for b in buckets {
        match out.last_mut() {
            Some((last, n)) if *last == b => *n += 1,
            _ => out.push((b, 1)),
        }
    }
    out
}

/// Word unigrams ("w " + word) and bigrams ("b " + a + " " + b), hashed into `bits` bits.
pub fn word_counts(lower: &str, bits: u32) -> Counts {
    let mask = (1u64 << bits) - 1;
    let ws = words(lower);
    let mut buckets = Vec::with_capacity(ws.len() * 2);
    for w in &ws {
        buckets.push((fnv(&["w ", w]) & mask) as u32);
    }
    for pair in ws.windows(2) {
        buckets.push((fnv(&["b ", pair[0], " ", pair[1]]) & mask) as u32);
    }
    into_counts(buckets)
}

/// Character 2- to 5-grams of each whitespace-separated word padded with spaces.
pub fn char_counts(lower: &str, bits: u32) -> Counts {
    let mask = (1u64 << bits) - 1;
    let mut buckets = Vec::new();
    let mut padded = String::new();
    let mut bounds: Vec<usize> = Vec::new();
    for w in lower.split_whitespace() {
        padded.clear();
        padded.push(' ');
        padded.push_str(w);
        padded.push(' ');
        bounds.clear();
        bounds.extend(padded.char_indices().map(|(i, _)| i));
        bounds.push(padded.len());
        let chars = bounds.len() - 1;
        for n in 2..=5 {
            if n > chars {
                break;
            }
            for i in 0..=chars - n {
                let gram = &padded[bounds[i]..bounds[i + n]];
                buckets.push((fnv(&[gram]) & mask) as u32);
            }
        }
    }
    into_counts(buckets)
}

/// Numbers, amounts, percentages, money, comparatives, capitalised words
/// (names), years, quotation, a question, length: on the original text.
pub fn hand_features(text: &str) -> [f32; N_HAND] {
    let raw = words(text);
    let lower: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let has = |list: &[&str], w: &str| list.contains(&w);
    let n_numbers = raw
        .iter()
        .filter(|w| w.chars().any(char::is_numeric))
        .count();
    let number_words = lower
        .iter()
        .filter(|w| has(NUMBER_WORDS, w.as_str()))
        .count();
    let percent = text.contains('%') || lower.iter().any(|w| w == "percent");
    let money = text.contains('$') || lower.iter().any(|w| w == "dollars" || w == "dollar");
    let comparatives = lower
        .iter()
        .filter(|w| has(COMPARATIVES, w.as_str()))
        .count();
    let caps = raw
        .iter()
        .skip(1)
        .filter(|w| *w != &"I" && w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let years = raw
        .iter()
        .filter(|w| {
            w.chars().count() == 4
                && w.chars().all(char::is_numeric)
                && (w.starts_with("19") || w.starts_with("20"))
        })
        .count();
    let quote = text.contains(['"', '\u{201c}', '\u{201d}']);
    let question = text.trim_end().ends_with('?');
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let log1p = |n: usize| (n as f32).ln_1p();
    [
        flag(n_numbers > 0),
        log1p(n_numbers),
        log1p(number_words),
        flag(percent),
        flag(money),
        log1p(comparatives),
        log1p(caps),
        log1p(years),
        flag(quote),
        flag(question),
        log1p(raw.len()) / 4.0,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_the_reference_values() {
        // FNV-1a 64 test vectors.
        assert_eq!(fnv(&[""]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(&["a"]), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv(&["fo", "obar"]), fnv(&["foobar"]));
    }

    #[test]
    fn char_grams_stay_inside_padded_words() {
        let c = char_counts("ab", 20);
        // " ab " has 3 bigrams, 2 trigrams, 1 four-gram.
        assert_eq!(c.iter().map(|(_, n)| n).sum::<u32>(), 6);
    }
}
