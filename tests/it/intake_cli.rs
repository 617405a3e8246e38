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
