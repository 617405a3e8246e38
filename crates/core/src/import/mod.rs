//! Importing annotations made elsewhere as claims (pure logic, no egui): W3C
//! Web Annotations (ours round-trip), a Hypothesis export, and ClaimReview
//! JSON-LD. `read` turns a file into [`Incoming`] annotations; `plan` anchors
//! them in the project's article (`model::TextAnchorer`, the re-anchoring
//! search) and makes one undoable action with a report of what happened.

mod claimreview;
mod hypothesis;
mod json;
mod plan;
mod w3c;

use std::fmt;
use std::path::Path;

pub use plan::{
    ImportPlan, ImportReport, Listed, ListedOutcome, UNDO_LABEL, plan, plan_with_progress,
};

use crate::i18n::Message;
use crate::model::QuoteSelector;

/// Files larger than this are refused before they are read: a year of a
/// newsroom's Hypothesis annotations is a few megabytes.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// More annotations than this in one file are refused (each is searched for
/// in the article).
pub const MAX_ANNOTATIONS: usize = 100_000;

/// What kind of file the annotations came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    WebAnnotation,
    Hypothesis,
    ClaimReview,
}

impl SourceFormat {
    pub fn label(self) -> &'static str {
        match self {
            Self::WebAnnotation => "W3C Web Annotations",
            Self::Hypothesis => "Hypothesis export",
            Self::ClaimReview => "ClaimReview",
        }
    }

    /// [`Self::label`] as a message (`annotations.ftl`) for the window.
    pub fn name(self) -> Message {
        Message::new(match self {
            Self::WebAnnotation => "annotations-format-w3c",
            Self::Hypothesis => "annotations-format-hypothesis",
            Self::ClaimReview => "annotations-format-claimreview",
        })
    }
}

/// Entry `n` (from 1) of the file was left out, and why (`id`, a message
/// of `annotations.ftl` with `$number`).
fn skipped(id: &'static str, n: usize) -> Message {
    Message::new(id).arg("number", n)
}

/// Where an annotation says its quote starts in the annotated text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Position {
    #[default]
    Unknown,
    /// In characters (code points), as W3C TextPositionSelectors count.
    Chars(usize),
    /// In UTF-16 code units, as browsers (and so Hypothesis) count.
    Utf16(usize),
}

/// A verdict as another tool wrote it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rating {
    pub label: String,
    pub value: Option<f64>,
    pub worst: Option<f64>,
    pub best: Option<f64>,
}

/// One annotation, read but not yet anchored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
    pub position: Position,
    /// The claim as reviewed; empty when the quote says it.
    pub reviewed: String,
    pub rating: Option<Rating>,
    pub rationale: String,
    pub tags: Vec<String>,
    pub claimant: String,
    pub claim_date: String,
}

impl Incoming {
    pub(crate) fn selector(&self, start: Option<usize>) -> QuoteSelector {
        QuoteSelector {
            quote: self.quote.clone(),
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
            start,
        }
    }
}

/// A file's annotations, and what in it was not an annotation to import.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub format: SourceFormat,
    pub items: Vec<Incoming>,
    /// One line per entry left out, saying why ("row 3: a reply", "item 2:
    /// a page note"): messages of `annotations.ftl`.
    pub skipped: Vec<Message>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Read(String),
    TooLarge(u64),
    NotJson(String),
    TooDeep,
    TooMany(usize),
    NothingToImport,
}

impl ImportError {
    /// The error as a message (`annotations.ftl`) for the window to word;
    /// what a reader said stays as it said it.
    pub fn words(&self) -> Message {
        match self {
            Self::Read(e) => Message::new("annotations-error-read").arg("detail", e.as_str()),
            Self::TooLarge(n) => Message::new("annotations-error-too-large")
                .arg("size", (*n as f64 / 1_048_576.0).round() as i64)
                .arg("limit", MAX_FILE_BYTES / 1_048_576),
            Self::NotJson(e) => {
                Message::new("annotations-error-not-json").arg("detail", e.as_str())
            }
            Self::TooDeep => Message::new("annotations-error-too-deep"),
            Self::TooMany(n) => Message::new("annotations-error-too-many")
                .arg("count", *n)
                .arg("max", MAX_ANNOTATIONS),
            Self::NothingToImport => Message::new("annotations-error-nothing"),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for ImportError {}

/// Reads an annotation file (size checked before reading).
pub fn read(path: &Path) -> Result<Parsed, ImportError> {
    let bytes = json::read_capped(path, MAX_FILE_BYTES)?;
    parse(&bytes)
}

/// Parses annotation JSON of any of the three kinds.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let value = json::parse(bytes)?;
    let parsed = if let Some(items) = w3c::annotations(&value) {
        w3c::read(&items)
    } else if let Some(rows) = hypothesis::rows(&value) {
        hypothesis::read(&rows)
    } else {
        claimreview::read(&value)
    };
    if parsed.items.is_empty() && parsed.skipped.is_empty() {
        return Err(ImportError::NothingToImport);
    }
    if parsed.items.len() > MAX_ANNOTATIONS {
        return Err(ImportError::TooMany(parsed.items.len()));
    }
    Ok(parsed)
}

/// The string at `key`, trimmed of nothing (quotes keep their spaces).
pub(crate) fn string(value: &serde_json::Value, key: &str) -> String {
    value
        .get(key)
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// A position as a non-negative whole number; anything else is no position.
pub(crate) fn offset(value: Option<&serde_json::Value>) -> Option<usize> {
    let v = value?;
    let n = v
        .as_u64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))?;
    usize::try_from(n).ok()
}

/// Whether `value`'s `type` (or `@type`) is `name` or lists it.
pub(crate) fn has_type(value: &serde_json::Value, name: &str) -> bool {
    ["type", "@type"]
        .iter()
        .filter_map(|k| value.get(*k))
        .any(|t| match t {
            serde_json::Value::String(s) => s == name || s.ends_with(&format!("#{name}")),
            serde_json::Value::Array(ts) => ts.iter().any(|t| t.as_str() == Some(name)),
            _ => false,
        })
}

/// An object, or each object of a list.
pub(crate) fn each(value: Option<&serde_json::Value>) -> Vec<&serde_json::Value> {
    match value {
        Some(serde_json::Value::Array(items)) => items.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    }
}
