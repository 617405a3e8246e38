//! Article › Replace with new version… with a PDF goes through the intake
//! worker as File › Open does: a "Reading the new version…" dialog with a
//! progress bar and Cancel while the pages are read, then re-anchoring and
//! the review. The PDF here is a named pipe, so the test decides when the
//! reading can finish.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use claimdesk::app::{Answer, ClaimDeskApp, FilePicker, PickKind, PickRequest, answered};
use claimdesk::ui::Command;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::pipe::{feed, fifo, step_until};
use crate::window::{copy_sample, harness_with_picker};

/// Opens the project at `project` and answers `article` for an article.
struct Picker {
    project: PathBuf,
    article: PathBuf,
}

impl FilePicker for Picker {
    fn pick(&mut self, request: &PickRequest, _ctx: &egui::Context) -> Receiver<Answer> {
        let path = match request.kind {
            PickKind::OpenArticle => self.article.clone(),
            _ => self.project.clone(),
        };
        answered(Answer::Chosen(path))
    }
}

fn pdf_bytes() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf/one-column.pdf"
    ))
    .unwrap()
}

fn start(
    dir: &Path,
) -> (
    Harness<'static, ClaimDeskApp>,
    PathBuf,
    claimdesk::model::Project,
) {
    let project = copy_sample(dir, "p.ron");
    let old = claimdesk::io::load_project(&project).unwrap();
    let pdf = dir.join("new-version.pdf");
    fifo(&pdf);
    let picker = Box::new(Picker {
        project: project.clone(),
        article: pdf.clone(),
    });
    let mut h = harness_with_picker(Some(&project), picker);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::ReplaceArticleDialog);
    h.run_steps(2);
    (h, pdf, old)
}

#[test]
fn a_pdf_new_version_is_read_on_the_intake_worker_then_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, pdf, old) = start(dir.path());
    assert!(
        h.state().intake_running(),
        "the PDF is read on the intake worker"
    );
    // Frames keep coming while the worker waits for the pipe.
    for _ in 0..5 {
        h.step();
        assert!(h.query_by_label("Reading the new version…").is_some());
    }
    assert!(h.query_by_label("Reading new-version.pdf").is_some());
    assert!(h.query_by_label("Cancel").is_some());
    assert_eq!(h.state().project(), &old);

    let writer = feed(&pdf, pdf_bytes());
    assert!(
        step_until(&mut h, "Replace the article with this version?"),
        "re-anchoring and the review follow the reading"
    );
    writer.join().unwrap();
    assert!(!h.state().intake_running());
    assert_eq!(h.state().project(), &old, "nothing changes before Replace");
    h.get_by_label("Replace").click();
    h.run_steps(2);
    let p = h.state().project();
    assert!(p.article.text.contains("Lost-time injuries fell"));
    assert_eq!(p.article.segments.len(), 3, "the PDF's pages are kept");
    assert_eq!(p.claims.len(), old.claims.len());
}

#[test]
fn cancelling_while_the_pdf_is_read_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, pdf, old) = start(dir.path());
    assert!(h.query_by_label("Reading the new version…").is_some());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().intake_running());
    assert!(h.query_by_label("Reading the new version…").is_none());
    feed(&pdf, pdf_bytes()).join().unwrap();
    for _ in 0..20 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        h.query_by_label("Replace the article with this version?")
            .is_none()
    );
    assert!(
        h.query_by_label("Replacing with the new version…")
            .is_none()
    );
    assert_eq!(h.state().project(), &old);
    assert!(
        h.state()
            .message()
            .is_some_and(|(m, _)| m.contains("Replacing the article was cancelled")),
        "{:?}",
        h.state().message()
    );
}
