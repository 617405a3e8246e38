//! The project's report language: a drop-down of the languages reports are
//! written in, plus "the window's", for the Project tab. Its label and the
//! "window's language" choice come from the caller, so they are translated
//! where the rest of the tab is.

use eframe::egui::{ComboBox, Label, RichText, Sense, Ui};

/// The languages a report can be written in: (code, name in that language).
/// Names are endonyms, the same in every window language.
pub const REPORT_LANGUAGES: [(&str, &str); 6] = [
    ("en", "English"),
    ("es", "Español"),
    ("pt-BR", "Português (Brasil)"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("ja", "日本語"),
];

/// The drop-down under its label; `window` names the `None` choice
/// ("Same as the window"). A code this build does not know (a newer file's)
/// is shown as it is and kept until another is picked.
pub fn ui(ui: &mut Ui, label: &str, window: &str, value: &mut Option<String>) {
    let l = ui.add(
        Label::new(RichText::new(label).small().strong())
            .selectable(false)
            .sense(Sense::CLICK),
    );
    let shown = match value.as_deref() {
        None => window.to_owned(),
        Some(code) => REPORT_LANGUAGES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| (*name).to_owned()),
    };
    ComboBox::from_id_salt("report_language")
        .selected_text(shown)
        .width(ui.available_width().min(280.0))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, window);
            for (code, name) in REPORT_LANGUAGES {
                ui.selectable_value(value, Some(code.to_owned()), name);
            }
        })
        .response
        .labelled_by(l.id);
}
