//! `claimdesk import PROJECT.ron FILE [-o OUT]`: annotations from another
//! tool (W3C Web Annotations, a Hypothesis export, ClaimReview) anchored in
//! the project's article as claims, as File › Import annotations… does.
//! The project is written (atomically) only when the import succeeded.

use std::path::Path;
use std::process::ExitCode;

use crate::edit::Actor;
use crate::io::{load_project, save_project};

pub fn run(project_path: &Path, file: &Path, output: Option<&Path>) -> ExitCode {
    let mut project = match load_project(project_path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("claimdesk: {e}");
            return ExitCode::from(1);
        }
    };
    let parsed = match crate::import::read(file) {
        Ok(parsed) => parsed,
        Err(e) => return super::fail(file, &e),
    };
    let plan = crate::import::plan(&project, parsed, &Actor::now(""));
    for line in plan.report.details() {
        println!("{line}");
    }
    println!("{}", plan.report.summary());
    let changed = plan.action.is_some();
    if let Some(action) = plan.action
        && let Err(e) = action.apply(&mut project)
    {
        eprintln!("claimdesk: {e}");
        return ExitCode::from(1);
    }
    if !changed && output.is_none() {
        println!("Nothing new: {} is unchanged", project_path.display());
        return ExitCode::SUCCESS;
    }
    let output = output.unwrap_or(project_path);
    if let Err(e) = save_project(&project, output) {
        eprintln!("claimdesk: {e}");
        return ExitCode::from(1);
    }
    println!("Wrote {}", output.display());
    ExitCode::SUCCESS
}
