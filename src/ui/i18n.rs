//! The window's language for the views: the current catalog lives in the
//! egui context, so any view (and any window in a test, each with its own
//! context) formats its labels with `tr(ui, "id")` without passing it down.
//! `direction(ui)` tells a view whether to mirror its layout.

use std::sync::Arc;

use eframe::egui;

use crate::i18n::{Arg, Catalog, Direction, Lang};

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
