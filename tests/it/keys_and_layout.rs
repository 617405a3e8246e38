//! Issue 29, items 5, 6 and 8 (the window's part): forms that do not move
//! under the pointer, typing that is never dropped silently, the keyboard
//! (focus ring, Escape, Enter, F6), plurals, cut rows, transient messages,
//! the Check tab's settings link and emoji.

use crate::window::{click_at, copy_sample, harness};
use claimdesk::app::{ClaimDeskApp, Pane};
use claimdesk::edit::Action;
use claimdesk::ui::Command;
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type H = Harness<'static, ClaimDeskApp>;

fn sample(dir: &std::path::Path) -> H {
    let path = copy_sample(dir, "desk.ron");
    harness(&path, &path)
}

fn apply(h: &mut H, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, command);
    h.run_steps(2);
}

fn first_start(path: &std::path::Path) -> H {
    let options = claimdesk::app::AppOptions {
        file: Some(path.to_path_buf()),
        screenshot: None,
        picker: Box::new(crate::window::TestPicker {
            save_to: path.to_path_buf(),
        }),
        recovery_dir: None,
        autosave_every: std::time::Duration::ZERO,
        ask_name: true,
        library_dir: None,
        library_fixed: false,
        // Window tests read English labels whatever the machine's locale.
        lang: Some(claimdesk::i18n::Lang::En),
    };
    let mut h = Harness::builder()
        .with_size([1360.0, 860.0])
        .build_eframe(move |cc| ClaimDeskApp::new(cc, options));
    h.run_steps(4);
    h
}

#[test]
fn enter_submits_the_first_start_name_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = first_start(&path);
    h.get_by_label("Welcome to ClaimDesk");
    // The field has the focus when the prompt opens: type, then Enter.
    h.event(egui::Event::Text("Mai Sato".into()));
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().user_name(), "Mai Sato");
    assert!(h.query_by_label("Welcome to ClaimDesk").is_none());
}

#[test]
fn enter_submits_the_name_prompt_after_a_click_elsewhere_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "desk.ron");
    let mut h = first_start(&path);
    h.get_by_role_and_label(Role::TextInput, "Your name")
        .focus();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Your name")
        .type_text("Ana Reyes");
    h.run_steps(1);
    // A click on the dialog's text takes the focus out of the field.
    let heading = h.get_by_label("Welcome to ClaimDesk").rect().center();
    click_at(&mut h, heading);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().user_name(), "Ana Reyes");
}

fn edited(dir: &std::path::Path) -> H {
    let mut h = sample(dir);
    apply(&mut h, Command::Edit(Action::SetTitle("Edited".into())));
    assert!(h.state().document().is_dirty());
    h
}

#[test]
fn escape_cancels_save_your_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = edited(dir.path());
    apply(&mut h, Command::AskNewProject);
    assert!(h.query_by_label("Save your changes?").is_some());
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(
        h.query_by_label("Save your changes?").is_none(),
        "Escape cancels"
    );
    assert_eq!(h.state().project().title, "Edited", "and nothing was lost");
    assert!(
        h.query_by_label("New project").is_none(),
        "nor did it go on"
    );
}

#[test]
fn escape_cancels_save_your_changes_while_a_field_has_the_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = edited(dir.path());
    h.get_by_role_and_label(Role::TextInput, "Search claims")
        .focus();
    h.run_steps(1);
    apply(&mut h, Command::AskNewProject);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(
        h.query_by_label("Save your changes?").is_none(),
        "Escape cancels"
    );
    assert_eq!(h.state().project().title, "Edited");
}

#[test]
fn escape_cancels_save_your_changes_asked_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = edited(dir.path());
    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_by_label_contains("New project…").click();
    h.run_steps(3);
    assert!(h.query_by_label("Save your changes?").is_some());
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(
        h.query_by_label("Save your changes?").is_none(),
        "Escape cancels"
    );
    assert!(h.query_by_label("New project").is_none());
}

#[test]
fn escape_cancels_save_your_changes_asked_by_ctrl_n() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = edited(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(3);
    assert!(h.query_by_label("Save your changes?").is_some());
    h.get_by_label("Save changes").focus();
    h.run_steps(1);
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(
        h.query_by_label("Save your changes?").is_none(),
        "Escape cancels"
    );
}

#[test]
fn escape_cancels_save_your_changes_with_the_article_focused() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = edited(dir.path());
    let article = h.get_by_label("Article text").rect().center();
    click_at(&mut h, article);
    assert!(h.state().article_view.has_focus());
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(3);
    assert!(h.query_by_label("Save your changes?").is_some());
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(
        h.query_by_label("Save your changes?").is_none(),
        "Escape cancels"
    );
}

#[test]
fn escape_cancels_save_your_changes_with_a_menu_left_open_behind_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = edited(dir.path());
    h.get_by_label("File").click();
    h.run_steps(3);
    // Ctrl+N while the File menu is open: the dialog comes over the menu.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(3);
    assert!(h.query_by_label("Save your changes?").is_some());
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(
        h.query_by_label("Save your changes?").is_none(),
        "one Escape cancels"
    );
}

/// A new project on a short article, no claims and no sources yet.
fn fresh(dir: &std::path::Path) -> H {
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "The mayor said the bridge cost four million. Critics say it cost six.",
    )
    .unwrap();
    harness(&article, &dir.join("saved.ron"))
}

fn mark(h: &mut H, start: usize, end: usize) {
    apply(
        h,
        Command::MarkClaim {
            start,
            end,
            open_editor: true,
        },
    );
}

/// The one- or multi-line text field named `label`.
fn field<'h>(h: &'h H, label: &'h str) -> egui_kittest::Node<'h> {
    h.get_all_by_label(label)
        .find(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput
            )
        })
        .unwrap_or_else(|| panic!("no field {label:?}"))
}

/// Where a field is, to half a pixel (text layout rounds a little).
#[track_caller]
fn assert_same_place(now: egui::Rect, before: egui::Rect, what: &str) {
    assert!(
        (now.min - before.min).length() < 0.5 && (now.size() - before.size()).length() < 0.5,
        "{what} moved from {before:?} to {now:?}"
    );
}

fn text_input_rect(h: &H, label: &str) -> egui::Rect {
    field(h, label).rect()
}

fn type_into(h: &mut H, label: &str, text: &str) {
    field(h, label).focus();
    h.run_steps(1);
    field(h, label).type_text(text);
    h.run_steps(2);
}

/// The verdict's button in the claim editor (the right-hand panel).
fn verdict_button<'h>(h: &'h H, label: &'h str) -> egui_kittest::Node<'h> {
    h.get_all_by_label(label)
        .find(|n| n.rect().left() > 900.0)
        .unwrap_or_else(|| panic!("no verdict button {label:?}"))
}

fn click_link(h: &mut H, name_starts: &str) {
    h.get_all_by_label_contains(name_starts)
        .find(|n| n.accesskit_node().role() == Role::Link)
        .unwrap_or_else(|| panic!("no link {name_starts:?}"))
        .click();
}

// ---- Item 5: the form does not move under the pointer ----

#[test]
fn typing_a_source_url_does_not_move_the_fields_below() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    apply(&mut h, Command::AddSource);
    let publisher = text_input_rect(&h, "Publisher");
    let date = text_input_rect(&h, "Date published");
    let archive = text_input_rect(&h, "Archived copy URL");
    let reliability = h.get_by_label("Reliability").rect();
    // A web address (the Open button becomes active) …
    type_into(&mut h, "URL", "https://example.org/report");
    assert_eq!(
        h.state().project().sources[0].url,
        "https://example.org/report"
    );
    assert_same_place(text_input_rect(&h, "Publisher"), publisher, "publisher");
    assert_same_place(text_input_rect(&h, "Date published"), date, "date");
    // … a date that is not one (its warning shows), an archive address (its hint goes) …
    type_into(&mut h, "Date published", "2025-02-30");
    h.get_by_label_contains("2025-02-30 is not a date in the calendar");
    type_into(&mut h, "Archived copy URL", "https://archive.ph/abc");
    assert_same_place(text_input_rect(&h, "Archived copy URL"), archive, "archive");
    assert_same_place(
        h.get_by_label("Reliability").rect(),
        reliability,
        "reliability",
    );
    // … and one that is not a web address (its complaint shows): nothing moves.
    type_into(&mut h, "Author", "x");
    h.get_by_role_and_label(Role::TextInput, "URL").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("example.org".into()));
    h.run_steps(2);
    h.get_by_label("Must start with http:// or https://");
    assert_same_place(text_input_rect(&h, "Publisher"), publisher, "publisher");
    assert_same_place(
        h.get_by_label("Reliability").rect(),
        reliability,
        "reliability",
    );
}

#[test]
fn the_open_in_browser_button_is_always_there_and_active_only_for_a_web_address() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    apply(&mut h, Command::AddSource);
    let open = || "Open in browser (URL)";
    assert!(h.get_by_label(open()).accesskit_node().is_disabled());
    type_into(&mut h, "URL", "https://example.org/");
    assert!(!h.get_by_label(open()).accesskit_node().is_disabled());
}

#[test]
fn the_claim_editor_does_not_move_when_its_notes_come_and_go() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    mark(&mut h, 4, 43);
    let claimant = text_input_rect(&h, "Claimant");
    // Replaced by 82 characters, which still fit the field's two rows.
    field(&h, "Claim as reviewed").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text(
        "The mayor said the bridge over the river cost four million euros, critics say six".into(),
    ));
    h.run_steps(2);
    assert!(h.state().project().claims[0].reviewed.chars().count() > 75);
    h.get_by_label_contains("keep it under 75 for ClaimReview");
    assert_same_place(
        text_input_rect(&h, "Claimant"),
        claimant,
        "the 75-character warning",
    );

    let rationale = text_input_rect(&h, "Rationale");
    let verdict = h.state().project().scale.verdicts[0].label.clone();
    verdict_button(&h, &verdict).click();
    h.run_steps(3);
    assert!(h.state().project().claims[0].verdict.is_some());
    assert_same_place(
        text_input_rect(&h, "Rationale"),
        rationale,
        "the verdict's description",
    );
    // Another verdict, with a description of another length.
    let other = h
        .state()
        .project()
        .scale
        .verdicts
        .last()
        .unwrap()
        .label
        .clone();
    verdict_button(&h, &other).click();
    h.run_steps(3);
    assert_ne!(
        h.state().project().claims[0].verdict,
        h.state().project().scale.verdicts.first().map(|v| v.id)
    );
    assert_same_place(text_input_rect(&h, "Rationale"), rationale, "rationale");
}

#[test]
fn a_click_on_a_field_label_puts_the_caret_in_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    apply(&mut h, Command::AddSource);
    let label = h
        .get_by_role_and_label(Role::Label, "Publisher")
        .rect()
        .center();
    click_at(&mut h, label);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Publisher")
            .is_focused()
    );
    h.event(egui::Event::Text("Reuters".into()));
    h.run_steps(2);
    assert_eq!(h.state().project().sources[0].publisher, "Reuters");
}

#[test]
fn typing_with_no_field_focused_is_not_lost_silently() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    apply(&mut h, Command::AddSource);
    // A click between fields: nothing has the focus.
    h.key_press(Key::Escape);
    h.run_steps(1);
    assert!(h.ctx.memory(|m| m.focused()).is_none());
    h.event(egui::Event::Text("Reu".into()));
    h.run_steps(1);
    h.event(egui::Event::Text("ters".into()));
    h.run_steps(1);
    let (message, _) = h
        .state()
        .message()
        .cloned()
        .expect("the status bar says so");
    assert!(message.contains("“Reuters”"), "{message}");
    assert!(message.contains("Click a field"), "{message}");
    // Once a field has the focus, typing goes in as usual and no hint is added.
    type_into(&mut h, "Publisher", "AP");
    assert_eq!(h.state().project().sources[0].publisher, "AP");
}

// ---- Item 6: keyboard ----

#[test]
fn f6_cycles_the_panes_and_shift_f6_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let pane = |h: &H| h.state().focused_pane(&h.ctx);
    assert_eq!(pane(&h), None);
    h.key_press(Key::F6);
    h.run_steps(3);
    assert_eq!(pane(&h), Some(Pane::ClaimList));
    h.key_press(Key::F6);
    h.run_steps(3);
    assert_eq!(pane(&h), Some(Pane::Article));
    assert!(h.state().article_view.has_focus());
    h.key_press(Key::F6);
    h.run_steps(3);
    assert_eq!(pane(&h), Some(Pane::Editor));
    h.key_press(Key::F6);
    h.run_steps(3);
    assert_eq!(pane(&h), Some(Pane::ClaimList), "and round again");
    h.key_press_modifiers(Modifiers::SHIFT, Key::F6);
    h.run_steps(3);
    assert_eq!(pane(&h), Some(Pane::Editor));
}

fn focus_ring_drawn(h: &H) -> bool {
    h.output().shapes.iter().any(|s| match &s.shape {
        egui::Shape::Rect(r) => r.stroke.color == claimdesk::ui::theme::FOCUS_RING,
        _ => false,
    })
}

#[test]
fn a_claim_row_focused_by_keyboard_shows_a_focus_ring_and_enter_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    assert!(!focus_ring_drawn(&h));
    h.key_press(Key::F6);
    h.run_steps(3);
    assert!(focus_ring_drawn(&h), "the focused row has a ring");
    let first = h
        .get_all_by_role(Role::ListItem)
        .find(|n| n.is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .expect("a row has the focus");
    assert!(first.starts_with("Claim 1: "), "{first}");
    // Tab moves to the next row, which then has the ring.
    h.key_press(Key::Tab);
    h.run_steps(2);
    let second = h
        .get_all_by_role(Role::ListItem)
        .find(|n| n.is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .expect("a row has the focus");
    assert!(second.starts_with("Claim 2: "), "{second}");
    assert!(focus_ring_drawn(&h));
    h.key_press(Key::Enter);
    h.run_steps(3);
    let id = h
        .state()
        .project()
        .claims
        .iter()
        .find(|c| h.state().project().claim_number(c.id) == Some(2))
        .unwrap()
        .id;
    assert_eq!(h.state().selected_claim(), Some(id));
}

#[test]
fn help_lists_the_keyboard_shortcuts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    apply(&mut h, Command::ShowShortcuts);
    h.get_by_label("Keyboard shortcuts");
    h.get_by_label("F6 / Shift+F6");
    h.get_by_label_contains("Next / previous pane");
}

// ---- Item 8: plurals, cut rows, transient messages, the settings link, emoji ----

#[test]
fn counts_read_right_for_one_and_for_many() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    h.get_by_label("0 claims");
    h.get_by_label("· 0 sources");
    mark(&mut h, 4, 43);
    h.get_by_label("1 claim");
    h.get_by_label("1 of 1 claim");
    apply(&mut h, Command::AddSource);
    h.get_by_label("· 1 source");
    assert!(h.query_by_label("1 claims").is_none());
    assert!(h.query_by_label("· 1 sources").is_none());
    mark(&mut h, 45, 69);
    h.get_by_label("2 claims");
    h.get_by_label("2 of 2 claims");
}

#[test]
fn a_cut_claim_row_ends_at_a_word_and_shows_everything_on_hover() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    mark(&mut h, 4, 43);
    let long = "The mayor said the new bridge over the river cost four million euros in all";
    type_into(&mut h, "Claim as reviewed", long);
    h.key_press(Key::Escape);
    h.run_steps(2);
    let row = h.get_by_role(Role::ListItem).rect();
    h.hover_at(row.center());
    h.run_steps(6);
    let tip = h
        .get_all_by_role(Role::Label)
        .filter_map(|n| n.value())
        .find(|l| l.starts_with("#1  "))
        .expect("the whole row on hover");
    assert!(tip.contains(long), "{tip}");
    assert!(tip.contains("New · 0 sources"), "{tip}");
}

#[test]
fn transient_messages_expire_and_errors_stay_until_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    apply(&mut h, Command::Edit(Action::SetTitle("Edited".into())));
    apply(&mut h, Command::Undo);
    assert_eq!(h.state().message().map(|m| m.0.as_str()), Some("Undone"));
    // egui's clock moves a quarter second a step in the harness: 5 s is 20 steps.
    let steps = (claimdesk::app::transient_message_seconds("Undone") * 4.0) as usize;
    assert_eq!(steps, 20);
    h.run_steps(steps - 4);
    assert_eq!(h.state().message().map(|m| m.0.as_str()), Some("Undone"));
    h.run_steps(6);
    assert_eq!(h.state().message(), None, "gone after a few seconds");

    // An error stays, however long, until dismissed.
    apply(
        &mut h,
        Command::Edit(Action::RemoveClaim(claimdesk::model::ClaimId(987_654))),
    );
    let (text, is_error) = h.state().message().cloned().expect("an error");
    assert!(is_error, "{text}");
    h.run_steps(steps * 3);
    assert_eq!(h.state().message().map(|m| m.0.clone()), Some(text));
    h.get_by_label("× Dismiss message").click();
    h.run_steps(2);
    assert_eq!(h.state().message(), None);
}

#[test]
fn the_check_tabs_settings_links_go_to_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = fresh(dir.path());
    apply(&mut h, Command::ShowTab(claimdesk::ui::Tab::Check));
    click_link(&mut h, "Review URL: ");
    h.run_steps(4);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Review URL")
            .is_focused(),
        "the Review URL field has the caret"
    );
    apply(&mut h, Command::ShowTab(claimdesk::ui::Tab::Check));
    click_link(&mut h, "Organisation: ");
    h.run_steps(4);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Organisation")
            .is_focused()
    );
    h.event(egui::Event::Text("Open Fact Desk".into()));
    h.run_steps(2);
    assert_eq!(h.state().project().settings.organisation, "Open Fact Desk");

    // A source no claim cites, without an archived copy: the link shows the source.
    apply(&mut h, Command::AddSource);
    let source = h.state().project().sources[0].id;
    apply(&mut h, Command::ShowTab(claimdesk::ui::Tab::Check));
    click_link(&mut h, "Source: ");
    h.run_steps(3);
    assert!(
        h.query_by_label("Select a source to edit it.").is_none()
            && h.get_all_by_label("Archived copy URL").next().is_some(),
        "the Sources tab with source {source:?} open"
    );
}

#[test]
fn emoji_and_flags_have_glyphs_in_the_windows_own_fonts() {
    // The fonts every window starts with, before any system font is looked up.
    let ctx = egui::Context::default();
    let mut out = ctx.run_ui(Default::default(), |ui| {
        let font = egui::FontId::proportional(14.0);
        ui.fonts_mut(|f| {
            for c in ['🎌', '🇯', '🇵', '🏁', '🚩', '😀', '✅'] {
                assert!(f.has_glyph(&font, c), "{c} has no glyph");
            }
        });
    });
    out.textures_delta.clear();
}
