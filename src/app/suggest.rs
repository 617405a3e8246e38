//! The Suggestions tab: scoring the article's sentences on a worker thread
//! (a 5 MB article takes a moment) with progress and Cancel, keeping the
//! scores for the article they belong to, and carrying out what the panel
//! asks (mark a suggestion as a claim through the usual Mark claim path).

use std::sync::Arc;

use eframe::egui;

use super::ClaimDeskApp;
use super::job::{Job, take_finished};
use crate::triage::{self, Model, Scored};
use crate::ui::Command;
use crate::ui::Tab;
use crate::ui::suggestions_panel::{State, SuggestionsPanel};
use crate::ui::working::Working;

struct ScoringJob {
    job: Job<Option<Vec<Scored>>>,
    /// The SHA-256 of the article being scored.
    sha: String,
}

#[derive(Default)]
pub(super) struct Suggestions {
    job: Option<ScoringJob>,
    /// Scores, in text order, for the article with this SHA-256.
    scored: Option<(String, Arc<Vec<Scored>>)>,
    /// The user cancelled scoring this article: not started again by itself.
    cancelled: Option<String>,
    error: Option<String>,
    pub panel: SuggestionsPanel,
}

impl ClaimDeskApp {
    /// Each frame: starts scoring when the Suggestions tab shows an article
    /// without scores, and collects the worker's result.
    pub(super) fn poll_suggestions(&mut self, ctx: &egui::Context) {
        if self.tab != Tab::Suggestions {
            // Coming back to the tab after a Cancel starts scoring again.
            self.suggestions.cancelled = None;
        }
        let sha = &self.doc.project().article.sha256;
        if self.suggestions.job.is_some() {
            if let Some(scoring) = take_finished(&mut self.suggestions.job, ctx, |j| &j.job) {
                match scoring.job.join() {
                    Ok(Some(scored)) => {
                        self.suggestions.scored = Some((scoring.sha, Arc::new(scored)));
                    }
                    Ok(None) => {}
                    Err(_) => {
                        self.suggestions.error = Some(self.tr("suggest-internal-error"));
                    }
                }
                ctx.request_repaint();
            }
            return;
        }
        let fresh = self
            .suggestions
            .scored
            .as_ref()
            .is_some_and(|(s, _)| s == sha);
        let cancelled = self.suggestions.cancelled.as_ref() == Some(sha);
        if self.tab != Tab::Suggestions || fresh || cancelled || self.suggestions.error.is_some() {
            return;
        }
        let model = match Model::shipped() {
            Ok(model) => model,
            Err(e) => {
                let error = self.catalog.message(&e);
                self.suggestions.error =
                    Some(self.tr_args("suggest-model-unreadable", &[("error", error.into())]));
                return;
            }
        };
        let text = self.doc.project().article.text.clone();
        let job = Job::spawn("triage", move |progress| {
            triage::score_article(model, &text, progress)
        });
        match job {
            Ok(job) => {
                self.suggestions.job = Some(ScoringJob {
                    job,
                    sha: sha.clone(),
                });
                ctx.request_repaint_after(super::job::POLL);
            }
            Err(e) => {
                self.suggestions.error = Some(self.tr_args(
                    "suggest-could-not-start",
                    &[("error", e.to_string().into())],
                ));
            }
        }
    }

    pub(super) fn cancel_suggestions(&mut self) {
        if let Some(scoring) = self.suggestions.job.take() {
            scoring.job.cancel();
            self.suggestions.cancelled = Some(scoring.sha);
            self.info(self.tr("suggest-scoring-cancelled-open-the-suggestions"));
        }
    }

    pub(super) fn suggestions_ui(
        &mut self,
        ui: &mut egui::Ui,
        commands: &mut Vec<crate::ui::Command>,
    ) {
        let project = self.doc.project();
        // The scores shown were made by a job that parsed the encoder, so its
        // threshold is known by then; this thread never parses it.
        let default = Model::shipped().map_or(0.5, |m| {
            triage::threshold(m, triage::Encoder::shipped_if_loaded())
        });
        let cancelled = self.catalog.text("suggest-cancelled");
        let state = match (
            &self.suggestions.error,
            &self.suggestions.job,
            &self.suggestions.scored,
        ) {
            (Some(e), _, _) => State::Failed(e),
            (None, Some(scoring), _) => State::Scoring(Working::new(
                self.catalog.text("suggest-scoring"),
                scoring.job.progress(),
                Command::CancelSuggestions,
            )),
            (None, None, Some((sha, scored))) if *sha == project.article.sha256 => {
                State::Ready(scored, default)
            }
            _ => State::Failed(&cancelled),
        };
        self.suggestions.panel.ui(
            ui,
            project,
            self.doc.revision(),
            state,
            self.article_view.has_focus(),
            self.article_view.trimmed_selection(&project.article.text),
            commands,
        );
    }

    /// The sentences to underline while the Suggestions tab is open.
    pub(super) fn update_suggestion_marks(&mut self) {
        let sha = &self.doc.project().article.sha256;
        let fresh = self
            .suggestions
            .scored
            .as_ref()
            .is_some_and(|(s, _)| s == sha);
        self.article_view.suggestion_marks =
            (self.tab == Tab::Suggestions && fresh).then(|| self.suggestions.panel.marks());
    }
}

impl ClaimDeskApp {
    /// Whether the current article's sentences are scored (tests wait for it).
    pub fn suggestions_scored(&self) -> bool {
        let sha = &self.doc.project().article.sha256;
        self.suggestions.job.is_none()
            && self
                .suggestions
                .scored
                .as_ref()
                .is_some_and(|(s, _)| s == sha)
    }

    /// Whether the triage worker is scoring (a screenshot waits for it).
    pub(super) fn suggestions_busy(&self) -> bool {
        self.suggestions.job.is_some()
    }

    /// The Suggestions panel's rows as last shown, best first.
    pub fn suggestion_rows(&self) -> &[crate::ui::suggestions_panel::Row] {
        self.suggestions.panel.rows()
    }

    /// The row the panel's cursor is on.
    pub fn suggestion_cursor(&self) -> Option<&crate::ui::suggestions_panel::Row> {
        self.suggestions.panel.cursor()
    }
}
