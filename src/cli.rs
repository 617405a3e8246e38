//! The command line: `claimdesk [FILE]`, `claimdesk check`, `claimdesk export`,
//! `claimdesk new`,//! `claimdesk --screenshot`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{Format, check_report, export};
use crate::io::{import_article, load_project, save_project};
use crate::model::{Project, ScalePreset};

#[derive(Parser, Debug)]
#[command(
    name = "claimdesk",
    version,
    about = "A desktop workbench for fact-checking"
)]
pub struct Cli {
    /// A project (.ron) or an article (.txt, .md, .html) to open.
    pub file: Option<PathBuf>,

    /// Render the window until its layout settles, save its pixels to this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,

    /// While there are unsaved changes, write a recovery copy this often.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub autosave_seconds: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Load and validate a project, and print a short summary.
    Check {
        /// The project file (.ron).
        project: PathBuf,
    },
    /// Write a report or markup for a project: to stdout, or to a file with -o.
    Export {
        /// The project file (.ron).
        project: PathBuf,
        /// html, md, csv, claimreview (schema.org JSON-LD) or annotations (W3C Web Annotations).
        #[arg(long, short = 'f', value_name = "FORMAT", value_parser = parse_format)]
        format: Format,
        /// Where to write; stdout when left out.
        #[arg(long, short = 'o', value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Make a project (six-step truth scale) from an article file (.txt, .md,
    /// .html) and print what was extracted.
    New {
        /// The article: text, Markdown or a saved web page.
        article: PathBuf,
        /// Where to write the project (.ron).
        #[arg(short, long, value_name = "PROJECT.ron")]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
        .map_err(|e: crate::export::UnknownFormat| e.to_string())
}

/// Exit codes: 0 sound, 1 bad file (or an output that cannot be written),
/// 2 usage error (clap's own).
pub fn run_command(command: Command) -> ExitCode {
    match command {
        Command::Check { project } => check(&project),
        Command::Export {
            project,
            format,
            output,
        } => export_command(&project, format, output.as_deref()),
        Command::New {
            article,
            output,
            force,
        } => new_project(&article, &output, force),
    }
}

fn export_command(path: &Path, format: Format, output: Option<&Path>) -> ExitCode {
    let project = match load_project(path) {
        Ok(p) => p,
        Err(e) => return fail(path, &e),
    };
    let text = match export(&project, format) {
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

fn fail(path: &Path, e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("claimdesk: {}: {e}", path.display());
    ExitCode::from(1)
}

fn check(path: &Path) -> ExitCode {
    match load_project(path) {
        Ok(project) => {
            print!("{}", summary(&project));
            print!("{}", warnings(&project));
            ExitCode::SUCCESS
        }
        Err(e) => fail(path, &e),
    }
}

fn new_project(article: &Path, output: &Path, force: bool) -> ExitCode {
    if !force && output.exists() {
        eprintln!(
            "claimdesk: {} exists; pass --force to replace it",
            output.display()
        );
        return ExitCode::from(1);
    }
    let imported = match import_article(article) {
        Ok(imported) => imported,
        Err(e) => {
            eprintln!("claimdesk: {}: {e}", article.display());
            return ExitCode::from(1);
        }
    };
    for (label, value) in imported.preview_rows() {
        println!("{:<11} {value}", format!("{label}:"));
    }
    let mut article_data = imported.article;
    article_data.meta.date_retrieved = crate::app::today();
    let title = article_data.meta.title.clone();
    let project = Project::new(title, article_data, ScalePreset::TruthSixStep);
    match save_project(&project, output) {
        Ok(()) => {
            println!("Wrote {}", output.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("claimdesk: {e}");
            ExitCode::from(1)
        }
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
    out.push_str(&format!("Sources:  {}\n", project.sources.len()));
    out.push_str("Problems: none\n");
    out
}

/// The check-before-export warnings, as `claimdesk check` prints them after
/// the summary. They warn a reader's trip-ups; they do not fail the check.
pub fn warnings(project: &Project) -> String {
    let warnings = check_report(project);
    if warnings.is_empty() {
        return "Warnings: none\n".to_owned();
    }
    let mut out = format!("Warnings: {}\n", warnings.len());
    for w in warnings {
        out.push_str(&format!("  - {w}\n"));
    }
    out
}
