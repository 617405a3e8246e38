//! Evidence in the window: attaching snapshots (read, hashed and extracted
//! on a worker thread, then one undoable edit), the source viewer (its text
//! loaded off the UI thread), and archiving on the Wayback Machine with
//! progress and Cancel. Nothing in the project changes until a job is done,
//! and a failed job changes nothing.

use super::worker::POLL;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;

use eframe::egui::{self, RichText};

use super::ClaimDeskApp;
use super::choosing::Purpose;
use crate::archive::{
    ArchiveClient, ArchiveResult, ArchiveTarget, DEFAULT_ENDPOINT, Endpoint, apply_results,
    archive_sources,
};
use crate::edit::Action;
use crate::evidence::{
    PreparedSnapshot, SnapshotText, prepare_file, read_snapshot_text, store_prepared,
};
use crate::model::{ClaimId, SourceId};
use crate::ui::Command;
use crate::ui::source_viewer::SourceViewer;

/// Where the archive's address is kept between sessions (not in projects).
pub(super) const ENDPOINT_KEY: &str = "archive_endpoint";
/// A range of characters (code points), end exclusive.
type CharRange = (usize, usize);

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

/// What an attached file goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AttachTarget {
    Source(SourceId),
    /// A new source made from the page's metadata, linked to the claim.
    NewSourceFor(ClaimId),
}

struct AttachJob {
    target: AttachTarget,
    file: String,
    /// The snapshot, and its text paged for the viewer.
    worker: JoinHandle<Result<(PreparedSnapshot, SnapshotText), String>>,
}

struct LoadJob {
    source: SourceId,
    snapshot: String,
    claim: Option<ClaimId>,
    /// The text paged for the viewer, and where the claim's excerpt is in it.
    worker: JoinHandle<Result<(SnapshotText, Option<CharRange>), String>>,
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
    /// A viewer shown from the next frame: the frame that applies an
    /// attached snapshot does not also lay out its text.
    pending_viewer: Option<SourceViewer>,
    /// The right-hand panel last frame, and what a page dropped there goes to.
    pub drop_zone: Option<(egui::Rect, AttachTarget)>,
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
        e.archive.is_some() || e.attach.is_some() || e.load.is_some() || e.pending_viewer.is_some()
    }

    /// The open source viewer, if any.
    pub fn source_viewer(&self) -> Option<&SourceViewer> {
        self.evidence.viewer.as_ref()
    }

    pub fn source_viewer_mut(&mut self) -> Option<&mut SourceViewer> {
        self.evidence.viewer.as_mut()
    }

    pub(super) fn evidence_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::AddSnapshotDialog(source) => {
                if self.doc.path.is_none() {
                    self.error(
                        "Add snapshot",
                        crate::evidence::EvidenceError::Unsaved.to_string(),
                    );
                } else {
                    self.choose_file(Purpose::AddSnapshot(source), ctx);
                }
            }
            Command::AttachSnapshot { source, path } => {
                self.attach_snapshot(AttachTarget::Source(source), &path);
            }
            Command::NewSourceFromPage { claim, path } => {
                self.attach_snapshot(AttachTarget::NewSourceFor(claim), &path);
            }
            Command::ViewSnapshot {
                source,
                snapshot,
                claim,
            } => self.load_snapshot(source, snapshot, claim),
            Command::Archive { sources, fresh } => self.start_archive(sources, fresh),
            Command::AskArchiveAll => self.evidence.asking_archive_all = true,
            Command::CancelArchive => self.cancel_archive(),
            _ => {}
        }
    }

    pub(super) fn attach_snapshot(&mut self, target: AttachTarget, file: &Path) {
        if self.evidence.attach.is_some() {
            self.info("A snapshot is already being attached");
            return;
        }
        let Some(project_path) = self.doc.path.clone() else {
            self.error(
                "Add snapshot",
                crate::evidence::EvidenceError::Unsaved.to_string(),
            );
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
                let mut prepared = prepare_file(&file, &today).map_err(|e| e.to_string())?;
                store_prepared(&project_path, &prepared).map_err(|e| e.to_string())?;
                let paged = SnapshotText::new(std::mem::take(&mut prepared.text));
                Ok((prepared, paged))
            });
        match worker {
            Ok(worker) => {
                self.info(format!("Attaching {name}…"));
                self.evidence.attach = Some(AttachJob {
                    target,
                    file: name,
                    worker,
                });
            }
            Err(e) => self.error("Could not attach the snapshot", e.to_string()),
        }
    }

    fn load_snapshot(&mut self, source: SourceId, snapshot: String, claim: Option<ClaimId>) {
        let Some(project_path) = self.doc.path.clone() else {
            self.error(
                "Source viewer",
                crate::evidence::EvidenceError::Unsaved.to_string(),
            );
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
        // Finding the excerpt indexes the whole text: on the worker too.
        let anchor = claim
            .and_then(|c| self.doc.project().claim(c))
            .and_then(|c| c.sources.iter().find(|l| l.source == source))
            .and_then(|l| l.anchor.clone())
            .filter(|a| a.snapshot == snapshot);
        let worker = std::thread::Builder::new()
            .name("snapshot-text".into())
            .spawn(move || {
                let text = read_snapshot_text(&project_path, &snap).map_err(|e| e.to_string())?;
                let at = anchor.and_then(|a| a.locate(&text));
                Ok((SnapshotText::new(text), at))
            });
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

    fn open_viewer(
        &mut self,
        source: SourceId,
        snapshot: String,
        claim: Option<ClaimId>,
        text: SnapshotText,
        highlight: Option<(usize, usize)>,
    ) {
        self.evidence.pending_viewer = Some(SourceViewer::new(
            source,
            snapshot,
            claim,
            Arc::new(text),
            highlight,
        ));
    }

    fn start_archive(&mut self, ids: Vec<SourceId>, fresh: bool) {
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
                archive_sources(&client, targets, fresh, false, &shared.cancel, |done, _| {
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
        if let Some(viewer) = self.evidence.pending_viewer.take() {
            self.evidence.viewer = Some(viewer);
        }
        if self.evidence_busy() {
            ctx.request_repaint_after(POLL);
        }
        if self
            .evidence
            .attach
            .as_ref()
            .is_some_and(|j| j.worker.is_finished())
            && let Some(job) = self.evidence.attach.take()
        {
            self.attach_finished(job);
        }
        if self
            .evidence
            .load
            .as_ref()
            .is_some_and(|j| j.worker.is_finished())
            && let Some(job) = self.evidence.load.take()
        {
            match job.worker.join() {
                Ok(Ok((text, at))) => {
                    self.open_viewer(job.source, job.snapshot, job.claim, text, at)
                }
                Ok(Err(e)) => self.error("Could not show the snapshot", e),
                Err(_) => self.error("Source viewer", "Reading the snapshot failed."),
            }
        }
        if self
            .evidence
            .archive
            .as_ref()
            .is_some_and(|j| j.worker.is_finished())
            && let Some(job) = self.evidence.archive.take()
        {
            match job.worker.join() {
                Ok(results) => self.archive_finished(&results),
                Err(_) => self.error(
                    "Archive",
                    "Archiving stopped on an internal error. Nothing changed.",
                ),
            }
        }
    }

    fn attach_finished(&mut self, job: AttachJob) {
        let (prepared, paged) = match job.worker.join() {
            Ok(Ok(p)) => p,
            Ok(Err(e)) => return self.error("Could not attach the snapshot", e),
            Err(_) => return self.error("Add snapshot", "Attaching stopped on an internal error."),
        };
        let source_id = match job.target {
            AttachTarget::Source(id) => id,
            AttachTarget::NewSourceFor(claim) => {
                return self.new_source_from_page(claim, prepared, paged);
            }
        };
        let Some(mut source) = self.doc.project().source(source_id).cloned() else {
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
        self.open_viewer(source_id, sha, claim, paged, None);
    }

    /// A page dropped on the claim editor: a new source from what the page
    /// says about itself, with the page as its first snapshot, linked to the
    /// claim; one undo step.
    fn new_source_from_page(
        &mut self,
        claim: ClaimId,
        prepared: PreparedSnapshot,
        paged: SnapshotText,
    ) {
        let project = self.doc.project();
        let Some(mut claim) = project.claim(claim).cloned() else {
            return self.error("New source from page", "The claim was deleted meanwhile.");
        };
        let meta = &prepared.meta;
        let id = project.next_source_id();
        let url = if crate::model::is_web_url(&meta.url) {
            meta.url.clone()
        } else {
            String::new()
        };
        let source = crate::model::Source {
            id,
            title: meta.title.clone(),
            url,
            publisher: meta.outlet.clone(),
            author: meta.author.clone(),
            date_published: meta.date_published.clone(),
            date_accessed: super::today(),
            snapshots: vec![prepared.snapshot.clone()],
            ..crate::model::Source::default()
        };
        claim.sources.push(crate::model::SourceLink {
            source: id,
            ..crate::model::SourceLink::default()
        });
        let insert = Action::InsertSource {
            index: project.sources.len(),
            source,
        };
        self.edit(Action::Batch(vec![
            insert,
            Action::UpdateClaim(claim.clone()),
        ]));
        self.info(format!("New source from the page: {}", meta.title));
        self.open_viewer(id, prepared.snapshot.sha256, Some(claim.id), paged, None);
    }

    /// A saved page dropped on the right-hand panel while it shows a source
    /// (attach it) or a claim (new source from it) is taken here, before
    /// the window would open it as an article.
    pub(super) fn take_evidence_drop(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some((zone, target)) = self.evidence.drop_zone else {
            return;
        };
        let taken = ctx.input_mut(|i| {
            let over = i.pointer.hover_pos().is_some_and(|p| zone.contains(p));
            let path = i
                .raw
                .dropped_files
                .first()
                .map(|f| f.path().to_path_buf())?;
            // Every format the intake reads; a dropped project (.ron) still opens.
            let page = !matches!(
                crate::io::ArticleFormat::from_path(&path),
                crate::io::ArticleFormat::Text
            ) || path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
            if !over || !page {
                return None;
            }
            i.raw.dropped_files.clear();
            Some(path)
        });
        if let Some(path) = taken {
            commands.push(match target {
                AttachTarget::Source(source) => Command::AttachSnapshot { source, path },
                AttachTarget::NewSourceFor(claim) => Command::NewSourceFromPage { claim, path },
            });
        }
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
                    ui.label(format!(
                        "Asking the archive for copies: {done} of {} sources",
                        p.total
                    ));
                    ui.add(
                        egui::ProgressBar::new(done as f32 / p.total.max(1) as f32)
                            .show_percentage(),
                    );
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
            commands.push(Command::Archive {
                sources: targets.iter().map(|t| t.source).collect(),
                fresh: false,
            });
        }
        if start || !open {
            self.evidence.asking_archive_all = false;
        }
    }

    /// Where a dropped page goes: the source shown, else the selected claim.
    pub(super) fn set_evidence_drop_zone(&mut self, rect: egui::Rect) {
        let target = match self.tab {
            crate::ui::Tab::Sources(Some(id)) => Some(AttachTarget::Source(id)),
            crate::ui::Tab::Claim => self.selected.map(AttachTarget::NewSourceFor),
            _ => None,
        };
        self.evidence.drop_zone = target.map(|t| (rect, t));
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
