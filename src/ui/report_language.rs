//! The project's report language: a drop-down of the languages reports are
//! written in, plus "the window's", for the Project tab. Its label and the
//! "window's language" choice come from the caller, so they are translated
//! where the rest of the tab is.

use eframe::egui::{Label, RichText, Sense, Ui};

use crate::i18n::Lang;
use crate::ui::i18n::{styled, words, words_line};

/// The languages a report can be written in, named in themselves: English
/// and the translated ones (the pseudo-language is for testing the window).
fn report_languages() -> impl Iterator<Item = Lang> {
    std::iter::once(Lang::En).chain(Lang::TRANSLATED)
}

/// The drop-down under its label; `window` names the `None` choice
/// ("Same as the window"). A code this build does not know (a newer file's)
/// is shown as it is and kept until another is picked.
pub fn ui(ui: &mut Ui, label: &str, window: &str, value: &mut Option<String>) {
    let l = ui.add(
        Label::new(styled(ui, RichText::new(label).small().strong()))
            .selectable(false)
            .sense(Sense::CLICK),
    );
    let shown = match value.as_deref() {
        None => window.to_owned(),
        Some(code) => {
            Lang::from_code(code).map_or_else(|| code.to_owned(), |l| l.native_name().to_owned())
        }
    };
    let shown = words_line(ui, shown);
    let width = Some(ui.available_width().min(280.0));
    let combo = crate::ui::mirror::combo_box_ui(ui, "report_language", shown, width, |ui| {
        ui.selectable_value(value, None, words(ui, window));
        for lang in report_languages() {
            ui.selectable_value(value, Some(lang.code().to_owned()), lang.native_name());
        }
    })
    .response
    .labelled_by(l.id);
    // A click on the label puts the focus on its drop-down, as for a field.
    if l.clicked() {
        combo.request_focus();
    }
}
