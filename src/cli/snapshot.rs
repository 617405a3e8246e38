//! `claimdesk snapshot PROJECT.ron --source ID FILE`: stores FILE in the
//! project's evidence folder (`NAME.evidence/SHA256.ext`), lists it on the
//! source, and saves the project. Exit 0 attached (or already there), 1
//! bad input (nothing changed), 2 usage.

use std::path::Path;
use std::process::ExitCode;

use crate::edit::Action;
use crate::evidence::attach_file;
use crate::io::{load_project, save_project};
use crate::model::SourceId;

pub fn run(path: &Path, source: u64, file: &Path) -> ExitCode {
    let mut project = match load_project(path) {
        Ok(p) => p,
        Err(e) => return super::fail(path, &e),
    };
    let Some(mut updated) = project.source(SourceId(source)).cloned() else {
        eprintln!(
            "claimdesk: {}: no source with id {source} (claimdesk check lists the project)",
            path.display()
        );
        return ExitCode::from(1);
    };
    let prepared = match attach_file(path, file, &crate::model::date::today()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("claimdesk: {e}");
            return ExitCode::from(1);
        }
    };
    let snap = prepared.snapshot;
    let stored = crate::evidence::snapshot_path(path, &snap)
        .unwrap_or_else(|_| crate::evidence::evidence_dir(path).join(snap.stored_name()));
    if updated.snapshot(&snap.sha256).is_some() {
        println!("already attached: {} ({})", stored.display(), snap.sha256);
        return ExitCode::SUCCESS;
    }
    println!(
        "attached {} as {} ({} bytes, {}, SHA-256 {})",
        file.display(),
        stored.display(),
        snap.bytes,
        snap.kind_label(),
        snap.sha256
    );
    updated.snapshots.push(snap);
    if let Err(e) = Action::UpdateSource(updated).apply(&mut project) {
        eprintln!("claimdesk: {e}");
        return ExitCode::from(1);
    }
    if let Err(e) = save_project(&project, path) {
        eprintln!("claimdesk: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
