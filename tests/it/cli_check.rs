//! `claimdesk check`: summary and exit 0 for a sound project, 1 with the
//! reason on stderr for a bad file, 2 for bad usage.

use super::common::SHIPPED_SAMPLE as SAMPLE;
use crate::common::claimdesk;

#[test]
fn check_prints_the_summary_of_a_sound_project() {
    let out = claimdesk(&["check", SAMPLE]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(out.stderr.is_empty());
    let expected = [
        "Project:  Takaichi–Trump Tokyo summit (28 October 2025): claim check",
        "Article:  Takaichi hosts Trump in Tokyo: investment pledges, golf gifts and a rare-earths pact (2755 characters)",
        "Scale:    Six-step truth scale",
        "Claims:   12",
        "  True           6",
        "  Mostly true    3",
        "  Half true      0",
        "  Mostly false   1",
        "  False          0",
        "  Pants on fire  0",
        "  Unrated        2",
        "Review:",
        "  New              0",
        "  In progress      2",
        "  Ready for review 7",
        "  Approved         3",
        "  Open comments    1",
        "Sources:  18",
        "Problems: none",
    ];
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[..expected.len()], expected);
    // Then the check before export: it warns, and the exit code stays 0.
    assert!(lines[expected.len()].starts_with("Warnings: "), "{stdout}");
    assert!(lines.contains(&"  - claim #2: no verdict yet"), "{stdout}");
    assert!(
        lines.contains(&"  - claim #1: 1 unresolved comment"),
        "{stdout}"
    );
    assert!(
        lines.contains(&"  - claim #1: not approved yet (Ready for review)"),
        "{stdout}"
    );
}

#[test]
fn check_refuses_a_bad_file_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    std::fs::write(&bad, text.replacen("id: 2,", "id: 1,", 1)).unwrap();
    let out = claimdesk(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("claimdesk: "), "{stderr}");
    assert!(stderr.contains("bad.ron"), "{stderr}");
    assert!(stderr.contains("does not hold together"), "{stderr}");

    std::fs::write(&bad, "(format_version: 1,").unwrap();
    let out = claimdesk(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("line 1, column"), "{stderr}");

    let missing = dir.path().join("missing.ron");
    let out = claimdesk(&["check", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("could not read"), "{stderr}");
}

#[test]
fn check_with_bad_usage_exits_2() {
    for args in [
        &["check"][..],
        &["check", "a.ron", "b.ron"],
        &["check", "--bogus"],
    ] {
        let out = claimdesk(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("Usage: claimdesk check <PROJECT>"),
            "{stderr}"
        );
    }
}

#[test]
fn version_prints_the_package_version_without_opening_a_window() {
    for flag in ["--version", "-V"] {
        let out = claimdesk(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            format!("claimdesk {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}
