//! The article: laid out paragraph by paragraph, and only the paragraphs on
//! screen. Selection, highlights and hit-testing work on those galleys, so a
//! frame costs the same for a 5 KB and a 5 MB article.

use std::sync::Arc;

use eframe::egui::{
    self, CornerRadius, CursorIcon, EventFilter, FontId, Galley, Key, Pos2, Rect, ScrollArea,
    Sense, Stroke, StrokeKind, Ui, epaint::text::cursor::CCursor, pos2, text::LayoutJob, vec2,
};

use super::Command;
use super::theme;
use crate::model::{ClaimId, ClaimIndex, Project, text::TextIndex};

const MAX_WRAP_WIDTH: f32 = 720.0;
const PARAGRAPH_GAP: f32 = 12.0;
const FLASH_SECONDS: f64 = 1.4;

/// A text selection in character offsets of the whole article. `anchor` is
/// where it started, `head` where it ends now; either may come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
}

impl Selection {
    pub fn range(self) -> (usize, usize) {
        (self.anchor.min(self.head), self.anchor.max(self.head))
    }

    pub fn is_empty(self) -> bool {
        self.anchor == self.head
    }
}

struct Visible {
    paragraph: usize,
    pos: Pos2,
    galley: Arc<Galley>,
}

/// Heights of all paragraphs (measured when they were last on screen,
/// estimated otherwise) and their running sums, which place every paragraph
/// without laying it out.
#[derive(Default)]
struct Geometry {
    heights: Vec<f32>,
    offsets: Vec<f32>,
    wrap_width: f32,
    line_height: f32,
}

impl Geometry {
    fn estimate(&mut self, text: &TextIndex, wrap_width: f32, char_width: f32, line_height: f32) {
        let per_row = (wrap_width / char_width).max(1.0);
        self.heights = text
            .paragraphs()
            .iter()
            .map(|p| (p.char_len() as f32 / per_row).ceil().max(1.0) * line_height)
            .collect();
        self.wrap_width = wrap_width;
        self.line_height = line_height;
        self.sum();
    }

    fn sum(&mut self) {
        self.offsets.clear();
        self.offsets.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        for h in &self.heights {
            self.offsets.push(y);
            y += h + PARAGRAPH_GAP;
        }
        self.offsets.push(y);
    }

    fn total(&self) -> f32 {
        self.offsets.last().copied().unwrap_or(0.0)
    }

    fn paragraph_at(&self, y: f32) -> usize {
        self.offsets.partition_point(|&o| o <= y).saturating_sub(1)
    }
}

#[derive(Default)]
pub struct ArticleView {
    text: TextIndex,
    text_sha: String,
    claims: ClaimIndex,
    claims_revision: Option<u64>,
    geometry: Geometry,
    visible: Vec<Visible>,
    pub selection: Option<Selection>,
    /// Where keyboard selection starts when nothing is selected.
    caret: usize,
    /// Keeps the column when moving up and down through rows of different length.
    column_x: Option<f32>,
    scroll_to: Option<usize>,
    flash: Option<(ClaimId, f64)>,
    /// Repeated clicks on overlapping claims step through them.
    last_hit: Option<(usize, usize)>,
    /// How many paragraphs the last frame laid out: tests check it stays bounded.
    pub paragraphs_laid_out: usize,
    has_focus: bool,
    painted: Vec<ClaimId>,
}

fn article_font() -> FontId {
    FontId::proportional(16.0)
}

fn line_height() -> f32 {
    25.0
}

impl ArticleView {
    /// Rebuilds what depends on the text or the claims, only when they changed.
    fn sync(&mut self, project: &Project, revision: u64) {
        if self.text_sha != project.article.sha256 || self.text.paragraphs().is_empty() {
            self.text = TextIndex::new(&project.article.text);
            self.text_sha = project.article.sha256.clone();
            self.geometry = Geometry::default();
            self.claims_revision = None;
            self.selection = None;
            self.caret = 0;
        }
        if self.claims_revision != Some(revision) {
            self.claims = ClaimIndex::new(&self.text, &project.claims);
            self.claims_revision = Some(revision);
        }
    }

    pub fn text_index(&self) -> &TextIndex {
        &self.text
    }

    /// Scrolls the claim into view on the next frame and flashes it.
    pub fn jump_to(&mut self, claim: ClaimId, start: usize, now: f64) {
        self.scroll_to = Some(start);
        self.flash = Some((claim, now));
    }

    pub fn has_focus(&self) -> bool {
        self.has_focus
    }

    /// The selected text's range with surrounding whitespace left out, if any remains.
    pub fn trimmed_selection(&self, text: &str) -> Option<(usize, usize)> {
        let (start, end) = self.selection?.range();
        let slice = self.text.slice(text, start, end)?;
        let lead = slice.chars().take_while(|c| c.is_whitespace()).count();
        let trail = slice
            .chars()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
        let (s, e) = (start + lead, end.saturating_sub(trail));
        (s < e).then_some((s, e))
    }

    /// Screen position of the boundary before character `c` (mid-row), if
    /// its paragraph was drawn last frame. Tests drag between these.
    pub fn boundary_screen_pos(&self, c: usize) -> Option<Pos2> {
        let p = self.text.paragraph_of_char(c);
        let v = self.visible.iter().find(|v| v.paragraph == p)?;
        let local = c - self.text.paragraphs()[p].char_start;
        let r = v.galley.pos_from_cursor(CCursor::new(local));
        Some(v.pos + egui::vec2(r.min.x, r.center().y))
    }

    /// Claims whose highlight was painted last frame.
    pub fn painted_claims(&self) -> &[ClaimId] {
        &self.painted
    }

    /// The character boundary nearest to a screen position, among drawn paragraphs.
    fn cursor_at(&self, pos: Pos2) -> Option<usize> {
        let first = self.visible.first()?;
        let v = self
            .visible
            .iter()
            .take_while(|v| v.pos.y <= pos.y)
            .last()
            .unwrap_or(first);
        let local = v.galley.cursor_from_pos(pos - v.pos).index.0;
        Some(self.text.paragraphs()[v.paragraph].char_start + local)
    }

    /// The character under a screen position (not a boundary), for clicking highlights.
    fn char_under(&self, pos: Pos2) -> Option<usize> {
        let v = self
            .visible
            .iter()
            .find(|v| pos.y >= v.pos.y && pos.y <= v.pos.y + v.galley.size().y)?;
        let local = v.galley.cursor_from_pos(pos - v.pos).index.0;
        let para = self.text.paragraphs()[v.paragraph];
        // The boundary nearest the pointer may sit after the character under it.
        let left = v.galley.pos_from_cursor(CCursor::new(local)).min.x + v.pos.x;
        let local = if pos.x < left && local > 0 {
            local - 1
        } else {
            local
        };
        (local < para.char_len()).then_some(para.char_start + local)
    }

    fn galley_for(&self, ui: &Ui, project: &Project, paragraph: usize) -> Arc<Galley> {
        let p = self.text.paragraphs()[paragraph];
        let text = project
            .article
            .text
            .get(p.byte_start..p.byte_end)
            .unwrap_or_default();
        let mut job = LayoutJob::single_section(
            text.to_owned(),
            egui::TextFormat {
                font_id: article_font(),
                line_height: Some(line_height()),
                color: ui.visuals().text_color(),
                ..Default::default()
            },
        );
        job.wrap.max_width = self.geometry.wrap_width;
        // egui keeps galleys used in each frame, keyed on the text and format:
        // paragraphs that stay on screen are not laid out again.
        ui.painter().layout_job(job)
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        selected: Option<ClaimId>,
        commands: &mut Vec<Command>,
    ) {
        self.sync(project, revision);
        let margin = 24.0;
        let wrap = (ui.available_width() - 2.0 * margin - 16.0).clamp(160.0, MAX_WRAP_WIDTH);
        if (self.geometry.wrap_width - wrap).abs() > 0.5
            || self.geometry.heights.len() != self.text.paragraphs().len()
        {
            let char_width = ui.fonts_mut(|f| f.glyph_width(&article_font(), 'n'));
            self.geometry
                .estimate(&self.text, wrap, char_width.max(1.0), line_height());
        }

        let mut scroll = ScrollArea::vertical().id_salt("article").auto_shrink(false);
        if let Some(c) = self.scroll_to.take() {
            let y = self.content_y_of_char(ui, project, c);
            scroll = scroll.vertical_scroll_offset((y - ui.available_height() / 3.0).max(0.0));
        }
        let now = ui.input(|i| i.time);
        scroll.show_viewport(ui, |ui, viewport| {
            self.paint_visible(ui, project, viewport, margin, selected, now);
            self.interact(ui, project, selected, commands);
        });
        if let Some((_, t)) = self.flash {
            if now - t < FLASH_SECONDS {
                ui.ctx().request_repaint();
            } else {
                self.flash = None;
            }
        }
    }

    /// The content y of a character, laying out its paragraph if need be.
    fn content_y_of_char(&mut self, ui: &Ui, project: &Project, c: usize) -> f32 {
        let p = self.text.paragraph_of_char(c);
        let galley = self.galley_for(ui, project, p);
        self.geometry.heights[p] = galley.size().y;
        self.geometry.sum();
        let local = c - self.text.paragraphs()[p].char_start;
        self.geometry.offsets[p] + galley.pos_from_cursor(CCursor::new(local)).min.y
    }

    fn paint_visible(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        viewport: Rect,
        margin: f32,
        selected: Option<ClaimId>,
        now: f64,
    ) {
        let total = self.geometry.total();
        let full = ui.max_rect();
        let origin = full.min;
        let left = origin.x + ((full.width() - self.geometry.wrap_width) / 2.0).max(margin);
        // Claim the whole height so the scroll bar is right, then draw only what shows.
        ui.set_min_height(total);
        self.visible.clear();
        self.paragraphs_laid_out = 0;
        let mut changed = false;
        let mut i = self.geometry.paragraph_at(viewport.min.y);
        let mut y = self.geometry.offsets.get(i).copied().unwrap_or(0.0);
        while i < self.text.paragraphs().len() && y < viewport.max.y {
            let galley = self.galley_for(ui, project, i);
            self.paragraphs_laid_out += 1;
            let h = galley.size().y.max(self.geometry.line_height);
            if (self.geometry.heights[i] - h).abs() > 0.5 {
                self.geometry.heights[i] = h;
                changed = true;
            }
            self.visible.push(Visible {
                paragraph: i,
                pos: pos2(left, origin.y + y),
                galley,
            });
            y += h + PARAGRAPH_GAP;
            i += 1;
        }
        if changed {
            self.geometry.sum();
            ui.ctx().request_repaint();
        }

        self.painted.clear();
        let painter = ui.painter();
        let selection = self.selection.map(Selection::range);
        for v in &self.visible {
            let para = self.text.paragraphs()[v.paragraph];
            let claims = self.claims.claims_in_paragraph(v.paragraph);
            for (level, &ci) in claims.iter().enumerate() {
                let Some(claim) = project.claims.get(ci as usize) else {
                    continue;
                };
                let color = theme::verdict_color(project, claim);
                let is_selected = selected == Some(claim.id);
                let flash = match self.flash {
                    Some((id, t)) if id == claim.id => {
                        let phase = ((now - t) / FLASH_SECONDS).clamp(0.0, 1.0) as f32;
                        1.0 - phase
                    }
                    _ => 0.0,
                };
                let alpha = if is_selected { 0.55 } else { 0.33 } + 0.4 * flash;
                let depth = overlap_depth(project, claims, level);
                if !self.painted.contains(&claim.id) {
                    self.painted.push(claim.id);
                }
                for rect in
                    range_rects(&v.galley, para.char_start, claim.span.start, claim.span.end)
                {
                    let rect = rect.translate(v.pos.to_vec2());
                    painter.rect_filled(rect, CornerRadius::same(2), color.gamma_multiply(alpha));
                    // One underline per nesting level keeps overlapping claims apart.
                    let uy = rect.bottom() - 1.0 - 3.0 * depth as f32;
                    painter.hline(rect.x_range(), uy, Stroke::new(2.0, color));
                    if is_selected || flash > 0.0 {
                        painter.rect_stroke(
                            rect.expand(1.0),
                            CornerRadius::same(3),
                            Stroke::new(1.5 + 2.0 * flash, theme::SELECTED_OUTLINE),
                            StrokeKind::Outside,
                        );
                    }
                }
            }
            if let Some((s, e)) = selection {
                for rect in range_rects(&v.galley, para.char_start, s, e) {
                    painter.rect_filled(
                        rect.translate(v.pos.to_vec2()),
                        0.0,
                        theme::selection(ui.visuals()),
                    );
                }
            }
            painter.galley(v.pos, v.galley.clone(), ui.visuals().text_color());
            if self.has_focus && para.contains_char(self.head()) {
                let r = v
                    .galley
                    .pos_from_cursor(CCursor::new(self.head() - para.char_start));
                let r = r.translate(v.pos.to_vec2());
                painter.vline(
                    r.min.x,
                    r.y_range(),
                    Stroke::new(1.5, ui.visuals().text_cursor.stroke.color),
                );
            }
        }
    }

    fn head(&self) -> usize {
        self.selection.map_or(self.caret, |s| s.head)
    }

    fn interact(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        selected: Option<ClaimId>,
        commands: &mut Vec<Command>,
    ) {
        let rect = ui.clip_rect().intersect(ui.max_rect());
        let id = ui.unique_id().with("article_text");
        let response = ui.interact(rect, id, Sense::click_and_drag());
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, "Article text"));
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

    fn claims_at<'p>(
        &self,
        project: &'p Project,
        c: usize,
    ) -> impl Iterator<Item = &'p crate::model::Claim> {
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
        let mut hits: Vec<&crate::model::Claim> = self.claims_at(project, c).collect();
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

    fn keyboard(&mut self, ui: &mut Ui, project: &Project) {
        let events = ui.input(|i| i.events.clone());
        for event in events {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                continue;
            };
            let head = self.head();
            let moved = match key {
                Key::ArrowLeft => Some(head.saturating_sub(1)),
                Key::ArrowRight => Some((head + 1).min(self.text.total_chars())),
                Key::ArrowUp => self.vertical(head, false),
                Key::ArrowDown => self.vertical(head, true),
                Key::Home => {
                    Some(self.text.paragraphs()[self.text.paragraph_of_char(head)].char_start)
                }
                Key::End => {
                    Some(self.text.paragraphs()[self.text.paragraph_of_char(head)].char_end)
                }
                Key::Escape => {
                    self.selection = None;
                    None
                }
                _ => None,
            };
            if !matches!(key, Key::ArrowUp | Key::ArrowDown) {
                self.column_x = None;
            }
            let Some(to) = moved else { continue };
            if modifiers.shift {
                let anchor = self.selection.map_or(head, |s| s.anchor);
                self.selection = Some(Selection { anchor, head: to });
            } else {
                self.selection = None;
                self.caret = to;
            }
            self.scroll_to_if_hidden(ui, to);
        }
        // The platform turns Ctrl+C into a Copy event.
        let copy = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy
            && let Some((s, e)) = self.selection.map(Selection::range)
            && let Some(text) = self.text.slice(&project.article.text, s, e)
        {
            ui.ctx().copy_text(text.to_owned());
        }
    }

    fn scroll_to_if_hidden(&mut self, ui: &Ui, c: usize) {
        if let Some(pos) = self.boundary_screen_pos(c) {
            if !ui.clip_rect().shrink(8.0).contains(pos) {
                ui.scroll_to_rect(Rect::from_center_size(pos, vec2(2.0, 30.0)), None);
            }
        } else {
            self.scroll_to = Some(c);
        }
    }

    /// One row up or down inside the paragraph's galley, crossing into the
    /// neighbouring paragraph at its edges.
    fn vertical(&mut self, c: usize, down: bool) -> Option<usize> {
        let p = self.text.paragraph_of_char(c);
        let para = self.text.paragraphs()[p];
        let v = self.visible.iter().find(|v| v.paragraph == p)?;
        let cursor = CCursor::new(c - para.char_start);
        let rows = &v.galley.rows;
        let row = v.galley.layout_from_cursor(cursor).row;
        let paragraphs = self.text.paragraphs();
        if down && row + 1 >= rows.len() {
            return paragraphs
                .get(p + 1)
                .map(|n| n.char_start.min(n.char_end))
                .or(Some(para.char_end));
        }
        if !down && row == 0 {
            return p
                .checked_sub(1)
                .map(|i| paragraphs[i].char_end)
                .or(Some(para.char_start));
        }
        let (next, x) = if down {
            v.galley.cursor_down_one_row(&cursor, self.column_x)
        } else {
            v.galley.cursor_up_one_row(&cursor, self.column_x)
        };
        self.column_x = x;
        Some(para.char_start + next.index.0)
    }
}

/// How many earlier claims of the paragraph overlap claim `level`: its underline sits that much higher.
fn overlap_depth(project: &Project, claims: &[u32], level: usize) -> usize {
    let Some(me) = claims
        .get(level)
        .and_then(|&i| project.claims.get(i as usize))
    else {
        return 0;
    };
    claims[..level]
        .iter()
        .filter_map(|&i| project.claims.get(i as usize))
        .filter(|o| o.span.overlaps(me.span.start, me.span.end))
        .count()
        .min(3)
}

/// Galley-local rectangles covering the article characters `start..end`,
/// one per wrapped row, for a paragraph starting at `para_start`.
fn range_rects(galley: &Galley, para_start: usize, start: usize, end: usize) -> Vec<Rect> {
    let mut rects = Vec::new();
    let mut row_start = para_start;
    for row in &galley.rows {
        let n = row.char_count_excluding_newline();
        let row_end = row_start + n.0;
        let (s, e) = (start.max(row_start), end.min(row_end));
        if s < e {
            let x0 = row.pos.x + row.x_offset((s - row_start).into());
            let x1 = row.pos.x + row.x_offset((e - row_start).into());
            rects.push(Rect::from_x_y_ranges(x0..=x1, row.min_y()..=row.max_y()));
        }
        row_start += row.char_count_including_newline().0;
    }
    rects
}

fn word_at(text: &str, index: &TextIndex, c: usize) -> Selection {
    let p = index.paragraphs()[index.paragraph_of_char(c)];
    let para: Vec<char> = text
        .get(p.byte_start..p.byte_end)
        .unwrap_or_default()
        .chars()
        .collect();
    let local = (c - p.char_start).min(para.len().saturating_sub(1));
    let is_word = |ch: char| ch.is_alphanumeric() || ch == '\'' || ch == '’';
    let mut s = local;
    while s > 0 && is_word(para[s - 1]) {
        s -= 1;
    }
    let mut e = local;
    while e < para.len() && is_word(para[e]) {
        e += 1;
    }
    Selection {
        anchor: p.char_start + s,
        head: p.char_start + e.max(s),
    }
}
