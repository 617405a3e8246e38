//! `claimdesk archive` against a mock Wayback Machine on 127.0.0.1, and
//! `claimdesk snapshot`: exit codes, one line per source, what is saved
//! (and that nothing is on failure).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimdesk::io::{load_project, save_project};
use claimdesk::model::{Project, Source, SourceId};

use super::common::sample;
use super::mock_archive::{MockArchive, available, saved};

const EXE: &str = env!("CARGO_BIN_EXE_claimdesk");

fn claimdesk(args: &[&str]) -> Output {
    Command::new(EXE)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn source(id: u64, title: &str, url: &str) -> Source {
    Source {
        id: SourceId(id),
        title: title.into(),
        url: url.into(),
        ..Source::default()
    }
}

/// The export sample (sources 1 and 3 archived, 2 not) plus three more
/// without an archived copy and one with no web address.
fn project_in(dir: &Path) -> (PathBuf, Project) {
    let mut p = sample();
    p.sources[1].url = "https://kept.example/fact-sheet".into();
    p.sources
        .push(source(10, "New page", "https://fresh.example/a"));
    p.sources
        .push(source(11, "Limited page", "https://limited.example/b"));
    p.sources.push(source(12, "Printed book", ""));
    let path = dir.join("check.ron");
    save_project(&p, &path).unwrap_or_else(|e| panic!("{e}"));
    (path, p)
}

fn wayback() -> MockArchive {
    MockArchive::start(|path| {
        if path.starts_with("/wayback/available") {
            if path.contains("kept.example") {
                available("https://kept.example/fact-sheet", Some("20251030101010"))
            } else {
                available("x", None)
            }
        } else if path.starts_with("/save/https://fresh.example") {
            saved("", "https://fresh.example/a", "20261205061500")
        } else if path.starts_with("/save/https://limited.example") {
            (429, vec![], "Too Many Requests".into())
        } else {
            (404, vec![], String::new())
        }
    })
}

#[test]
fn archive_fills_what_it_can_and_reports_each_source() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _) = project_in(dir.path());
    let mock = wayback();
    let out = claimdesk(&["archive", s(&path), "--archive-endpoint", &mock.base]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("\"White House fact sheet: U.S.–Japan deal\": https://web.archive.org/web/20251030101010/https://kept.example/fact-sheet (existing capture of 2025-10-30)"), "{stdout}");
    assert!(stdout.contains(&format!("\"New page\": {}/web/20261205061500/https://fresh.example/a (new capture of 2026-12-05)", mock.base)), "{stdout}");
    assert!(
        stdout.contains("\"Limited page\": failed: the archive is limiting requests (HTTP 429)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\"Printed book\": skipped: no http(s) address"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2 archived, 2 already archived, 1 skipped, 1 failed"),
        "{stdout}"
    );
    let p = load_project(&path).unwrap_or_else(|e| panic!("{e}"));
    let by_id = |id| p.source(SourceId(id)).cloned().unwrap_or_default();
    assert_eq!(by_id(2).archived_on, "2025-10-30");
    assert_eq!(
        by_id(10).archive_url,
        format!("{}/web/20261205061500/https://fresh.example/a", mock.base)
    );
    assert_eq!(by_id(11).archive_url, "");
    assert_eq!(by_id(12).archive_url, "");
    // An existing capture is used: no new one was asked for.
    assert!(
        !mock
            .requests()
            .iter()
            .any(|r| r.contains("/save/https://kept"))
    );

    // Run again: everything archivable is archived but the rate-limited one.
    let again = claimdesk(&["archive", s(&path), "--archive-endpoint", &mock.base]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stdout).contains("0 archived, 4 already archived, 1 skipped, 1 failed"));
}

#[test]
fn archive_exits_0_when_everything_is_archived() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut p = sample();
    p.sources[1].url = "https://kept.example/fact-sheet".into();
    let path = dir.path().join("ok.ron");
    save_project(&p, &path).unwrap_or_else(|e| panic!("{e}"));
    let mock = wayback();
    let out = claimdesk(&["archive", s(&path), "--archive-endpoint", &mock.base]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap_or_default()
            .contains("archived_on: \"2025-10-30\"")
    );
}

#[test]
fn a_dry_run_asks_for_nothing_new_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _) = project_in(dir.path());
    let before = std::fs::read(&path).unwrap_or_default();
    let mock = wayback();
    let out = claimdesk(&[
        "archive",
        s(&path),
        "--archive-endpoint",
        &mock.base,
        "--dry-run",
    ]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("\"New page\": no capture yet; a new one would be requested"),
        "{stdout}"
    );
    assert!(stdout.contains("(dry run: nothing saved)"));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before);
    assert!(!mock.requests().iter().any(|r| r.contains("/save/")));
}

#[test]
fn archive_offline_or_with_a_bad_endpoint_changes_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _) = project_in(dir.path());
    let before = std::fs::read(&path).unwrap_or_default();
    // A port nobody listens on: bind one, then let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(9);
    let base = format!("http://127.0.0.1:{port}");
    let out = claimdesk(&["archive", s(&path), "--archive-endpoint", &base]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("failed: could not reach the archive"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before);

    for bad in ["http://web.archive.org", "ftp://x", "javascript:alert(1)"] {
        let out = claimdesk(&["archive", s(&path), "--archive-endpoint", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(text(&out.stderr).contains("not a usable archive address"));
    }
    assert_eq!(claimdesk(&["archive"]).status.code(), Some(2));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before);
}

#[test]
fn snapshot_attaches_a_page_once_and_refuses_bad_files() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _) = project_in(dir.path());
    let page = dir.path().join("page.html");
    std::fs::write(&page, "<html><head><title>Fact sheet</title></head><body><article><h1>Fact sheet</h1><p>The United States and Japan agreed on a framework for investment worth $550 billion, officials said on Tuesday.</p><p>Tariffs on most goods fall to 15 percent under the deal, which both governments signed.</p></article></body></html>").unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&["snapshot", s(&path), "--source", "2", s(&page)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let p = load_project(&path).unwrap_or_else(|e| panic!("{e}"));
    let snaps = &p.source(SourceId(2)).cloned().unwrap_or_default().snapshots;
    assert_eq!(snaps.len(), 1);
    assert_eq!(snaps[0].ext, "html");
    assert_eq!(snaps[0].file_name, "page.html");
    let stored = dir
        .path()
        .join("check.evidence")
        .join(format!("{}.html", snaps[0].sha256));
    assert_eq!(std::fs::read(&stored).ok(), std::fs::read(&page).ok());
    assert!(text(&out.stdout).contains(&snaps[0].sha256));

    // Again: already there, nothing added.
    let again = claimdesk(&["snapshot", s(&path), "--source", "2", s(&page)]);
    assert_eq!(again.status.code(), Some(0));
    assert!(text(&again.stdout).starts_with("already attached"));

    let before = std::fs::read(&path).unwrap_or_default();
    let binary = dir.path().join("photo.html");
    std::fs::write(&binary, [0x89u8, b'P', b'N', b'G', 0, 0, 1, 2, 0, 0])
        .unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&["snapshot", s(&path), "--source", "2", s(&binary)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("binary"),
        "{}",
        text(&out.stderr)
    );
    let huge = dir.path().join("huge.txt");
    let f = std::fs::File::create(&huge).unwrap_or_else(|e| panic!("{e}"));
    f.set_len(40 * 1024 * 1024)
        .unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&["snapshot", s(&path), "--source", "2", s(&huge)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("40 MB"), "{}", text(&out.stderr));
    let out = claimdesk(&["snapshot", s(&path), "--source", "999", s(&page)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no source with id 999"));
    assert_eq!(
        claimdesk(&["snapshot", s(&path), s(&page)]).status.code(),
        Some(2)
    );
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before);
}

#[test]
fn check_reports_missing_and_altered_snapshots_but_still_loads() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _) = project_in(dir.path());
    let page = dir.path().join("notes.txt");
    std::fs::write(&page, "Tariffs on most goods fall to 15 percent.\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&["check", s(&path)]);
    assert!(
        text(&out.stdout)
            .contains("\"White House fact sheet: U.S.–Japan deal\" has no archived copy")
    );
    assert_eq!(
        claimdesk(&["snapshot", s(&path), "--source", "2", s(&page)])
            .status
            .code(),
        Some(0)
    );
    let out = claimdesk(&["check", s(&path)]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    // A snapshot counts as a kept copy.
    assert!(
        !stdout.contains("\"White House fact sheet: U.S.–Japan deal\" has no archived copy"),
        "{stdout}"
    );
    assert!(!stdout.contains("snapshot"), "{stdout}");

    let folder = dir.path().join("check.evidence");
    let stored = std::fs::read_dir(&folder)
        .ok()
        .and_then(|mut d| d.next())
        .and_then(Result::ok)
        .map(|e| e.path())
        .unwrap_or_default();
    std::fs::write(&stored, "Tariffs rose.\n").unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&["check", s(&path)]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("was altered after it was attached"),
        "{}",
        text(&out.stdout)
    );
    std::fs::remove_file(&stored).unwrap_or_else(|e| panic!("{e}"));
    let out = claimdesk(&["check", s(&path)]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("is missing from the evidence folder"),
        "{}",
        text(&out.stdout)
    );
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}
