//! Re-anchoring claims when the article is replaced by a corrected version,
//! as Hypothesis re-anchors highlights (reference §4): the old position is
//! tried first, then the quote is searched for, exactly and then
//! approximately, each candidate scored by quote similarity (50), the 32
//! characters before (20) and after (20), and closeness to where the quote is
//! expected (2). A claim found nowhere is an orphan: kept, never dropped.

use super::{Claim, ClaimId, Span};

/// An edited quote is accepted when at least this share of it survives
/// (1 − edit distance / quote length).
pub const SIMILARITY_THRESHOLD: f64 = 0.75;

const CONTEXT_CHARS: usize = 32;
const WEIGHT_QUOTE: f64 = 50.0;
const WEIGHT_PREFIX: f64 = 20.0;
const WEIGHT_SUFFIX: f64 = 20.0;
const WEIGHT_POSITION: f64 = 2.0;
/// Beyond Hypothesis's weights: a match whose ends fall on word boundaries
/// where the old quote's did (or inside words where it did) earns this per
/// end, so "£9m" is not cut to "£9" for being one edit closer to "to".
const WEIGHT_BOUNDARY: f64 = 3.0;
/// An exact match whose surroundings are at least half alike is taken
/// without looking for edited copies.
const CONTEXT_HOLDS: f64 =
    WEIGHT_QUOTE + 0.5 * (WEIGHT_PREFIX + WEIGHT_SUFFIX + 2.0 * WEIGHT_BOUNDARY);

/// Texts up to this many characters are searched whole for an edited quote;
/// in longer ones only this many characters either side of where the quote
/// is expected, so a 5 MB article stays quick.
const APPROX_WINDOW_CHARS: usize = 25_000;
/// Exact occurrences scored at most (the nearest to the expected position):
/// a two-letter quote can occur a hundred thousand times.
const MAX_EXACT_CANDIDATES: usize = 512;
/// Approximate matches scored at most (the fewest edits first).
const MAX_APPROX_CANDIDATES: usize = 64;
/// Quotes longer than this are not searched approximately: the search costs
/// quote length × window, and so long a quote is rarely rewritten that little.
const MAX_APPROX_QUOTE_CHARS: usize = 4_000;
/// Approximate matches whose boundaries are refined (the best scoring).
const MAX_REFINED_CANDIDATES: usize = 8;
/// Quotes longer than this keep the boundaries the search found (refining
/// costs quote length squared).
const MAX_REFINE_QUOTE_CHARS: usize = 1_000;

/// What became of one claim in the new text.
#[derive(Clone, Debug, PartialEq)]
pub enum AnchorOutcome {
    /// Its position still holds its quote.
    Kept,
    /// The same quote, found elsewhere.
    Moved { span: Span },
    /// The quote was edited; `span` is the closest match, `similarity` in 0..=1.
    Changed { span: Span, similarity: f64 },
    /// Not found: the claim keeps its old span and quote and is flagged.
    Orphan,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnchorResult {
    pub claim: ClaimId,
    pub old_span: Span,
    pub outcome: AnchorOutcome,
}

impl AnchorResult {
    /// Where the claim is in the new text, if it is anywhere.
    pub fn new_span(&self) -> Option<&Span> {
        match &self.outcome {
            AnchorOutcome::Kept => Some(&self.old_span),
            AnchorOutcome::Moved { span } | AnchorOutcome::Changed { span, .. } => Some(span),
            AnchorOutcome::Orphan => None,
        }
    }

    /// Moved and kept claims need no look; changed ones and orphans do.
    pub fn needs_review(&self) -> bool {
        matches!(
            self.outcome,
            AnchorOutcome::Changed { .. } | AnchorOutcome::Orphan
        )
    }

    pub fn label(&self) -> &'static str {
        match self.outcome {
            AnchorOutcome::Kept => "kept",
            AnchorOutcome::Moved { .. } => "moved",
            AnchorOutcome::Changed { .. } => "wording changed",
            AnchorOutcome::Orphan => "not found",
        }
    }
}

/// The outcome for every claim of a project when its article is replaced.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReanchorReport {
    /// One per claim, in the project's claim order.
    pub results: Vec<AnchorResult>,
    /// The new text is the old one: nothing moved.
    pub text_unchanged: bool,
}

impl ReanchorReport {
    fn count(&self, f: impl Fn(&AnchorOutcome) -> bool) -> usize {
        self.results.iter().filter(|r| f(&r.outcome)).count()
    }

    pub fn kept(&self) -> usize {
        self.count(|o| matches!(o, AnchorOutcome::Kept))
    }

    pub fn moved(&self) -> usize {
        self.count(|o| matches!(o, AnchorOutcome::Moved { .. }))
    }

    pub fn changed(&self) -> usize {
        self.count(|o| matches!(o, AnchorOutcome::Changed { .. }))
    }

    pub fn orphaned(&self) -> usize {
        self.count(|o| matches!(o, AnchorOutcome::Orphan))
    }

    /// The claims to list for review: moved, changed and orphaned, in claim order.
    pub fn to_review(&self) -> impl Iterator<Item = &AnchorResult> {
        self.results
            .iter()
            .filter(|r| !matches!(r.outcome, AnchorOutcome::Kept))
    }

    /// "12 claims: 9 kept, 1 moved, 1 wording changed, 1 not found".
    pub fn summary(&self) -> String {
        format!(
            "{} claim{}: {} kept, {} moved, {} wording changed, {} not found",
            self.results.len(),
            if self.results.len() == 1 { "" } else { "s" },
            self.kept(),
            self.moved(),
            self.changed(),
            self.orphaned()
        )
    }
}

/// Re-anchors `claims` (anchored in `old_text`) in `new_text`. Claims already
/// orphaned are searched for by their quote alone and come back if found.
pub fn reanchor(old_text: &str, new_text: &str, claims: &[Claim]) -> Vec<AnchorResult> {
    let old = Chars::new(old_text);
    let new = Chars::new(new_text);
    let (common_prefix, common_suffix) = common_ends(&old.chars, &new.chars);
    let search = Search {
        old: &old,
        new: &new,
        common_prefix,
        common_suffix,
    };
    claims
        .iter()
        .map(|claim| AnchorResult {
            claim: claim.id,
            old_span: claim.span.clone(),
            outcome: search.anchor(claim),
        })
        .collect()
}

/// The claims after re-anchoring: spans moved, quotes updated to the new
/// wording, orphans flagged (and un-flagged when found again).
pub fn reanchored_claims(claims: &[Claim], results: &[AnchorResult]) -> Vec<Claim> {
    claims
        .iter()
        .zip(results)
        .map(|(claim, result)| {
            let mut claim = claim.clone();
            match result.new_span() {
                Some(span) => {
                    claim.span = span.clone();
                    claim.orphaned = false;
                }
                None => claim.orphaned = true,
            }
            claim
        })
        .collect()
}

/// A text as characters, with the byte offset of each for fast exact search.
struct Chars<'t> {
    text: &'t str,
    chars: Vec<char>,
    /// Byte offset of each character, plus the text's length.
    byte_starts: Vec<usize>,
}

impl<'t> Chars<'t> {
    fn new(text: &'t str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut byte_starts = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            chars.push(c);
            byte_starts.push(b);
        }
        byte_starts.push(text.len());
        Self {
            text,
            chars,
            byte_starts,
        }
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    fn get(&self, start: usize, end: usize) -> Option<&[char]> {
        self.chars.get(start..end)
    }

    fn char_of_byte(&self, byte: usize) -> usize {
        self.byte_starts.partition_point(|&b| b < byte)
    }

    /// Not between two letters or digits. Text without spaces (Chinese,
    /// Japanese) has none inside its runs, which is as good as all for a match.
    fn word_boundary(&self, at: usize) -> bool {
        match (
            at.checked_sub(1).and_then(|i| self.chars.get(i)),
            self.chars.get(at),
        ) {
            (Some(a), Some(b)) => !(a.is_alphanumeric() && b.is_alphanumeric()),
            _ => true,
        }
    }

    fn prefix(&self, at: usize, len: usize) -> &[char] {
        &self.chars[at.saturating_sub(len)..at.min(self.len())]
    }

    fn suffix(&self, at: usize, len: usize) -> &[char] {
        let at = at.min(self.len());
        &self.chars[at..(at + len).min(self.len())]
    }
}

/// Lengths of the longest common prefix and suffix (not overlapping).
fn common_ends(a: &[char], b: &[char]) -> (usize, usize) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    (prefix, suffix)
}

struct Search<'a> {
    old: &'a Chars<'a>,
    new: &'a Chars<'a>,
    common_prefix: usize,
    common_suffix: usize,
}

/// What a claim is looked for by.
struct Target {
    quote: Vec<char>,
    prefix: Vec<char>,
    suffix: Vec<char>,
    /// Where the quote would start if the text changed evenly throughout.
    expected: usize,
    /// Whether the old quote started and ended on word boundaries.
    boundaries: (bool, bool),
}

#[derive(Clone, Copy, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    similarity: f64,
    score: f64,
}

impl Search<'_> {
    fn anchor(&self, claim: &Claim) -> AnchorOutcome {
        let span = &claim.span;
        let quote: Vec<char> = span.quote.chars().collect();
        let holds_quote = !claim.orphaned
            && self
                .old
                .get(span.start, span.end)
                .is_some_and(|s| s == quote.as_slice());
        if quote.is_empty() {
            return if holds_quote && span.start <= self.new.len() {
                AnchorOutcome::Kept
            } else {
                AnchorOutcome::Orphan
            };
        }
        // Cheap answers first: untouched text before and after the edit.
        if holds_quote {
            if span.end <= self.common_prefix {
                return AnchorOutcome::Kept;
            }
            let old_tail = self.old.len() - self.common_suffix;
            if span.start >= old_tail {
                let start = span.start + self.new.len() - self.old.len();
                return self.found(span, start, start + quote.len(), 1.0);
            }
        }
        let target = if holds_quote {
            Target {
                prefix: self.old.prefix(span.start, CONTEXT_CHARS).to_vec(),
                suffix: self.old.suffix(span.end, CONTEXT_CHARS).to_vec(),
                expected: scale(span.start, self.old.len(), self.new.len()),
                boundaries: (
                    self.old.word_boundary(span.start),
                    self.old.word_boundary(span.end),
                ),
                quote,
            }
        } else {
            // An orphan's context is gone with the text it came from.
            Target {
                prefix: Vec::new(),
                suffix: Vec::new(),
                expected: scale(span.start, self.old.len().max(span.start), self.new.len()),
                // People select whole words.
                boundaries: (true, true),
                quote,
            }
        };
        let exact = self.best_exact(&target, &span.quote);
        let context_holds = exact.is_some_and(|c| c.score >= CONTEXT_HOLDS);
        let best = if context_holds {
            exact
        } else {
            // The exact quote is missing or sits in foreign context: an edited
            // copy in the right place may be the better match.
            let approx = self.best_approximate(&target);
            match (exact, approx) {
                (Some(e), Some(a)) => Some(if a.score > e.score { a } else { e }),
                (e, a) => e.or(a),
            }
        };
        match best {
            Some(c) => self.found(span, c.start, c.end, c.similarity),
            None => AnchorOutcome::Orphan,
        }
    }

    fn found(&self, old: &Span, start: usize, end: usize, similarity: f64) -> AnchorOutcome {
        let quote: String = self.new.chars[start..end].iter().collect();
        if quote != old.quote {
            return AnchorOutcome::Changed {
                span: Span { start, end, quote },
                similarity,
            };
        }
        if start == old.start && end == old.end {
            AnchorOutcome::Kept
        } else {
            AnchorOutcome::Moved {
                span: Span { start, end, quote },
            }
        }
    }

    fn score(&self, t: &Target, start: usize, end: usize, similarity: f64) -> f64 {
        let prefix = self.new.prefix(start, t.prefix.len());
        let suffix = self.new.suffix(end, t.suffix.len());
        let distance = start.abs_diff(t.expected) as f64;
        let position = 1.0 - distance / self.new.len().max(1) as f64;
        let boundaries = usize::from(self.new.word_boundary(start) == t.boundaries.0)
            + usize::from(self.new.word_boundary(end) == t.boundaries.1);
        WEIGHT_QUOTE * similarity
            + WEIGHT_PREFIX * text_similarity(&t.prefix, prefix)
            + WEIGHT_SUFFIX * text_similarity(&t.suffix, suffix)
            + WEIGHT_POSITION * position
            + WEIGHT_BOUNDARY * boundaries as f64
    }

    fn best_exact(&self, t: &Target, quote: &str) -> Option<Candidate> {
        let mut starts: Vec<usize> = self
            .new
            .text
            .match_indices(quote)
            .map(|(b, _)| self.new.char_of_byte(b))
            .collect();
        if starts.len() > MAX_EXACT_CANDIDATES {
            starts.sort_by_key(|&s| s.abs_diff(t.expected));
            starts.truncate(MAX_EXACT_CANDIDATES);
        }
        starts
            .into_iter()
            .map(|start| {
                let end = start + t.quote.len();
                Candidate {
                    start,
                    end,
                    similarity: 1.0,
                    score: self.score(t, start, end, 1.0),
                }
            })
            .max_by(|a, b| a.score.total_cmp(&b.score))
    }

    fn best_approximate(&self, t: &Target) -> Option<Candidate> {
        let m = t.quote.len();
        if m > MAX_APPROX_QUOTE_CHARS {
            return None;
        }
        let max_errors = ((1.0 - SIMILARITY_THRESHOLD) * m as f64).floor() as usize;
        if max_errors == 0 {
            // Too short to tell an edit from a different phrase.
            return None;
        }
        let n = self.new.len();
        let reach = APPROX_WINDOW_CHARS.max(4 * m);
        let lo = t.expected.saturating_sub(reach);
        let hi = (t.expected + m + reach).min(n);
        let mut matches = approximate_matches(&t.quote, &self.new.chars[lo..hi], max_errors);
        matches.sort_by_key(|&(_, _, errors)| errors);
        matches.truncate(MAX_APPROX_CANDIDATES);
        let mut candidates = matches
            .into_iter()
            .map(|(s, e, errors)| {
                let (start, end) = (lo + s, lo + e);
                let similarity = 1.0 - errors as f64 / m as f64;
                Candidate {
                    start,
                    end,
                    similarity,
                    score: self.score(t, start, end, similarity),
                }
            })
            .filter(|c| c.similarity >= SIMILARITY_THRESHOLD)
            .collect::<Vec<_>>();
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
        candidates
            .into_iter()
            .take(MAX_REFINED_CANDIDATES)
            .filter_map(|c| self.refine(t, c, 2 * max_errors + 2))
            .max_by(|a, b| a.score.total_cmp(&b.score))
    }

    /// Whether a match's ends fall on word boundaries wherever the old
    /// quote's did: a quote of whole words does not come back as "severa".
    /// Nor does it gain or lose a space at either end.
    fn ends_agree(&self, t: &Target, start: usize, end: usize) -> (bool, bool) {
        let space = |c: Option<&char>| c.is_some_and(|c| c.is_whitespace());
        let new = &self.new.chars;
        (
            (!t.boundaries.0 || self.new.word_boundary(start))
                && space(new.get(start)) == space(t.quote.first()),
            (!t.boundaries.1 || self.new.word_boundary(end))
                && space(end.checked_sub(1).and_then(|e| new.get(e))) == space(t.quote.last()),
        )
    }

    /// Moves an approximate match's ends by up to `reach` characters where
    /// that scores better: the fewest edits may end a match inside an
    /// inserted word, or before a rewritten last one, and the context tells
    /// where it really ends. Two matches within k edits of the quote end at
    /// most 2k apart, hence the reach the caller passes. `None` when no
    /// placement both clears the threshold and respects word boundaries.
    fn refine(&self, t: &Target, c: Candidate, reach: usize) -> Option<Candidate> {
        let m = t.quote.len();
        if m > MAX_REFINE_QUOTE_CHARS {
            return Some(c);
        }
        let n = self.new.len();
        let similarity = |errors: usize| 1.0 - errors as f64 / m as f64;
        let mut best: Option<Candidate> = None;
        let consider = |start: usize, end: usize, sim: f64, best: &mut Option<Candidate>| {
            let score = self.score(t, start, end, sim);
            // Better placed is no use below the threshold.
            if sim >= SIMILARITY_THRESHOLD && best.is_none_or(|b| score > b.score) {
                *best = Some(Candidate {
                    start,
                    end,
                    similarity: sim,
                    score,
                });
            }
        };
        // Ends, with the start fixed: edit distances of the quote to every
        // stretch of text starting there.
        let stop = (c.end + reach).min(n);
        let forward = prefix_distances(&t.quote, self.new.chars[c.start..stop].iter());
        for end in c.end.saturating_sub(reach).max(c.start + 1)..=stop {
            if self.ends_agree(t, c.start, end).1 {
                consider(c.start, end, similarity(forward[end - c.start]), &mut best);
            }
        }
        // Then starts, with the chosen end fixed, by the same table backwards.
        let end = best.map_or(c.end, |b| b.end);
        let from = best.map_or(c.start, |b| b.start);
        let first = from.saturating_sub(reach);
        let reversed: Vec<char> = t.quote.iter().rev().copied().collect();
        let backward = prefix_distances(&reversed, self.new.chars[first..end].iter().rev());
        let mut placed: Option<Candidate> = None;
        for start in first..=(from + reach).min(end - 1) {
            if self.ends_agree(t, start, end) == (true, true) {
                consider(start, end, similarity(backward[end - start]), &mut placed);
            }
        }
        placed
    }
}

/// `out[l]` = edit distance between `pattern` and the first `l` characters of `text`.
fn prefix_distances<'c>(pattern: &[char], text: impl Iterator<Item = &'c char>) -> Vec<usize> {
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

fn scale(pos: usize, from_len: usize, to_len: usize) -> usize {
    if from_len == 0 {
        return 0;
    }
    ((pos as u128 * to_len as u128) / from_len as u128) as usize
}

/// 1 − edit distance / longer length; two empty contexts are alike.
fn text_similarity(a: &[char], b: &[char]) -> f64 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    1.0 - levenshtein(a, b) as f64 / longer as f64
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
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

/// Substrings of `text` within `max_errors` edits of `pattern` (Sellers'
/// dynamic programme, the match free to start anywhere), as
/// `(start, end, errors)`: the best of each run of overlapping matches.
fn approximate_matches(
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

    fn claim(id: u64, text: &str, quote: &str) -> Claim {
        let byte = text.find(quote).unwrap();
        let start = text[..byte].chars().count();
        Claim::new(
            ClaimId(id),
            Span {
                start,
                end: start + quote.chars().count(),
                quote: quote.to_owned(),
            },
        )
    }

    #[test]
    fn levenshtein_counts_edits() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(levenshtein(&c("kitten"), &c("sitting")), 3);
        assert_eq!(levenshtein(&c(""), &c("abc")), 3);
        assert_eq!(levenshtein(&c("日本語"), &c("日本")), 1);
    }

    #[test]
    fn approximate_matches_find_the_edited_phrase() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let text = c("the cat sat on the warm mat today");
        // The fewest edits end the match early ("sat on the wa", 2 edits);
        // `refine` then finds the end the context agrees with.
        let found = approximate_matches(&c("sat on the mat"), &text, 3);
        assert_eq!(found.len(), 1);
        let (s, e, errors) = found[0];
        assert_eq!(text[s..e].iter().collect::<String>(), "sat on the wa");
        assert_eq!(errors, 2);
        assert!(approximate_matches(&c("sat on the mat"), &text, 1).is_empty());

        let old = "Yesterday the cat sat on the mat today, they said.";
        let new = "Yesterday the cat sat on the warm mat today, they said.";
        let claim = claim(1, old, "cat sat on the mat today");
        let AnchorOutcome::Changed { span, .. } = &reanchor(old, new, &[claim])[0].outcome else {
            panic!("not changed");
        };
        assert_eq!(span.quote, "cat sat on the warm mat today");
    }

    #[test]
    fn untouched_text_keeps_and_shifts_claims() {
        let old = "Alpha said one thing.\nBeta said another thing.";
        let new = "Alpha said one thing.\nInserted paragraph.\nBeta said another thing.";
        let claims = [claim(1, old, "one thing"), claim(2, old, "another thing")];
        let results = reanchor(old, new, &claims);
        assert_eq!(results[0].outcome, AnchorOutcome::Kept);
        let AnchorOutcome::Moved { span } = &results[1].outcome else {
            panic!("{:?}", results[1]);
        };
        assert_eq!(
            crate::model::text::char_slice(new, span.start, span.end),
            Some("another thing")
        );
    }

    #[test]
    fn orphans_keep_their_old_span_and_can_come_back() {
        let old = "The minister promised ten thousand new homes by May.";
        let new = "The minister spoke about housing.";
        let claims = [claim(1, old, "promised ten thousand new homes")];
        let results = reanchor(old, new, &claims);
        assert_eq!(results[0].outcome, AnchorOutcome::Orphan);
        let updated = reanchored_claims(&claims, &results);
        assert!(updated[0].orphaned);
        assert_eq!(updated[0].span, claims[0].span);

        let back = "Update: the minister promised ten thousand new homes by June.";
        let results = reanchor(new, back, &updated);
        assert!(matches!(results[0].outcome, AnchorOutcome::Moved { .. }));
        assert!(!reanchored_claims(&updated, &results)[0].orphaned);
    }
}
