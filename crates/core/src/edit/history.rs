use super::action::{Action, EditError, Target};
use crate::i18n::Message;
use crate::model::Project;

struct Entry {
    label: Message,
    /// The action that takes the project back to before this entry.
    inverse: Action,
    target: Option<Target>,
    /// Identifies the project state this entry leads to, for the unsaved mark.
    state: u64,
}

/// Undo and redo stacks of inverse actions. Consecutive edits of one field
/// merge into one step until [`History::seal`] is called (the UI does so when
/// focus moves), so typing a sentence is undone in one go.
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    sealed: bool,
    /// The state with nothing left to undo: 0 until the oldest steps are dropped.
    base_state: u64,
    next_state: u64,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            sealed: true,
            base_state: 0,
            next_state: 1,
            limit: 1000,
        }
    }
}

impl History {
    /// The state the project is in now; 0 is the state it was loaded in.
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(self.base_state, |e| e.state)
    }

    pub fn seal(&mut self) {
        self.sealed = true;
    }

    fn fresh_state(&mut self) -> u64 {
        self.next_state += 1;
        self.next_state
    }

    pub fn apply(&mut self, project: &mut Project, action: Action) -> Result<(), EditError> {
        let (label, target) = action.describe(project);
        let inverse = action.apply(project)?;
        self.redo.clear();
        let state = self.fresh_state();
        let merge = !self.sealed
            && target.as_ref().is_some_and(Target::merges)
            && self.undo.last().is_some_and(|top| top.target == target);
        if merge {
            // The older inverse already restores the state before the first keystroke.
            if let Some(top) = self.undo.last_mut() {
                top.state = state;
            }
        } else {
            self.undo.push(Entry {
                label,
                inverse,
                target: target.clone(),
                state,
            });
            if self.undo.len() > self.limit {
                // The oldest state can no longer be reached: the one after it is the new base.
                self.base_state = self.undo.remove(0).state;
            }
        }
        self.sealed = target.is_none();
        Ok(())
    }

    pub fn undo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(entry) = self.undo.pop() else {
            return Ok(false);
        };
        match entry.inverse.clone().apply(project) {
            Ok(redo) => {
                self.redo.push(Entry {
                    inverse: redo,
                    ..entry
                });
                self.sealed = true;
                Ok(true)
            }
            Err(e) => {
                self.undo.push(entry);
                Err(e)
            }
        }
    }

    pub fn redo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(entry) = self.redo.pop() else {
            return Ok(false);
        };
        match entry.inverse.clone().apply(project) {
            Ok(undo) => {
                self.undo.push(Entry {
                    inverse: undo,
                    ..entry
                });
                self.sealed = true;
                Ok(true)
            }
            Err(e) => {
                self.redo.push(entry);
                Err(e)
            }
        }
    }

    /// The name of the step Undo takes back ("set verdict"), to word in
    /// the window's language.
    pub fn undo_label(&self) -> Option<&Message> {
        self.undo.last().map(|e| &e.label)
    }

    pub fn redo_label(&self) -> Option<&Message> {
        self.redo.last().map(|e| &e.label)
    }
}
