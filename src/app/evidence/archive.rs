//! Archiving sources on the Wayback Machine from the window: the sources
//! asked for, one after another on a worker thread with progress and
//! Cancel; the captures written back as one undoable edit when it is done.

use super::super::ClaimDeskApp;
use super::super::job::Job;
use crate::archive::{
    ArchiveClient, ArchiveResult, ArchiveTarget, Endpoint, apply_results, archive_sources,
};
use crate::edit::Action;
use crate::model::SourceId;
use crate::ui::Command;
use crate::ui::working::Working;

/// Where the archive's address is kept between sessions (not in projects).
pub(in crate::app) const ENDPOINT_KEY: &str = "archive_endpoint";

pub(super) type ArchiveJob = Job<Vec<ArchiveResult>>;

impl ClaimDeskApp {
    /// Sets the archive's base URL (Settings, or a test's mock archive).
    pub fn set_archive_endpoint(&mut self, url: &str) {
        self.evidence.endpoint = url.to_owned();
    }

    pub(super) fn start_archive(&mut self, ids: Vec<SourceId>, fresh: bool) {
        if self.evidence.archive.is_some() {
            self.info(self.tr("sources-archiving-is-already-under-way"));
            return;
        }
        let endpoint = match Endpoint::parse(&self.evidence.endpoint) {
            Ok(e) => e,
            Err(e) => {
                self.error(self.tr("sources-archive"), self.catalog.message(&e.words()));
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
            self.info(self.tr("sources-nothing-to-archive-only-sources"));
            return;
        }
        let job = Job::spawn("archive", move |progress| {
            let client = ArchiveClient::new(endpoint);
            archive_sources(&client, targets, fresh, false, progress)
        });
        match job {
            Ok(job) => self.evidence.archive = Some(job),
            Err(e) => self.error(self.tr("sources-archive"), e.to_string()),
        }
    }

    pub(super) fn cancel_archive(&mut self) {
        if let Some(job) = self.evidence.archive.take() {
            // The worker stops before its next request; its results are dropped.
            job.cancel();
            self.info(self.tr("sources-archiving-was-cancelled-nothing-changed"));
        }
    }

    pub(super) fn poll_archive(&mut self) {
        if self
            .evidence
            .archive
            .as_ref()
            .is_some_and(|j| j.is_finished())
            && let Some(job) = self.evidence.archive.take()
        {
            match job.join() {
                Ok(results) => self.archive_finished(&results),
                Err(_) => self.error(
                    self.tr("sources-archive"),
                    self.tr("sources-archive-internal-error"),
                ),
            }
        }
    }

    /// What the archiving window shows while it runs.
    pub(super) fn archive_progress(&self) -> Option<Working> {
        let job = self.evidence.archive.as_ref()?;
        Some(
            Working::new(
                self.tr("sources-archiving"),
                job.progress(),
                Command::CancelArchive,
            )
            .status(
                self.tr("sources-asking-the-archive-for-copies"),
                // Working fills in {done} and {total} as it counts.
                self.tr_args(
                    "sources-asking-the-archive-count",
                    &[("done", "{done}".into()), ("total", "{total}".into())],
                ),
            ),
        )
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
            .filter_map(|(t, r)| {
                r.as_ref()
                    .err()
                    .map(|e| format!("{}: {}", t.title, self.catalog.message(&e.words())))
            })
            .collect();
        if failures.is_empty() {
            self.info(self.tr_args("sources-archived-count", &[("count", archived.into())]));
        } else {
            self.error(
                self.tr_args(
                    "sources-archived-some-failed",
                    &[
                        ("count", archived.into()),
                        ("failed", failures.len().into()),
                    ],
                ),
                failures.join("\n"),
            );
        }
    }

    pub(in crate::app) fn store_archive_endpoint(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, ENDPOINT_KEY, &self.evidence.endpoint);
    }
}
