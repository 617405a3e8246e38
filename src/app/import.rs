//! File › Import annotations…: the chosen file read and anchored by
//! `crate::import`, applied as one undo step, and a summary (with the
//! orphans, changed wording and skipped entries listed when there are any).
//! A large file (a year of a desk's Hypothesis annotations) is read and
//! anchored on a worker thread with a progress bar and Cancel.

use super::worker::take_finished;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;

use eframe::egui;

use super::ClaimDeskApp;
use crate::import::{ImportError, ImportPlan};
use crate::model::{Progress, Project};
use crate::ui::dialogs::Dialog;

/// Files above this size are read and anchored on the worker.
const LARGE_FILE: u64 = 1024 * 1024;

/// What the progress dialog shows and its Cancel button sets.
pub struct AnnotationProgress {
    pub file: String,
    /// Annotations to anchor; 0 while the file is being read.
    pub total: AtomicUsize,
    pub done: AtomicUsize,
    pub cancel: AtomicBool,
}

impl AnnotationProgress {
    pub fn fraction(&self) -> f32 {
        match self.total.load(Ordering::Relaxed) {
            0 => 0.0,
            total => self.done.load(Ordering::Relaxed) as f32 / total as f32,
        }
    }
}

/// `Ok(None)`: cancelled.
type Outcome = Result<Option<ImportPlan>, ImportError>;

pub(super) struct AnnotationImportJob {
    progress: Arc<AnnotationProgress>,
    /// The project's revision the plan was made for.
    revision: u64,
    path: PathBuf,
    worker: JoinHandle<Outcome>,
}

fn run(
    path: &Path,
    project: &Project,
    actor: &crate::edit::Actor,
    p: &AnnotationProgress,
) -> Outcome {
    let parsed = crate::import::read(path)?;
    p.total.store(parsed.items.len(), Ordering::Relaxed);
    let progress = Progress {
        done: &p.done,
        cancel: &p.cancel,
    };
    Ok(crate::import::plan_with_progress(
        project, parsed, actor, &progress,
    ))
}

impl ClaimDeskApp {
    pub(super) fn import_annotations(&mut self, path: &Path) {
        self.doc.set_user(&self.user_name);
        if std::fs::metadata(path).is_ok_and(|m| m.len() > LARGE_FILE) {
            self.import_annotations_in_background(path);
            return;
        }
        let progress = AnnotationProgress {
            file: String::new(),
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            cancel: AtomicBool::new(false),
        };
        let outcome = run(path, self.doc.project(), &self.doc.actor(), &progress);
        self.finish_import(path, outcome);
    }

    fn import_annotations_in_background(&mut self, path: &Path) {
        if self.annotation_import.is_some() {
            self.info("Annotations are being imported already: wait for it or cancel it");
            return;
        }
        let progress = Arc::new(AnnotationProgress {
            file: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            cancel: AtomicBool::new(false),
        });
        let shared = Arc::clone(&progress);
        let project = self.doc.project().clone();
        let actor = self.doc.actor();
        let owned = path.to_path_buf();
        let worker = std::thread::Builder::new()
            .name("annotation import".into())
            .spawn(move || run(&owned, &project, &actor, &shared));
        match worker {
            Ok(worker) => {
                self.dialog = Some(Dialog::ImportingAnnotations(Arc::clone(&progress)));
                self.annotation_import = Some(AnnotationImportJob {
                    progress,
                    revision: self.doc.revision(),
                    path: path.to_path_buf(),
                    worker,
                });
            }
            Err(e) => self.error("Could not import annotations", e.to_string()),
        }
    }

    pub(super) fn cancel_annotation_import(&mut self) {
        if let Some(job) = self.annotation_import.take() {
            job.progress.cancel.store(true, Ordering::Relaxed);
            if matches!(self.dialog, Some(Dialog::ImportingAnnotations(_))) {
                self.dialog = None;
            }
            self.info("Importing annotations was cancelled: nothing changed");
        }
    }

    pub(super) fn poll_annotation_import(&mut self, ctx: &egui::Context) {
        let Some(job) = take_finished(&mut self.annotation_import, ctx, |j| &j.worker) else {
            return;
        };
        if matches!(self.dialog, Some(Dialog::ImportingAnnotations(_))) {
            self.dialog = None;
        }
        ctx.request_repaint();
        let outcome = match job.worker.join() {
            Ok(outcome) => outcome,
            Err(_) => Err(ImportError::Read(
                "reading the file stopped on an internal error".into(),
            )),
        };
        if job.revision != self.doc.revision() {
            // The claims were placed for the project as it was.
            self.error(
                "Could not import annotations",
                "The project changed while the annotations were read. Nothing was imported: import the file again.",
            );
            return;
        }
        self.finish_import(&job.path, outcome);
    }

    fn finish_import(&mut self, path: &Path, outcome: Outcome) {
        let plan = match outcome {
            Ok(Some(plan)) => plan,
            Ok(None) => {
                self.info("Importing annotations was cancelled: nothing changed");
                return;
            }
            Err(e) => {
                self.error(
                    "Could not import annotations",
                    format!("{}: {e}. Nothing changed.", path.display()),
                );
                return;
            }
        };
        let summary = plan.report.summary();
        if let Some(action) = plan.action
            && let Err(e) = self.doc.apply(action)
        {
            self.error("Could not import annotations", e.to_string());
            return;
        }
        let details = plan.report.details();
        self.info(summary.clone());
        if !details.is_empty() {
            self.dialog = Some(Dialog::Message {
                title: "Annotations imported".to_owned(),
                body: format!("{summary}.\n\n{}", details.join("\n")),
            });
        }
    }

    /// Test hook: whether annotations are being imported.
    pub fn annotation_import_running(&self) -> bool {
        self.annotation_import.is_some()
    }
}
