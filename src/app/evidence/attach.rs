//! Attaching a file to a source as a snapshot: read, hashed, extracted and
//! stored beside the project on a worker thread, then one undoable edit. A
//! page dropped on the claim editor becomes a new source made from what the
//! page says about itself, linked to the claim, with the page as its first
//! snapshot. The viewer opens on the snapshot when it is attached.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::super::ClaimDeskApp;
use super::super::job::Job;
use crate::edit::Action;
use crate::evidence::{PreparedSnapshot, SnapshotText, prepare_file, store_prepared};
use crate::model::{ClaimId, SourceId};
use crate::ui::Command;

/// What an attached file goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::app) enum AttachTarget {
    Source(SourceId),
    /// A new source made from the page's metadata, linked to the claim.
    NewSourceFor(ClaimId),
}

pub(super) struct AttachJob {
    target: AttachTarget,
    file: String,
    /// The snapshot, and its text paged for the viewer.
    job: Job<Result<(PreparedSnapshot, SnapshotText), String>>,
}

impl ClaimDeskApp {
    pub(in crate::app) fn attach_snapshot(&mut self, target: AttachTarget, file: &Path) {
        if self.evidence.attach.is_some() {
            self.info(self.tr("sources-a-snapshot-is-already-being"));
            return;
        }
        let Some(project_path) = self.doc.path.clone() else {
            let path = file.to_path_buf();
            self.save_first_for_snapshot(match target {
                AttachTarget::Source(source) => Command::AttachSnapshot { source, path },
                AttachTarget::NewSourceFor(claim) => Command::NewSourceFromPage { claim, path },
            });
            return;
        };
        let file = file.to_path_buf();
        let name = super::super::file_name(&file);
        let today = super::super::today();
        let catalog = std::sync::Arc::clone(&self.catalog);
        let job = Job::spawn("snapshot", move |_| {
            let words = |e: crate::evidence::EvidenceError| catalog.message(&e.words());
            let mut prepared = prepare_file(&file, &today).map_err(words)?;
            store_prepared(&project_path, &prepared).map_err(words)?;
            let paged = SnapshotText::new(std::mem::take(&mut prepared.text));
            Ok((prepared, paged))
        });
        match job {
            Ok(job) => {
                self.info(self.tr_args("sources-attaching", &[("file", name.as_str().into())]));
                self.evidence.attach = Some(AttachJob {
                    target,
                    file: name,
                    job,
                });
            }
            Err(e) => self.error(
                self.tr("sources-could-not-attach-the-snapshot"),
                e.to_string(),
            ),
        }
    }

    pub(super) fn poll_attach(&mut self) {
        if self
            .evidence
            .attach
            .as_ref()
            .is_some_and(|j| j.job.is_finished())
            && let Some(job) = self.evidence.attach.take()
        {
            self.attach_finished(job);
        }
    }

    fn attach_finished(&mut self, job: AttachJob) {
        let (prepared, paged) = match job.job.join() {
            Ok(Ok(p)) => p,
            Ok(Err(e)) => return self.error(self.tr("sources-could-not-attach-the-snapshot"), e),
            Err(_) => {
                return self.error(
                    self.tr("sources-add-snapshot-2"),
                    self.tr("sources-attach-internal-error"),
                );
            }
        };
        let source_id = match job.target {
            AttachTarget::Source(id) => id,
            AttachTarget::NewSourceFor(claim) => {
                return self.new_source_from_page(claim, prepared, paged);
            }
        };
        let Some(mut source) = self.doc.project().source(source_id).cloned() else {
            return self.error(
                self.tr("sources-add-snapshot-2"),
                self.tr("sources-source-deleted-meanwhile"),
            );
        };
        let sha = prepared.snapshot.sha256.clone();
        if source.snapshot(&sha).is_none() {
            source.snapshots.push(prepared.snapshot);
            self.edit(Action::UpdateSource(source));
            self.info(self.tr_args("sources-attached", &[("file", job.file.as_str().into())]));
        } else {
            self.info(self.tr_args(
                "sources-already-attached",
                &[("file", job.file.as_str().into())],
            ));
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
            return self.error(
                self.tr("sources-new-source-from-page"),
                self.tr("sources-claim-deleted-meanwhile"),
            );
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
            date_accessed: super::super::today(),
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
        let title = meta.title.clone();
        self.info(self.tr_args("sources-new-source-named", &[("title", title.into())]));
        self.open_viewer(id, prepared.snapshot.sha256, Some(claim.id), paged, None);
    }

    /// A saved page dropped on the right-hand panel while it shows a source
    /// (attach it) or a claim (new source from it) is taken here, before
    /// the window would open it as an article.
    pub(in crate::app) fn take_evidence_drop(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
    ) {
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

    /// Where a dropped page goes: the source shown, else the selected claim.
    pub(in crate::app) fn set_evidence_drop_zone(&mut self, rect: egui::Rect) {
        let target = match self.tab {
            crate::ui::Tab::Sources(Some(id)) => Some(AttachTarget::Source(id)),
            crate::ui::Tab::Claim => self.selected.map(AttachTarget::NewSourceFor),
            _ => None,
        };
        self.evidence.drop_zone = target.map(|t| (rect, t));
    }

    /// Save as…: the snapshot files go with the project.
    pub(in crate::app) fn carry_evidence(&mut self, from: Option<PathBuf>, to: &Path) {
        let Some(from) = from else { return };
        if let Err(e) = crate::evidence::copy_evidence(self.doc.project(), &from, to) {
            self.error(
                self.tr("sources-the-snapshots-were-not-copied"),
                self.catalog.message(&e.words()),
            );
        }
    }
}
