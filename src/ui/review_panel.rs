//! The review part of the claim editor: the sign-off buttons, the comment
//! thread and the claim's activity. Returns `ReviewStep`s; the app takes
//! them as the current user.

use crate::i18n::Catalog;
use crate::ui::i18n::{catalog as tr_catalog, hover, message, styled, tr, tr_args, trw, trw_args};
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

/// The name of who did something, or "Someone" for an entry without one.
fn who(catalog: &Catalog, name: &str) -> String {
    if name.trim().is_empty() {
        catalog.text("review-someone")
    } else {
        name.to_owned()
    }
}

/// "source “Reuters report”", or "a source since deleted".
fn source_name(catalog: &Catalog, project: &Project, id: crate::model::SourceId) -> String {
    project.source(id).map_or_else(
        || catalog.text("review-source-deleted"),
        |s| {
            let title = if s.title.trim().is_empty() {
                &s.url
            } else {
                &s.title
            };
            catalog.format("review-source-named", &[("title", title.trim().into())])
        },
    )
}

/// One activity entry in words, in the window's language.
pub fn describe(ui: &Ui, project: &Project, a: &Activity) -> String {
    let catalog = super::i18n::catalog(ui);
    let c = &*catalog;
    let text = |id: &str| c.text(id);
    let source = |id| source_name(c, project, id);
    let what = match &a.event {
        Event::Created => text("activity-created"),
        Event::Verdict(Some(v)) => c.format(
            "activity-verdict-set",
            &[(
                "verdict",
                project
                    .scale
                    .verdict(*v)
                    .map_or_else(|| c.text("activity-verdict-removed"), |v| v.label.clone())
                    .into(),
            )],
        ),
        Event::Verdict(None) if project.scale.kind == ScaleKind::ConclusionOnly => {
            text("activity-conclusion-written")
        }
        Event::Verdict(None) => text("activity-verdict-cleared"),
        Event::Status(s) => c.format(
            "activity-status-set",
            &[("status", super::labels::status(ui, *s).into())],
        ),
        Event::Approved => text("activity-approved"),
        Event::Returned => text("activity-returned"),
        Event::SpanMoved => text("activity-span-moved"),
        Event::Correction => text("activity-corrected"),
        Event::SourceLinked(id) => {
            c.format("activity-source-linked", &[("source", source(*id).into())])
        }
        Event::SourceUnlinked(id) => c.format(
            "activity-source-unlinked",
            &[("source", source(*id).into())],
        ),
        Event::StanceSet(id, stance) => c.format(
            "activity-stance-set",
            &[
                ("source", source(*id).into()),
                ("stance", super::labels::stance(ui, *stance).into()),
            ],
        ),
        Event::ExcerptChanged(id) => c.format(
            "activity-excerpt-changed",
            &[("source", source(*id).into())],
        ),
        Event::RationaleChanged => text("activity-rationale-edited"),
        Event::ReviewedChanged => text("activity-reviewed-edited"),
        Event::Commented(_) => text("activity-commented"),
        Event::CommentResolved(_) => text("activity-comment-resolved"),
        Event::CommentReopened(_) => text("activity-comment-reopened"),
        Event::ApprovalWithdrawn => text("activity-approval-withdrawn"),
        Event::NameChanged { from, to } => c.format(
            "activity-name-changed",
            &[("from", from.as_str().into()), ("to", to.as_str().into())],
        ),
        Event::PublicationRecorded(day) => c.format(
            "activity-publication-recorded",
            &[("day", c.date_long(day).into())],
        ),
    };
    c.format(
        "activity-entry",
        &[
            ("time", c.moment(&a.when).into()),
            ("who", who(c, &a.who).into()),
            ("what", what.into()),
        ],
    )
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
        fields::section(ui, "review-review-comments");
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
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "review-approved-by",
                    &[
                        ("who", who(&tr_catalog(ui), &a.who).into()),
                        ("time", crate::ui::i18n::moment(ui, &a.when).into()),
                    ],
                ))
                .color(theme::OK),
            ));
            // A file edited by hand, or a merge of two copies, can leave an
            // approval that no longer covers what the claim says.
            if !claim.approval_holds() {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "review-but-what-was-approved-has"))
                        .color(ui.visuals().warn_fg_color),
                ));
            }
        }
        if claim.is_published() {
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "review-published-on",
                    &[(
                        "day",
                        crate::ui::i18n::date_long(ui, &claim.published_on).into(),
                    )],
                ))
                .small(),
            ));
        }
        let blocker = approval_blocker(project, claim, user);
        ui.horizontal_wrapped(|ui| {
            let can_ready = match claim.status {
                ClaimStatus::ReadyForReview => false,
                ClaimStatus::Approved => !claim.approval_holds(),
                _ => true,
            };
            if ui
                .add_enabled(
                    can_ready,
                    Button::new(trw(ui, "review-mark-ready-for-review")),
                )
                .clicked()
            {
                commands.push(Command::Review(ReviewStep::MarkReady {
                    claim: id,
                    confirmed: false,
                }));
            }
            let approve = ui.add_enabled(blocker.is_none(), Button::new(trw(ui, "review-approve")));
            let approve = match &blocker {
                Some(reason) => approve.on_disabled_hover_text(message(ui, &reason.message())),
                None => approve.on_hover_text(hover(ui, tr(ui, "review-sign-off-this-claim-as"))),
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
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "review-approve-is-off",
                    &[("reason", message(ui, &reason.message()).into())],
                ))
                .small()
                .color(theme::WARNING),
            ));
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
        ui.label(styled(
            ui,
            RichText::new(tr_args(
                ui,
                "review-comments-heading",
                &[
                    ("open", open.into()),
                    ("total", claim.comments.len().into()),
                ],
            ))
            .small()
            .strong(),
        ));
        for c in &claim.comments {
            egui::Frame::new()
                .fill(ui.visuals().extreme_bg_color)
                .inner_margin(6)
                .corner_radius(4)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.label(styled(
                            ui,
                            RichText::new(who(&tr_catalog(ui), &c.author)).strong(),
                        ));
                        ui.label(styled(
                            ui,
                            RichText::new(crate::ui::i18n::moment(ui, &c.time))
                                .small()
                                .weak(),
                        ));
                        ui.with_layout(super::mirror::end_layout(ui), |ui| {
                            let (label, resolved) = if c.resolved {
                                ("review-reopen", false)
                            } else {
                                ("review-resolve", true)
                            };
                            if ui.small_button(trw(ui, label)).clicked() {
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
        let l = ui.label(styled(
            ui,
            RichText::new(tr(ui, "review-new-comment")).small(),
        ));
        let hint = crate::ui::i18n::words(ui, tr(ui, "review-a-question-or-a-request"));
        super::bidi_edit::multiline_ui(ui, &mut self.draft, |e| {
            e.hint_text(hint)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
        })
        .labelled_by(l.id);
        let written = !self.draft.trim().is_empty();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(written, Button::new(trw(ui, "review-add-comment")))
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
                .add_enabled(
                    can_return,
                    Button::new(trw(ui, "review-return-with-comment")),
                )
                .on_hover_text(hover(ui, tr(ui, "review-send-the-claim-back-to")))
                .on_disabled_hover_text(hover(ui, tr(ui, "review-write-a-comment-first-only")))
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
    egui::CollapsingHeader::new(trw_args(
        ui,
        "review-activity-heading",
        &[("count", claim.activity.len().into())],
    ))
    .id_salt(("activity", claim.id))
    .show(ui, |ui| {
        if claim.activity.is_empty() {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "review-nothing-recorded-yet"))
                    .small()
                    .weak(),
            ));
        }
        for a in claim.activity.iter().rev() {
            ui.label(styled(ui, RichText::new(describe(ui, project, a)).small()));
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
                    ui.label(styled(ui, style(RichText::new(t))));
                }
                claim_ref::Piece::Claim(id, Some(n)) => {
                    if ui
                        .link(style(RichText::new(format!("#{n}"))))
                        .on_hover_text(hover(
                            ui,
                            tr_args(ui, "review-go-to-claim", &[("number", n.into())]),
                        ))
                        .clicked()
                    {
                        commands.push(Command::JumpToClaim(id));
                    }
                }
                claim_ref::Piece::Claim(_, None) => {
                    ui.label(styled(
                        ui,
                        style(RichText::new(tr(ui, "review-deleted-claim")).italics()),
                    ));
                }
            }
        }
    });
}
