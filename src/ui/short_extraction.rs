//! The open preview's lines for a web page whose reader view kept a small
//! part of the page (`io::html_fallback`): that the second look extended it
//! (the same words `claimdesk new` prints), with a button that keeps the reader
//! view's own text instead (as `--reader-view` does), or how much was kept, and a button that
//! switches the preview to the page's whole visible text (and back). Only
//! the preview changes; the project is made when the user creates it.

use crate::i18n::Message;
use crate::ui::i18n::{message, styled, tr_args, trw};
use eframe::egui::{self, RichText};

use super::theme;
use crate::io::{ImportedArticle, ShortExtraction};

pub fn ui(ui: &mut egui::Ui, imported: &mut ImportedArticle) {
    // As `claimdesk new` says on stderr: the text shown is not the reader view's.
    let mut reader_view = false;
    if let Some(note) = ShortExtraction::second_look_note(&imported.notes) {
        let taken = Message::new("note-second-look-taken").arg("note", note.clone());
        ui.label(styled(
            ui,
            RichText::new(message(ui, &taken)).color(theme::WARNING),
        ));
        if imported.reader_text.is_some() {
            reader_view = ui.button(trw(ui, "dialog-use-the-reader-view-s")).clicked();
        }
    }
    if reader_view {
        imported.use_reader_view();
    }
    let Some(short) = &imported.short else {
        return;
    };
    let in_use = short.whole_page_in_use;
    let message = if in_use {
        tr_args(
            ui,
            "dialog-whole-page-kept",
            &[("words", short.page_words.into())],
        )
    } else {
        message(ui, &short.words())
    };
    let mut switch = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(styled(ui, RichText::new(message).color(theme::WARNING)));
        let label = if in_use {
            "dialog-use-extracted-article"
        } else {
            "dialog-use-whole-page"
        };
        switch = ui.button(trw(ui, label)).clicked();
    });
    if switch {
        imported.use_whole_page(!in_use);
    }
}

/// The replace review's line: the re-anchoring is already done on the
/// extracted text, so only the warning is shown there.
pub fn note_ui(ui: &mut egui::Ui, imported: &ImportedArticle) {
    if let Some(short) = &imported.short {
        ui.label(styled(
            ui,
            RichText::new(tr_args(
                ui,
                "dialog-check-whole-new-version",
                &[("problem", message(ui, &short.words()).into())],
            ))
            .color(theme::WARNING),
        ));
    }
}
