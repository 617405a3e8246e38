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
