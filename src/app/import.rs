//! File › Import annotations…: the chosen file read and anchored by
//! `crate::import`, applied as one undo step, and a summary (with the
//! orphans, changed wording and skipped entries listed when there are any).
//! A large file (a year of a desk's Hypothesis annotations) is read and
//! anchored on a worker thread with a progress bar and Cancel.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::ClaimDeskApp;
use super::job::{Job, take_finished};
use crate::import::{ImportError, ImportPlan};
use crate::model::Project;
use crate::progress::Progress;
use crate::ui::Command;
use crate::ui::dialogs::Dialog;
use crate::ui::working::Working;

/// Files above this size are read and anchored on the worker.
const LARGE_FILE: u64 = 1024 * 1024;

/// `Ok(None)`: cancelled.
type Outcome = Result<Option<ImportPlan>, ImportError>;

pub(super) struct AnnotationImportJob {
    job: Job<Outcome>,
    /// The project's revision the plan was made for.
    revision: u64,
    path: PathBuf,
}

fn run(path: &Path, project: &Project, actor: &crate::edit::Actor, progress: &Progress) -> Outcome {
    let parsed = crate::import::read(path)?;
    Ok(crate::import::plan_with_progress(
        project, parsed, actor, progress,
    ))
}

impl ClaimDeskApp {
    pub(super) fn import_annotations(&mut self, path: &Path) {
        if std::fs::metadata(path).is_ok_and(|m| m.len() > LARGE_FILE) {
            self.import_annotations_in_background(path);
            return;
        }
        let outcome = run(
            path,
            self.doc.project(),
            &self.doc.actor(),
            &Progress::new(),
        );
        self.finish_import(path, outcome);
    }

    fn import_annotations_in_background(&mut self, path: &Path) {
        if self.annotation_import.is_some() {
            self.info(self.tr("msg-annotations-are-being-imported-already"));
            return;
        }
        let file = super::file_name(path);
        let project = self.doc.project().clone();
        let actor = self.doc.actor();
        let owned = path.to_path_buf();
        let job = Job::spawn("annotation import", move |progress| {
            run(&owned, &project, &actor, progress)
        });
        match job {
            Ok(job) => {
                self.dialog = Some(Dialog::Working(
                    Working::new(
                        self.tr("msg-importing-annotations"),
                        job.progress(),
                        Command::CancelAnnotationImport,
                    )
                    .status(
                        self.tr_args("msg-reading-file", &[("file", file.as_str().into())]),
                        // Working fills in {done} and {total} as it counts.
                        self.tr_args(
                            "msg-anchoring-file",
                            &[
                                ("file", file.as_str().into()),
                                ("done", "{done}".into()),
                                ("total", "{total}".into()),
                            ],
                        ),
                    ),
                ));
                self.annotation_import = Some(AnnotationImportJob {
                    job,
                    revision: self.doc.revision(),
                    path: path.to_path_buf(),
                });
            }
            Err(e) => self.error(self.tr("msg-could-not-import-annotations"), e.to_string()),
        }
    }

    pub(super) fn cancel_annotation_import(&mut self) {
        if let Some(import) = self.annotation_import.take() {
            self.close_progress_of(&import.job);
            import.job.cancel();
            self.info(self.tr("msg-importing-annotations-was-cancelled-nothing"));
        }
    }

    pub(super) fn poll_annotation_import(&mut self, ctx: &egui::Context) {
        let Some(import) = take_finished(&mut self.annotation_import, ctx, |j| &j.job) else {
            return;
        };
        self.close_progress_of(&import.job);
        ctx.request_repaint();
        let outcome = match import.job.join() {
            Ok(outcome) => outcome,
            Err(_) => Err(ImportError::Read(self.tr("msg-import-internal-error"))),
        };
        if import.revision != self.doc.revision() {
            // The claims were placed for the project as it was.
            self.error(
                self.tr("msg-could-not-import-annotations"),
                self.tr("msg-import-project-changed"),
            );
            return;
        }
        self.finish_import(&import.path, outcome);
    }

    fn finish_import(&mut self, path: &Path, outcome: Outcome) {
        let plan = match outcome {
            Ok(Some(plan)) => plan,
            Ok(None) => {
                self.info(self.tr("msg-importing-annotations-was-cancelled-nothing"));
                return;
            }
            Err(e) => {
                self.error(
                    self.tr("msg-could-not-import-annotations"),
                    self.tr_args(
                        "msg-import-failed-body",
                        &[
                            ("path", path.display().to_string().into()),
                            ("error", self.catalog.message(&e.words()).into()),
                        ],
                    ),
                );
                return;
            }
        };
        let summary = self.catalog.message(&plan.report.summary_message());
        if let Some(action) = plan.action
            && let Err(e) = self.doc.apply(action)
        {
            self.error(self.tr("msg-could-not-import-annotations"), e.to_string());
            return;
        }
        let details: Vec<String> = plan
            .report
            .detail_messages()
            .iter()
            .map(|m| self.catalog.message(m))
            .collect();
        self.info(summary.clone());
        if !details.is_empty() {
            self.dialog = Some(Dialog::Message {
                title: self.tr("msg-annotations-imported"),
                body: format!("{summary}\n\n{}", details.join("\n")),
            });
        }
    }

    /// Test hook: whether annotations are being imported.
    pub fn annotation_import_running(&self) -> bool {
        self.annotation_import.is_some()
    }
}
