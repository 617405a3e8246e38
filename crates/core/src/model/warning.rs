//! The findings of the check before export: what a reader of the published
//! report would trip over. `export::check_report` and
//! `evidence::check_evidence` both report them, so they live below both.

use std::fmt;

use super::date::DateProblem;
use super::{ClaimId, ClaimStatus, SourceId};

/// Google's guide: keep claimReviewed under 75 characters.
pub const MAX_CLAIM_REVIEWED_CHARS: usize = 75;

/// One finding. `claim` names the claim to jump to, when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportWarning {
    pub claim: Option<ClaimId>,
    pub kind: WarningKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    /// A rating-scale claim without a verdict, or a conclusion-only claim without a conclusion.
    NoVerdict,
    /// A concluded claim citing no source at all.
    NoSource,
    /// A concluded claim whose sources come from fewer than two publishers.
    TooFewIndependentSources {
        publishers: usize,
    },
    /// A source with neither a web-archive copy nor a snapshot; `claim` is the first claim citing it.
    NotArchived {
        source: SourceId,
        title: String,
    },
    /// A snapshot file listed by a source is not in the evidence folder.
    SnapshotMissing {
        source: SourceId,
        title: String,
        file: String,
    },
    /// A snapshot file's bytes no longer match the hash it was stored under.
    SnapshotAltered {
        source: SourceId,
        title: String,
        file: String,
    },
    /// An excerpt anchored in a snapshot that no longer holds it (or that
    /// was edited by hand since it was anchored).
    ExcerptNotInSnapshot {
        source: SourceId,
        title: String,
    },
    /// claimReviewed longer than [`MAX_CLAIM_REVIEWED_CHARS`].
    ClaimReviewedTooLong {
        chars: usize,
    },
    /// The claim has not been signed off by an editor.
    NotApproved {
        status: ClaimStatus,
    },
    /// Marked Approved, but what was approved (verdict, rationale, the claim
    /// as reviewed, the quote, source links, stances, excerpts) changed since
    /// the sign-off, or no sign-off is recorded: a file edited by hand or by a
    /// script.
    ApprovalStale,
    /// A source linked without a stance (Supports, Refutes, Context) chosen.
    NoStance {
        source: SourceId,
        title: String,
    },
    /// Comments on the claim that nobody has resolved.
    UnresolvedComments {
        count: usize,
    },
    NoOrganisation,
    /// The review URL is empty or not an http(s) URL.
    NoReviewUrl,
    /// A date field whose text is not a date: kept as typed, never changed silently.
    BadDate {
        /// Which field, in words: "claim date", "source 3 date accessed", ….
        field: String,
        /// Which field, for saying it in another language.
        what: DateField,
        value: String,
        problem: DateProblem,
    },
}

/// A date field the check looks at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateField {
    ArticlePublished,
    ArticleRetrieved,
    ClaimDate,
    /// A source's publication date; the source by its title (or address).
    SourcePublished(String),
    SourceAccessed(String),
}

impl fmt::Display for ReportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(id) = self.claim {
            write!(f, "claim {}: ", id.0)?;
        }
        self.kind.fmt(f)
    }
}

/// The warning without its claim, for lists that show the claim beside it.
impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::NoVerdict => f.write_str("no verdict yet"),
            WarningKind::NoSource => f.write_str("has a verdict but cites no source"),
            WarningKind::TooFewIndependentSources { publishers } => write!(
                f,
                "sources from {publishers} publisher{}; two independent sources are expected",
                if *publishers == 1 { "" } else { "s" }
            ),
            // Sources are named by title: new ids are random 64-bit numbers.
            WarningKind::NotArchived { title, .. } => {
                write!(f, "source {title:?} has no archived copy")
            }
            WarningKind::SnapshotMissing { title, file, .. } => write!(
                f,
                "a snapshot of source {title:?} is missing from the evidence folder ({file})"
            ),
            WarningKind::SnapshotAltered { title, file, .. } => write!(
                f,
                "a snapshot of source {title:?} was altered after it was attached ({file})"
            ),
            WarningKind::ExcerptNotInSnapshot { title, .. } => write!(
                f,
                "the excerpt from source {title:?} no longer matches its snapshot"
            ),
            WarningKind::ClaimReviewedTooLong { chars } => write!(
                f,
                "the claim as reviewed is {chars} characters long; ClaimReview wants under {MAX_CLAIM_REVIEWED_CHARS}"
            ),
            WarningKind::NotApproved { status } => {
                write!(f, "not approved yet ({})", status.label())
            }
            WarningKind::ApprovalStale => f.write_str(
                "marked Approved, but what was approved changed since the sign-off (or none is recorded): it needs a new review",
            ),
            WarningKind::NoStance { title, .. } => {
                write!(f, "no stance chosen for the source \"{title}\"")
            }
            WarningKind::UnresolvedComments { count: 1 } => f.write_str("1 unresolved comment"),
            WarningKind::UnresolvedComments { count } => {
                write!(f, "{count} unresolved comments")
            }
            WarningKind::NoOrganisation => {
                f.write_str("no organisation is set: reports and ClaimReview need an author")
            }
            WarningKind::NoReviewUrl => f.write_str(
                "no http(s) review URL is set: ClaimReview requires the URL of the published review",
            ),
            WarningKind::BadDate {
                field,
                value,
                problem,
                ..
            } => write!(f, "the {field} {value:?} is not a date: {problem}"),
        }
    }
}
