//! What the check before export says about the evidence on disk: snapshot
//! files missing or altered, and anchored excerpts their snapshot no longer
//! holds. Never a load failure: the project opens, the check warns.

use std::collections::HashMap;
use std::path::Path;

use super::store::{EvidenceError, read_snapshot_text, read_verified};
use crate::model::{Project, Snapshot, Source};
use crate::model::{ReportWarning, WarningKind};

/// A stored snapshot file as found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotState {
    Ok,
    Missing,
    /// Its bytes no longer hash to its name.
    Altered,
    /// It could not be read (permissions, too large, …): the reason.
    Unreadable(String),
}

pub fn snapshot_state(project_path: &Path, snapshot: &Snapshot) -> SnapshotState {
    match read_verified(project_path, snapshot) {
        Ok(_) => SnapshotState::Ok,
        Err(EvidenceError::Missing(_)) => SnapshotState::Missing,
        Err(EvidenceError::Altered(_)) => SnapshotState::Altered,
        Err(e) => SnapshotState::Unreadable(e.to_string()),
    }
}

fn title(s: &Source) -> String {
    [&s.title, &s.url]
        .into_iter()
        .map(|t| t.trim())
        .find(|t| !t.is_empty())
        .unwrap_or("untitled")
        .to_owned()
}

/// Warnings about snapshots and anchored excerpts. Without a project file
/// (never saved) there is no evidence folder: only excerpts anchored in a
/// snapshot the source no longer lists are reported.
pub fn check_evidence(project: &Project, project_path: Option<&Path>) -> Vec<ReportWarning> {
    let mut out = Vec::new();
    let mut texts: HashMap<&str, Option<String>> = HashMap::new();
    for source in &project.sources {
        let claim = project.claims_citing(source.id).next().map(|c| c.id);
        let Some(path) = project_path else { continue };
        for snapshot in &source.snapshots {
            let kind = match snapshot_state(path, snapshot) {
                SnapshotState::Ok => {
                    texts
                        .entry(snapshot.sha256.as_str())
                        .or_insert_with(|| read_snapshot_text(path, snapshot).ok());
                    continue;
                }
                SnapshotState::Missing => WarningKind::SnapshotMissing {
                    source: source.id,
                    title: title(source),
                    file: snapshot.stored_name(),
                },
                SnapshotState::Altered | SnapshotState::Unreadable(_) => {
                    WarningKind::SnapshotAltered {
                        source: source.id,
                        title: title(source),
                        file: snapshot.stored_name(),
                    }
                }
            };
            texts.insert(snapshot.sha256.as_str(), None);
            out.push(ReportWarning { claim, kind });
        }
    }
    for claim in &project.claims {
        for link in &claim.sources {
            let (Some(anchor), Some(source)) = (&link.anchor, project.source(link.source)) else {
                continue;
            };
            let listed = source.snapshot(&anchor.snapshot).is_some();
            let edited = link.excerpt.trim() != anchor.span.quote.trim();
            let gone = match texts.get(anchor.snapshot.as_str()) {
                Some(Some(text)) => anchor.locate(text).is_none(),
                // A missing or altered file is already reported above.
                _ => false,
            };
            if !listed || edited || gone {
                out.push(ReportWarning {
                    claim: Some(claim.id),
                    kind: WarningKind::ExcerptNotInSnapshot {
                        source: source.id,
                        title: title(source),
                    },
                });
            }
        }
    }
    out
}
