//! The check-before-export pass: what a reader of the report would trip on.

use crate::common::sample;
use claimdesk::export::check_report;
use claimdesk::model::{ClaimId, ClaimStatus, ScaleKind, SourceId};
use claimdesk::model::{ReportWarning, WarningKind};

fn for_claim(w: &[ReportWarning], id: u64) -> Vec<WarningKind> {
    w.iter()
        .filter(|w| w.claim == Some(ClaimId(id)))
        .map(|w| w.kind.clone())
        .collect()
}

#[test]
fn sample_warnings_are_exactly_the_known_gaps() {
    let w = check_report(&sample());
    // Claim 1: two publishers, archived and not: only the White House source lacks an archive.
    assert_eq!(
        for_claim(&w, 1),
        [WarningKind::NotArchived {
            source: SourceId(2),
            title: "White House fact sheet: U.S.–Japan deal".into()
        }]
    );
    let not_approved = |status| WarningKind::NotApproved { status };
    assert_eq!(
        for_claim(&w, 2),
        [
            WarningKind::TooFewIndependentSources { publishers: 1 },
            not_approved(ClaimStatus::ReadyForReview),
            WarningKind::UnresolvedComments { count: 1 },
        ]
    );
    // Two publishers: only the sign-off is missing.
    assert_eq!(for_claim(&w, 3), [not_approved(ClaimStatus::InProgress)]);
    assert_eq!(
        for_claim(&w, 4),
        [
            WarningKind::TooFewIndependentSources { publishers: 1 },
            not_approved(ClaimStatus::New)
        ]
    );
    assert_eq!(
        for_claim(&w, 5),
        [
            WarningKind::TooFewIndependentSources { publishers: 1 },
            WarningKind::ClaimReviewedTooLong { chars: 106 },
            not_approved(ClaimStatus::New)
        ]
    );
    assert_eq!(
        for_claim(&w, 6),
        [WarningKind::NoVerdict, not_approved(ClaimStatus::New)]
    );
    assert!(
        w.iter().all(|w| w.claim.is_some()),
        "settings are complete: {w:?}"
    );
}

#[test]
fn missing_settings_are_reported_without_a_claim() {
    let mut p = sample();
    p.settings.organisation = "  ".into();
    p.settings.review_url = "javascript:alert(1)".into();
    let w = check_report(&p);
    let global: Vec<&WarningKind> = w
        .iter()
        .filter(|w| w.claim.is_none())
        .map(|w| &w.kind)
        .collect();
    assert_eq!(
        global,
        [&WarningKind::NoOrganisation, &WarningKind::NoReviewUrl]
    );
}

#[test]
fn a_verdict_without_sources_is_reported() {
    let mut p = sample();
    p.claims[0].sources.clear();
    assert!(for_claim(&check_report(&p), 1).contains(&WarningKind::NoSource));
}

#[test]
fn publishers_are_compared_case_insensitively_and_fall_back_on_the_host() {
    let mut p = sample();
    p.sources[1].publisher = "MINISTRY OF FOREIGN AFFAIRS OF JAPAN".into();
    assert!(
        for_claim(&check_report(&p), 1)
            .contains(&WarningKind::TooFewIndependentSources { publishers: 1 })
    );
    p.sources[1].publisher.clear();
    assert!(
        !for_claim(&check_report(&p), 1)
            .iter()
            .any(|k| matches!(k, WarningKind::TooFewIndependentSources { .. })),
        "whitehouse.gov is another publisher"
    );
}

#[test]
fn conclusion_only_claims_need_a_conclusion() {
    let mut p = sample();
    p.scale.kind = ScaleKind::ConclusionOnly;
    p.scale.verdicts.clear();
    for c in &mut p.claims {
        c.verdict = None;
    }
    p.claims[0].conclusion = "Accurate.".into();
    let w = check_report(&p);
    assert!(!for_claim(&w, 1).contains(&WarningKind::NoVerdict));
    assert!(for_claim(&w, 2).contains(&WarningKind::NoVerdict));
}

#[test]
fn messages_name_the_claim_and_the_problem() {
    let w = check_report(&sample());
    let texts: Vec<String> = w.iter().map(ToString::to_string).collect();
    assert!(
        texts.contains(&"claim 6: no verdict yet".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("claim 5: the claim as reviewed is 106 characters long"))
    );
}
