//! Article › Replace with new version…: the new version is read and every
//! claim re-anchored on a worker thread (a 5 MB article with 10,000 claims
//! takes a noticeable moment), while the window paints a progress dialog
//! with Cancel. The review dialog appears when the work is done; nothing
//! changes until the user applies it.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::thread::JoinHandle;
use std::time::Duration;

use eframe::egui;

use super::{ClaimDeskApp, today};
use crate::edit::{Action, ReplaceProgress, replace_article_with_progress};
use crate::io::{ImportedArticle, import_article};
use crate::model::ReanchorReport;
use crate::ui::dialogs::Dialog;

/// How often the window looks at a running job (and so redraws its bar).
const POLL: Duration = Duration::from_millis(50);

type Finished = Result<Option<(ImportedArticle, Action, ReanchorReport)>, String>;

pub(super) struct ReplaceJob {
    progress: Arc<ReplaceProgress>,
    worker: JoinHandle<Finished>,
    /// The project's revision when the job started: a result for another
    /// state of the project is not offered.
    revision: u64,
}

impl ClaimDeskApp {
    pub(super) fn replace_article_dialog(&mut self) {
        if self.replace_job.is_some() {
            return;
        }
        let Some(path) = self.picker.open_article() else {
            return;
        };
        let project = self.doc.project().clone();
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let progress = Arc::new(ReplaceProgress::new(file, project.claims.len()));
        let shared = Arc::clone(&progress);
        let today = today();
        let worker =
            std::thread::Builder::new()
                .name("reanchor".into())
                .spawn(move || -> Finished {
                    let imported = import_article(&path).map_err(|e| e.to_string())?;
                    let article = imported.article.clone();
                    Ok(
                        replace_article_with_progress(
                            &project,
                            article,
                            &today,
                            &shared.progress(),
                        )
                        .map(|(action, report)| (imported, action, report)),
                    )
                });
        match worker {
            Ok(worker) => {
                self.dialog = Some(Dialog::Reanchoring(Arc::clone(&progress)));
                self.replace_job = Some(ReplaceJob {
                    progress,
                    worker,
                    revision: self.doc.revision(),
                });
            }
            Err(e) => self.error("Could not start re-anchoring", e.to_string()),
        }
    }

    /// Stops the running job; its thread ends at the next claim.
    pub(super) fn cancel_replace(&mut self) {
        if let Some(job) = self.replace_job.take() {
            job.progress.cancel.store(true, Ordering::Relaxed);
            if matches!(self.dialog, Some(Dialog::Reanchoring(_))) {
                self.dialog = None;
            }
            self.info("Replacing the article was cancelled: nothing changed");
        }
    }

    /// Each frame: shows the review once the worker is done, else asks for
    /// another frame soon so the progress bar moves.
    pub(super) fn poll_replace(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.replace_job else {
            return;
        };
        if !job.worker.is_finished() {
            ctx.request_repaint_after(POLL);
            return;
        }
        let Some(job) = self.replace_job.take() else {
            return;
        };
        if matches!(self.dialog, Some(Dialog::Reanchoring(_))) {
            self.dialog = None;
        }
        match job.worker.join() {
            Ok(Ok(Some((imported, action, report)))) => {
                if self.doc.revision() != job.revision {
                    self.error(
                        "Replace with new version",
                        "The project changed while the claims were re-anchored. Nothing was replaced: try again.",
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
            Ok(Err(e)) => self.error("Could not read the new version", e),
            Err(_) => self.error(
                "Replace with new version",
                "Re-anchoring stopped on an internal error. Nothing was replaced.",
            ),
        }
        ctx.request_repaint();
    }
}
