//! `claimdesk archive PROJECT.ron [--archive-endpoint URL] [--dry-run]`:
//! every source without an archived copy is looked up in (or sent to) the
//! Wayback Machine; one line per source; the project is saved atomically
//! once at the end. Exit 0 all archived (or already), 1 some failed, 2 usage.

use std::path::Path;
use std::process::ExitCode;

use crate::archive::{
    ArchiveClient, ArchiveOutcome, Endpoint, apply_results, archive_sources, targets_without_copy,
};
use crate::edit::Action;
use crate::io::{load_project, save_project};
use crate::progress::Progress;

pub fn run(path: &Path, endpoint: Option<&str>, dry_run: bool, fresh: bool) -> ExitCode {
    let endpoint = match endpoint.map_or_else(|| Ok(Endpoint::default()), Endpoint::parse) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("claimdesk: {e}");
            return ExitCode::from(2);
        }
    };
    let mut project = match load_project(path) {
        Ok(p) => p,
        Err(e) => return super::fail(path, &e),
    };
    let (targets, skipped) = targets_without_copy(&project);
    let already = project.sources.len() - targets.len() - skipped.len();
    for t in &skipped {
        println!("{:?}: skipped: no http(s) address to archive", t.title);
    }
    let client = ArchiveClient::new(endpoint);
    let results = archive_sources(&client, targets, fresh, dry_run, &Progress::new());
    let mut failed = 0;
    for (target, result) in &results {
        match result {
            Ok(ArchiveOutcome::Existing(c)) => {
                println!(
                    "{:?}: {} (existing capture of {})",
                    target.title, c.url, c.date
                );
            }
            Ok(ArchiveOutcome::Saved(c)) => {
                println!("{:?}: {} (new capture of {})", target.title, c.url, c.date);
            }
            Ok(ArchiveOutcome::WouldSave) => {
                println!(
                    "{:?}: no capture yet; a new one would be requested",
                    target.title
                );
            }
            Err(e) => {
                failed += 1;
                println!("{:?}: failed: {e}", target.title);
            }
        }
    }
    let updated = apply_results(&project, &results);
    println!(
        "{} archived, {already} already archived, {} skipped, {failed} failed{}",
        updated.len(),
        skipped.len(),
        if dry_run {
            " (dry run: nothing saved)"
        } else {
            ""
        }
    );
    if !dry_run && !updated.is_empty() {
        for source in updated {
            if let Err(e) = Action::UpdateSource(source).apply(&mut project) {
                eprintln!("claimdesk: {e}");
                return ExitCode::from(1);
            }
        }
        if let Err(e) = save_project(&project, path) {
            eprintln!("claimdesk: {e}");
            return ExitCode::from(1);
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
