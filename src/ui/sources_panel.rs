//! The project's source list and the editor of one source.

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, words};
use eframe::egui::{RichText, ScrollArea, Ui};

use super::{Command, Tab, fields};
use crate::edit::Action;
use crate::model::{Project, Reliability, Source, SourceId};

pub fn ui(ui: &mut Ui, project: &Project, selected: Option<SourceId>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "sources-sources")).heading(),
        ));
        ui.label(styled(
            ui,
            RichText::new(crate::ui::i18n::number(ui, project.sources.len())).weak(),
        ));
        ui.with_layout(super::mirror::end_layout(ui), |ui| {
            if ui.button(trw(ui, "sources-add-source")).clicked() {
                commands.push(Command::AddSource);
            }
        });
    });
    ScrollArea::vertical()
        .id_salt("source_list")
        .max_height(180.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if project.sources.is_empty() {
                ui.label(styled(
                    ui,
                    RichText::new(tr(ui, "sources-no-sources-yet-add-the")).weak(),
                ));
            }
            for s in &project.sources {
                let cited = project.claims_citing(s.id).count();
                let title = if s.title.trim().is_empty() {
                    tr(ui, "sources-untitled")
                } else {
                    s.title.clone()
                };
                let text = format!(
                    "{title}  ·  {}  ·  {}",
                    super::labels::reliability(ui, s.reliability),
                    tr_args(ui, "sources-cited-by-count", &[("count", cited.into())])
                );
                if ui
                    .selectable_label(selected == Some(s.id), words(ui, text))
                    .clicked()
                {
                    commands.push(Command::ShowTab(Tab::Sources(Some(s.id))));
                }
            }
        });
    ui.separator();
    let Some(source) = selected.and_then(|id| project.source(id)) else {
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "sources-select-a-source-to-edit")).weak(),
        ));
        return;
    };
    ScrollArea::vertical()
        .id_salt("source_editor")
        .show(ui, |ui| {
            editor_ui(ui, project, source, commands);
        });
}

fn editor_ui(ui: &mut Ui, project: &Project, source: &Source, commands: &mut Vec<Command>) {
    let mut s = source.clone();
    let mut open = None;
    fields::text(
        ui,
        "sources-title",
        &mut s.title,
        "sources-title-of-the-page-or",
    );
    fields::url(ui, "sources-url", &mut s.url, &mut open);
    super::mirror::columns_ui(ui, 2, |cols| {
        fields::text(
            &mut cols[0],
            "sources-publisher",
            &mut s.publisher,
            "sources-site-or-organisation",
        );
        fields::text(
            &mut cols[1],
            "sources-author",
            &mut s.author,
            "sources-author-s",
        );
    });
    super::mirror::columns_ui(ui, 2, |cols| {
        fields::date(
            &mut cols[0],
            "sources-date-published",
            &mut s.date_published,
        );
        fields::date(&mut cols[1], "sources-date-accessed", &mut s.date_accessed);
    });
    fields::url_with_note(
        ui,
        "sources-archived-copy-url",
        &mut s.archive_url,
        &mut open,
        Some("sources-no-archived-copy-yet-pages"),
    );
    super::evidence_view::snapshots_ui(ui, source, commands);
    let l = ui.label(styled(
        ui,
        RichText::new(tr(ui, "sources-reliability"))
            .small()
            .strong(),
    ));
    let shown = crate::ui::i18n::words_line(ui, super::labels::reliability(ui, s.reliability));
    crate::ui::mirror::combo_box_ui(ui, ("reliability", s.id), shown, None, |ui| {
        for r in Reliability::ALL {
            let label = super::labels::reliability(ui, r);
            ui.selectable_value(
                &mut s.reliability,
                r,
                crate::ui::i18n::words_line(ui, label),
            );
        }
    })
    .response
    .labelled_by(l.id);
    fields::multiline(
        ui,
        "sources-notes",
        &mut s.notes,
        3,
        "sources-how-this-source-was-found",
    );

    ui.label(styled(
        ui,
        RichText::new(tr(ui, "sources-cited-by")).small().strong(),
    ));
    ui.horizontal_wrapped(|ui| {
        let mut any = false;
        for claim in project.claims_citing(s.id) {
            any = true;
            if ui
                .small_button(words(
                    ui,
                    format!("#{}", project.claim_number(claim.id).unwrap_or_default()),
                ))
                .on_hover_text(hover(ui, &claim.reviewed))
                .clicked()
            {
                commands.push(Command::JumpToClaim(claim.id));
            }
        }
        if !any {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "sources-no-claim-yet")).weak(),
            ));
        }
    });
    ui.add_space(8.0);
    if ui
        .button(trw(ui, "sources-delete-source"))
        .on_hover_text(hover(ui, tr(ui, "sources-removes-it-from-every-claim")))
        .clicked()
    {
        commands.push(Command::Edit(Action::delete_source(project, s.id)));
        commands.push(Command::ShowTab(Tab::Sources(None)));
    }
    if s != *source {
        commands.push(Command::Edit(Action::UpdateSource(s)));
    }
    if let Some(url) = open {
        commands.push(Command::OpenUrl(url));
    }
}
