//! "Check before export": what a reader of the report would trip on, each
//! with a click that jumps to its claim. It warns; it never blocks.

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, words};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Label, RichText, ScrollArea, Ui, UiBuilder};

use super::{Command, Tab, fields, theme};
use crate::export::{Format, check_report};
use crate::model::Project;
use crate::model::ReportWarning;

#[derive(Default)]
pub struct CheckPanel {
    /// The warnings for one project revision: recomputed only after a change.
    cached: Option<(u64, Vec<ReportWarning>)>,
}

impl CheckPanel {
    pub fn warnings(&mut self, project: &Project, revision: u64) -> &[ReportWarning] {
        if self.cached.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.cached = Some((revision, check_report(project)));
        }
        self.cached.as_ref().map_or(&[], |(_, w)| w.as_slice())
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        commands: &mut Vec<Command>,
    ) {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "checktab-check-before-export")).heading(),
        ));
        ui.horizontal_wrapped(|ui| {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "checktab-export")).strong(),
            ));
            for format in Format::ALL {
                if ui
                    .button(words(ui, super::menu::format_name(ui.ctx(), format)))
                    .clicked()
                {
                    commands.push(Command::Export(format));
                }
            }
        });
        publication_ui(ui, project, commands);
        ui.separator();
        let warnings = self.warnings(project, revision).to_vec();
        if warnings.is_empty() {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "checktab-nothing-to-fix-the-report"))
                    .color(theme::color32(crate::model::Color([0x1a, 0x98, 0x50]))),
            ));
            return;
        }
        let summary = tr_args(ui, "checktab-summary", &[("count", warnings.len().into())]);
        ui.label(styled(ui, RichText::new(&summary).weak()));
        ScrollArea::vertical().id_salt("check_list").show(ui, |ui| {
            // One list with an item per warning, so a screen reader says how
            // many there are and reads them one by one.
            let list = UiBuilder::new()
                .accessibility_role(Role::List)
                .accessibility_label(tr_args(
                    ui,
                    "checktab-warnings-count",
                    &[("count", warnings.len().into())],
                ));
            ui.scope_builder(list, |ui| {
                for w in &warnings {
                    warning_ui(ui, project, w, commands);
                }
            });
        });
    }
}

/// The publishing side of review: which claims reports show, and the record
/// that approved claims went out (after which changes are corrections).
fn publication_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    let mut only = project.settings.publish_approved_only;
    if super::mirror::checkbox_ui(
        ui,
        &mut only,
        tr(ui, "checktab-publish-approved-claims-only"),
    )
    .on_hover_text(hover(ui, tr(ui, "checktab-reports-leave-out-claims-not")))
    .changed()
    {
        let mut settings = project.settings.clone();
        settings.publish_approved_only = only;
        commands.push(Command::Edit(crate::edit::Action::SetSettings(settings)));
    }
    let waiting = project
        .claims
        .iter()
        .filter(|c| c.status == crate::model::ClaimStatus::Approved && !c.is_published())
        .count();
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                waiting > 0,
                egui::Button::new(trw(ui, "checktab-record-publication")),
            )
            .on_hover_text(hover(ui, tr(ui, "checktab-mark-the-approved-claims-as")))
            .clicked()
        {
            commands.push(Command::Review(super::ReviewStep::RecordPublication));
        }
        ui.label(styled(
            ui,
            RichText::new(tr_args(
                ui,
                "checktab-approved-not-published",
                &[("count", waiting.into())],
            ))
            .small()
            .weak(),
        ));
    });
}

/// Where a warning about no claim in particular leads: a setting's field
/// (the Publishing organisation section is below the fold of the Article
/// tab), or the source it is about. The link's text, its hover (message
/// ids), its command.
fn target_of(kind: &crate::model::WarningKind) -> (&'static str, &'static str, Command) {
    use super::Setting;
    use crate::model::WarningKind;
    let setting = |s: Setting| (s.label(), "checktab-show-setting", Command::ShowSetting(s));
    match kind {
        WarningKind::NoOrganisation => setting(Setting::Organisation),
        WarningKind::NoReviewUrl => setting(Setting::ReviewUrl),
        WarningKind::BadDate { field, .. } if field.starts_with("article's publication") => {
            setting(Setting::ArticleDatePublished)
        }
        WarningKind::BadDate { field, .. } if field.starts_with("article's retrieval") => {
            setting(Setting::ArticleDateRetrieved)
        }
        WarningKind::NotArchived { source, .. }
        | WarningKind::SnapshotMissing { source, .. }
        | WarningKind::SnapshotAltered { source, .. }
        | WarningKind::ExcerptNotInSnapshot { source, .. } => (
            "checktab-source",
            "checktab-show-source",
            Command::ShowTab(Tab::Sources(Some(*source))),
        ),
        WarningKind::BadDate { field, .. } if field.starts_with("source") => (
            "checktab-sources",
            "checktab-show-sources",
            Command::ShowTab(Tab::Sources(None)),
        ),
        _ => (
            "checktab-article",
            "checktab-open-article-tab",
            Command::ShowTab(Tab::Project),
        ),
    }
}

fn warning_ui(ui: &mut Ui, project: &Project, w: &ReportWarning, commands: &mut Vec<Command>) {
    let text = crate::export::warning_text(&w.kind, crate::ui::i18n::language(ui));
    let (place, about) = match w.claim {
        Some(id) => {
            let number = project.claim_number(id).unwrap_or_default();
            let place = tr_args(ui, "checktab-claim-number", &[("number", number.into())]);
            let about = format!("{place}: {text}");
            (place, about)
        }
        None => {
            let place = tr(ui, target_of(&w.kind).0);
            let about = format!("{place}: {text}");
            (place, about)
        }
    };
    let item = UiBuilder::new()
        .accessibility_role(Role::ListItem)
        .accessibility_label(about.clone());
    ui.scope_builder(item, |ui| {
        ui.horizontal_wrapped(|ui| {
            // Decoration: the item's name already says it is a warning.
            ui.add(Label::new(RichText::new("!").strong().color(theme::WARNING)).selectable(false));
            let link = ui.link(crate::ui::i18n::words_line(ui, place));
            match w.claim {
                Some(id) => {
                    let link = fields::name(
                        link.on_hover_text(hover(ui, tr(ui, "checktab-show-this-claim"))),
                        about,
                    );
                    if link.clicked() {
                        commands.push(Command::JumpToClaim(id));
                    }
                }
                None => {
                    let (_, hint, command) = target_of(&w.kind);
                    let link = fields::name(link.on_hover_text(hover(ui, tr(ui, hint))), about);
                    if link.clicked() {
                        commands.push(command);
                    }
                }
            }
            ui.label(words(ui, text));
        });
    });
}
