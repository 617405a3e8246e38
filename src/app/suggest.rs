//! The Suggestions tab: scoring the article's sentences on a worker thread
//! (a 5 MB article takes a moment) with progress and Cancel, keeping the
//! scores for the article they belong to, and carrying out what the panel
//! asks (mark a suggestion as a claim through the usual Mark claim path).

use super::worker::POLL;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::thread::JoinHandle;

use eframe::egui;

use super::ClaimDeskApp;
use crate::triage::{self, Model, Scored, TriageProgress};
use crate::ui::Tab;
use crate::ui::article_view::Selection;
use crate::ui::suggestions_panel::{State, SuggestionsPanel};

struct Job {
    progress: Arc<TriageProgress>,
    worker: JoinHandle<Option<Vec<Scored>>>,
    /// The SHA-256 of the article being scored.
    sha: String,
}

#[derive(Default)]
pub(super) struct Suggestions {
    job: Option<Job>,
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
        if let Some(job) = &self.suggestions.job {
            if !job.worker.is_finished() {
                ctx.request_repaint_after(POLL);
                return;
            }
            if let Some(job) = self.suggestions.job.take() {
                match job.worker.join() {
                    Ok(Some(scored)) => {
                        self.suggestions.scored = Some((job.sha, Arc::new(scored)));
                    }
                    Ok(None) => {}
                    Err(_) => {
                        self.suggestions.error =
                            Some("Scoring stopped on an internal error.".into());
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
                self.suggestions.error = Some(format!("The triage model could not be read: {e}"));
                return;
            }
        };
        let text = self.doc.project().article.text.clone();
        let progress = Arc::new(TriageProgress::new(text.len()));
        let shared = Arc::clone(&progress);
        let spawned = std::thread::Builder::new()
            .name("triage".into())
            .spawn(move || triage::score_article(model, &text, &shared));
        match spawned {
            Ok(worker) => {
                self.suggestions.job = Some(Job {
                    progress,
                    worker,
                    sha: sha.clone(),
                });
                ctx.request_repaint_after(POLL);
            }
            Err(e) => self.suggestions.error = Some(format!("Could not start scoring: {e}")),
        }
    }

    pub(super) fn cancel_suggestions(&mut self) {
        if let Some(job) = self.suggestions.job.take() {
            job.progress.cancel.store(true, Ordering::Relaxed);
            self.suggestions.cancelled = Some(job.sha);
            self.info("Scoring cancelled: open the Suggestions tab again to restart it");
        }
    }

    /// Marks `start..end`, or the part of it selected in the article, as a
    /// claim through the usual Mark claim path, and stays in the panel.
    pub(super) fn mark_suggestion(&mut self, start: usize, end: usize, now: f64) {
        let text = &self.doc.project().article.text;
        let inside = self
            .article_view
            .trimmed_selection(text)
            .is_some_and(|(s, e)| s >= start && e <= end);
        if !inside {
            self.article_view.selection = Some(Selection {
                anchor: start,
                head: end,
            });
        }
        self.mark_claim(now);
        self.tab = Tab::Suggestions;
    }

    pub(super) fn suggestions_ui(
        &mut self,
        ui: &mut egui::Ui,
        commands: &mut Vec<crate::ui::Command>,
    ) {
        let project = self.doc.project();
        let default = Model::shipped().map_or(0.5, |m| m.threshold);
        let state = match (
            &self.suggestions.error,
            &self.suggestions.job,
            &self.suggestions.scored,
        ) {
            (Some(e), _, _) => State::Failed(e),
            (None, Some(job), _) => State::Scoring(&job.progress),
            (None, None, Some((sha, scored))) if *sha == project.article.sha256 => {
                State::Ready(scored, default)
            }
            _ => State::Failed(
                "Scoring was cancelled. Choose another tab and come back to start again.",
            ),
        };
        self.suggestions.panel.ui(
            ui,
            project,
            self.doc.revision(),
            state,
            self.article_view.has_focus(),
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
