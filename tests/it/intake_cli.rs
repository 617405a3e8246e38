//! `claimdesk new ARTICLE -o PROJECT.ron`: a project from any article file,
//! what was extracted printed, exit 0; 1 for a bad article or an existing
//! output without --force; 2 for bad usage.

use crate::common::{claimdesk, intake_fixture};
use std::path::Path;

#[test]
fn new_makes_a_project_from_a_saved_page_and_prints_what_it_found() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("bridge.ron");
    let out = dir.path().join("bridge.ron").to_string_lossy().into_owned();
    let run = claimdesk(&["new", &intake_fixture("harbour-article.html"), "-o", &out]);
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for line in [
        "Read as:    web page",
        "Title:      Harbour bridge repairs to cost £48m, council admits",
        "Outlet:     The Coastal Courier",
        "Author:     Siân O’Connell",
        "Published:  2024-03-14",
        "URL:        https://www.coastalcourier.example/news/harbour-bridge-repairs",
    ] {
        assert!(
            stdout.lines().any(|l| l == line),
            "{line:?} missing from\n{stdout}"
        );
    }
    assert!(stdout.contains("Characters: "), "{stdout}");
    assert!(stdout.contains("Paragraphs: "), "{stdout}");
    assert!(
        stdout.trim_end().ends_with(&format!("Wrote {out}")),
        "{stdout}"
    );

    let project = claimdesk::io::load_project(&out_path).unwrap();
    assert_eq!(project.scale.name, "Six-step truth scale");
    assert_eq!(project.article.meta.outlet, "The Coastal Courier");
    assert_eq!(project.article.meta.date_retrieved.len(), 10);

    // `check` reads what `new` wrote.
    let check = claimdesk(&["check", &out]);
    assert_eq!(check.status.code(), Some(0));

    // An existing output is not overwritten without --force.
    let again = claimdesk(&["new", &intake_fixture("rail-fares.md"), "-o", &out]);
    assert_eq!(again.status.code(), Some(1));
    let stderr = String::from_utf8(again.stderr).unwrap();
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(claimdesk::io::load_project(&out_path).unwrap(), project);

    let forced = claimdesk(&[
        "new",
        &intake_fixture("rail-fares.md"),
        "-o",
        &out,
        "--force",
    ]);
    assert_eq!(forced.status.code(), Some(0));
    let replaced = claimdesk::io::load_project(&out_path).unwrap();
    assert_eq!(
        replaced.title,
        "Rail fares: what the minister said, checked"
    );
}

#[test]
fn new_reports_notes_and_refuses_bad_articles() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.ron").to_string_lossy().into_owned();
    let run = claimdesk(&[
        "new",
        &intake_fixture("council-budget-latin1.txt"),
        "-o",
        &out,
    ]);
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert_eq!(run.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("Note:       Converted from windows-1252"),
        "{stdout}"
    );

    let binary = dir.path().join("x.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out2 = dir.path().join("q.ron");
    let run = claimdesk(&[
        "new",
        binary.to_str().unwrap(),
        "-o",
        out2.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    assert!(String::from_utf8(run.stderr).unwrap().contains("binary"));
    assert!(!out2.exists());

    let missing = claimdesk(&[
        "new",
        &intake_fixture("no-such-file.html"),
        "-o",
        out2.to_str().unwrap(),
    ]);
    assert_eq!(missing.status.code(), Some(1));

    let usage = claimdesk(&["new", &intake_fixture("rail-fares.md")]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn new_reads_a_pdf_and_a_transcript_and_refuses_a_scan() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/one-column.pdf");
    let out = dir.path().join("report.ron").to_string_lossy().into_owned();
    let run = claimdesk(&["new", &pdf.to_string_lossy(), "-o", &out]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("Read as:    PDF"), "{stdout}");
    assert!(stdout.contains("3 pages read"), "{stdout}");
    let saved = std::fs::read_to_string(&out).unwrap();
    assert!(saved.contains("page: Some(2)"), "{saved}");
    let srt = dir.path().join("debate.ron").to_string_lossy().into_owned();
    let run = claimdesk(&["new", &intake_fixture("debate.srt"), "-o", &srt]);
    assert_eq!(run.status.code(), Some(0));
    let scan = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/scanned.pdf");
    let bad = dir.path().join("scan.ron");
    let run = claimdesk(&["new", &scan.to_string_lossy(), "-o", &bad.to_string_lossy()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no text layer"));
    assert!(!bad.exists());
}

/// Issue 29: a Markdown article's headline is its title, said once (not
/// again as the first paragraph), and its byline line gives the author,
/// outlet and date; claims are offsets into the text as kept.
#[test]
fn new_reads_a_markdown_headline_once_and_its_byline_as_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("council.ron");
    let run = claimdesk(&[
        "new",
        &intake_fixture("council-budget.md"),
        "-o",
        &out.to_string_lossy(),
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{stdout}");
    for (label, value) in [
        ("Title", "Council approves £4m budget for the harbour"),
        ("Author", "Jane Doe"),
        ("Outlet", "The Gazette"),
        ("Published", "2026-12-03"),
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&format!("{label}:")) && l.ends_with(value)),
            "{label} {value}: {stdout}"
        );
    }
    let project = claimdesk::io::load_project(&out).unwrap();
    let text = &project.article.text;
    assert!(
        text.starts_with("The council approved a £4m budget"),
        "{text}"
    );
    assert!(!text.contains("Council approves"), "{text}");
    assert!(!text.contains("Jane Doe"), "{text}");
    assert_eq!(project.article.sha256, claimdesk::model::sha256_hex(text));
}

/// Issue 29: a PDF without a declared title is titled by its first line
/// (read in the child process, the title comes back with the article), not
/// by its file name.
#[test]
fn new_titles_a_pdf_by_its_first_line() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/one-column.pdf");
    let out = dir.path().join("report.ron");
    let run = claimdesk(&["new", &pdf.to_string_lossy(), "-o", &out.to_string_lossy()]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("Title:") && l.ends_with("Harbour Authority Annual Report 2025")),
        "{stdout}"
    );
    assert!(!stdout.contains("the file name is used"), "{stdout}");
    let project = claimdesk::io::load_project(&out).unwrap();
    assert_eq!(project.title, "Harbour Authority Annual Report 2025");
    // The other fixtures: a title where the page shows one, else the file name.
    let title = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/pdf")
            .join(name);
        claimdesk::io::import_article(&path)
            .unwrap()
            .article
            .meta
            .title
    };
    assert_eq!(
        title("two-column.pdf"),
        "Council Budget Committee: Minutes of 14 May 2025"
    );
    assert_eq!(
        title("footnotes.pdf"),
        "Ministry of Health: Waiting Times Briefing"
    );
    assert_eq!(title("table.pdf"), "Regional Unemployment, 2024 and 2025");
}
