//! `claimdesk new ARTICLE -o PROJECT.ron [--force] [--whole-page | --reader-view] [--lang CODE]`.
//! A web page whose reader view kept little of it is told on stderr: as a
//! warning when the article is still short (`--whole-page` keeps the whole
//! visible text), as a note when the second look extended it. `--lang CODE`
//! gives the rating scale's words in that language and makes it the
//! project's report language; without it the project is English.

use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;
use crate::io::{ShortExtraction, import_article, save_project};
use crate::model::{Project, ScalePreset};

pub fn run(
    article: &Path,
    output: &Path,
    force: bool,
    whole_page: bool,
    reader_view: bool,
    lang: Option<Lang>,
) -> ExitCode {
    if !force && output.exists() {
        eprintln!(
            "claimdesk: {} exists; pass --force to replace it",
            output.display()
        );
        return ExitCode::from(1);
    }
    let mut imported = match import_article(article) {
        Ok(imported) => imported,
        Err(e) => {
            eprintln!("claimdesk: {}: {e}", article.display());
            return ExitCode::from(1);
        }
    };
    if let Some(short) = &imported.short {
        if whole_page {
            eprintln!(
                "claimdesk: warning: {}: the whole page text is kept ({} words)",
                short.message(),
                short.page_words
            );
        } else {
            eprintln!(
                "claimdesk: warning: {}; pass --whole-page to keep the whole page text",
                short.message()
            );
        }
        imported.use_whole_page(whole_page);
    } else if whole_page {
        eprintln!(
            "claimdesk: note: the extraction kept most of the page: --whole-page is not needed"
        );
    }
    if reader_view {
        if imported.use_reader_view() {
            eprintln!("claimdesk: note: the reader view's text is kept, without the second look");
        } else {
            eprintln!("claimdesk: note: no second look was taken: --reader-view is not needed");
        }
    } else if let Some(note) = ShortExtraction::second_look_note(&imported.notes) {
        // Said on stderr as well as in the notes: the text kept is not the reader view's.
        eprintln!(
            "claimdesk: note: second look taken: {note}. {} (--reader-view keeps the reader view's text)",
            ShortExtraction::SECOND_LOOK_ADVICE
        );
    }
    for (label, value) in imported.preview_rows() {
        println!("{:<11} {value}", format!("{label}:"));
    }
    let mut article_data = imported.article;
    article_data.meta.date_retrieved = crate::model::date::today();
    let title = article_data.meta.title.clone();
    let mut project = Project::new(title, article_data, ScalePreset::TruthSixStep);
    if let Some(lang) = lang {
        project.scale = crate::ui::scale_presets::scale(ScalePreset::TruthSixStep, lang);
        project.settings.report_language = Some(lang.code().to_owned());
    }
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
