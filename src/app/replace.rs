//! Article › Replace with new version…: the new version is read and every
//! claim re-anchored on a worker thread (a 5 MB article with 10,000 claims
//! takes a noticeable moment), while the window paints a progress dialog
//! with Cancel. A PDF or a large file is read first on the intake worker
//! (`intake.rs`), with its page progress and Cancel as for File › Open. The
//! review dialog appears when the work is done; nothing changes until the
//! user applies it.

use eframe::egui;

use super::job::{Job, take_finished};
use super::{ClaimDeskApp, today};
use crate::edit::{Action, replace_article_with_progress};
use crate::io::{ImportedArticle, import_article};
use crate::model::ReanchorReport;
use crate::ui::Command;
use crate::ui::dialogs::Dialog;
use crate::ui::working::Working;

type Finished = Result<Option<(ImportedArticle, Action, ReanchorReport)>, String>;
type Read = Result<ImportedArticle, String>;

pub(super) struct ReplaceJob {
    job: Job<Finished>,
    /// The project's revision when the job started: a result for another
    /// state of the project is not offered.
    revision: u64,
}

impl ClaimDeskApp {
    /// Starts reading and re-anchoring `path` on a worker thread, once the
    /// user has chosen it; a PDF or a large file is read on the intake worker first.
    pub(super) fn replace_article_from(&mut self, path: &std::path::Path) {
        if self.replace_job.is_some() {
            return;
        }
        if super::intake::is_slow(path) {
            self.read_in_background(path, true);
            return;
        }
        let file = super::file_name(path);
        let path = path.to_path_buf();
        let lang = self.language();
        self.start_reanchor(
            file,
            Box::new(move || import_article(&path).map_err(|e| e.message(lang))),
        );
    }

    /// Re-anchors on a worker thread an article the intake worker has read.
    pub(super) fn reanchor_in_background(&mut self, imported: ImportedArticle, file: String) {
        if self.replace_job.is_some() {
            return;
        }
        self.start_reanchor(file, Box::new(move || Ok(imported)));
    }

    fn start_reanchor(&mut self, file: String, read: Box<dyn FnOnce() -> Read + Send>) {
        let project = self.doc.project().clone();
        let claims = project.claims.len();
        let today = today();
        let job = Job::spawn("reanchor", move |progress| -> Finished {
            let imported = read()?;
            let article = imported.article.clone();
            Ok(
                replace_article_with_progress(&project, article, &today, progress)
                    .map(|(action, report)| (imported, action, report)),
            )
        });
        match job {
            Ok(job) => {
                // Known before the new version is read: the dialog counts from the start.
                job.progress().set_total(claims);
                self.dialog = Some(Dialog::Working(
                    Working::new(
                        self.tr("msg-replacing-heading"),
                        job.progress(),
                        Command::CancelReplace,
                    )
                    .status(
                        self.tr_args("msg-reading-file", &[("file", file.as_str().into())]),
                        // Working fills in {done} and {total} as it counts.
                        self.tr_args(
                            "msg-reanchoring-file",
                            &[
                                ("file", file.as_str().into()),
                                ("done", "{done}".into()),
                                ("total", "{total}".into()),
                            ],
                        ),
                    )
                    .note(self.tr("msg-replacing-note")),
                ));
                self.replace_job = Some(ReplaceJob {
                    job,
                    revision: self.doc.revision(),
                });
            }
            Err(e) => self.error(self.tr("msg-could-not-start-re-anchoring"), e.to_string()),
        }
    }

    /// Stops the running job; its thread ends at the next claim.
    pub(super) fn cancel_replace(&mut self) {
        if let Some(replace) = self.replace_job.take() {
            self.close_progress_of(&replace.job);
            replace.job.cancel();
            self.info(self.tr("msg-replacing-the-article-was-cancelled"));
        }
    }

    /// Each frame: shows the review once the worker is done, else asks for
    /// another frame soon so the progress bar moves.
    pub(super) fn poll_replace(&mut self, ctx: &egui::Context) {
        let Some(replace) = take_finished(&mut self.replace_job, ctx, |j| &j.job) else {
            return;
        };
        self.close_progress_of(&replace.job);
        match replace.job.join() {
            Ok(Ok(Some((imported, action, report)))) => {
                if self.doc.revision() != replace.revision {
                    self.error(
                        self.tr("msg-replace-with-new-version"),
                        self.tr("msg-replace-project-changed"),
                    );
                } else {
                    self.dialog = Some(Dialog::ReplaceArticle {
                        imported: Box::new(imported),
                        action: Box::new(action),
                        report,
                    });
                }
            }
            Ok(Ok(None)) => {}
            Ok(Err(e)) => self.error(self.tr("msg-could-not-read-the-new"), e),
            Err(_) => self.error(
                self.tr("msg-replace-with-new-version"),
                self.tr("msg-reanchor-internal-error"),
            ),
        }
        ctx.request_repaint();
    }
}
