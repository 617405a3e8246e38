//! `claimdesk merge BASE OURS THEIRS [-o OUT]`: the three-way merge, also
//! git's merge driver (`claimdesk merge %O %A %B -o %A`, see `git-setup`).
//! Exit 0: merged cleanly; 1: merged with conflicts recorded in OUT; 2: a
//! usage error or an input that cannot be read, and nothing is written.

use std::path::Path;
use std::process::ExitCode;

use crate::io::{load_project, project_to_ron, write_atomically};
use crate::merge::merge;
use crate::model::Project;

fn unusable(path: &Path, e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!(
        "claimdesk merge: {}: {e}; nothing was written",
        path.display()
    );
    ExitCode::from(2)
}

pub fn run(base: &Path, ours: &Path, theirs: &Path, output: Option<&Path>) -> ExitCode {
    let mut projects: Vec<Project> = Vec::with_capacity(3);
    for path in [base, ours, theirs] {
        match load_project(path) {
            Ok(p) => projects.push(p),
            Err(e) => return unusable(path, &e),
        }
    }
    let [b, o, t] = [&projects[0], &projects[1], &projects[2]];
    let outcome = match merge(b, o, t) {
        Ok(outcome) => outcome,
        Err(e) => return unusable(ours, &e),
    };
    let out = output.unwrap_or(ours);
    let text = match project_to_ron(&outcome.project) {
        Ok(text) => text,
        Err(e) => return unusable(out, &e),
    };
    // Git hands the driver a temporary copy of ours (`.merge_file_XXXXXX`)
    // in the working tree: a backup of it would be left behind there.
    let keep_backup = !out
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with(".merge_file_"));
    if let Err(e) = write_atomically(out, text.as_bytes(), keep_backup) {
        return unusable(out, &e);
    }
    let unresolved = &outcome.project.conflicts;
    if unresolved.is_empty() {
        eprintln!("claimdesk merge: merged cleanly into {}", out.display());
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "claimdesk merge: {} conflict{} to resolve in {} (open it in ClaimDesk):",
        unresolved.len(),
        if unresolved.len() == 1 { "" } else { "s" },
        out.display()
    );
    for c in unresolved {
        eprintln!("  - {}", c.place);
    }
    ExitCode::from(1)
}
