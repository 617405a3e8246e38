//! Draws the paragraphs on screen, with claim highlights, overlap
//! underlines, the selection and the caret.

use eframe::egui::{CornerRadius, Rect, Stroke, StrokeKind, Ui, pos2};

use super::geometry::PARAGRAPH_GAP;
use super::{ArticleView, FLASH_SECONDS, Selection, Visible, local_range};
use crate::model::{ClaimId, Project};
use crate::ui::theme;

impl ArticleView {
    pub(super) fn paint_visible(
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
            let laid = self.lay_out(ui, project, i);
            self.paragraphs_laid_out += 1;
            let h = laid.size().y.max(self.geometry.line_height);
            if (self.geometry.heights[i] - h).abs() > 0.5 {
                self.geometry.heights[i] = h;
                changed = true;
            }
            self.visible.push(Visible {
                paragraph: i,
                pos: pos2(left, origin.y + y),
                laid,
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
                let (s, e) = local_range(para, claim.span.start, claim.span.end);
                for rect in v.laid.range_rects(s, e) {
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
                let (s, e) = local_range(para, s, e);
                for rect in v.laid.range_rects(s, e) {
                    painter.rect_filled(
                        rect.translate(v.pos.to_vec2()),
                        0.0,
                        theme::selection(ui.visuals()),
                    );
                }
            }
            if let Some(marks) = &self.suggestion_marks {
                super::suggestion_marks::paint(painter, marks, v, para);
            }
            v.laid.paint(painter, v.pos, ui.visuals().text_color());
            if self.has_focus && para.contains_char(self.head()) {
                let r = v.laid.caret_rect(self.head() - para.char_start);
                let r = r.translate(v.pos.to_vec2());
                painter.vline(
                    r.min.x,
                    r.y_range(),
                    Stroke::new(1.5, ui.visuals().text_cursor.stroke.color),
                );
            }
        }
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
