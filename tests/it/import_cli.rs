//! `claimdesk import PROJECT.ron FILE [-o OUT]`: a summary line, the project
//! written only on success; exit 0, 1 for bad input (the project's bytes
//! untouched), 2 for usage. Hostile files end with a message.

use std::path::Path;
use std::process::{Command, Output};

use crate::import_formats::{hypothesis_export, sample_project, sample_quotes, without_claims};
use crate::window::copy_sample;

fn claimdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .output()
        .unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A project on the sample's article with no claims, and a Hypothesis export for it.
fn setup(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let project = dir.join("p.ron");
    let empty = without_claims();
    claimdesk::io::save_project(&empty, &project).unwrap();
    let quotes = sample_quotes(&sample_project());
    let q: Vec<&str> = quotes.iter().map(String::as_str).collect();
    let file = dir.join("hypothesis.json");
    std::fs::write(&file, hypothesis_export(&empty.article.text, &q)).unwrap();
    (project, file)
}

#[test]
fn import_prints_a_summary_and_writes_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let (project, file) = setup(dir.path());
    let before = std::fs::read(&project).unwrap();
    let out_path = dir.path().join("out.ron");
    let out = claimdesk(&["import", s(&project), s(&file), "-o", s(&out_path)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("1 anchored, 2 moved, 1 orphaned"),
        "{stdout}"
    );
    assert!(stdout.contains("orphaned: \"The moon"), "{stdout}");
    assert_eq!(
        std::fs::read(&project).unwrap(),
        before,
        "-o leaves the project alone"
    );
    let written = claimdesk::io::load_project(&out_path).unwrap();
    assert_eq!(written.claims.len(), 4);

    // Into the project itself, then again: nothing new the second time.
    let out = claimdesk(&["import", s(&project), s(&file)]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        claimdesk::io::load_project(&project).unwrap().claims.len(),
        4
    );
    let out = claimdesk(&["import", s(&project), s(&file)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout.contains("4 already present"), "{stdout}");
    assert_eq!(
        claimdesk::io::load_project(&project).unwrap().claims.len(),
        4
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(claimdesk(&["import"]).status.code(), Some(2));
    assert_eq!(claimdesk(&["import", "p.ron"]).status.code(), Some(2));
    assert_eq!(
        claimdesk(&["import", "p.ron", "a.json", "--bogus"])
            .status
            .code(),
        Some(2)
    );
}

/// Each hostile file: exit 1, a message naming the problem, the project untouched.
#[test]
fn hostile_files_end_with_a_message_and_no_change() {
    let dir = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "sample.ron");
    let before = std::fs::read(&project).unwrap();
    let (_, good) = setup(dir.path());
    let good_text = std::fs::read_to_string(&good).unwrap();

    let huge = dir.path().join("huge.json");
    let f = std::fs::File::create(&huge).unwrap();
    // Sparse: the size is refused before anything is read.
    f.set_len(claimdesk::import::MAX_FILE_BYTES + 1).unwrap();
    drop(f);

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.json",
            good_text.as_bytes()[..good_text.len() / 2].to_vec(),
            "truncated",
        ),
        (
            "report.json",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(),
            "does not start with",
        ),
        (
            "article.txt",
            b"Just an article, not annotations.".to_vec(),
            "does not start with",
        ),
        (
            "nested.json",
            "[".repeat(200_000).into_bytes(),
            "nested too deeply",
        ),
        (
            "nested-objects.json",
            "{\"a\":".repeat(100_000).into_bytes(),
            "nested too deeply",
        ),
        ("empty.json", Vec::new(), "empty"),
        (
            "other.json",
            br#"{"name": "not annotations", "items": [1, 2]}"#.to_vec(),
            "no annotations found",
        ),
        ("project.json", before.clone(), "ClaimDesk project"),
        (
            "bad-utf8.json",
            b"[{\"type\": \"Annotation\", \"x\": \"\xff\xfe\"}]".to_vec(),
            "not a JSON",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = claimdesk(&["import", s(&project), s(&path)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert_eq!(
            std::fs::read(&project).unwrap(),
            before,
            "{name} changed the project"
        );
    }
    let out = claimdesk(&["import", s(&project), s(&huge)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("over 50 MB"), "{stderr}");
    let missing = dir.path().join("missing.json");
    assert_eq!(
        claimdesk(&["import", s(&project), s(&missing)])
            .status
            .code(),
        Some(1)
    );
    assert!(std::fs::read(&project).unwrap() == before);
}

/// Deep nesting is a message in-process too (serde_json's recursion limit),
/// not a stack overflow, even on a small thread stack.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(1_000_000);
    let result = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || claimdesk::import::parse(deep.as_bytes()).map(|_| ()))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result, Err(claimdesk::import::ImportError::TooDeep));
}
