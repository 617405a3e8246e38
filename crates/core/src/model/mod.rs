//! The fact-check project as plain data: no egui here, so it can be loaded,
//! checked and exported without a window.

mod anchor;
mod article;
pub mod bidi;
mod claim;
mod claim_index;
pub mod claim_ref;
mod conflict;
pub mod date;
mod evidence;
mod project;
mod review;
mod scale;
pub mod segment;
mod source;
pub mod text;
mod validate;
mod warning;

pub use anchor::{
    AnchorOutcome, AnchorResult, QuoteSelector, ReanchorReport, SIMILARITY_THRESHOLD, TextAnchorer,
    reanchor, reanchor_with_progress, reanchored_claims,
};
pub use article::{Article, ArticleMeta, ArticleVersion, sha256_hex};
pub use claim::{Approval, Claim, ClaimId, ClaimStatus, PreviousCheck, SourceLink, Span, Stance};
pub use claim_index::ClaimIndex;
pub use conflict::{
    Conflict, ConflictSide, ConflictValue, FieldPath, PathStep, ValueWord, field_words,
    set_value_at, value_at,
};
pub use evidence::{ANCHOR_CONTEXT_CHARS, ExcerptAnchor, Snapshot};
pub use project::{FORMAT_VERSION, Project, Settings};
pub use review::{Activity, Comment, CommentId, Correction, Event, random_id};
pub use scale::{Color, RatingScale, ScaleKind, ScalePreset, Verdict, VerdictId};
pub use segment::{Location, Segment};
pub use source::{Reliability, Source, SourceId, is_web_url};
pub(crate) use validate::excerpt as quote_excerpt;
pub use validate::{Problem, validate};
pub use warning::{DateField, MAX_CLAIM_REVIEWED_CHARS, ReportWarning, WarningKind};
