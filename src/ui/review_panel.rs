//! The review part of the claim editor: the sign-off buttons, the comment
//! thread and the claim's activity. Returns `ReviewStep`s; the app takes
//! them as the current user.

use eframe::egui::{self, Button, RichText, Ui};

use super::command::ReviewStep;
use super::{Command, fields, theme};
use crate::edit::review::approval_blocker;
use crate::model::{Activity, Claim, ClaimId, ClaimStatus, Event, Project, ScaleKind, claim_ref};

#[derive(Default)]
pub struct ReviewPanel {
    /// The comment being written, and the claim it is for: a draft does not
    /// follow the user to another claim.
    draft: String,
    draft_for: Option<ClaimId>,
}

/// `2025-10-29T09:40:00Z` as `2025-10-29 09:40`.
pub fn short_time(t: &str) -> String {
    match (t.get(..10), t.get(11..16)) {
        (Some(day), Some(hm)) => format!("{day} {hm}"),
        _ => t.to_owned(),
    }
}

fn who(name: &str) -> &str {
    if name.trim().is_empty() {
        "Someone"
    } else {
        name
    }
}

/// "source “Reuters report”", or "a source since deleted".
fn source_name(project: &Project, id: crate::model::SourceId) -> String {
    project
        .source(id)
        .map_or("a source since deleted".to_owned(), |s| {
            let title = if s.title.trim().is_empty() {
                &s.url
            } else {
                &s.title
            };
            format!("source “{}”", title.trim())
        })
}

/// One activity entry in words.
pub fn describe(project: &Project, a: &Activity) -> String {
    let what = match &a.event {
        Event::Created => "created the claim".to_owned(),
        Event::Verdict(Some(v)) => format!(
            "set the verdict to {}",
            project
                .scale
                .verdict(*v)
                .map_or("a verdict since removed", |v| v.label.as_str())
        ),
        Event::Verdict(None) if project.scale.kind == ScaleKind::ConclusionOnly => {
            "wrote the conclusion".to_owned()
        }
        Event::Verdict(None) => "cleared the verdict".to_owned(),
        Event::Status(s) => format!("set the status to {}", s.label()),
        Event::Approved => "approved it".to_owned(),
        Event::Returned => "returned it with a comment".to_owned(),
        Event::SpanMoved => "moved its passage".to_owned(),
        Event::Correction => "corrected it after publication".to_owned(),
        Event::SourceLinked(id) => format!("linked {}", source_name(project, *id)),
        Event::SourceUnlinked(id) => format!("unlinked {}", source_name(project, *id)),
        Event::StanceSet(id, stance) => format!(
            "set the stance of {} to {}",
            source_name(project, *id),
            stance.label()
        ),
        Event::ExcerptChanged(id) => {
            format!("changed the excerpt from {}", source_name(project, *id))
        }
        Event::RationaleChanged => "edited the rationale".to_owned(),
        Event::ReviewedChanged => "edited the claim as reviewed".to_owned(),
        Event::Commented(_) => "commented".to_owned(),
        Event::CommentResolved(_) => "resolved a comment".to_owned(),
        Event::CommentReopened(_) => "reopened a comment".to_owned(),
        Event::ApprovalWithdrawn => {
            "changed what was approved: the approval no longer holds".to_owned()
        }
        Event::NameChanged { from, to } => {
            format!("changed the name in this window from {from} to {to}")
        }
        Event::PublicationRecorded(day) => format!("recorded publication on {day}"),
    };
    format!("{}  {} {what}", short_time(&a.when), who(&a.who))
}

impl ReviewPanel {
    /// The comment thread and the activity, below the claim's fields.
    pub fn thread_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        claim: &Claim,
        commands: &mut Vec<Command>,
    ) {
        if self.draft_for != Some(claim.id) {
            self.draft.clear();
            self.draft_for = Some(claim.id);
        }
        fields::section(ui, "Review comments");
        self.comments_ui(ui, project, claim, commands);
        activity_ui(ui, project, claim);
    }

    /// Who approved, and the buttons that move the claim through review.
    pub fn sign_off_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        claim: &Claim,
        user: &str,
        commands: &mut Vec<Command>,
    ) {
        let id = claim.id;
        ui.add_space(4.0);
        if let Some(a) = claim.approval() {
            ui.label(
                RichText::new(format!(
                    "Approved by {} on {}",
                    who(&a.who),
                    short_time(&a.when)
                ))
                .color(theme::OK),
            );
            // A file edited by hand, or a merge of two copies, can leave an
            // approval that no longer covers what the claim says.
            if !claim.approval_holds() {
                ui.label(
                    RichText::new(
                        "…but what was approved has changed since (verdict, rationale or evidence): this approval no longer holds; mark it ready for review again",
                    )
                    .color(ui.visuals().warn_fg_color),
                );
            }
        }
        if claim.is_published() {
            ui.label(RichText::new(format!("Published {}", claim.published_on)).small());
        }
        let blocker = approval_blocker(project, claim, user);
        ui.horizontal_wrapped(|ui| {
            let can_ready = match claim.status {
                ClaimStatus::ReadyForReview => false,
                ClaimStatus::Approved => !claim.approval_holds(),
                _ => true,
            };
            if ui
                .add_enabled(can_ready, Button::new("Mark ready for review"))
                .clicked()
            {
                commands.push(Command::Review(ReviewStep::MarkReady {
                    claim: id,
                    confirmed: false,
                }));
            }
            let approve = ui.add_enabled(blocker.is_none(), Button::new("Approve"));
            let approve = match &blocker {
                Some(reason) => approve.on_disabled_hover_text(reason.to_string()),
                None => approve.on_hover_text("Sign off this claim as yourself"),
            };
            if approve.clicked() {
                commands.push(Command::Review(ReviewStep::Approve {
                    claim: id,
                    confirmed: false,
                }));
            }
        });
        // Said aloud, not only on hover: the reason is what to do next.
        if let Some(reason) = &blocker
            && claim.status == ClaimStatus::ReadyForReview
        {
            ui.label(
                RichText::new(format!("Approve is off: {reason}"))
                    .small()
                    .color(theme::WARNING),
            );
        }
    }

    fn comments_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        claim: &Claim,
        commands: &mut Vec<Command>,
    ) {
        let id = claim.id;
        let open = claim.unresolved_comments();
        ui.label(
            RichText::new(format!(
                "Comments ({} open of {})",
                open,
                claim.comments.len()
            ))
            .small()
            .strong(),
        );
        for c in &claim.comments {
            egui::Frame::new()
                .fill(ui.visuals().extreme_bg_color)
                .inner_margin(6)
                .corner_radius(4)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(who(&c.author)).strong());
                        ui.label(RichText::new(short_time(&c.time)).small().weak());
                        ui.with_layout(super::mirror::end_layout(ui), |ui| {
                            let (label, resolved) = if c.resolved {
                                ("Reopen", false)
                            } else {
                                ("Resolve", true)
                            };
                            if ui.small_button(label).clicked() {
                                commands.push(Command::Review(ReviewStep::Resolve {
                                    claim: id,
                                    comment: c.id,
                                    resolved,
                                }));
                            }
                        });
                    });
                    comment_text_ui(ui, project, &c.text, c.resolved, commands);
                });
        }
        let l = ui.label(RichText::new("New comment").small());
        super::bidi_edit::multiline(ui, &mut self.draft, |e| {
            e.hint_text("A question or a request for the checker")
                .desired_rows(2)
                .desired_width(f32::INFINITY)
        })
        .labelled_by(l.id);
        let written = !self.draft.trim().is_empty();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(written, Button::new("Add comment"))
                .clicked()
            {
                commands.push(Command::Review(ReviewStep::Comment {
                    claim: id,
                    text: self.draft.trim().to_owned(),
                }));
                self.draft.clear();
            }
            let can_return = written
                && matches!(
                    claim.status,
                    ClaimStatus::ReadyForReview | ClaimStatus::Approved
                );
            if ui
                .add_enabled(can_return, Button::new("Return with comment"))
                .on_hover_text("Send the claim back to In progress, with this comment saying why")
                .on_disabled_hover_text(
                    "Write a comment first; only a claim under review can be returned",
                )
                .clicked()
            {
                commands.push(Command::Review(ReviewStep::Return {
                    claim: id,
                    text: self.draft.trim().to_owned(),
                }));
                self.draft.clear();
            }
        });
    }
}

fn activity_ui(ui: &mut Ui, project: &Project, claim: &Claim) {
    egui::CollapsingHeader::new(format!("Activity ({})", claim.activity.len()))
        .id_salt(("activity", claim.id))
        .show(ui, |ui| {
            if claim.activity.is_empty() {
                ui.label(RichText::new("Nothing recorded yet.").small().weak());
            }
            for a in claim.activity.iter().rev() {
                ui.label(RichText::new(describe(project, a)).small());
            }
        });
}

/// A comment's text, its claim references shown as the claims' current
/// numbers and linked to them ("#3" stays the same claim after renumbering).
fn comment_text_ui(
    ui: &mut Ui,
    project: &Project,
    text: &str,
    resolved: bool,
    commands: &mut Vec<Command>,
) {
    let style = |t: RichText| {
        if resolved {
            t.weak().strikethrough()
        } else {
            t
        }
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for piece in claim_ref::pieces(project, text) {
            match piece {
                claim_ref::Piece::Text(t) => {
                    ui.label(style(RichText::new(t)));
                }
                claim_ref::Piece::Claim(id, Some(n)) => {
                    if ui
                        .link(style(RichText::new(format!("#{n}"))))
                        .on_hover_text(format!("Go to claim {n}"))
                        .clicked()
                    {
                        commands.push(Command::JumpToClaim(id));
                    }
                }
                claim_ref::Piece::Claim(_, None) => {
                    ui.label(style(RichText::new("#? (deleted claim)").italics()));
                }
            }
        }
    });
}
