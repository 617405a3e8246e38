//! The project file changed on disk (another window, a colleague on a shared
//! folder, `git pull`): what was loaded or last saved is remembered, a save
//! over a file that has changed since is never silent (Merge, Overwrite, Save
//! as…), and when the window comes back into focus a banner offers to merge
//! the changes in. Merge conflicts are resolved from the Conflicts tab.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, Modal, Panel, RichText};

use super::ClaimDeskApp;
use crate::edit::{Action, Resolution, resolve_conflict};
use crate::io::{FileStamp, SaveError, load_project_stamped, project_to_ron, write_atomically};
use crate::merge::merge;
use crate::model::Project;
use crate::model::date::today;
use crate::ui::{Command, Tab, theme};

/// The file as it was loaded or last saved, and the project it held: the
/// base of a three-way merge with what is on disk now.
pub(super) struct OnDisk {
    pub path: PathBuf,
    pub stamp: FileStamp,
    pub project: Project,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DiskPrompt {
    /// A save found the file changed: Merge, Overwrite, Save as… or Cancel.
    BeforeSave,
    /// Noticed when the window came back into focus: a banner.
    Changed,
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

impl ClaimDeskApp {
    /// Remembers `project` as what the file at `path` holds now.
    pub(super) fn remember_on_disk(&mut self, path: &Path, stamp: FileStamp, project: Project) {
        self.on_disk = Some(OnDisk {
            path: path.to_path_buf(),
            stamp,
            project,
        });
        self.disk_prompt = None;
    }

    /// Whether the file at `path` holds something other than what this
    /// window loaded or last saved there.
    fn changed_on_disk(&self, path: &Path) -> bool {
        self.on_disk
            .as_ref()
            .is_some_and(|d| same_file(&d.path, path) && d.stamp.changed_on_disk(path))
    }

    /// Writes the project, unless the file changed on disk since it was
    /// loaded or saved: then the user is asked first and `Ok(false)` returned.
    pub(super) fn write_project(&mut self, path: &Path, check: bool) -> Result<bool, SaveError> {
        if check && self.changed_on_disk(path) {
            self.disk_prompt = Some(DiskPrompt::BeforeSave);
            return Ok(false);
        }
        let text = project_to_ron(self.doc.project())?;
        write_atomically(path, text.as_bytes(), true)?;
        let stamp = match std::fs::metadata(path) {
            Ok(meta) => FileStamp::of(text.as_bytes(), &meta),
            Err(error) => {
                return Err(SaveError::Io {
                    path: path.to_path_buf(),
                    step: "reading back what was written",
                    error,
                });
            }
        };
        self.remember_on_disk(path, stamp, self.doc.project().clone());
        Ok(true)
    }

    /// When the window comes back into focus, looks whether the file changed.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        let regained = focused && !self.was_focused;
        self.was_focused = focused;
        if regained
            && self.disk_prompt.is_none()
            && let Some(path) = self.doc.path.clone()
            && self.changed_on_disk(&path)
        {
            self.disk_prompt = Some(DiskPrompt::Changed);
        }
    }

    /// Three-way merge of this window's project with the file as it is now,
    /// what was loaded or last saved being the base. One undo step.
    pub(super) fn merge_from_disk(&mut self, then_save: bool) {
        self.disk_prompt = None;
        let Some(on_disk) = self.on_disk.as_ref() else {
            return;
        };
        let path = on_disk.path.clone();
        let (theirs, stamp) = match load_project_stamped(&path) {
            Ok(loaded) => loaded,
            Err(e) => {
                self.error(
                    "Could not merge: the file on disk cannot be read",
                    format!("{e}\n\nSave as… keeps your work in another file."),
                );
                return;
            }
        };
        let outcome = match merge(&on_disk.project, self.doc.project(), &theirs) {
            Ok(outcome) => outcome,
            Err(e) => {
                self.error("Could not merge the changes on disk", e.to_string());
                return;
            }
        };
        let conflicts = outcome.conflicts.len();
        self.edit(Action::SetProject(Box::new(outcome.project)));
        // The file's changes are in now: it is the base of the next merge.
        self.remember_on_disk(&path, stamp, theirs);
        if conflicts > 0 {
            self.tab = Tab::Conflicts;
        }
        let saved = then_save && self.save_to(path);
        self.info(match (conflicts, saved) {
            (0, true) => "Merged the changes on disk and saved".to_owned(),
            (0, false) => "Merged the changes on disk".to_owned(),
            (n, _) => format!(
                "Merged the changes on disk: {n} conflict{} to resolve (Conflicts tab)",
                if n == 1 { "" } else { "s" }
            ),
        });
    }

    pub(super) fn overwrite_on_disk(&mut self) {
        self.disk_prompt = None;
        if let Some(path) = self.doc.path.clone() {
            self.save_unchecked(path);
        }
    }

    pub(super) fn dismiss_disk_change(&mut self) {
        self.disk_prompt = None;
    }

    pub(super) fn resolve(&mut self, index: usize, choice: &Resolution) {
        let place = self
            .doc
            .project()
            .conflicts
            .get(index)
            .map(|c| c.place.clone());
        match resolve_conflict(self.doc.project(), index, choice, &today()) {
            Ok(action) => {
                self.edit(action);
                self.info(format!("Resolved {}", place.unwrap_or_default()));
            }
            Err(e) => self.error("Could not resolve the conflict", e.to_string()),
        }
    }

    /// The banner, and the question a save asks when the file changed.
    pub(super) fn disk_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let name = self.doc.file_name();
        match self.disk_prompt {
            Some(DiskPrompt::Changed) => {
                Panel::top("disk_changed").show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(format!(
                                "{name} was changed on disk since you opened or saved it."
                            ))
                            .strong()
                            .color(theme::WARNING),
                        );
                        if ui.button("Merge the changes in").clicked() {
                            commands.push(Command::MergeFromDisk { then_save: false });
                        }
                        if ui.button("Dismiss").clicked() {
                            commands.push(Command::DismissDiskChange);
                        }
                    });
                });
            }
            Some(DiskPrompt::BeforeSave) => {
                let ctx = ui.ctx().clone();
                Modal::new(Id::unique("claimdesk_disk_changed")).show(&ctx, |ui| {
                    ui.set_width(420.0);
                    ui.heading(format!("{name} changed on disk"));
                    ui.label(
                        "Someone saved it since you opened it (another window, a colleague, \
                         or a git pull). Saving now would overwrite their changes.",
                    );
                    ui.label(
                        RichText::new(
                            "Merge keeps both: their changes and yours, with any field you \
                             both changed listed under Conflicts.",
                        )
                        .weak(),
                    );
                    ui.horizontal(|ui| {
                        if ui.button("Merge").clicked() {
                            commands.push(Command::MergeFromDisk { then_save: true });
                        }
                        if ui.button("Overwrite").clicked() {
                            commands.push(Command::OverwriteOnDisk);
                        }
                        if ui.button("Save as…").clicked() {
                            commands.push(Command::DismissDiskChange);
                            commands.push(Command::SaveAs);
                        }
                        if ui.button("Cancel").clicked() {
                            commands.push(Command::DismissDiskChange);
                        }
                    });
                });
            }
            None => {}
        }
    }
}
