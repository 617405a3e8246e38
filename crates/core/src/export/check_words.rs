//! The check's warnings in a language, for the window's Check tab (catalog
//! `check.ftl`). `claimdesk check` prints them in English through
//! `Display`; the English catalog says the same words.

use crate::i18n::{Arg, Catalog, Lang};
use crate::model::date::DateProblem;
use crate::model::{ClaimStatus, DateField, MAX_CLAIM_REVIEWED_CHARS, WarningKind};

/// A warning (without its claim) in `lang`.
pub fn warning_text(kind: &WarningKind, lang: Lang) -> String {
    let c = Catalog::get(lang);
    let title =
        |t: &str| -> Vec<(&'static str, Arg<'static>)> { vec![("title", t.to_owned().into())] };
    match kind {
        WarningKind::NoVerdict => c.text("check-no-verdict"),
        WarningKind::NoSource => c.text("check-no-source"),
        WarningKind::TooFewIndependentSources { publishers } => {
            c.format("check-too-few-sources", &[("count", (*publishers).into())])
        }
        WarningKind::NotArchived { title: t, .. } => c.format("check-not-archived", &title(t)),
        WarningKind::SnapshotMissing { title: t, file, .. } => c.format(
            "check-snapshot-missing",
            &[("title", t.as_str().into()), ("file", file.as_str().into())],
        ),
        WarningKind::SnapshotAltered { title: t, file, .. } => c.format(
            "check-snapshot-altered",
            &[("title", t.as_str().into()), ("file", file.as_str().into())],
        ),
        WarningKind::ExcerptNotInSnapshot { title: t, .. } => {
            c.format("check-excerpt-not-in-snapshot", &title(t))
        }
        WarningKind::ClaimReviewedTooLong { chars } => c.format(
            "check-reviewed-too-long",
            &[
                ("count", (*chars).into()),
                ("max", MAX_CLAIM_REVIEWED_CHARS.into()),
            ],
        ),
        WarningKind::NotApproved { status } => c.format(
            "check-not-approved",
            &[("status", c.text(status_id(*status)).into())],
        ),
        WarningKind::ApprovalStale => c.text("check-approval-stale"),
        WarningKind::NoStance { title: t, .. } => c.format("check-no-stance", &title(t)),
        WarningKind::UnresolvedComments { count } => {
            c.format("check-unresolved-comments", &[("count", (*count).into())])
        }
        WarningKind::NoOrganisation => c.text("check-no-organisation"),
        WarningKind::NoReviewUrl => c.text("check-no-review-url"),
        WarningKind::BadDate {
            what,
            value,
            problem,
            ..
        } => {
            let field = match what {
                DateField::ArticlePublished => c.text("check-field-article-published"),
                DateField::ArticleRetrieved => c.text("check-field-article-retrieved"),
                DateField::ClaimDate => c.text("check-field-claim-date"),
                DateField::SourcePublished(t) => {
                    c.format("check-field-source-published", &title(t))
                }
                DateField::SourceAccessed(t) => c.format("check-field-source-accessed", &title(t)),
            };
            let problem = c.text(match problem {
                DateProblem::NotIso => "check-date-not-iso",
                DateProblem::NoSuchDate => "check-date-no-such-date",
            });
            c.format(
                "check-bad-date",
                &[
                    ("field", field.into()),
                    ("value", value.as_str().into()),
                    ("problem", problem.into()),
                ],
            )
        }
    }
}

fn status_id(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::New => "check-status-new",
        ClaimStatus::InProgress => "check-status-in-progress",
        ClaimStatus::ReadyForReview => "check-status-ready",
        ClaimStatus::Approved => "check-status-approved",
    }
}
