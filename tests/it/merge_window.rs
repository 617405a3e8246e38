//! Merging in the window: two windows on one file never overwrite each other
//! silently (the second save offers Merge and keeps both edits), a window
//! coming back into focus offers to merge what changed on disk, and a
//! conflict is resolved from the Conflicts tab, undoably.

use std::path::Path;

use crate::window::{copy_sample, harness};
use claimdesk::app::ClaimDeskApp;
use claimdesk::edit::Action;
use claimdesk::io::{load_project, save_project};
use claimdesk::merge::merge;
use claimdesk::ui::Command;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn run(h: &mut Harness<'static, ClaimDeskApp>, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, command);
    h.run_steps(3);
}

/// Runs frames until the merge, which runs off the UI thread, is applied.
fn merged(h: &mut Harness<'static, ClaimDeskApp>) {
    super::library_window::wait_for(h, "the merge", |app| !app.merge_running());
}

fn set_rationale(h: &mut Harness<'static, ClaimDeskApp>, claim: usize, text: &str) {
    let mut c = h.state().project().claims[claim].clone();
    c.rationale = text.into();
    run(h, Command::Edit(Action::UpdateClaim(c)));
}

#[test]
fn the_second_window_to_save_offers_merge_and_keeps_both_edits() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "desk.ron");
    let mut first = harness(&file, &dir.path().join("elsewhere.ron"));
    let mut second = harness(&file, &dir.path().join("elsewhere.ron"));

    set_rationale(&mut first, 0, "Edited in the first window");
    run(&mut first, Command::Save);
    assert!(!first.state().document().is_dirty());

    set_rationale(&mut second, 1, "Edited in the second window");
    run(&mut second, Command::Save);
    // Not written over: the second window asks.
    let on_disk = load_project(&file).unwrap();
    assert_eq!(on_disk.claims[0].rationale, "Edited in the first window");
    assert_ne!(on_disk.claims[1].rationale, "Edited in the second window");
    assert!(second.query_by_label("desk.ron changed on disk").is_some());
    assert!(second.query_by_label("Overwrite").is_some());
    assert!(second.query_by_label("Save as…").is_some());
    second.get_by_label("Merge").click();
    merged(&mut second);

    let saved = load_project(&file).unwrap();
    assert_eq!(saved.claims[0].rationale, "Edited in the first window");
    assert_eq!(saved.claims[1].rationale, "Edited in the second window");
    assert!(saved.conflicts.is_empty());
    assert_eq!(second.state().project(), &saved);
    assert!(!second.state().document().is_dirty());

    // The first window saves again: it too is told, and merges the second's edit in.
    set_rationale(&mut first, 2, "Third edit");
    run(&mut first, Command::Save);
    first.get_by_label("Merge").click();
    merged(&mut first);
    let saved = load_project(&file).unwrap();
    let rationales: Vec<&str> = saved.claims[..3]
        .iter()
        .map(|c| c.rationale.as_str())
        .collect();
    assert_eq!(
        rationales,
        [
            "Edited in the first window",
            "Edited in the second window",
            "Third edit"
        ]
    );
}

#[test]
fn overwrite_replaces_the_file_when_the_user_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "desk.ron");
    let mut first = harness(&file, &dir.path().join("elsewhere.ron"));
    let mut second = harness(&file, &dir.path().join("elsewhere.ron"));
    set_rationale(&mut first, 0, "First");
    run(&mut first, Command::Save);
    set_rationale(&mut second, 0, "Second");
    run(&mut second, Command::Save);
    second.get_by_label("Overwrite").click();
    second.run_steps(3);
    assert_eq!(load_project(&file).unwrap().claims[0].rationale, "Second");
}

fn refocus(h: &mut Harness<'static, ClaimDeskApp>) {
    h.input_mut().focused = false;
    h.run_steps(2);
    h.input_mut().focused = true;
    h.run_steps(3);
}

#[test]
fn coming_back_to_the_window_offers_to_merge_what_changed_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "desk.ron");
    let mut h = harness(&file, &dir.path().join("elsewhere.ron"));
    set_rationale(&mut h, 1, "Mine, not saved yet");
    refocus(&mut h);
    assert!(
        h.query_by_label("Merge the changes in").is_none(),
        "nothing changed"
    );

    // A colleague's save (or a git pull) while the window is in the background.
    let mut theirs = load_project(&file).unwrap();
    theirs.claims[0].rationale = "A colleague's".into();
    save_project(&theirs, &file).unwrap();
    refocus(&mut h);
    h.get_by_label("Merge the changes in").click();
    merged(&mut h);
    let p = h.state().project();
    assert_eq!(p.claims[0].rationale, "A colleague's");
    assert_eq!(p.claims[1].rationale, "Mine, not saved yet");
    assert!(h.state().document().is_dirty(), "merged, not saved");
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("merge changes")
    );
    // Saving now writes without asking again.
    run(&mut h, Command::Save);
    assert_eq!(
        load_project(&file).unwrap().claims[1].rationale,
        "Mine, not saved yet"
    );
}

/// A merged project with one conflict on claim 1's rationale, saved to `path`.
fn conflicted(path: &Path) {
    let base = load_project(path).unwrap();
    let mut ours = base.clone();
    ours.claims[0].rationale = "Our reading".into();
    let mut theirs = base.clone();
    theirs.claims[0].rationale = "Their reading".into();
    let out = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(out.project.conflicts.len(), 1);
    save_project(&out.project, path).unwrap();
}

#[test]
fn a_conflict_is_resolved_in_the_window_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_sample(dir.path(), "merged.ron");
    conflicted(&file);
    let mut h = harness(&file, &file);
    h.get_by_label("Conflicts (1)").click();
    h.run_steps(3);
    assert!(h.query_by_label("Merge conflicts").is_some());
    assert!(h.query_by_label("Ours").is_some() && h.query_by_label("Theirs").is_some());
    h.get_by_label("Take theirs").click();
    h.run_steps(3);
    let p = h.state().project();
    assert_eq!(p.claims[0].rationale, "Their reading");
    assert!(p.conflicts.is_empty());
    assert!(
        h.query_by_label("No conflicts: every change from the merge has been settled.")
            .is_some()
    );
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("resolve conflict")
    );

    run(&mut h, Command::Undo);
    assert_eq!(h.state().project().conflicts.len(), 1);
    assert_eq!(h.state().project().claims[0].rationale, "Our reading");

    // A text written by hand.
    h.get_by_label("Or write the value:").scroll_to_me();
    h.run_steps(2);
    h.get_by_label("Or write the value:").focus();
    h.run_steps(1);

    h.get_by_label("Or write the value:")
        .type_text(" and theirs");
    h.run_steps(2);
    h.get_by_label("Take this text").scroll_to_me();
    h.run_steps(2);
    h.get_by_label("Take this text").click();
    h.run_steps(3);
    let written = h.state().project().claims[0].rationale.clone();
    assert!(
        written.contains("Our reading") && written.contains(" and theirs"),
        "{written}"
    );
    run(&mut h, Command::Save);
    let saved = load_project(&file).unwrap();
    assert!(saved.conflicts.is_empty());
    assert_eq!(saved.claims[0].rationale, written);
}

#[test]
fn a_conflict_from_git_pull_is_resolved_in_the_window_and_committed() {
    use crate::merge_cli::{commit_edit, desk, git, git_ok};
    let d = desk();
    commit_edit(&d.ana, "Ana", |p| {
        crate::merge_cli::set_rationale(p, 0, "Ana's reading")
    });
    git_ok(&d.ana, &["push", "-q", "origin", "main"]);
    commit_edit(&d.ben, "Ben", |p| {
        crate::merge_cli::set_rationale(p, 0, "Ben's reading")
    });
    let pull = git(
        &d.ben,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert!(!pull.status.success());

    let file = d.ben.join("check.ron");
    let mut h = harness(&file, &file);
    assert_eq!(h.state().project().claims[0].rationale, "Ben's reading");
    h.get_by_label("Conflicts (1)").click();
    h.run_steps(3);
    assert!(
        h.query_by_label("Ana's reading").is_some(),
        "theirs is shown"
    );
    h.get_by_label("Take theirs").click();
    h.run_steps(3);
    run(&mut h, Command::Save);
    std::fs::remove_file(d.ben.join("check.ron.bak")).unwrap();
    git_ok(&d.ben, &["commit", "-q", "-am", "Merge: Ana's reading"]);
    let merged = load_project(&file).unwrap();
    assert_eq!(merged.claims[0].rationale, "Ana's reading");
    assert!(merged.conflicts.is_empty());
    assert!(git_ok(&d.ben, &["status", "--porcelain"]).is_empty());
}
