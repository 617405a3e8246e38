//! `claimdesk check PROJECT`: validate, summarise, and list the report warnings.

use std::path::Path;
use std::process::ExitCode;

use super::fail;
use crate::export::check_report;
use crate::io::load_project;
use crate::model::{ClaimStatus, Project};

pub fn run(path: &Path) -> ExitCode {
    match load_project(path) {
        Ok(project) => {
            print!("{}", summary(&project));
            print!("{}", warnings_at(&project, Some(path)));
            if project.conflicts.is_empty() {
                return ExitCode::SUCCESS;
            }
            print!("{}", conflicts(&project));
            ExitCode::from(1)
        }
        Err(e) => fail(path, &e),
    }
}

/// The summary `claimdesk check` prints for a sound project.
pub fn summary(project: &Project) -> String {
    let mut out = String::new();
    let title = if project.title.is_empty() {
        &project.article.meta.title
    } else {
        &project.title
    };
    out.push_str(&format!("Project:  {title}\n"));
    out.push_str(&format!(
        "Article:  {} ({} characters)\n",
        project.article.meta.title,
        project.article.text.chars().count()
    ));
    out.push_str(&format!("Scale:    {}\n", project.scale.name));
    out.push_str(&format!("Claims:   {}\n", project.claims.len()));
    let (counts, unrated) = project.verdict_counts();
    for (id, n) in counts {
        if let Some(v) = project.scale.verdict(id) {
            out.push_str(&format!("  {:<14} {n}\n", v.label));
        }
    }
    out.push_str(&format!("  {:<14} {unrated}\n", "Unrated"));
    out.push_str("Review:\n");
    for status in ClaimStatus::ALL {
        let n = project.claims.iter().filter(|c| c.status == status).count();
        out.push_str(&format!("  {:<16} {n}\n", status.label()));
    }
    let open: usize = project.claims.iter().map(|c| c.unresolved_comments()).sum();
    out.push_str(&format!("  {:<16} {open}\n", "Open comments"));
    out.push_str(&format!("Sources:  {}\n", project.sources.len()));
    out.push_str("Problems: none\n");
    out
}

/// Unresolved merge conflicts, each by where it is: they fail the check,
/// since the project holds only one side's value until someone decides.
pub fn conflicts(project: &Project) -> String {
    let mut out = format!("Conflicts: {} unresolved\n", project.conflicts.len());
    for c in &project.conflicts {
        let place = if c.place.is_empty() {
            &c.path
        } else {
            &c.place
        };
        out.push_str(&format!("  - {place}\n"));
    }
    out
}

/// The check-before-export warnings, as `claimdesk check` prints them after
/// the summary. They warn a reader's trip-ups; they do not fail the check.
pub fn warnings(project: &Project) -> String {
    warnings_at(project, None)
}

/// [`warnings`], with the snapshot files beside the project at `path` checked too.
pub fn warnings_at(project: &Project, path: Option<&Path>) -> String {
    let mut warnings = check_report(project);
    warnings.extend(crate::evidence::check_evidence(project, path));
    if warnings.is_empty() {
        return "Warnings: none\n".to_owned();
    }
    let mut out = format!("Warnings: {}\n", warnings.len());
    for w in warnings {
        // Claims are named by the number readers see, not by their (random) id.
        match w.claim.and_then(|id| project.claim_number(id)) {
            Some(n) => out.push_str(&format!("  - claim #{n}: {}\n", w.kind)),
            None => out.push_str(&format!("  - {w}\n")),
        }
    }
    out
}
