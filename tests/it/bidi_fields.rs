//! Editing fields with Arabic in them: the words read right to left while
//! typed, the caret is drawn where the characters are, arrow keys and
//! clicks follow the order they are drawn in, and the text is kept as typed.

use std::sync::Arc;

use eframe::egui::{
    self, Galley, Id, Key, Modifiers, Pos2, text::CCursor, text_edit::TextEditState,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use claimdesk::ui::bidi_edit;

const TYPED: &str = "قال الوزير إن 25 شخصا";

/// What the field showed last frame.
#[derive(Default)]
struct Field {
    text: String,
    galley: Option<Arc<Galley>>,
    galley_pos: Pos2,
    id: Option<Id>,
}

fn field() -> Harness<'static, Field> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(420.0, 200.0))
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, f: &mut Field| {
                let l = ui.label("Rationale");
                let out = bidi_edit::show_ui(ui, &mut f.text, true, |e| {
                    e.desired_width(f32::INFINITY).desired_rows(3)
                });
                let _ = out.response.response.clone().labelled_by(l.id);
                f.galley = Some(out.galley);
                f.galley_pos = out.galley_pos;
                f.id = Some(out.response.id);
            },
            Field::default(),
        );
    h.ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    h.run_steps(2);
    h
}

/// The x of the caret before character `c` (galley-local).
fn caret_x(f: &Field, c: usize) -> f32 {
    let g = f.galley.as_ref().expect("drawn");
    let at = CCursor {
        index: c.into(),
        prefer_next_row: true,
    };
    g.pos_from_cursor(at).min.x
}

fn cursor(h: &Harness<'static, Field>) -> (usize, usize) {
    let id = h.state().id.expect("drawn");
    let state = TextEditState::load(&h.ctx, id).expect("state");
    let r = state.cursor.char_range().expect("a cursor");
    (r.secondary.index.0, r.primary.index.0)
}

#[test]
fn arabic_typed_into_a_field_reads_right_to_left_with_the_caret_at_its_end() {
    let mut h = field();
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .focus();
    h.run_steps(1);
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text(TYPED);
    h.run_steps(3);
    let f = h.state();
    assert_eq!(f.text, TYPED, "the text is kept as typed, in logical order");
    // The words run leftwards: "قال" at the right, then "الوزير", "إن".
    let (qal, wazir, inna) = (caret_x(f, 0), caret_x(f, 4), caret_x(f, 11));
    assert!(
        qal > wazir + 20.0 && wazir > inna + 20.0,
        "{qal} {wazir} {inna}"
    );
    // "25" reads left to right inside the Arabic: 2 left of 5.
    assert!(caret_x(f, 14) < caret_x(f, 15));
    // Right-aligned: the first word ends at the field's right edge.
    let g = f.galley.as_ref().unwrap();
    assert!(g.rect.width() - qal < 2.0, "{qal} of {}", g.rect.width());
    // The caret after typing is at the text's end, its leftmost point.
    let end = TYPED.chars().count();
    let leftmost = (0..end)
        .map(|c| caret_x(f, c))
        .fold(f32::INFINITY, f32::min);
    assert!(caret_x(f, end) <= leftmost + 0.5);
    assert_eq!(cursor(&h), (end, end));
}

#[test]
fn arrow_keys_and_clicks_follow_the_order_the_characters_are_drawn_in() {
    let mut h = field();
    h.state_mut().text = TYPED.to_owned();
    h.run_steps(2);
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .focus();
    h.run_steps(1);
    // Click just left of the first word's right edge: before its first letter.
    let at = {
        let f = h.state();
        f.galley_pos + egui::vec2(caret_x(f, 0) - 1.0, 10.0)
    };
    h.hover_at(at);
    h.run_steps(1);
    h.drag_at(at);
    h.run_steps(1);
    h.drop_at(at);
    h.run_steps(3);
    assert_eq!(cursor(&h), (0, 0), "a click lands where it was drawn");
    // Left moves on through the Arabic, as it reads; Right comes back.
    h.key_press(Key::ArrowLeft);
    h.run_steps(1);
    h.key_press(Key::ArrowLeft);
    h.run_steps(1);
    assert_eq!(cursor(&h).1, 2);
    h.key_press(Key::ArrowRight);
    h.run_steps(1);
    assert_eq!(cursor(&h), (1, 1));
    // Shift+Left selects the next letters; the text stays as it was.
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run_steps(1);
    assert_eq!(cursor(&h), (1, 3));
    assert_eq!(h.state().text, TYPED);
}

#[test]
fn a_long_arabic_rationale_wraps_into_right_aligned_lines_in_reading_order() {
    let mut h = field();
    let long = "قال الوزير إن خمسة وعشرين شخصا أصيبوا في الحادث الذي وقع صباح اليوم في وسط المدينة";
    h.state_mut().text = long.to_owned();
    h.run_steps(3);
    let f = h.state();
    let g = f.galley.as_ref().unwrap();
    assert!(g.rows.len() >= 2, "wraps: {} rows", g.rows.len());
    // The second line starts (its first letter) at the right edge too.
    let first_of_second: usize = g.rows[0].glyphs.len();
    let width = g.rect.width();
    let x = caret_x(f, first_of_second);
    assert!(width - x < 2.0, "{x} of {width}");
    let chars: usize = g.rows.iter().map(|r| r.glyphs.len()).sum();
    assert_eq!(chars, long.chars().count(), "one glyph per character");
}

#[test]
fn an_arabic_rationale_typed_in_the_window_is_stored_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::window::copy_sample(dir.path(), "p.ron");
    let mut h = crate::window::harness_any_script(&path, &path);
    h.ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    let ctx = h.ctx.clone();
    let id = h.state().project().claims[0].id;
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::SelectClaim(Some(id)));
    h.run_steps(3);
    let name = claimdesk::ui::i18n::tr(&h.ctx, "claims-rationale");
    h.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &name)
        .focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &name)
        .type_text(TYPED);
    h.run_steps(3);
    // Arrow keys move through it without changing it.
    for _ in 0..4 {
        h.key_press(Key::ArrowRight);
        h.run_steps(1);
    }
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    let claim = h.state().project().claim(id).unwrap();
    assert_eq!(claim.rationale, TYPED);
}

/// Where and with what galley the source viewer drew `text`.
fn drawn(
    h: &Harness<'static, claimdesk::ui::source_viewer::SourceViewer>,
    text: &str,
) -> (Pos2, Arc<Galley>) {
    fn find(shape: &egui::Shape, text: &str) -> Option<(Pos2, Arc<Galley>)> {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().find_map(|s| find(s, text)),
            egui::Shape::Text(t) if t.galley.text() == text => Some((t.pos, t.galley.clone())),
            _ => None,
        }
    }
    h.output()
        .shapes
        .iter()
        .find_map(|c| find(&c.shape, text))
        .expect("the page drawn")
}

/// A snapshot of an Arabic page reads right to left in the source viewer,
/// its anchored excerpt marked, and a selection is still taken from it.
#[test]
fn an_arabic_snapshot_reads_right_to_left_in_the_source_viewer() {
    use claimdesk::evidence::SnapshotText;
    use claimdesk::ui::source_viewer::SourceViewer;
    const PAGE: &str = "قال الوزير إن الاتفاق جديد\nوأضاف أن 25 شخصا حضروا";
    let project = crate::common::shipped_sample();
    let source = project.sources[0].id;
    // "الوزير", the second word, is the anchored excerpt.
    let viewer = SourceViewer::new(
        source,
        "snapshot".into(),
        None,
        Arc::new(SnapshotText::new(PAGE.into())),
        Some((4, 10)),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .allow_missing_glyphs()
        .build_ui_state(
            move |ui, viewer: &mut SourceViewer| {
                viewer.ui(&ui.ctx().clone(), &project, &mut Vec::new());
            },
            viewer,
        );
    h.ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    h.run_steps(3);
    let (pos, g) = drawn(&h, PAGE);
    let x = |c: usize| {
        g.pos_from_cursor(CCursor {
            index: c.into(),
            prefer_next_row: true,
        })
        .min
        .x
    };
    // "قال" at the right, then "الوزير", "إن", "الاتفاق" further left.
    assert!(
        x(0) > x(4) && x(4) > x(11) && x(11) > x(14),
        "{} {} {} {}",
        x(0),
        x(4),
        x(11),
        x(14)
    );
    // The second line too, its number left to right inside it: 2 left of 5.
    let line2 = PAGE.chars().position(|c| c == '\n').unwrap() + 1;
    let two = line2 + "وأضاف أن ".chars().count();
    assert!(x(line2) > x(two) && x(two) < x(two + 1));
    // The excerpt's letters are drawn dark on its mark, the rest are not.
    let colors: Vec<egui::Color32> = g.rows[0]
        .visuals
        .mesh
        .vertices
        .iter()
        .map(|v| v.color)
        .collect();
    assert!(
        colors.contains(&egui::Color32::BLACK),
        "the excerpt is marked"
    );
    assert!(
        colors.iter().any(|c| *c != egui::Color32::BLACK),
        "only the excerpt"
    );

    // A drag across the first word, from its right edge leftwards, selects
    // it, for "Use as excerpt".
    let from = pos + egui::vec2(x(0) - 1.0, 10.0);
    let to = pos + egui::vec2(x(3) - 1.0, 10.0);
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(1);
    h.hover_at(to);
    h.run_steps(1);
    h.drop_at(to);
    h.run_steps(2);
    let (s, e) = h.state().selection.expect("a selection");
    assert_eq!((s, e), (0, 3), "the first word, drawn at the right");
}
