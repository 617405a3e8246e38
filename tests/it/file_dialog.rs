//! Open and Save always work: with no system chooser (no portal, no zenity)
//! ClaimDesk's own dialog asks, driven here by label as a user (or a screen
//! reader) would; a system chooser that is still open does not stop the
//! window; a chooser that vanishes is not taken for Cancel.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use claimdesk::app::{Answer, ClaimDeskApp, FilePicker, InAppPicker, PickKind, PickRequest};
use claimdesk::io::{load_project, save_project};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::window::{copy_sample, harness_with_picker};

fn in_app(file: Option<&Path>) -> Harness<'static, ClaimDeskApp> {
    harness_with_picker(file, Box::new(InAppPicker))
}

/// Replaces what a field holds with `text`.
fn type_into(h: &mut Harness<'static, ClaimDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_label(label).type_text(text);
    h.run_steps(1);
}

fn second_project(dir: &Path, title: &str) -> PathBuf {
    let mut project = load_project(&copy_sample(dir, "scratch.ron")).unwrap();
    std::fs::remove_file(dir.join("scratch.ron")).unwrap();
    project.title = title.to_owned();
    let path = dir.join(format!("{}.ron", title.to_lowercase().replace(' ', "-")));
    save_project(&project, &path).unwrap();
    path
}

#[test]
fn open_a_project_in_a_subfolder_with_the_in_app_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "first.ron");
    std::fs::create_dir(dir.path().join("archive")).unwrap();
    let other = second_project(&dir.path().join("archive"), "Older check");
    std::fs::write(dir.path().join("notes.txt"), "not a project").unwrap();
    let mut h = in_app(Some(&first));

    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    assert!(
        h.query_by_label("Open a project").is_some(),
        "the in-app dialog asks"
    );
    // It starts in the project's folder and lists folders and projects only.
    assert!(h.query_by_label("first.ron").is_some());
    assert!(h.query_by_label("notes.txt").is_none());
    h.get_by_label("archive/").click();
    h.run_steps(2);
    h.get_by_label("older-check.ron").click();
    h.run_steps(2);
    h.get_by_label("Open file").click();
    h.run_steps(3);

    assert!(
        h.query_by_label("Open a project").is_none(),
        "the dialog closed"
    );
    assert_eq!(h.state().project().title, "Older check");
    assert_eq!(h.state().document().path.as_deref(), Some(other.as_path()));
}

#[test]
fn save_as_into_another_folder_adds_the_extension_and_asks_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "first.ron");
    let mut h = in_app(Some(&first));

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    assert!(h.query_by_label("Save the project as").is_some());
    type_into(&mut h, "Folder", &elsewhere.path().display().to_string());
    h.key_press(Key::Enter);
    h.run_steps(2);
    type_into(&mut h, "File name", "copy");
    h.get_by_label("Save file").click();
    h.run_steps(3);

    let saved = elsewhere.path().join("copy.ron");
    assert_eq!(load_project(&saved).unwrap(), *h.state().project());
    assert_eq!(h.state().document().path.as_deref(), Some(saved.as_path()));
    assert!(!h.state().document().is_dirty());
    assert!(h.query_by_label("Save the project as").is_none());

    // Again to the same name: nothing is replaced until the user says so.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    type_into(&mut h, "File name", "copy.ron");
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("already exists. Replace it?")
            .is_some()
    );
    assert!(!elsewhere.path().join("copy.ron.bak").exists());
    h.get_by_label("Replace").click();
    h.run_steps(3);
    assert!(
        elsewhere.path().join("copy.ron.bak").exists(),
        "replaced, old kept as .bak"
    );
    assert!(h.query_by_label("Save the project as").is_none());
}

#[test]
fn ctrl_s_on_a_new_project_asks_where_and_enter_saves() {
    let home = tempfile::tempdir().unwrap();
    let mut h = in_app(None);
    assert!(h.state().document().path.is_none(), "a new project");

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert!(
        h.query_by_label("Save the project as").is_some(),
        "Ctrl+S with no system chooser must not do nothing"
    );
    // The name field has the keyboard and a name derived from the title.
    let suggested = h.get_by_label("File name").value().unwrap_or_default();
    assert!(suggested.ends_with(".ron"), "{suggested}");
    type_into(&mut h, "Folder", &home.path().display().to_string());
    h.key_press(Key::Enter);
    h.run_steps(2);
    h.get_by_label("File name").focus();
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);

    let saved = home.path().join(&suggested);
    assert!(saved.is_file(), "Enter in the name field saves");
    assert_eq!(h.state().document().path.as_deref(), Some(saved.as_path()));
}

#[test]
fn escape_cancels_the_in_app_dialog_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "first.ron");
    let mut h = in_app(Some(&first));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Save the project as").is_none());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    assert!(!h.state().is_choosing_file());
}

#[test]
fn save_changes_in_the_guard_saves_in_app_then_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let mut h = in_app(None);
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::Edit(claimdesk::edit::Action::SetTitle("Edited".into())),
    );
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.get_by_label("Save changes").click();
    h.run_steps(3);
    type_into(
        &mut h,
        "File name",
        &home.path().join("kept.ron").display().to_string(),
    );
    h.get_by_label("Save file").click();
    h.run_steps(3);
    assert_eq!(
        load_project(&home.path().join("kept.ron")).unwrap().title,
        "Edited"
    );
    assert!(
        h.query_by_label("New project").is_some(),
        "then New project goes on"
    );
}

/// The answer channels of the choosers opened so far.
type Senders = Arc<Mutex<Vec<Sender<Answer>>>>;

/// A system chooser that stays open until the test answers it.
struct SlowPicker {
    senders: Senders,
    kinds: Arc<Mutex<Vec<PickKind>>>,
}

impl FilePicker for SlowPicker {
    fn pick(&mut self, request: &PickRequest, _ctx: &egui::Context) -> Receiver<Answer> {
        let (tx, rx) = channel();
        self.senders.lock().unwrap().push(tx);
        self.kinds.lock().unwrap().push(request.kind.clone());
        rx
    }
}

fn slow_harness(file: &Path) -> (Harness<'static, ClaimDeskApp>, Senders) {
    let senders = Arc::new(Mutex::new(Vec::new()));
    let picker = SlowPicker {
        senders: senders.clone(),
        kinds: Arc::new(Mutex::new(Vec::new())),
    };
    (harness_with_picker(Some(file), Box::new(picker)), senders)
}

#[test]
fn the_window_keeps_working_while_a_system_chooser_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "first.ron");
    let (mut h, senders) = slow_harness(&first);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    assert!(h.state().is_choosing_file());
    // The window still answers: Next steps to another claim meanwhile.
    let before = h.state().selected_claim();
    h.get_by_label("Next").click();
    h.run_steps(2);
    assert_ne!(h.state().selected_claim(), before);
    // A second request while one is open does not stack a second chooser.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(2);
    assert_eq!(senders.lock().unwrap().len(), 1);

    let target = dir.path().join("answered.ron");
    senders.lock().unwrap()[0]
        .send(Answer::Chosen(target.clone()))
        .unwrap();
    h.run_steps(2);
    assert!(target.is_file());
    assert!(!h.state().is_choosing_file());
}

#[test]
fn a_chooser_that_vanishes_is_not_taken_for_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "first.ron");
    let (mut h, senders) = slow_harness(&first);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(2);
    senders.lock().unwrap().clear(); // the chooser's thread died without answering
    h.run_steps(3);
    assert!(
        h.query_by_label("Save the project as").is_some(),
        "the in-app dialog asks instead"
    );
}
