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
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
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
