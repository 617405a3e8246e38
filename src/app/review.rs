//! Review and sign-off in the window: the user's name (kept with eframe's
//! persistence, like the recent files) and the review steps, taken as that user.

use super::ClaimDeskApp;
use crate::edit::review;
use crate::model::date::today;
use crate::ui::ReviewStep;
use crate::ui::dialogs::Dialog;
use crate::ui::review_dialogs::ReviewDialog;

pub(super) const USER_KEY: &str = "user_name";

impl ClaimDeskApp {
    /// The name written into activity, comments and approvals; empty for
    /// none. It is kept in one place, the document, which stamps each edit.
    pub fn user_name(&self) -> &str {
        self.doc.user()
    }

    pub fn set_user_name(&mut self, name: &str) {
        self.name_answered = true;
        self.doc.set_user(name);
    }

    /// Keeps the name with the window's settings, once the user answered.
    pub(super) fn store_user_name(&self, storage: &mut dyn eframe::Storage) {
        if self.name_answered {
            eframe::set_value(storage, USER_KEY, &self.doc.user());
        }
    }

    /// At first start (no name stored yet), ask for one; skipping counts as an answer.
    pub(super) fn ask_name_at_first_start(&mut self, stored: Option<String>, ask: bool) {
        match stored {
            Some(name) => self.set_user_name(&name),
            // A recovery offer at start comes first; the name can wait for Edit › Your name….
            None if ask && self.dialog.is_none() => {
                self.dialog = Some(Dialog::Review(ReviewDialog::YourName {
                    name: String::new(),
                    first_start: true,
                }));
            }
            None => {}
        }
    }

    pub(super) fn ask_user_name(&mut self) {
        self.dialog = Some(Dialog::Review(ReviewDialog::YourName {
            name: self.doc.user().to_owned(),
            first_start: false,
        }));
    }

    pub(super) fn ask_correction(&mut self, claim: crate::model::ClaimId) {
        if let Some(d) = ReviewDialog::correction(self.doc.project(), claim) {
            self.dialog = Some(Dialog::Review(d));
        }
    }

    pub(super) fn review_step(&mut self, step: ReviewStep) {
        let actor = self.doc.actor();
        let project = self.doc.project();
        let action = match step {
            ReviewStep::MarkReady { claim, confirmed } => {
                let gaps: Vec<String> = project
                    .claim(claim)
                    .map(|c| review::ready_gap_list(project, c))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|gap| self.catalog.message(&gap.message()))
                    .collect();
                if !confirmed && !gaps.is_empty() {
                    self.dialog = Some(Dialog::Review(ReviewDialog::Confirm {
                        step: ReviewStep::MarkReady {
                            claim,
                            confirmed: true,
                        },
                        heading: self.catalog.format(
                            "review-mark-ready-question",
                            &[("claim", claim_label(project, claim).into())],
                        ),
                        reasons: gaps,
                        go: self.catalog.text("review-mark-ready-anyway"),
                    }));
                    return;
                }
                review::mark_ready(project, claim, &actor)
            }
            ReviewStep::Approve { claim, confirmed } => {
                let open: Vec<String> = project
                    .claim(claim)
                    .map(|c| review::approval_warning_messages(project, c))
                    .unwrap_or_default()
                    .iter()
                    .map(|m| self.catalog.message(m))
                    .collect();
                let allowed = project
                    .claim(claim)
                    .is_some_and(|c| review::approval_blocker(project, c, &actor.name).is_none());
                if !confirmed && allowed && !open.is_empty() {
                    self.dialog = Some(Dialog::Review(ReviewDialog::Confirm {
                        step: ReviewStep::Approve {
                            claim,
                            confirmed: true,
                        },
                        heading: self.catalog.format(
                            "review-approve-question",
                            &[("claim", claim_label(project, claim).into())],
                        ),
                        reasons: open,
                        go: self.catalog.text("review-approve-anyway"),
                    }));
                    return;
                }
                review::approve(project, claim, &actor)
            }
            ReviewStep::Return { claim, text } => {
                review::return_with_comment(project, claim, &text, &actor)
            }
            ReviewStep::Comment { claim, text } => {
                review::add_comment(project, claim, &text, &actor)
            }
            ReviewStep::Resolve {
                claim,
                comment,
                resolved,
            } => review::set_comment_resolved(project, claim, comment, resolved, &actor),
            ReviewStep::Correct { claim, to, note } => {
                review::correct(project, claim, to, &note, &actor)
            }
            ReviewStep::RecordPublication => {
                match review::record_publication(project, &today(), &actor) {
                    Some(action) => Ok(action),
                    None => {
                        self.info(self.tr("review-no-approved-claim-is-waiting"));
                        return;
                    }
                }
            }
        };
        match action {
            Ok(action) => self.edit(action),
            Err(e) => {
                let text = self.catalog.message(&e.message());
                self.message = Some((text, true));
            }
        }
    }
}

/// "#3": the claim's number in the article, as the list shows it.
fn claim_label(project: &crate::model::Project, id: crate::model::ClaimId) -> String {
    project
        .claim_number(id)
        .map_or_else(String::new, |n| format!("#{n}"))
}
