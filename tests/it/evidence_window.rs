//! The window's evidence features, driven with egui_kittest: Add snapshot…
//! (extracted off the UI thread), the source viewer's Use as excerpt,
//! Archive against a mock Wayback Machine, Cancel, and a page dropped on
//! the claim editor becoming a new source.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use claimdesk::app::{Answer, ClaimDeskApp, FilePicker, PickKind, PickRequest, answered};
use claimdesk::model::{ClaimId, SourceId};
use claimdesk::ui::{Command, Tab};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::mock_archive::{MockArchive, available, saved};
use super::window::{copy_sample, harness_with_picker};

const PAGE: &str = "<!doctype html><html><head><title>Summit readout</title>\
<meta property=\"og:site_name\" content=\"Example Wire\"><meta name=\"author\" content=\"K. Sato\">\
<link rel=\"canonical\" href=\"https://wire.example/summit\">\
<script>alert('x')</script></head><body><article><h1>Summit readout</h1>\
<p>The leaders met in Tokyo on Tuesday. They agreed a shipbuilding partnership worth billions, officials said. Talks continue next month.</p>\
<p>Energy purchases were discussed as well, including liquefied natural gas from Alaska, the readout added.</p>\
</article></body></html>";

/// Answers every "open an article" chooser with `page`.
struct PagePicker(PathBuf);

impl FilePicker for PagePicker {
    fn pick(&mut self, request: &PickRequest, _ctx: &egui::Context) -> Receiver<Answer> {
        answered(match request.kind {
            PickKind::OpenArticle => Answer::Chosen(self.0.clone()),
            _ => Answer::Cancelled,
        })
    }
}

fn window(dir: &Path) -> (Harness<'static, ClaimDeskApp>, PathBuf) {
    let project = copy_sample(dir, "check.ron");
    let page = dir.join("readout.html");
    std::fs::write(&page, PAGE).unwrap();
    let h = harness_with_picker(Some(&project), Box::new(PagePicker(page.clone())));
    (h, page)
}

fn command(h: &mut Harness<'static, ClaimDeskApp>, c: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, c);
    h.run_steps(2);
}

/// Runs frames until the background work is done.
fn settle(h: &mut Harness<'static, ClaimDeskApp>) {
    for _ in 0..400 {
        h.run_steps(1);
        if !h.state().evidence_busy() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("evidence work did not finish");
}

fn first_claim_citing(h: &Harness<'static, ClaimDeskApp>, source: SourceId) -> ClaimId {
    h.state()
        .project()
        .claims_citing(source)
        .next()
        .map(|c| c.id)
        .expect("a claim cites the source")
}

#[test]
fn add_snapshot_then_use_a_selection_as_the_anchored_excerpt() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = window(dir.path());
    let source = SourceId(1);
    command(&mut h, Command::ShowTab(Tab::Sources(Some(source))));
    h.get_by_label("Add snapshot…").click();
    h.run_steps(2);
    settle(&mut h);
    let snap = h.state().project().source(source).unwrap().snapshots[0].clone();
    assert_eq!(snap.ext, "html");
    assert!(
        dir.path()
            .join("check.evidence")
            .join(snap.stored_name())
            .is_file()
    );
    assert!(h.state().document().is_dirty());
    // The viewer shows the page's text, inert: the script is gone.
    let text = h
        .state()
        .source_viewer()
        .expect("viewer open")
        .text
        .text
        .clone();
    assert!(text.contains("shipbuilding partnership"));
    assert!(!text.contains("alert"));

    // Open it for a claim, select a passage, use it as the excerpt.
    let claim = first_claim_citing(&h, source);
    command(
        &mut h,
        Command::ViewSnapshot {
            source,
            snapshot: snap.sha256.clone(),
            claim: Some(claim),
        },
    );
    settle(&mut h);
    let byte = text.find("shipbuilding partnership").unwrap();
    let start = text[..byte].chars().count();
    h.state_mut().source_viewer_mut().unwrap().selection = Some((start, start + 24));
    h.run_steps(2);
    h.get_by_label("Use as excerpt").click();
    h.run_steps(3);
    let link = h
        .state()
        .project()
        .claim(claim)
        .unwrap()
        .sources
        .iter()
        .find(|l| l.source == source)
        .cloned()
        .unwrap();
    assert_eq!(link.excerpt, "shipbuilding partnership");
    let anchor = link.anchor.expect("anchored");
    assert_eq!((anchor.span.start, anchor.span.end), (start, start + 24));
    assert_eq!(anchor.snapshot, snap.sha256);
    assert_eq!(
        h.state().source_viewer().unwrap().highlight,
        Some((start, start + 24))
    );

    // Saved, reopened from the claim editor at the excerpt.
    command(&mut h, Command::Save);
    command(&mut h, Command::SelectClaim(Some(claim)));
    h.get_by_label("Show excerpt in snapshot").click();
    h.run_steps(2);
    settle(&mut h);
    assert_eq!(
        h.state().source_viewer().unwrap().highlight,
        Some((start, start + 24))
    );
}

#[test]
fn archive_fills_the_archived_copy_and_cancel_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = window(dir.path());
    let mock = MockArchive::start(|path| {
        if path.contains("Sanae_Takaichi") {
            available(
                "https://en.wikipedia.org/wiki/Sanae_Takaichi",
                Some("20251101090000"),
            )
        } else {
            // Never answers: archiving hangs until cancelled.
            (0, vec![], String::new())
        }
    });
    h.state_mut().set_archive_endpoint(&mock.base);
    command(&mut h, Command::ShowTab(Tab::Sources(Some(SourceId(1)))));
    h.get_by_label("Archive").click();
    h.run_steps(2);
    settle(&mut h);
    let s = h.state().project().source(SourceId(1)).unwrap().clone();
    assert_eq!(
        s.archive_url,
        "https://web.archive.org/web/20251101090000/https://en.wikipedia.org/wiki/Sanae_Takaichi"
    );
    assert_eq!(s.archived_on, "2025-11-01");

    // A hanging archive: the progress window offers Cancel; nothing changes.
    let before = h.state().project().clone();
    command(&mut h, Command::ShowTab(Tab::Sources(Some(SourceId(2)))));
    h.get_by_label("Archive").click();
    h.run_steps(3);
    assert!(h.state().evidence_busy());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().evidence_busy());
    assert_eq!(h.state().project(), &before);
}

#[test]
fn an_archived_source_offers_a_new_capture_of_the_page_as_it_is_now() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = window(dir.path());
    let mock = MockArchive::start(|path| {
        if path.starts_with("/save/") {
            saved(
                "",
                "https://en.wikipedia.org/wiki/Sanae_Takaichi",
                "20261205101500",
            )
        } else {
            available(
                "https://en.wikipedia.org/wiki/Sanae_Takaichi",
                Some("20251101090000"),
            )
        }
    });
    h.state_mut().set_archive_endpoint(&mock.base);
    command(&mut h, Command::ShowTab(Tab::Sources(Some(SourceId(1)))));
    h.get_by_label("Archive").click();
    h.run_steps(2);
    settle(&mut h);
    assert!(
        !mock
            .requests
            .lock()
            .unwrap()
            .iter()
            .any(|r| r.contains("/save/")),
        "the first archive reuses the existing capture"
    );

    // With a copy on record the button asks for a new capture, not the old one.
    h.run_steps(2);
    assert!(h.query_by_label("Archive").is_none());
    h.get_by_label("New capture").click();
    h.run_steps(2);
    settle(&mut h);
    assert!(
        mock.requests
            .lock()
            .unwrap()
            .iter()
            .any(|r| r.contains("/save/"))
    );
    let s = h.state().project().source(SourceId(1)).unwrap().clone();
    assert_eq!(
        s.archive_url,
        format!(
            "{}/web/20261205101500/https://en.wikipedia.org/wiki/Sanae_Takaichi",
            mock.base
        )
    );
    assert_eq!(s.archived_on, "2026-12-05");
}

#[test]
fn a_page_dropped_on_the_claim_editor_becomes_a_new_source() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, page) = window(dir.path());
    let claim = h.state().project().claims[0].id;
    let count = h.state().project().sources.len();
    command(&mut h, Command::SelectClaim(Some(claim)));
    command(&mut h, Command::ShowTab(Tab::Claim));
    h.hover_at(egui::pos2(1200.0, 400.0));
    h.run_steps(1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(page)));
    h.run_steps(2);
    settle(&mut h);
    let p = h.state().project();
    assert_eq!(p.sources.len(), count + 1);
    let s = p.sources.last().unwrap();
    assert_eq!(s.title, "Summit readout");
    assert_eq!(s.url, "https://wire.example/summit");
    assert_eq!(s.snapshots.len(), 1);
    assert!(
        p.claim(claim)
            .unwrap()
            .sources
            .iter()
            .any(|l| l.source == s.id)
    );
    // The article was not replaced by the page.
    assert!(!p.article.text.contains("Summit readout"));
}

#[test]
fn a_pdf_dropped_on_a_source_becomes_its_snapshot_not_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = window(dir.path());
    let article = h.state().project().article.text.clone();
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/footnotes.pdf");
    command(&mut h, Command::ShowTab(Tab::Sources(Some(SourceId(1)))));
    h.hover_at(egui::pos2(1200.0, 400.0));
    h.run_steps(1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(pdf)));
    h.run_steps(2);
    settle(&mut h);
    let p = h.state().project();
    let snaps = &p.source(SourceId(1)).unwrap().snapshots;
    assert_eq!(snaps.len(), 1);
    assert_eq!(snaps[0].kind_label(), "PDF");
    assert_eq!(p.article.text, article);
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
