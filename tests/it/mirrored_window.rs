//! The window mirrored for Arabic: the claims list on the right and the
//! editor on the left, the menus from the right; an English article still
//! reads left to right. Switching language mirrors it at once.

use claimdesk::i18n::Lang;
use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use claimdesk::app::ClaimDeskApp;
use claimdesk::ui::i18n::tr;

use crate::window::{copy_sample, harness_any_script as harness};

/// Where the panes and the menus are: (claim list, editor field, File, Help).
fn places(h: &Harness<'static, ClaimDeskApp>) -> (egui::Rect, egui::Rect, egui::Rect, egui::Rect) {
    let list = h
        .query_all_by_role(Role::ListItem)
        .next()
        .expect("a claim row")
        .rect();
    let editor = h
        .get_by_role_and_label(Role::MultilineTextInput, &tr(&h.ctx, "claims-rationale"))
        .rect();
    // By the catalog's words: the Arabic ones once translated.
    let file = h.get_by_label(&tr(&h.ctx, "menu-file")).rect();
    let help = h.get_by_label(&tr(&h.ctx, "menu-help")).rect();
    (list, editor, file, help)
}

#[test]
fn arabic_puts_the_claims_list_right_of_the_editor_and_the_menus_from_the_right() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&path, &path);
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::SelectClaim(Some(claimdesk::model::ClaimId(1))),
    );
    h.run_steps(3);
    let (list, editor, file, help) = places(&h);
    assert!(
        list.right() < editor.left(),
        "English: list {list:?} left of editor {editor:?}"
    );
    assert!(file.left() < help.left());

    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.run_steps(4);
    let (list, editor, file, help) = places(&h);
    assert!(
        list.left() > editor.right(),
        "Arabic: list {list:?} right of editor {editor:?}"
    );
    // The menu bar starts at the right: File is its rightmost menu.
    assert!(file.left() > help.right(), "File {file:?}, Help {help:?}");
    assert!(
        file.right() > 1300.0,
        "File at the window's right: {file:?}"
    );
    // Side by side fields swap too: the claimant at the right of the claim date.
    let field = |id: &str| {
        h.get_by_role_and_label(Role::TextInput, &tr(&h.ctx, id))
            .rect()
    };
    assert!(field("claims-claimant").left() > field("claims-claim-date").right());
    // The English article in the middle still reads left to right.
    let view = &h.state().article_view;
    let a = view.boundary_screen_pos(0).expect("on screen").x;
    let b = view.boundary_screen_pos(10).expect("on screen").x;
    assert!(a < b, "{a} {b}");
}

#[test]
fn an_arabic_button_reads_right_to_left_and_is_named_as_written() {
    let name = "احفظ الملف 25 مرة";
    let mut h = Harness::builder()
        .allow_missing_glyphs()
        .build_ui(move |ui| {
            let text = claimdesk::ui::mirror::label_text(ui, name, egui::TextStyle::Button);
            let egui::WidgetText::Galley(g) = &text else {
                panic!("Arabic text gets a galley in visual order");
            };
            let x = |c: usize| {
                let at = egui::text::CCursor {
                    index: c.into(),
                    prefer_next_row: true,
                };
                g.pos_from_cursor(at).min.x
            };
            // "احفظ" at the right, then "الملف", then "25" (2 left of 5), "مرة" at the left.
            assert!(x(0) > x(5) && x(5) > x(13), "{} {} {}", x(0), x(5), x(13));
            assert!(x(11) < x(12));
            ui.add(egui::Button::new(text));
        });
    h.run();
    h.get_by_role_and_label(Role::Button, name);
}

#[test]
fn in_arabic_a_check_box_sits_right_of_its_label_and_the_label_toggles_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&path, &path);
    let ctx = h.ctx.clone();
    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::ShowTab(claimdesk::ui::Tab::Check),
    );
    h.run_steps(4);
    let name = tr(&h.ctx, "checktab-publish-approved-claims-only");
    let before = h.state().project().settings.publish_approved_only;
    let boxed = h.get_by_role_and_label(Role::CheckBox, &name).rect();
    let label = h.get_by_role_and_label(Role::Label, &name);
    assert!(
        boxed.left() >= label.rect().right() - 0.5,
        "box {boxed:?} right of label {:?}",
        label.rect()
    );
    // One row high: what comes next is right under it, not pushed down the panel.
    let next = h
        .get_by_role_and_label(Role::Button, &tr(&h.ctx, "checktab-record-publication"))
        .rect();
    assert!(
        next.top() - boxed.bottom() < 30.0,
        "{boxed:?} then {next:?}"
    );
    label.click();
    h.run_steps(3);
    assert_eq!(h.state().project().settings.publish_approved_only, !before);
}

#[test]
fn in_arabic_a_dialog_reads_from_the_right() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&path, &path);
    let ctx = h.ctx.clone();
    let label_and_field = |h: &Harness<'static, ClaimDeskApp>| {
        let name = tr(&h.ctx, "dialog-project-title");
        let label = h.get_by_role_and_label(Role::Label, &name).rect();
        let field = h.get_by_role_and_label(Role::TextInput, &name).rect();
        (label, field)
    };
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::AskNewProject);
    h.run_steps(3);
    let (label, field) = label_and_field(&h);
    assert!(
        (label.left() - field.left()).abs() < 2.0,
        "English: {label:?} at the field's left"
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(3);

    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::AskNewProject);
    h.run_steps(3);
    let (label, field) = label_and_field(&h);
    assert!(
        (label.right() - field.right()).abs() < 2.0 && label.left() > field.left() + 20.0,
        "Arabic: {label:?} at the field's right {field:?}"
    );
}

/// The File menu's Export submenu, open: (the Export item, its HTML item, the File menu's button).
fn export_submenu(h: &mut Harness<'static, ClaimDeskApp>) -> (egui::Rect, egui::Rect, egui::Rect) {
    let name = tr(&h.ctx, "menu-file");
    let file = h.get_by_label(&name);
    let file_rect = file.rect();
    file.click();
    h.run_steps(2);
    let name = tr(&h.ctx, "menu-file-export");
    let export = h.get_by_label(&name);
    let export_rect = export.rect();
    export.hover();
    h.run_steps(3);
    let html = claimdesk::ui::i18n::tr_args(
        &h.ctx,
        "menu-file-export-format",
        &[(
            "format",
            claimdesk::ui::menu::format_name(&h.ctx, claimdesk::export::Format::Html).into(),
        )],
    );
    let html_rect = h.get_by_label(&html).rect();
    (export_rect, html_rect, file_rect)
}

#[test]
fn in_arabic_a_menu_opens_under_its_right_edge_and_a_submenu_opens_to_the_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&path, &path);
    let (export, html, _) = export_submenu(&mut h);
    assert!(
        html.left() >= export.right() - 1.0,
        "English: the submenu {html:?} right of Export {export:?}"
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(3);

    let ctx = h.ctx.clone();
    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.run_steps(4);
    let (export, html, file) = export_submenu(&mut h);
    assert!(
        html.right() <= export.left() + 1.0,
        "Arabic: the submenu {html:?} left of Export {export:?}"
    );
    assert!(
        (html.top() - export.top()).abs() < 8.0,
        "level with it: {html:?} {export:?}"
    );
    // The menu itself hangs from its button's right edge, items right-aligned.
    assert!(
        (export.right() - file.right()).abs() < 12.0,
        "the File menu under its button's right edge: {export:?} {file:?}"
    );

    // The keys are mirrored too: Left enters the submenu, at its first item;
    // Right comes back to Export.
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    let name = tr(&h.ctx, "menu-file");
    h.get_by_label(&name).click();
    h.run_steps(2);
    let name = tr(&h.ctx, "menu-file-export");
    h.get_by_label(&name).focus();
    h.run_steps(2);
    h.key_press(egui::Key::ArrowLeft);
    h.run_steps(4);
    let html = claimdesk::ui::i18n::tr_args(
        &h.ctx,
        "menu-file-export-format",
        &[(
            "format",
            claimdesk::ui::menu::format_name(&h.ctx, claimdesk::export::Format::Html).into(),
        )],
    );
    assert!(
        h.get_by_label(&html).is_focused(),
        "Left opened the submenu at its first item"
    );
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(4);
    assert!(h.get_by_label(&name).is_focused(), "Right came back");
}

#[test]
fn in_arabic_a_floating_window_has_its_close_button_at_the_left_of_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&path, &path);
    let ctx = h.ctx.clone();
    // The window (named by its title) and its close button.
    let places = |h: &Harness<'static, ClaimDeskApp>| {
        let title = tr(&h.ctx, "sources-archive-all-sources-without-a");
        let window = h.get_by_role_and_label(Role::Window, &title).rect();
        let close = h.get_by_role_and_label(Role::Button, "Close window").rect();
        (window, close)
    };
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::AskArchiveAll);
    h.run_steps(3);
    let (window, close) = places(&h);
    assert!(
        close.center().x > window.center().x,
        "English: {close:?} at the right of {window:?}"
    );

    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.run_steps(4);
    let (window, close) = places(&h);
    assert!(
        close.center().x < window.center().x,
        "Arabic: {close:?} at the left of {window:?}"
    );
    // The title reads from the right, past the close button.
    let title = tr(&h.ctx, "sources-archive-all-sources-without-a");
    let title = h.get_by_role_and_label(Role::Label, &title).rect();
    assert!(title.left() > close.right() && (window.right() - title.right()) < 20.0);
    // Closing it still closes it.
    h.get_by_role_and_label(Role::Button, "Close window")
        .click();
    h.run_steps(3);
    assert!(
        h.query_by_label(&tr(&h.ctx, "sources-archive-all-sources-without-a"))
            .is_none()
    );
}

/// For each combo box on screen: its rectangle, the middle of its arrow
/// (egui's filled triangle) and of its text, as painted.
fn combo_parts(h: &Harness<'static, ClaimDeskApp>) -> Vec<(egui::Rect, f32, f32)> {
    fn flat<'a>(shape: &'a egui::Shape, out: &mut Vec<&'a egui::Shape>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| flat(s, out)),
            other => out.push(other),
        }
    }
    let mut shapes = Vec::new();
    for clipped in &h.output().shapes {
        flat(&clipped.shape, &mut shapes);
    }
    h.query_all_by_role(Role::ComboBox)
        .map(|combo| {
            let rect = combo.rect();
            let inside = |r: egui::Rect| rect.contains_rect(r);
            let arrow = shapes.iter().find_map(|s| match s {
                egui::Shape::Path(p) if p.points.len() == 3 && p.closed => {
                    let r = egui::Rect::from_points(&p.points);
                    inside(r).then(|| r.center().x)
                }
                _ => None,
            });
            let text = shapes.iter().find_map(|s| match s {
                egui::Shape::Text(t) => {
                    let r = t.visual_bounding_rect();
                    (inside(r) && !t.galley.is_empty()).then(|| r.center().x)
                }
                _ => None,
            });
            let what = || format!("combo box {:?} at {rect:?}", combo.value());
            (
                rect,
                arrow.unwrap_or_else(|| panic!("an arrow in the {}", what())),
                text.unwrap_or_else(|| panic!("a text in the {}", what())),
            )
        })
        .collect()
}

#[test]
fn in_arabic_a_combo_box_has_its_arrow_at_the_left_and_its_text_at_the_right() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness(&path, &path);
    let ctx = h.ctx.clone();
    // The claim list's two filters, and the claim's stance and link boxes.
    h.state_mut().apply(
        &ctx,
        claimdesk::ui::Command::SelectClaim(Some(claimdesk::model::ClaimId(1))),
    );
    h.run_steps(3);
    let english = combo_parts(&h);
    assert!(english.len() >= 3, "{english:?}");
    for (rect, arrow, text) in english {
        assert!(
            arrow > text,
            "English: arrow {arrow} right of text {text} in {rect:?}"
        );
        assert!(
            rect.right() - arrow < 20.0,
            "{arrow} at the right edge of {rect:?}"
        );
    }

    h.state_mut().set_language(&ctx, Lang::Ar, false);
    h.run_steps(4);
    let arabic = combo_parts(&h);
    assert!(arabic.len() >= 3, "{arabic:?}");
    for (rect, arrow, text) in arabic {
        assert!(
            arrow < text,
            "Arabic: arrow {arrow} left of text {text} in {rect:?}"
        );
        assert!(
            arrow - rect.left() < 20.0,
            "{arrow} at the left edge of {rect:?}"
        );
        // The text keeps to the right edge, however wide the box.
        assert!(
            rect.right() - text < rect.width() / 2.0,
            "{text} in {rect:?}"
        );
    }
    // It still opens and chooses: the status filter's list, right-aligned.
    let status = tr(&h.ctx, "claims-status");
    h.get_by_role_and_label(Role::ComboBox, &status).click();
    h.run_steps(2);
    let choice = claimdesk::ui::labels::status(&h.ctx, claimdesk::model::ClaimStatus::Approved);
    h.get_by_role_and_label(Role::Button, &choice).click();
    h.run_steps(3);
    assert!(
        h.get_by_role_and_label(Role::ComboBox, &status)
            .value()
            .is_some_and(|v| v.contains(&choice))
    );
}

/// Every combo box of the window goes through `mirror::combo_box_ui`, so
/// none keeps its arrow at the right in Arabic.
#[test]
fn no_view_builds_an_egui_combo_box_of_its_own() {
    let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    crate::i18n_core_words::rust_files(&ui, &mut files);
    // The scan must see the one place that may build it, or it proves nothing.
    assert!(files.iter().any(|f| f.ends_with("ui/mirror/combo.rs")));
    let own: Vec<_> = files
        .iter()
        .filter(|f| !f.ends_with("ui/mirror/combo.rs"))
        .filter(|f| std::fs::read_to_string(f).is_ok_and(|s| s.contains("ComboBox::")))
        .collect();
    assert!(own.is_empty(), "{own:?}");
}
