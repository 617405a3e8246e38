//! Integrity checks run on every load: a project whose spans, ids or links do
//! not hold together is refused with a list of what is wrong.

use std::collections::HashSet;

use super::{
    ClaimId, CommentId, Project, ScaleKind, SourceId, VerdictId, sha256_hex, text::TextIndex,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Sha256Mismatch {
        stored: String,
        actual: String,
    },
    SpanOutOfRange {
        claim: ClaimId,
        /// The claim's number in the article, as the claim list shows it.
        number: usize,
        start: usize,
        end: usize,
        len: usize,
    },
    SpanQuoteMismatch {
        claim: ClaimId,
        number: usize,
        expected: String,
        found: String,
    },
    DuplicateClaimId(ClaimId),
    DuplicateSourceId(SourceId),
    DuplicateVerdictId(VerdictId),
    DuplicateCommentId(CommentId),
    MissingSource {
        claim: ClaimId,
        number: usize,
        source: SourceId,
    },
    MissingVerdict {
        claim: ClaimId,
        number: usize,
        verdict: VerdictId,
    },
    VerdictInConclusionOnlyScale {
        claim: ClaimId,
        number: usize,
    },
}

pub(crate) fn excerpt(s: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

fn duplicates<T: Copy + Eq + std::hash::Hash>(ids: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    for id in ids {
        if !seen.insert(id) && !dups.contains(&id) {
            dups.push(id);
        }
    }
    dups
}

/// Every integrity problem of `project`; empty when it is sound.
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    let text = &project.article.text;
    let actual = sha256_hex(text);
    if !actual.eq_ignore_ascii_case(project.article.sha256.trim()) {
        problems.push(Problem::Sha256Mismatch {
            stored: project.article.sha256.clone(),
            actual,
        });
    }
    problems.extend(
        duplicates(project.claims.iter().map(|c| c.id))
            .into_iter()
            .map(Problem::DuplicateClaimId),
    );
    problems.extend(
        duplicates(project.sources.iter().map(|s| s.id))
            .into_iter()
            .map(Problem::DuplicateSourceId),
    );
    problems.extend(
        duplicates(project.scale.verdicts.iter().map(|v| v.id))
            .into_iter()
            .map(Problem::DuplicateVerdictId),
    );
    problems.extend(
        duplicates(
            project
                .claims
                .iter()
                .flat_map(|c| c.comments.iter().map(|m| m.id)),
        )
        .into_iter()
        .map(Problem::DuplicateCommentId),
    );

    let index = TextIndex::new(text);
    let sources: HashSet<SourceId> = project.sources.iter().map(|s| s.id).collect();
    // Each claim's number as the list shows it (article order), so a
    // problem names the claim the user sees; its id finds it in the file.
    let mut order: Vec<usize> = (0..project.claims.len()).collect();
    order.sort_by_key(|&i| {
        let c = &project.claims[i];
        (c.span.start, c.span.end, c.id)
    });
    let mut numbers = vec![0; order.len()];
    for (n, &i) in order.iter().enumerate() {
        numbers[i] = n + 1;
    }
    for (claim, &number) in project.claims.iter().zip(&numbers) {
        let span = &claim.span;
        // An orphan's span belongs to an earlier version of the text, on purpose.
        let found = if claim.orphaned {
            Some(span.quote.as_str())
        } else {
            index.slice(text, span.start, span.end)
        };
        match found {
            None => problems.push(Problem::SpanOutOfRange {
                claim: claim.id,
                number,
                start: span.start,
                end: span.end,
                len: index.total_chars(),
            }),
            Some(found) if found != span.quote => problems.push(Problem::SpanQuoteMismatch {
                claim: claim.id,
                number,
                expected: span.quote.clone(),
                found: found.to_owned(),
            }),
            Some(_) => {}
        }
        for link in &claim.sources {
            if !sources.contains(&link.source) {
                problems.push(Problem::MissingSource {
                    claim: claim.id,
                    number,
                    source: link.source,
                });
            }
        }
        if let Some(verdict) = claim.verdict {
            if project.scale.kind == ScaleKind::ConclusionOnly {
                problems.push(Problem::VerdictInConclusionOnlyScale {
                    claim: claim.id,
                    number,
                });
            } else if project.scale.verdict(verdict).is_none() {
                problems.push(Problem::MissingVerdict {
                    claim: claim.id,
                    number,
                    verdict,
                });
            }
        }
    }
    problems
}
