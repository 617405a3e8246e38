//! Archiving several sources one after another, with progress and Cancel,
//! and turning the captures into updated sources. Nothing changes in the
//! project until the caller applies [`apply_results`]' sources, and a
//! failed source is left exactly as it was.

use super::{ArchiveClient, ArchiveError, Capture};
use crate::model::{Project, Source, SourceId, is_web_url};
use crate::progress::Progress;

/// A source to archive: its id and web address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchiveTarget {
    pub source: SourceId,
    pub title: String,
    pub url: String,
}

impl ArchiveTarget {
    pub fn of(source: &Source) -> Self {
        Self {
            source: source.id,
            title: if source.title.trim().is_empty() {
                source.url.clone()
            } else {
                source.title.clone()
            },
            url: source.url.trim().to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArchiveOutcome {
    /// The archive already had a capture.
    Existing(Capture),
    /// A new capture was made (Save Page Now).
    Saved(Capture),
    /// Dry run: there is no capture yet, one would be requested.
    WouldSave,
}

impl ArchiveOutcome {
    pub fn capture(&self) -> Option<&Capture> {
        match self {
            Self::Existing(c) | Self::Saved(c) => Some(c),
            Self::WouldSave => None,
        }
    }
}

pub type ArchiveResult = (ArchiveTarget, Result<ArchiveOutcome, ArchiveError>);

/// Sources with no archived URL, and which of them cannot be archived
/// (no http(s) address): `(to archive, skipped)`.
pub fn targets_without_copy(project: &Project) -> (Vec<ArchiveTarget>, Vec<ArchiveTarget>) {
    project
        .sources
        .iter()
        .filter(|s| s.archive_url.trim().is_empty())
        .map(ArchiveTarget::of)
        .partition(|t| is_web_url(&t.url))
}

/// Archives each target in turn: an existing capture is used unless
/// `fresh`; otherwise (and unless `dry_run`) a new one is requested.
/// `progress` counts the targets; a cancel is seen before each request, and
/// the remaining targets come back as [`ArchiveError::Cancelled`].
pub fn archive_sources(
    client: &ArchiveClient,
    targets: Vec<ArchiveTarget>,
    fresh: bool,
    dry_run: bool,
    progress: &Progress,
) -> Vec<ArchiveResult> {
    progress.set_total(targets.len());
    let mut out = Vec::with_capacity(targets.len());
    for target in targets {
        let result = if progress.is_cancelled() {
            Err(ArchiveError::Cancelled)
        } else {
            archive_one(client, &target.url, fresh, dry_run, progress)
        };
        out.push((target, result));
        progress.step();
    }
    out
}

fn archive_one(
    client: &ArchiveClient,
    url: &str,
    fresh: bool,
    dry_run: bool,
    progress: &Progress,
) -> Result<ArchiveOutcome, ArchiveError> {
    if !fresh && let Some(capture) = client.available(url)? {
        return Ok(ArchiveOutcome::Existing(capture));
    }
    if dry_run {
        return Ok(ArchiveOutcome::WouldSave);
    }
    if progress.is_cancelled() {
        return Err(ArchiveError::Cancelled);
    }
    client.save(url).map(ArchiveOutcome::Saved)
}

/// The sources to write back: each archived one with its capture's URL
/// and date. Sources that failed, or that changed their address while the
/// archive was asked, are left out.
pub fn apply_results(project: &Project, results: &[ArchiveResult]) -> Vec<Source> {
    results
        .iter()
        .filter_map(|(target, result)| {
            let capture = result.as_ref().ok()?.capture()?;
            let mut source = project.source(target.source)?.clone();
            if source.url.trim() != target.url {
                return None;
            }
            source.archive_url = capture.url.clone();
            source.archived_on = capture.date.clone();
            Some(source)
        })
        .collect()
}
