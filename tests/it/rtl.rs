//! Right-to-left text in the real window: an Arabic paragraph reads from
//! its right edge, dragging across its first word there marks that word,
//! and a range that crosses into Latin text is highlighted in pieces.

use std::path::Path;
use std::sync::Arc;

use claimdesk::app::ClaimDeskApp;
use claimdesk::model::{Article, ArticleMeta, Project, ScalePreset};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::window::harness_any_script;

/// The window with the system's fonts, as the real app has them: Arabic
/// is shaped by a real Arabic font, not drawn as missing-glyph boxes.
fn window(file: &Path) -> Harness<'static, ClaimDeskApp> {
    let mut h = harness_any_script(file, file);
    h.ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    h.run_steps(4);
    h
}

fn drag(h: &mut Harness<'static, ClaimDeskApp>, from: egui::Pos2, to: egui::Pos2) {
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(2);
    h.hover_at(from.lerp(to, 0.5));
    h.run_steps(2);
    h.hover_at(to);
    h.run_steps(2);
    h.drop_at(to);
    h.run_steps(2);
}

#[test]
fn dragging_across_the_first_arabic_word_at_the_right_edge_marks_that_word() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("multi-script.ron");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/projects/multi-script.ron"),
        &path,
    )
    .unwrap();
    let mut h = window(&path);
    let text = h.state().project().article.text.clone();
    let claims_before = h.state().project().claims.len();
    let para = h.state().article_view.text_index().paragraphs()[3];
    let arabic = &text[para.byte_start..para.byte_end];
    assert!(arabic.starts_with("التقت "), "{arabic}");
    let (start, end) = (para.char_start, para.char_start + "التقت".chars().count());

    let view = &h.state().article_view;
    let from = view
        .boundary_screen_pos(start)
        .expect("paragraph on screen");
    let to = view.boundary_screen_pos(end).unwrap();
    // The paragraph starts at its right edge: no boundary of it lies further right.
    for c in para.char_start..=para.char_end {
        let x = view.boundary_screen_pos(c).unwrap().x;
        assert!(
            x <= from.x + 0.5,
            "boundary {c} at {x} right of the start {}",
            from.x
        );
    }
    assert!(
        to.x < from.x - 20.0,
        "the word runs leftwards: {from:?} → {to:?}"
    );
    // Inside the word, each boundary sits left of the one before.
    let inner: Vec<f32> = (start..=end)
        .map(|c| view.boundary_screen_pos(c).unwrap().x)
        .collect();
    assert!(inner.windows(2).all(|w| w[1] < w[0]), "{inner:?}");
    // Right-aligned: the Latin paragraph below starts far to the left of it.
    let latin = h.state().article_view.text_index().paragraphs()[4];
    let latin_x = view.boundary_screen_pos(latin.char_start).unwrap().x;
    assert!(latin_x < to.x - 200.0);

    drag(&mut h, from, to);
    let rects = h.state().article_view.range_screen_rects(start, end);
    assert_eq!(rects.len(), 1, "{rects:?}");
    assert!((rects[0].right() - from.x).abs() < 0.5);
    assert!((rects[0].left() - to.x).abs() < 0.5);

    h.get_by_role_and_label(egui::accesskit::Role::Button, "Mark claim")
        .click();
    h.run_steps(3);
    let project = h.state().project();
    assert_eq!(project.claims.len(), claims_before + 1);
    let new = project
        .claims
        .iter()
        .find(|c| c.span.start == start)
        .expect("a claim on the first word");
    assert_eq!(new.span.quote, "التقت");
    assert_eq!(new.span.end, end);
}

#[test]
fn a_selection_from_arabic_into_latin_is_highlighted_in_two_pieces() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.ron");
    let text = "قال 25 شخصا in Tokyo اليوم.\nAn English line.";
    let project = Project::new(
        "Mixed",
        Article::new(ArticleMeta::default(), text.to_owned()),
        ScalePreset::TruthSixStep,
    );
    claimdesk::io::save_project(&project, &path).unwrap();
    let mut h = window(&path);
    let view = &h.state().article_view;
    // "شخصا in": the Arabic word at the right, "in" at the left of "Tokyo".
    let rects = view.range_screen_rects(7, 14);
    assert_eq!(rects.len(), 2, "{rects:?}");
    let tokyo = view.range_screen_rects(15, 20);
    assert_eq!(tokyo.len(), 1);
    let (left, right) = if rects[0].left() < rects[1].left() {
        (rects[0], rects[1])
    } else {
        (rects[1], rects[0])
    };
    assert!(left.right() <= tokyo[0].left() + 0.5 && tokyo[0].right() <= right.left() + 0.5);
    // "25" reads left to right: 2 before 5.
    let two = view.boundary_screen_pos(4).unwrap().x;
    let five = view.boundary_screen_pos(5).unwrap().x;
    assert!(two < five);

    // Shift+Left in a right-to-left paragraph selects forward, the way it reads.
    let first = view.boundary_screen_pos(0).unwrap();
    crate::window::click_at(&mut h, first);
    for _ in 0..3 {
        h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowLeft);
        h.run_steps(1);
    }
    let selected = h.state().article_view.selection.map(|s| s.range());
    assert_eq!(selected, Some((0, 3)));
}

#[test]
fn the_editors_arabic_quote_is_named_in_logical_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("multi-script.ron");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/projects/multi-script.ron"),
        &path,
    )
    .unwrap();
    let mut h = window(&path);
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::SelectClaim(Some(claimdesk::model::ClaimId(4))),
    );
    h.run_steps(3);
    // Drawn in visual order by the bidi label, but named as written.
    h.get_by_label("“بالرئيس الأمريكي”");
}
