//! Dialogs of the review workflow: the user's name (asked at first start,
//! changed with Edit › Your name…) and the correction of a published claim.

use crate::ui::i18n::{hover, styled, tr, trw, words};
use eframe::egui::{self, Button, RichText, Ui};

use super::Command;
use super::command::ReviewStep;
use crate::edit::review::Corrected;
use crate::model::{ClaimId, Project, ScaleKind};

pub enum ReviewDialog {
    YourName {
        name: String,
        first_start: bool,
    },
    /// A published claim's new verdict and rationale, and the note that
    /// goes into the corrections log.
    Correction {
        claim: ClaimId,
        to: Corrected,
        note: String,
    },
    /// A review step that something argues against (`review::ready_gaps`,
    /// `review::approval_warnings`): the reasons, and the step to take anyway.
    Confirm {
        step: ReviewStep,
        heading: String,
        reasons: Vec<String>,
        go: String,
    },
}

impl ReviewDialog {
    pub fn correction(project: &Project, claim: ClaimId) -> Option<Self> {
        let c = project.claim(claim)?;
        Some(Self::Correction {
            claim,
            to: Corrected {
                verdict: c.verdict,
                conclusion: c.conclusion.clone(),
                rationale: c.rationale.clone(),
            },
            note: String::new(),
        })
    }
}

/// Shows the dialog's content; true when it was answered.
pub fn ui(
    ui: &mut Ui,
    dialog: &mut ReviewDialog,
    project: &Project,
    commands: &mut Vec<Command>,
) -> bool {
    match dialog {
        ReviewDialog::YourName { name, first_start } => {
            your_name_ui(ui, name, *first_start, commands)
        }
        ReviewDialog::Correction { claim, to, note } => {
            correction_ui(ui, project, *claim, to, note, commands)
        }
        ReviewDialog::Confirm {
            step,
            heading,
            reasons,
            go,
        } => confirm_ui(ui, step, heading, reasons, go, commands),
    }
}

fn confirm_ui(
    ui: &mut Ui,
    step: &ReviewStep,
    heading: &str,
    reasons: &[String],
    go: &str,
    commands: &mut Vec<Command>,
) -> bool {
    ui.label(styled(ui, RichText::new(heading).heading()));
    for reason in reasons {
        ui.label(words(ui, format!("• {reason}")));
    }
    let mut done = false;
    ui.horizontal(|ui| {
        if ui.button(words(ui, go)).clicked() {
            commands.push(Command::Review(step.clone()));
            done = true;
        }
        if ui.button(trw(ui, "review-cancel")).clicked()
            || ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            done = true;
        }
    });
    done
}

fn your_name_ui(
    ui: &mut Ui,
    name: &mut String,
    first_start: bool,
    commands: &mut Vec<Command>,
) -> bool {
    ui.label(styled(
        ui,
        RichText::new(tr(
            ui,
            if first_start {
                "review-welcome"
            } else {
                "review-your-name-heading"
            },
        ))
        .heading(),
    ));
    ui.label(trw(ui, "review-your-name-why"));
    let l = ui.label(styled(
        ui,
        RichText::new(tr(ui, "review-your-name")).strong(),
    ));
    let hint = crate::ui::i18n::words_line(ui, tr(ui, "review-first-and-last-name-as"));
    let r = super::bidi_edit::singleline_ui(ui, name, |e| {
        e.hint_text(hint).desired_width(f32::INFINITY)
    })
    .labelled_by(l.id);
    // Ready to type when the dialog opens: a name and Enter are all it takes.
    if ui.memory(|m| m.focused().is_none()) {
        r.request_focus();
    }
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let mut done = false;
    ui.horizontal(|ui| {
        if ui.button(trw(ui, "review-save-name")).clicked() || enter {
            commands.push(Command::SetUserName(name.trim().to_owned()));
            done = true;
        }
        let skip = if first_start {
            "review-skip"
        } else {
            "review-cancel"
        };
        if ui.button(trw(ui, skip)).clicked() {
            if first_start {
                // Asked once: Edit › Your name… is there later.
                commands.push(Command::SetUserName(String::new()));
            }
            done = true;
        }
    });
    done
}

fn correction_ui(
    ui: &mut Ui,
    project: &Project,
    claim: ClaimId,
    to: &mut Corrected,
    note: &mut String,
    commands: &mut Vec<Command>,
) -> bool {
    ui.label(styled(
        ui,
        RichText::new(tr(ui, "review-correct-a-published-claim")).heading(),
    ));
    ui.label(trw(ui, "review-correction-why"));
    match project.scale.kind {
        ScaleKind::Ratings => {
            ui.label(styled(ui, RichText::new(tr(ui, "review-verdict")).strong()));
            ui.horizontal_wrapped(|ui| {
                let none = tr(ui, "review-none");
                super::mirror::radio_value_ui(ui, &mut to.verdict, None, none);
                for v in &project.scale.verdicts {
                    super::mirror::radio_value_ui(ui, &mut to.verdict, Some(v.id), &v.label);
                }
            });
        }
        ScaleKind::ConclusionOnly => {
            super::fields::multiline(ui, "review-conclusion", &mut to.conclusion, 2, "");
        }
    }
    egui::ScrollArea::vertical()
        .max_height(200.0)
        .show(ui, |ui| {
            super::fields::multiline(ui, "review-rationale", &mut to.rationale, 5, "");
        });
    super::fields::multiline(
        ui,
        "review-correction-note",
        note,
        2,
        "review-what-was-wrong-and-what",
    );
    let changed = project.claim(claim).is_some_and(|c| {
        c.verdict != to.verdict || c.conclusion != to.conclusion || c.rationale != to.rationale
    });
    let ok = changed && !note.trim().is_empty();
    let mut done = false;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ok, Button::new(trw(ui, "review-publish-correction")))
            .on_disabled_hover_text(hover(ui, tr(ui, "review-change-the-verdict-or-rationale")))
            .clicked()
        {
            commands.push(Command::Review(ReviewStep::Correct {
                claim,
                to: to.clone(),
                note: note.trim().to_owned(),
            }));
            done = true;
        }
        if ui.button(trw(ui, "review-cancel")).clicked() {
            done = true;
        }
    });
    done
}
