//! Evidence in the window: attaching snapshots (read, hashed and extracted
//! on a worker thread, then one undoable edit), the source viewer (its text
//! loaded off the UI thread), and archiving on the Wayback Machine with
//! progress and Cancel. Nothing in the project changes until a job is done,
//! and a failed job changes nothing.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use eframe::egui::{self, RichText};

use super::ClaimDeskApp;
use super::choosing::Purpose;
use crate::archive::{
    ArchiveClient, ArchiveResult, ArchiveTarget, DEFAULT_ENDPOINT, Endpoint, apply_results,
    archive_sources,
};
use crate::edit::Action;
use crate::evidence::{PreparedSnapshot, prepare_file, read_snapshot_text, store_prepared};
use crate::model::{ClaimId, SourceId};
use crate::ui::Command;
use crate::ui::source_viewer::SourceViewer;

/// Where the archive's address is kept between sessions (not in projects).
pub(super) const ENDPOINT_KEY: &str = "archive_endpoint";
const POLL: Duration = Duration::from_millis(50);

/// What archiving shares with its worker.
pub struct ArchiveProgress {
    pub done: AtomicUsize,
    pub total: usize,
    pub cancel: AtomicBool,
}

struct ArchiveJob {
    progress: Arc<ArchiveProgress>,
    worker: JoinHandle<Vec<ArchiveResult>>,
}

struct AttachJob {
    source: SourceId,
    file: String,
    worker: JoinHandle<Result<PreparedSnapshot, String>>,
}

struct LoadJob {
    source: SourceId,
    snapshot: String,
    claim: Option<ClaimId>,
    worker: JoinHandle<Result<String, String>>,
}

#[derive(Default)]
pub(super) struct EvidenceState {
    /// The archive's base URL as the user typed it.
    pub endpoint: String,
    /// "Archive all sources without a copy" is asking for confirmation.
    asking_archive_all: bool,
    archive: Option<ArchiveJob>,
    attach: Option<AttachJob>,
    load: Option<LoadJob>,
    viewer: Option<SourceViewer>,
}

impl EvidenceState {
    pub(super) fn new(stored_endpoint: Option<String>) -> Self {
        Self {
            endpoint: stored_endpoint.unwrap_or_else(|| DEFAULT_ENDPOINT.to_owned()),
            ..Self::default()
        }
    }
}

impl ClaimDeskApp {
    /// Sets the archive's base URL (Settings, or a test's mock archive).
    pub fn set_archive_endpoint(&mut self, url: &str) {
        self.evidence.endpoint = url.to_owned();
    }

    /// Whether archiving, attaching or loading a snapshot is under way.
    pub fn evidence_busy(&self) -> bool {
        let e = &self.evidence;
        e.archive.is_some() || e.attach.is_some() || e.load.is_some()
    }

    /// The open source viewer, if any.
    pub fn source_viewer(&self) -> Option<&SourceViewer> {
        self.evidence.viewer.as_ref()
    }

    pub(super) fn evidence_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::AddSnapshotDialog(source) => {
                if self.doc.path.is_none() {
                    self.error("Add snapshot", crate::evidence::EvidenceError::Unsaved.to_string());
                } else {
                    self.choose_file(Purpose::AddSnapshot(source), ctx);
                }
            }
            Command::AttachSnapshot { source, path } => self.attach_snapshot(source, &path),
            Command::ViewSnapshot {
                source,
                snapshot,
                claim,
            } => self.load_snapshot(source, snapshot, claim),
            Command::Archive(ids) => self.start_archive(ids),
            Command::AskArchiveAll => self.evidence.asking_archive_all = true,
            Command::CancelArchive => self.cancel_archive(),
            _ => {}
        }
    }

    pub(super) fn attach_snapshot(&mut self, source: SourceId, file: &Path) {
        if self.evidence.attach.is_some() {
            self.info("A snapshot is already being attached");
            return;
        }
        let Some(project_path) = self.doc.path.clone() else {
            self.error("Add snapshot", crate::evidence::EvidenceError::Unsaved.to_string());
            return;
        };
        let file = file.to_path_buf();
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let today = super::today();
        let worker = std::thread::Builder::new()
            .name("snapshot".into())
            .spawn(move || {
                let prepared = prepare_file(&file, &today).map_err(|e| e.to_string())?;
                store_prepared(&project_path, &prepared).map_err(|e| e.to_string())?;
                Ok(prepared)
            });
        match worker {
            Ok(worker) => {
                self.info(format!("Attaching {name}…"));
                self.evidence.attach = Some(AttachJob {
                    source,
                    file: name,
                    worker,
                });
            }
            Err(e) => self.error("Could not attach the snapshot", e.to_string()),
        }
    }

    fn load_snapshot(&mut self, source: SourceId, snapshot: String, claim: Option<ClaimId>) {
        let Some(project_path) = self.doc.path.clone() else {
            self.error("Source viewer", crate::evidence::EvidenceError::Unsaved.to_string());
            return;
        };
        let Some(snap) = self
            .doc
            .project()
            .source(source)
            .and_then(|s| s.snapshot(&snapshot))
            .cloned()
        else {
            self.error("Source viewer", "The source no longer lists that snapshot.");
            return;
        };
        let worker = std::thread::Builder::new()
            .name("snapshot-text".into())
            .spawn(move || read_snapshot_text(&project_path, &snap).map_err(|e| e.to_string()));
        match worker {
            Ok(worker) => {
                self.evidence.load = Some(LoadJob {
                    source,
                    snapshot,
                    claim,
                    worker,
                });
            }
            Err(e) => self.error("Source viewer", e.to_string()),
        }
    }

    /// Where an anchored excerpt of `claim` from `source` is in `text`.
    fn excerpt_in(&self, claim: Option<ClaimId>, source: SourceId, snapshot: &str, text: &str) -> Option<(usize, usize)> {
        let claim = self.doc.project().claim(claim?)?;
        let anchor = claim
            .sources
            .iter()
            .find(|l| l.source == source)?
            .anchor
            .as_ref()
            .filter(|a| a.snapshot == snapshot)?;
        anchor.locate(text)
    }

    fn open_viewer(&mut self, source: SourceId, snapshot: String, claim: Option<ClaimId>, text: String) {
        let highlight = self.excerpt_in(claim, source, &snapshot, &text);
        self.evidence.viewer = Some(SourceViewer::new(
            source,
            snapshot,
            claim,
            Arc::from(text),
            highlight,
        ));
    }

    fn start_archive(&mut self, ids: Vec<SourceId>) {
        if self.evidence.archive.is_some() {
            self.info("Archiving is already under way");
            return;
        }
        let endpoint = match Endpoint::parse(&self.evidence.endpoint) {
            Ok(e) => e,
            Err(e) => {
                self.error("Archive", e.to_string());
                return;
            }
        };
        let project = self.doc.project();
        let targets: Vec<ArchiveTarget> = ids
            .iter()
            .filter_map(|id| project.source(*id))
            .filter(|s| crate::model::is_web_url(&s.url))
            .map(ArchiveTarget::of)
            .collect();
        if targets.is_empty() {
            self.info("Nothing to archive: only sources with an http(s) address can be archived");
            return;
        }
        let progress = Arc::new(ArchiveProgress {
            done: AtomicUsize::new(0),
            total: targets.len(),
            cancel: AtomicBool::new(false),
        });
        let shared = Arc::clone(&progress);
        let worker = std::thread::Builder::new()
            .name("archive".into())
            .spawn(move || {
                let client = ArchiveClient::new(endpoint);
                archive_sources(&client, targets, false, false, &shared.cancel, |done, _| {
                    shared.done.store(done, Ordering::Relaxed);
                })
            });
        match worker {
            Ok(worker) => self.evidence.archive = Some(ArchiveJob { progress, worker }),
            Err(e) => self.error("Archive", e.to_string()),
        }
    }

    fn cancel_archive(&mut self) {
        if let Some(job) = self.evidence.archive.take() {
            // The worker stops before its next request; its results are dropped.
            job.progress.cancel.store(true, Ordering::Relaxed);
            self.info("Archiving was cancelled: nothing changed");
        }
    }

    /// Each frame: takes finished jobs' results, keeps the bars moving.
    pub(super) fn poll_evidence(&mut self, ctx: &egui::Context) {
        if self.evidence_busy() {
            ctx.request_repaint_after(POLL);
        }
        if self.evidence.attach.as_ref().is_some_and(|j| j.worker.is_finished())
            && let Some(job) = self.evidence.attach.take()
        {
            self.attach_finished(job);
        }
        if self.evidence.load.as_ref().is_some_and(|j| j.worker.is_finished())
            && let Some(job) = self.evidence.load.take()
        {
            match job.worker.join() {
                Ok(Ok(text)) => self.open_viewer(job.source, job.snapshot, job.claim, text),
                Ok(Err(e)) => self.error("Could not show the snapshot", e),
                Err(_) => self.error("Source viewer", "Reading the snapshot failed."),
            }
        }
        if self.evidence.archive.as_ref().is_some_and(|j| j.worker.is_finished())
            && let Some(job) = self.evidence.archive.take()
        {
            match job.worker.join() {
                Ok(results) => self.archive_finished(&results),
                Err(_) => self.error("Archive", "Archiving stopped on an internal error. Nothing changed."),
            }
        }
    }

    fn attach_finished(&mut self, job: AttachJob) {
        let prepared = match job.worker.join() {
            Ok(Ok(p)) => p,
            Ok(Err(e)) => return self.error("Could not attach the snapshot", e),
            Err(_) => return self.error("Add snapshot", "Attaching stopped on an internal error."),
        };
        let Some(mut source) = self.doc.project().source(job.source).cloned() else {
            return self.error("Add snapshot", "The source was deleted meanwhile.");
        };
        let sha = prepared.snapshot.sha256.clone();
        if source.snapshot(&sha).is_none() {
            source.snapshots.push(prepared.snapshot);
            self.edit(Action::UpdateSource(source));
            self.info(format!("Attached {} as a snapshot", job.file));
        } else {
            self.info(format!("{} is already a snapshot of this source", job.file));
        }
        let claim = self.selected;
        self.open_viewer(job.source, sha, claim, prepared.text);
    }

    fn archive_finished(&mut self, results: &[ArchiveResult]) {
        let updated = apply_results(self.doc.project(), results);
        let archived = updated.len();
        if !updated.is_empty() {
            self.edit(Action::Batch(
                updated.into_iter().map(Action::UpdateSource).collect(),
            ));
        }
        let failures: Vec<String> = results
            .iter()
            .filter_map(|(t, r)| r.as_ref().err().map(|e| format!("{}: {e}", t.title)))
            .collect();
        if failures.is_empty() {
            self.info(format!(
                "Archived {archived} source{}",
                if archived == 1 { "" } else { "s" }
            ));
        } else {
            self.error(
                &format!("Archived {archived}, {} failed", failures.len()),
                failures.join("\n"),
            );
        }
    }

    /// The viewer, the archive dialog and the progress window.
    pub(super) fn evidence_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(viewer) = &mut self.evidence.viewer
            && !viewer.ui(ctx, self.doc.project(), commands)
        {
            self.evidence.viewer = None;
        }
        if self.evidence.asking_archive_all {
            self.archive_all_ui(ctx, commands);
        }
        if let Some(job) = &self.evidence.archive {
            let p = &job.progress;
            let done = p.done.load(Ordering::Relaxed);
            egui::Window::new("Archiving")
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(format!("Asking the archive for copies: {done} of {} sources", p.total));
                    ui.add(egui::ProgressBar::new(done as f32 / p.total.max(1) as f32).show_percentage());
                    if ui.button("Cancel").clicked() {
                        commands.push(Command::CancelArchive);
                    }
                });
        }
    }

    fn archive_all_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let project = self.doc.project();
        let (targets, skipped) = crate::archive::targets_without_copy(project);
        let mut open = true;
        let mut start = false;
        egui::Window::new("Archive all sources without a copy")
            .collapsible(false)
            .open(&mut open)
            .show(ctx, |ui| {
                ui.label(format!(
                    "{} source{} without an archived copy{}.",
                    targets.len(),
                    if targets.len() == 1 { "" } else { "s" },
                    if skipped.is_empty() {
                        String::new()
                    } else {
                        format!(" ({} more have no web address)", skipped.len())
                    }
                ));
                let l = ui.label(RichText::new("Archive service").small().strong());
                ui.text_edit_singleline(&mut self.evidence.endpoint)
                    .labelled_by(l.id);
                ui.label(
                    RichText::new("An existing capture is used; otherwise a new one is requested (Save Page Now).")
                        .small()
                        .weak(),
                );
                if ui
                    .add_enabled(!targets.is_empty(), egui::Button::new("Start archiving"))
                    .clicked()
                {
                    start = true;
                }
            });
        if start {
            commands.push(Command::Archive(targets.iter().map(|t| t.source).collect()));
        }
        if start || !open {
            self.evidence.asking_archive_all = false;
        }
    }

    /// Save as…: the snapshot files go with the project.
    pub(super) fn carry_evidence(&mut self, from: Option<PathBuf>, to: &Path) {
        let Some(from) = from else { return };
        if let Err(e) = crate::evidence::copy_evidence(self.doc.project(), &from, to) {
            self.error("The snapshots were not copied", e.to_string());
        }
    }

    pub(super) fn store_archive_endpoint(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, ENDPOINT_KEY, &self.evidence.endpoint);
    }
}
