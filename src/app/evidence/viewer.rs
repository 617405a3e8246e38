//! The source viewer's text: a snapshot read from the evidence folder and
//! paged, and the claim's excerpt found in it, on a worker thread (a long
//! snapshot takes more than a frame); the viewer opens when it is ready.

use std::sync::Arc;

use super::super::ClaimDeskApp;
use super::super::job::Job;
use crate::evidence::{SnapshotText, read_snapshot_text};
use crate::model::{ClaimId, SourceId};
use crate::ui::source_viewer::SourceViewer;

/// A range of characters (code points), end exclusive.
type CharRange = (usize, usize);

pub(super) struct LoadJob {
    source: SourceId,
    snapshot: String,
    claim: Option<ClaimId>,
    /// The text paged for the viewer, and where the claim's excerpt is in it.
    job: Job<Result<(SnapshotText, Option<CharRange>), String>>,
}

impl ClaimDeskApp {
    pub(super) fn load_snapshot(
        &mut self,
        source: SourceId,
        snapshot: String,
        claim: Option<ClaimId>,
    ) {
        let Some(project_path) = self.doc.path.clone() else {
            self.error(
                self.tr("sources-source-viewer"),
                self.catalog
                    .message(&crate::evidence::EvidenceError::Unsaved.words()),
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
            self.error(
                self.tr("sources-source-viewer"),
                self.tr("sources-snapshot-gone"),
            );
            return;
        };
        // Finding the excerpt indexes the whole text: on the worker too.
        let anchor = claim
            .and_then(|c| self.doc.project().claim(c))
            .and_then(|c| c.sources.iter().find(|l| l.source == source))
            .and_then(|l| l.anchor.clone())
            .filter(|a| a.snapshot == snapshot);
        let catalog = std::sync::Arc::clone(&self.catalog);
        let job = Job::spawn("snapshot-text", move |_| {
            let text = read_snapshot_text(&project_path, &snap)
                .map_err(|e| catalog.message(&e.words()))?;
            let at = anchor.and_then(|a| a.locate(&text));
            Ok((SnapshotText::new(text), at))
        });
        match job {
            Ok(job) => {
                self.evidence.load = Some(LoadJob {
                    source,
                    snapshot,
                    claim,
                    job,
                });
            }
            Err(e) => self.error(self.tr("sources-source-viewer"), e.to_string()),
        }
    }

    pub(super) fn open_viewer(
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

    pub(super) fn poll_load(&mut self) {
        if self
            .evidence
            .load
            .as_ref()
            .is_some_and(|j| j.job.is_finished())
            && let Some(load) = self.evidence.load.take()
        {
            match load.job.join() {
                Ok(Ok((text, at))) => {
                    self.open_viewer(load.source, load.snapshot, load.claim, text, at)
                }
                Ok(Err(e)) => self.error(self.tr("sources-could-not-show-the-snapshot"), e),
                Err(_) => self.error(
                    self.tr("sources-source-viewer"),
                    self.tr("sources-snapshot-read-failed"),
                ),
            }
        }
    }
}
