//! File › Import annotations… in the window: the chooser (the test picker
//! answers NAME.json beside the project) imports a Hypothesis export as
//! claims, a summary and the list of orphans show, and one undo takes the
//! whole import back.

use claimdesk::ui::Command;
use egui_kittest::kittest::Queryable;

use crate::import_formats::{hypothesis_export, sample_project, sample_quotes, without_claims};
use crate::window::harness;

#[test]
fn file_import_annotations_adds_claims_in_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.ron");
    let empty = without_claims();
    claimdesk::io::save_project(&empty, &path).unwrap();
    let quotes = sample_quotes(&sample_project());
    let q: Vec<&str> = quotes.iter().map(String::as_str).collect();
    std::fs::write(
        dir.path().join("desk.json"),
        hypothesis_export(&empty.article.text, &q),
    )
    .unwrap();
    let mut h = harness(&path, &path);
    let before = h.state().project().clone();

    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_by_label("Import annotations…").click_accesskit();
    h.run_steps(4);

    let project = h.state().project();
    assert_eq!(project.claims.len(), 4);
    assert_eq!(project.claims.iter().filter(|c| c.orphaned).count(), 1);
    let (message, is_error) = h.state().message().cloned().unwrap();
    assert!(!is_error);
    assert!(
        message.contains("1 anchored, 2 moved, 1 orphaned"),
        "{message}"
    );
    assert!(h.query_by_label("Annotations imported").is_some());
    assert!(h.query_by_label_contains("orphaned: \"The moon").is_some());
    h.get_by_label("OK").click();
    h.run_steps(3);

    // The Edit menu names the step, and one undo restores everything.
    h.get_by_label("Edit").click();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("Undo import annotations")
            .is_some()
    );
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project(), &before);
}

#[test]
fn a_bad_file_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::window::copy_sample(dir.path(), "desk.ron");
    std::fs::write(
        dir.path().join("desk.json"),
        "{\"type\": \"AnnotationCollection\", ",
    )
    .unwrap();
    let mut h = harness(&path, &path);
    let before = h.state().project().clone();
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ImportAnnotationsDialog);
    h.run_steps(3);
    let (message, is_error) = h.state().message().cloned().unwrap();
    assert!(is_error, "{message}");
    assert!(
        message.contains("Could not import annotations"),
        "{message}"
    );
    assert_eq!(h.state().project(), &before);
    assert!(!h.state().document().is_dirty());
}

/// A file over 1 MB is read and anchored on a worker thread: frames keep
/// coming, and the result is the same single undo step.
#[test]
fn a_large_file_is_imported_on_a_worker_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.ron");
    let empty = without_claims();
    claimdesk::io::save_project(&empty, &path).unwrap();
    let quotes = sample_quotes(&sample_project());
    let text = &empty.article.text;
    let note = "A long note. ".repeat(100);
    let rows: Vec<_> = (0..1_000)
        .map(|i| crate::import_formats::hypothesis_row(text, &quotes[i % 3], 57, &note, &["big"]))
        .collect();
    let file = serde_json::json!({ "rows": rows }).to_string();
    assert!(file.len() > 1024 * 1024);
    std::fs::write(dir.path().join("desk.json"), file).unwrap();
    let mut h = harness(&path, &path);
    let before = h.state().project().clone();
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ImportAnnotationsDialog);
    assert!(h.state().annotation_import_running());
    let mut steps = 0;
    while h.state().annotation_import_running() && steps < 2_000 {
        h.step();
        steps += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!h.state().annotation_import_running());
    h.run_steps(2);
    assert_eq!(h.state().project().claims.len(), 3);
    let (message, _) = h.state().message().cloned().unwrap();
    assert!(message.contains("997 already present"), "{message}");
    h.state_mut().apply(&ctx, Command::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project(), &before);
}
