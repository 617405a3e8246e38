//! `claimdesk export PROJECT --format F [-o OUT] [--allow-draft] [--lang CODE]`.
//! A report (HTML, Markdown, ClaimReview) made before the desk records
//! publication is a draft and says so; a project set to "publish approved
//! claims only" refuses to make one unless `--allow-draft` asks for it. The
//! HTML and Markdown reports are in `--lang`, else the project's report
//! language, else English (the command line has no window to follow); what
//! this command prints stays English.

use std::path::Path;
use std::process::ExitCode;

use super::fail;
use crate::export::{Format, UtcTime, export_in, publication, report_language};
use crate::i18n::Lang;
use crate::io::load_project;

pub fn run(
    path: &Path,
    format: Format,
    output: Option<&Path>,
    allow_draft: bool,
    lang: Option<Lang>,
) -> ExitCode {
    let project = match load_project(path) {
        Ok(p) => p,
        Err(e) => return fail(path, &e),
    };
    let is_report = matches!(
        format,
        Format::Html | Format::Markdown | Format::ClaimReview
    );
    if let (true, Some(note)) = (is_report, publication(&project).draft_note()) {
        if project.settings.publish_approved_only && !allow_draft {
            eprintln!(
                "claimdesk: {}: not exported: this project publishes approved claims only, and this report would be a draft. {note} Record publication in the window (the Check tab's Record publication) once the claims are approved, or pass --allow-draft to export a draft marked as such.",
                path.display()
            );
            return ExitCode::from(1);
        }
        eprintln!(
            "claimdesk: note: the {} report is a draft, marked as such: {note}",
            format.name()
        );
    }
    let lang = lang.unwrap_or_else(|| report_language(&project, Lang::En));
    let text = match export_in(&project, format, UtcTime::now(), lang) {
        Ok(t) => t,
        Err(e) => return fail(path, &e),
    };
    let written = match output {
        Some(out) => std::fs::write(out, text).map_err(|e| (out, e)),
        None => std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes())
            .map_err(|e| (Path::new("stdout"), e)),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((out, e)) => fail(out, &e),
    }
}
