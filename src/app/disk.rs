//! The project file changed on disk (another window, a colleague on a shared
//! folder, `git pull`): what was loaded or last saved is remembered, a save
//! over a file that has changed since is never silent (Merge, Overwrite, Save
//! as…), and when the window comes back into focus a banner offers to merge
//! the changes in. The merge (reading the file, then three-way merging) runs
//! as a job off the UI thread: a 5 MB project takes 0.1–0.2 s. Merge
//! conflicts are resolved from the Conflicts tab.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::ClaimDeskApp;
use super::job::{Job, take_finished};
use crate::edit::{Action, Resolution, resolve_conflict};
use crate::io::{FileStamp, SaveError, load_project_stamped, project_to_ron, write_atomically};
use crate::merge::{MergeOutcome, merge};
use crate::model::Project;
use crate::model::date::today;
use crate::ui::dialogs::Dialog;
use crate::ui::disk_prompt::DiskPrompt;
use crate::ui::working::Working;
use crate::ui::{Command, Tab};

/// The file as it was loaded or last saved, and the project it held: the
/// base of a three-way merge with what is on disk now.
pub(super) struct OnDisk {
    pub path: PathBuf,
    pub stamp: FileStamp,
    pub project: Project,
}

/// The merged project, the file's project and its stamp; or what went
/// wrong: the title's and the body's message ids, and the error.
type Merged = Result<(MergeOutcome, Project, FileStamp), (&'static str, &'static str, String)>;

pub(super) struct MergeJob {
    job: Job<Merged>,
    path: PathBuf,
    /// The project's revision the merge was made from.
    revision: u64,
    then_save: bool,
}

/// Reads the file at `path` and merges it with `ours`, `base` being what it
/// held when loaded or last saved.
fn merge_file(path: &Path, base: &Project, ours: &Project, lang: crate::i18n::Lang) -> Merged {
    let (theirs, stamp) = load_project_stamped(path).map_err(|e| {
        (
            "msg-merge-unreadable",
            "msg-merge-unreadable-body",
            e.message(lang),
        )
    })?;
    let outcome = merge(base, ours, &theirs).map_err(|e| {
        (
            "msg-could-not-merge-the-changes",
            "msg-error",
            crate::i18n::Catalog::get(lang).message(&e.words()),
        )
    })?;
    Ok((outcome, theirs, stamp))
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
                    step: "save-step-reading-back",
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
    /// what was loaded or last saved being the base, on a worker thread; one
    /// undo step when it is done.
    pub(super) fn merge_from_disk(&mut self, then_save: bool) {
        self.disk_prompt = None;
        if self.merge_job.is_some() {
            return;
        }
        let Some(on_disk) = self.on_disk.as_ref() else {
            return;
        };
        let path = on_disk.path.clone();
        let base = on_disk.project.clone();
        let ours = self.doc.project().clone();
        let file = path.clone();
        let lang = self.language();
        let job = Job::spawn("merge", move |_| merge_file(&file, &base, &ours, lang));
        match job {
            Ok(job) => {
                let status = self.tr_args(
                    "msg-merging-file",
                    &[("file", super::file_name(&path).into())],
                );
                self.dialog = Some(Dialog::Working(
                    Working::new(
                        self.tr("msg-merging-heading"),
                        job.progress(),
                        Command::CancelMerge,
                    )
                    .status(status.clone(), status)
                    .note(self.tr("msg-merging-note")),
                ));
                self.merge_job = Some(MergeJob {
                    job,
                    path,
                    revision: self.doc.revision(),
                    then_save,
                });
            }
            Err(e) => self.error(self.tr("msg-could-not-merge-the-changes"), e.to_string()),
        }
    }

    /// Test hook: whether the file on disk is being merged in.
    pub fn merge_running(&self) -> bool {
        self.merge_job.is_some()
    }

    pub(super) fn cancel_merge(&mut self) {
        if let Some(merging) = self.merge_job.take() {
            self.close_progress_of(&merging.job);
            merging.job.cancel();
            self.info(self.tr("msg-merging-was-cancelled-nothing-changed"));
        }
    }

    /// Each frame: applies the merge once its worker is done.
    pub(super) fn poll_merge(&mut self, ctx: &egui::Context) {
        let Some(merging) = take_finished(&mut self.merge_job, ctx, |j| &j.job) else {
            return;
        };
        self.close_progress_of(&merging.job);
        ctx.request_repaint();
        let (outcome, theirs, stamp) = match merging.job.join() {
            Ok(Ok(merged)) => merged,
            Ok(Err((title, body, error))) => {
                let body = self.tr_args(body, &[("error", error.into())]);
                return self.error(self.tr(title), body);
            }
            Err(_) => {
                return self.error(
                    self.tr("msg-could-not-merge-the-changes"),
                    self.tr("msg-merge-internal-error"),
                );
            }
        };
        if merging.revision != self.doc.revision() {
            return self.error(
                self.tr("msg-could-not-merge-the-changes"),
                self.tr("msg-merge-project-changed"),
            );
        }
        let path = merging.path;
        let then_save = merging.then_save;
        let conflicts = outcome.conflicts.len();
        self.edit(Action::SetProject(Box::new(outcome.project)));
        // The file's changes are in now: it is the base of the next merge.
        self.remember_on_disk(&path, stamp, theirs);
        if conflicts > 0 {
            self.tab = Tab::Conflicts;
        }
        let saved = then_save && self.save_to(path);
        self.info(match (conflicts, saved) {
            (0, true) => self.tr("msg-merged-and-saved"),
            (0, false) => self.tr("msg-merged"),
            (n, _) => self.tr_args("msg-merged-with-conflicts", &[("count", n.into())]),
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
            .map(|c| crate::ui::conflicts_panel::place(&self.catalog, self.doc.project(), c));
        match resolve_conflict(self.doc.project(), index, choice, &today()) {
            Ok(action) => {
                self.edit(action);
                let place = place.unwrap_or_default();
                self.info(self.tr_args("msg-resolved", &[("place", place.into())]));
            }
            Err(e) => {
                let text = self.catalog.message(&e.words());
                self.error(self.tr("msg-could-not-resolve-the-conflict"), text);
            }
        }
    }
}
