//! Reports and review: "publish approved claims only" leaves the rest out and
//! says so; a correction is published in its own section.

use crate::common::sample;
use claimdesk::export::{Format, UtcTime, export_at};

fn at() -> UtcTime {
    UtcTime::from_unix_seconds(1_761_730_215)
}

#[test]
fn approved_only_reports_leave_out_the_rest_and_say_so() {
    let mut p = sample();
    p.settings.publish_approved_only = true;
    let md = export_at(&p, Format::Markdown, at()).unwrap();
    assert!(
        md.contains("*5 claims not yet approved by an editor are left out of this report.*"),
        "{md}"
    );
    assert!(md.contains("### 1. Takaichi met Trump in Tokyo"));
    assert!(!md.contains("### 2."), "{md}");
    assert!(!md.contains("Japan will buy more soybeans and LNG"), "{md}");
    let html = export_at(&p, Format::Html, at()).unwrap();
    assert!(html.contains("5 claims not yet approved by an editor are left out of this report."));
    assert_eq!(html.matches("<article class=\"card\"").count(), 1);
    let json = export_at(&p, Format::ClaimReview, at()).unwrap();
    let reviews: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(reviews.as_array().map(Vec::len), Some(1));
    let csv = export_at(&p, Format::Csv, at()).unwrap();
    assert_eq!(csv.lines().filter(|l| l.starts_with("1,")).count(), 1);
    assert!(!csv.lines().any(|l| l.starts_with("2,")));

    // Off, every claim is there and nothing is said.
    p.settings.publish_approved_only = false;
    let md = export_at(&p, Format::Markdown, at()).unwrap();
    assert!(!md.contains("left out of this report"));
    assert!(md.contains("### 6."));
}

#[test]
fn a_correction_of_a_claim_not_in_the_report_is_still_listed() {
    let mut p = sample();
    p.corrections[0].claim = claimdesk::model::ClaimId(424_242);
    let md = export_at(&p, Format::Markdown, at()).unwrap();
    assert!(
        md.contains(
            "| 2025-11-02 | A claim no longer in this report | Verdict: Mostly true → True |"
        ),
        "{md}"
    );
    // The claim that lost its entry no longer says it was corrected.
    assert!(!md.contains("| Corrected |"));
}
