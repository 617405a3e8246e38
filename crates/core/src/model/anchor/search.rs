//! Finding one claim's quote in the new text: at the place the diff maps it
//! to first, then (when that place no longer holds it) exactly and
//! approximately, near the mapped place first. Candidates are scored as
//! Hypothesis scores them (reference §4): quote similarity (50), the 32
//! characters before (20) and after (20), closeness to where the quote is
//! expected (2), plus our word-boundary agreement (3 per end).

use super::diff::PositionMap;
use super::distance::{
    approximate_matches, one_word_replaced, prefix_distances, quote_similarity, scale,
    text_similarity,
};
use super::text::{Chars, breaks};
use super::{AnchorOutcome, SIMILARITY_THRESHOLD};
use crate::model::{Claim, Span};

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
/// An edited copy beats an exact one only by this much: its context must
/// clearly say it is the place (a moved paragraph keeps its exact words;
/// what is left where it was only looks like them).
const EXACT_MARGIN: f64 = 12.0;

/// An edited quote is looked for this many characters either side of where
/// it is expected (the whole text when shorter).
const APPROX_WINDOW_CHARS: usize = 25_000;
/// An edited quote is looked for this many characters (plus its length)
/// either side of where the diff puts it before it is looked for further.
const NEAR_CHARS: usize = 64;
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

pub(super) struct Search<'a> {
    pub old: &'a Chars<'a>,
    pub new: &'a Chars<'a>,
    pub map: &'a PositionMap,
}

/// What a claim is looked for by.
struct Target {
    quote: Vec<char>,
    prefix: Vec<char>,
    suffix: Vec<char>,
    /// Where the quote most likely starts in the new text.
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
    pub fn anchor(&self, claim: &Claim) -> AnchorOutcome {
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
        let target = if holds_quote {
            if let Some(found) = self.in_place(span, &quote) {
                return found;
            }
            self.target(span, &quote, self.map.expected(span.start))
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
        self.search(span, &target, holds_quote)
    }

    /// A quote another tool anchored (imported annotations): looked for with
    /// the context it stored, near `span.start`; `Kept` when it is there.
    pub fn find(&self, span: &Span, prefix: &[char], suffix: &[char]) -> AnchorOutcome {
        let quote: Vec<char> = span.quote.chars().collect();
        let (Some(&first), Some(&last)) = (quote.first(), quote.last()) else {
            return AnchorOutcome::Orphan;
        };
        let apart = |a: Option<&char>, b: char| {
            a.is_none_or(|a| !(a.is_alphanumeric() && b.is_alphanumeric()))
        };
        let target = Target {
            boundaries: (apart(prefix.last(), first), apart(suffix.first(), last)),
            prefix: prefix.to_vec(),
            suffix: suffix.to_vec(),
            expected: span.start.min(self.new.len()),
            quote,
        };
        self.search(span, &target, false)
    }

    /// Exact and edited copies of the quote, near the expected place first.
    fn search(&self, span: &Span, target: &Target, holds_quote: bool) -> AnchorOutcome {
        // Near the expected place first: an exact copy in the surroundings it
        // had, or an edited one right where the diff points.
        let near = self.best_exact(target, &span.quote, Some(APPROX_WINDOW_CHARS));
        if let Some(c) = near.filter(|c| c.score >= CONTEXT_HOLDS) {
            return self.found(span, c.start, c.end, c.similarity);
        }
        if holds_quote {
            let reach = NEAR_CHARS + target.quote.len();
            let close = self.best_approximate(target, reach);
            if let Some(c) = close.filter(|c| {
                c.score >= CONTEXT_HOLDS && near.is_none_or(|e| c.score > e.score + EXACT_MARGIN)
            }) {
                return self.found(span, c.start, c.end, c.similarity);
            }
        }
        let exact = self.best_exact(target, &span.quote, None);
        let context_holds = exact.is_some_and(|c| c.score >= CONTEXT_HOLDS);
        let best = if context_holds {
            exact
        } else {
            // The exact quote is missing or sits in foreign context: an edited
            // copy in the right place may be the better match.
            let approx = self.best_approximate(target, APPROX_WINDOW_CHARS);
            match (exact, approx) {
                (Some(e), Some(a)) => Some(if a.score > e.score + EXACT_MARGIN {
                    a
                } else {
                    e
                }),
                (e, a) => e.or(a),
            }
        };
        match best {
            Some(c) => self.found(span, c.start, c.end, c.similarity),
            None => AnchorOutcome::Orphan,
        }
    }

    /// The claim where the diff puts it: its quote unchanged there in
    /// surroundings at least half alike, or edited between surroundings
    /// that are both intact (their 32 characters unchanged), which then
    /// bound the new wording. `None` sends it to the search.
    fn in_place(&self, span: &Span, quote: &[char]) -> Option<AnchorOutcome> {
        let (start, end) = (span.start, span.end);
        let before = start.min(CONTEXT_CHARS);
        let after = (self.old.len() - end).min(CONTEXT_CHARS);
        if let Some(at) = self.map.range(start, end)
            && self.new.get(at, at + quote.len()) == Some(quote)
        {
            // Unchanged with its surroundings, or in surroundings alike enough.
            let holds = self.map.range(start - before, end + after).is_some() || {
                let target = self.target(span, quote, at);
                self.score(&target, at, at + quote.len(), 1.0) >= CONTEXT_HOLDS
            };
            return holds.then(|| self.found(span, at, at + quote.len(), 1.0));
        }
        // Both surroundings intact: what lies between them is the quote as edited.
        let new_start = match before {
            0 => 0,
            _ => self.map.range(start - before, start)? + before,
        };
        let new_end = match after {
            0 => self.new.len(),
            _ => self.map.range(end, end + after)?,
        };
        let between = self.new.get(new_start, new_end)?;
        if breaks(between) > breaks(quote) {
            return None;
        }
        let similarity = quote_similarity(quote, between);
        if similarity >= SIMILARITY_THRESHOLD {
            return Some(self.found(span, new_start, new_end, similarity));
        }
        // A short quote with one word replaced is under the threshold, but
        // its intact surroundings leave no doubt where it is.
        one_word_replaced(quote, between).then(|| self.found(span, new_start, new_end, similarity))
    }

    fn target(&self, span: &Span, quote: &[char], expected: usize) -> Target {
        Target {
            quote: quote.to_vec(),
            prefix: self.old.prefix(span.start, CONTEXT_CHARS).to_vec(),
            suffix: self.old.suffix(span.end, CONTEXT_CHARS).to_vec(),
            expected,
            boundaries: (
                self.old.word_boundary(span.start),
                self.old.word_boundary(span.end),
            ),
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

    /// The best exact occurrence, within `reach` characters of the expected
    /// place, or anywhere.
    fn best_exact(&self, t: &Target, quote: &str, reach: Option<usize>) -> Option<Candidate> {
        let (lo, hi) = match reach {
            Some(reach) => self.window(t, reach),
            None => (0, self.new.len()),
        };
        let byte_lo = self.new.byte_of_char(lo);
        let hay = &self.new.text[byte_lo..self.new.byte_of_char(hi)];
        let mut starts: Vec<usize> = hay
            .match_indices(quote)
            .map(|(b, _)| self.new.char_of_byte(byte_lo + b))
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

    /// The stretch of new text within `reach` of where the quote is expected.
    fn window(&self, t: &Target, reach: usize) -> (usize, usize) {
        let n = self.new.len();
        let expected = t.expected.min(n);
        (
            expected.saturating_sub(reach),
            (expected + t.quote.len() + reach).min(n),
        )
    }

    /// The best edited copy within `reach` characters of the expected place.
    fn best_approximate(&self, t: &Target, reach: usize) -> Option<Candidate> {
        let m = t.quote.len();
        if m > MAX_APPROX_QUOTE_CHARS {
            return None;
        }
        let max_errors = ((1.0 - SIMILARITY_THRESHOLD) * m as f64).floor() as usize;
        if max_errors == 0 {
            // Too short to tell an edit from a different phrase.
            return None;
        }
        let (lo, hi) = self.window(t, reach.max(4 * m));
        let quote_breaks = breaks(&t.quote);
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
            // A match never runs across a paragraph break the quote did not have.
            .filter(|c| breaks(&self.new.chars[c.start..c.end]) <= quote_breaks)
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
