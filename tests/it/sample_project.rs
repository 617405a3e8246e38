//! The sample project shipped in `projects/` loads and holds together.

use std::path::Path;

use super::common::SHIPPED_SAMPLE as SAMPLE;
use claimdesk::io::{article_from_text, load_project};
use claimdesk::model::{ScalePreset, is_web_url, text::char_slice};

const SEED: &str = include_str!("../../data/seed-article.txt");

#[test]
fn sample_project_loads_and_is_sound() {
    let project = load_project(Path::new(SAMPLE)).unwrap();
    assert!(project.claims.len() >= 8, "{} claims", project.claims.len());
    assert_eq!(project.scale, ScalePreset::TruthSixStep.scale());
    assert_eq!(project.settings.organisation, "ClaimDesk sample desk");
    assert_eq!(project.article.meta.date_retrieved, "2026-11-24");
    for claim in &project.claims {
        let found = char_slice(&project.article.text, claim.span.start, claim.span.end);
        assert_eq!(
            found,
            Some(claim.span.quote.as_str()),
            "claim {:?}",
            claim.id
        );
        assert!(!claim.reviewed.is_empty() && !claim.rationale.is_empty());
    }
    for source in &project.sources {
        assert!(is_web_url(&source.url), "{:?}", source.url);
        assert!(source.archive_url.is_empty() || is_web_url(&source.archive_url));
    }
    let overlapping = project.claims.iter().enumerate().any(|(i, a)| {
        project.claims[i + 1..]
            .iter()
            .any(|b| a.span.overlaps(b.span.start, b.span.end))
    });
    assert!(overlapping, "no two claims overlap");
    assert!(project.claims.iter().any(|c| c.verdict.is_none()));
}

#[test]
fn sample_quotes_are_in_the_seed_article() {
    let project = load_project(Path::new(SAMPLE)).unwrap();
    // The article is the seed text exactly as ClaimDesk imports it.
    assert_eq!(project.article.text, article_from_text(SEED).unwrap().text);
    for claim in &project.claims {
        assert!(SEED.contains(&claim.span.quote), "{:?}", claim.span.quote);
    }
}
