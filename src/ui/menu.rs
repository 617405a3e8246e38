//! Menu bar and toolbar. Shortcuts are listed beside their menu entries.

use std::path::PathBuf;

use eframe::egui::{self, Button, Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::{Command, Tab};

pub const MARK_CLAIM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::M);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
pub const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
pub const NEXT_CLAIM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown);
pub const PREVIOUS_CLAIM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp);
pub const NEXT_PANE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F6);
pub const PREVIOUS_PANE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::F6);
/// Sync with the desk: F5, the key that brings a page up to date elsewhere.
pub const SYNC: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);

/// Global shortcuts, read before the views so a focused field cannot swallow them.
/// Longer shortcuts are checked first: Ctrl+Shift+Z must not be taken as Ctrl+Z.
/// `selection` is the article's selected characters, which Mark claim takes.
pub fn shortcuts(
    ctx: &egui::Context,
    selection: Option<(usize, usize)>,
    commands: &mut Vec<Command>,
) {
    let table: [(KeyboardShortcut, Command); 13] = [
        (PREVIOUS_PANE, Command::CyclePane { forward: false }),
        (NEXT_PANE, Command::CyclePane { forward: true }),
        (SAVE_AS, Command::SaveAs),
        (REDO, Command::Redo),
        (SAVE, Command::Save),
        (UNDO, Command::Undo),
        (REDO_Y, Command::Redo),
        (OPEN, Command::OpenProjectDialog),
        (NEW, Command::AskNewProject),
        (MARK_CLAIM, mark_claim(selection)),
        (NEXT_CLAIM, Command::NextClaim),
        (PREVIOUS_CLAIM, Command::PreviousClaim),
        (SYNC, Command::Sync),
    ];
    ctx.input_mut(|i| {
        for (shortcut, command) in table {
            if i.consume_shortcut(&shortcut) {
                commands.push(command);
            }
        }
    });
}

/// Help › Keyboard shortcuts: every key the window answers to, and what it does.
pub fn shortcuts_table(ctx: &egui::Context) -> Vec<(String, &'static str)> {
    let key = |s: &KeyboardShortcut| ctx.format_shortcut(s);
    let pair = |a: &KeyboardShortcut, b: &KeyboardShortcut| format!("{} / {}", key(a), key(b));
    vec![
        (key(&MARK_CLAIM), "Mark the selected passage as a claim"),
        (pair(&NEXT_CLAIM, &PREVIOUS_CLAIM), "Next / previous claim"),
        (
            pair(&NEXT_PANE, &PREVIOUS_PANE),
            "Next / previous pane: claim list, article, editor",
        ),
        (
            "Tab / Shift+Tab".into(),
            "Next / previous control in the pane",
        ),
        (
            "Enter or Space".into(),
            "Select the focused claim row; press the focused button",
        ),
        (
            "Shift+arrows, Shift+Home/End".into(),
            "Select text in the article (F6 or click into it first)",
        ),
        ("Escape".into(), "Cancel a dialog"),
        (pair(&UNDO, &REDO), "Undo / redo"),
        (pair(&SAVE, &SAVE_AS), "Save / save as"),
        (pair(&OPEN, &NEW), "Open / new project"),
        (key(&SYNC), "Sync with the desk"),
        (
            "Up/Down, Enter, Delete".into(),
            "Suggestions tab: walk, mark, dismiss",
        ),
    ]
}

pub struct MenuState<'a> {
    pub undo: Option<&'a str>,
    pub redo: Option<&'a str>,
    pub recent: &'a [PathBuf],
    /// The article's selected characters, trimmed: what Mark claim would mark.
    pub selection: Option<(usize, usize)>,
    pub has_claims: bool,
}

/// Mark claim on `selection`, or a hint to select first.
fn mark_claim(selection: Option<(usize, usize)>) -> Command {
    match selection {
        Some((start, end)) => Command::MarkClaim {
            start,
            end,
            open_editor: true,
        },
        None => Command::Hint("Select a passage of the article first".to_owned()),
    }
}

fn item(
    ui: &mut Ui,
    ctx: &egui::Context,
    label: &str,
    shortcut: Option<KeyboardShortcut>,
    enabled: bool,
) -> bool {
    let mut button = Button::new(label);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ctx.format_shortcut(&s));
    }
    ui.add_enabled(enabled, button).clicked()
}

pub fn menu_bar_ui(ui: &mut Ui, state: &MenuState<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if item(ui, &ctx, "New project…", Some(NEW), true) {
                commands.push(Command::AskNewProject);
            }
            if item(ui, &ctx, "Open project…", Some(OPEN), true) {
                commands.push(Command::OpenProjectDialog);
            }
            ui.menu_button("Open recent", |ui| {
                if state.recent.is_empty() {
                    ui.label(RichText::new("No recent projects").weak());
                }
                for path in state.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::Open(path.clone()));
                    }
                }
            });
            ui.separator();
            if item(ui, &ctx, "Open article…", None, true) {
                commands.push(Command::OpenArticleDialog);
            }
            if item(ui, &ctx, "New article from pasted text…", None, true) {
                commands.push(Command::AskPasteArticle);
            }
            if item(ui, &ctx, "Import annotations…", None, true) {
                commands.push(Command::ImportAnnotationsDialog);
            }
            ui.separator();
            if item(ui, &ctx, "Save", Some(SAVE), true) {
                commands.push(Command::Save);
            }
            if item(ui, &ctx, "Save as…", Some(SAVE_AS), true) {
                commands.push(Command::SaveAs);
            }
            ui.menu_button("Desk", |ui| {
                if item(ui, &ctx, "Sync", Some(SYNC), true) {
                    commands.push(Command::Sync);
                }
                if item(ui, &ctx, "Show the desk", None, true) {
                    commands.push(Command::ShowTab(Tab::Desk));
                }
                ui.separator();
                if item(ui, &ctx, "Join a desk…", None, true) {
                    commands.push(Command::AskJoinDesk);
                }
                if item(ui, &ctx, "Start a desk…", None, true) {
                    commands.push(Command::AskStartDesk);
                }
            });
            ui.menu_button("Export", |ui| {
                for format in crate::export::Format::ALL {
                    if ui.button(format!("{}…", format.label())).clicked() {
                        commands.push(Command::Export(format));
                    }
                }
                ui.separator();
                if ui.button("Check before export…").clicked() {
                    commands.push(Command::ShowTab(Tab::Check));
                }
            });
            ui.separator();
            if item(ui, &ctx, "Quit", None, true) {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = state
                .undo
                .map_or("Undo".to_owned(), |l| format!("Undo {l}"));
            if item(ui, &ctx, &undo, Some(UNDO), state.undo.is_some()) {
                commands.push(Command::Undo);
            }
            let redo = state
                .redo
                .map_or("Redo".to_owned(), |l| format!("Redo {l}"));
            if item(ui, &ctx, &redo, Some(REDO), state.redo.is_some()) {
                commands.push(Command::Redo);
            }
            ui.separator();
            if item(ui, &ctx, "Your name…", None, true) {
                commands.push(Command::AskUserName);
            }
        });
        ui.menu_button("Claims", |ui| {
            if item(
                ui,
                &ctx,
                "Mark claim",
                Some(MARK_CLAIM),
                state.selection.is_some(),
            ) {
                commands.push(mark_claim(state.selection));
            }
            if item(ui, &ctx, "Next claim", Some(NEXT_CLAIM), state.has_claims) {
                commands.push(Command::NextClaim);
            }
            if item(
                ui,
                &ctx,
                "Previous claim",
                Some(PREVIOUS_CLAIM),
                state.has_claims,
            ) {
                commands.push(Command::PreviousClaim);
            }
        });
        ui.menu_button("Article", |ui| {
            if ui.button("Replace with new version…").clicked() {
                commands.push(Command::ReplaceArticleDialog);
            }
        });
        ui.menu_button("Project", |ui| {
            if ui.button("Article and organisation…").clicked() {
                commands.push(Command::ShowTab(Tab::Project));
            }
            if ui.button("Sources…").clicked() {
                commands.push(Command::ShowTab(Tab::Sources(None)));
            }
            if ui.button("Archive all sources without a copy…").clicked() {
                commands.push(Command::AskArchiveAll);
            }
            if ui.button("Rating scale…").clicked() {
                commands.push(Command::ShowTab(Tab::Scale));
            }
        });
        ui.menu_button("Help", |ui| {
            if ui.button("Keyboard shortcuts…").clicked() {
                commands.push(Command::ShowShortcuts);
            }
        });
    });
}

pub fn toolbar_ui(ui: &mut Ui, state: &MenuState<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    ui.horizontal(|ui| {
        let mark = Button::new(RichText::new("Mark claim").strong());
        if ui
            .add_enabled(state.selection.is_some(), mark)
            .on_hover_text(format!(
                "Mark the selected text as a claim ({})",
                ctx.format_shortcut(&MARK_CLAIM)
            ))
            .on_disabled_hover_text("Select a passage of the article first")
            .clicked()
        {
            commands.push(mark_claim(state.selection));
        }
        ui.separator();
        if ui
            .add_enabled(state.has_claims, Button::new("Previous"))
            .on_hover_text("Previous claim (Alt+Up)")
            .clicked()
        {
            commands.push(Command::PreviousClaim);
        }
        if ui
            .add_enabled(state.has_claims, Button::new("Next"))
            .on_hover_text("Next claim (Alt+Down)")
            .clicked()
        {
            commands.push(Command::NextClaim);
        }
        ui.separator();
        if ui
            .add_enabled(state.undo.is_some(), Button::new("Undo"))
            .on_hover_text(state.undo.unwrap_or("Nothing to undo"))
            .clicked()
        {
            commands.push(Command::Undo);
        }
        if ui
            .add_enabled(state.redo.is_some(), Button::new("Redo"))
            .on_hover_text(state.redo.unwrap_or("Nothing to redo"))
            .clicked()
        {
            commands.push(Command::Redo);
        }
        ui.separator();
        if ui.button("Save").on_hover_text("Save (Ctrl+S)").clicked() {
            commands.push(Command::Save);
        }
        if ui
            .button("Sync")
            .on_hover_text("Send your changes to the desk and bring in the others' (F5)")
            .clicked()
        {
            commands.push(Command::Sync);
        }
    });
}
