//! Article › Replace with new version… runs off the UI thread: while the new
//! version is still being read (here, from a named pipe nobody has written
//! yet) frames keep coming and show the progress dialog; once it is written
//! the review appears, and nothing changes until Replace is clicked.

use std::io::Write;
use std::path::Path;

use claimdesk::app::ClaimDeskApp;
use claimdesk::ui::Command;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::window::{copy_sample, harness};

/// A named pipe at `path`: opening it for reading blocks until a writer comes.
fn fifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

/// Writes `text` into the pipe from another thread (opening it blocks until
/// the app's worker opens it for reading).
fn feed(path: &Path, text: String) -> std::thread::JoinHandle<()> {
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let mut pipe = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .expect("the pipe opens");
        // The reader may have gone (cancelled): a broken pipe is fine.
        let _ = pipe.write_all(text.as_bytes());
    })
}

/// Runs frames until `label` shows, at most a generous number of them.
fn step_until(h: &mut Harness<'static, ClaimDeskApp>, label: &str) -> bool {
    for _ in 0..2_000 {
        h.step();
        if h.query_by_label(label).is_some() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    false
}

#[test]
fn replacing_the_article_runs_on_another_thread_and_frames_keep_coming() {
    let dir = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "p.ron");
    let old = claimdesk::io::load_project(&project).unwrap();
    // The picker offers p.txt: a pipe, so reading it waits for the test.
    let pipe = dir.path().join("p.txt");
    fifo(&pipe);
    let mut h = harness(&project, &project);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ReplaceArticleDialog);
    // (A new modal is measured in its first frame and shown from the next.)
    h.run_steps(2);
    // The worker is blocked reading; were it on the UI thread, no frame
    // would come back from these steps.
    for _ in 0..10 {
        h.step();
        assert!(
            h.query_by_label("Replacing with the new version…")
                .is_some()
        );
    }
    assert!(
        h.query_by_label_contains("Re-anchoring claims on p.txt")
            .is_some()
    );
    assert_eq!(h.state().project(), &old, "nothing changes while it runs");

    let corrected = format!("Correction appended on 30 October.\n{}", old.article.text);
    let writer = feed(&pipe, corrected);
    assert!(
        step_until(&mut h, "Replace the article with this version?"),
        "the review appears when the work is done"
    );
    writer.join().unwrap();
    assert!(
        h.query_by_label("Replacing with the new version…")
            .is_none()
    );
    assert_eq!(h.state().project(), &old, "nothing changes before Replace");
    h.get_by_label("Replace").click();
    h.run_steps(2);
    let p = h.state().project();
    assert!(p.article.text.starts_with("Correction appended"));
    assert_eq!(p.claims.len(), old.claims.len());
    assert_eq!(p.orphaned_claims().count(), 0);
}

#[test]
fn cancelling_a_replacement_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let project = copy_sample(dir.path(), "p.ron");
    let old = claimdesk::io::load_project(&project).unwrap();
    let pipe = dir.path().join("p.txt");
    fifo(&pipe);
    let mut h = harness(&project, &project);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ReplaceArticleDialog);
    h.run_steps(2);
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Replacing with the new version…")
            .is_none()
    );
    // Let the worker finish reading; its result is thrown away.
    feed(&pipe, format!("New.\n{}", old.article.text))
        .join()
        .unwrap();
    for _ in 0..20 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        h.query_by_label("Replace the article with this version?")
            .is_none()
    );
    assert_eq!(h.state().project(), &old);
    assert!(
        h.state()
            .message()
            .is_some_and(|(m, _)| m.contains("cancelled")),
        "{:?}",
        h.state().message()
    );
}
