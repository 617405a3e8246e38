//! Opening a long article file (a PDF of hundreds of pages) on a worker
//! thread with a progress bar and Cancel, so the window keeps drawing; the
//! same preview or new project follows as for a quick file. Article ›
//! Replace with new version… reads a long file here too, then re-anchors
//! (`replace.rs`).

use std::path::Path;

use eframe::egui;

use super::ClaimDeskApp;
use super::job::{Job, take_finished};
use crate::io::{ArticleFormat, ImportedArticle, import_article_with_progress};
use crate::ui::Command;
use crate::ui::dialogs::Dialog;
use crate::ui::working::Working;

/// Text files above this size are read on the worker too.
const LARGE_FILE: u64 = 2 * 1024 * 1024;

pub(super) struct IntakeJob {
    job: Job<Result<ImportedArticle, String>>,
    /// The file's name, for messages.
    file: String,
    /// The revision when a replacement's reading started, for `replace.rs`.
    replacing: Option<u64>,
}

/// Whether `path` may take longer than a frame to read.
pub(super) fn is_slow(path: &Path) -> bool {
    ArticleFormat::from_path(path) == ArticleFormat::Pdf
        || std::fs::metadata(path).is_ok_and(|m| m.len() > LARGE_FILE)
}

impl ClaimDeskApp {
    pub(super) fn open_article_in_background(&mut self, path: &Path) {
        self.read_in_background(path, false);
    }

    /// Reads `path` on the intake worker; `replacing` hands the result to
    /// re-anchoring instead of the open preview.
    pub(super) fn read_in_background(&mut self, path: &Path, replacing: bool) {
        if self.intake_job.is_some() {
            self.info(self.tr("msg-an-article-is-being-read"));
            return;
        }
        let file = super::file_name(path);
        let path = path.to_path_buf();
        // Why it failed is said in the window's language of the moment.
        let lang = self.language();
        let job = Job::spawn("intake", move |progress| {
            import_article_with_progress(&path, &mut |done, total| progress.report(done, total))
                .map_err(|e| e.message(lang))
        });
        match job {
            Ok(job) => {
                let title = self.tr(if replacing {
                    "msg-reading-new-version"
                } else {
                    "msg-opening-article"
                });
                let starting = self.tr_args("msg-reading-file", &[("file", file.as_str().into())]);
                // Working fills in {done} and {total} as it counts.
                let counting = self.tr_args(
                    "msg-reading-file-pages",
                    &[
                        ("file", file.as_str().into()),
                        ("done", "{done}".into()),
                        ("total", "{total}".into()),
                    ],
                );
                self.dialog = Some(Dialog::Working(
                    Working::new(title, job.progress(), Command::CancelIntake)
                        .status(starting, counting),
                ));
                self.intake_job = Some(IntakeJob {
                    job,
                    file,
                    replacing: replacing.then(|| self.doc.revision()),
                });
            }
            Err(e) => self.error(self.tr("msg-could-not-open-the-article"), e.to_string()),
        }
    }

    pub(super) fn cancel_intake(&mut self) {
        if let Some(intake) = self.intake_job.take() {
            self.close_progress_of(&intake.job);
            intake.job.cancel();
            self.info(self.tr(if intake.replacing.is_some() {
                "msg-replacing-cancelled"
            } else {
                "msg-opening-cancelled"
            }));
        }
    }

    pub(super) fn poll_intake(&mut self, ctx: &egui::Context) {
        let Some(intake) = take_finished(&mut self.intake_job, ctx, |j| &j.job) else {
            return;
        };
        self.close_progress_of(&intake.job);
        let title = self.tr(match intake.replacing {
            Some(_) => "msg-could-not-read-the-new",
            None => "msg-could-not-open-the-article",
        });
        match (intake.job.join(), intake.replacing) {
            (Ok(Ok(imported)), None) => self.show_import(imported),
            (Ok(Ok(imported)), Some(revision)) => {
                if self.doc.revision() == revision {
                    self.reanchor_in_background(imported, intake.file);
                } else {
                    self.error(
                        self.tr("msg-replace-with-new-version"),
                        self.tr("msg-replace-project-changed-reading"),
                    );
                }
            }
            (Ok(Err(e)), _) => self.error(title, e),
            (Err(_), _) => self.error(title, self.tr("msg-reading-the-file-stopped-on")),
        }
        ctx.request_repaint();
    }

    /// Test hook: whether an article is being read.
    pub fn intake_running(&self) -> bool {
        self.intake_job.is_some()
    }
}
