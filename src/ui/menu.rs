//! Menu bar and toolbar. Shortcuts are listed beside their menu entries.

use std::path::PathBuf;

use eframe::egui::{self, Button, Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::i18n::{HasCtx, hover, styled, tr, tr_args, trw, words};
use super::{Command, Tab};
use crate::export::Format;
use crate::i18n::{Lang, Message};

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
        (MARK_CLAIM, mark_claim(ctx, selection)),
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
pub fn shortcuts_table(ctx: &egui::Context) -> Vec<(String, String)> {
    let key = |s: &KeyboardShortcut| ctx.format_shortcut(s);
    let pair = |a: &KeyboardShortcut, b: &KeyboardShortcut| format!("{} / {}", key(a), key(b));
    let t = |id: &str| tr(ctx, id);
    vec![
        (key(&MARK_CLAIM), t("shortcut-mark-claim")),
        (
            pair(&NEXT_CLAIM, &PREVIOUS_CLAIM),
            t("shortcut-next-previous-claim"),
        ),
        (
            pair(&NEXT_PANE, &PREVIOUS_PANE),
            t("shortcut-next-previous-pane"),
        ),
        (t("shortcut-tab-keys"), t("shortcut-next-previous-control")),
        (t("shortcut-enter-keys"), t("shortcut-select-or-press")),
        (t("shortcut-shift-keys"), t("shortcut-select-text")),
        (t("shortcut-escape-key"), t("shortcut-cancel-dialog")),
        (pair(&UNDO, &REDO), t("shortcut-undo-redo")),
        (pair(&SAVE, &SAVE_AS), t("shortcut-save-save-as")),
        (pair(&OPEN, &NEW), t("shortcut-open-new")),
        (key(&SYNC), t("shortcut-sync")),
        (t("shortcut-suggestion-keys"), t("shortcut-suggestions")),
    ]
}

/// The message id of an export format's name.
pub fn format_id(format: Format) -> &'static str {
    match format {
        Format::Html => "format-html",
        Format::Markdown => "format-markdown",
        Format::Csv => "format-csv",
        Format::ClaimReview => "format-claimreview",
        Format::Annotations => "format-annotations",
    }
}

/// An export format's name in the window's language.
pub fn format_name(ctx: &egui::Context, format: Format) -> String {
    tr(ctx, format_id(format))
}

/// "Undo set verdict", in the window's language.
fn undo_text(c: &impl HasCtx, step: Option<&Message>) -> Option<String> {
    let action = super::i18n::message(c, step?);
    Some(tr_args(
        c,
        "menu-edit-undo-action",
        &[("action", action.into())],
    ))
}

/// "Redo set verdict".
fn redo_text(c: &impl HasCtx, step: Option<&Message>) -> Option<String> {
    let action = super::i18n::message(c, step?);
    Some(tr_args(
        c,
        "menu-edit-redo-action",
        &[("action", action.into())],
    ))
}

pub struct MenuState<'a> {
    /// The names of the steps Undo and Redo would take (`history.ftl`).
    pub undo: Option<&'a Message>,
    pub redo: Option<&'a Message>,
    pub recent: &'a [PathBuf],
    /// The article's selected characters, trimmed: what Mark claim would mark.
    pub selection: Option<(usize, usize)>,
    pub has_claims: bool,
    /// The window's language, checked in the Language menu.
    pub lang: Lang,
}

/// Mark claim on `selection`, or a hint to select first.
fn mark_claim(ctx: &egui::Context, selection: Option<(usize, usize)>) -> Command {
    match selection {
        Some((start, end)) => Command::MarkClaim {
            start,
            end,
            open_editor: true,
        },
        None => Command::Hint(tr(ctx, "hint-select-passage-first")),
    }
}

fn item(
    ui: &mut Ui,
    ctx: &egui::Context,
    id: &str,
    shortcut: Option<KeyboardShortcut>,
    enabled: bool,
) -> bool {
    let shortcut = shortcut.map(|s| ctx.format_shortcut(&s));
    super::mirror::menu_item_ui(ui, &tr(ctx, id), shortcut, enabled).clicked()
}

pub fn menu_bar_ui(ui: &mut Ui, state: &MenuState<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    super::mirror::menu_bar_ui(ui, |ui| {
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-file"), |ui| {
            if item(ui, &ctx, "menu-file-new-project", Some(NEW), true) {
                commands.push(Command::AskNewProject);
            }
            if item(ui, &ctx, "menu-file-open-project", Some(OPEN), true) {
                commands.push(Command::OpenProjectDialog);
            }
            super::mirror::submenu_ui(ui, &tr(ui, "menu-file-open-recent"), |ui| {
                if state.recent.is_empty() {
                    ui.label(styled(
                        ui,
                        RichText::new(tr(ui, "menu-file-no-recent")).weak(),
                    ));
                }
                for path in state.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::Open(path.clone()));
                    }
                }
            });
            ui.separator();
            if item(ui, &ctx, "menu-file-open-article", None, true) {
                commands.push(Command::OpenArticleDialog);
            }
            if item(ui, &ctx, "menu-file-paste-article", None, true) {
                commands.push(Command::AskPasteArticle);
            }
            if item(ui, &ctx, "menu-file-import-annotations", None, true) {
                commands.push(Command::ImportAnnotationsDialog);
            }
            ui.separator();
            if item(ui, &ctx, "menu-file-save", Some(SAVE), true) {
                commands.push(Command::Save);
            }
            if item(ui, &ctx, "menu-file-save-as", Some(SAVE_AS), true) {
                commands.push(Command::SaveAs);
            }
            super::mirror::submenu_ui(ui, &tr(ui, "menu-file-desk"), |ui| {
                if item(ui, &ctx, "menu-file-desk-sync", Some(SYNC), true) {
                    commands.push(Command::Sync);
                }
                if item(ui, &ctx, "menu-file-desk-show", None, true) {
                    commands.push(Command::ShowTab(Tab::Desk));
                }
                ui.separator();
                if item(ui, &ctx, "menu-file-desk-join", None, true) {
                    commands.push(Command::AskJoinDesk);
                }
                if item(ui, &ctx, "menu-file-desk-start", None, true) {
                    commands.push(Command::AskStartDesk);
                }
            });
            super::mirror::submenu_ui(ui, &tr(ui, "menu-file-export"), |ui| {
                for format in Format::ALL {
                    let label = tr_args(
                        ui,
                        "menu-file-export-format",
                        &[("format", format_name(&ctx, format).into())],
                    );
                    if ui.button(words(ui, label)).clicked() {
                        commands.push(Command::Export(format));
                    }
                }
                ui.separator();
                if ui
                    .button(trw(ui, "menu-file-check-before-export"))
                    .clicked()
                {
                    commands.push(Command::ShowTab(Tab::Check));
                }
            });
            ui.separator();
            if item(ui, &ctx, "menu-file-quit", None, true) {
                commands.push(Command::Quit);
            }
        });
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-edit"), |ui| {
            let undo = undo_text(ui, state.undo).unwrap_or_else(|| tr(ui, "menu-edit-undo"));
            let shortcut = Some(ctx.format_shortcut(&UNDO));
            if super::mirror::menu_item_ui(ui, &undo, shortcut, state.undo.is_some()).clicked() {
                commands.push(Command::Undo);
            }
            let redo = redo_text(ui, state.redo).unwrap_or_else(|| tr(ui, "menu-edit-redo"));
            let shortcut = Some(ctx.format_shortcut(&REDO));
            if super::mirror::menu_item_ui(ui, &redo, shortcut, state.redo.is_some()).clicked() {
                commands.push(Command::Redo);
            }
            ui.separator();
            if item(ui, &ctx, "menu-edit-your-name", None, true) {
                commands.push(Command::AskUserName);
            }
        });
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-claims"), |ui| {
            if item(
                ui,
                &ctx,
                "menu-claims-mark",
                Some(MARK_CLAIM),
                state.selection.is_some(),
            ) {
                commands.push(mark_claim(&ctx, state.selection));
            }
            if item(
                ui,
                &ctx,
                "menu-claims-next",
                Some(NEXT_CLAIM),
                state.has_claims,
            ) {
                commands.push(Command::NextClaim);
            }
            if item(
                ui,
                &ctx,
                "menu-claims-previous",
                Some(PREVIOUS_CLAIM),
                state.has_claims,
            ) {
                commands.push(Command::PreviousClaim);
            }
        });
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-article"), |ui| {
            if ui.button(trw(ui, "menu-article-replace")).clicked() {
                commands.push(Command::ReplaceArticleDialog);
            }
        });
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-project"), |ui| {
            if ui
                .button(trw(ui, "menu-project-article-and-organisation"))
                .clicked()
            {
                commands.push(Command::ShowTab(Tab::Project));
            }
            if ui.button(trw(ui, "menu-project-sources")).clicked() {
                commands.push(Command::ShowTab(Tab::Sources(None)));
            }
            if ui.button(trw(ui, "menu-project-archive-all")).clicked() {
                commands.push(Command::AskArchiveAll);
            }
            if ui.button(trw(ui, "menu-project-scale")).clicked() {
                commands.push(Command::ShowTab(Tab::Scale));
            }
        });
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-language"), |ui| {
            // Each language in itself, so a reader finds theirs whatever
            // language the window is in; the pseudo-language only once chosen
            // with `--lang en-XA`.
            for lang in Lang::ALL {
                if lang == Lang::EnXa && state.lang != Lang::EnXa {
                    continue;
                }
                if super::mirror::radio_ui(ui, state.lang == lang, lang.native_name()).clicked() {
                    commands.push(Command::SetLanguage(lang));
                }
            }
        });
        super::mirror::menu_button_ui(ui, &tr(ui, "menu-help"), |ui| {
            if ui.button(trw(ui, "menu-help-shortcuts")).clicked() {
                commands.push(Command::ShowShortcuts);
            }
        });
    });
}

pub fn toolbar_ui(ui: &mut Ui, state: &MenuState<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    ui.horizontal(|ui| {
        let mark = Button::new(styled(
            ui,
            RichText::new(tr(ui, "toolbar-mark-claim")).strong(),
        ));
        if ui
            .add_enabled(state.selection.is_some(), mark)
            .on_hover_text(hover(
                ui,
                tr_args(
                    &ctx,
                    "toolbar-mark-claim-hover",
                    &[("shortcut", ctx.format_shortcut(&MARK_CLAIM).into())],
                ),
            ))
            .on_disabled_hover_text(hover(ui, tr(&ctx, "hint-select-passage-first")))
            .clicked()
        {
            commands.push(mark_claim(&ctx, state.selection));
        }
        ui.separator();
        if ui
            .add_enabled(state.has_claims, Button::new(trw(ui, "toolbar-previous")))
            .on_hover_text(hover(
                ui,
                tr_args(
                    &ctx,
                    "toolbar-previous-hover",
                    &[("shortcut", ctx.format_shortcut(&PREVIOUS_CLAIM).into())],
                ),
            ))
            .clicked()
        {
            commands.push(Command::PreviousClaim);
        }
        if ui
            .add_enabled(state.has_claims, Button::new(trw(ui, "toolbar-next")))
            .on_hover_text(hover(
                ui,
                tr_args(
                    &ctx,
                    "toolbar-next-hover",
                    &[("shortcut", ctx.format_shortcut(&NEXT_CLAIM).into())],
                ),
            ))
            .clicked()
        {
            commands.push(Command::NextClaim);
        }
        ui.separator();
        if ui
            .add_enabled(state.undo.is_some(), Button::new(trw(ui, "toolbar-undo")))
            .on_hover_text(hover(
                ui,
                undo_text(ui, state.undo).unwrap_or_else(|| tr(&ctx, "toolbar-nothing-to-undo")),
            ))
            .clicked()
        {
            commands.push(Command::Undo);
        }
        if ui
            .add_enabled(state.redo.is_some(), Button::new(trw(ui, "toolbar-redo")))
            .on_hover_text(hover(
                ui,
                redo_text(ui, state.redo).unwrap_or_else(|| tr(&ctx, "toolbar-nothing-to-redo")),
            ))
            .clicked()
        {
            commands.push(Command::Redo);
        }
        ui.separator();
        if ui
            .button(trw(ui, "toolbar-save"))
            .on_hover_text(hover(
                ui,
                tr_args(
                    &ctx,
                    "toolbar-save-hover",
                    &[("shortcut", ctx.format_shortcut(&SAVE).into())],
                ),
            ))
            .clicked()
        {
            commands.push(Command::Save);
        }
        if ui
            .button(trw(ui, "toolbar-sync"))
            .on_hover_text(hover(
                ui,
                tr_args(
                    &ctx,
                    "toolbar-sync-hover",
                    &[("shortcut", ctx.format_shortcut(&SYNC).into())],
                ),
            ))
            .clicked()
        {
            commands.push(Command::Sync);
        }
    });
}
