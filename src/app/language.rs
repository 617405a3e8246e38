//! The window's language: the system's by default, the one chosen in the
//! Language menu once chosen (kept with the window's settings), or
//! `--lang` for one run.

use eframe::egui;

use super::ClaimDeskApp;
use crate::i18n::{Arg, Catalog, Lang};

pub(super) const LANG_KEY: &str = "language";

/// The best language for the user's preferred system locales.
pub(super) fn system_language() -> Lang {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    Lang::for_locales(locales.iter().map(String::as_str))
}

impl ClaimDeskApp {
    /// Switches the window to `lang`; `chosen` (from the menu) keeps it for
    /// the next start. The frame under way is drawn again in the new
    /// language, so no frame shows a mix.
    pub fn set_language(&mut self, ctx: &egui::Context, lang: Lang, chosen: bool) {
        crate::ui::i18n::set_language(ctx, lang);
        self.catalog = Catalog::get(lang);
        if chosen {
            self.chosen_lang = Some(lang);
        }
        ctx.request_discard("the window's language changed");
        ctx.request_repaint();
    }

    pub fn language(&self) -> Lang {
        self.catalog.lang()
    }

    pub(super) fn store_language(&self, storage: &mut dyn eframe::Storage) {
        if let Some(lang) = self.chosen_lang {
            eframe::set_value(storage, LANG_KEY, &lang);
        }
    }

    /// One of the app's own messages in the window's language.
    #[allow(dead_code)] // The app's messages move into the catalog next.
    pub(super) fn tr(&self, id: &str) -> String {
        self.catalog.text(id)
    }

    #[allow(dead_code)]
    pub(super) fn tr_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog.format(id, args)
    }
}
