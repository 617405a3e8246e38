//! Labels, buttons and messages of the Arabic window in reading order:
//! `i18n::trw` / `words` / `styled` give egui a galley placed by the bidi
//! run table (egui itself places an Arabic label's words left to right),
//! long texts wrap into right-aligned lines, the accessible name stays the
//! text as written, and an English window gets its plain text unchanged.

use claimdesk::i18n::Lang;
use claimdesk::ui::i18n::{set_language, styled, words};
use eframe::egui::{self, accesskit::Role, text::CCursor};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::window::{copy_sample, harness_in_language};

/// Where character `c` of a galley is drawn (top left of its box).
fn at(g: &egui::Galley, c: usize) -> egui::Pos2 {
    g.pos_from_cursor(CCursor {
        index: c.into(),
        prefer_next_row: true,
    })
    .min
}

fn galley_of(text: &egui::WidgetText) -> std::sync::Arc<egui::Galley> {
    match text {
        egui::WidgetText::Galley(g) => g.clone(),
        _ => panic!("Arabic text in the Arabic window gets a galley in visual order"),
    }
}

#[test]
fn an_arabic_button_and_heading_read_right_to_left_and_keep_their_names() {
    // "Save the file 25 times", a number inside the Arabic.
    let name = "احفظ الملف 25 مرة";
    let heading = "مراجعة الادعاء";
    let mut h = Harness::builder()
        .allow_missing_glyphs()
        .build_ui(move |ui| {
            set_language(ui.ctx(), Lang::Ar);
            let text = words(ui, name);
            let g = galley_of(&text);
            // The first word at the right, the last at the left; 2 left of 5.
            assert!(at(&g, 0).x > at(&g, 5).x && at(&g, 5).x > at(&g, 14).x);
            assert!(at(&g, 11).x < at(&g, 12).x);
            assert_eq!(g.text(), name);
            ui.add(egui::Button::new(text));
            let styled_text = styled(ui, egui::RichText::new(heading).heading());
            let g = galley_of(&styled_text);
            assert!(
                at(&g, 0).x > at(&g, 8).x,
                "the heading's first word at the right"
            );
            // A heading's size is kept.
            assert!(g.size().y > ui.text_style_height(&egui::TextStyle::Body));
            ui.label(styled_text);
        });
    h.run();
    h.get_by_role_and_label(Role::Button, name);
    h.get_by_role_and_label(Role::Label, heading);
}

#[test]
fn a_long_arabic_hint_wraps_into_right_aligned_lines_in_reading_order() {
    let hint =
        "حدد مقطعا من المقال ثم اضغط على زر تحديد الادعاء لتبدأ العمل على ادعاء جديد في هذا المشروع";
    let last_word = hint.chars().count() - "المشروع".chars().count();
    let mut h = Harness::builder()
        .with_size(egui::vec2(220.0, 300.0))
        .allow_missing_glyphs()
        .build_ui(move |ui| {
            set_language(ui.ctx(), Lang::Ar);
            let text = words(ui, hint);
            let g = galley_of(&text);
            assert!(g.rows.len() >= 3, "wrapped: {} rows", g.rows.len());
            assert!(g.size().x <= ui.available_width() + 0.5);
            // Reading order: the first word on the top line, at its right;
            // the last word on the bottom line.
            let (first, last) = (at(&g, 0), at(&g, last_word));
            assert!(first.y < last.y, "{first:?} above {last:?}");
            let top = &g.rows[0];
            assert!(first.x > top.visuals.mesh_bounds.center().x);
            // Every line ends at the right edge; the last, shorter, leaves
            // room at the left.
            for row in &g.rows {
                let right = row.visuals.mesh_bounds.max.x;
                assert!(
                    (g.size().x - right).abs() < 4.0,
                    "right-aligned: {right} of {}",
                    g.size().x
                );
            }
            ui.label(text);
        });
    h.run();
    h.get_by_role_and_label(Role::Label, hint);
}

#[test]
fn an_english_window_gets_its_plain_text_unchanged() {
    let mut h = Harness::builder().allow_missing_glyphs().build_ui(|ui| {
        set_language(ui.ctx(), Lang::En);
        for text in ["Mark claim", "احفظ الملف"] {
            assert!(matches!(words(ui, text), egui::WidgetText::Text(t) if t == text));
        }
        let rich = styled(ui, egui::RichText::new("احفظ الملف").strong());
        assert!(matches!(rich, egui::WidgetText::RichText(_)));
        // English words in the Arabic window need no bidi either.
        set_language(ui.ctx(), Lang::Ar);
        assert!(matches!(words(ui, "Dropbox 2"), egui::WidgetText::Text(_)));
        set_language(ui.ctx(), Lang::En);
    });
    h.run();
}

#[test]
fn the_arabic_windows_status_message_reads_right_to_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness_in_language(&path, &path, Lang::Ar);
    let ctx = h.ctx.clone();
    // "Review claim 12 in Dropbox": Arabic with a number and a Latin name.
    let message = "راجع الادعاء 12 في Dropbox";
    h.state_mut()
        .apply(&ctx, claimdesk::ui::Command::Hint(message.to_owned()));
    h.run_steps(3);
    let mut found = None;
    for clipped in &h.output().shapes {
        if let egui::Shape::Text(t) = &clipped.shape
            && t.galley.text() == message
        {
            found = Some(t.galley.clone());
        }
    }
    let g = found.expect("the message is drawn");
    // "راجع" at the right, "Dropbox" at the left, reading left to right itself.
    let dropbox = message
        .find("Dropbox")
        .map(|b| message[..b].chars().count());
    let dropbox = dropbox.expect("in the message");
    assert!(at(&g, 0).x > at(&g, 5).x && at(&g, 5).x > at(&g, dropbox).x);
    assert!(at(&g, dropbox).x < at(&g, dropbox + 1).x);
    h.get_by_label(message);
}

/// The texts drawn on one line whose first letter is Arabic yet sits left
/// of their last character: an Arabic label egui placed itself, words
/// backwards.
fn backwards(shape: &egui::Shape, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Text(t) => {
            let text = t.galley.text();
            let arabic = text
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            let n = text.chars().count();
            // On the first line: its first character against its last.
            let first_line = t
                .galley
                .rows
                .first()
                .map_or(0, |r| usize::from(r.char_count_including_newline()));
            let end = first_line.min(n).saturating_sub(1);
            let line = text.chars().take(end + 1).collect::<String>();
            if arabic && line.trim().contains(' ') && at(&t.galley, 0).x < at(&t.galley, end).x {
                out.push(text.to_owned());
            }
        }
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| backwards(s, out)),
        _ => {}
    }
}

/// Every tab and the project, delete and desk dialogs in the Arabic window: no label,
/// button, tab, hint, combo box, chip or claim row reads backwards. With
/// the Arabic catalogs (translator branches) this checks the translated
/// window; without them it checks the Arabic the window shows anyway.
#[test]
fn no_arabic_text_of_the_window_reads_backwards() {
    use claimdesk::ui::{Command, Tab};
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "sample.ron");
    let mut h = harness_in_language(&path, &path, Lang::Ar);
    let ctx = h.ctx.clone();
    let first = h.state().project().claims[0].id;
    h.state_mut().apply(&ctx, Command::SelectClaim(Some(first)));
    // An Arabic message in the status bar, so there is Arabic to check.
    h.state_mut()
        .apply(&ctx, Command::Hint("راجع الادعاء الأول".to_owned()));
    let mut found = Vec::new();
    let mut look = |h: &Harness<'static, claimdesk::app::ClaimDeskApp>, place: &str| {
        let mut out = Vec::new();
        for clipped in &h.output().shapes {
            backwards(&clipped.shape, &mut out);
        }
        found.extend(out.into_iter().map(|t| format!("{place}: {t}")));
    };
    for tab in [
        Tab::Claim,
        Tab::Sources(None),
        Tab::Project,
        Tab::Scale,
        Tab::Check,
        Tab::Library,
        Tab::Suggestions,
    ] {
        h.state_mut().apply(&ctx, Command::ShowTab(tab));
        h.run_steps(3);
        look(&h, &format!("{tab:?}"));
    }
    h.state_mut().apply(&ctx, Command::ShowTab(Tab::Desk));
    h.run_steps(3);
    look(&h, "Desk");
    for dialog in [
        Command::AskNewProject,
        Command::AskPasteArticle,
        Command::AskDeleteClaim(first),
        Command::AskJoinDesk,
        Command::AskStartDesk,
    ] {
        h.state_mut().apply(&ctx, dialog);
        h.run_steps(3);
        look(&h, "dialog");
        h.key_press(egui::Key::Escape);
        h.run_steps(3);
    }
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "backwards:\n{}", found.join("\n"));
}

#[test]
fn a_long_arabic_row_in_a_mirrored_panel_wraps_inside_it_and_never_widens_it() {
    // A selectable row (as the Sources list draws its sources) and a button,
    // both with padding around their text, in a scrolled, resizable panel:
    // wrapped at the whole width they would come out a padding wider, and
    // the panel, which grows to what it holds, a padding wider each frame.
    let row = "مصدر بعنوان طويل جدا عن الاتفاق التجاري بين اليابان والولايات المتحدة · موثوق · يستشهد به ادعاءان";
    let widths = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = widths.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 400.0))
        .allow_missing_glyphs()
        .build_ui(move |ui| {
            set_language(ui.ctx(), Lang::Ar);
            let panel = egui::Panel::left("narrow")
                .resizable(true)
                .default_size(260.0)
                .size_range(200.0..=600.0)
                .show(ui, |ui| {
                    claimdesk::ui::mirror::content_ui(ui, |ui| {
                        egui::ScrollArea::vertical().show(ui, |ui| {
                            let _ = ui.selectable_label(false, words(ui, row));
                            let _ = ui.button(words(ui, row));
                        });
                    });
                });
            seen.lock().unwrap().push(panel.response.rect);
        });
    h.run_steps(20);
    let widths = widths.lock().unwrap();
    let (first, last) = (widths[2], *widths.last().unwrap());
    assert!(
        (first.width() - last.width()).abs() < 0.5,
        "the panel kept its width: {first:?} then {last:?}"
    );
    for clipped in &h.output().shapes {
        if let egui::Shape::Text(t) = &clipped.shape
            && t.galley.text() == row
        {
            let rect = t.galley.rect.translate(t.pos.to_vec2());
            assert!(t.galley.rows.len() > 1, "wrapped");
            assert!(
                rect.min.x >= last.min.x && rect.max.x <= last.max.x,
                "{rect:?} inside the panel {last:?}"
            );
        }
    }
}
