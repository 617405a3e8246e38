//! The window's language for the views: the current catalog lives in the
//! egui context, so any view (and any window in a test, each with its own
//! context) formats its labels with `tr(ui, "id")` without passing it down.
//! `direction(ui)` tells a view whether to mirror its layout. A label's
//! text goes through `trw` (or `words`, `styled`, `hover`), which in a
//! right-to-left window draws it in reading order: egui alone would place
//! an Arabic label's words left to right.

use std::sync::Arc;

use eframe::egui;

use crate::i18n::{Arg, Catalog, Direction, Lang, Message};

fn key() -> egui::Id {
    egui::Id::unique("claimdesk-catalog")
}

/// Anything that reaches the egui context: a `Ui` or the `Context` itself.
pub trait HasCtx {
    fn egui_ctx(&self) -> &egui::Context;
}

impl HasCtx for egui::Ui {
    fn egui_ctx(&self) -> &egui::Context {
        self.ctx()
    }
}

impl HasCtx for egui::Context {
    fn egui_ctx(&self) -> &egui::Context {
        self
    }
}

/// The catalog of the window's language (English before the app set one).
pub fn catalog(c: &impl HasCtx) -> Arc<Catalog> {
    c.egui_ctx()
        .data(|d| d.get_temp::<Arc<Catalog>>(key()))
        .unwrap_or_else(|| Catalog::get(Lang::En))
}

/// Makes `lang` the window's language: every label drawn from now on, in
/// this frame already, comes from its catalog.
pub fn set_language(ctx: &egui::Context, lang: Lang) {
    let catalog = Catalog::get(lang);
    ctx.data_mut(|d| d.insert_temp(key(), catalog));
}

pub fn language(c: &impl HasCtx) -> Lang {
    catalog(c).lang()
}

/// The window's writing direction: `Rtl` for Arabic, where the layout is mirrored.
pub fn direction(c: &impl HasCtx) -> Direction {
    language(c).direction()
}

pub fn is_rtl(c: &impl HasCtx) -> bool {
    direction(c) == Direction::Rtl
}

/// The message `id` in the window's language.
pub fn tr(c: &impl HasCtx, id: &str) -> String {
    catalog(c).text(id)
}

/// The message `id` with arguments: `tr_args(ui, "claims", &[("count", n.into())])`.
pub fn tr_args(c: &impl HasCtx, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    catalog(c).format(id, args)
}

/// A message the core returned (an id and its arguments) in the window's language.
pub fn message(c: &impl HasCtx, message: &Message) -> String {
    catalog(c).message(message)
}

/// The message `id` as a label's text in reading order: in a right-to-left
/// language the words of an Arabic label (with any number or Latin name in
/// it) are placed by the run table and long ones wrap into right-aligned
/// lines (`mirror::reading_order`); in any other language it is the plain
/// text `tr` gives, exactly as before. Its accessible name is the message.
pub fn trw(ui: &egui::Ui, id: &str) -> egui::WidgetText {
    words(ui, tr(ui, id))
}

/// [`trw`] with arguments, as [`tr_args`] takes them.
pub fn trw_args(ui: &egui::Ui, id: &str, args: &[(&str, Arg<'_>)]) -> egui::WidgetText {
    words(ui, tr_args(ui, id, args))
}

/// A text already worded (a message with a model value in it, a status
/// line) in reading order, as [`trw`] gives a message. Only in a
/// right-to-left window: an English one draws exactly what it drew before,
/// whatever the text (Arabic data there is left as egui draws it).
pub fn words(ui: &egui::Ui, text: impl Into<String>) -> egui::WidgetText {
    let text: String = text.into();
    if is_rtl(ui) && crate::model::bidi::needs_bidi(&text) {
        super::mirror::reading_order(ui, text, egui::TextStyle::Body)
    } else {
        text.into()
    }
}

/// A styled text (`RichText::new(tr(ui, "id")).heading()`, `.strong()`,
/// `.weak()`) in reading order, its style kept; as it was elsewhere.
pub fn styled(ui: &egui::Ui, text: egui::RichText) -> egui::WidgetText {
    if is_rtl(ui) {
        super::mirror::reading_order(ui, text, egui::TextStyle::Body)
    } else {
        text.into()
    }
}

/// A tooltip's text in reading order, wrapped at a tooltip's width (the
/// widget's own place says nothing of where the tooltip goes).
pub fn hover(ui: &egui::Ui, text: impl Into<String>) -> egui::WidgetText {
    let text: String = text.into();
    if is_rtl(ui) && crate::model::bidi::needs_bidi(&text) {
        let width = ui.spacing().tooltip_width;
        super::mirror::reading_order_at(ui, text, egui::TextStyle::Body, Some(width))
    } else {
        text.into()
    }
}

/// [`styled`] on one line, for a label that is cut to its room (the status
/// bar's message) rather than wrapped.
pub fn styled_line(ui: &egui::Ui, text: egui::RichText) -> egui::WidgetText {
    if is_rtl(ui) {
        super::mirror::reading_order_at(ui, text, egui::TextStyle::Body, None)
    } else {
        text.into()
    }
}

/// [`words`] on one line (a field's hint, a combo box's choice), where egui
/// would not wrap it either.
pub fn words_line(ui: &egui::Ui, text: impl Into<String>) -> egui::WidgetText {
    let text: String = text.into();
    if is_rtl(ui) && crate::model::bidi::needs_bidi(&text) {
        super::mirror::reading_order_at(ui, text, egui::TextStyle::Body, None)
    } else {
        text.into()
    }
}

/// A count as the window's language writes it: `1,234`, `1.234`, `1 234`
/// (a count given to a message as a number is written so already).
pub fn number(c: &impl HasCtx, n: usize) -> String {
    catalog(c).number(n)
}

/// A fraction with `digits` after the separator: `0.93`, `0,93`.
pub fn decimal(c: &impl HasCtx, value: f64, digits: usize) -> String {
    catalog(c).decimal(value, digits)
}

/// A date in a sentence: `2 de marzo de 2025`, `2 مارس/آذار 2025`; as the
/// reports write it (`i18n::dates::long`).
pub fn date_long(c: &impl HasCtx, iso: &str) -> String {
    catalog(c).date_long(iso)
}

/// A date in a list or row: `2/3/2025`, `2025/03/02`.
pub fn date_short(c: &impl HasCtx, iso: &str) -> String {
    catalog(c).date_short(iso)
}

/// A stored moment (`2025-10-29T09:40:00Z`) as a short date and time.
pub fn moment(c: &impl HasCtx, stamp: &str) -> String {
    catalog(c).moment(stamp)
}
