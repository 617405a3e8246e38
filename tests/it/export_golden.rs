//! Every format rendered from the fixed sample project, compared with tests/golden/.

use crate::common::{assert_golden, assert_valid, at, sample};
use claimdesk::export::{Format, export_at};

fn golden(format: Format, name: &str) {
    let project = sample();
    assert_valid(&project);
    let out = export_at(&project, format, at()).unwrap_or_else(|e| panic!("{format}: {e}"));
    assert_golden(name, &out);
}

#[test]
fn html_matches_golden() {
    golden(Format::Html, "sample.html");
}

#[test]
fn markdown_matches_golden() {
    golden(Format::Markdown, "sample.md");
}

#[test]
fn csv_matches_golden() {
    golden(Format::Csv, "sample.csv");
}

#[test]
fn claimreview_matches_golden() {
    golden(Format::ClaimReview, "sample.claimreview.jsonld");
}

#[test]
fn annotations_match_golden() {
    golden(Format::Annotations, "sample.annotations.jsonld");
}

fn golden_conclusions(format: Format, name: &str) {
    let project = crate::common::sample_with_conclusions();
    assert_valid(&project);
    let out = export_at(&project, format, at()).unwrap_or_else(|e| panic!("{format}: {e}"));
    assert_golden(name, &out);
}

#[test]
fn conclusion_only_html_matches_golden() {
    golden_conclusions(Format::Html, "conclusions.html");
}

#[test]
fn conclusion_only_markdown_matches_golden() {
    golden_conclusions(Format::Markdown, "conclusions.md");
}
