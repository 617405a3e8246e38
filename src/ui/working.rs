//! The one view of a job under way: what it is doing, how far it has got, and
//! Cancel. The modal dialog shows it for work that must finish before the
//! next step (opening a file, replacing the article, importing annotations,
//! merging the file on disk); the archive window and the Suggestions tab show
//! it beside the work that goes on.

use crate::ui::i18n::{styled, trw, words};
use std::sync::Arc;

use eframe::egui::{self, RichText};

use super::Command;
use crate::progress::Progress;

pub struct Working {
    /// The heading, when shown as a dialog ("Opening the article…").
    pub title: String,
    /// What is happening while the size of the work is unknown ("Reading report.pdf").
    pub starting: String,
    /// What is happening once it is known; `{done}` and `{total}` are filled
    /// in ("Reading report.pdf: page {done} of {total}").
    pub counting: String,
    /// A line below the bar ("Nothing changes until you review the result.").
    pub note: Option<String>,
    pub progress: Arc<Progress>,
    /// What Cancel asks for.
    pub cancel: Box<Command>,
}

impl Working {
    pub fn new(title: impl Into<String>, progress: &Arc<Progress>, cancel: Command) -> Self {
        let title = title.into();
        Self {
            starting: title.clone(),
            counting: title.clone(),
            title,
            note: None,
            progress: Arc::clone(progress),
            cancel: Box::new(cancel),
        }
    }

    /// What is shown while the size is unknown, and once it is known.
    pub fn status(mut self, starting: impl Into<String>, counting: impl Into<String>) -> Self {
        self.starting = starting.into();
        self.counting = counting.into();
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// The status line as it reads now, its counts written as `lang` writes
    /// them ("page 1.234 of 2.000").
    pub fn status_text(&self, lang: crate::i18n::Lang) -> String {
        let n = |n: usize| crate::i18n::numbers::integer(lang, n as u64);
        match self.progress.total() {
            0 => self.starting.clone(),
            total => self
                .counting
                .replace("{done}", &n(self.progress.done().min(total)))
                .replace("{total}", &n(total)),
        }
    }
}

/// The status line, the bar, the note and Cancel (the heading is the container's).
pub fn working_ui(ui: &mut egui::Ui, working: &Working, commands: &mut Vec<Command>) {
    ui.label(words(ui, working.status_text(super::i18n::language(ui))));
    ui.add(egui::ProgressBar::new(working.progress.fraction()).show_percentage());
    if let Some(note) = &working.note {
        ui.label(styled(ui, RichText::new(note).small().weak()));
    }
    if ui.button(trw(ui, "dialog-cancel")).clicked() {
        commands.push((*working.cancel).clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_status_counts_once_the_size_is_known() {
        let progress = Arc::new(Progress::new());
        let w = Working::new("Opening the article…", &progress, Command::CancelIntake)
            .status("Reading a.pdf", "Reading a.pdf: page {done} of {total}");
        assert_eq!(w.status_text(Lang::En), "Reading a.pdf");
        progress.report(3, 12);
        assert_eq!(w.status_text(Lang::En), "Reading a.pdf: page 3 of 12");
        progress.report(1234, 12000);
        assert_eq!(
            w.status_text(Lang::Es),
            "Reading a.pdf: page 1234 of 12.000"
        );
        assert_eq!(
            w.status_text(Lang::PtBr),
            "Reading a.pdf: page 1.234 of 12.000"
        );
    }
}
