//! Autosave writes recovery copies of unsaved work into the data folder, and
//! the next start offers to restore them.

use crate::window::harness_with_recovery;
use claimdesk::edit::Action;
use claimdesk::ui::Command;
use egui_kittest::kittest::Queryable;

/// Edits the title of an imported article and ends the session without any
/// exit, as a crash would. Returns the recovery folder and the project path.
fn crashed_session(dir: &std::path::Path, title: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let (recovery, project_path) = (dir.join("recovery"), dir.join("p.ron"));
    let article = dir.join("a.txt");
    std::fs::write(&article, "Some article text.").unwrap();
    let mut h = harness_with_recovery(Some(&article), &project_path, &recovery);
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Command::Edit(Action::SetTitle(title.into())));
    h.run_steps(2);
    (recovery, project_path)
}

#[test]
fn unsaved_work_is_offered_back_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let (recovery, project_path) = crashed_session(dir.path(), "Work in progress");
    assert!(
        !project_path.exists(),
        "autosave never writes the user's file"
    );
    assert_eq!(std::fs::read_dir(&recovery).unwrap().count(), 1);

    let mut h = harness_with_recovery(None, &project_path, &recovery);
    assert!(h.query_by_label("Recover unsaved work?").is_some());
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert_eq!(h.state().project().title, "Work in progress");
    assert!(
        h.state().document().is_dirty(),
        "restored work is not saved yet"
    );

    // Saving removes the recovery copy.
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Save);
    h.run_steps(2);
    assert!(project_path.exists());
    assert_eq!(
        std::fs::read_dir(&recovery).unwrap().count(),
        0,
        "no copy left after saving"
    );
}

#[test]
fn discard_removes_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (recovery, project_path) = crashed_session(dir.path(), "Lost");
    let mut h = harness_with_recovery(None, &project_path, &recovery);
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert_ne!(h.state().project().title, "Lost");
    assert_eq!(std::fs::read_dir(&recovery).unwrap().count(), 0);
    drop(h);
    let h = harness_with_recovery(None, &project_path, &recovery);
    assert!(
        h.query_by_label("Recover unsaved work?").is_none(),
        "not offered twice"
    );
}

/// A crash, then a colleague's save (or a Sync) to the same file, then the
/// copy restored: its first save asks and merges instead of writing over
/// the colleague's work.
#[test]
fn a_restored_copy_notices_the_file_changed_since_and_merges() {
    use claimdesk::io::{load_project, save_project};
    let dir = tempfile::tempdir().unwrap();
    let (recovery, file) = (dir.path().join("recovery"), dir.path().join("desk.ron"));
    let sample = crate::window::copy_sample(dir.path(), "desk.ron");
    assert_eq!(sample, file);
    {
        let mut h = harness_with_recovery(Some(&file), &dir.path().join("other.ron"), &recovery);
        let mut c = h.state().project().claims[0].clone();
        c.rationale = "Mine, unsaved".into();
        let ctx = h.ctx.clone();
        h.state_mut()
            .apply(&ctx, Command::Edit(Action::UpdateClaim(c)));
        h.run_steps(2);
    }
    let mut theirs = load_project(&file).unwrap();
    theirs.claims[1].rationale = "A colleague's".into();
    save_project(&theirs, &file).unwrap();

    let mut h = harness_with_recovery(None, &dir.path().join("other.ron"), &recovery);
    h.get_by_label("Restore").click();
    h.run_steps(2);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Save);
    h.run_steps(3);
    assert_eq!(
        load_project(&file).unwrap().claims[1].rationale,
        "A colleague's",
        "not written over"
    );
    assert!(h.query_by_label("desk.ron changed on disk").is_some());
    h.get_by_label("Merge").click();
    super::library_window::wait_for(&mut h, "the merge", |app| !app.merge_running());
    let saved = load_project(&file).unwrap();
    assert_eq!(saved.claims[0].rationale, "Mine, unsaved");
    assert_eq!(saved.claims[1].rationale, "A colleague's");
}
