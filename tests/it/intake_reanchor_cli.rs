//! `claimdesk reanchor PROJECT.ron NEW_ARTICLE [-o OUT] [--json]`: the
//! corrected article replaces the old one, every claim is re-anchored, the
//! project is written (orphans and history kept); exit 0, 1 for an
//! unreadable project or article (nothing written), 2 for bad usage.

use crate::common::claimdesk;
use std::path::{Path, PathBuf};

use claimdesk::model::{Article, ArticleMeta, Claim, ClaimId, Project, ScalePreset, Span};

const OLD: &str = "Harbour bridge repairs to cost £48m\n\
The cost of repairing the harbour bridge has more than doubled to £48 million, the committee was told.\n\
Residents were told in November that the bridge was safe, said Councillor Tom Reyes.\n\
Work is expected to take three years, with the bridge partly open throughout.";

const NEW: &str = "Harbour bridge repairs to cost £48m\n\
Correction: an earlier version misstated the committee.\n\
The cost of repairing the harbour bridge has almost doubled to £48 million, the committee was told.\n\
Work is expected to take three years, with the bridge partly open throughout.";

fn claim(id: u64, text: &str, quote: &str) -> Claim {
    let start = text[..text.find(quote).unwrap()].chars().count();
    Claim::new(
        ClaimId(id),
        Span {
            start,
            end: start + quote.chars().count(),
            quote: quote.to_owned(),
        },
    )
}

/// A project on OLD with claims 1 (kept), 2 (changed), 3 (orphaned), 4
/// (moved), and the corrected article as a text file.
fn setup(dir: &Path) -> (PathBuf, PathBuf) {
    let mut project = Project::new(
        "Bridge",
        Article::new(ArticleMeta::default(), OLD.to_owned()),
        ScalePreset::TruthSixStep,
    );
    project.claims = vec![
        claim(1, OLD, "repairs to cost £48m"),
        claim(2, OLD, "has more than doubled to £48 million"),
        claim(
            3,
            OLD,
            "Residents were told in November that the bridge was safe",
        ),
        claim(4, OLD, "expected to take three years"),
    ];
    let project_path = dir.join("bridge.ron");
    claimdesk::io::save_project(&project, &project_path).unwrap();
    let article_path = dir.join("corrected.txt");
    std::fs::write(&article_path, NEW).unwrap();
    (project_path, article_path)
}

fn text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[test]
fn reanchor_rewrites_the_project_and_prints_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let (project_path, article_path) = setup(dir.path());
    let run = claimdesk(&["reanchor", &text(&project_path), &text(&article_path)]);
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(!lines.iter().any(|l| l.starts_with("claim 1 ")), "{stdout}");
    assert!(
        lines.iter().any(|l| l.starts_with("claim 2 changed")
            && l.contains("\"has almost doubled to £48 million\"")),
        "{stdout}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("claim 3 orphaned")),
        "{stdout}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("claim 4 moved")),
        "{stdout}"
    );
    assert!(
        stdout.contains("4 claims: 1 kept, 1 moved, 1 wording changed, 1 not found"),
        "{stdout}"
    );

    let project = claimdesk::io::load_project(&project_path).unwrap();
    let imported = claimdesk::io::import_article(&article_path).unwrap();
    assert_eq!(project.article.text, imported.article.text);
    assert_eq!(project.article_history.len(), 1);
    assert_eq!(project.article_history[0].text, OLD);
    assert_eq!(project.claims.len(), 4, "orphans are kept");
    assert!(project.claims[2].orphaned);
    assert!(!project.claims[3].orphaned);
    let moved = &project.claims[3].span;
    let new: Vec<char> = project.article.text.chars().collect();
    assert_eq!(
        new[moved.start..moved.end].iter().collect::<String>(),
        "expected to take three years"
    );
}

#[test]
fn reanchor_json_lists_every_claim_and_writes_to_out() {
    let dir = tempfile::tempdir().unwrap();
    let (project_path, article_path) = setup(dir.path());
    let before = std::fs::read(&project_path).unwrap();
    let out = dir.path().join("out.ron");
    let run = claimdesk(&[
        "reanchor",
        &text(&project_path),
        &text(&article_path),
        "-o",
        &text(&out),
        "--json",
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let claims = json["claims"].as_array().unwrap();
    let outcomes: Vec<(u64, &str)> = claims
        .iter()
        .map(|c| (c["id"].as_u64().unwrap(), c["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [(1, "kept"), (2, "changed"), (3, "orphan"), (4, "moved")]
    );
    let written = claimdesk::io::load_project(&out).unwrap();
    for (c, claim) in claims.iter().zip(&written.claims) {
        if claim.orphaned {
            assert!(c["start"].is_null() && c["end"].is_null() && c["similarity"].is_null());
        } else {
            assert_eq!(c["start"].as_u64(), Some(claim.span.start as u64));
            assert_eq!(c["end"].as_u64(), Some(claim.span.end as u64));
            let similarity = c["similarity"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&similarity), "{similarity}");
        }
    }
    assert!(claims[1]["similarity"].as_f64().unwrap() < 1.0);
    assert_eq!(json["orphaned"].as_u64(), Some(1));
    assert_eq!(
        std::fs::read(&project_path).unwrap(),
        before,
        "the project itself is untouched when -o names another file"
    );
}

#[test]
fn reanchor_writes_nothing_for_an_unreadable_project_or_article() {
    let dir = tempfile::tempdir().unwrap();
    let (project_path, article_path) = setup(dir.path());
    let before = std::fs::read(&project_path).unwrap();
    let out = dir.path().join("out.ron");

    let missing = dir.path().join("missing.txt");
    let run = claimdesk(&[
        "reanchor",
        &text(&project_path),
        &text(&missing),
        "-o",
        &text(&out),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("missing.txt"));
    assert!(!out.exists());

    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(this is not a project").unwrap();
    let run = claimdesk(&["reanchor", &text(&broken), &text(&article_path)]);
    assert_eq!(run.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&run.stderr).is_empty());
    assert_eq!(
        std::fs::read(&broken).unwrap(),
        b"(this is not a project",
        "a project that cannot be read is left as it was"
    );

    let run = claimdesk(&["reanchor", &text(&project_path), &text(&missing)]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(std::fs::read(&project_path).unwrap(), before);
}

#[test]
fn reanchor_usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let (project_path, _) = setup(dir.path());
    assert_eq!(
        claimdesk(&["reanchor", &text(&project_path)]).status.code(),
        Some(2)
    );
    assert_eq!(
        claimdesk(&["reanchor", "a.ron", "b.txt", "--jsn"])
            .status
            .code(),
        Some(2)
    );
}
