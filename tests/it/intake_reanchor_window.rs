//! Article › Replace with new version… runs off the UI thread: while the new
//! version is still being read (here, from a named pipe nobody has written
//! yet) frames keep coming and show the progress dialog; once it is written
//! the review appears, and nothing changes until Replace is clicked.

use claimdesk::ui::Command;
use egui_kittest::kittest::Queryable;

use crate::pipe::{feed, fifo, step_until};
use crate::window::{copy_sample, harness};

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
