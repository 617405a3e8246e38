//! Opening a long article file (a PDF of hundreds of pages) on a worker
//! thread with a progress bar and Cancel, so the window keeps drawing; the
//! same preview or new project follows as for a quick file. Article ›
//! Replace with new version… reads a long file here too, then re-anchors
//! (`replace.rs`).

use super::worker::take_finished;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;

use eframe::egui;

use super::ClaimDeskApp;
use crate::io::{ArticleFormat, ImportedArticle, import_article_with_progress};
use crate::ui::dialogs::Dialog;

/// Text files above this size are read on the worker too.
const LARGE_FILE: u64 = 2 * 1024 * 1024;

/// What the progress dialog shows and the Cancel button sets.
pub struct IntakeProgress {
    pub file: String,
    /// Read as a new version of the article (Replace with new version…), not to open.
    pub replacing: bool,
    /// Pages (or other units) to read; 0 until known.
    pub total: AtomicUsize,
    pub done: AtomicUsize,
    pub cancel: AtomicBool,
}

impl IntakeProgress {
    pub fn fraction(&self) -> f32 {
        match self.total.load(Ordering::Relaxed) {
            0 => 0.0,
            total => self.done.load(Ordering::Relaxed) as f32 / total as f32,
        }
    }
}

pub(super) struct IntakeJob {
    progress: Arc<IntakeProgress>,
    /// The revision when a replacement's reading started, for `replace.rs`.
    replacing: Option<u64>,
    worker: JoinHandle<Result<ImportedArticle, String>>,
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
            self.info("An article is being read already: wait for it or cancel it");
            return;
        }
        let path: PathBuf = path.to_path_buf();
        let progress = Arc::new(IntakeProgress {
            file: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            replacing,
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            cancel: AtomicBool::new(false),
        });
        let shared = Arc::clone(&progress);
        let worker = std::thread::Builder::new()
            .name("intake".into())
            .spawn(move || {
                import_article_with_progress(&path, &mut |done, total| {
                    shared.total.store(total, Ordering::Relaxed);
                    shared.done.store(done, Ordering::Relaxed);
                    !shared.cancel.load(Ordering::Relaxed)
                })
                .map_err(|e| e.to_string())
            });
        match worker {
            Ok(worker) => {
                self.dialog = Some(Dialog::Importing(Arc::clone(&progress)));
                self.intake_job = Some(IntakeJob {
                    progress,
                    replacing: replacing.then(|| self.doc.revision()),
                    worker,
                });
            }
            Err(e) => self.error("Could not open the article", e.to_string()),
        }
    }

    pub(super) fn cancel_intake(&mut self) {
        if let Some(job) = self.intake_job.take() {
            job.progress.cancel.store(true, Ordering::Relaxed);
            if matches!(self.dialog, Some(Dialog::Importing(_))) {
                self.dialog = None;
            }
            self.info(if job.replacing.is_some() {
                "Replacing the article was cancelled: nothing changed"
            } else {
                "Opening the article was cancelled: nothing changed"
            });
        }
    }

    pub(super) fn poll_intake(&mut self, ctx: &egui::Context) {
        let Some(job) = take_finished(&mut self.intake_job, ctx, |j| &j.worker) else {
            return;
        };
        if matches!(self.dialog, Some(Dialog::Importing(_))) {
            self.dialog = None;
        }
        let title = match job.replacing {
            Some(_) => "Could not read the new version",
            None => "Could not open the article",
        };
        match (job.worker.join(), job.replacing) {
            (Ok(Ok(imported)), None) => self.show_import(imported),
            (Ok(Ok(imported)), Some(revision)) => {
                if self.doc.revision() == revision {
                    self.reanchor_in_background(imported, job.progress.file.clone());
                } else {
                    self.error(
                        "Replace with new version",
                        "The project changed while the new version was read. Nothing was replaced: try again.",
                    );
                }
            }
            (Ok(Err(e)), _) => self.error(title, e),
            (Err(_), _) => self.error(
                title,
                "Reading the file stopped on an internal error. Nothing changed.",
            ),
        }
        ctx.request_repaint();
    }

    /// Test hook: whether an article is being read.
    pub fn intake_running(&self) -> bool {
        self.intake_job.is_some()
    }
}
