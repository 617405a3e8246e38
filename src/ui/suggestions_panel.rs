//! The Suggestions tab: the article's sentences ranked by the triage model,
//! above a threshold the user moves, keyboard first (Up/Down walk, Enter
//! marks the sentence, or the part of it selected in the article, as a
//! claim; Delete dismisses it for good). Sentences a claim already covers
//! are listed as done. The rows are rebuilt only when the scores, the
//! project or the threshold change.

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, trw_args, words};
use std::collections::HashSet;
use std::sync::Arc;

use eframe::egui::{self, AtomExt as _, Key, Modifiers, RichText, Ui};

use super::Command;
use super::article_view::SuggestionMarks;
use super::working::Working;
use crate::edit::Action;
use crate::model::Project;
use crate::triage::{self, Scored};

/// Longest text shown in a row; the article shows the whole sentence.
const ROW_CHARS: usize = 160;

#[derive(Clone, Debug)]
pub struct Row {
    pub start: usize,
    pub end: usize,
    pub score: f32,
    pub text: String,
    pub key: String,
    pub done: bool,
}

/// What the panel shows: the scores (when ready) or the work in progress.
pub enum State<'a> {
    Scoring(Working),
    /// The scores in text order, and the model's default threshold.
    Ready(&'a Arc<Vec<Scored>>, f32),
    Failed(&'a str),
}

#[derive(Default)]
pub struct SuggestionsPanel {
    /// `None` until the user moves it: the model's default.
    pub threshold: Option<f32>,
    cursor: usize,
    rows: Vec<Row>,
    dismissed: usize,
    key: Option<(u64, usize, u32)>,
    marks: Arc<SuggestionMarks>,
    /// The cursor moved by keyboard: bring its row into view.
    scroll_list: bool,
    /// This frame's rows and buttons: the keys are ours while one of them,
    /// the article or nothing has the focus (not a field, the slider or a
    /// claim row elsewhere, which use the same keys).
    own_ids: Vec<egui::Id>,
    /// The article's selected characters this frame: marking a suggestion
    /// takes the part of it selected, when there is one.
    article_selection: Option<(usize, usize)>,
    /// Whether the article looks English, for the project revision it was judged on.
    english: Option<(u64, bool)>,
}

impl SuggestionsPanel {
    /// The rows above the threshold, best first.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn cursor(&self) -> Option<&Row> {
        self.rows.get(self.cursor)
    }

    /// The sentences to underline in the article.
    pub fn marks(&self) -> Arc<SuggestionMarks> {
        Arc::clone(&self.marks)
    }

    fn rebuild(
        &mut self,
        project: &Project,
        revision: u64,
        scored: &Arc<Vec<Scored>>,
        threshold: f32,
    ) {
        let key = (revision, Arc::as_ptr(scored) as usize, threshold.to_bits());
        if self.key == Some(key) {
            return;
        }
        let current = self.cursor().map(|r| r.start);
        self.key = Some(key);
        let text = &project.article.text;
        let dismissed: HashSet<&str> = project
            .dismissed_suggestions
            .iter()
            .map(String::as_str)
            .collect();
        let mut kept: Vec<(Scored, String)> = Vec::new();
        self.dismissed = 0;
        for s in scored.iter().filter(|s| s.score >= threshold) {
            let k = triage::dismissal_key(s.sentence.text(text));
            if dismissed.contains(k.as_str()) {
                self.dismissed += 1;
            } else {
                kept.push((*s, k));
            }
        }
        let done = triage::covered_flags(kept.iter().map(|(s, _)| &s.sentence), &project.claims);
        let mut marks: Vec<(usize, usize)> = kept
            .iter()
            .zip(&done)
            .filter(|(_, d)| !**d)
            .map(|((s, _), _)| (s.sentence.start, s.sentence.end))
            .collect();
        marks.sort_unstable();
        let mut rows: Vec<Row> = kept
            .into_iter()
            .zip(done)
            .map(|((s, key), done)| Row {
                start: s.sentence.start,
                end: s.sentence.end,
                score: s.score,
                text: short(&key),
                key,
                done,
            })
            .collect();
        rows.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
        self.rows = rows;
        // The cursor stays on its sentence; when that one went (dismissed,
        // below a new threshold) it stays at its place in the list.
        self.cursor = match current {
            Some(c) => self
                .rows
                .iter()
                .position(|r| r.start == c)
                .unwrap_or(self.cursor),
            None => self.rows.iter().position(|r| !r.done).unwrap_or(0),
        }
        .min(self.rows.len().saturating_sub(1));
        self.marks = Arc::new(SuggestionMarks {
            ranges: marks,
            current: None,
        });
        self.update_current();
    }

    fn update_current(&mut self) {
        let current = self.cursor().map(|r| (r.start, r.end));
        if self.marks.current != current {
            let mut marks = (*self.marks).clone();
            marks.current = current;
            self.marks = Arc::new(marks);
        }
    }

    fn walk(&mut self, down: bool, commands: &mut Vec<Command>) {
        if self.rows.is_empty() {
            return;
        }
        self.cursor = if down {
            (self.cursor + 1).min(self.rows.len() - 1)
        } else {
            self.cursor.saturating_sub(1)
        };
        self.update_current();
        self.scroll_list = true;
        if let Some(r) = self.cursor() {
            commands.push(Command::RevealInArticle(r.start));
        }
    }

    /// Marks the sentence under the cursor, or the part of it selected in
    /// the article, as a claim; the panel stays.
    fn mark(&self, commands: &mut Vec<Command>) {
        if let Some(r) = self.cursor() {
            let (start, end) = self
                .article_selection
                .filter(|&(s, e)| s >= r.start && e <= r.end)
                .unwrap_or((r.start, r.end));
            commands.push(Command::MarkClaim {
                start,
                end,
                open_editor: false,
            });
        }
    }

    fn dismiss(&self, project: &Project, commands: &mut Vec<Command>) {
        if let Some(r) = self.cursor() {
            let mut list = project.dismissed_suggestions.clone();
            list.push(r.key.clone());
            commands.push(Command::Edit(Action::SetDismissedSuggestions(list)));
        }
    }

    /// `article_focused`: the article has the keyboard, so Up/Down move its
    /// caret; `article_selection`: the characters selected there.
    #[expect(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        state: State<'_>,
        article_focused: bool,
        article_selection: Option<(usize, usize)>,
        commands: &mut Vec<Command>,
    ) {
        self.article_selection = article_selection;
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "suggest-explained")).weak(),
        ));
        let english = match self.english {
            Some((judged, english)) if judged == revision => english,
            _ => {
                let english = triage::looks_english(&project.article.text);
                self.english = Some((revision, english));
                english
            }
        };
        if !english {
            ui.colored_label(ui.visuals().warn_fg_color, tr(ui, "suggest-not-english"));
        }
        let (scored, default_threshold) = match state {
            State::Scoring(working) => {
                super::working::working_ui(ui, &working, commands);
                return;
            }
            State::Failed(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
                return;
            }
            State::Ready(scored, default) => (scored, default),
        };
        let mut threshold = self.threshold.unwrap_or(default_threshold);
        ui.horizontal(|ui| {
            let slider = egui::Slider::new(&mut threshold, 0.0..=1.0)
                .step_by(0.01)
                .text(tr(ui, "suggest-threshold"));
            if ui.add(slider).changed() {
                self.threshold = Some(threshold);
            }
            if self.threshold.is_some() && ui.button(trw(ui, "suggest-default")).clicked() {
                self.threshold = None;
                threshold = default_threshold;
            }
        });
        self.rebuild(project, revision, scored, threshold);
        let done = self.rows.iter().filter(|r| r.done).count();
        ui.horizontal(|ui| {
            ui.label(trw_args(
                ui,
                "suggest-summary",
                &[
                    ("suggested", self.rows.len().into()),
                    ("total", scored.len().into()),
                    ("done", done.into()),
                    ("dismissed", self.dismissed.into()),
                ],
            ));
            if !project.dismissed_suggestions.is_empty()
                && ui
                    .button(words(
                        ui,
                        tr_args(
                            ui,
                            "suggest-restore-dismissed",
                            &[("count", project.dismissed_suggestions.len().into())],
                        ),
                    ))
                    .on_hover_text(hover(
                        ui,
                        tr(ui, "suggest-show-every-dismissed-suggestion-again"),
                    ))
                    .clicked()
            {
                commands.push(Command::Edit(Action::SetDismissedSuggestions(Vec::new())));
            }
        });
        self.own_ids.clear();
        ui.horizontal(|ui| {
            let some = self.cursor().is_some_and(|r| !r.done);
            let mark = ui
                .add_enabled(some, egui::Button::new(trw(ui, "suggest-mark-as-claim")))
                .on_hover_text(hover(ui, tr(ui, "suggest-enter-the-sentence-or-the")));
            self.own_ids.push(mark.id);
            if mark.clicked() {
                self.mark(commands);
            }
            let dismiss = ui
                .add_enabled(
                    self.cursor().is_some(),
                    egui::Button::new(trw(ui, "suggest-dismiss")),
                )
                .on_hover_text(hover(
                    ui,
                    tr(ui, "suggest-delete-never-suggest-this-sentence"),
                ));
            self.own_ids.push(dismiss.id);
            if dismiss.clicked() {
                self.dismiss(project, commands);
            }
        });
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "suggest-up-down-walk-enter-mark"))
                .weak()
                .small(),
        ));
        ui.separator();
        self.list_ui(ui, commands);
        self.keys(ui, project, article_focused, commands);
    }

    fn keys(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        article_focused: bool,
        commands: &mut Vec<Command>,
    ) {
        let focused = ui.ctx().memory(|m| m.focused());
        if !(article_focused || focused.is_none_or(|id| self.own_ids.contains(&id))) {
            return;
        }
        let pressed = |ui: &mut Ui, key| ui.input_mut(|i| i.consume_key(Modifiers::NONE, key));
        if !article_focused {
            if pressed(ui, Key::ArrowDown) {
                self.walk(true, commands);
            }
            if pressed(ui, Key::ArrowUp) {
                self.walk(false, commands);
            }
        }
        if pressed(ui, Key::Enter) && self.cursor().is_some_and(|r| !r.done) {
            self.mark(commands);
        }
        if pressed(ui, Key::Delete) {
            self.dismiss(project, commands);
        }
    }

    fn list_ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        if self.rows.is_empty() {
            ui.label(trw(ui, "suggest-no-sentence-passes-the-threshold"));
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 8.0;
        let score_width = ui.text_style_height(&egui::TextStyle::Body) * 2.4;
        let mut clicked = None;
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("suggestions")
            .auto_shrink(false);
        if std::mem::take(&mut self.scroll_list) {
            let y = self.cursor as f32 * (row_height + ui.spacing().item_spacing.y);
            scroll = scroll.vertical_scroll_offset((y - 2.0 * row_height).max(0.0));
        }
        scroll.show_rows(ui, row_height, self.rows.len(), |ui, range| {
            let list = egui::UiBuilder::new()
                .accessibility_role(egui::accesskit::Role::List)
                .accessibility_label(tr(ui, "suggest-list-name"));
            ui.scope_builder(list, |ui| {
                for i in range {
                    let r = &self.rows[i];
                    let shown_score = crate::ui::i18n::decimal(ui, f64::from(r.score), 2);
                    // The score in a column of its own, so wrapped sentences line up.
                    let (score, text) = if r.done {
                        (
                            RichText::new(format!("{shown_score}\n{}", tr(ui, "suggest-done")))
                                .weak(),
                            RichText::new(&r.text).weak(),
                        )
                    } else {
                        (RichText::new(&shown_score).strong(), RichText::new(&r.text))
                    };
                    let top_left = egui::Align2::LEFT_TOP;
                    let atoms = (
                        score
                            .atom_size(egui::vec2(score_width, row_height - 12.0))
                            .atom_align(top_left),
                        text.atom_shrink(true).atom_align(top_left),
                        // Growing after the text keeps it left-aligned.
                        egui::Atom::grow(),
                    );
                    let button = egui::Button::selectable(i == self.cursor, atoms)
                        .wrap()
                        .min_size(egui::vec2(ui.available_width(), row_height - 4.0));
                    let response = ui.add(button);
                    let name = tr_args(
                        ui,
                        if r.done {
                            "suggest-row-name-done"
                        } else {
                            "suggest-row-name"
                        },
                        &[
                            ("number", (i + 1).into()),
                            ("score", shown_score.as_str().into()),
                            ("sentence", r.key.as_str().into()),
                        ],
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::ListItem,
                            true,
                            i == self.cursor,
                            &name,
                        )
                    });
                    self.own_ids.push(response.id);
                    if response.clicked() {
                        clicked = Some(i);
                    }
                }
            });
        });
        if let Some(i) = clicked {
            self.cursor = i;
            self.update_current();
            commands.push(Command::RevealInArticle(self.rows[i].start));
        }
    }
}

fn short(text: &str) -> String {
    match text.char_indices().nth(ROW_CHARS) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}
