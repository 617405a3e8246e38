//! The window's words for the model's fixed choices (a claim's status, a
//! link's stance, a source's reliability) and for why a review step is
//! refused: the core's own `label()`s and `Display` are English for the
//! command line; these come from `ui-labels.ftl`.

use super::i18n::{HasCtx, tr};
use crate::i18n::Catalog;
use crate::model::segment::time_label;
use crate::model::{ClaimStatus, Location, Reliability, Stance};

/// The message id of a claim's status.
pub fn status_id(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::New => "status-new",
        ClaimStatus::InProgress => "status-in-progress",
        ClaimStatus::ReadyForReview => "status-ready-for-review",
        ClaimStatus::Approved => "status-approved",
    }
}

pub fn status(c: &impl HasCtx, status: ClaimStatus) -> String {
    tr(c, status_id(status))
}

pub fn stance(c: &impl HasCtx, stance: Stance) -> String {
    tr(
        c,
        match stance {
            Stance::Unset => "stance-unset",
            Stance::Supports => "stance-supports",
            Stance::Refutes => "stance-refutes",
            Stance::Context => "stance-context",
        },
    )
}

pub fn reliability(c: &impl HasCtx, reliability: Reliability) -> String {
    tr(
        c,
        match reliability {
            Reliability::Credible => "reliability-credible",
            Reliability::Mixed => "reliability-mixed",
            Reliability::NotCredible => "reliability-not-credible",
            Reliability::Unknown => "reliability-unknown",
        },
    )
}

/// Where a claim sits in its source, as the window's language writes it:
/// "p. 12", "pp. 12–13" (`units.ftl`) or a time code "00:12:31", which
/// reads the same everywhere; with `speaker`, a transcript's speaker after
/// it. Empty when the article has no pages or times.
pub fn place(catalog: &Catalog, location: &Location, speaker: bool) -> String {
    let label = match (location.first_page, location.last_page, location.time_ms) {
        (Some(a), Some(b), _) if b > a => {
            catalog.format("place-pages", &[("first", a.into()), ("last", b.into())])
        }
        (Some(a), _, _) => catalog.format("place-page", &[("page", a.into())]),
        (None, _, Some(ms)) => time_label(ms),
        _ => String::new(),
    };
    match (&location.speaker, speaker, label.is_empty()) {
        (Some(s), true, true) => s.clone(),
        (Some(s), true, false) => catalog.format(
            "place-with-speaker",
            &[("place", label.into()), ("speaker", s.as_str().into())],
        ),
        _ => label,
    }
}
