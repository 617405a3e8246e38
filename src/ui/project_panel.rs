//! The article's details and the publishing organisation's settings.

use crate::ui::i18n::{styled, tr, tr_args};
use eframe::egui::{RichText, ScrollArea, Ui};

use super::{Command, Setting, fields};
use crate::edit::Action;
use crate::model::Project;
use eframe::egui::Response;

/// Puts the caret in `field` and scrolls to it when it is the `focus` asked for.
fn focus_if(field: &Response, setting: Setting, focus: &mut Option<Setting>) {
    if *focus == Some(setting) {
        *focus = None;
        field.request_focus();
        field.scroll_to_me(Some(eframe::egui::Align::Center));
    }
}

/// `focus`: a setting to focus (from the Check tab), cleared once focused.
pub fn ui(
    ui: &mut Ui,
    project: &Project,
    focus: &mut Option<Setting>,
    commands: &mut Vec<Command>,
) {
    let mut open = None;
    ScrollArea::vertical()
        .id_salt("project_panel")
        .show(ui, |ui| {
            fields::section(ui, "project-project");
            let mut title = project.title.clone();
            fields::text(
                ui,
                "project-project-title",
                &mut title,
                "project-name-of-this-fact-check",
            );
            if title != project.title {
                commands.push(Command::Edit(Action::SetTitle(title)));
            }

            fields::section(ui, "project-article");
            if let Some(meta) = fields::edited(&project.article.meta, |m| {
                fields::text(
                    ui,
                    "project-headline",
                    &mut m.title,
                    "project-the-article-s-title",
                );
                super::mirror::columns_ui(ui, 2, |cols| {
                    fields::text(
                        &mut cols[0],
                        "project-outlet",
                        &mut m.outlet,
                        "project-publication",
                    );
                    fields::text(
                        &mut cols[1],
                        "project-author",
                        &mut m.author,
                        "project-byline",
                    );
                });
                fields::url(ui, "project-article-url", &mut m.url, &mut open);
                super::mirror::columns_ui(ui, 2, |cols| {
                    let r = fields::date(
                        &mut cols[0],
                        "project-date-published",
                        &mut m.date_published,
                    );
                    focus_if(&r, Setting::ArticleDatePublished, focus);
                    let r = fields::date(
                        &mut cols[1],
                        "project-date-retrieved",
                        &mut m.date_retrieved,
                    );
                    focus_if(&r, Setting::ArticleDateRetrieved, focus);
                });
            }) {
                commands.push(Command::Edit(Action::SetMeta(meta)));
            }
            let text = &project.article.text;
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "project-article-size",
                    &[
                        ("characters", text.chars().count().into()),
                        ("words", text.split_whitespace().count().into()),
                        (
                            "sha256",
                            project.article.sha256.get(..16).unwrap_or_default().into(),
                        ),
                    ],
                ))
                .small()
                .weak(),
            ));

            fields::section(ui, "project-publishing-organisation");
            if let Some(settings) = fields::edited(&project.settings, |s| {
                let r = fields::text(
                    ui,
                    "project-organisation",
                    &mut s.organisation,
                    "project-who-publishes-the-fact-check",
                );
                focus_if(&r, Setting::Organisation, focus);
                fields::url(
                    ui,
                    "project-organisation-url",
                    &mut s.organisation_url,
                    &mut open,
                );
                let r = fields::url(ui, "project-review-url", &mut s.review_url, &mut open);
                focus_if(&r, Setting::ReviewUrl, focus);
                fields::text(
                    ui,
                    "project-reviewer",
                    &mut s.reviewer,
                    "project-fact-checker-s-name",
                );
                let label = tr(ui, "project-report-language");
                let window = tr(ui, "project-report-language-window");
                super::report_language::ui(ui, &label, &window, &mut s.report_language);
            }) {
                commands.push(Command::Edit(Action::SetSettings(settings)));
            }

            // Names are typed, not authenticated: a change of name on this
            // copy is on record here, for the desk to see.
            fields::section(ui, "project-project-activity");
            if project.activity.is_empty() {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "project-nothing-yet-name-changes-and"))
                        .small()
                        .weak(),
                ));
            }
            for a in project.activity.iter().rev() {
                ui.label(styled(
                    ui,
                    RichText::new(super::review_panel::describe(ui, project, a)).small(),
                ));
            }
        });
    if let Some(url) = open {
        commands.push(Command::OpenUrl(url));
    }
}
