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

/// A day as the language's report catalog writes it (`report-date-long`).
fn long_date(lang: Lang, year: &str, month: u8, day: u8) -> String {
    i18n::format(
        lang,
        "report-date-long",
        &[
            ("day", day.to_string().into()),
            (
                "month",
                i18n::text(lang, &format!("report-month-{month}")).into(),
            ),
            ("year", year.into()),
        ],
    )
}

#[test]
fn a_spanish_report_speaks_spanish_and_keeps_the_desks_words() {
    let w = |id: &str| i18n::text(Lang::Es, id);
    let page = html(Lang::Es);
    assert!(page.contains("<html lang=\"es\">"), "no dir for Spanish");
    for id in [
        "report-summary",
        "report-claims",
        "report-sources",
        "report-why",
    ] {
        assert!(page.contains(&w(id)), "{id}");
    }
    for english in [
        ">Summary<",
        ">Why<",
        ">Evidence<",
        "Claims reviewed",
        "DRAFT",
    ] {
        assert!(!page.contains(english), "{english} left in English");
    }
    // The draft banner and counts, with Spanish plurals (1 of 6 approved).
    let note = i18n::format(
        Lang::Es,
        "report-draft-note",
        &[("approved", 1.into()), ("total", 6.into())],
    );
    assert!(page.contains(&note), "{note}");
    assert!(page.contains(&format!("<strong>{}</strong>", w("report-draft-mark"))));
    assert!(page.contains(&i18n::format(
        Lang::Es,
        "report-total",
        &[("count", 6.into())]
    )));
    // Dates as Spanish writes them: the draft's day, and the approval's.
    let made = long_date(Lang::Es, "2025", 10, 29);
    assert!(made.contains("octubre"), "{made}");
    assert!(page.contains(&made), "{made}");
    let approved = i18n::format(
        Lang::Es,
        "report-approved-by-on",
        &[
            ("who", "Ben".into()),
            ("date", long_date(Lang::Es, "2025", 11, 2).into()),
        ],
    );
    assert!(page.contains(&approved), "{approved}");
    // What the desk wrote stays as written: the scale's labels are the project's.
    assert!(page.contains(">Mostly false<"));
    assert!(page.contains("Takaichi–Trump meeting: what checks out"));

    let md = markdown(Lang::Es);
    assert!(md.contains(&format!("## {}", w("report-summary"))));
    assert!(md.contains(&format!("**{}**", w("report-draft-mark"))));
    assert!(md.contains(&made));
    assert!(!md.contains("## Summary") && !md.contains("Generated by"));
}

#[test]
fn an_arabic_report_reads_right_to_left_with_arabic_plurals_and_dates() {
    let w = |id: &str| i18n::text(Lang::Ar, id);
    let page = html(Lang::Ar);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // The mirrored style sheet comes only with a right-to-left page.
    assert!(page.contains("report.css mirrored"));
    assert!(!html(Lang::En).contains("report.css mirrored"));
    assert!(!html(Lang::Es).contains("report.css mirrored"));
    for id in [
        "report-summary",
        "report-article",
        "report-claims",
        "report-sources",
    ] {
        assert!(page.contains(&w(id)), "{id}");
    }
    // Six claims and two sources citing one and four claims: Arabic picks
    // a different plural form for each count, from its own catalog.
    let total = i18n::format(Lang::Ar, "report-total", &[("count", 6.into())]);
    assert!(page.contains(&total), "{total}");
    assert_ne!(
        total,
        i18n::format(Lang::Ar, "report-total", &[("count", 11.into())]).replace("11", "6"),
        "3–10 and 11–99 are different forms in Arabic"
    );
    let made = long_date(Lang::Ar, "2025", 10, 29);
    assert!(page.contains(&made), "{made}");
    assert!(!page.contains("draft made"));
    // The desk's English verdict text keeps its own direction in the page.
    assert!(page.contains("<td dir=\"auto\">The statement is not accurate.</td>"));
    let md = markdown(Lang::Ar);
    assert!(md.contains(&format!("## {}", w("report-summary"))));
    assert!(md.contains(&made));
}
