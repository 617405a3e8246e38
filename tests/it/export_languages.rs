//! Reports in the project's language: the HTML and Markdown reports take
//! every heading, label, count and date from the report catalog of the
//! report language (the project's, `--lang` on the command line, else the
//! window's), and say which language they are in; the data formats do not
//! change with it.

use claimdesk::export::{Format, export_at, export_in, report_language};
use claimdesk::i18n::{self, Lang};
use claimdesk::io::save_project;

use crate::common::{at, claimdesk, sample};

fn html(lang: Lang) -> String {
    export_in(&sample(), Format::Html, at(), lang).unwrap_or_else(|e| panic!("{e}"))
}

fn markdown(lang: Lang) -> String {
    export_in(&sample(), Format::Markdown, at(), lang).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_heading_of_a_pseudo_language_report_comes_from_the_catalog() {
    // The pseudo-language accents and brackets every catalog message, so an
    // English word left in the template shows as plain English.
    let page = html(Lang::EnXa);
    assert!(page.contains("<html lang=\"en-XA\">"), "{}", &page[..200]);
    for id in [
        "report-summary",
        "report-article",
        "report-claims",
        "report-sources",
        "report-why",
        "report-evidence",
        "report-our-verdict",
        "report-footer-note",
    ] {
        let text = i18n::text(Lang::EnXa, id);
        assert!(page.contains(&text), "{id}: {text} missing");
        let english = i18n::text(Lang::En, id);
        assert!(
            !page.contains(&format!(">{english}<")),
            "{english} left in English"
        );
    }
    let md = markdown(Lang::EnXa);
    // Markdown escapes the pseudo-language's brackets like any other text.
    let summary = i18n::text(Lang::EnXa, "report-summary")
        .replace('[', "\\[")
        .replace(']', "\\]");
    assert!(md.contains(&format!("## {summary}")), "{summary}");
    assert!(!md.contains("## Summary"));
}

#[test]
fn the_project_chooses_the_language_and_the_window_fills_in() {
    let mut project = sample();
    assert_eq!(report_language(&project, Lang::Ja), Lang::Ja);
    project.settings.report_language = Some("es".into());
    assert_eq!(report_language(&project, Lang::Ja), Lang::Es);
    let page = export_at(&project, Format::Html, at()).unwrap_or_else(|e| panic!("{e}"));
    assert!(page.contains("<html lang=\"es\">"));
    // A code this build does not know (a newer file's) gives English.
    project.settings.report_language = Some("tlh".into());
    assert_eq!(report_language(&project, Lang::Ja), Lang::En);
}

#[test]
fn data_formats_are_the_same_in_every_language() {
    for format in [Format::Csv, Format::ClaimReview, Format::Annotations] {
        let english =
            export_in(&sample(), format, at(), Lang::En).unwrap_or_else(|e| panic!("{e}"));
        for lang in [Lang::Es, Lang::Ar, Lang::EnXa] {
            let other = export_in(&sample(), format, at(), lang).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(english, other, "{format} in {}", lang.code());
        }
    }
}

#[test]
fn the_command_line_takes_lang_then_the_project_then_english() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("desk.ron");
    let mut project = sample();
    save_project(&project, &path).unwrap_or_else(|e| panic!("{e}"));
    let export = |extra: &[&str]| {
        let mut args = vec![
            "export",
            path.to_str().unwrap_or_default(),
            "--format",
            "html",
        ];
        args.extend(extra);
        let out = claimdesk(&args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (page, _) = export(&[]);
    assert!(page.contains("<html lang=\"en\">"));
    let (page, note) = export(&["--lang", "en-XA"]);
    assert!(page.contains("<html lang=\"en-XA\">"));
    assert!(
        note.contains("the html report is a draft"),
        "stderr stays English: {note}"
    );
    project.settings.report_language = Some("en-XA".into());
    save_project(&project, &path).unwrap_or_else(|e| panic!("{e}"));
    assert!(export(&[]).0.contains("<html lang=\"en-XA\">"));
    assert!(export(&["--lang", "en"]).0.contains("<html lang=\"en\">"));
    let out = claimdesk(&[
        "export",
        path.to_str().unwrap_or_default(),
        "--format",
        "html",
        "--lang",
        "xx",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown language is a usage error"
    );
}
