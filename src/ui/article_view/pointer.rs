//! Mouse input on the article: hit-testing, drag selection, clicks on
//! highlights, and the hand cursor over claims.

use eframe::egui::{self, CursorIcon, EventFilter, Pos2, Sense, Ui, vec2};

use super::selection::word_at;
use super::{ArticleView, Command, Selection};
use crate::model::{Claim, ClaimId, Project};

impl ArticleView {
    /// The character boundary nearest to a screen position, among drawn paragraphs.
    pub(super) fn cursor_at(&self, pos: Pos2) -> Option<usize> {
        let first = self.visible.first()?;
        let v = self
            .visible
            .iter()
            .take_while(|v| v.pos.y <= pos.y)
            .last()
            .unwrap_or(first);
        let local = v.laid.boundary_at(pos - v.pos);
        Some(self.text.paragraphs()[v.paragraph].char_start + local)
    }

    /// The character under a screen position (not a boundary), for clicking highlights.
    fn char_under(&self, pos: Pos2) -> Option<usize> {
        let v = self
            .visible
            .iter()
            .find(|v| pos.y >= v.pos.y && pos.y <= v.pos.y + v.laid.size().y)?;
        let para = self.text.paragraphs()[v.paragraph];
        let local = v.laid.char_under(pos - v.pos, para.char_len())?;
        Some(para.char_start + local)
    }

    pub(super) fn interact(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        selected: Option<ClaimId>,
        commands: &mut Vec<Command>,
    ) {
        let rect = ui.clip_rect().intersect(ui.max_rect());
        let id = ui.unique_id().with("article_text");
        let response = ui.interact(rect, id, Sense::click_and_drag());
        let name = crate::ui::tr(ui, "article-text-name");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, &name));
        let pointer = response.interact_pointer_pos().or(response.hover_pos());

        if response.drag_started() {
            let origin = ui.input(|i| i.pointer.press_origin()).or(pointer);
            if let Some(c) = origin.and_then(|p| self.cursor_at(p)) {
                self.selection = Some(Selection { anchor: c, head: c });
            }
            response.request_focus();
        } else if response.dragged() {
            let head = pointer.and_then(|p| self.cursor_at(p));
            if let (Some(sel), Some(c)) = (self.selection.as_mut(), head) {
                sel.head = c;
            }
            self.autoscroll_while_dragging(ui, pointer);
        }
        if std::mem::take(&mut self.focus_request) {
            response.request_focus();
        }
        if response.clicked() {
            response.request_focus();
            self.selection = None;
            if let Some(c) = pointer.and_then(|p| self.cursor_at(p)) {
                self.caret = c;
            }
            if let Some(c) = pointer.and_then(|p| self.char_under(p)) {
                self.click_claims(project, c, selected, commands);
            }
        }
        if response.double_clicked()
            && let Some(c) = pointer.and_then(|p| self.char_under(p))
        {
            self.selection = Some(word_at(&project.article.text, &self.text, c));
        }
        if let Some(p) = response.hover_pos()
            && let Some(c) = self.char_under(p)
            && self.claims_at(project, c).next().is_some()
        {
            ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
        } else if response.hovered() {
            ui.ctx().set_cursor_icon(CursorIcon::Text);
        }

        self.has_focus = response.has_focus();
        if self.has_focus {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                );
            });
            self.keyboard(ui, project);
        }
    }

    fn autoscroll_while_dragging(&self, ui: &mut Ui, pointer: Option<Pos2>) {
        let Some(p) = pointer else { return };
        let clip = ui.clip_rect();
        let dy = if p.y < clip.top() + 10.0 {
            (clip.top() + 10.0 - p.y).min(40.0)
        } else if p.y > clip.bottom() - 10.0 {
            -(p.y - clip.bottom() + 10.0).min(40.0)
        } else {
            return;
        };
        ui.scroll_with_delta(vec2(0.0, dy));
    }

    fn claims_at<'p>(&self, project: &'p Project, c: usize) -> impl Iterator<Item = &'p Claim> {
        let p = self.text.paragraph_of_char(c);
        self.claims
            .claims_in_paragraph(p)
            .iter()
            .filter_map(|&i| project.claims.get(i as usize))
            .filter(move |cl| cl.span.start <= c && c < cl.span.end)
    }

    /// Selects the innermost claim under the click; clicking again on the same
    /// spot steps out to the claims that overlap it.
    fn click_claims(
        &mut self,
        project: &Project,
        c: usize,
        selected: Option<ClaimId>,
        commands: &mut Vec<Command>,
    ) {
        let mut hits: Vec<&Claim> = self.claims_at(project, c).collect();
        if hits.is_empty() {
            self.last_hit = None;
            return;
        }
        hits.sort_by_key(|cl| (cl.span.end - cl.span.start, cl.span.start));
        let next = match (self.last_hit, selected) {
            (Some((at, i)), Some(sel)) if at == c && hits.get(i).is_some_and(|h| h.id == sel) => {
                (i + 1) % hits.len()
            }
            _ => 0,
        };
        self.last_hit = Some((c, next));
        commands.push(Command::SelectClaim(Some(hits[next].id)));
    }
}
