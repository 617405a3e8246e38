//! Which matches are close enough to offer unasked (the window's "Checked
//! before" list): a search always returns its best entries, however weak.
//! Two floors on the learned re-ranking score (`rerank.rs`):
//! - relative: the re-ranker is a pairwise logistic regression, so
//!   σ(score − best) is its estimate that a match is a better one than the
//!   best; a match is kept while that is at least [`MIN_ODDS_AGAINST_BEST`];
//! - absolute: [`MIN_SCORE`], below which the best candidate of a CLEF
//!   CheckThat! 2020 dev tweet was rarely its answer (BENCHMARKS.md).

use super::search::Hit;

/// σ(score − best) a match needs: 1 in 100, a score at most ln 99 ≈ 4.6
/// under the best. On CLEF 2020 train (dev) the answer is within that of the
/// best candidate for 98.4 % (99.5 %) of the tweets; near-misses on the same
/// story are often further down.
pub const MIN_ODDS_AGAINST_BEST: f32 = 0.01;

/// The learned score a match needs whatever the best. On CLEF 2020 train
/// (dev) 99.5 % (99.5 %) of answers score above it; it matters most in a
/// small library, where scores are lower: there a paraphrase of the claim
/// scores about 14 and the best of two unrelated checks about 8.5 (the
/// window tests). The re-ranker's scale moves when it is retrained, so this
/// is measured again then (BENCHMARKS.md, "library").
pub const MIN_SCORE: f32 = 13.0;

/// The hits (best first, as a search returns them) that pass both floors.
pub fn close_matches(hits: Vec<Hit>) -> Vec<Hit> {
    let Some(best) = hits.first().map(|h| h.score) else {
        return hits;
    };
    // ln(p / (1 − p)): the score difference at which σ reaches p.
    let margin = -(MIN_ODDS_AGAINST_BEST / (1.0 - MIN_ODDS_AGAINST_BEST)).ln();
    let floor = (best - margin).max(MIN_SCORE);
    hits.into_iter().filter(|h| h.score >= floor).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Entry;

    fn hit(score: f32) -> Hit {
        Hit {
            score,
            entry: Entry::default(),
        }
    }

    #[test]
    fn weak_matches_are_cut_relative_to_the_best_and_absolutely() {
        let scores = |hits: Vec<Hit>| hits.iter().map(|h| h.score).collect::<Vec<_>>();
        // Within ln 99 ≈ 4.6 of the best, and above the absolute floor.
        assert_eq!(
            scores(close_matches(vec![
                hit(30.0),
                hit(28.0),
                hit(26.0),
                hit(25.0),
                hit(20.0)
            ])),
            [30.0, 28.0, 26.0]
        );
        assert_eq!(
            scores(close_matches(vec![
                hit(MIN_SCORE + 1.0),
                hit(MIN_SCORE - 0.5)
            ])),
            [MIN_SCORE + 1.0]
        );
        assert!(close_matches(vec![hit(MIN_SCORE - 1.0)]).is_empty());
        assert!(close_matches(Vec::new()).is_empty());
    }
}
