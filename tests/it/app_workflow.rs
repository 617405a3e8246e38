//! Drives the real app without a GPU: open an article, drag across a
//! sentence, mark it, pick a verdict, add a source, save, reopen.

use crate::window::{click_at, harness};
use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};

const SEED: &str = include_str!("../../data/seed-article.txt");
const SENTENCE: &str =
    "That is special, Trump said at a bilateral meeting between the two delegations.";

fn char_offset(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("sentence in article");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

#[test]
fn mark_rate_source_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("seed-article.txt");
    std::fs::write(&article, SEED).unwrap();
    let project_path = dir.path().join("check.ron");
    let mut h = harness(&article, &project_path);

    let text = h.state().project().article.text.clone();
    let (start, end) = char_offset(&text, SENTENCE);
    let from = h
        .state()
        .article_view
        .boundary_screen_pos(start)
        .expect("sentence on screen");
    let to = h
        .state()
        .article_view
        .boundary_screen_pos(end)
        .expect("sentence end on screen");

    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(2);
    h.hover_at(from + egui::vec2(40.0, 0.0));
    h.run_steps(2);
    h.hover_at(to);
    h.run_steps(2);
    h.drop_at(to);
    h.run_steps(2);

    // The selection lives in the view, so clicking the toolbar button keeps it.
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Mark claim")
        .click();
    h.run_steps(3);
    let claim = {
        let project = h.state().project();
        assert_eq!(project.claims.len(), 1, "one claim marked");
        project.claims[0].clone()
    };
    assert_eq!(claim.span.quote, SENTENCE);
    assert_eq!((claim.span.start, claim.span.end), (start, end));
    assert_eq!(h.state().selected_claim(), Some(claim.id));
    assert!(
        h.state().window_title().starts_with("• "),
        "unsaved mark in {:?}",
        h.state().window_title()
    );

    h.get_by_label("Mostly true").click();
    h.run_steps(2);
    let verdict = h.state().project().claims[0].verdict.expect("verdict set");
    assert_eq!(
        h.state().project().scale.verdict(verdict).unwrap().label,
        "Mostly true"
    );
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("set verdict")
    );

    h.get_by_label_contains("New source").click();
    h.run_steps(3);
    h.get_by_label("Title").focus();
    h.run_steps(1);
    h.get_by_label("Title").type_text("Akasaka Palace");
    h.run_steps(2);
    h.get_by_label("URL").focus();
    h.run_steps(1);
    h.get_by_label("URL")
        .type_text("https://en.wikipedia.org/wiki/Akasaka_Palace");
    h.run_steps(2);

    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(project_path.exists(), "saved: {:?}", h.state().message());
    assert!(!h.state().document().is_dirty());
    assert!(!h.state().window_title().starts_with("• "));

    let mut reopened = harness(&project_path, &project_path);
    reopened.run_steps(2);
    let project = reopened.state().project();
    assert_eq!(project.claims.len(), 1);
    let c = &project.claims[0];
    assert_eq!(c.span.quote, SENTENCE);
    assert_eq!(
        project.scale.verdict(c.verdict.unwrap()).unwrap().label,
        "Mostly true"
    );
    assert_eq!(c.sources.len(), 1);
    let source = project
        .source(c.sources[0].source)
        .expect("linked source exists");
    assert_eq!(source.title, "Akasaka Palace");
    assert_eq!(source.url, "https://en.wikipedia.org/wiki/Akasaka_Palace");
    assert!(
        reopened
            .state()
            .article_view
            .painted_claims()
            .contains(&c.id),
        "the claim's highlight is drawn after reopening"
    );
}

#[test]
fn keyboard_selection_marks_a_claim_with_the_shortcut() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Alpha beta gamma.\nSecond paragraph here.").unwrap();
    let mut h = harness(&article, &dir.path().join("p.ron"));
    let pos = h.state().article_view.boundary_screen_pos(6).unwrap();
    h.hover_at(pos);
    h.run_steps(1);
    h.drag_at(pos);
    h.drop_at(pos);
    h.run_steps(2);
    for _ in 0..4 {
        h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
        h.run_steps(1);
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::M);
    h.run_steps(2);
    let project = h.state().project();
    assert_eq!(project.claims.len(), 1);
    assert_eq!(project.claims[0].span.quote, "beta");
}

#[test]
fn clicking_a_highlight_selects_its_claim_and_overlaps_cycle() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "The quick brown fox jumps over the lazy dog.").unwrap();
    let mut h = harness(&article, &dir.path().join("p.ron"));
    // Two overlapping claims: "quick brown fox" and "brown".
    for (s, e) in [(4, 19), (10, 15)] {
        let a = h.state().article_view.boundary_screen_pos(s).unwrap();
        let b = h.state().article_view.boundary_screen_pos(e).unwrap();
        h.hover_at(a);
        h.run_steps(1);
        h.drag_at(a);
        h.run_steps(1);
        h.hover_at(a + egui::vec2(8.0, 0.0));
        h.run_steps(1);
        h.hover_at(b);
        h.run_steps(1);
        h.drop_at(b);
        h.run_steps(1);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::M);
        h.run_steps(2);
    }
    let ids: Vec<_> = h
        .state()
        .project()
        .claims
        .iter()
        .map(|c| (c.span.quote.clone(), c.id))
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    let inner = ids.iter().find(|(q, _)| q == "brown").unwrap().1;
    let outer = ids.iter().find(|(q, _)| q == "quick brown fox").unwrap().1;
    let painted = h.state().article_view.painted_claims().to_vec();
    assert!(
        painted.contains(&inner) && painted.contains(&outer),
        "both highlights visible"
    );

    // A click inside both picks the innermost first, then the one around it.
    let mid = h.state().article_view.boundary_screen_pos(12).unwrap();
    click_at(&mut h, mid);
    h.run_steps(2);
    assert_eq!(h.state().selected_claim(), Some(inner));
    click_at(&mut h, mid);
    h.run_steps(2);
    assert_eq!(h.state().selected_claim(), Some(outer));
    // Only the outer claim covers "quick".
    let quick = h.state().article_view.boundary_screen_pos(6).unwrap();
    click_at(&mut h, quick);
    h.run_steps(2);
    assert_eq!(h.state().selected_claim(), Some(outer));
}

#[test]
fn dropping_a_file_on_the_window_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.txt");
    let dropped = dir.path().join("dropped.txt");
    std::fs::write(&first, "First article.").unwrap();
    std::fs::write(&dropped, "The dropped article.").unwrap();
    let mut h = harness(&first, &dir.path().join("p.ron"));
    // The imported first article is unsaved work, so ClaimDesk asks first.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(dropped)));
    // One frame takes the drop, the next lays out the dialog, the third shows it.
    h.run_steps(3);
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    assert_eq!(h.state().project().article.text, "The dropped article.");
}

#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn export_from_the_window_writes_the_report_and_check_jumps_to_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let project = crate::window::copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&project, &dir.path().join("out.ron"));
    h.get_by_label("Check").click();
    h.run_steps(2);
    assert!(h.query_by_label("Check before export").is_some());
    // Claim 2 of the sample is unrated: the check lists it, and the link jumps there.
    // The link is named for its whole warning; the list item around it is too.
    h.get_all_by_label_contains("Claim #2: ")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .expect("warning for claim 2")
        .click();
    h.run_steps(2);
    assert_eq!(
        h.state().selected_claim(),
        Some(claimdesk::model::ClaimId(2))
    );

    h.get_by_label("Check").click();
    h.run_steps(2);
    h.get_by_label("HTML report").click();
    h.run_steps(2);
    let html = std::fs::read_to_string(dir.path().join("out.html")).expect("report written");
    assert!(html.contains("application/ld+json"));
    assert!(html.contains("Akasaka Palace"));
}

#[test]
fn replacing_the_article_reanchors_claims_after_review_and_undo_restores() {
    let dir = tempfile::tempdir().unwrap();
    let project = crate::window::copy_sample(dir.path(), "p.ron");
    // The corrected version: a new first paragraph, and the paragraph about 2019 removed.
    let old = claimdesk::io::load_project(&project).unwrap();
    let corrected = format!(
        "Correction appended on 30 October.\n{}",
        old.article.text.replace(
            "Trump visited the palace in 2019 to meet Abe, who was assassinated in 2022.\n",
            ""
        )
    );
    std::fs::write(dir.path().join("p.txt"), corrected).unwrap();
    let mut h = harness(&project, &project);
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::ReplaceArticleDialog);
    // The claims are re-anchored on another thread: the review comes when it is done.
    let mut reviewed = false;
    for _ in 0..2_000 {
        h.step();
        if h.query_by_label("Replace the article with this version?")
            .is_some()
        {
            reviewed = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(reviewed, "the review appears");
    assert!(
        h.state().project().article.text == old.article.text,
        "nothing changes before Replace"
    );
    h.get_by_label("Replace").click();
    h.run_steps(2);
    let p = h.state().project();
    assert!(
        p.article.text.starts_with("Correction appended"),
        "{:?}",
        h.state().message()
    );
    assert_eq!(p.claims.len(), old.claims.len(), "no claim is dropped");
    assert_eq!(
        p.orphaned_claims().count(),
        1,
        "the claim on the removed paragraph is an orphan"
    );
    assert_eq!(p.article_history.len(), 1);
    assert!(claimdesk::model::validate(p).is_empty());
    let html = claimdesk::export::export(p, claimdesk::export::Format::Html).unwrap();
    assert!(
        html.contains("The article was changed after our check on"),
        "the report says so"
    );
    assert_eq!(
        super::common::undo_name(h.state().document()).as_deref(),
        Some("replace article")
    );
    h.state_mut().apply(&ctx, claimdesk::ui::Command::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project(), &old);
}

#[test]
fn a_saved_web_page_is_previewed_before_it_becomes_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let first = crate::window::copy_sample(dir.path(), "first.ron");
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/intake/harbour-article.html"
    );
    let mut h = harness(&first, &dir.path().join("out.ron"));
    let before = h.state().project().clone();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::Open(page.into()));
    h.run_steps(3);
    assert!(
        h.query_by_label("Open this article?").is_some(),
        "a preview first"
    );
    assert_eq!(h.state().project(), &before, "nothing replaced yet");
    h.get_by_label("Create project").click();
    h.run_steps(2);
    let p = h.state().project();
    assert_eq!(
        p.article.meta.title,
        "Harbour bridge repairs to cost £48m, council admits"
    );
    assert!(!p.article.text.contains("<script") && !p.article.text.contains("&pound;"));
    assert!(
        h.state().document().is_dirty(),
        "an imported page is unsaved work"
    );
}
