//! `claimdesk reanchor PROJECT.ron NEW_ARTICLE [-o OUT] [--json]`: the
//! article replaced by its corrected version, every claim re-anchored, the
//! old text kept in the history, orphans kept; as the window does it.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::edit::replace_article;
use crate::io::{import_article, load_project, save_project};
use crate::model::{AnchorOutcome, AnchorResult, ReanchorReport};

/// One claim in `--json` output. Positions are in code points; an orphan
/// has none, and no similarity.
#[derive(Serialize)]
struct ClaimOutcome {
    id: u64,
    outcome: &'static str,
    start: Option<usize>,
    end: Option<usize>,
    similarity: Option<f64>,
}

#[derive(Serialize)]
struct JsonReport {
    claims: Vec<ClaimOutcome>,
    kept: usize,
    moved: usize,
    changed: usize,
    orphaned: usize,
}

pub fn run(project_path: &Path, article: &Path, output: Option<&Path>, json: bool) -> ExitCode {
    let mut project = match load_project(project_path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("claimdesk: {e}");
            return ExitCode::from(1);
        }
    };
    let imported = match import_article(article) {
        Ok(imported) => imported,
        Err(e) => return super::fail(article, &e),
    };
    if let Some(short) = &imported.short {
        eprintln!(
            "claimdesk: warning: {}; check the new version's text",
            short.message()
        );
    }
    let (action, report) = replace_article(&project, imported.article, &crate::app::today());
    if let Err(e) = action.apply(&mut project) {
        eprintln!("claimdesk: {e}");
        return ExitCode::from(1);
    }
    let output = output.unwrap_or(project_path);
    if let Err(e) = save_project(&project, output) {
        eprintln!("claimdesk: {e}");
        return ExitCode::from(1);
    }
    if json {
        match serde_json::to_string_pretty(&json_report(&report)) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("claimdesk: {e}");
                return ExitCode::from(1);
            }
        }
        eprintln!("Wrote {}", output.display());
    } else {
        for line in report.to_review().map(line) {
            println!("{line}");
        }
        if report.text_unchanged {
            println!("The article's text is unchanged.");
        }
        println!("{}", report.summary());
        println!("Wrote {}", output.display());
    }
    ExitCode::SUCCESS
}

/// `claim 3 moved: 120–160 → 140–180 "quote"`, and so on; positions in
/// code points.
fn line(r: &AnchorResult) -> String {
    let old = format!("{}–{}", r.old_span.start, r.old_span.end);
    match &r.outcome {
        AnchorOutcome::Kept => format!("claim {} kept: {old}", r.claim.0),
        AnchorOutcome::Moved { span } => format!(
            "claim {} moved: {old} → {}–{} {:?}",
            r.claim.0, span.start, span.end, span.quote
        ),
        AnchorOutcome::Changed { span, similarity } => format!(
            "claim {} changed ({:.0}% alike): {old} → {}–{} {:?} (was {:?})",
            r.claim.0,
            similarity * 100.0,
            span.start,
            span.end,
            span.quote,
            r.old_span.quote
        ),
        AnchorOutcome::Orphan => format!(
            "claim {} orphaned (kept, not found): {old} {:?}",
            r.claim.0, r.old_span.quote
        ),
    }
}

fn json_report(report: &ReanchorReport) -> JsonReport {
    let claims = report
        .results
        .iter()
        .map(|r| {
            let (outcome, similarity) = match &r.outcome {
                AnchorOutcome::Kept => ("kept", Some(1.0)),
                AnchorOutcome::Moved { .. } => ("moved", Some(1.0)),
                AnchorOutcome::Changed { similarity, .. } => ("changed", Some(*similarity)),
                AnchorOutcome::Orphan => ("orphan", None),
            };
            let span = r.new_span();
            ClaimOutcome {
                id: r.claim.0,
                outcome,
                start: span.map(|s| s.start),
                end: span.map(|s| s.end),
                similarity,
            }
        })
        .collect();
    JsonReport {
        claims,
        kept: report.kept(),
        moved: report.moved(),
        changed: report.changed(),
        orphaned: report.orphaned(),
    }
}
