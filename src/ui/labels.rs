//! The window's words for the model's fixed choices (a claim's status, a
//! link's stance, a source's reliability): the model's own `label()`s are
//! English for the command line; these come from `ui-labels.ftl`.

use super::i18n::{HasCtx, tr};
use crate::model::{ClaimStatus, Reliability, Stance};

pub fn status(c: &impl HasCtx, status: ClaimStatus) -> String {
    tr(
        c,
        match status {
            ClaimStatus::New => "status-new",
            ClaimStatus::InProgress => "status-in-progress",
            ClaimStatus::ReadyForReview => "status-ready-for-review",
            ClaimStatus::Approved => "status-approved",
        },
    )
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
