//! Why a project or an article could not be opened, in a language, for the
//! window (catalog `errors.ftl`). The command line prints the same errors in
//! English through `Display`; the English catalog says the same words. What
//! a reader or the operating system said itself stays as it came.

use super::article_file::MAX_ARTICLE_BYTES;
use super::{ImportError, LoadError};
use crate::i18n::{Arg, Catalog, Lang, Message};
use crate::model::FORMAT_VERSION;
use crate::model::Problem;

const MB: u64 = 1024 * 1024;

impl LoadError {
    /// This error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let c = Catalog::get(lang);
        match self {
            Self::Io(path, e) => read_error(&c, path, e),
            Self::TooLarge { size, limit } => c.format(
                "error-project-too-large",
                &[("size", (size / MB).into()), ("limit", (limit / MB).into())],
            ),
            Self::Empty => c.text("error-project-empty"),
            Self::Binary => c.text("error-project-binary"),
            Self::NotUtf8 { line } => {
                c.format("error-project-not-utf8", &[("line", (*line).into())])
            }
            Self::Syntax {
                line,
                column,
                message,
            } => {
                // The load's own two explanations are ours to translate; the
                // rest is RON's own wording.
                let detail = match message.as_str() {
                    super::project_file::CUT_OFF => c.text("error-project-cut-off"),
                    super::project_file::TOO_DEEP => c.text("error-project-too-deep"),
                    other => other.to_owned(),
                };
                c.format(
                    "error-project-syntax",
                    &[
                        ("line", (*line).into()),
                        ("column", (*column).into()),
                        ("detail", detail.into()),
                    ],
                )
            }
            Self::NewerVersion { found } => c.format(
                "error-project-newer",
                &[("found", (*found).into()), ("max", FORMAT_VERSION.into())],
            ),
            Self::Invalid(problems) => {
                let mut out = c.text("error-project-invalid");
                for p in problems {
                    out.push_str("\n- ");
                    out.push_str(&problem_text(&c, p));
                }
                out
            }
        }
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
            Self::Io(path, e) => Message::new("error-read")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
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

fn read_error(c: &Catalog, path: &std::path::Path, e: &std::io::Error) -> String {
    c.format(
        "error-read",
        &[
            ("path", path.display().to_string().into()),
            ("detail", e.to_string().into()),
        ],
    )
}

fn problem_text(c: &Catalog, p: &Problem) -> String {
    let id = |n: u64| -> Arg<'static> { n.to_string().into() };
    match p {
        Problem::Sha256Mismatch { stored, actual } => c.format(
            "error-problem-sha256",
            &[
                ("stored", stored.as_str().into()),
                ("actual", actual.as_str().into()),
            ],
        ),
        Problem::SpanOutOfRange {
            claim,
            number,
            start,
            end,
            len,
        } => c.format(
            "error-problem-span-out-of-range",
            &[
                ("claim", id(claim.0)),
                ("number", (*number).into()),
                ("start", (*start).into()),
                ("end", (*end).into()),
                ("length", (*len).into()),
            ],
        ),
        Problem::SpanQuoteMismatch {
            claim,
            number,
            expected,
            found,
        } => c.format(
            "error-problem-quote",
            &[
                ("claim", id(claim.0)),
                ("number", (*number).into()),
                ("expected", crate::model::quote_excerpt(expected).into()),
                ("found", crate::model::quote_excerpt(found).into()),
            ],
        ),
        Problem::DuplicateClaimId(i) => {
            c.format("error-problem-duplicate-claim", &[("id", id(i.0))])
        }
        Problem::DuplicateSourceId(i) => {
            c.format("error-problem-duplicate-source", &[("id", id(i.0))])
        }
        Problem::DuplicateVerdictId(i) => {
            c.format("error-problem-duplicate-verdict", &[("id", id(i.0))])
        }
        Problem::DuplicateCommentId(i) => {
            c.format("error-problem-duplicate-comment", &[("id", id(i.0))])
        }
        Problem::MissingSource {
            claim,
            number,
            source,
        } => c.format(
            "error-problem-missing-source",
            &[
                ("claim", id(claim.0)),
                ("number", (*number).into()),
                ("source", id(source.0)),
            ],
        ),
        Problem::MissingVerdict {
            claim,
            number,
            verdict,
        } => c.format(
            "error-problem-missing-verdict",
            &[
                ("claim", id(claim.0)),
                ("number", (*number).into()),
                ("verdict", id(verdict.0)),
            ],
        ),
        Problem::VerdictInConclusionOnlyScale { claim, number } => c.format(
            "error-problem-verdict-without-scale",
            &[("claim", id(claim.0)), ("number", (*number).into())],
        ),
    }
}
