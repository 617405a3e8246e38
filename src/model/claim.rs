use serde::{Deserialize, Serialize};

use super::{SourceId, VerdictId};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct ClaimId(pub u64);

/// A stretch of the article: character offsets (end exclusive) plus the quoted
/// text, so a span that no longer fits its article is caught on load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

impl Span {
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimStatus {
    #[default]
    New,
    InProgress,
    Reviewed,
}

impl ClaimStatus {
    pub const ALL: [Self; 3] = [Self::New, Self::InProgress, Self::Reviewed];

    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::InProgress => "In progress",
            Self::Reviewed => "Reviewed",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    #[default]
    Supports,
    Refutes,
    Context,
}

impl Stance {
    pub const ALL: [Self; 3] = [Self::Supports, Self::Refutes, Self::Context];

    pub fn label(self) -> &'static str {
        match self {
            Self::Supports => "Supports",
            Self::Refutes => "Refutes",
            Self::Context => "Context",
        }
    }
}

/// A claim's use of a project source, with how the source bears on the claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLink {
    pub source: SourceId,
    pub stance: Stance,
    #[serde(default)]
    pub excerpt: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Claim {
    pub id: ClaimId,
    pub span: Span,
    /// The claim as reviewed: a short restatement (ClaimReview's `claimReviewed`).
    pub reviewed: String,
    pub claimant: String,
    pub claim_date: String,
    pub status: ClaimStatus,
    pub verdict: Option<VerdictId>,
    /// The plain-language conclusion, used instead of a verdict by conclusion-only projects.
    pub conclusion: String,
    pub rationale: String,
    pub tags: Vec<String>,
    pub sources: Vec<SourceLink>,
    /// Set when a new version of the article no longer holds the quote: the
    /// claim keeps its old span and quote (which need not fit the text) and
    /// waits for review. Written only when set, so older files read the same.
    #[serde(skip_serializing_if = "is_false")]
    pub orphaned: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Claim {
    pub fn new(id: ClaimId, span: Span) -> Self {
        Self {
            id,
            reviewed: span.quote.clone(),
            span,
            ..Self::default()
        }
    }
}
