//! A new project made in the window: its rating scale's words are the
//! window's language's (catalog `scale.ftl`), copied into the project, where
//! they stay whatever language the project is opened in later.

use super::ClaimDeskApp;
use crate::model::{Article, Project, ScalePreset};

impl ClaimDeskApp {
    pub(super) fn new_project(
        &self,
        title: impl Into<String>,
        article: Article,
        preset: ScalePreset,
    ) -> Project {
        let mut project = Project::new(title, article, preset);
        project.scale = crate::ui::scale_presets::scale(preset, self.language());
        project
    }
}
