//! The article's details and the publishing organisation's settings.

use eframe::egui::{RichText, ScrollArea, Ui};

use super::{Command, Setting, fields, plural};
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
            fields::section(ui, "Project");
            let mut title = project.title.clone();
            fields::text(ui, "Project title", &mut title, "Name of this fact-check");
            if title != project.title {
                commands.push(Command::Edit(Action::SetTitle(title)));
            }

            fields::section(ui, "Article");
            if let Some(meta) = fields::edited(&project.article.meta, |m| {
                fields::text(ui, "Headline", &mut m.title, "The article's title");
                ui.columns(2, |cols| {
                    fields::text(&mut cols[0], "Outlet", &mut m.outlet, "Publication");
                    fields::text(&mut cols[1], "Author", &mut m.author, "Byline");
                });
                fields::url(ui, "Article URL", &mut m.url, &mut open);
                ui.columns(2, |cols| {
                    let r = fields::date(&mut cols[0], "Date published", &mut m.date_published);
                    focus_if(&r, Setting::ArticleDatePublished, focus);
                    let r = fields::date(&mut cols[1], "Date retrieved", &mut m.date_retrieved);
                    focus_if(&r, Setting::ArticleDateRetrieved, focus);
                });
            }) {
                commands.push(Command::Edit(Action::SetMeta(meta)));
            }
            let text = &project.article.text;
            ui.label(
                RichText::new(format!(
                    "{} · {} · SHA-256 {}…",
                    plural::count(text.chars().count(), "character", "characters"),
                    plural::count(text.split_whitespace().count(), "word", "words"),
                    project.article.sha256.get(..16).unwrap_or_default()
                ))
                .small()
                .weak(),
            );

            fields::section(ui, "Publishing organisation");
            if let Some(settings) = fields::edited(&project.settings, |s| {
                let r = fields::text(
                    ui,
                    "Organisation",
                    &mut s.organisation,
                    "Who publishes the fact-check",
                );
                focus_if(&r, Setting::Organisation, focus);
                fields::url(ui, "Organisation URL", &mut s.organisation_url, &mut open);
                let r = fields::url(ui, "Review URL", &mut s.review_url, &mut open);
                focus_if(&r, Setting::ReviewUrl, focus);
                fields::text(ui, "Reviewer", &mut s.reviewer, "Fact-checker's name");
                super::report_language::ui(
                    ui,
                    "Report language",
                    "Same as the window",
                    &mut s.report_language,
                );
            }) {
                commands.push(Command::Edit(Action::SetSettings(settings)));
            }

            // Names are typed, not authenticated: a change of name on this
            // copy is on record here, for the desk to see.
            fields::section(ui, "Project activity");
            if project.activity.is_empty() {
                ui.label(
                    RichText::new("Nothing yet: name changes and publications are listed here.")
                        .small()
                        .weak(),
                );
            }
            for a in project.activity.iter().rev() {
                ui.label(RichText::new(super::review_panel::describe(project, a)).small());
            }
        });
    if let Some(url) = open {
        commands.push(Command::OpenUrl(url));
    }
}
