//! Why a project or an article could not be opened, and what in a project
//! does not hold together, as messages (catalog `errors.ftl`) the window
//! words in its language, also inside a merge's or a Sync's message. The
//! command line prints the English through `Display`. What a reader or the
//! operating system said itself stays as it came.

use super::article_file::MAX_ARTICLE_BYTES;
use super::{ImportError, LoadError};
use std::fmt;

use crate::i18n::{Catalog, Lang, Message, Value};
use crate::model::FORMAT_VERSION;
use crate::model::Problem;

const MB: u64 = 1024 * 1024;

impl LoadError {
    /// This error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        Catalog::get(lang).message(&self.words())
    }

    /// This error as a message (`errors.ftl`), its problems nested messages,
    /// so a message that carries it (a merge's, a Sync's) words them too.
    pub fn words(&self) -> Message {
        match self {
            Self::Io(path, e) => read_error(path, e),
            Self::TooLarge { size, limit } => Message::new("error-project-too-large")
                .arg("size", size / MB)
                .arg("limit", limit / MB),
            Self::Empty => Message::new("error-project-empty"),
            Self::Binary => Message::new("error-project-binary"),
            Self::NotUtf8 { line } => Message::new("error-project-not-utf8").arg("line", *line),
            Self::Syntax {
                line,
                column,
                message,
            } => {
                // The load's own two explanations are ours to translate; the
                // rest is RON's own wording.
                let detail: Value = match message.as_str() {
                    super::project_file::CUT_OFF => Message::new("error-project-cut-off").into(),
                    super::project_file::TOO_DEEP => Message::new("error-project-too-deep").into(),
                    other => other.into(),
                };
                Message::new("error-project-syntax")
                    .arg("line", *line)
                    .arg("column", *column)
                    .arg("detail", detail)
            }
            Self::NewerVersion { found } => Message::new("error-project-newer")
                .arg("found", *found)
                .arg("max", FORMAT_VERSION),
            Self::Invalid(problems) => Message::new("error-project-invalid").arg(
                "problems",
                Value::Lines(problems.iter().map(|p| p.words().into()).collect()),
            ),
        }
    }
}

impl fmt::Display for LoadError {
    /// The error in English: what the command line prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl ImportError {
    /// This error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        Catalog::get(lang).message(&self.words())
    }

    /// This error as a message (`errors.ftl`) for the window to word.
    pub fn words(&self) -> Message {
        match self {
            Self::Io(path, e) => read_error(path, e),
            Self::TooLarge { size } => Message::new("error-article-too-large")
                .arg("size", size / MB)
                .arg("limit", MAX_ARTICLE_BYTES / MB),
            Self::Empty => Message::new("error-article-empty"),
            Self::Binary => Message::new("error-article-binary"),
            Self::NoArticle(why) => {
                Message::new("error-article-no-text").arg("detail", why.as_str())
            }
            Self::Unreadable(why) => Message::new("error-as-said").arg("detail", why.as_str()),
            Self::NotUtf8 { line } => Message::new("error-article-not-utf8").arg("line", *line),
        }
    }
}

fn read_error(path: &std::path::Path, e: &std::io::Error) -> Message {
    Message::new("error-read")
        .arg("path", path.display().to_string())
        .arg("detail", e.to_string())
}

impl Problem {
    /// What does not hold together, as a message (`errors.ftl`).
    pub fn words(&self) -> Message {
        // Ids and character positions are the file's, written as they are
        // there, not as the language groups numbers.
        let id = |n: u64| Value::Text(n.to_string());
        match self {
            Self::Sha256Mismatch { stored, actual } => Message::new("error-problem-sha256")
                .arg("stored", stored)
                .arg("actual", actual),
            Self::SpanOutOfRange {
                claim,
                number,
                start,
                end,
                len,
            } => Message::new("error-problem-span-out-of-range")
                .arg("claim", id(claim.0))
                .arg("number", *number)
                .arg("start", id(*start as u64))
                .arg("end", id(*end as u64))
                .arg("length", id(*len as u64)),
            Self::SpanQuoteMismatch {
                claim,
                number,
                expected,
                found,
            } => Message::new("error-problem-quote")
                .arg("claim", id(claim.0))
                .arg("number", *number)
                .arg("expected", crate::model::quote_excerpt(expected))
                .arg("found", crate::model::quote_excerpt(found)),
            Self::DuplicateClaimId(i) => {
                Message::new("error-problem-duplicate-claim").arg("id", id(i.0))
            }
            Self::DuplicateSourceId(i) => {
                Message::new("error-problem-duplicate-source").arg("id", id(i.0))
            }
            Self::DuplicateVerdictId(i) => {
                Message::new("error-problem-duplicate-verdict").arg("id", id(i.0))
            }
            Self::DuplicateCommentId(i) => {
                Message::new("error-problem-duplicate-comment").arg("id", id(i.0))
            }
            Self::MissingSource {
                claim,
                number,
                source,
            } => Message::new("error-problem-missing-source")
                .arg("claim", id(claim.0))
                .arg("number", *number)
                .arg("source", id(source.0)),
            Self::MissingVerdict {
                claim,
                number,
                verdict,
            } => Message::new("error-problem-missing-verdict")
                .arg("claim", id(claim.0))
                .arg("number", *number)
                .arg("verdict", id(verdict.0)),
            Self::VerdictInConclusionOnlyScale { claim, number } => {
                Message::new("error-problem-verdict-without-scale")
                    .arg("claim", id(claim.0))
                    .arg("number", *number)
            }
        }
    }
}

impl fmt::Display for Problem {
    /// The problem in English: what the command line prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}
