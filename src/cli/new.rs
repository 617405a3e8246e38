//! `claimdesk new ARTICLE -o PROJECT.ron [--force]`.

use std::path::Path;
use std::process::ExitCode;

use crate::io::{import_article, save_project};
use crate::model::{Project, ScalePreset};

pub fn run(article: &Path, output: &Path, force: bool) -> ExitCode {
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
    article_data.meta.date_retrieved = crate::model::date::today();
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
