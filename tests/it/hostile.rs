//! Files from strangers never take ClaimDesk down (issue 28): every input in
//! tests/fixtures/hostile/ (PDFs that draw themselves, decompression bombs,
//! pages nested thousands deep, PDFs on which the parser panics) is opened
//! with `claimdesk new`, which reads PDFs and web pages in a child process
//! under memory and time limits. Each ends with exit 0 or 1 and a one-line
//! reason, never a crash, a hang or panic text.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;

/// Far above what any of them needs; a hang would otherwise stall the suite.
const GIVE_UP: Duration = Duration::from_secs(120);

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        if !dir.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
        {
            let p = f.path();
            if p.extension().is_some_and(|e| e == "pdf" || e == "html") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Runs `claimdesk new FILE`; (exit code, standard error).
fn open(file: &Path, out: &Path) -> (Option<i32>, String) {
    open_with(&[], file, out)
}

/// Runs `claimdesk ARGS new FILE`; (exit code, standard error).
fn open_with(args: &[&str], file: &Path, out: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .arg("new")
        .arg(file)
        .arg("-o")
        .arg(out)
        .arg("--force")
        .env("RUST_BACKTRACE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > GIVE_UP => {
                let _ = child.kill();
                panic!("{}: still running after {GIVE_UP:?}", file.display());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("{e}"),
        }
    }
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_hostile_file_ends_cleanly_with_a_reason() {
    let files = corpus();
    assert!(
        files.len() >= 80,
        "the corpus is in tests/fixtures/hostile ({} files)",
        files.len()
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut bad = Vec::new();
    for file in &files {
        let (code, stderr) = open(file, &dir.path().join("out.ron"));
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !matches!(code, Some(0 | 1)) {
            bad.push(format!("{name}: exit {code:?}: {stderr}"));
        } else if stderr.contains("panicked") || stderr.contains("stack backtrace") {
            bad.push(format!("{name}: panic text shown: {stderr}"));
        } else if code == Some(1) && stderr.trim().lines().count() != 1 {
            bad.push(format!("{name}: not one line: {stderr}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {}:\n{}",
        bad.len(),
        files.len(),
        bad.join("\n")
    );
}

#[test]
fn a_pdf_that_draws_itself_says_so() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/A-pdf-stack-overflow/xobj-self.pdf");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out.ron");
    let (code, stderr) = open(&file, &out);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("this PDF could not be read safely: it nests or draws itself without end"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_parsers_panic_shows_its_details_only_with_verbose() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out.ron");
    let caught =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/E-pdf-caught-panics");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&caught)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    // One of these makes the PDF parser panic (caught in the reader).
    let with_details = files.iter().find_map(|file| {
        let (code, stderr) = open_with(&["--verbose"], file, &out);
        (code == Some(1) && stderr.contains("panic in the file reader")).then_some((file, stderr))
    });
    let Some((file, verbose)) = with_details else {
        panic!(
            "no file in {} shows a panic's details with --verbose",
            caught.display()
        );
    };
    assert!(verbose.contains(".rs:"), "where it happened: {verbose}");
    let (code, quiet) = open(file, &out);
    assert_eq!(code, Some(1));
    assert_eq!(
        quiet.trim().lines().count(),
        1,
        "one line without --verbose: {quiet}"
    );
    assert!(
        !quiet.contains("panicked") && !quiet.contains("panic in the file reader"),
        "{quiet}"
    );
}

#[test]
fn a_decompression_bomb_stops_at_the_memory_limit() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/B-pdf-flate-bomb/flatebomb-1g.pdf");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, stderr) = open(&file, &dir.path().join("out.ron"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("could not be read safely"), "{stderr}");
}

#[test]
fn a_page_nested_thousands_deep_is_refused_with_the_reason() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/C-html-deep-nesting/div-closed-20000.html");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, stderr) = open(&file, &dir.path().join("out.ron"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("deep; ClaimDesk reads pages nested up to 512 deep"),
        "{stderr}"
    );
}

#[test]
fn the_window_opening_a_hostile_pdf_stays_up_and_says_why() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sample = super::common::SHIPPED_SAMPLE;
    let mut h = super::window::harness(Path::new(sample), &dir.path().join("out.ron"));
    let before = h.state().project().clone();
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/A-pdf-stack-overflow/xobj-mutual.pdf");
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::Open(file));
    assert!(
        super::pipe::step_until(&mut h, "Could not open the article"),
        "no message came"
    );
    assert!(
        h.query_all_by_label_contains(
            "could not be read safely: it nests or draws itself without end"
        )
        .next()
        .is_some()
    );
    assert!(!h.state().intake_running());
    assert_eq!(h.state().project(), &before, "nothing changed");
}

/// The command line with stdout closed after the first line, as `| head -1` does.
fn with_closed_stdout(args: &[&str]) -> (std::process::ExitStatus, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    (
        out.status,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_stdout_ends_a_command_quietly() {
    let sample = super::common::SHIPPED_SAMPLE;
    for args in [
        vec!["check", sample],
        vec!["suggest", sample, "--top", "50"],
    ] {
        let (status, stderr) = with_closed_stdout(&args);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        use std::os::unix::process::ExitStatusExt;
        // Ended by SIGPIPE like any tool in a pipe, or done before it wrote.
        assert!(
            status.signal() == Some(13) || status.success(),
            "{args:?}: {status}"
        );
    }
}

#[test]
fn library_search_top_outside_1_to_1000_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = dir.path().to_string_lossy().into_owned();
    for top in ["0", "1001", "4294967296", "9223372036854775807"] {
        let out =
            super::common::claimdesk(&["library", "search", "--library", &lib, "--top", top, "x"]);
        assert_eq!(out.status.code(), Some(2), "--top {top}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("1..=1000"));
    }
}

#[test]
fn library_add_reads_only_regular_files_and_names_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = dir.path().join("lib");
    let feeds = dir.path().join("feeds");
    std::fs::create_dir_all(&feeds).unwrap_or_else(|e| panic!("{e}"));
    // A pipe nobody writes to (reading it would block for ever), a link to
    // an endless device, and a folder 70 deep.
    super::pipe::fifo(&feeds.join("pipe.json"));
    std::os::unix::fs::symlink("/dev/zero", feeds.join("zero.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut deep = feeds.clone();
    for _ in 0..70 {
        deep = deep.join("d");
    }
    std::fs::create_dir_all(&deep).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(deep.join("deep.tsv"), "1\tA claim\tA title\n")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(super::common::SHIPPED_SAMPLE, feeds.join("sample.ron"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (lib, feeds) = (lib.to_string_lossy(), feeds.to_string_lossy());
    let started = Instant::now();
    let out = super::common::claimdesk(&["library", "add", "--library", &lib, &feeds]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(started.elapsed() < GIVE_UP, "it returned");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("pipe.json") && stdout.contains("not a regular file"),
        "{stdout}"
    );
    assert!(stdout.contains("zero.json"), "{stdout}");
    assert!(stdout.contains("more than 64 folders deep"), "{stdout}");
    assert!(stdout.contains("sample.ron"), "{stdout}");
}

#[test]
fn an_evidence_folder_linked_elsewhere_is_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let project = dir.path().join("check.ron");
    std::fs::copy(super::common::SHIPPED_SAMPLE, &project).unwrap_or_else(|e| panic!("{e}"));
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&outside, dir.path().join("check.evidence"))
        .unwrap_or_else(|e| panic!("{e}"));
    let page = super::common::intake_fixture("harbour-article.html");
    let err = claimdesk::evidence::attach_file(&project, Path::new(&page), "2026-12-07")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("is a link to another place"), "{err}");
    assert_eq!(
        std::fs::read_dir(&outside).map(|d| d.count()).unwrap_or(0),
        0
    );
}

#[test]
fn a_snapshot_name_that_is_not_a_hash_is_never_a_path() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let project = dir.path().join("check.ron");
    std::fs::write(dir.path().join("victim.txt"), "outside the evidence folder")
        .unwrap_or_else(|e| panic!("{e}"));
    let snapshot = claimdesk::model::Snapshot {
        sha256: "../victim".into(),
        ext: "txt".into(),
        ..claimdesk::model::Snapshot::default()
    };
    let err = claimdesk::evidence::read_snapshot_text(&project, &snapshot)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("which is not a SHA-256 hash: refused"),
        "{err}"
    );
}

#[test]
fn saving_through_a_linked_project_file_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    std::fs::copy(super::common::SHIPPED_SAMPLE, &target).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&target, &link).unwrap_or_else(|e| panic!("{e}"));
    let mut project = claimdesk::io::load_project(&link).unwrap_or_else(|e| panic!("{e}"));
    project.title = "Saved through the link".into();
    claimdesk::io::save_project(&project, &link).unwrap_or_else(|e| panic!("{e}"));
    let meta = std::fs::symlink_metadata(&link).unwrap_or_else(|e| panic!("{e}"));
    assert!(meta.file_type().is_symlink(), "the link stays a link");
    let saved = claimdesk::io::load_project(&target).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved.title, "Saved through the link");
}
