use serde::{Deserialize, Serialize};

use super::review::is_false;
use super::{Activity, Comment, Event, SourceId, VerdictId};

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

/// Where a check stands. `Approved` is reached only through an editor's
/// sign-off (`edit::review::approve`), never by setting the status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimStatus {
    #[default]
    New,
    InProgress,
    /// Format 2 called this `Reviewed`: the checker was done, nobody had
    /// signed off. It is read as Ready for review, never as Approved.
    #[serde(alias = "Reviewed")]
    ReadyForReview,
    Approved,
}

impl ClaimStatus {
    pub const ALL: [Self; 4] = [
        Self::New,
        Self::InProgress,
        Self::ReadyForReview,
        Self::Approved,
    ];
    /// What the checker may set by hand; approval takes a second person.
    pub const SETTABLE: [Self; 3] = [Self::New, Self::InProgress, Self::ReadyForReview];

    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::InProgress => "In progress",
            Self::ReadyForReview => "Ready for review",
            Self::Approved => "Approved",
        }
    }
}

/// How a source bears on a claim. A new link has none until the checker
/// chooses (format 6): a default of Supports once slipped through against a
/// claim its source refuted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    #[default]
    Unset,
    Supports,
    Refutes,
    Context,
}

impl Stance {
    /// The stances a checker can choose.
    pub const ALL: [Self; 3] = [Self::Supports, Self::Refutes, Self::Context];

    pub fn label(self) -> &'static str {
        match self {
            Self::Unset => "No stance chosen",
            Self::Supports => "Supports",
            Self::Refutes => "Refutes",
            Self::Context => "Context",
        }
    }

    pub fn is_set(self) -> bool {
        self != Self::Unset
    }
}

/// A claim's use of a project source, with how the source bears on the claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLink {
    pub source: SourceId,
    pub stance: Stance,
    #[serde(default)]
    pub excerpt: String,
    /// Where `excerpt` sits in one of the source's snapshots, once anchored
    /// (format version 4). Hand-typed excerpts have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<super::ExcerptAnchor>,
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
    /// The day the claim's review was first published, empty until then.
    /// From then on a change of verdict or rationale is a correction.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published_on: String,
    /// The review thread, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// Review-relevant steps, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<Activity>,
    /// Earlier checks of the same claim, linked from the library (format 4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub previous_checks: Vec<PreviousCheck>,
    /// What was signed off, while the claim is Approved (format 6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved: Option<Approval>,
}

/// A sign-off: who, when, and a digest of what they approved (verdict,
/// conclusion, rationale, the claim as reviewed, the quote, and each source
/// link with its stance and excerpt), so a change made afterwards, in the
/// window or in the file, is seen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Approval {
    pub who: String,
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    pub when: String,
    /// SHA-256 (hex) of [`Claim::approved_content`].
    pub digest: String,
}

/// A check of the same claim published before, by this desk or another
/// fact-checker, as the library found it: reports say "previously checked
/// by …" and the ClaimReview export cites it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PreviousCheck {
    /// The claim as that check reviewed it.
    pub claim: String,
    /// Its verdict, as text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub verdict: String,
    /// Who checked it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Where that check is published.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Its key in the library (a review URL, or `FILE#claim-ID`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub key: String,
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

    /// Who set the current verdict (or conclusion, or rationale by a
    /// correction), when the activity says; `None` for claims from before
    /// activity was kept.
    pub fn verdict_set_by(&self) -> Option<&str> {
        self.activity
            .iter()
            .rev()
            .find(|a| matches!(a.event, Event::Verdict(_) | Event::Correction))
            .map(|a| a.who.as_str())
    }

    /// The latest sign-off, while the claim is approved.
    pub fn approval(&self) -> Option<&Activity> {
        if self.status != ClaimStatus::Approved {
            return None;
        }
        self.activity
            .iter()
            .rev()
            .find(|a| a.event == Event::Approved)
    }

    /// What a sign-off covers, as one canonical text (JSON): verdict,
    /// conclusion, rationale, the claim as reviewed, the quote, and the
    /// source links (source, stance, excerpt) in order. Anchors are left
    /// out: re-anchoring an excerpt in its snapshot changes no words.
    pub fn approved_content(&self) -> String {
        let links: Vec<_> = self
            .sources
            .iter()
            .map(|l| (l.source.0, l.stance, l.excerpt.as_str()))
            .collect();
        serde_json::json!({
            "verdict": self.verdict.map(|v| v.0),
            "conclusion": self.conclusion,
            "rationale": self.rationale,
            "reviewed": self.reviewed,
            "quote": self.span.quote,
            "sources": links,
        })
        .to_string()
    }

    /// SHA-256 (hex) of [`Self::approved_content`].
    pub fn approved_digest(&self) -> String {
        use sha2::Digest;
        let hash = sha2::Sha256::digest(self.approved_content().as_bytes());
        hash.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Whether the claim is Approved and still holds what was approved.
    pub fn approval_holds(&self) -> bool {
        self.status == ClaimStatus::Approved
            && self
                .approved
                .as_ref()
                .is_some_and(|a| a.digest == self.approved_digest())
    }

    pub fn unresolved_comments(&self) -> usize {
        self.comments.iter().filter(|c| !c.resolved).count()
    }

    pub fn is_published(&self) -> bool {
        !self.published_on.is_empty()
    }
}
