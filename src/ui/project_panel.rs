//! The article's details and the publishing organisation's settings.

use eframe::egui::{RichText, ScrollArea, Ui};

use super::{Command, fields};
use crate::edit::Action;
use crate::model::Project;

pub fn ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
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
                    fields::date(&mut cols[0], "Date published", &mut m.date_published);
                    fields::date(&mut cols[1], "Date retrieved", &mut m.date_retrieved);
                });
            }) {
                commands.push(Command::Edit(Action::SetMeta(meta)));
            }
            let text = &project.article.text;
            ui.label(
                RichText::new(format!(
                    "{} characters · {} words · SHA-256 {}…",
                    text.chars().count(),
                    text.split_whitespace().count(),
                    project.article.sha256.get(..16).unwrap_or_default()
                ))
                .small()
                .weak(),
            );

            fields::section(ui, "Publishing organisation");
            if let Some(settings) = fields::edited(&project.settings, |s| {
                fields::text(
                    ui,
                    "Organisation",
                    &mut s.organisation,
                    "Who publishes the fact-check",
                );
                fields::url(ui, "Organisation URL", &mut s.organisation_url, &mut open);
                fields::url(ui, "Review URL", &mut s.review_url, &mut open);
                fields::text(ui, "Reviewer", &mut s.reviewer, "Fact-checker's name");
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
