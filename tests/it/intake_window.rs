//! The window reads a PDF on a worker thread (frames keep coming, a progress
//! dialog is shown), then previews it; a claim marked in a transcript takes
//! its speaker as claimant.

use std::time::{Duration, Instant};

use claimdesk::ui::Command;

use crate::window::harness;
use egui_kittest::kittest::Queryable;

#[test]
fn a_pdf_is_read_in_the_background_then_previewed() {
    let dir = tempfile::tempdir().unwrap();
    let first = crate::window::copy_sample(dir.path(), "first.ron");
    let pdf = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf/one-column.pdf"
    );
    let mut h = harness(&first, &dir.path().join("out.ron"));
    let before = h.state().project().clone();
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Open(pdf.into()));
    assert!(h.state().intake_running(), "the PDF is read on a worker");
    let start = Instant::now();
    while h.state().intake_running() && start.elapsed() < Duration::from_secs(30) {
        h.run_steps(1);
    }
    h.run_steps(2);
    assert!(
        h.query_by_label("Open this article?").is_some(),
        "a preview first"
    );
    assert_eq!(h.state().project(), &before, "nothing replaced yet");
    h.get_by_label("Create project").click();
    h.run_steps(2);
    let p = h.state().project();
    assert_eq!(p.article.segments.len(), 3);
    assert!(p.article.text.contains("Lost-time injuries fell"));
}

#[test]
fn a_claim_in_a_transcript_takes_the_speaker_as_claimant() {
    let dir = tempfile::tempdir().unwrap();
    let first = crate::window::copy_sample(dir.path(), "first.ron");
    let srt = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/intake/debate.srt"
    );
    let mut h = harness(&first, &dir.path().join("out.ron"));
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Open(srt.into()));
    h.run_steps(2);
    h.get_by_label("Create project").click();
    h.run_steps(2);
    let text = h.state().project().article.text.clone();
    let byte = text.find("Unemployment fell").unwrap();
    let start = text[..byte].chars().count();
    h.state_mut().apply(
        &ctx,
        Command::MarkClaim {
            start,
            end: start + 17,
            open_editor: true,
        },
    );
    h.run_steps(2);
    let claim = &h.state().project().claims[0];
    assert_eq!(claim.span.quote, "Unemployment fell");
    assert_eq!(claim.claimant, "SENATOR OKAFOR");
}
