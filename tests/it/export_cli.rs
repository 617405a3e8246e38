//! `claimdesk export` and the warnings of `claimdesk check`, run as a reader would.

use std::process::{Command, Output};

use claimdesk::export::{Format, export};
use claimdesk::io::save_project;

fn claimdesk(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn saved_sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("sample.ron");
    save_project(&crate::common::sample(), &path).unwrap_or_else(|e| panic!("{e}"));
    (dir, path)
}

#[test]
fn export_writes_every_format_to_stdout() {
    let (_dir, path) = saved_sample();
    let project = claimdesk::io::load_project(&path).unwrap_or_else(|e| panic!("{e}"));
    for format in Format::ALL {
        // Made just before and just after the run: Web Annotations carry the
        // time to the second, so the run matches one of them even when a
        // second (or midnight UTC) passes meanwhile.
        let before = export(&project, format).unwrap_or_default();
        let out = claimdesk(&[
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            format.name().as_ref(),
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let after = export(&project, format).unwrap_or_default();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout == before || stdout == after, "{format}: {stdout}");
    }
}

#[test]
fn export_writes_to_a_file_with_o() {
    let (dir, path) = saved_sample();
    let target = dir.path().join("report.html");
    let out = claimdesk(&[
        "export".as_ref(),
        path.as_os_str(),
        "-f".as_ref(),
        "html".as_ref(),
        "-o".as_ref(),
        target.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(&target).unwrap_or_default();
    assert!(html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn bad_project_exits_1_with_a_reason() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "not a project").unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "md".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.ron"));
    assert!(out.stdout.is_empty());
}

#[test]
fn unknown_format_is_a_usage_error() {
    let (_dir, path) = saved_sample();
    let out = claimdesk(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "pdf".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format"));
    let out = claimdesk(&["export".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(2), "--format is required");
}

#[test]
fn check_prints_warnings_and_still_succeeds() {
    let (_dir, path) = saved_sample();
    let out = claimdesk(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Problems: none\n"), "{text}");
    assert!(text.contains("Warnings: 12\n"), "{text}");
    assert!(text.contains("  - claim #6: no verdict yet\n"), "{text}");
    assert!(
        text.contains("  - claim #2: 1 unresolved comment\n"),
        "{text}"
    );
}

/// The sample with "publish approved claims only" set, as a desk would have it.
fn desk_sample(publish_approved_only: bool) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("desk.ron");
    let mut project = crate::common::sample();
    project.settings.publish_approved_only = publish_approved_only;
    save_project(&project, &path).unwrap_or_else(|e| panic!("{e}"));
    (dir, path)
}

fn export_to_stdout(path: &std::path::Path, format: &str, extra: &[&str]) -> Output {
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        format.as_ref(),
    ];
    args.extend(extra.iter().map(|a| std::ffi::OsStr::new(*a)));
    claimdesk(&args)
}

#[test]
fn a_draft_is_marked_as_one_and_a_desk_refuses_it_unless_asked() {
    // Not every claim is approved and published: every report is a draft.
    let (_dir, path) = desk_sample(false);
    let out = export_to_stdout(&path, "html", &[]);
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(html.contains("class=\"draft-banner\""), "a DRAFT banner");
    assert!(html.contains("1 of 6 claims approved"));
    assert!(
        !html.contains("· Published <time"),
        "no publication date on a draft"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("draft"));
    let out = export_to_stdout(&path, "md", &[]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with("# Draft fact check:"), "{md}");
    assert!(md.contains("> **DRAFT** Not published."));
    // ClaimReview dates only what was published.
    let out = export_to_stdout(&path, "claimreview", &[]);
    let reviews: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let dated: Vec<&serde_json::Value> = reviews
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.get("datePublished").is_some())
        .collect();
    assert_eq!(dated.len(), 1, "only the published claim: {reviews:#}");

    // A desk that publishes approved claims only, with a second claim
    // approved but its publication not recorded: a draft is refused (exit 1,
    // nothing on stdout), unless --allow-draft asks for one.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("desk.ron");
    let mut project = crate::common::sample();
    project.settings.publish_approved_only = true;
    let c = &mut project.claims[1];
    c.status = claimdesk::model::ClaimStatus::Approved;
    c.approved = Some(claimdesk::model::Approval {
        who: "Ben".into(),
        when: "2025-11-03T10:00:00Z".into(),
        digest: c.approved_digest(),
    });
    save_project(&project, &path).unwrap_or_else(|e| panic!("{e}"));
    for format in ["html", "md", "claimreview"] {
        let out = export_to_stdout(&path, format, &[]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--allow-draft"), "{stderr}");
        let out = export_to_stdout(&path, format, &["--allow-draft"]);
        assert_eq!(out.status.code(), Some(0), "{format}");
    }
    // CSV is a working file, not a publication.
    assert_eq!(export_to_stdout(&path, "csv", &[]).status.code(), Some(0));
}

#[test]
fn a_report_whose_claims_are_all_published_says_when() {
    let (_dir, path) = desk_sample(true);
    // The sample's one approved claim was published on 2025-10-30.
    let out = export_to_stdout(&path, "md", &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with("# Fact check:"), "{md}");
    assert!(md.contains("Published 2025-10-30"), "{md}");
    assert!(!md.contains("DRAFT"));
    assert!(md.contains("| Status | Approved by Ben on 2025-11-02 |"));
}
