//! The selected claim: what is claimed, by whom, the verdict and why, and the
//! sources behind it. Edits a copy and returns it as one `UpdateClaim`.

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, words};
use eframe::egui::{self, RichText, Ui};

use super::{Command, Tab, fields, theme};
use crate::edit::Action;
use crate::model::{Claim, ClaimId, ClaimStatus, Project, ScaleKind, Source, SourceLink, Stance};

/// claimReviewed should stay under this many characters (Google's guidance).
const REVIEWED_LIMIT: usize = 75;

#[derive(Default)]
pub struct ClaimEditor {
    new_tag: String,
    review: super::review_panel::ReviewPanel,
    /// How wide the heading's buttons were last frame: a language whose
    /// words run long puts them on a row of their own instead of over the
    /// verdict chip.
    header_buttons_width: f32,
}

impl ClaimEditor {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        selected: Option<ClaimId>,
        user: &str,
        commands: &mut Vec<Command>,
    ) {
        let Some(claim) = selected.and_then(|id| project.claim(id)) else {
            ui.add_space(16.0);
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "claims-no-claim-selected")).strong(),
            ));
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "claims-editor-empty")).weak(),
            ));
            return;
        };
        let mut open_url = None;
        let mut claim_copy = claim.clone();
        self.header_ui(ui, project, claim, commands);
        // Where the claim stands comes first; the thread and history after the fields.
        self.review.sign_off_ui(ui, project, claim, user, commands);
        self.fields_ui(ui, project, &mut claim_copy, &mut open_url, commands);
        self.review.thread_ui(ui, project, claim, commands);
        if claim_copy != *claim {
            commands.push(Command::Edit(Action::UpdateClaim(claim_copy)));
        }
        if let Some(url) = open_url {
            commands.push(Command::OpenUrl(url));
        }
    }

    /// Delete… and Show in article, from the row's far end. Their width is
    /// known only once drawn, so a change of it (another language, another
    /// text size) redoes the frame rather than showing one frame of overlap.
    fn header_buttons_ui(&mut self, ui: &mut Ui, claim: ClaimId, commands: &mut Vec<Command>) {
        let used = ui
            .with_layout(super::mirror::end_layout(ui), |ui| {
                if ui
                    .button(trw(ui, "claims-delete"))
                    .on_hover_text(hover(ui, tr(ui, "claims-delete-this-claim-asks-first")))
                    .clicked()
                {
                    commands.push(Command::AskDeleteClaim(claim));
                }
                if ui.small_button(trw(ui, "claims-show-in-article")).clicked() {
                    commands.push(Command::JumpToClaim(claim));
                }
                ui.min_rect().width()
            })
            .inner;
        if (used - self.header_buttons_width).abs() > 0.5 {
            self.header_buttons_width = used;
            ui.ctx()
                .request_discard("the claim heading's buttons changed width");
        }
    }

    fn header_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        claim: &Claim,
        commands: &mut Vec<Command>,
    ) {
        let heading = ui.horizontal(|ui| {
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "claims-editor-heading",
                    &[(
                        "number",
                        project.claim_number(claim.id).unwrap_or_default().into(),
                    )],
                ))
                .heading(),
            ));
            let color = theme::verdict_color(project, claim);
            let label = match project.scale.kind {
                ScaleKind::Ratings => project
                    .verdict_of(claim)
                    .map_or_else(|| tr(ui, "claims-unrated"), |v| v.label.clone()),
                ScaleKind::ConclusionOnly => tr(ui, "claims-conclusion-chip"),
            };
            theme::verdict_chip(ui, color, &label);
            let fits = ui.available_width() >= self.header_buttons_width;
            if fits {
                self.header_buttons_ui(ui, claim.id, commands);
            }
            fits
        });
        if !heading.inner {
            // In a row, so the far-end layout takes one line's height, not
            // the panel's.
            ui.horizontal(|ui| self.header_buttons_ui(ui, claim.id, commands));
        }
        egui::Frame::new()
            .fill(ui.visuals().extreme_bg_color)
            .stroke(egui::Stroke::new(1.0, theme::verdict_color(project, claim)))
            .inner_margin(8)
            .corner_radius(4)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                // The quote in its own direction: an Arabic quote reads from the right.
                super::bidi_text::label(
                    ui,
                    RichText::new(super::i18n::tr_args(
                        ui,
                        "quoted",
                        &[("text", claim.span.quote.as_str().into())],
                    ))
                    .italics(),
                );
                let place = super::labels::place(
                    &super::i18n::catalog(ui),
                    &project.article.location(claim.span.start, claim.span.end),
                    true,
                );
                if !place.is_empty() && !claim.orphaned {
                    ui.label(styled(ui, RichText::new(place).small().weak()));
                }
                if claim.orphaned {
                    ui.label(styled(
                        ui,
                        RichText::new(tr(ui, "claims-not-found-in-the-current"))
                            .small()
                            .color(theme::WARNING),
                    ));
                }
                ui.label(styled(
                    ui,
                    RichText::new(tr_args(
                        ui,
                        "claims-characters-range",
                        &[
                            ("start", claim.span.start.into()),
                            ("end", claim.span.end.into()),
                        ],
                    ))
                    .small()
                    .weak(),
                ));
            });
    }

    fn fields_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        claim: &mut Claim,
        open_url: &mut Option<String>,
        commands: &mut Vec<Command>,
    ) {
        fields::multiline(
            ui,
            "claims-claim-as-reviewed",
            &mut claim.reviewed,
            2,
            "claims-a-short-neutral-restatement",
        );
        // The count has its line whether or not it warns: the fields below
        // stay where they are while the restatement grows past the limit.
        let n = claim.reviewed.chars().count();
        let args = [("count", n.into()), ("limit", REVIEWED_LIMIT.into())];
        let note = if n > REVIEWED_LIMIT {
            fields::Note::Warning(tr_args(ui, "claims-reviewed-too-long", &args))
        } else if n > 0 {
            fields::Note::Hint(tr_args(ui, "claims-reviewed-length", &args))
        } else {
            fields::Note::None
        };
        fields::note_line(ui, note);
        super::mirror::columns_ui(ui, 2, |cols| {
            fields::text(
                &mut cols[0],
                "claims-claimant",
                &mut claim.claimant,
                "claims-who-made-the-claim",
            );
            fields::date(&mut cols[1], "claims-claim-date", &mut claim.claim_date);
        });

        ui.label(styled(
            ui,
            RichText::new(tr(ui, "claims-status")).small().strong(),
        ));
        ui.horizontal(|ui| {
            // Approved comes from a reviewer's sign-off below, not from here.
            for s in ClaimStatus::SETTABLE {
                let label = super::labels::status(ui, s);
                ui.selectable_value(&mut claim.status, s, crate::ui::i18n::words_line(ui, label));
            }
            if claim.status == ClaimStatus::Approved {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "claims-approved")).strong(),
                ));
            }
        });

        // A published verdict changes only with a correction note (the dialog).
        let published = claim.is_published();
        if published {
            ui.horizontal_wrapped(|ui| {
                ui.label(styled(
                    ui,
                    RichText::new(tr_args(
                        ui,
                        "claims-published-locked",
                        &[(
                            "day",
                            crate::ui::i18n::date_long(ui, &claim.published_on).into(),
                        )],
                    ))
                    .small()
                    .color(theme::WARNING),
                ));
                if ui.small_button(trw(ui, "claims-correct")).clicked() {
                    commands.push(Command::AskCorrection(claim.id));
                }
            });
        }
        ui.add_enabled_ui(!published, |ui| {
            match project.scale.kind {
                ScaleKind::Ratings => verdict_picker(ui, project, claim),
                ScaleKind::ConclusionOnly => {
                    fields::multiline(
                        ui,
                        "claims-conclusion",
                        &mut claim.conclusion,
                        2,
                        "claims-what-the-evidence-shows-in",
                    );
                }
            }
            fields::multiline(
                ui,
                "claims-rationale",
                &mut claim.rationale,
                5,
                "claims-why-this-verdict-what-the",
            );
        });
        self.tags_ui(ui, claim);
        fields::section(ui, "claims-sources");
        links_ui(ui, project, claim, open_url, commands);
    }

    fn tags_ui(&mut self, ui: &mut Ui, claim: &mut Claim) {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "claims-tags")).small().strong(),
        ));
        ui.horizontal_wrapped(|ui| {
            let mut remove = None;
            for (i, tag) in claim.tags.iter().enumerate() {
                if ui
                    .small_button(words(ui, format!("{tag}  ×")))
                    .on_hover_text(hover(ui, tr(ui, "claims-remove-tag")))
                    .clicked()
                {
                    remove = Some(i);
                }
            }
            if let Some(i) = remove {
                claim.tags.remove(i);
            }
            let hint = crate::ui::i18n::words_line(ui, tr(ui, "claims-add-tag"));
            let r = super::bidi_edit::singleline_ui(ui, &mut self.new_tag, |e| {
                e.hint_text(hint).desired_width(90.0)
            });
            let r = r.on_hover_text(hover(ui, tr(ui, "claims-type-a-tag-and-press")));
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let tag = self.new_tag.trim().to_owned();
                if !tag.is_empty() && !claim.tags.contains(&tag) {
                    claim.tags.push(tag);
                }
                self.new_tag.clear();
                r.request_focus();
            }
        });
    }
}

fn verdict_picker(ui: &mut Ui, project: &Project, claim: &mut Claim) {
    ui.label(styled(
        ui,
        RichText::new(tr(ui, "claims-verdict")).small().strong(),
    ));
    ui.horizontal_wrapped(|ui| {
        for v in &project.scale.verdicts {
            let color = theme::color32(v.color);
            let chosen = claim.verdict == Some(v.id);
            let text = RichText::new(&v.label).color(if chosen {
                theme::text_on(color)
            } else {
                ui.visuals().text_color()
            });
            let button = egui::Button::selectable(chosen, text)
                .fill(if chosen {
                    color
                } else {
                    color.gamma_multiply(0.18)
                })
                .stroke(egui::Stroke::new(1.0, color));
            if ui
                .add(button)
                .on_hover_text(hover(ui, &v.description))
                .clicked()
            {
                claim.verdict = if chosen { None } else { Some(v.id) };
            }
        }
    });
    // The chosen verdict's description, in a space of two lines there with
    // or without one: choosing or clearing a verdict moves nothing below.
    let description = project.verdict_of(claim).map_or_else(
        || tr(ui, "claims-no-verdict-yet"),
        |v| v.description.clone(),
    );
    fields::note_rows(ui, &description, 2);
}

fn source_title(ui: &Ui, source: &Source) -> String {
    if source.title.trim().is_empty() {
        tr(ui, "claims-untitled-source")
    } else {
        source.title.clone()
    }
}

fn links_ui(
    ui: &mut Ui,
    project: &Project,
    claim: &mut Claim,
    open_url: &mut Option<String>,
    commands: &mut Vec<Command>,
) {
    let mut remove = None;
    for (i, link) in claim.sources.iter_mut().enumerate() {
        let Some(source) = project.source(link.source) else {
            continue;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if ui
                .link(crate::ui::i18n::styled(
                    ui,
                    RichText::new(source_title(ui, source)).strong(),
                ))
                .on_hover_text(hover(ui, tr(ui, "claims-show-in-sources")))
                .clicked()
            {
                commands.push(Command::ShowTab(Tab::Sources(Some(source.id))));
            }
            ui.horizontal(|ui| {
                if ui
                    .small_button(trw(ui, "claims-unlink"))
                    .on_hover_text(hover(ui, tr(ui, "claims-remove-this-source-from-the")))
                    .clicked()
                {
                    remove = Some(i);
                }
                if !source.publisher.is_empty() {
                    ui.label(styled(ui, RichText::new(&source.publisher).small().weak()));
                }
                if crate::model::is_web_url(&source.url)
                    && ui
                        .small_button(trw(ui, "claims-open-link"))
                        .on_hover_text(hover(ui, &source.url))
                        .clicked()
                {
                    *open_url = Some(source.url.clone());
                }
                if crate::model::is_web_url(&source.archive_url)
                    && ui
                        .small_button(trw(ui, "claims-archived-copy"))
                        .on_hover_text(hover(ui, &source.archive_url))
                        .clicked()
                {
                    *open_url = Some(source.archive_url.clone());
                }
            });
            ui.horizontal(|ui| {
                let l = ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "claims-stance")).small().strong(),
                ));
                // A new link has no stance until the checker chooses one.
                let shown = if link.stance.is_set() {
                    RichText::new(super::labels::stance(ui, link.stance))
                } else {
                    RichText::new(tr(ui, "claims-choose-a-stance"))
                        .color(ui.visuals().warn_fg_color)
                };
                let shown = crate::ui::i18n::styled_line(ui, shown);
                crate::ui::mirror::combo_box_ui(ui, ("stance", claim.id, i), shown, None, |ui| {
                    for s in Stance::ALL {
                        let label = super::labels::stance(ui, s);
                        ui.selectable_value(
                            &mut link.stance,
                            s,
                            crate::ui::i18n::words_line(ui, label),
                        );
                    }
                })
                .response
                .labelled_by(l.id);
            });
            fields::multiline(
                ui,
                "claims-excerpt",
                &mut link.excerpt,
                1,
                "claims-the-passage-of-the-source",
            );
            super::evidence_view::link_ui(ui, claim.id, source, link, commands);
        });
    }
    if let Some(i) = remove {
        claim.sources.remove(i);
    }

    ui.horizontal(|ui| {
        let unlinked: Vec<&Source> = project
            .sources
            .iter()
            .filter(|s| !claim.sources.iter().any(|l| l.source == s.id))
            .collect();
        ui.add_enabled_ui(!unlinked.is_empty(), |ui| {
            let l = ui.label(styled(
                ui,
                RichText::new(tr(ui, "claims-link")).small().strong(),
            ));
            let shown = crate::ui::i18n::words_line(ui, tr(ui, "claims-link-a-source"));
            crate::ui::mirror::combo_box_ui(ui, ("link_source", claim.id), shown, None, |ui| {
                for s in unlinked {
                    if ui
                        .selectable_label(false, words(ui, source_title(ui, s)))
                        .clicked()
                    {
                        claim.sources.push(SourceLink {
                            source: s.id,
                            ..SourceLink::default()
                        });
                    }
                }
            })
            .response
            .labelled_by(l.id);
        });
        if ui
            .button(trw(ui, "claims-new-source"))
            .on_hover_text(hover(ui, tr(ui, "claims-add-a-source-to-the")))
            .clicked()
        {
            commands.push(Command::NewSourceForClaim(claim.id));
        }
    });
}
