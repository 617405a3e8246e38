//! Edit distances: between two texts, of a pattern to every prefix of a
//! text, and the places a pattern occurs approximately.

/// `out[l]` = edit distance between `pattern` and the first `l` characters of `text`.
pub(super) fn prefix_distances<'c>(
    pattern: &[char],
    text: impl Iterator<Item = &'c char>,
) -> Vec<usize> {
    // column[i]: distance between pattern[..i] and the text read so far.
    let mut column: Vec<usize> = (0..=pattern.len()).collect();
    let mut out = vec![pattern.len()];
    for (j, &c) in text.enumerate() {
        let mut diagonal = column[0];
        column[0] = j + 1;
        for i in 1..=pattern.len() {
            let substitute = diagonal + usize::from(pattern[i - 1] != c);
            diagonal = column[i];
            column[i] = substitute.min(column[i] + 1).min(column[i - 1] + 1);
        }
        out.push(column[pattern.len()]);
    }
    out
}

pub(super) fn scale(pos: usize, from_len: usize, to_len: usize) -> usize {
    if from_len == 0 {
        return 0;
    }
    ((pos as u128 * to_len as u128) / from_len as u128) as usize
}

/// 1 − edit distance / longer length; two empty contexts are alike.
pub(super) fn text_similarity(a: &[char], b: &[char]) -> f64 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    1.0 - levenshtein(a, b) as f64 / longer as f64
}

/// 1 − edit distance / quote length, the share of a quote that survives.
pub(super) fn quote_similarity(quote: &[char], found: &[char]) -> f64 {
    1.0 - levenshtein(quote, found) as f64 / quote.len().max(1) as f64
}

pub(super) fn levenshtein<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// Whether `found` is `quote` with exactly one of its (at least three)
/// space-separated words replaced: a short quote is recognisable by the
/// words that stayed, however long the word that changed.
pub(super) fn one_word_replaced(quote: &[char], found: &[char]) -> bool {
    let words = |c: &[char]| -> Vec<String> {
        c.iter()
            .collect::<String>()
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let (a, b) = (words(quote), words(found));
    a.len() >= 3 && a.len() == b.len() && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1
}

/// Substrings of `text` within `max_errors` edits of `pattern` (Sellers'
/// dynamic programme, the match free to start anywhere), as
/// `(start, end, errors)`: the best of each run of overlapping matches.
pub(super) fn approximate_matches(
    pattern: &[char],
    text: &[char],
    max_errors: usize,
) -> Vec<(usize, usize, usize)> {
    let m = pattern.len();
    // cost[i]: fewest edits turning pattern[..i] into a substring ending here;
    // from[i]: where that substring starts.
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut from: Vec<usize> = vec![0; m + 1];
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for (j, &c) in text.iter().enumerate() {
        let (mut diag_cost, mut diag_from) = (cost[0], from[0]);
        cost[0] = 0;
        from[0] = j + 1;
        for i in 1..=m {
            let (up_cost, up_from) = (cost[i], from[i]);
            let substitute = diag_cost + usize::from(pattern[i - 1] != c);
            // Prefer the diagonal, then a text character left out, then a pattern one.
            let (mut best, mut best_from) = (substitute, diag_from);
            if up_cost + 1 < best {
                (best, best_from) = (up_cost + 1, up_from);
            }
            if cost[i - 1] + 1 < best {
                (best, best_from) = (cost[i - 1] + 1, from[i - 1]);
            }
            (diag_cost, diag_from) = (up_cost, up_from);
            cost[i] = best;
            from[i] = best_from;
        }
        if cost[m] <= max_errors {
            let candidate = (from[m], j + 1, cost[m]);
            match out.last_mut() {
                // Overlapping the previous match: keep the better of the two.
                Some(last) if candidate.0 < last.1 => {
                    if candidate.2 < last.2 {
                        *last = candidate;
                    }
                }
                _ => out.push(candidate),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn levenshtein_counts_edits() {
        assert_eq!(levenshtein(&c("kitten"), &c("sitting")), 3);
        assert_eq!(levenshtein(&c(""), &c("abc")), 3);
        assert_eq!(levenshtein(&c("日本語"), &c("日本")), 1);
    }

    #[test]
    fn approximate_matches_find_the_edited_phrase() {
        let text = c("the cat sat on the warm mat today");
        // The fewest edits end the match early ("sat on the wa", 2 edits);
        // the search's refinement then finds the end the context agrees with.
        let found = approximate_matches(&c("sat on the mat"), &text, 3);
        assert_eq!(found.len(), 1);
        let (s, e, errors) = found[0];
        assert_eq!(text[s..e].iter().collect::<String>(), "sat on the wa");
        assert_eq!(errors, 2);
        assert!(approximate_matches(&c("sat on the mat"), &text, 1).is_empty());
    }

    #[test]
    fn one_word_replaced_needs_three_words_and_one_change() {
        assert!(one_word_replaced(
            &c("two cafés shut"),
            &c("two shops shut")
        ));
        assert!(one_word_replaced(&c("a b c d"), &c("a b nobody d")));
        assert!(!one_word_replaced(&c("two cafés"), &c("two shops")));
        assert!(!one_word_replaced(
            &c("two cafés shut"),
            &c("three shops shut")
        ));
        assert!(!one_word_replaced(
            &c("two cafés shut"),
            &c("two cafés shut")
        ));
        assert!(!one_word_replaced(&c("港の橋の修繕費"), &c("港の橋の費用")));
    }
}
