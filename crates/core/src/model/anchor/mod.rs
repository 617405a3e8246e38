//! Re-anchoring claims when the article is replaced by a corrected version.
//! A diff of the two texts (`diff`) says where each unchanged character
//! went; a claim whose quote is there unchanged, or edited between intact
//! surroundings, is settled at once. The others are searched for as
//! Hypothesis re-anchors highlights (reference §4), exactly and then
//! approximately, near the place the diff points to first (`search`).
//! A claim found nowhere is an orphan: kept, never dropped.

mod diff;
mod distance;
mod search;
mod selector;
mod text;

pub use selector::{QuoteSelector, TextAnchorer};

use super::{Claim, ClaimId, Span};
use crate::progress::Progress;
use diff::PositionMap;
use search::Search;
use text::Chars;

/// An edited quote is accepted when at least this share of it survives
/// (1 − edit distance / quote length), or, between surroundings that are
/// both intact, when only one of its words was replaced.
pub const SIMILARITY_THRESHOLD: f64 = 0.75;

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
    reanchor_with_progress(old_text, new_text, claims, &Progress::new()).unwrap_or_default()
}

/// [`reanchor`], counting claims into `progress` as it goes (its total is
/// the number of claims); `None` when it was cancelled before it finished.
pub fn reanchor_with_progress(
    old_text: &str,
    new_text: &str,
    claims: &[Claim],
    progress: &Progress,
) -> Option<Vec<AnchorResult>> {
    progress.set_total(claims.len());
    let cancelled = || progress.is_cancelled();
    let old = Chars::new(old_text);
    let new = Chars::new(new_text);
    let map = PositionMap::new(&old.chars, &new.chars, &cancelled)?;
    let search = Search {
        old: &old,
        new: &new,
        map: &map,
    };
    let mut results = Vec::with_capacity(claims.len());
    for claim in claims {
        if cancelled() {
            return None;
        }
        results.push(AnchorResult {
            claim: claim.id,
            old_span: claim.span.clone(),
            outcome: search.anchor(claim),
        });

        progress.step();
    }
    Some(results)
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
    fn an_insertion_inside_a_quote_changes_it() {
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
