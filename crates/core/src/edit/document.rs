use std::path::PathBuf;

use super::{Action, Actor, EditError, History, review};
use crate::i18n::Message;
use crate::model::Project;

/// An open project: the data, where it lives on disk, and its edit history.
/// All changes go through [`Document::apply`], [`Document::undo`] and
/// [`Document::redo`]; that is where the unsaved mark and autosave look.
pub struct Document {
    project: Project,
    pub path: Option<PathBuf>,
    history: History,
    saved_state: Option<u64>,
    revision: u64,
    /// Who is editing: written into activity, comments and corrections.
    user: String,
    /// The current time as `YYYY-MM-DDTHH:MM:SSZ`; tests fix it.
    clock: fn() -> String,
    /// When the project was opened or last saved (see `Actor::session_start`).
    session_start: String,
}

fn utc_now() -> String {
    crate::model::date::UtcTime::now().date_time()
}

impl Document {
    /// A project that has never been saved (or was imported from an article).
    pub fn new_unsaved(project: Project) -> Self {
        Self {
            project,
            path: None,
            history: History::default(),
            // Nothing typed yet, so nothing to lose.
            saved_state: Some(0),
            revision: 0,
            user: String::new(),
            clock: utc_now,
            session_start: utc_now(),
        }
    }

    /// Work not saved yet: brought back from a recovery copy (it belongs to
    /// `path` if it was ever saved) or freshly imported from an article.
    pub fn recovered(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            path,
            saved_state: None,
            ..Self::new_unsaved(project)
        }
    }

    /// A project just read from `path`.
    pub fn opened(project: Project, path: PathBuf) -> Self {
        Self {
            path: Some(path),
            ..Self::new_unsaved(project)
        }
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Bumps on every change: views key their caches on it.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.state())
    }

    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_state = Some(self.history.state());
        self.history.seal();
        self.session_start = (self.clock)();
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn set_user(&mut self, name: &str) {
        self.user = name.trim().to_owned();
    }

    /// Replaces the clock, so tests get the same times on every run.
    pub fn set_clock(&mut self, clock: fn() -> String) {
        self.clock = clock;
        self.session_start = clock();
    }

    /// The current user, acting now.
    pub fn actor(&self) -> Actor {
        Actor {
            name: self.user.clone(),
            time: (self.clock)(),
            session_start: self.session_start.clone(),
        }
    }

    /// Applies a user's edit. The review rules see it first: they add
    /// activity entries (who and when) and may refuse it, e.g. a change to a
    /// published claim's verdict without a correction note.
    pub fn apply(&mut self, action: Action) -> Result<(), EditError> {
        let action = review::stamp(&self.project, action, &self.actor())?;
        self.history.apply(&mut self.project, action)?;
        self.revision += 1;
        Ok(())
    }

    /// Ends the current undo step: the next edit starts a new one.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    pub fn undo(&mut self) -> Result<bool, EditError> {
        let done = self.history.undo(&mut self.project)?;
        self.revision += u64::from(done);
        Ok(done)
    }

    pub fn redo(&mut self) -> Result<bool, EditError> {
        let done = self.history.redo(&mut self.project)?;
        self.revision += u64::from(done);
        Ok(done)
    }

    pub fn undo_label(&self) -> Option<&Message> {
        self.history.undo_label()
    }

    pub fn redo_label(&self) -> Option<&Message> {
        self.history.redo_label()
    }

    pub fn file_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}
