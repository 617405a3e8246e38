//! File › Import annotations…: the chosen file read and anchored by
//! `crate::import`, applied as one undo step, and a summary (with the
//! orphans, changed wording and skipped entries listed when there are any).

use std::path::Path;

use super::ClaimDeskApp;
use crate::ui::dialogs::Dialog;

impl ClaimDeskApp {
    pub(super) fn import_annotations(&mut self, path: &Path) {
        let parsed = match crate::import::read(path) {
            Ok(parsed) => parsed,
            Err(e) => {
                self.error(
                    "Could not import annotations",
                    format!("{}: {e}. Nothing changed.", path.display()),
                );
                return;
            }
        };
        self.doc.set_user(&self.user_name);
        let plan = crate::import::plan(self.doc.project(), parsed, &self.doc.actor());
        let summary = plan.report.summary();
        if let Some(action) = plan.action
            && let Err(e) = self.doc.apply(action)
        {
            self.error("Could not import annotations", e.to_string());
            return;
        }
        let details = plan.report.details();
        self.info(summary.clone());
        if !details.is_empty() {
            self.dialog = Some(Dialog::Message {
                title: "Annotations imported".to_owned(),
                body: format!("{summary}.\n\n{}", details.join("\n")),
            });
        }
    }
}
